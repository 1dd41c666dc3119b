"""A taught phrase whose words are heard coordinated or put in sequence, not said: "trade
places, spa and evening" of "spa evening", "party and mode" of "party mode", "kids then
bedtime, or the other way" of "kids bedtime".

"and" between two words joins two things of a kind (Quirk et al. 1985, 13.2 on
coordination): said between two words that stand side by side in a taught phrase (which
has no "and" there), it makes them two items named apart, as in a word game, a list or a
question about the words, and no longer the one name the phrase is. A recogniser writes
"and" for no sound of a phrase; so the run is taken back, unless the two words are also
said side by side elsewhere in the utterance ("spa and evening, spa evening").

"or" between them does the same, two choices named apart ("spa or evening"), and so does
"then", a conjunct of sequence (Quirk et al. 1985, 8.137 and 13.21): the two words are two
steps in an order ("kids then bedtime, or the other way"), not the phrase. The lexicon
reads "then" as a filler, which it is around a request ("right then, lights off",
"bedtime then"), never between the words of one phrase; a hesitation there still runs
("kids um bedtime").
"""

from __future__ import annotations

import itertools
import re

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger
from teachapp.understanding._words import stem

__all__ = ["TRIGGER", "heard_joined", "split_phrase"]

_JOINING = frozenset({"and", "or", "then"})
_CUE = re.compile(r"\b(?:and|or|then)\b")
TRIGGER = Trigger(words=frozenset({"and", "or", "then"}))
"""What :data:`_CUE` needs (:mod:`_trigger`)."""


def heard_joined(low: str) -> bool:
    """The reader's cue: an "and", "or" or "then" said at all."""
    return _CUE.search(low) is not None


def split_phrase(read: RunRead) -> bool:
    """Whether two neighbouring words of the phrase are heard with "and", "or" or "then"
    between them and never side by side."""
    stems = read.phrase_stems
    if len(stems) < 2:
        return False
    pairs = {(a, b) for a, b in itertools.pairwise(stems)
             if _JOINING.isdisjoint((a, b))}
    if not pairs:
        return False
    heard = [stem(w) for w in read.words]
    split = together = False
    for k in range(len(heard) - 1):
        if (heard[k], heard[k + 1]) in pairs:
            together = True
        elif (k + 2 < len(heard) and heard[k + 1] in _JOINING
              and (heard[k], heard[k + 2]) in pairs):
            split = True
    return split and not together
