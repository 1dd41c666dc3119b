"""A taught phrase whose words are heard coordinated, not said: "trade places, spa and
evening" of "spa evening", "party and mode" of "party mode".

"and" between two words joins two things of a kind (Quirk et al. 1985, 13.2 on
coordination): said between two words that stand side by side in a taught phrase (which
has no "and" there), it makes them two items named apart, as in a word game, a list or a
question about the words, and no longer the one name the phrase is. A recogniser writes
"and" for no sound of a phrase; so the run is taken back, unless the two words are also
said side by side elsewhere in the utterance ("spa and evening, spa evening").
"""

from __future__ import annotations

import itertools

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._words import stem

__all__ = ["heard_and", "split_phrase"]

_AND = "and"


def heard_and(low: str) -> bool:
    """The reader's cue: an "and" said at all."""
    return " and " in low


def split_phrase(read: RunRead) -> bool:
    """Whether two neighbouring words of the phrase are heard with "and" between them and
    never side by side."""
    stems = read.phrase_stems
    if len(stems) < 2:
        return False
    pairs = {(a, b) for a, b in itertools.pairwise(stems)
             if _AND not in (a, b)}
    if not pairs:
        return False
    heard = [stem(w) for w in read.words]
    split = together = False
    for k in range(len(heard) - 1):
        if (heard[k], heard[k + 1]) in pairs:
            together = True
        elif (k + 2 < len(heard) and heard[k + 1] == _AND
              and (heard[k], heard[k + 2]) in pairs):
            split = True
    return split and not together
