""""Over" before a noun of its own is a preposition, no routine said to have ended: "acute
left, curry combs, *over crest*", "..., over budget", "..., over easy".

The lexicon reads "over" as the past cue of a routine that has ended ("bath time's over",
"is movie night over"). There it is an adverb, a complement of "be" with nothing after it
(Quirk et al. 1985, 7.46 and 16.2 on adverb particles as predicative complements). Before
a noun it is a preposition with that noun for its complement (9.1-9.7: a preposition takes
a noun phrase after it), and says where or about what, of that noun, not of the request.
Only a word that may be a noun counts as the complement: a content word, no closed-class
adverb of time or degree ("movie night's over *now*", "over *already*", "over *yet*") and
no -ly adverb ("over *finally*"); and, read against a phrase, no word of the phrase ("...
over movie night" may still say the phrase has ended, read either way).
"""

from __future__ import annotations

from collections.abc import Sequence

from teachapp.understanding._over_object import object_or_verb_beside
from teachapp.understanding._over_particle import particle_after_object

__all__ = ["PREPOSITIONAL_CUES", "governs"]

PREPOSITIONAL_CUES = frozenset({"over"})
"""Past cues that are prepositions too (the lexicon's other past cues are not: "done",
"ago", "earlier")."""

ADVERBS_AFTER = frozenset({
    "now", "already", "yet", "then", "again", "today", "tonight", "tomorrow", "yesterday",
    "soon", "anyway", "anyhow", "too", "so", "for", "thank", "thanks", "cheers", "please",
    "and", "but", "or", "is", "was", "are", "were", "it", "that", "this", "ok", "okay",
    "there", "here", "at", "last", "by"})
"""Closed-class words that may follow the adverb "over" in its own clause (adverbs of time,
joiners, a thank-you, a subject of the clause after it): no complement of a preposition."""


def governs(words: Sequence[str], free: Sequence[bool], i: int,
            function: frozenset[str]) -> bool:
    """Whether the cue word ``words[i]`` is a preposition with a noun of its own after it
    ("over crest"), or a verb's particle after its pronoun object ("plop it over":
    :mod:`_over_particle`), a preposition before one or a particle after a verb's -ed
    or -ing form ("over us", "streaked over": :mod:`_over_object`), and so no cue (see the
    module docstring)."""
    if words[i] not in PREPOSITIONAL_CUES:
        return False
    if particle_after_object(words, i, function) or object_or_verb_beside(words, i, function):
        return True  # (and "over us", "streaked over": :mod:`_over_object`)
    if i + 1 >= len(words) or free[i + 1]:
        return False
    after = words[i + 1]
    return (after.isalpha() and len(after) > 2 and after not in function
            and after not in ADVERBS_AFTER and not after.endswith("ly"))
