"""Understanding: what an utterance means.

Public surface: the resolver (phrase -> routine, with run / clarify / reject), its
values and settings, the confusability check, and the built-in device commands.
"""

from .commands import CommandParser, CommandSettings, DeviceCommand, parse_command
from .resolution import (
    Alternative,
    Confusion,
    Decision,
    PhraseEntry,
    Resolution,
    ResolverSettings,
)
from .resolver import Resolver, resolve

__all__ = [
    "Alternative",
    "CommandParser",
    "CommandSettings",
    "Confusion",
    "Decision",
    "DeviceCommand",
    "PhraseEntry",
    "Resolution",
    "Resolver",
    "ResolverSettings",
    "parse_command",
    "resolve",
]
