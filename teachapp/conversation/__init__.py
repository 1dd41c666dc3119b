"""The conversation engine: one turn = typed input -> one decision -> actions -> replies.

The window, ``chat``, ``listen``, ``run`` and ``resolve`` all go through it, so the
same words are decided the same way wherever they are said. Public surface:

- ``Assistant``: the agent every front end calls (turns, teaching, undo, learning).
- ``load_engine`` / ``open_store`` / ``Engine``: the composition root.
- the events the window observes (``teachapp.conversation.events``).
"""

from __future__ import annotations

from .agent import Assistant
from .events import (
    AliasLearned,
    DevicesChanged,
    Event,
    Heard,
    Reply,
    RoutinesChanged,
    RunFinished,
    TeachingChanged,
    TurnResolved,
)
from .runtime import Engine, load_engine, open_store, resolver_settings_from
from .teaching import TeachingSession, describe_target, readback, summarise_steps

__all__ = [
    "AliasLearned",
    "Assistant",
    "DevicesChanged",
    "Engine",
    "Event",
    "Heard",
    "Reply",
    "RoutinesChanged",
    "RunFinished",
    "TeachingChanged",
    "TeachingSession",
    "TurnResolved",
    "describe_target",
    "load_engine",
    "open_store",
    "readback",
    "resolver_settings_from",
    "summarise_steps",
]
