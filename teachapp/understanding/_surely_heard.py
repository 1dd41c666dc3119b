"""Whether words are a taught phrase heard with damage that leaves no doubt which words
were meant.

A phrase heard with errors beside other words is only proposed by
:func:`_heard_beside.heard_spans`; where a word said last after it may be the head of a
compound the phrase modifies ("start vacuum bot", a device, of "start the vacuum"), the
words stay a question. Yet some damage says nothing of another request, in any home:

- a word said twice in a row ("tea time time", "piano piano practice"): a stammer,
  repeating a word as one plans the next (Clark & Wasow 1998, "Repeating words in
  spontaneous speech"), which no request says;
- a word split in two or two words run together, the letters the same ("off ice mode",
  "tvtime"): how a recogniser cuts what it heard;
- one letter dropped, added or changed in a word of :data:`LONG` letters at least, the word
  heard no word of the dictionary ("focuz mode", "cleanig time"): a spelling no English
  word has is the taught word misspelt, where "toffee" for "coffee" may be another thing.

Heard so, the phrase is as sure as one said exactly: a word said last after it is read as
after the phrase said exactly (a call, a word of the speaker's own), by every reader of the
repaired text, with every cue still stopping it; and a word so heard that a list of names
holds ("offie" of "office") is the taught word misheard, not someone else named
(:func:`_heard_beside.heard_closely`). The words heard, read alone to see that they run
the routine (:func:`_misheard_again.read_repaired`), are read with a word said twice said
once (:func:`said_once`), as :mod:`_stammered` reads a whole text.
"""

from __future__ import annotations

from collections.abc import Sequence

from rapidfuzz.distance import Levenshtein

from teachapp.understanding import _word_classes as classes

__all__ = ["LONG", "said_once", "surely_heard"]

LONG = 4
"""Letters a phrase word has, at least, to be heard surely with one letter wrong: in a
shorter one a letter is much of the word ("tea", "sea")."""


def said_once(words: Sequence[str]) -> list[str]:
    """``words`` with each said twice in a row said once (a stammer); a word said three
    times or more is kept, as :func:`_stammered.unstammered` keeps it ("kettle kettle
    kettle" may be a call, a count or a song)."""
    out: list[str] = []
    k = 0
    while k < len(words):
        run = 1
        while k + run < len(words) and words[k + run] == words[k]:
            run += 1
        out += [words[k]] * (1 if run == 2 else run)
        k += run
    return out


def surely_heard(words: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether ``words`` are ``phrase`` (its words, lower case) with only a word said twice
    in a row, a word split or two run together, or one letter wrong in a long word that
    is no word of the dictionary (see the module docstring)."""
    heard, taught = said_once(words), said_once(phrase)
    if "".join(heard) == "".join(taught):
        return list(heard) != list(taught) or len(words) != len(phrase)
    if len(heard) != len(taught):
        return False
    wrong = [(h, t) for h, t in zip(heard, taught, strict=True) if h != t]
    if len(wrong) != 1:
        return False
    h, t = wrong[0]
    return (len(t) >= LONG and Levenshtein.distance(h, t, score_cutoff=1) == 1
            and h.isalpha() and not classes.listed(h))
