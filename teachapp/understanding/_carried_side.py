"""A taught phrase with a stretch of the speaker's own on one side and, on the other, words
another reader frees when the phrase is said with them alone: "into yump, party mode and,
acute left" (a rally co-driver's calls), "sforzando, strings, movie night, what a
racket".

:mod:`_carried_line` reads a phrase between two stretches of the speaker's own, each held
to the same rule (:func:`_carried_line.own_before`, :func:`_carried_line.own_after`); the
readers of asides, calls and clauses of the speaker's own read what is said beside the
phrase as the text alone would be read. Each reads one kind of words, so a phrase with a
stretch of the speaker's own on one side and words of another kind on the other was read
by none: "into yump" is no stretch of the speaker's own (one word of content) though said
before "party mode" alone it is read as an aside, and "acute left" after it is a stretch
of the speaker's own. The two compose as they do in speech, one unit after another
(Quirk et al. 1985, 10.52-10.55 and 11.54 on vocatives and exclamations as units of their
own beside the clause): the stretch of the speaker's own is cut off, by the same rule as
when it is the only one, and the rest is read as it would be said alone. It runs only
when that reading runs the phrase said exactly, in the piece between the pauses, and
what frames the whole line does not take it back (the resolver checks both).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence

from teachapp.understanding._carried_line import CarriedLine, own_after, own_before
from teachapp.understanding.normalize import Lexicon

__all__ = ["in_piece", "one_side_cut"]

Taught = Callable[[str], bool]

_ONWARD_JOINER = re.compile(r"(?:\s+(?:and|or)\b)+\s*$", re.IGNORECASE)
"""Coordinators said last before the stretch cut off after the phrase: they join the
piece to that stretch (:mod:`_joined_onward`), so they go with it."""


def one_side_cut(line: CarriedLine, lexicon: Lexicon, taught: Taught) -> Iterator[tuple[str, str]]:
    """(what is left to read alone, the stretch cut off) for each side of ``line`` that is a
    stretch of the speaker's own while the other side is not empty: the phrase's piece with
    what follows it, or what went before with the piece, less a coordinator said last that
    joins it to the stretch cut off (see the module docstring)."""
    if not (line.before and line.after):
        return
    if own_before(line.before, lexicon, taught, joined=line.joined, then=line.then):
        yield line.onward, line.before
    if own_after(line.after, lexicon, taught):
        yield _ONWARD_JOINER.sub("", line.upto), line.after


def in_piece(piece: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether the words ``phrase`` are said together in ``piece`` (the words between the
    pauses that may be the phrase)."""
    n = len(phrase)
    return n > 0 and any(list(piece[k:k + n]) == list(phrase)
                         for k in range(len(piece) - n + 1))
