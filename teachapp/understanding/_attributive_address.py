"""A word of address after a determiner and before a noun is that noun's modifier, said
and meant: "photograph the honey bees" is not "photograph the ... bees, honey".

The lexicon frees a word a speaker calls the listener by ("honey", "mate", "darling",
"computer") wherever it is said, so that "lights off honey" runs "lights off". A vocative
is a noun phrase of its own, set apart from the clause (Quirk et al. 1985, 10.52-10.53);
it takes no article or possessive before it in the clause's middle. Said after one ("the",
"a", "my") and before another word, the word is a premodifier in a noun phrase of the
clause ("the honey bees", "the computer desk", "my darling wife": 17.104-17.108 on nouns
as premodifiers) and is read as a word of the request, so a taught "photograph the bumble
bees" is not run by "photograph the honey bees", where only "bumble" was changed.

A word of thanks is bound so too: thanks are said around a clause or between its parts,
not between a determiner and its noun, where they are a modifier ("a thank you card",
"the thanks board"). "Post lester a thank you card" is not "post lester a birthday card"
with thanks said aside.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DETERMINERS", "address_modifiers"]

DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "his", "her", "their"})
"""The articles and the possessive determiners (Quirk et al. 1985, 5.10-5.14)."""


def address_modifiers(toks: Sequence[str], mask: list[bool], addressees: frozenset[str],
                      endearments: frozenset[str], courtesy: frozenset[str] = frozenset()) -> None:
    """Bind again, in ``mask`` (the free words), each word of address (``addressees``,
    ``endearments``) or of thanks (``courtesy``, with "you" after it: "thank you") said
    between a determiner and a word that is not free (see the module docstring)."""
    n = len(toks)
    for i in range(1, n - 1):
        word = toks[i]
        if not mask[i] or toks[i - 1] not in DETERMINERS or mask[i - 1]:
            continue
        if word in addressees or word in endearments:
            end = i + 1
        elif word in courtesy:
            end = i + 2 if toks[i + 1] == "you" and mask[i + 1] else i + 1
        else:
            continue
        if end < n and not mask[end] and toks[end].isalpha():
            for k in range(i, end):
                mask[k] = False
