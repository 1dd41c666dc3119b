"""A heard word that is a taught word as a speaker who sounds no "r" at a word's end says
it: "clicka" of "clicker", "decca" of "decker", "baga" of "bagger".

In the non-rhotic accents (most of England and Wales, Australia, New Zealand, South
Africa) a last unstressed "-er", "-ar", "-or", "-our" or "-re" is the schwa, the vowel a
last "-a" spells (Wells 1982, "Accents of English", 1.3.1 and 2.2.23: "cooler" rhymes
with "koula"); a recogniser that does not know the word, or knows a name or a word that
sounds so, writes what it heard: "clicka on" of "clicker on", "book the double decca" of
"book the double decker". :mod:`_name_unrhotic` reads such a word as a taught *name*; this
reads a word heard for a taught word of a phrase the same way, so a phrase heard so
beside words of the speaker's own (:func:`_heard_beside.heard_closely`) is heard as
closely as one with a letter misspelt. The heard word must end in a vowel letter (the
schwa spelled), start with the taught word's letter and have its sounds with the silent
"r" gone: :func:`phonetic.phonetic_key` of both alike, and the same vowel letters
("clappa" is another word than "clipper").
"""

from __future__ import annotations

import re

from teachapp.understanding._name_unrhotic import unrhotic_said
from teachapp.understanding.phonetic import phonetic_key

__all__ = ["said_unrhotic"]

_SCHWA_SPELLED = "aeh"
"""Letters a recogniser ends the schwa with ("clicka", "clickah", "clicke")."""
_VOWELS = re.compile(r"[aeiouy]+")


def _vowels(word: str) -> list[str]:
    """The vowel letters of ``word`` in a row, the last schwa (and an "h" after it) left
    out."""
    return _VOWELS.findall(word.rstrip("h")[:-1])


def said_unrhotic(word: str, taught: str) -> bool:
    """Whether ``word`` is ``taught`` said with its last silent "r" unsounded (see the
    module docstring)."""
    if word == taught or word[:1] != taught[:1] or word[-1:] not in _SCHWA_SPELLED:
        return False
    said = unrhotic_said(taught)
    if said is None or said.endswith("'a"):
        return False  # (no silent "r", or one after a vowel: a syllable of its own)
    return phonetic_key(word) == phonetic_key(said) and _vowels(word) == _vowels(said)
