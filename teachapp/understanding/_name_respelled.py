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

_WORD = re.compile(r"([a-z]+)(?:['\u2019]s)?(?![a-z'\u2019])", re.IGNORECASE)
"""A word, its possessive apart (the group: the word as the name is said)."""
SHORTEST = 3
"""Fewest letters of a word read as a name spelled otherwise ("jo" is too little to say)."""
KEPT = 4096
"""Most heard words whose reading is kept (a long-running app hears words without end)."""
_SPELLED_BY = {"k": "kcqxg", "w": "wu", "s": "sxzc", "v": "vbmph", "S": "schxz", "j": "jdg",
               "C": "ch", "0": "th", "f": "fphvg", "d": "dt", "p": "pb", "t": "td",
               "x": "xjsctdgi", "n": "nm"}
"""The letters whose spellings can write each sound of a taught name's keys: of its
consonant frames (:func:`_name_sounds.consonant_frames`: "x" for the "k" and "s" of "ks"
and the "S" of "xz" read "ksz", "u" for the "w" of "qu", "h" for the "v" of "bh") and of
its sound key (:func:`phonetic.phonetic_key`: "x" for "sh", "j", "ion"; "f" for "gh").
Any other sound is spelled by its own letter, but for the "a" of a key, a first vowel."""
_SPELLS = str.maketrans({"a": "", **{letter: letter + "".join(
    sound for sound, spelling in _SPELLED_BY.items() if letter in spelling)
    for letter in set("".join(_SPELLED_BY.values()))}})


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
        # (the sounds each key says: a word whose letters spell none of some key's is
        # passed over before its sounds are read, which is most of what a word costs)
        self._needs = _fewest({frozenset(key) for key in self._near})
        # (words as heard that spell no taught name otherwise: the taught words and function
        # words, and the heard ones found so, to pass over an utterance of them at once)
        self._taught_plain = frozenset(
            w for w in self._words | function_words if w == w.lower())
        self._plain: set[str] = set(self._taught_plain)
        self._kept_plain = len(self._taught_plain) + KEPT

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

    def _may_sound(self, word: str) -> bool:
        """Whether the letters of ``word`` can spell each sound of some key of a taught
        name (its consonant frames or its sound key may be one)."""
        word = word.lower()
        has = set(word.translate(_SPELLS))
        if word[:1] in "aeiouy" or word[:2] == "gh":  # (a first vowel; "gh" silent: "ghyll")
            has.add("a")
        for need in self._needs:
            if need <= has:
                return True
        return False

    def taught_as(self, word: str) -> str | None:
        """The taught name ``word`` (lower case, no possessive) spells otherwise, or None:
        none, or more than one."""
        if word in self._cache:
            return self._cache[word]
        found = None
        if len(word) >= SHORTEST and word not in self._words and word not in self._function \
                and self._may_sound(word):
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
        said = _WORD.findall(text)
        if self._plain.issuperset(said):
            return text  # (most utterances say no name spelled otherwise)
        for bare in said:
            if bare not in self._plain:
                if self.taught_as(bare.lower()) is not None:
                    break
                if len(self._plain) >= self._kept_plain:
                    self._plain = set(self._taught_plain)
                self._plain.add(bare)
        else:
            return text

        def one(m: re.Match[str]) -> str:
            said, bare = m.group(), m.group(1)
            taught = self.taught_as(bare.lower())
            if taught is None:
                return said
            return taught + said[len(bare):]

        return _WORD.sub(one, text)


def _fewest(needs: set[frozenset[str]]) -> tuple[frozenset[str], ...]:
    """``needs`` without one that asks for all another asks for and more (a word that
    meets the other may sound like a name already)."""
    return tuple(n for n in needs if not any(o < n for o in needs))
