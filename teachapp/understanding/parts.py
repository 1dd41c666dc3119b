"""The parts of a sentence that asks for several things: "tv on and the lamps down to 20
percent, then close the blinds". One reading of where a sentence parts, for the device
parser (each part a command of its own) and the conversation (each part a routine or a
command, decided on its own)."""

from __future__ import annotations

import re

from teachapp.understanding._joined_conjunct import CONJUNCTS
from teachapp.understanding.conjunctions import ADDITIVE_PATTERN

__all__ = ["has_join", "split_parts", "split_reason", "unjoined"]

_NEXT = r"(?:then|after\s+that|afterwards)"
"""Words that put what follows after what came before ("movie mode, after that lock the
front door")."""
_COMMA = r"(?:(?<!\d),|,(?!\d{3}(?!\d)))"
"""A comma that may part a sentence: not the one grouping a number's thousands ("2,700 K")."""
_JOIN = re.compile(rf"\s*(?:{_COMMA}|;|[.!?](?=\s))\s*(?:{ADDITIVE_PATTERN}\s+)?(?:{_NEXT}\s+)?|"
                   rf"\s+and\s+(?:{_NEXT}\s+|also\s+)?|\s+{_NEXT}\s+", re.IGNORECASE)
_HAS_JOIN = re.compile(rf"{_COMMA}|;|[.!?]\s+\w|\band\b|\bthen\b|\bafter\s+that\b|"
                       r"\bafterwards\b", re.IGNORECASE)


def has_join(text: str) -> bool:
    """Whether ``text`` has a comma, a semicolon, a full stop between sentences ("Reading
    mode. Then the TV on."), "and", "then" or "after that" where it may part."""
    return bool(_HAS_JOIN.search(text))


def split_parts(text: str) -> list[str]:
    """The parts of a sentence joined with "and", "then", "after that", commas or
    sentence ends; "plus" or "as well as" after a pause as "and" ("fumigate the attic,
    plus focus mode": :data:`conjunctions.ADDITIVE`; not "two plus two", said with none)."""
    return [p.strip(" .!?") for p in _JOIN.split(text) if p.strip(" .!?")]


_REASON = re.compile(r"[\s,;]+(?=(?:because|cause|cos|coz|cuz)\s+\w)", re.IGNORECASE)
"""Where a clause of reason starts after a request ("close the blinds because it's
sunny"); "since" and "as" are left out: they also say when and how ("as well")."""


def split_reason(text: str) -> tuple[str, str | None]:
    """A request and the clause of reason said after it ("movie mode because we're
    watching a film" -> "movie mode", "because we're watching a film"); (``text``, None)
    when no reason follows a request."""
    found = _REASON.search(text)
    if found is None or not text[:found.start()].strip(" ,;"):
        return text, None
    return text[:found.start()].strip(" ,;"), text[found.end():].strip(" .!?")


_OPENING_JOINER = re.compile(
    r"^(?:and\s+|then\s+)?(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+")
                                         for c in CONJUNCTS) + r")(?![\w'])[\s,;:]*",
    re.IGNORECASE)
_CLOSING_JOINER = re.compile(r"[\s,]+(?:too|as\s+well)[\s.!?]*$", re.IGNORECASE)


def unjoined(part: str) -> str:
    """A part of a sentence (``split_parts``) without the words that joined it to the part
    before: a conjunct that opens it ("also renew my passport", "besides, call the
    plumber": :data:`_joined_conjunct.CONJUNCTS`) and "too" or "as well" that closes it
    ("renew my passport too"). What is named and offered for teaching is the request, not
    how it was joined (it offered to teach "also renew my passport"). ``part`` as it is
    when nothing would be left."""
    words = _OPENING_JOINER.sub("", part.strip(), count=1)
    words = _CLOSING_JOINER.sub("", words, count=1).strip(" ,;:")
    return words if re.search(r"\w", words) else part.strip()
