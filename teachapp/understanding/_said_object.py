"""A clause that bids someone say words of its own frames those words, not the phrase:
"shower time, say cheesecake" (a photographer's "say cheese"), "to talk to an agent, say
operator after the tone, count the reed bundles" (a phone menu heard beside the request).

"say" is a cue of someone else's words (the lexicon's ``reported``: "movie night, she
said"). As an imperative with a direct object it says which words are to be said (Quirk
et al. 1985, 16.28 on the direct object of "say"; 11.24 on the imperative): those words
are its object, said in its own clause, and a phrase said whole in another clause is none
of them. Such a clause is set off by a pause ("..., say cheesecake, ..."), or closes the
text ("shower time say cheesecake", as a recogniser writes it). Its object must be words
of their own: a pronoun that points back at what was said ("say it again", "say that"),
"so", "when", "please", "what" or "to" after "say" may name the phrase or ask the
listener to speak, and is left as it was. :func:`without_said_object` gives the text
without that clause; the resolver reads it again, and runs the phrase only when it is
said there whole (:meth:`Resolver._read_without_said_object`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

__all__ = ["NOT_OWN", "without_said_object"]

NOT_OWN = frozenset({"it", "that", "this", "so", "them", "those", "these", "when", "please",
                     "what", "to", "again", "sorry", "the", "my", "your", "his", "her",
                     "our", "their", "a", "an"})
"""Words after "say" that make no object of words of their own: a pronoun pointing back
("say it"), "so", "when", "please", "what", "to" (the listener bidden to speak), "again",
"sorry"; and a determiner or a possessive, which opens a noun phrase that may name the
thing a phrase names ("say the lights are off")."""

_CLAUSE = re.compile(r"[^,;:.!?]+[,;:.!?]*")
"""A clause and the marks after it."""
_WORDS = re.compile(r"[\w']+")


def without_said_object(text: str) -> Iterator[str]:
    """``text`` without each clause, set off by pauses or closing the text, that opens with
    "say" and its object of words of their own (see the module docstring): "shower time,
    say cheesecake" -> "shower time"."""
    low = text.lower()
    pieces = [(m.start(), m.end()) for m in _CLAUSE.finditer(low) if _WORDS.search(m.group())]
    if len(pieces) > 1:
        for start, end in pieces:
            if _bids(_WORDS.findall(low[start:end])):
                yield (text[:start] + text[end:]).strip().rstrip(",;:").strip()
        return
    words = [(m.start(), m.group()) for m in _WORDS.finditer(low)]
    for k in range(1, len(words) - 1):
        if _bids([w for _, w in words[k:]]):
            yield text[:words[k][0]].strip()
            return


def _bids(words: list[str]) -> bool:
    """Whether ``words`` are an imperative "say" and an object of words of their own."""
    return len(words) >= 2 and words[0] == "say" and words[1] not in NOT_OWN
