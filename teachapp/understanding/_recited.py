"""A taught phrase said as one item of a count or a recitation of calls, with no pause
written: "and plie text matt about the matinee rota and releve", "glissade lights off and
jete jete", a ballet teacher counting a class through its steps while asking for a
request in the middle of it.

:mod:`_unmarked` reads "and" after a phrase as joining more of the request to it ("movie
mode and frobnicate" asks for a thing the home was not taught), and calls no dictionary
holds (:mod:`_unlisted_call`: "hakkeyoi", "eena deena") as an utterance of their own only
when said alone on a side. When such calls stand on both sides of the phrase and "and"
joins the last of them, the phrase is said in the middle of a list whose items are calls
(Quirk et al. 1985, "A Comprehensive Grammar of the English Language", 13.1-13.2 on
coordination, which joins units of one kind: "and" after the phrase coordinates a call
with the calls before it, the speaker's count going on, not a request with the phrase).
So both edges are sure when:

- the words after it are "and" and calls no dictionary holds ("and releve", "and jete
  jete"; interjections beside them), and nothing else;
- the speaker's words before the phrase are items of the same count, maybe with "and"
  between or before them ("and plie", "tendu tendu", "demi plie"): three at most, one
  of them a call no dictionary holds or a word said twice (a dictionary word alone may
  be the phrase's possessor or modifier: "mum movie night"), each a call or a content
  word that is no request word, cue or word a home taught, no time or noun of relation
  ("tomorrow", "mum": they may bear on the request), nor like a taught word (the phrase
  may then be the end of a longer one misheard).

Neither side may hold a word a home taught, a request word, a cue or one spelled near
them (:func:`_unlisted_call.unlisted_call` reads none of those as a call).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._asked_aside import relational
from teachapp.understanding._own_clause import time_words
from teachapp.understanding._unlisted_call import unlisted_call, unlisted_calls
from teachapp.understanding.normalize import Lexicon

__all__ = ["recited"]

Taught = Callable[[str], bool]

JOINER = "and"
"""The coordinator that joins the items of a count ("and plie, and releve")."""
LONGEST_BEFORE = 3
"""Most items of the count said before the phrase ("chasse chasse", "demi plie")."""


def recited(toks: Sequence[str], free: Sequence[bool], start: int, stop: int,
            lexicon: Lexicon, taught: Taught, unknown: Taught,
            called: Callable[[str], bool]) -> bool:
    """Whether the phrase said exactly at ``toks[start:stop]`` is an item of a count of
    calls (see the module docstring): ``free`` marks wake words, fillers and carriers;
    ``taught`` whether a home taught a word; ``unknown`` whether no taught word is like
    a word; ``called`` whether a word is an interjection."""
    after = [t for t, f in zip(toks[stop:], free[stop:], strict=True) if not f]
    if not start or len(after) < 2 or after[0] != JOINER:
        return False
    before = [t for t, f in zip(toks[:start], free[:start], strict=True)
              if not f and t != JOINER]
    items = [t for t in after[1:] if t != JOINER]
    if not (0 < len(before) <= LONGEST_BEFORE and items
            and unlisted_calls(items, lexicon, taught, unknown, called)
            and all(_item(w, lexicon, taught, unknown, called) for w in before)):
        return False
    # (a word of the speaker's count is plainly a call: unlisted, or said again; a lone
    # dictionary word may be the phrase's possessor or modifier, "mum movie night")
    return any(unlisted_call(w, lexicon, taught, unknown) for w in before) or any(
        a == b for a, b in pairwise(before))


def _item(word: str, lexicon: Lexicon, taught: Taught, unknown: Taught,
          called: Callable[[str], bool]) -> bool:
    """Whether ``word``, said before the phrase, may be an item of the speaker's count: a
    call, or a content word that says no request or cue and is like no taught word."""
    if called(word) or unlisted_call(word, lexicon, taught, unknown):
        return True
    return (shape.content_word(word, lexicon, taught) and unknown(word)
            and word not in lexicon.request_words and word not in lexicon.cue_starts
            and word not in time_words() and not relational(word))
