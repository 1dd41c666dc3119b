"""A phrase's word in the place of a person spoken to or given to: "hedda" of "give hedda a
ring", "drop hedda a line", "send hedda a text", "tell mira her tea is ready", "ask mira
for a lift", and a word joined by "and" to a name ("anka" of "message meeta and anka").

A home's word said as a name in one phrase ("phone hedda back") is respelled from a word a
recogniser writes for it ("header"); one said as a word in another phrase is not, for there
the heard word may be that phrase's own ("focus mowed" of "focus mode"). But the first of
two objects of a verb of giving or telling is its indirect object, the recipient, and that
is a person (Quirk et al. 1985, "A Comprehensive Grammar of the English Language",
10.6-10.7 and 16.55-16.57 on ditransitive complementation: "give her a ring", "tell him
the news"; the recipient is animate, 10.19), and "ask" takes the person asked before "for"
or "about" (16.56); a word coordinated with a name is one too (13.2: like joined to like).
Said there without a determiner, the word is a name and says no other phrase's thing, so
it does not stop the name being respelled.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from teachapp.understanding._names import coordinated

__all__ = ["GIVING", "recipients"]

GIVING = frozenset({"give", "send", "drop", "hand", "pass", "lend", "show", "bring", "buy",
                    "get", "pay", "owe", "offer", "tell", "ask", "wish", "remind"})
"""Verbs that take a person before a second object (16.55-16.57) or before "for", "about"
("ask", "remind")."""
SECOND = frozenset({"a", "an", "the", "some", "her", "his", "their", "my", "our", "your",
                    "its", "for", "about", "that", "to"})
"""Words that open the second object, or the preposition after the person."""


def recipients(said: Sequence[str], named: Iterable[str],
               function_words: frozenset[str]) -> set[str]:
    """The words of a phrase (``said``, its words) in a recipient's place after a verb of
    :data:`GIVING` and before :data:`SECOND`, or joined by "and" to one of those or of
    ``named`` (the phrase's other names): see the module docstring."""
    out = {said[k] for k in range(1, len(said) - 1)
           if said[k - 1] in GIVING and said[k + 1] in SECOND and said[k].isalpha()
           and said[k] not in function_words}
    return out | coordinated(said, out | set(named), function_words)
