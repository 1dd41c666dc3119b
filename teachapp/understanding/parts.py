"""The parts of a sentence that asks for several things: "tv on and the lamps down to 20
percent, then close the blinds". One reading of where a sentence parts, for the device
parser (each part a command of its own) and the conversation (each part a routine or a
command, decided on its own)."""

from __future__ import annotations

import re

__all__ = ["has_join", "split_parts"]

_JOIN = re.compile(r"\s*,\s*(?:and\s+)?(?:then\s+)?|\s+and\s+(?:then\s+|also\s+)?|"
                   r"\s+then\s+|\s*;\s*", re.IGNORECASE)
_HAS_JOIN = re.compile(r",|;|\band\b|\bthen\b", re.IGNORECASE)


def has_join(text: str) -> bool:
    """Whether ``text`` has a comma, a semicolon, "and" or "then" where it may part."""
    return bool(_HAS_JOIN.search(text))


def split_parts(text: str) -> list[str]:
    """The parts of a sentence joined with "and", "then" or commas."""
    return [p.strip(" .!?") for p in _JOIN.split(text) if p.strip(" .!?")]
