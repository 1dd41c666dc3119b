"""An -ed word said as an adjective after the words of an exclamative or of degree: "...,
what lacquered wingcases", "..., look how speckled it is", "..., very tired today".

A clause of the speaker's own beside the phrase is freed unless a word in it may be the
past, which could have the phrase for its object ("we watched"). But "what" opening a
noun phrase in an exclamative takes an adjective and a noun after it, and "how" opening an
adjective phrase, like the degree adverbs "very" and "too", takes an adjective (Quirk et
al. 1985, "A Comprehensive Grammar of the English Language", 11.31 on exclamatives with
"what" and "how"; 7.33 and 7.54 on "very" and "too" premodifying adjectives; 7.15 on
participial adjectives): a verb in the past never follows them, so the -ed word there is
no past. "what" counts only with a noun after the -ed word ("what lacquered wingcases",
not "what happened"), and "how" only with the rest of the clause a subject and a form of
"be" or nothing ("how speckled it is", "how speckled", not "how crashed the car").
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding import _word_classes

__all__ = ["DEGREE", "degree_adjective", "how_graded", "noun_after"]

DEGREE = frozenset({"very", "too"})
"""Degree adverbs that premodify an adjective and never a finite verb."""
_BE = frozenset({"is", "was", "are", "were", "be", "been", "s", "'s"})
_SUBJECTS = frozenset({"it", "they", "this", "that", "these", "those", "he", "she", "you",
                       "we", "i", "its", "theyre", "thats", "youre"})


def degree_adjective(words: Sequence[str], free: Sequence[bool], k: int,
                     function: frozenset[str]) -> bool:
    """Whether the -ed word ``words[k]`` is an adjective by the word before it (see the
    module docstring): after "very" or "too"; after "how" with at most a subject and "be"
    after it; after "what" with a noun (a content word not free) after it."""
    if k == 0:
        return False
    before = words[k - 1]
    if before in DEGREE:
        return True
    if before == "how":
        return how_graded(words, free, k)
    if before == "what":
        return (k + 1 < len(words) and not free[k + 1] and words[k + 1] not in function
                and noun_after(words[k + 1]))
    return False


def how_graded(words: Sequence[str], free: Sequence[bool], k: int) -> bool:
    """Whether ``words[k]`` is the adjective "how" grades: "how" before it, and after it
    at most a subject and a form of "be" ("look how speckled it is", "how tiny they
    are", "how speckled"): the one reader of this shape, for an -ed word here (no past)
    and for any adjective of an embedded "how" (no content word of a request, as
    :mod:`_clauses` frees it; "we'll see how it goes" has no adjective, "how crashed the
    car" a verb and its object)."""
    if k == 0 or k >= len(words) or words[k - 1] != "how" or not words[k].isalpha():
        return False
    rest = [w for w, f in zip(words[k + 1:], free[k + 1:], strict=True) if not f]
    return len(rest) <= 2 and all(w in _SUBJECTS or w in _BE for w in rest) and (
        not rest or rest[0] in _SUBJECTS)


_ADVERBS_OF_TIME = frozenset({"next", "then", "now", "here", "there", "again", "today",
                              "tonight", "yesterday", "tomorrow", "last", "first", "later",
                              "earlier", "before", "after", "after all"})


def noun_after(word: str) -> bool:
    """Whether ``word``, said after an -ed word that follows "what", is the noun the -ed
    adjective modifies: a noun the lexicon of word classes lists (and no adverb of time,
    "what happened next"), or a plural it does not list ("wingcases")."""
    if not word.isalpha() or word in _ADVERBS_OF_TIME or word.endswith(("ed", "ing")):
        return False
    if _word_classes.plural_noun(word) or _word_classes.singular_noun(word):
        return True
    return not _word_classes.listed(word) and word.endswith("s")
