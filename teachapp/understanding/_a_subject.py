"""A remark of the speaker's own said after a taught phrase with no pause written, whose
subject opens with "a" and is run into its contracted "is" or "has": "movie night a
snail's glued on", "tea time a flipper's adrift", "bath time a cat's asleep on the mat".

:mod:`_wrapped_bare` runs a phrase said exactly inside unpunctuated speech when the words
after it open a noun phrase of their own, a determiner and a content word ("... the
snail's glued on"); "a" before a word ending in "s" was left out, since "a" takes no
plural ("a lights" is no noun phrase), so such words may still be the phrase's. Yet a
singular noun with its "'s" (written with the apostrophe, or without it as a recogniser
may: "a snails glued on") is a subject and its verb, not a plural (Quirk et al. 1985,
2.44 on the contracted "'s"; 5.7 on "a" with singular count nouns). Followed by a
predicative (an adjective, a participle, maybe after a degree word: "a snail's glued
on", "an owl's dead asleep"; not a noun, which "a kids party" may end in), it is a
copular or passive clause of the speaker's own
(10.8 on the SVC clause), which the phrase can be neither the subject nor a part of.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _word_classes as classes
from teachapp.understanding._not_addressed import INTENSIFIERS, subject_is
from teachapp.understanding.normalize import Lexicon

__all__ = ["a_subject_clause"]

Taught = Callable[[str], bool]

INDEFINITE = frozenset({"a", "an"})


def a_subject_clause(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words``, said after the phrase, open with "a" or "an", a singular noun run
    into its contracted "is" ("snails" for "snail's") and a predicative, maybe after
    degree words (see the module docstring); ``taught`` says whether a home taught a word."""
    if len(words) < 3 or words[0] not in INDEFINITE:
        return False
    if not subject_is(words[1], lexicon, taught):
        return False
    k = 2
    while k < len(words) - 1 and words[k] in INTENSIFIERS:
        k += 1
    return _predicative(words[k], lexicon, taught)


def _predicative(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` may only be the complement of the "'s": a participle in -ed or
    -ing, or an adjective the lexicon lists as no singular noun ("asleep", "adrift"; not
    "party", which may be the head of "a kids party")."""
    if word in lexicon.function_words or taught(word) or len(word) < 3:
        return False
    if word.endswith(("ed", "ing")) and classes.verb(word):
        return True
    return classes.adjective(word) and not classes.singular_noun(word)
