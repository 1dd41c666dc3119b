"""Whether a real word heard in a taught word's place differs from it at the stressed
syllable, where a recogniser seldom errs: "shutters halfway" is not "blinds halfway",
"chai time" is not "tea time", "carpet cleaner on" is not "parts cleaner on".

A recogniser that mishears a word keeps most of its stressed syllable, which is said
longest and loudest (Cutler & Carter 1987, "The predominance of strong initial syllables
in the English vocabulary"): it loses the onset ("night" for "light", "chill" for "kill")
or the vowel ("mode" for "mood", "cell" for "call"), one of the two. A real word whose
stressed syllable has another onset *and* another vowel is another word that was said
("shut-" / "blind-", "chai" / "tea", "swim" / "nap"). Onsets that differ only in voicing
(:mod:`phonetic` merges those) or in an /h/, which speakers and recognisers drop ("over"
for "hoover"), are one onset. And the onset of a taught word of one syllable, a stop made
at another place than the heard word's first stop ("carpet" for "parts": the back of the
tongue, not the lips), is a third of that word: :mod:`_other_word` reads the same of two
words of one syllable ("bank" for "tank").

A syllable with no onset is left alone: it is where a recogniser puts a word boundary
("a lamb" of "alarm", "a liver" of "oliver"), and so is a word that is the taught one cut
or grown at an edge (:mod:`_other_word`'s clipping: "delights" of "lights").

The CMU Pronouncing Dictionary, as PocketSphinx ships it, carries no stress marks: the first
vowel stands for the stressed one, as it does in most English words of two syllables.
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["apart_at_stress"]

_VOWELS = frozenset(("IY", "IH", "EY", "EH", "AE", "UW", "UH", "OW", "AO", "AA", "AH", "ER",
                     "AY", "AW", "OY"))
_VOICELESS = {"B": "P", "D": "T", "G": "K", "JH": "CH", "V": "F", "DH": "TH", "Z": "S",
              "ZH": "SH"}
"""Voiced consonants and their voiceless mates: one onset to a recogniser."""
_STOPS = {"P": "lips", "B": "lips", "T": "tongue tip", "D": "tongue tip", "K": "tongue back",
          "G": "tongue back"}
"""The oral stops by where they close the mouth."""


def _first_syllable(said: tuple[str, ...]) -> tuple[tuple[str, ...], str] | None:
    """The onset (voicing merged, /h/ dropped) and the vowel of the first syllable."""
    for k, p in enumerate(said):
        if p in _VOWELS:
            onset = tuple(_VOICELESS.get(c, c) for c in said[:k] if c != "HH")
            return onset, p
    return None


@lru_cache(maxsize=8192)
def apart_at_stress(said: tuple[str, ...], meant: tuple[str, ...]) -> bool:
    """Whether the heard pronunciation ``said`` differs from the taught ``meant`` at the
    stressed syllable (see the module docstring): another onset and another vowel, or, for
    a taught word of one syllable, a first stop made at another place."""
    heard, taught = _first_syllable(said), _first_syllable(meant)
    if heard is None or taught is None:
        return False
    (onset, vowel), (taught_onset, taught_vowel) = heard, taught
    if not onset or not taught_onset:
        return False  # (a syllable with no onset: the recogniser's word boundary, "a lamb")
    if onset != taught_onset and vowel != taught_vowel:
        return True
    longer = sum(p in _VOWELS for p in meant) == 1 < sum(p in _VOWELS for p in said)
    place, taught_place = _STOPS.get(said[0]), _STOPS.get(meant[0])
    return bool(longer and place and taught_place
                and place != taught_place and said[1:2] != meant[:1]
                and meant[1:2] != said[:1])
