"""Whether a word a recogniser wrote with an "r" says a taught name spelled with none, as a
speaker who sounds no "r" before a consonant or at a word's end says it: "layer" of
"leia", "cooler" of "koula", "litre" of "lita", "hardy" of "hadi", "tier" of "tia".

In the non-rhotic accents (England and Wales but for the south-west and some of the
north, Australia, New Zealand, South Africa) an "r" is sounded only before a vowel (Wells
1982, "Accents of English", 1.3.1 on R-dropping; 3.2.2 and 4.1.4): an "r" at a word's end
or before a consonant is silent. Its vowel is what is left: a last unstressed "-er",
"-re", "-ar", "-or", "-our" or "-ur" is the schwa, the vowel a name's last "-a" spells
(Wells 1982, 2.2.23 on the commA and lettER vowels, one in these accents: "cooler" rhymes
with "koula"); after a vowel it is a syllable of its own ("layer" /ˈleɪə/, "flyer"), and the
centring diphthong of "-ear", "-eer", "-ier" (the NEAR vowel /ɪə/, 2.2.25) opens as the
vowel of "ria" does; an "r" before a consonant lengthens the vowel before it ("hardy"
/ˈhɑːdi/, the START vowel, as "hadi" is said). A recogniser that does not know the name
writes the word it does know. So such a word is read again without its silent "r"s, and
compared with the taught name as :mod:`_name_sounds` compares two spellings of one name.

A given name borrowed from another language keeps that language's vowel letters (Carney
1994, "A Survey of English Spelling", 3.3 on the "continental" values of vowel letters in
recent loans and names: "i" as /iː/ in "rita", "gina"; "e" as /eɪ/ in "greta", "renata"),
so the taught name is read with those values too ("fida" as "feeda" against "feeder").

Only a heard word with a silent "r" is read so, only against a taught name with no silent "r"
of its own (a name of its own, "kirsty", is compared as it is spelled), and the rest of
the comparison is :func:`_name_sounds.sounds_alike`'s: the same consonants, as many
syllables, a first and a last vowel in common. "corner" is not "koula", "layers" is not
"leia" (a plural: another word's ending), "rear" is not "rita".
"""

from __future__ import annotations

import re
from functools import lru_cache

from teachapp.understanding._name_sounds import consonant_frames, sounds_alike

__all__ = ["unrhotic_alike", "unrhotic_frames", "unrhotic_said"]

_NEAR = re.compile(r"(?:ea|ee|ie)r$")
"""The NEAR vowel spelled before a last "r" ("rear", "peer", "tier", "pier" as "-ier")."""
_AFTER_VOWEL = re.compile(r"(?<=[aeiouy])(?:er|re|ar|or|our|(?<!o)ur)$")
"""A last unstressed "-er" and its like after a vowel letter: a syllable of its own. (The
"o" of a last "-our" is no vowel before its "ur": "odour" is "-our" after a consonant,
the "oda" of :data:`_LAST`, not "odo'a".)"""
_LAST = re.compile(r"(?<=[^aeiouy])(?:er|re|ar|or|our|ur|yr)$")
"""A last unstressed "-er", "-re" ("litre"), "-ar", "-or", "-our", "-ur" after a consonant."""
_BEFORE_CONSONANT = re.compile(r"(?<=[aeiou])r(?=[^aeiouyr])")
"""An "r" after a vowel and before a consonant ("hardy", "burton")."""
_CONTINENTAL = (("i", "ee"), ("e", "ay"), ("ai", "i"))
"""Vowel letters of a borrowed name and the sound they keep (Carney 1994, 3.3): "ai" as
the /aɪ/ of "aisha", "kai", "saida", written "i" as in "cider" ("saida" as "cider" says it)."""
_OPEN = r"(?=[^aeiouy][aeiouy]|$)"
"""Where a vowel letter ends an open syllable: before one consonant and a vowel, or at the
word's end."""


@lru_cache(maxsize=4096)
def _unrhotic(word: str) -> str | None:
    """``word`` respelled as a non-rhotic speaker says it (see the module docstring), or
    None when it has no silent "r"."""
    if "r" not in word or len(word) < 4:
        return None
    said = word
    if _NEAR.search(said):
        said = _NEAR.sub("i'a", said)  # (the NEAR vowel: "rear" as "ri'a")
    elif _AFTER_VOWEL.search(said):
        said = _AFTER_VOWEL.sub("'a", said)  # ("layer" as "lay'a")
    else:
        said = _LAST.sub("a", said)  # ("cooler" as "coola", "litre" as "lita")
    said = _BEFORE_CONSONANT.sub("", said)  # ("hardy" as "hady")
    return said if said != word else None


def unrhotic_said(word: str) -> str | None:
    """``word`` spelled as a non-rhotic speaker says it ("clicker" as "clicka"), or None
    when it has no silent "r"."""
    return _unrhotic(word)


def _continental(name: str) -> tuple[str, ...]:
    """``name`` and its readings with the first vowel letter of an open syllable given its
    continental value ("fida" as "feeda", "greta" as "grayta")."""
    out = [name]
    for letter, sound in _CONTINENTAL:
        m = re.search(f"(?<![aeiouy]){letter}{_OPEN}", name)
        if m:
            out.append(name[:m.start()] + sound + name[m.end():])
    return tuple(out)


def unrhotic_alike(heard: str, taught: str) -> bool:
    """Whether ``heard``, a word with an "r" a non-rhotic speaker does not sound, says the
    sounds of the taught name ``taught`` (see the module docstring)."""
    said = _unrhotic(heard)
    if said is None or heard.endswith("s") or taught.endswith("r") or _BEFORE_CONSONANT.search(
            taught):
        return False  # (a name with an "r" of its own there is compared as spelled)
    return any(sounds_alike(said, name) for name in _continental(taught))


def unrhotic_frames(heard: str) -> frozenset[str]:
    """The consonant frames (:func:`_name_sounds.consonant_frames`) ``heard`` has as a
    non-rhotic speaker says it: where a taught name that :func:`unrhotic_alike` finds is
    looked for (none when ``heard`` has no silent "r")."""
    said = _unrhotic(heard)
    return consonant_frames(said) if said is not None else frozenset()
