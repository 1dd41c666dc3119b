""""Over" after a verb and its pronoun object is that verb's particle, no routine said to
have ended: "..., plop it over the footbridge", "..., flip it over", "..., toss them over".

The lexicon reads "over" as the past cue of a routine that has ended ("bath time's over",
"is it over yet"): there it is an adverb, the complement of "be" (Quirk et al. 1985,
"A Comprehensive Grammar of the English Language", 7.46 and 16.2). After a personal pronoun
in the objective case that follows a word of the clause's own, "over" is the adverb
particle of a phrasal verb or a preposition of place, and the pronoun is the verb's
object, which an unstressed pronoun is said before the particle (16.2-16.4: "turn it over",
never "*turn over it"): "plop it over", "hand it over". A routine said to have ended has a
form of "be" or nothing before its "over", and the pronoun then is the subject ("is it
over", "it's over"), so a closed-class word before the pronoun (a form of "be", "and")
leaves the cue as it is. :mod:`_over_complement` reads "over" with a noun after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding.copula import FINITE

__all__ = ["OBJECT_PRONOUNS", "particle_after_object"]

OBJECT_PRONOUNS = frozenset({"it", "them", "him", "me", "us"})
"""Personal pronouns said as an object before a particle ("her", also a determiner, left
out: "her over" may open a noun phrase)."""


def particle_after_object(words: Sequence[str], i: int, function: frozenset[str]) -> bool:
    """Whether ``words[i]`` ("over") follows an object pronoun that follows a content word
    of the clause, the verb whose particle it is (see the module docstring)."""
    if i < 2 or words[i - 1] not in OBJECT_PRONOUNS:
        return False
    verb = words[i - 2]
    return verb.isalpha() and verb not in function and verb not in FINITE
