"""Whether a heard compound and a taught one are two things that share a part: "bowlturning"
for "woodturning", "order more hairnets" for "... hairpins", "bunkroom" for "bedroom".

A compound's parts are morphemes a speaker picks; the part that differs picks another kind
(Quirk et al. 1985, "A Comprehensive Grammar of the English Language", I.57). A recogniser
that mishears changes sounds, not whole words: when the part that differs is a whole word
of its own, spelled and said unlike the taught part (:data:`PARTS_APART` contrasts or more:
:mod:`_sounds_apart`), it was said, not misheard. The long part the two share lifts how
alike they are written as a whole ("bowlturning" / "woodturning" share "turning"), so the
likeness of the whole tells nothing here: the parts are read, at any likeness. A shared part
has :data:`SHARED` letters or more ("hair", "room"; one of three, "car" of "caring" and
"karen", is as often no part at all). The taught word comes stemmed, as the phrase index
keeps it, and is read with the ending the heard word has ("woodturn" heard as "bowlturning"
is "wood|turning").
"""

from __future__ import annotations

from rapidfuzz.distance import Levenshtein

from teachapp.understanding._other_word import ENDINGS, pronunciation, two_words
from teachapp.understanding._sounds_apart import contrasts

__all__ = ["PARTS_APART", "SHARED", "SPELLED_ALIKE", "other_part"]

PARTS_APART = 2.0
"""Contrasts at and past which the parts that differ are said apart ("bowl" / "wood" 2.5;
"good" / "wood", one, is kept a mishearing)."""
SHARED = 4
"""Fewest letters of the part two compounds share."""
SPELLED_ALIKE = 0.5
"""Spelling likeness at which the parts that differ are one part misspelled, not another
morpheme ("ater" / "ator" 0.75; "bowl" / "wood" 0.25, "nets" / "pins" 0.25)."""


def _parts(word: str) -> list[tuple[str, str]]:
    """Every way ``word`` (or it without a plural's "s") is two dictionary words."""
    found = two_words(word)
    return found or (two_words(word[:-1]) if word.endswith("s") else [])


def other_part(heard: str, taught: str, whole: bool = False) -> bool:
    """Whether ``heard`` and the taught word ``taught`` (stemmed) are compounds that share a
    part of :data:`SHARED` letters or more and whose other parts are dictionary words said
    :data:`PARTS_APART` contrasts apart or more (see the module docstring); ``whole``: and
    of :data:`SHARED` letters or more each, words of their own and not a syllable a split
    happens to make one, as asked of two words written alike ("bund|els" / "bund|les" is
    "bundles" misheard)."""
    if any(heard == taught + ending for ending in ENDINGS):
        return False  # (the taught word itself, inflected: "woodturning" of "woodturn")
    for ending in sorted(ENDINGS, key=len, reverse=True):
        # (the taught word given the heard word's own ending: "tuning" is compared with
        # "turning", not with "turn")
        if heard.endswith(ending) and (taught_parts := _parts(taught + ending)):
            break
    else:
        return False
    for head, tail in _parts(heard):
        for taught_head, taught_tail in taught_parts:
            if head == taught_head and tail != taught_tail and len(head) >= SHARED:
                a, b = tail, taught_tail
            elif tail == taught_tail and head != taught_head and len(tail) >= SHARED:
                a, b = head, taught_head
            else:
                continue
            if ((whole and min(len(a), len(b)) < SHARED) or a.startswith(b) or b.startswith(a)
                    or Levenshtein.normalized_similarity(a, b) >= SPELLED_ALIKE):
                continue  # (a scrap, the same part inflected, "turn" / "turning", or the
                # part misspelled, "merc|ater" of "merc|ator")
            said, meant = pronunciation(a), pronunciation(b)
            if said and meant and contrasts(said, meant) >= PARTS_APART:
                return True
    return False
