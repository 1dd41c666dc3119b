"""Whether a word whose sound key differs from a taught name's spells the same name.

The sound keys (:func:`phonetic.phonetic_key`) keep consonant letters, so two spellings of
one pronunciation can still differ inside: "smudj" / "smudge" (s-n-t-x / s-n-x: "dj" and
"dge" both spell /dʒ/), "kasper" / "kacper" (a recogniser writes the Polish "c" as the
English "s"), "cristian" / "christian". Another name differs otherwise: by a syllable
("kwabena" / "kwame", "abena" / "ama"), by the vowel of a syllable as well as a consonant
("bramley" / "bramble"), or by consonants no spelling of one sound explains ("jupiter" /
"juniper").

The rule is drawn from two sources. Name-matching codes built to fold the spelling variants
of one name keep the syllables and fold consonant spellings of one sound (NYSIIS: Taft
1970, "Name Search Techniques", New York State Identification and Intelligence System:
"ph" as "f", "k" as "c", "kn" as "n", "sch" as "s", doubled letters as one, "ee"/"ie"/"y"
endings as one); English spells one consonant sound many ways and a vowel sound many ways
(Carney 1994, "A Survey of English Spelling", 4-6: /dʒ/ as "j", "dj", "dge", "g"; /k/ as
"c", "k", "ch", "q"). And this project's own recognised names (the sound-alike lists of the
benchmark sets: "kacper" heard "kasper", "bronwen" "bronwyn", "alistair" "alastair",
"halina" "haleena", "rhodri" "rodri") change one letter of a sound at most, never a
syllable. The English letter-to-sound rules of :func:`_spoken.spoken` give the vowels and
syllables; "j" and "dj" are first written as the "dge" they sound as, which those rules read.
A vowel other with the consonants alike ("bram" / "bryn", "beckwick" / "pickwick") is
left to the name list: a recogniser gets vowels wrong most (the sound keys drop them).
"""

from __future__ import annotations

import re
from functools import lru_cache

from teachapp.understanding._spoken import spoken

__all__ = ["NAME_ENDINGS", "another_name", "grown_name", "one_name"]

_SPELLINGS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), r) for p, r in (
        (r"([b-df-hj-np-tv-z])\1(?=[aeiouy])", r"\1"),  # one consonant: "callum", "calum"
        (r"d?j(?=[eiy])", "g"),  # /dʒ/: "jemma" as "gemma" (Carney 1994, 5)
        (r"d?j", "dg"),   # and "smudj", "jon" as "smudg(e)", "dgon"
        (r"^kh", "k"),    # /k/: "khloe" as "kloe" ("ch" before "l" is read so too)
        (r"^rh", "r"),    # a silent "h": "rhys", "rhodri"
        (r"(?<=[aeiou])h$", ""),  # and "leah", "hannah"
        (r"ae", "e"),     # "rachael", "michael"
        (r"(?<=[^aeiou])(?:ie|ey|ee|eigh|i|ay)$", "y"),  # one last vowel: "kelli", "kelly"
    ))
"""Name spellings of one sound, rewritten as one before the letter-to-sound rules (NYSIIS
folds doubled letters, "kn", "ph", an "h" after a vowel and the "ee"/"ie" endings; Taft
1970; Carney 1994, 4-6, for the rest)."""
_VOWELS = "AEIOUY123456789"
_VOWEL = re.compile(f"[{_VOWELS}]")
_C = re.compile(r"c(?![eiyhk])")
"""A "c" that the letter-to-sound rules read as /k/ but a name may say as /s/ or /ts/
("kacper", written "kasper" by a recogniser; "marcel", "lucja"): c spells /k/ and /s/
(Carney 1994, 5)."""


@lru_cache(maxsize=4096)
def _sounds(word: str) -> frozenset[tuple[str, str]]:
    """The vowel sounds of ``word`` and all its sounds, for each sound its letters can
    spell: "bramble" -> {("AU", "brAmbUl")}; "kacper" -> {("A9", "kAkp9r"), ("A9",
    "kAsp9r")}."""
    for pattern, repl in _SPELLINGS:
        word = pattern.sub(repl, word)
    out = set()
    for spelled in {word, _C.sub("s", word)}:
        said = spoken(spelled)
        out.add(("".join(_VOWEL.findall(said)), said))
    return frozenset(out)


def one_name(heard: str, taught: str) -> bool:
    """Whether ``heard`` spells the name ``taught`` as it sounds: the same vowels and
    consonants once spellings of one sound are written as one ("smudj" of "smudge",
    "kasper" of "kacper", "khloe" of "chloe", "jemma" of "gemma"; not "kwabena" of "kwame":
    a syllable more; not "bramley" of "bramble": a vowel and a consonant other; not
    "jupiter" of "juniper", nor "mia" of "nia": consonants other)."""
    return bool(_sounds(heard) & _sounds(taught))


NAME_ENDINGS = ("a", "ie", "y")
"""Endings that make a name of another ("paula" of "paul", "katie" of "kate", "bethany" of
"bethan"): see :func:`another_name`."""


def grown_name(heard: str, taught: str) -> bool:
    """Whether ``heard`` is the name ``taught`` written whole with an ending of
    :data:`NAME_ENDINGS` put after it ("bethany" of "bethan"): another name, whether or not
    a list knows the taught one (a recogniser that writes a name it knows, whole, has
    heard that name; "tellama" of "ama", a word put before, is the name)."""
    return heard.startswith(taught) and heard[len(taught):] in NAME_ENDINGS


def another_name(heard: str, taught: str) -> bool:
    """Whether ``heard``, whose sound key is ``taught``'s or differs from it at an edge only,
    still says another name: it ends in a syllable more, a vowel after the consonant the
    taught name ends in ("paula" of "pearl", "becca" of "bex", "katie" of "kate"), as
    names are made from others by the endings "-a" and "-ie"/"-y" (Behind the Name,
    behindthename.com, lists "Paula" as a feminine form of "Paul", "Katie" and "Becca" as
    short forms apart from "Kate" and "Bex"; the diminutive "-ie"/"-y": Quirk et al. 1985,
    "A Comprehensive Grammar of the English Language", App. I). A syllable less is what a
    recogniser makes of a name it splits or clips ("sue san", "more in" for "maureen"); a
    syllable more inside is its reading of a vowel ("jewels" for "jules"); a name run
    together with a word beside it ("tellama" of "ama") is the name."""
    if taught in heard:
        return False
    return any(len(vh) > len(vt) and said_h[-1:] in _VOWELS and said_t[-1:] not in _VOWELS
               for vh, said_h in _sounds(heard) for vt, said_t in _sounds(taught))
