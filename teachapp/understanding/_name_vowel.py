"""Whether two given names are told apart by the vowel of their first syllable: "ring jess"
asks for another person than "ring jaz", "message maya" than "message mia".

The sound keys drop vowels, and :func:`_names.same_name` lets a given name heard for a
taught one pass when only its first vowel differs and both are front (or both back)
vowels: a recogniser does blur a vowel ("elsa" for "ailsa", "carrie" for "kerry"). But a
name the name list knows is a word of its own, and the first syllable carries the stress of
most English given names (Cruttenden 2014, "Gimson's Pronunciation of English", 11.3.2):
a stressed vowel of another height or another side is a contrast a recogniser keeps
(Ladefoged & Johnson 2015, "A Course in Phonetics", 4: vowels by height and by front and
back). Two vowels are one here when they share a height and a side ("elsa"/"ailsa": both
mid and front; "haley"/"hayley"), and another when they do not ("jess"/"jaz": mid and low;
"gwyn"/"gwen": high and mid; "maya"/"mia": a diphthong and a high vowel; "rafi"/"ravi":
front and back; "robert"/"rupert": low and high).

A name's first vowel is read from the CMU Pronouncing Dictionary when it holds both names,
else from their spellings (:mod:`_name_sounds`: the sounds a vowel spelling can have, any of
which may be meant). A first vowel the dictionary writes as a schwa is unstressed
("alexis", "mckenzie": the stress is later) and tells nothing; nor does a vowel before "r"
and a vowel, where the front vowels merge in most accents ("carrie", "kerry", "cary":
Wells 1982, "Accents of English", 6.1).
"""

from __future__ import annotations

from functools import lru_cache

from teachapp.understanding._name_sounds import first_vowels
from teachapp.understanding._other_word import pronunciation

__all__ = ["first_vowel_apart", "word_vowel_apart"]

_PLACE = {
    # the dictionary's vowels (ARPAbet)
    "IY": "high front", "IH": "high front", "EY": "mid front", "EH": "mid front",
    "AE": "low front", "AA": "low back", "AO": "low back", "OW": "mid back",
    "UH": "high back", "UW": "high back", "AY": "ai", "AW": "au", "OY": "oi",
    # the sounds :mod:`_name_sounds` reads a vowel spelling as
    "ee": "high front", "i": "high front", "ay": "mid front", "e": "mid front",
    "a": "low front", "o": "low back", "aw": "low back", "oh": "mid back",
    "oo": "high back", "eye": "ai", "ow": "au", "oy": "oi",
}
"""Each vowel by its height and side (a diphthong by its own glide); the central vowels
("AH", "ER", and "u", which spells them or /ʊ/) are left out: they tell nothing."""
_VOWELS = frozenset(("IY", "IH", "EY", "EH", "AE", "AA", "AO", "OW", "UH", "UW", "AY",
                     "AW", "OY", "AH", "ER"))
_MERGED_BEFORE_R = frozenset(("low front", "mid front"))
"""Places of the vowels that merge before "r" and a vowel ("marry", "merry", "mary")."""


def _dictionary_vowel(word: str) -> tuple[str, bool] | None:
    """The first vowel of ``word`` in the dictionary, and whether "r" and a vowel follow it;
    None when the dictionary does not hold it."""
    said = pronunciation(word)
    if not said:
        return None
    for k, p in enumerate(said):
        if p in _VOWELS:
            before_r = said[k + 1:k + 2] == ("R",) and said[k + 2:k + 3] != ()
            return p, before_r
    return None


def _places(sounds: frozenset[str], before_r: bool) -> frozenset[str] | None:
    """The places of ``sounds``; None when one is central (it tells nothing)."""
    places = set()
    for sound in sounds:
        place = _PLACE.get(sound)
        if place is None:
            return None
        places.add(place)
        if before_r and place in _MERGED_BEFORE_R:
            places |= _MERGED_BEFORE_R
    return frozenset(places)


@lru_cache(maxsize=4096)
def first_vowel_apart(heard: str, taught: str) -> bool:
    """Whether the first vowels of the names ``heard`` and ``taught`` differ in height or
    side, as the dictionary says them when it holds both, else as their spellings can
    (see the module docstring): "jess"/"jaz", "maya"/"mia"; not "elsa"/"ailsa"."""
    said, meant = _dictionary_vowel(heard), _dictionary_vowel(taught)
    if said is not None and meant is not None:
        a = _places(frozenset((said[0],)), said[1])
        b = _places(frozenset((meant[0],)), meant[1])
    else:
        (a_sounds, a_r), (b_sounds, b_r) = first_vowels(heard), first_vowels(taught)
        a, b = _places(a_sounds, a_r), _places(b_sounds, b_r)
    return bool(a and b and not a & b)



_GLIDES = frozenset(("EY", "AY", "OW", "AW", "OY"))
"""The dictionary's diphthongs: a vowel that glides ("daisy", "clive")."""
_HEIGHTS = {"high": 0, "mid": 1, "low": 2}


def word_vowel_apart(heard: str, taught: str) -> bool:
    """Whether ``heard``, a word the dictionary holds though no name list does ("daisy",
    "samba", "cliff's"), says another name than ``taught`` by its first vowel as the
    dictionary says both: a recogniser writes a word whose sounds it heard, so a vowel
    that glides from another place for one that does not ("daisy" /eɪ/ for "dizzy" /ɪ/,
    "cliff" /ɪ/ for "clive" /aɪ/; not "elsa" /ɛ/ for "ailsa" /eɪ/), one of the other
    side ("samba" /ɑ/ for "simba" /ɪ/), or two heights away, is a contrast it kept. One
    height apart on one side, both steady, is a vowel it blurs ("bren" for "bryn"; the
    pin/pen merger, Wells 1982, "Accents of English", 6.5), as before "r" and a vowel,
    and a central vowel tells nothing
    (:func:`first_vowel_apart`)."""
    if heard.endswith("s") and taught.endswith("s"):
        heard, taught = heard[:-1], taught[:-1]  # (both possessive: "cliffs", "clives")
    said, meant = _dictionary_vowel(heard), _dictionary_vowel(taught)
    if said is None or meant is None or said[1] or meant[1] or said[0] == meant[0]:
        return False
    a, b = _PLACE.get(said[0]), _PLACE.get(meant[0])
    if a is None or b is None:
        return False  # (a central vowel)
    if (said[0] in _GLIDES) != (meant[0] in _GLIDES):
        return a != b  # (but a glide from the steady vowel's place: "ailsa", "elsa")
    if said[0] in _GLIDES:
        return False  # (two glides: left to the sounds)
    (a_height, a_side), (b_height, b_side) = a.split(), b.split()
    return a_side != b_side or abs(_HEIGHTS[a_height] - _HEIGHTS[b_height]) > 1
