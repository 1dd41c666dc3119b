"""An utterance with each name spelled as a taught phrase spells it.

A recogniser writes a name it hears in whatever spelling its vocabulary or its letters give
("kirsti", "corey", "katriona" for the taught "kirsty", "corrie", "catriona"). The same
sounds spelled otherwise say the same name (:func:`_name_sounds.sounds_alike`), so the
utterance is read with the taught spelling: whatever the resolver does with the phrase said
exactly (beside a question, after a clause of the speaker's own) it then does with the name
spelled otherwise, in one place. A word with an "r" a non-rhotic speaker does not sound
says a name spelled with none as that speaker says it ("layer" of "leia":
:mod:`_name_unrhotic`). A word is respelled only when it says one taught name
alone, and never a word the phrases teach as it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from teachapp.understanding._name_framed import FramedNames
from teachapp.understanding._name_sounds import consonant_frames, sounds_alike
from teachapp.understanding._name_spelling import another_name, one_name
from teachapp.understanding._name_unrhotic import unrhotic_alike, unrhotic_frames
from teachapp.understanding.phonetic import phonetic_key

__all__ = ["NameSpellings"]

_LETTER = "a-zA-Z\u017f\u212a"
"""The letters of a word: ASCII, and the two that fold to one case-blind ("\u017f" long s,
"\u212a" Kelvin sign), written out so the scan needs no case folding of its own."""
_WORD = re.compile(rf"([{_LETTER}]+)(?:['\u2019]s)?(?![{_LETTER}'\u2019])")
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


def _in_order(key: str) -> str:
    """A pattern that matches a word whose letters can spell the sounds of ``key`` in
    order: each sound by a letter after the last one's, the "a" of a key by a first vowel
    ("gh" silent: "ghyll"). A word's "x" is doubled before it is matched, for it says two
    sounds ("ks")."""
    out = []
    for sound in key:
        if sound == "a":
            out.append("(?=[aeiouy]|gh)")
            continue
        letters = re.escape("".join(sorted({sound, *_SPELLED_BY.get(sound, "")})))
        out.append(f"[^{letters}]*+[{letters}]")  # (the first letter that spells it)
    return "".join(out)


class NameSpellings:
    """The taught names of a set of phrases, and how to write a heard name as taught."""

    def __init__(self, taught_names: Iterable[str], taught_words: Iterable[str],
                 listed: frozenset[str], function_words: frozenset[str],
                 phrases: Iterable[Sequence[str]] = ()) -> None:
        """``phrases``: the taught phrases' words, for a name written as a word another
        phrase says (:mod:`_name_framed`)."""
        self._names = tuple(sorted({n for n in taught_names if n.isalpha()}))
        self._near: dict[str, set[str]] = {}  # (consonants or sound key -> names)
        for name in self._names:
            for near in (*consonant_frames(name), phonetic_key(name)):
                self._near.setdefault(near, set()).add(name)
        self._words = frozenset(taught_words)  # (as tokens: "mangos" of "mango's")
        self._listed = listed
        self._function = function_words
        self._cache: dict[str, str | None] = {}
        # (the sounds of each key in order: a word whose letters cannot spell those of some
        # key one after another is passed over before its sounds are read, which is most
        # of what a word costs)
        self._spellable = re.compile("|".join(
            f"(?:{_in_order(key)})" for key in sorted(self._near))) if self._near else None
        # (words as heard that spell no taught name otherwise: the taught words and function
        # words, and the heard ones found so, to pass over an utterance of them at once)
        self._taught_plain = frozenset(
            w for w in self._words | function_words if w == w.lower())
        self._plain: set[str] = set(self._taught_plain)
        self._kept_plain = len(self._taught_plain) + KEPT
        # (the pieces of text between spaces found so, the taught words among them: a
        # piece holds the same words alone as in its utterance, for a word never runs
        # across a space, and splitting at spaces costs a tenth of finding the words)
        self._taught_clear = frozenset(w for w in self._taught_plain
                                       if self._taught_plain.issuperset(_WORD.findall(w)))
        self._clear: set[str] = set(self._taught_clear)
        self._kept_clear = len(self._taught_clear) + KEPT
        self._framed = FramedNames(phrases, self._names, self._near_names, self._one_name,
                                   function_words, SHORTEST)

    def _one_name(self, heard: str, taught: str) -> bool:
        """Whether ``heard`` is ``taught`` spelled otherwise: the same sounds
        (:func:`_name_sounds.sounds_alike`, or :func:`_name_spelling.one_name` when no list
        knows ``heard`` as a name of its own: "kasper" of "kacper"), and not two names a
        list knows of which one is the other with a syllable more ("katie", "kate")."""
        if heard in self._listed and taught in self._listed and (
                another_name(heard, taught) or another_name(taught, heard)):
            return False
        return sounds_alike(heard, taught) or unrhotic_alike(heard, taught) or (
            one_name(heard, taught) and (heard not in self._listed or taught in self._listed))

    def _may_sound(self, word: str) -> bool:
        """Whether the letters of ``word`` can spell the sounds of some key of a taught
        name (its consonant frames or its sound key may be one), in their order."""
        if self._spellable is None:
            return False
        return self._spellable.match(word.lower().replace("x", "xx")) is not None

    def _near_names(self, word: str) -> set[str]:
        """The taught names whose consonants or sound key ``word`` may say (as it is
        spelled, or as a non-rhotic speaker says it)."""
        return set().union(*(self._near.get(k, ()) for k in
                             (*consonant_frames(word), phonetic_key(word),
                              *unrhotic_frames(word))))

    def taught_as(self, word: str) -> str | None:
        """The taught name ``word`` (lower case, no possessive) spells otherwise, or None:
        none, or more than one."""
        if word in self._cache:
            return self._cache[word]
        found = None
        if len(word) >= SHORTEST and word not in self._words and word not in self._function \
                and self._may_sound(word):
            hits = [n for n in sorted(self._near_names(word)) if self._one_name(word, n)]
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
        if self._framed.words:
            said = [m.lower() for m in _WORD.findall(text)]
            if not self._framed.words.isdisjoint(said):
                # (a name written as a word another phrase says: :mod:`_name_framed`)
                return self._framed_respell(text, said)
        pieces = text.split()
        if self._clear.issuperset(pieces):
            return text  # (most utterances say no name spelled otherwise)
        if self._says_name(_WORD.findall(text)):
            return _WORD.sub(self._as_taught, text)
        if len(self._clear) >= self._kept_clear:
            self._clear = set(self._taught_clear)
        self._clear.update(pieces)
        return text

    def _framed_respell(self, text: str, said: list[str]) -> str:
        """``text`` respelled, a word another phrase says written as a taught name where
        the words beside it say the name's phrase (:mod:`_name_framed`)."""
        at = iter(range(len(said)))

        def one(m: re.Match[str]) -> str:
            k = next(at)
            if said[k] in self._framed.words:
                name = self._framed.name_for(said, k)
                return m.group() if name is None else name + m.group()[len(m.group(1)):]
            return self._as_taught(m)

        return _WORD.sub(one, text)

    def _as_taught(self, m: re.Match[str]) -> str:
        """One word found by ``_WORD``, spelled as taught when it spells a name otherwise."""
        said, bare = m.group(), m.group(1)
        taught = self.taught_as(bare.lower())
        if taught is None:
            return said
        return taught + said[len(bare):]

    def _says_name(self, said: list[str]) -> bool:
        """Whether a word of ``said`` spells a taught name otherwise; the words found not
        to are kept."""
        if self._plain.issuperset(said):
            return False
        for bare in said:
            if bare not in self._plain:
                if self.taught_as(bare.lower()) is not None:
                    return True
                if len(self._plain) >= self._kept_plain:
                    self._plain = set(self._taught_plain)
                self._plain.add(bare)
        return False

