"""The conversation engine: one turn = typed input -> one decision -> actions -> replies.

The window, ``chat``, ``listen``, ``run`` and ``resolve`` all go through it, so the
same words are decided the same way wherever they are said. Public surface:

- ``Assistant``: the agent every front end calls (turns, teaching, undo, learning):
  ``handle(TurnInput) -> TurnResult``.
- ``decide``: the one rule from understanding to action (run, ask, reject).
- ``AppConfig``: the typed settings, parsed once.
- ``library``: import, export and teach use cases shared by the CLI and the window.
- ``load_engine`` / ``open_store`` / ``Engine``: the composition root.
- the events the window observes (``teachapp.conversation.events``).
"""

from __future__ import annotations

from .agent import Assistant
from .config import AppConfig
from .decide import Choice, ConversationSettings, decide, gate_resolution
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
from .models import Action, Outcome, PendingKind, Source, TurnInput, TurnResult
from .runtime import Engine, load_engine, open_store, resolver_settings_from
from .teaching import TeachingSession, describe_target, readback, summarise_steps

__all__ = [
    "Action",
    "AliasLearned",
    "AppConfig",
    "Assistant",
    "Choice",
    "ConversationSettings",
    "DevicesChanged",
    "Engine",
    "Event",
    "Heard",
    "Outcome",
    "PendingKind",
    "Reply",
    "RoutinesChanged",
    "RunFinished",
    "Source",
    "TeachingChanged",
    "TeachingSession",
    "TurnInput",
    "TurnResolved",
    "TurnResult",
    "decide",
    "describe_target",
    "gate_resolution",
    "load_engine",
    "open_store",
    "readback",
    "resolver_settings_from",
    "summarise_steps",
]
