"""Understanding: what an utterance means.

Public surface: the resolver (phrase -> routine, with run / clarify / reject), its
values and settings, the confusability check, and the built-in device commands.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._lazy import lazy_names
from .resolution import (
    Alternative,
    Confusion,
    Decision,
    PhraseEntry,
    Reason,
    Resolution,
    ResolverSettings,
)

# The resolver (numpy) and the command parser load on first use, so a window at
# rest or a command that never resolves does not pay for them.
_LAZY = {
    "CommandParser": "commands", "CommandSettings": "commands",
    "DeviceCommand": "commands", "parse_command": "commands",
    "Resolver": "resolver", "resolve": "resolver",
    "heard_as_taught": "normalize",
}

if TYPE_CHECKING:
    from .commands import CommandParser, CommandSettings, DeviceCommand, parse_command
    from .normalize import heard_as_taught
    from .resolver import Resolver, resolve


__getattr__ = lazy_names(__name__, _LAZY)


__all__ = [
    "Alternative",
    "CommandParser",
    "CommandSettings",
    "Confusion",
    "Decision",
    "DeviceCommand",
    "PhraseEntry",
    "Reason",
    "Resolution",
    "Resolver",
    "ResolverSettings",
    "heard_as_taught",
    "parse_command",
    "resolve",
]
