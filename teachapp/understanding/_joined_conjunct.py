"""A request joined to a taught phrase by a conjunct of addition or of sequence is read as
one joined by "and": "repoint the chimney stack, on top of that study time", "study time,
also repoint the chimney stack", "study time, afterwards hire a piano tuner".

"also", "besides", "additionally", "in addition", "furthermore", "moreover", "what's
more", "on top of that" are additive conjuncts, "afterwards" and "after that" conjuncts
of sequence (Quirk et al. 1985, 8.137-8.138, "listing" conjuncts): said where one clause
ends and the next begins, they link the clause they open to the one before as "and"
does, and often stand beside it ("and also", "and then": 13.5, 13.21). The quasi-
coordinators of addition ("as well as", "plus", "along with": 13.20,
:data:`conjunctions.ADDITIVE`) do the same. Two requests so linked are two requests, and
the project's rule for two joined by "and", one of them untaught, is that neither runs:
the untaught one is offered for teaching. Each of the many readers that frees words
beside a phrase reads "and" (:mod:`_second_request`), but not every one reads each of
these; so the resolver reads a turn that would run with one of them between the phrase
and another clause once more, the conjunct said as "and"
(:func:`joined_readings`), and the turn then runs only when that reading does too. A
clause after the conjunct that is no request ("..., also the popcorn", "..., what's
more it's raining") runs as with "and"; so does one said first ("it's late, also
movie night").

The conjunct must stand between the phrase's clause and the other: one side of it said
alone runs the routine (:meth:`Resolver._read_as_and`). Not read so: "then", whose
clause said first :func:`_second_request.request_then` reads (it also closes a formula,
"right then, ..."); a conjunct after "and", "or" or "but" (the clause is joined already:
"and also", "but also").

"too" and "as well" are additive too, but end the clause they add rather than open it
(Quirk et al. 1985, 8.116 on additive subjuncts in end position): a clause set off by a
pause and closed by one of them is joined to the clause before as "and" joins it ("study
time, repoint the chimney stack too" as "study time, and repoint the chimney stack";
"wash the car, study time as well"). With no pause written, where that clause opens is
not heard, and the reading is not made.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

__all__ = ["CONJUNCTS", "JoinedReading", "joined_readings"]

CONJUNCTS = ("also", "besides", "additionally", "in addition", "furthermore", "moreover",
             "what's more", "what is more", "on top of that", "on top of this",
             "afterwards", "after that", "as well as", "plus", "along with", "together with")
"""Conjuncts of addition and of sequence that open a clause linked to the one before
(Quirk et al. 1985, 8.137-8.138), and the quasi-coordinators of addition (13.20)."""

_CONJUNCT = re.compile(
    r"(?<![\w'])(?:" + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in CONJUNCTS)
    + r")(?![\w'])[\s,;:]*", re.IGNORECASE)
_ADDED_LAST = re.compile(
    r"(?P<pause>[,;:.!?]+)\s*(?P<clause>[^,;:.!?]*\w[^,;:.!?]*?)[\s,]+(?:too|as\s+well)"
    r"(?P<end>\s*(?:[,;:.!?]|$))", re.IGNORECASE)
_CONJUNCT_WORDS = tuple(sorted({max(c.split(), key=len) for c in CONJUNCTS}))
"""A word of each conjunct, which every match of :data:`_CONJUNCT` holds."""
_ADDED_WORDS = ("too", "well")
"""A word every match of :data:`_ADDED_LAST` holds, after one of :data:`_PAUSES`."""
_PAUSES = ",;:.!?"
_LINKED_BEFORE = re.compile(r"(?<![\w'])(?:and|or|but|nor)[\s,;:]*$", re.IGNORECASE)
_LINKED_FIRST = re.compile(r"(?:and|or|but|nor)(?![\w'])", re.IGNORECASE)
_WORD = re.compile(r"\w")


class JoinedReading(NamedTuple):
    """A text with one conjunct said as "and", and the two sides it joined."""

    before: str
    after: str
    text: str


def joined_readings(text: str) -> Iterator[JoinedReading]:
    """Each reading of ``text`` with one conjunct of :data:`CONJUNCTS` that has words on
    both sides, no coordinator right before it, said as "and" (its pause before kept, one
    after it dropped: "study time, also, wash the car" -> "study time, and wash the car");
    then each with a clause set off by a pause and closed by "too" or "as well" joined by
    "and" instead ("study time, wash the car too" -> "study time, and wash the car")."""
    conjunct, added = holds_words(text)
    for found in _CONJUNCT.finditer(text) if conjunct else ():
        before, after = text[:found.start()].rstrip(), text[found.end():].strip()
        if not (_WORD.search(before) and _WORD.search(after)):
            continue
        if _LINKED_BEFORE.search(before):
            continue  # (joined already: "and also", "but also")
        yield JoinedReading(before, after, f"{before} and {after}")
    for found in _ADDED_LAST.finditer(text) if added else ():
        before = text[:found.start()].rstrip()
        if not _WORD.search(before) or _LINKED_BEFORE.search(before):
            continue
        clause = found["clause"].strip()
        after = clause + text[found.start("end"):]
        if _LINKED_FIRST.match(clause):
            continue  # ("..., and study time too": joined already)
        yield JoinedReading(before, after.rstrip(),
                            f"{before}{found['pause']} and {after}".rstrip())


def holds_words(text: str) -> tuple[bool, bool]:
    """Whether ``text`` may hold a match of :data:`_CONJUNCT`, and of :data:`_ADDED_LAST`:
    a word each match holds is in it (and a pause mark, for the second). (A scan by either
    pattern tries every place of the text, and the second backtracks over a long clause
    after a pause: 1 to 3 ms for a sentence of 140 letters, where a word looked for costs
    a microsecond; most turns hold none of the words. Text of other than ASCII is always
    scanned: under IGNORECASE a few other letters match "s" or "i".)"""
    if not text.isascii():
        return True, True
    low = text.lower()
    return (any(word in low for word in _CONJUNCT_WORDS),
            any(word in low for word in _ADDED_WORDS) and any(mark in text for mark in _PAUSES))
