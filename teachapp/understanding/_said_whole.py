"""A taught phrase said whole and exactly inside an utterance the resolver could not read:
asked about ("Did you mean movie night?"), not rejected.

A reject makes the person say it all again though their words held the phrase; a question
costs one "yes". So when every other rule has rejected what was said for words it could
not explain ("two unexplained content words", or a score too low), and the phrase is said
exactly (stems, free words aside) while

- no cue is said anywhere (a negation, a cancellation, a question, the past, someone
  else's words, a command about a routine: those reject, as issue 14 asks);
- nothing else said is a request word ("play", "text", "weather"), a device or media
  kind, a room, a time, a weekday or a number (another request, or which or when);
- no other taught phrase is said exactly beside it;
- it is a clause of its own: what is said before it, and what after it, is set apart from
  it by a pause ("..., movie night, ..."). A word run into it may act on it: "share
  movie night with my sister", "translate movie night into french", "kill movie night",


the resolver asks whether that phrase was meant. Only a phrase of one routine, and only
in place of a reject: what ran or was asked about is not touched.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from teachapp.understanding._carriers import HEADS, WEEKDAYS, has_cue
from teachapp.understanding._clauses import request_word_said
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import Lexicon

__all__ = ["said_whole"]

Exact = Mapping[tuple[str, ...], tuple[int, list[int]]]

LONGEST_PHRASE = 24
"""Most words a phrase these rules look for may have (the search stays linear in a long
utterance: a transcript run on for minutes is not read span by span)."""


def _longest(stems: Sequence[str], exact: Exact, skip: range | None = None,
             ) -> tuple[range, tuple[str, ...]] | None:
    """The longest run of ``stems`` that is a taught phrase (outside ``skip``)."""
    best: tuple[range, tuple[str, ...]] | None = None
    n = len(stems)
    for i in range(n):
        for j in range(min(n, i + LONGEST_PHRASE), i + (0 if best is None else len(best[0])),
                       -1):
            if skip is not None and i < skip.stop and j > skip.start:
                continue
            key = tuple(stems[i:j])
            if key in exact:
                best = (range(i, j), key)
                break
    return best


def said_whole(toks: Sequence[str], free: Sequence[bool], breaks: frozenset[int],
               exact: Exact, lexicon: Lexicon, not_names: frozenset[str],
               ) -> tuple[int, list[int]] | None:
    """(phrase id, routines) of the taught phrase said whole beside words that ask for
    nothing else (see the module docstring); None when there is none."""
    if has_cue(toks, free, lexicon, True):
        return None
    stems = [stem(t) for t in toks]
    found = _longest(stems, exact)
    if found is None:
        return None
    span, key = found
    before = any(not free[k] for k in range(span.start))
    after = any(not free[k] for k in range(span.stop, len(toks)))
    if (before and span.start - 1 not in breaks) or (after and span.stop - 1 not in breaks):
        return None  # (run into what is said around it)
    rest = [toks[k] for k in range(len(toks)) if k not in span and not free[k]]
    around = [toks[k] for k in range(len(toks)) if k not in span]
    if (not rest or request_word_said(around, lexicon)  # (free words too: "play" is a carrier)
            or _longest(stems, exact, span) is not None):
        return None
    for w in rest:
        if (not w.isalpha() or w in lexicon.number_words or w in HEADS
                or w.rstrip("s") in HEADS or w in not_names or w in WEEKDAYS):
            return None
    return exact[key]
