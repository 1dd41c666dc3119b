"""A determiner is never a phrase's verb misheard: "start the tumbler" is no "hide tumbler
on", though "the" sounds a little like "hide".

The alignment may hear any heard word as a taught word it sounds like. A determiner
("the", "a", "my", "this" ...) said right before a word the phrase explains opens the
noun phrase of that word (Quirk et al. 1985, 5.13): it is the object's own, and the
phrase's first word, when that word may be a verb taking the object ("hide", "boil",
"ring"), was not said at all. Read so, the phrase is heard in part (a fragment, asked
about), and a phrase that says the object without the verb ("tumbler on") is no worse
a reading than one whose verb was never heard. :func:`reading.own_words` already takes
an article out when the word after it is none of the phrase's ("the last time" is not
"tea time"); this is the case where the word after it is the phrase's own.

Only a word that may be a verb (:mod:`_word_classes`) at the phrase's start: a noun
before its head may still be heard in an article's place ("the time" may be "tea time",
"tea" being no verb), and the determiner must be heard as something else than itself.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from teachapp.understanding import _word_classes

__all__ = ["DETERMINERS", "TRIGGER_WORDS", "not_for_verbs"]

DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their",
                         "this", "that", "these", "those"})
"""Determiners that open a noun phrase (:data:`_clause_shape.NP_DETERMINERS` less "no",
"some", "any" and "whose", which say more than which thing)."""
TRIGGER_WORDS = DETERMINERS
"""The rule is read only when one of these was heard."""


def not_for_verbs(aligned: dict[int, tuple[int, float]], words: Sequence[str],
                  free: Sequence[bool], taught: Sequence[str] | Mapping[int, str],
                  first: int) -> None:
    """Take out of ``aligned`` (heard word -> (taught place, similarity), in place) a
    determiner heard as the phrase's first meaningful word ``first`` (``taught``: the
    phrase's words, or anything indexed by its places) when that word may be a verb and
    the heard word after the determiner is a later word of the phrase."""
    for i, (j, v) in list(aligned.items()):
        if j != first or v >= 1.0 or words[i] not in DETERMINERS or i + 1 >= len(words):
            continue
        after = aligned.get(i + 1)
        if after is None or after[0] <= j or free[i + 1]:
            continue
        word = taught[j]
        if word in DETERMINERS or not _word_classes.verb(word):
            continue
        del aligned[i]
