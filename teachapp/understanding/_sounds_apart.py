"""How far apart two words are in their sounds, counted in the contrasts a recogniser keeps.

:mod:`_other_word` asks whether a real English word heard in a taught word's place is that
word misheard or another word. Spelling similarity answers badly for words whose letters
hide their sounds ("puppy" / "baby", "ginger" / "juniper"); the phonemes of the CMU
Pronouncing Dictionary answer better. Two pronunciations are aligned (a weighted edit
distance) and every segment that differs costs by how well a recogniser hears that
contrast (Ladefoged & Johnson 2015, "A Course in Phonetics", 1-4; Miller & Nicely 1955,
"An analysis of perceptual confusions among some English consonants": voicing and
nasality survive noise, place of articulation of fricatives and nasals does not):

- a segment left out or put in: one contrast;
- two consonants of one manner (two fricatives, two nasals, two liquids or glides):
  half of one, their place is what recognisers blur ("kill" / "chill", "light" / "night");
  two stops of another place, or a stop and a fricative or an affricate: one;
  a voiced and a voiceless consonant, otherwise alike: half of one (aspiration carries it
  at the start of a syllable, and recognisers still lose it);
- two vowels on one side of the mouth, or one of them central or a diphthong: half of
  one; front against back: one.

Two words a recogniser confuses differ in one contrast or less ("red" / "bed",
"cable" / "table", "mood" / "mode"); two words more than one contrast apart are heard
apart ("puppy" / "baby", "ginger" / "juniper", "jupiter" / "juniper"; "net" / "foot", the
heads of "netball" and "football").
"""

from __future__ import annotations

from functools import lru_cache

__all__ = ["APART", "contrasts"]

APART = 1.5
"""Contrasts at and past which two words are heard as two: more than one ("puppy" /
"baby": its two stops voiced, and another vowel)."""

_MANNER = {
    **dict.fromkeys(("P", "B", "T", "D", "K", "G"), "stop"),
    **dict.fromkeys(("CH", "JH"), "affricate"),
    **dict.fromkeys(("F", "V", "TH", "DH", "S", "Z", "SH", "ZH", "HH"), "fricative"),
    **dict.fromkeys(("M", "N", "NG"), "nasal"),
    **dict.fromkeys(("L", "R", "W", "Y"), "approximant"),
}
"""Consonant phonemes (ARPAbet, as the CMU dictionary writes them) by manner."""
_VOICED = frozenset(("B", "D", "G", "JH", "V", "DH", "Z", "ZH"))
_VOICING = {"P": "B", "T": "D", "K": "G", "CH": "JH", "F": "V", "TH": "DH", "S": "Z",
            "SH": "ZH"}
"""Voiceless consonants and their voiced mates."""
_FRONT = frozenset(("IY", "IH", "EY", "EH", "AE"))
_BACK = frozenset(("UW", "UH", "OW", "AO", "AA"))


def _cost(a: str, b: str) -> float:
    """What hearing ``b`` for ``a`` costs, in contrasts."""
    if a == b:
        return 0.0
    if _VOICING.get(a) == b or _VOICING.get(b) == a:
        return 0.5
    ma, mb = _MANNER.get(a), _MANNER.get(b)
    if ma is None and mb is None:  # (two vowels)
        if (a in _FRONT and b in _BACK) or (a in _BACK and b in _FRONT):
            return 1.0
        return 0.5
    if ma is None or mb is None:  # (a vowel and a consonant: "ER" and "R" alike)
        return 0.5 if {a, b} == {"ER", "R"} else 1.0
    if ma == mb and ma != "stop":
        return 0.5
    if {ma, mb} == {"stop", "affricate"}:
        return 0.5
    return 1.0


@lru_cache(maxsize=8192)
def contrasts(said: tuple[str, ...], meant: tuple[str, ...]) -> float:
    """The fewest contrasts that turn the pronunciation ``meant`` into ``said`` (phonemes
    without stress marks)."""
    previous = [float(j) for j in range(len(said) + 1)]
    for i, a in enumerate(meant, 1):
        row = [float(i)]
        for j, b in enumerate(said, 1):
            row.append(min(previous[j] + 1.0, row[j - 1] + 1.0,
                           previous[j - 1] + _cost(a, b)))
        previous = row
    return previous[-1]
