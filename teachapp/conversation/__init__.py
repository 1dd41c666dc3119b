"""The conversation engine: one turn = typed input -> one decision -> actions -> replies.

The window, ``chat``, ``listen``, ``run`` and ``resolve`` all go through it, so the
same words are decided the same way wherever they are said. Public surface:

- ``Assistant``: the agent every front end calls (turns, teaching, undo, learning):
  ``handle(TurnInput) -> TurnResult``.
- ``decide``: the one rule from understanding to action (run, ask, reject);
  ``first_reader``: which of chat's readers takes a text before it (what ``listen`` says).
- ``AppConfig``: the typed settings, parsed once.
- ``library``: import, export and teach use cases shared by the CLI and the window.
- ``load_engine`` / ``open_store`` / ``Engine``: the composition root; ``read_home``:
  routines and devices as stored, for what only shows them.
- the events the window observes (``teachapp.conversation.events``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names

# Names load on first use, so a command that only reads the database (``list``,
# ``resolve``) does not import the agent, the home and the speech layers.
_SOURCES = {
    "Action": "models",
    "AliasLearned": "events",
    "AliasOffered": "events",
    "AppConfig": "config",
    "Assistant": "agent",
    "Choice": "decision",
    "ConversationSettings": "decision",
    "DevicesChanged": "events",
    "Engine": "runtime",
    "Event": "events",
    "Heard": "events",
    "LaterReplies": "events",
    "Outcome": "models",
    "PendingKind": "models",
    "Reply": "events",
    "RoutinesChanged": "events",
    "RunFinished": "events",
    "Source": "models",
    "TeachingChanged": "events",
    "TeachingSession": "teaching",
    "TurnInput": "models",
    "TurnResolved": "events",
    "TurnResult": "models",
    "Undone": "events",
    "WaitingChanged": "events",
    "command_examples": "teaching",
    "device_example": "teaching",
    "decide": "decision",
    "describe_target": "teaching",
    "first_reader": "readers",
    "gate_resolution": "decision",
    "load_engine": "runtime",
    "open_store": "runtime",
    "read_home": "snapshot",
    "readback": "teaching",
    "resolver_settings_from": "runtime",
    "summarise_steps": "teaching",
}

if TYPE_CHECKING:
    from .agent import Assistant
    from .config import AppConfig
    from .decision import Choice, ConversationSettings, decide, gate_resolution
    from .events import (
        AliasLearned,
        AliasOffered,
        DevicesChanged,
        Event,
        Heard,
        LaterReplies,
        Reply,
        RoutinesChanged,
        RunFinished,
        TeachingChanged,
        TurnResolved,
        Undone,
        WaitingChanged,
    )
    from .models import Action, Outcome, PendingKind, Source, TurnInput, TurnResult
    from .readers import first_reader
    from .runtime import Engine, load_engine, open_store, resolver_settings_from
    from .snapshot import read_home
    from .teaching import TeachingSession, describe_target, readback, summarise_steps


__getattr__ = lazy_names(__name__, _SOURCES)


__all__ = [
    "Action",
    "AliasLearned",
    "AliasOffered",
    "AppConfig",
    "Assistant",
    "Choice",
    "ConversationSettings",
    "DevicesChanged",
    "Engine",
    "Event",
    "Heard",
    "LaterReplies",
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
    "Undone",
    "WaitingChanged",
    "command_examples",
    "decide",
    "describe_target",
    "device_example",
    "first_reader",
    "gate_resolution",
    "load_engine",
    "open_store",
    "read_home",
    "readback",
    "resolver_settings_from",
    "summarise_steps",
]
