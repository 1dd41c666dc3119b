"""A word of cancelling said as the noun it also is: "priority to the left, a hydration
stop", "a quick pause", "a short halt".

"stop", "halt", "pause", "end" and "skip" are verbs that cancel a request ("stop movie
night") and nouns that name a thing of their own ("a bus stop"). After the indefinite
article, with at most :data:`BETWEEN` words of its own between, the word heads the noun
phrase the article opens: an article opens a noun phrase and never a verb phrase (Quirk
et al. 1985, "A Comprehensive Grammar of the English Language", 5.11-5.13 on the
determiner and its head), so it is no request to cancel. Not when a preposition binds the
noun to the request, before it ("bring movie night to a halt", "time for a pause") or after
it ("put a stop to movie night", "a pause on the lights": 9.1 on the prepositional
complement), nor after "the": a definite noun may point at the request ("the end").
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["NOUNS_OF_STOPPING", "headed_noun"]

NOUNS_OF_STOPPING = frozenset({"stop", "halt", "pause", "end", "skip"})
"""Cancellation verbs that are nouns too (as said and as stemmed: "stops" -> "stop")."""
INDEFINITE = frozenset({"a", "an"})
BETWEEN = 2
"""Most words between the article and the noun ("a quick hydration stop")."""
BOUND_BEFORE = frozenset({"to", "into", "for", "at"})
"""Prepositions before the article whose object says the request is ended by it."""
BOUND_AFTER = frozenset({"to", "on", "of", "for", "in", "with"})
"""Prepositions after the noun that say what it stops."""
DETERMINERS = frozenset({"the", "a", "an", "my", "our", "your", "his", "her", "their",
                         "some", "this", "that"})


def headed_noun(words: Sequence[str], free: Sequence[bool], at: int) -> bool:
    """Whether ``words[at]``, a word of :data:`NOUNS_OF_STOPPING`, is the head of a noun
    phrase the indefinite article opens (see the module docstring); ``free``: words
    freed as carriers and fillers, which are no modifiers of it."""
    for k in range(at - 1, max(at - 2 - BETWEEN, -1), -1):
        word = words[k]
        if word in INDEFINITE:
            if k and words[k - 1] in BOUND_BEFORE:
                return False
            after = words[at + 1] if at + 1 < len(words) else ""
            return after not in BOUND_AFTER
        if free[k] or not word.isalpha() or word in DETERMINERS:
            return False
    return False
