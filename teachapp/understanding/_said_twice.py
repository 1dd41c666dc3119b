"""A word of a taught phrase said twice in a row, read once.

A recogniser repeats a word, and a speaker stammers one, without a pause ("lights off
off", "what what time is it", "close close the ark"). When the word is one the phrase
says there once, the copy is no word of its own: not a cue ("off" and "end" are
cancellation cues, "what" and "how" question ones: "lights off off" cancels nothing),
nor a word the phrase leaves unexplained. :func:`_carriers.doubled` frees the copy of
any content word, for a phrase asked about for one extra word; this reads a copy of the
phrase's own word, function words among them (a function word said twice in a row is
rarely grammar, and then not one the phrase says: "had had"), for a phrase a cue or a
word said too many kept from running.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from teachapp.understanding._said_over import said_over

__all__ = ["said_once"]


def said_once(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
              phrase: Sequence[str]) -> list[bool] | None:
    """``free`` with the first copy of each word of ``phrase`` said twice in a row (not
    three times: "kettle kettle kettle on" is no stammer of "kettle on")
    (free words aside) with no pause between (``breaks``: the places of the words a pause
    follows; "lights off? off?" asks again) marked free, when ``phrase`` never says that
    word twice in a row itself; None when no word is so."""
    twice_taught = {a for a, b in pairwise(phrase) if a == b}
    said = [i for i, f in enumerate(free) if not f]
    out: list[bool] | None = None
    for run in said_over([toks[k] for k in said]):
        a, b = said[run.at], said[run.at + 1]
        word = toks[a]
        if run.times == 2 and word.isalpha() and word in phrase and word not in twice_taught \
                and not any(k in breaks for k in range(a, b)):
            if out is None:
                out = list(free)
            out[a] = True
    return out
