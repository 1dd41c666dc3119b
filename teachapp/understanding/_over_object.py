""""Over" before a pronoun object, or after a verb's -ed or -ing form, is a preposition or a
particle, no routine said to have ended: "..., the moon's over us", "..., a meteor's
streaked over", "..., the geese are flying over".

The lexicon reads "over" as the past cue of a routine that has ended ("bath time's over",
"is movie night over"): there it is an adverb, the complement of "be" or of the phrase
itself, with nothing after it but an adverb of time ("over now", "over already": Quirk et
al. 1985, "A Comprehensive Grammar of the English Language", 7.46 and 16.2). Two places
leave no room for that adverb:

- before a personal pronoun in the objective case ("me", "us", "him", "them"), "over" is
  a preposition with that pronoun for its complement (9.1-9.7: a preposition takes a
  noun phrase after it); the adverb of an ended routine takes no object ("*it's over
  us"). "it" is left out ("i'm over it": done with a thing), and "her", a determiner too;
- after the -ed or -ing form of a verb, "over" is that verb's particle or a preposition
  of its place (16.2-16.4: "streaked over", "flying over", "hopped over"): an ended
  routine has a form of "be" or nothing before its "over" ("it's over", "bath time over"),
  never a participle.

:mod:`_over_complement` reads "over" with a noun of its own after it, :mod:`_over_particle`
after a verb and its pronoun object.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["OBJECTS", "object_or_verb_beside"]

OBJECTS = frozenset({"me", "us", "him", "them"})
"""Personal pronouns in the objective case only ("it" and "her" left out, see above)."""


def _participle(word: str) -> bool:
    """Whether ``word`` has the -ed or -ing form of a verb, the ending after a stem of three
    letters at least ("streaked", "flying"; not "red", "thing"), as
    :func:`_clause_shape.verb_form` reads it (not imported: that module reads cues)."""
    return any(word.endswith(e) and len(word) - len(e) >= 3 for e in ("ed", "ing"))


def object_or_verb_beside(words: Sequence[str], i: int, function: frozenset[str]) -> bool:
    """Whether ``words[i]`` ("over") has a pronoun object after it, or follows the -ed or
    -ing form of a verb (a content word), and so is no adverb of an ended routine."""
    if i + 1 < len(words) and words[i + 1] in OBJECTS:
        return True
    if i < 1:
        return False
    verb = words[i - 1]
    return verb.isalpha() and verb not in function and _participle(verb)
