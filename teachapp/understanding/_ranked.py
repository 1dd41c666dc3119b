"""A superlative said of a wh-word subject, "which is closest", "who's fastest": a
question that ranks things or people of its clause's own, no state asked of a device.

A superlative adjective compares a thing with the rest of a set (Quirk et al. 1985, "A
Comprehensive Grammar of the English Language", 7.74-7.83 on comparison): the question
asks which member of a set ranks first ("which is closest", said at a game of boules),
and the set is the clause's own, for the request beside it is no set. A state question
asks of a device in a state ("is the porch light on", "which lights are on"), in a word
of state that has no superlative ("on", "off", "open", "locked"), so the two are told
apart by the adjective's inflection. Only the regular "-est" of an adjective of one or
two syllables is read (7.75), its stem three letters at least ("closest", "nearest",
"fastest"), and the irregular "best" and "worst"; a word that merely ends in "-est" and is
no adjective ("request", "interest", "forest", "harvest") is not one.
"""

from __future__ import annotations

__all__ = ["superlative"]

IRREGULAR = frozenset({"best", "worst", "most", "least"})
"""Superlatives that are no "-est" of their adjective (7.82)."""
NOT_SUPERLATIVES = frozenset({
    "request", "interest", "forest", "harvest", "honest", "modest", "protest", "contest",
    "suggest", "invest", "digest", "arrest", "manifest", "conquest", "quest", "guest",
    "chest", "test", "rest", "nest", "west", "vest", "pest", "attest", "detest", "infest",
    "molest", "earnest", "tempest", "inquest", "bequest", "behest", "unrest", "priest",
    "midwest", "northwest", "southwest"})
"""Words that end in "-est" and are no superlative: nouns and verbs with "-est" in their
stem."""


def superlative(word: str) -> bool:
    """Whether ``word`` has the form of a superlative adjective (see the module
    docstring)."""
    if word in IRREGULAR:
        return True
    return (word.endswith("est") and len(word) - 3 >= 3 and word not in NOT_SUPERLATIVES
            and word.isalpha())
