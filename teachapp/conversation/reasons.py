"""A reason said beside a request: "turn off the fan, i can't hear the tv", "turn off the
fan its too loud". The clause says why; the person asked for one thing. A complaint
alone asks for more or less ("i can't hear the tv" turns the TV up), so after a request
it was read as a second one, and the TV went up with the fan off (with no comma, the
whole sentence was read as one command: "turn off ... the tv" turned the TV off).

Said first, the complaint is the reason too: "i can't hear the tv, turn off the fan", "it's
cold, close the blinds" ask for the fan and the blinds (the TV went up, the heating too).

``multipart`` reads the parts; this module only says which words are such a reason, where
one starts when no comma marks it, and which parts said before a request are one.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from ..understanding.conjunctions import SUBORDINATORS
from ..understanding.parts import has_join, split_reason
from .apostrophes import were_as_we_are

__all__ = ["JOINED", "may_give_reason", "may_have_parts", "reason_unmarked", "reasons_before",
           "said_as_reason"]

JOINED = re.compile(r"^\s*(?:and|but|so|or|then)\s+", re.IGNORECASE)
"""The conjunction that joins a part to the one before it ("and", "but", "so", "or", "then"): what
this module, :mod:`part_reading` and :mod:`multipart` take off a part before reading it."""

_OPENERS = frozenset({"i", "im", "its", "it", "we", "were", "weve", "ive"})
"""The first words of a reason said with no comma before it ("... i cant hear the tv",
"... its too loud", "... were freezing"), apostrophes left out: how it is or feels, said
of "it" or of the people. A device named first ("... the tv is too quiet") needs its
comma: with none, the name may be the request's own."""

_BOUND = (SUBORDINATORS - {"cos", "whilst"}) | {"that", "and", "but", "or", "then"}
"""Words that bind the clause after them to the request ("turn on the lamp if it is
dark", "... when it gets dark"): a condition or a time, not a reason said apart. The
subordinators of :mod:`~teachapp.understanding.conjunctions` but "cos" and "whilst",
which were never listed here: a reason said after them is still set apart by a comma."""


def said_as_reason(words: str, parser: Any) -> bool:
    """Whether ``words`` only say how it is or feels: a complaint ("it's too loud",
    "i'm cold"), also one that names what it is of ("i can't hear the tv", "the tv is too
    quiet"): the complaint with the things named said as "it"."""
    if parser.complains(words) or were_as_we_are(words, parser.complains):
        return True
    said = words.split()
    for cut in range(1, len(said)):
        head, tail = " ".join(said[:cut]), " ".join(said[cut:])
        if parser.only_names(tail) and parser.complains(f"{head} it"):
            return True
        if parser.only_names(head) and parser.complains(f"it {tail}"):
            return True
    return False


def reason_unmarked(text: str, parser: Any, is_request: Callable[[str], bool]) -> str | None:
    """``text`` with a comma before a reason said after a request with no pause marked
    ("turn off the fan i cant hear the tv" -> "turn off the fan, i cant hear the tv");
    None when no such reason follows a request."""
    said = text.split()
    for cut in _reason_starts(said):
        head, tail = " ".join(said[:cut]), " ".join(said[cut:])
        if said_as_reason(tail, parser) and is_request(head):
            return f"{head}, {tail}"
    return None



def may_give_reason(text: str) -> bool:
    """Whether a reason may follow a request in ``text`` with no comma (a cheap test
    on the words alone, before ``reason_unmarked`` reads them)."""
    return any(True for _cut in _reason_starts(text.split()))


def may_have_parts(text: str) -> bool:
    """Whether ``text`` may be read as several parts (a join, a reason with or without
    a comma): a test on the words alone, light to import, so ``resolve --json`` opens
    the engine only for such an utterance ("turn off the fan i cant hear the tv" showed
    no parts) and a plain ``resolve`` loads no database layer."""
    return has_join(text) or split_reason(text)[1] is not None or may_give_reason(text)


def _reason_starts(said: list[str]) -> list[int]:
    """Where a reason may start: an opener not bound to the words before it."""
    return [cut for cut in range(2, len(said))
            if said[cut].replace("'", "").replace("\u2019", "").casefold() in _OPENERS
            and said[cut - 1].casefold() not in _BOUND]


def reasons_before(texts: list[str], parser: Any, is_request: Callable[[str], bool]
                   ) -> set[int]:
    """The places in ``texts`` (the parts of a sentence) of complaints said before a
    request ("i can't hear the tv, turn off the fan"): each is the request's reason, the
    request how the person wants it fixed. Complaints alone ("the tv is too loud and the
    lamp is too dim") stay requests."""
    reasons = [said_as_reason(JOINED.sub("", text), parser) for text in texts]
    first = next((at for at, text in enumerate(texts)
                  if not reasons[at] and is_request(JOINED.sub("", text))), None)
    return set() if first is None else {at for at in range(first) if reasons[at]}
