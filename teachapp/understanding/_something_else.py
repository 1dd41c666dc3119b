"""A request taken back for another thing left unnamed: "cool breeze, er, something else",
"movie night or something different".

A phrase followed, after a hesitation, a self-repair or an "or", by an indefinite pronoun
with "else" or "different" (Quirk et al. 1985, 6.45-6.46: "something else", "anything
different") asks for what the phrase is not: the speaker replaces it, as in a self-repair
("lights on, no, hold off"), or offers it as one choice among others not named. Either way
the phrase alone is not the request, and running it would be a guess.
"""

from __future__ import annotations

from teachapp.understanding._run_read import RunRead
from teachapp.understanding._words import stem

__all__ = ["heard_else", "something_else"]

_INDEFINITE = frozenset(("something", "anything", "somewhere", "anywhere", "someone",
                         "anyone", "somebody", "anybody"))
"""The compound indefinite pronouns and adverbs (Quirk et al. 1985, 6.45)."""
_OTHER = frozenset(("else", "different"))
"""What marks an indefinite as other than what was named."""
_BETWEEN = frozenset(("or", "no", "er", "erm", "um", "uh", "uhm", "hmm", "ah", "actually",
                      "rather", "wait", "mean", "i", "sorry", "maybe", "perhaps"))
"""Words that may stand between the phrase and the indefinite: the coordinator "or",
hesitations and the words of a self-repair ("no", "i mean", "actually", "rather")."""
_AFTER = frozenset(("please", "instead", "then", "thanks"))
"""Words that may close the request after it."""


def heard_else(low: str) -> bool:
    """Whether the lower-cased text may hold an indefinite marked as other."""
    return "else" in low or "different" in low


def something_else(read: RunRead) -> bool:
    """Whether the phrase is followed by nothing but a hesitation, a repair or "or" and then
    "something else" (see the module docstring)."""
    words = read.words
    own = {s for t, s in zip(read.phrase_words, read.phrase_stems, strict=True)
           if t not in read.lexicon.function_words}
    last = max((k for k, t in enumerate(words) if stem(t) in own), default=None)
    if last is None:
        return False
    tail = [t for t in words[last + 1:] if t not in _BETWEEN]
    while tail and tail[-1] in _AFTER:
        tail.pop()
    return len(tail) == 2 and tail[0] in _INDEFINITE and tail[1] in _OTHER
