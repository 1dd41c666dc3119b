"""A device command said with "don't" before it ("don't turn on the tv", "please don't
switch off the lamp"): nothing is done, and the reply says what was not done, "OK, I won't
turn on TV." It was offered as a phrase to learn ("I don't know "don't turn on the tv".
Shall I learn it?"), as if the words were a request of their own. The command is read by
the command parser itself, so "don't" reaches whatever a command can say."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..domain import spoken_list
from ..errors import TeachappError
from ..understanding.rephrase import request_kind

__all__ = ["not_to_do"]

_DONT = re.compile(
    r"^(?:(?:no|nope|please|oh|ok|okay|um|uh|er|actually|wait)[,.\s]+)*"
    r"(?:please\s+)?(?:don'?t|do\s+not|dont|never|no\s+need\s+to|you\s+don'?t\s+need\s+to)"
    r"[,\s]+(?:you\s+)?(?P<rest>.+?)[.!]*$", re.IGNORECASE)
"""A "don't" that opens the sentence, after a hesitation or a "please"."""
_IT = re.compile(r"\b(?:it|them|they|that|those|this)\b", re.IGNORECASE)


def not_to_do(text: str, parse: Callable[[str], Any]) -> str | None:
    """"OK, I won't turn on TV." when ``text`` is a device command with "don't" before it;
    None otherwise. ``parse``: the command parser's (a ``DeviceCommand`` or None)."""
    said = _DONT.match(" ".join(text.replace("’", "'").split()))
    if said is None:
        return None
    try:
        command = parse(said["rest"])
    except TeachappError:  # (a command the home cannot do: not this module's answer)
        return None
    if command is None or not getattr(command, "steps", None) or not command.text:
        if _IT.search(said["rest"]) and request_kind(said["rest"]) == "command":
            return "OK, I won't."  # ("don't turn it off" with nothing run yet: no phrase)
        return None
    return f"OK, I won't {_verb_once(command.text)}."


_PARTS = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
_PARTICLES = frozenset({"on", "off", "up", "down"})


def _verb_once(said: str) -> str:
    """"turn off Desk lamp and TV" for the parser's "turn off Desk lamp and turn off TV"
    (devices of two kinds: "please don't turn them off" after both were turned on), the
    change said once when every part says the same; else ``said`` as it is."""
    parts = _PARTS.split(said)
    if len(parts) < 2:
        return said
    words = parts[0].split()
    verb = " ".join(words[:2] if len(words) > 2 and words[1] in _PARTICLES else words[:1])
    if not all(p.startswith(f"{verb} ") and p != verb for p in parts):
        return said
    return f"{verb} {spoken_list([p[len(verb) + 1:] for p in parts])}"
