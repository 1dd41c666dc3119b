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

__all__ = ["with_pauses"]

_MARKERS = ("actually no", "no actually", "no wait", "wait no", "oh no", "no sorry",
            "sorry no", "i mean", "i meant", "or rather", "scratch that", "actually", "sorry",
            "no no", "no")
"""Words a speaker takes back what they said with, longest first (each is one that
``beside.REPAIR`` reads after a pause)."""
_MARKER = re.compile(r"\s(?:" + "|".join(m.replace(" ", r"\s+") for m in _MARKERS)
                     + r")\s", re.IGNORECASE)


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
