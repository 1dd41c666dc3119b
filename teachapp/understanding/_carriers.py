"""Carriers that are also taught words: "it's *time* for nap thyme"; and a short
lead-in set apart by a comma ("right, ...", "quick one, ...").

The scorer and the reading align heard and taught words one to one, best pairs
first. A carrier ("it's time for") that is the very word of a phrase ("nap time")
would take that word first, and leave the word heard for it ("thyme") over: an
extra word, or another word order. Such a carrier's pairs come last instead.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import numpy as np

__all__ = ["CARRIER_RANK", "LEAD_IN_WORDS", "carrier_key", "carriers_last", "comma_lead_in"]


CARRIER_RANK = 0.05
"""Where a carrier's pair comes when heard and taught words are aligned best first."""


def carriers_last(values: np.ndarray, at: np.ndarray, free: Sequence[bool] | None,
                  cand: np.ndarray, free_at: np.ndarray) -> np.ndarray:
    """Alignment order keys of word pairs: ``values`` (float32) of the pairs ``at``
    (rows: candidate, heard word, taught word), ``free`` marks the heard carriers,
    ``free_at[phrase, place]`` the taught ones. A heard carrier, wake word or filler
    that is the very taught word ("it's *time* for nap thyme") comes last, so it
    explains that word only when no other heard word does (a carrier of the phrase
    itself, "*start* the movie", keeps its place, and so does a carrier that means a
    taught word: "activate" for "on")."""
    if not free or not any(free):
        return values
    late = values >= 1.0
    late &= np.asarray(free, dtype=bool)[at[1]]
    if not late.any():
        return values
    late &= ~free_at[cand[at[0]], at[2]]
    return np.where(late, values * np.float32(CARRIER_RANK), values).astype(np.float32)


def carrier_key(value: float, heard_free: bool, taught_free: bool) -> float:
    """:func:`carriers_last` of one pair, for sorts in plain Python."""
    late = heard_free and not taught_free and value >= 1.0
    return value * CARRIER_RANK if late else value


LEAD_IN_WORDS = 3
"""Most words a lead-in before a comma may have ("quick one, ...", "ok so then, ...")."""


def comma_lead_in(text: str, toks: Sequence[str], free: Sequence[bool],
                  lead: Sequence[str], cue_starts: frozenset[str],
                  taught: Callable[[str], bool]) -> list[bool]:
    """``free`` with a lead-in set apart by a comma marked free too.

    English sets a discourse marker or a call apart from what is asked with a comma,
    and recognisers that punctuate (Whisper) write it: "right, lights on please",
    "quick one, movie night", "so, bath time". ``lead`` are the tokens of the text
    before the first comma (``text``'s own tokens start with them). The lead-in is
    free when it is at most :data:`LEAD_IN_WORDS` words, something not free follows
    it, none of its words starts a cue ("no, movie night" is a negation), and it is
    one word the home never taught (``taught``) or free words with at most one other:
    "kitchen, lights off" names the kitchen and "text jane, movie night" asks for
    something else; both stay as said.
    """
    n = len(lead)
    if (not 0 < n <= LEAD_IN_WORDS or "," not in text or list(toks[:n]) != list(lead)
            or all(free[:n]) or all(free[n:])):
        return list(free)
    words = toks[:n]
    if any(w in cue_starts or w.rstrip("s") in cue_starts for w in words):
        return list(free)
    said = [w for i, w in enumerate(words) if not free[i]]
    # A call or a marker: one word the home never taught ("right,"), or free words
    # with at most one other ("quick one,", "hey jane,"); more is a request of its own
    # ("text jane, ...", "remind me, ...").
    if len(said) > 1 or (len(said) == n and taught(said[0])):
        return list(free)
    return [True] * n + list(free[n:])
