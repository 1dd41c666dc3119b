"""A heard word one letter from a taught word's own form is that word misheard, not two
taught words run together: "sleepink" is "sleeping" (its "g" heard as "k"), not "sleep"
and "ink"; "comink" is "coming", not "com" and "ink".

:class:`_repair.Repairer` splits a word the home did not teach into taught words when its
letters spell them in a row ("startthemovie", "readingmode"). A word that is a taught
word with one letter changed spells such a row as well whenever the change falls on a
word's edge: a home that taught "mix the sepia ink" and "baby is sleeping" read
"sleepink" as "sleep ink", the phrase with an extra word, and asked about it where
"sleepinc" ran. A recogniser's misspelling changes a letter of the word it heard far
more often than it drops the space between two words and changes nothing else; and a
word run together from two keeps every letter of both. So a heard word of
:data:`LONG` letters or more that one changed letter makes a word as a phrase said it
("sleeping", not its stem "sleep" with an "-ing" of the stemmer's: "sepiaink" is still
"sepia ink", not a "sepiaing" no phrase said), its first letter kept (a recogniser hears
a word's onset best), is left whole for the scorer to read as that word misheard.
"""

from __future__ import annotations

from collections.abc import Container
from string import ascii_lowercase

__all__ = ["LONG", "one_letter_from"]

LONG = 6
"""Letters a heard word has, at least, to be read as a taught form with one letter
changed: a shorter one is a letter from too many words ("cart" of "card", "cant")."""


def one_letter_from(word: str, forms: Container[str]) -> bool:
    """Whether ``word`` (as heard, of :data:`LONG` letters or more, no form itself) is a
    form in ``forms`` with one letter after its first changed (see the module docstring)."""
    if len(word) < LONG or not word.isalpha() or word in forms:
        return False
    for k in range(1, len(word)):
        head, tail = word[:k], word[k + 1:]
        for letter in ascii_lowercase:
            if letter != word[k] and head + letter + tail in forms:
                return True
    return False
