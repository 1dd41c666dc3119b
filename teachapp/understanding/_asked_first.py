"""A question said before a taught phrase that asks about the request itself: "is that
right? movie night", "can you? movie night", "is that safe? sauna time".

A yes/no question (an auxiliary or modal verb first: Quirk et al. 1985, 11.5) whose
subject is a personal or demonstrative pronoun and which names nothing of its own (no
determiner or possessive opens a noun phrase in it) can only be about what it points to:
with "that" or "it" the request said with it, with "you" or "we" and no object ("can
you?", "shall we?") an act left unsaid, the one that follows (ellipsis of the predicate,
Quirk et al. 1985, 12.62). It doubts the request or asks whether it can be done: the
assistant asks back rather than runs. A question that names something else ("is the oven
off? lights on", "have you seen my phone? focus mode") leaves the phrase after it a
request of its own; so does one that offers its listener a thing of its own, someone
else's line with the speaker for its listener ("would you like fries with that?", "do you
want a bag?": :mod:`_choice_asked`), and one that asks only what the listener is doing ("are
you listening?"). An offer of the request itself ("would you like
that?") names nothing and still asks back.

Only a question ended by a question mark, as a recogniser that punctuates writes one: a
question run into the phrase without one is read by the clause readers.
"""

from __future__ import annotations

import re

from teachapp.understanding._choice_asked import attending, offered_thing
from teachapp.understanding.normalize import Lexicon, tokens

__all__ = ["asked_about_first"]

_LEAD = re.compile(r"\s*([^?.!,;:]+)\?\s*(\S.*)?$", re.S)
"""A first sentence ended by a question mark, and what follows it."""
_AUXILIARIES = frozenset((
    "can", "could", "may", "might", "will", "would", "shall", "should", "must",
    "is", "are", "am", "do", "does", "have", "has",
))
"""The modal and present primary auxiliary verbs that open a yes/no question (Quirk et al.
1985, 3.21). A question in the past asks what happened ("did you hear that?"), not about a
request being made."""
_POINTING = frozenset(("that", "it", "this", "you", "i", "we"))
"""Subjects that name nothing of their own: the demonstratives and "it", which point at
what is said beside them, and the speaker and hearer."""
_NAMING = frozenset((
    "the", "a", "an", "my", "your", "our", "his", "her", "their", "its", "some", "any",
    "every", "no", "these", "those", "anyone", "anybody", "someone", "somebody",
    "everyone", "everybody", "nobody", "anything", "something", "everything",
))
"""Determiners and possessives that open a noun phrase of the question's own, and the
indefinite pronouns, which name someone or something apart from the request."""


def asked_about_first(text: str, lexicon: Lexicon) -> bool:
    """Whether ``text`` opens with a question about the request said after it (see the
    module docstring): "can you? movie night", "is that okay? lights off"; not "is the
    car locked? focus mode"."""
    if "?" not in text:
        return False  # (no question mark: no question, and no regex search)
    found = _LEAD.match(text)
    if found is None or not found.group(2):
        return False
    words = tokens(found.group(1), lexicon)
    if len(words) < 2 or words[0] not in _AUXILIARIES or words[1] not in _POINTING:
        return False
    rest = tokens(found.group(2), lexicon)
    return bool(rest) and _NAMING.isdisjoint(words) and not offered_thing(words, lexicon) and (
        not attending(words))
