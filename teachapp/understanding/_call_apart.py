"""A word called twice or more and set apart by a pause before the request: "keets, keets!
bathroom", "zoom zoom, notes", "crias, crias! lights".

A word said over and over with nothing else in its clause is a call (to animals, to
children, to a team) or a sound, an utterance of its own (Quirk et al. 1985, "A
Comprehensive Grammar of the English Language", 11.54-11.55 on interjections and calls;
App. I.76 on reduplication), and the pause after it closes it. So it is no part of the
request said after it, and no word of a phrase misheard: the words after the pause are
read alone, as if the call had not been said. A request read so that would not run stays
unrun ("keets, keets! bathroom" asks about "bathroom", a word of "heat the bathroom",
as "bathroom" alone does); a word the home taught said twice is a stammer of the request
("dinner, dinner time") and is read as before, and so is a call with more than one clause
after it, which may be a chant or a scene said whole ("dilly dilly, stoppage so,
lavender's for me").
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = ["after_call"]

_CALLED = re.compile(
    r"^\s*(?P<word>[^\W\d_][\w']*)(?:\s*[,!]?\s+(?P=word)\b)+\s*[,!.?;:]+\s*(?P<rest>\S.*)$",
    re.IGNORECASE)

_PAUSED = re.compile(r"[,;:!?.]+\s+\S")
"""A pause inside what follows: the call may open a chant or a scene the rest goes on with
("dilly dilly, lavender's blue, ...", "bawk bawk, here chickies! ..."), read whole."""


def after_call(text: str, taught: Callable[[str], bool]) -> str | None:
    """The words said after a call of one word said twice or more and a pause at the start
    of ``text``, or None when there is no such call (or its word is one the home taught:
    ``taught`` says whether a lower-cased word is)."""
    found = _CALLED.match(text)
    if found is None or taught(found.group("word").lower()) or _PAUSED.search(
            found.group("rest")):
        return None
    return found.group("rest")
