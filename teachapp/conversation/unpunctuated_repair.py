"""A self-repair said without pauses written ("turn on the tv actually no turn it off",
"turn on the desk lamp no wait turn on the tv", "turn on the desk lamp i mean the tv"):
a recogniser that writes no commas, or a person typing fast. The punctuated form is read
by ``multipart`` (``beside.REPAIR``: what comes after the marker stands for the request
before it); here the pauses are put back where a marker stands between two requests,
so both forms are read by that one rule. It was 'I don't know "turn on the tv actually no
turn it off". Shall I learn it?', and "… no wait turn on the tv" asked about both."""

from __future__ import annotations

import re
from collections.abc import Callable

from .beside import REPAIR_MARKER

__all__ = ["with_pauses"]

_MARKER = re.compile(rf"\s(?:{REPAIR_MARKER})\s", re.IGNORECASE)
"""A repair marker between words: the markers :data:`beside.REPAIR` reads after a pause,
strung together as it reads them ("actually no", "no wait", "i mean")."""


def with_pauses(text: str, is_request: Callable[[str], bool],
                names_alone: Callable[[str], bool]) -> str | None:
    """``text`` with commas around a repair marker said between two requests ("turn on
    the tv, actually no, turn it off"); None when it has a comma already, or no marker
    stands between a request (``is_request``) and a request or a device's name
    (``names_alone``: "…, i mean, the tv")."""
    if "," in text:
        return None
    for found in _MARKER.finditer(f" {text} "):
        before = text[:max(found.start() - 1, 0)].strip()
        after = text[found.end() - 1:].strip()
        if not before or not after:
            continue
        if is_request(before) and (is_request(after) or names_alone(after)):
            return f"{before}, {found.group().strip()}, {after}"
    return None
