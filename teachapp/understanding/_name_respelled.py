"""An utterance with each name spelled as a taught phrase spells it.

A recogniser writes a name it hears in whatever spelling its vocabulary or its letters give
("kirsti", "corey", "katriona" for the taught "kirsty", "corrie", "catriona"). The same
sounds spelled otherwise say the same name (:func:`_name_sounds.sounds_alike`), so the
utterance is read with the taught spelling: whatever the resolver does with the phrase said
exactly (beside a question, after a clause of the speaker's own) it then does with the name
spelled otherwise, in one place. A word is respelled only when it says one taught name
alone, and never a word the phrases teach as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from teachapp.understanding._name_sounds import consonant_frames, sounds_alike
from teachapp.understanding._name_spelling import another_name, one_name
from teachapp.understanding.phonetic import phonetic_key

__all__ = ["NameSpellings"]

_WORD = re.compile(r"[a-z]+(?:['\u2019]s)?(?![a-z'\u2019])", re.IGNORECASE)
SHORTEST = 3
"""Fewest letters of a word read as a name spelled otherwise ("jo" is too little to say)."""
KEPT = 4096
"""Most heard words whose reading is kept (a long-running app hears words without end)."""


class NameSpellings:
    """The taught names of a set of phrases, and how to write a heard name as taught."""

    def __init__(self, taught_names: Iterable[str], taught_words: Iterable[str],
                 listed: frozenset[str], function_words: frozenset[str]) -> None:
        self._names = tuple(sorted({n for n in taught_names if n.isalpha()}))
        self._near: dict[str, set[str]] = {}  # (consonants or sound key -> names)
        for name in self._names:
            for near in (*consonant_frames(name), phonetic_key(name)):
                self._near.setdefault(near, set()).add(name)
        self._words = frozenset(taught_words)  # (as tokens: "mangos" of "mango's")
        self._listed = listed
        self._function = function_words
        self._cache: dict[str, str | None] = {}

    def _one_name(self, heard: str, taught: str) -> bool:
        """Whether ``heard`` is ``taught`` spelled otherwise: the same sounds
        (:func:`_name_sounds.sounds_alike`, or :func:`_name_spelling.one_name` when no list
        knows ``heard`` as a name of its own: "kasper" of "kacper"), and not two names a
        list knows of which one is the other with a syllable more ("katie", "kate")."""
        if heard in self._listed and taught in self._listed and (
                another_name(heard, taught) or another_name(taught, heard)):
            return False
        return sounds_alike(heard, taught) or (
            one_name(heard, taught) and (heard not in self._listed or taught in self._listed))

    def taught_as(self, word: str) -> str | None:
        """The taught name ``word`` (lower case, no possessive) spells otherwise, or None:
        none, or more than one."""
        if word in self._cache:
            return self._cache[word]
        found = None
        if len(word) >= SHORTEST and word not in self._words and word not in self._function:
            near = set().union(*(self._near.get(k, ()) for k in
                                 (*consonant_frames(word), phonetic_key(word))))
            hits = [n for n in sorted(near) if self._one_name(word, n)]
            if len(hits) == 1:
                found = hits[0]
        if len(self._cache) >= KEPT:
            self._cache.clear()
        self._cache[word] = found
        return found

    def respell(self, text: str) -> str:
        """``text`` with each word that spells a taught name otherwise written as taught
        (its possessive kept: "dry corey's coat" -> "dry corrie's coat")."""
        if not self._names:
            return text

        def one(m: re.Match[str]) -> str:
            said = m.group()
            owner = said[-2:].lower() in ("'s", "\u2019s")
            bare = said[:-2] if owner else said
            taught = self.taught_as(bare.lower())
            if taught is None:
                return said
            return taught + said[len(bare):]

        return _WORD.sub(one, text)
