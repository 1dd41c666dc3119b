"""A verb of putting an end to a plan said first, with the taught phrase for its object.

"kill movie night", "drop um tv time", "terminate shower time" cancel the routine, as
"cancel movie night" does: the lexicon's ``ending_verbs`` are transitive verbs, whose
object follows them (Quirk et al. 1985, "A Comprehensive Grammar of the English
Language", 2.16 and 16.19 on the direct object after the verb). They count only as the
first word said (after wake words and fillers), for said later they are a clause's own
("my feet are killing me", "rolo, drop that", "we terminate at euston"), and only when
no pronoun or pro-form stands right after them, which would be the object they end ("kill
it, movie night", "drop everything, it's movie night"; 6.10 on the personal pronouns,
6.45 on "everything"). The cues said anywhere ("cancel", "abort", "scrap", "call off",
"stop") keep their own reading; a device command ("kill the lights") is read by the
conversation before any cue.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from teachapp.understanding._words import stem
from teachapp.understanding.ending_words import ending_verbs_said

__all__ = ["OWN_OBJECTS", "ending_span", "ending_verbs", "object_of_its_own"]

OWN_OBJECTS = frozenset({
    "it", "that", "this", "these", "those", "them", "him", "her", "me", "us", "you",
    "everything", "anything", "something", "nothing", "all", "everyone", "everybody",
    "yourself", "myself", "ourselves", "itself"})
"""Pronouns and pro-forms that, right after the verb, are its object (Quirk et al. 1985,
6.10 and 6.45)."""
_OBJECT_STEMS = frozenset(map(stem, OWN_OBJECTS)) | OWN_OBJECTS
"""The same as the scorer hears them ("everything" -> "everyth")."""
PARTICLES = frozenset({"out", "off", "up", "down", "in", "away", "back", "over", "on", "about",
                       "around", "round"})
"""Adverb particles: right after the verb they make a phrasal verb or are a word of the
phrase itself, the verb then a word misheard ("kill out" of "chill out"; Quirk et al. 1985,
16.2-16.4 on phrasal verbs), so the phrase is no object of the verb alone."""


@lru_cache(maxsize=1)
def ending_verbs() -> frozenset[str]:
    """The lexicon's ``ending_verbs``, as said and as the scorer hears them."""
    said = frozenset(ending_verbs_said())  # (the one list: the conversation's too)
    return said | frozenset(map(stem, said))


def object_of_its_own(words: Sequence[str], free: Sequence[bool], i: int) -> bool:
    """Whether the verb at ``i`` has a pronoun or pro-form object of its own, or a particle
    after it: one of :data:`OWN_OBJECTS` or :data:`PARTICLES` comes after it before any
    word that is not free (a filler, a wake word: "kill um it")."""
    for j in range(i + 1, len(words)):
        if words[j] in _OBJECT_STEMS or words[j] in PARTICLES:
            return True
        if not free[j]:
            return False
    return False


def ending_span(words: Sequence[str], free: Sequence[bool],
                lead: int | None) -> tuple[int, int, str] | None:
    """The cancellation cue (start, end, "cancellation") of an ending verb said first
    (at ``lead``, the first word not free) with something after it that is no object of
    its own; None when there is none."""
    if (lead is None or lead + 1 >= len(words) or words[lead] not in ending_verbs()
            or object_of_its_own(words, free, lead)):
        return None
    return (lead, lead + 1, "cancellation")
