"""A carrier said straight after a name's possessive is the noun it owns, a word said:
"truffle's run heater on" asks for the heater of Truffle's run, not for "truffle's hutch
heater on" with "run" said as a carrier in its middle.

The lexicon frees a verb a speaker wraps a request in ("run", "start", "play", "set")
wherever it is said, so that "run movie night" runs "movie night". An imperative opens
its clause; a genitive is a determiner of the noun phrase it opens (Quirk et al. 1985,
5.115-5.123: "the rabbit's hutch", "mum's car"), and what follows it is that phrase's head
or its premodifier, never the clause's verb. Said after one and before another word, the
carrier is a noun ("truffle's run", "nan's set", "the dog's play mat") and is read as a
word of the request. The possessive is only seen in the text (the tokens write
"truffle's" as "truffles", as they do a plural, where "truffles run ..." may be a clause
of its own); a pronoun or a wh-word with "'s" is a verb's contraction ("it's", "what's",
"let's"), no possessive.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["NOT_OWNERS", "possessed_nouns"]

NOT_OWNERS = frozenset({
    "it", "he", "she", "that", "this", "there", "here", "what", "who", "where", "when",
    "why", "how", "which", "let", "one", "everyone", "everybody", "someone", "somebody",
    "anyone", "anybody", "nobody", "nothing", "something", "everything", "today",
    "tonight", "tomorrow", "now", "name", "time"})
"""Words whose "'s" is "is", "has" or "us" ("it's", "let's", "time's up"), not a
possessive."""

_OWNED = re.compile(r"\b([a-z]+)['\u2019]s\s+([a-z]+)\b")
"""A word with "'s" (or a typographic apostrophe) and the word after it."""


def possessed_nouns(text: str, toks: Sequence[str], free: Sequence[bool],
                    carriers: frozenset[str]) -> list[bool]:
    """``free`` with each carrier (``carriers``, one word each) said after a possessive
    in ``text`` and before a word that is not free bound again, as a word said (see the
    module docstring)."""
    out = list(free)
    n = len(toks)
    for match in _OWNED.finditer(text.lower()):
        owner, word = match.groups()
        if word not in carriers or owner in NOT_OWNERS:
            continue
        said = owner + "s"
        for i in range(n - 2):
            if (toks[i] == said and toks[i + 1] == word and out[i + 1] and not out[i]
                    and not out[i + 2] and toks[i + 2].isalpha()):
                out[i + 1] = False
    return out
