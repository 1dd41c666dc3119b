"""Whether a real word heard in a taught word's place is neither written nor said like it: a
guess at the phrase, asked about, never run ("order more velvet squares" is not "order
more felt squares" misheard; "is the brine sweet enough" is not "... salty enough").

A recogniser mishears by sound. A word it writes in a taught word's place keeps most of
that word's letters or most of its sounds ("tide" for "time", "cruel" for "cool", "glow"
for "grow"); a real word that keeps neither is a word that was said, another thing asked
for by a phrase one word from a taught one ("where's my head lamp" of "where's my hand
lamp", "pay the kiosk rates" of "... rent", "count the reed bales" of "... bundles"). The
rest of the phrase heard exactly makes the whole score high, so without this the one
other word runs the taught phrase.

:mod:`_other_word` rejects the surest of these (another stop first, a far word with the
vowel at the other end, another compound); this is the wider test, and only asks:

- the heard word is in the pronouncing dictionary (a word a recogniser writes: "velvet";
  no word at all, "heatink", can only be the taught one misheard), and so is the taught
  one;
- the scorer met the two at less than :data:`UNLIKE` (spelling and sound keys: "cell" /
  "call" 0.44, "bellows" / "blower" 0.45; "tide" / "time" too, but one contrast apart);
- they are :data:`APART_SOUNDS` contrasts apart or more (:mod:`_sounds_apart`: "velvet" /
  "felt" 2.5, "sweet" / "salty" 3; "cell" / "call" 2, which a recogniser writes for each
  other, is kept by :data:`ONE_SYLLABLE` for words of one syllable);
- or, written more alike (below :data:`WRITTEN`: a long word's shared ending lifts its
  spelling), :data:`FAR_SOUNDS` contrasts apart or more ("barometer" / "hygrometer", 0.51
  and 4 contrasts);
- neither is the other cut or grown at an edge ("muse" of "music", "come" of "welcome":
  recognisers clip words, :func:`_other_word.clipped`), and the taught word's first
  syllable has an onset ("a lamb" of "alarm" is a word boundary put in the wrong place,
  as :mod:`_stressed` reads it).

A compound the dictionary does not hold is read by its parts, at any likeness
(:mod:`_compound_part`: "bowlturning" / "woodturning", "hairnets" / "hairpins").
:mod:`_other_word` rejects such a pair when both compounds are dictionary words.

A word no dictionary holds that opens with a real word and ends as the taught word does is
a blend, another word (:mod:`_blended`: "staycation" of "vacation").
"""

from __future__ import annotations

from functools import lru_cache

from teachapp.understanding._blended import blended
from teachapp.understanding._compound_part import SHARED, other_part
from teachapp.understanding._other_word import (
    as_word,
    clipped,
    heard_pronunciation,
    pronunciation,
)
from teachapp.understanding._sounds_apart import contrasts

__all__ = ["APART_SOUNDS", "FAR_SOUNDS", "ONE_SYLLABLE", "SHARED", "UNLIKE", "WRITTEN",
           "unlike_word"]

UNLIKE = 0.5
"""Word similarity (:mod:`_words`) below which a heard word is not written like the taught
one ("velvet" / "felt" 0.48, "head" / "hand" 0.44; "dotty" / "dizzy" 0.53 stays)."""
APART_SOUNDS = 2.0
"""Contrasts at and past which the two are said apart ("bellows" / "blower" 2; "fresh" /
"fish" and "mode" / "moored", 1.5, are kept: a vowel and a segment put in)."""
ONE_SYLLABLE = 2.5
"""The same for two words of one syllable, where two contrasts are two of three sounds a
recogniser does get wrong ("cell" / "call", 2); "sold" / "settled" is 2.5."""

WRITTEN = 0.6
"""Word similarity below which a real word far in sound (:data:`FAR_SOUNDS`) is unlike the
taught one, however much of its spelling it shares ("barometer" / "hygrometer" 0.51;
"terminator" / "terminal", 0.51 and 3 contrasts, stays: one word cut from the other)."""
FAR_SOUNDS = 3.5
"""Contrasts at and past which two words are far apart in sound ("barometer" /
"hygrometer" 4)."""

_VOWELS = frozenset(("IY", "IH", "EY", "EH", "AE", "UW", "UH", "OW", "AO", "AA", "AH", "ER",
                     "AY", "AW", "OY"))


@lru_cache(maxsize=8192)
def unlike_word(heard: str, taught: str, similarity: float) -> bool:
    """Whether ``heard`` (as heard, an apostrophe dropped), said where the taught word
    ``taught`` (stemmed, as the phrase index keeps it) was expected and met at
    ``similarity``, is a real word neither written nor said like it (see the module
    docstring)."""
    if not taught.isalpha():
        return False
    heard = heard.replace("'", "")
    if not heard.isalpha() or heard == taught:
        return False
    word = as_word(taught)
    if word == heard:
        return False
    said = heard_pronunciation(heard)
    if (word is None or not said) and other_part(heard, taught, whole=similarity >= UNLIKE):
        return True  # (at any likeness: a long shared part lifts it, "bowl|turning")
    if similarity >= WRITTEN or word is None:
        return False
    meant = pronunciation(word)
    if not said:
        return blended(heard, word)
    if not meant or meant[0] in _VOWELS:
        return False  # (a taught word with no onset: "a lamb" of "alarm")
    one = sum(p in _VOWELS for p in said) == 1 == sum(p in _VOWELS for p in meant)
    apart = (ONE_SYLLABLE if one else APART_SOUNDS) if similarity < UNLIKE else FAR_SOUNDS
    return contrasts(said, meant) >= apart and not clipped(said, meant)

