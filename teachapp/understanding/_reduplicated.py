"""A reduplicative, a pair of words that rhyme or differ only in their first vowel ("hinty
minty", "oozy woozy", "eena deena", "wibbly wubbly", "tick tock"), said as a side of its
own beside a taught phrase: "oozy woozy open the blinds", "sunset scene ibble obble".

Rhyming and ablaut reduplicatives (Quirk et al. 1985, App. I.76; Thun 1963, "Reduplicative
Words in English") are the stuff of chants, counting-out rhymes, calls to animals and
nursery talk: most are no dictionary word at all ("eena deena"), and the rest are said
for their sound ("oozy woozy"). Said alone beside the phrase, with no other word of the
speaker's, the pair is an utterance of its own, no verb whose object the phrase is nor a
subject it is the verb of, so :mod:`_unlisted_call` reads it as a call.

The shared part must be long enough to be a rhyme and not a chance ending (three letters
for a rhyme, "fat cat" is two; two after the vowel for ablaut, "zig zag" has one), and
neither word is one the resolver reads as saying something (a cue, a request word, a
function word: "no go", "any many") nor a word the home taught.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._held_sound import said_word
from teachapp.understanding.normalize import Lexicon

__all__ = ["reduplicated"]

VOWELS = frozenset("aeiou")
RHYME = 3
"""Fewest letters two words share from their first vowel on to rhyme."""
ABLAUT = 2
"""Fewest letters two words share after their first vowels to be an ablaut pair."""


def _parts(word: str) -> tuple[str, str, str]:
    """(onset, first vowel letters, the rest) of ``word``; "y" after a consonant is a
    vowel ("wy-" of "wyvern" is not read, a pair's words rarely start so)."""
    k = 0
    while k < len(word) and word[k] not in VOWELS and not (k and word[k] == "y"):
        k += 1
    v = k
    while v < len(word) and word[v] in VOWELS:
        v += 1
    return word[:k], word[k:v], word[v:]


def pair(first: str, second: str) -> bool:
    """Whether ``first`` ``second`` are a rhyming or ablaut reduplicative."""
    if first == second or not (first.isalpha() and second.isalpha()):
        return False
    (on1, v1, rest1), (on2, v2, rest2) = _parts(first), _parts(second)
    if not v1 or not v2:
        return False
    rhyme = on1 != on2 and v1 + rest1 == v2 + rest2 and len(v1 + rest1) >= RHYME
    ablaut = on1 == on2 and v1 != v2 and rest1 == rest2 and len(rest1) >= ABLAUT
    return rhyme or ablaut


def reduplicated(words: Sequence[str], lexicon: Lexicon,
                 taught: Callable[[str], bool]) -> set[int]:
    """The places in ``words`` of words in a reduplicative pair (see the module
    docstring)."""
    found: set[int] = set()
    for k in range(len(words) - 1):
        first, second = words[k], words[k + 1]
        if pair(first, second) and not any(
                said_word(w, lexicon) or taught(w) for w in (first, second)):
            found.update((k, k + 1))
    return found
