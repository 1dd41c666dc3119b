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
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["DETERMINERS", "address_modifiers"]

DETERMINERS = frozenset({"the", "a", "an", "my", "your", "our", "his", "her", "their"})
"""The articles and the possessive determiners (Quirk et al. 1985, 5.10-5.14)."""


def address_modifiers(toks: Sequence[str], mask: list[bool], addressees: frozenset[str],
                      endearments: frozenset[str]) -> None:
    """Bind again, in ``mask`` (the free words), each word of address (``addressees``,
    ``endearments``) said between a determiner and a word that is not free (see the module
    docstring)."""
    for i in range(1, len(toks) - 1):
        word = toks[i]
        if (mask[i] and (word in addressees or word in endearments) and toks[i - 1] in DETERMINERS
                and not mask[i - 1] and not mask[i + 1] and toks[i + 1].isalpha()):
            mask[i] = False
