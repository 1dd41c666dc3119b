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

from collections.abc import Container, Iterable
from string import ascii_lowercase

__all__ = ["LONG", "FormsByStart", "one_letter_from"]

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


class FormsByStart:
    """:func:`one_letter_from` against one set of forms, each new word compared only with
    the forms of its length and first letter (a few), not spelled again with each of 25
    letters in each place (some 200 look-ups for a word of nine letters, at every word met
    for the first time). A form one letter from the word is one of those that differs from
    it in one place, by a lower-case ASCII letter there."""

    def __init__(self, forms: Iterable[str]) -> None:
        self._forms = frozenset(forms)
        by_start: dict[tuple[int, str], list[str]] = {}
        for form in self._forms:
            if len(form) >= LONG:
                by_start.setdefault((len(form), form[0]), []).append(form)
        self._by_start = {key: tuple(forms) for key, forms in by_start.items()}

    def one_letter_from(self, word: str) -> bool:
        """:func:`one_letter_from` of ``word`` and these forms."""
        if len(word) < LONG or not word.isalpha() or word in self._forms:
            return False
        for form in self._by_start.get((len(word), word[0]), ()):
            changed = [k for k in range(1, len(word)) if form[k] != word[k]]
            if len(changed) == 1 and form[changed[0]] in ascii_lowercase:
                return True
        return False
