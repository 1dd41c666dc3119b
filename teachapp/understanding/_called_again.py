"""A word of a caller's patter said twice in a row is a call, though a dictionary lists it:
"coconuts coconuts dislodge one prizewinners", "rollup rollup", "bonny bonny".

:mod:`_caller_patter` reads a side of a taught phrase as a caller's patter when most of
its content words are a game's own words, which no dictionary holds; a barker or an
auctioneer also calls the words of the fair or the mart, which every dictionary holds,
and marks them as calls by saying them over, one straight after the other (the
repetition of a word with none between, epizeuxis: Quirk et al. 1985, 10.52 on the
vocative and 11.54 on calls; a clause says a content word twice in a row only so).
Such a word is no verb that may take the phrase as its object nor a noun the phrase's
clause is about: it is called, as a game word is.

Only a content word (no function word, pronoun, negator, operator or preposition: "that
that", "had had") and no word a home taught (a taught word said twice is a stammer of
the phrase, :mod:`_stammered`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._said_over import said_over
from teachapp.understanding.normalize import Lexicon

__all__ = ["called_again"]


def called_again(words: Sequence[str], lexicon: Lexicon,
                 taught: Callable[[str], bool]) -> frozenset[int]:
    """The indices of ``words`` (one side of a phrase, the speaker's words only) that are
    a content word said twice in a row, both of each pair (see the module docstring);
    ``taught``: whether a home taught a word."""
    out: set[int] = set()
    for run in said_over(words):
        if shape.content_word(words[run.at], lexicon, taught):
            out.update(range(run.at, run.at + run.times))
    return frozenset(out)
