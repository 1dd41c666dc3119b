"""A taught name a recogniser wrote as a word another phrase of the home says: "call layer"
where "call leia" and "buy the layer pellets" are taught, "ring grater" where "ring greta"
and "clean the cheese grater" are.

A recogniser that does not know a name writes the word it knows that sounds so, and the
words a home's phrases say are words it knows (:mod:`_name_respelled` respells a heard
word as a taught name, but never a word a phrase teaches as it is: "focus mowed" may be
"focus mode" misheard, and the taught word read as a name would take it from its own
phrase). Which of the two the word is, the name or the other phrase's word, its
neighbours tell: a word is said with the words of its phrase beside it, the name's phrase
around the name ("call" before "leia") and the other phrase around its word ("the" before
"layer", "pellets" after it). Collocation is what tells one sense of a word from another
(Firth 1957, "A Synopsis of Linguistic Theory": a word is known "by the company it keeps";
Yarowsky 1993, "One Sense Per Collocation": a word's neighbour decides its sense almost
always), and it is what a listener hears when a homophone is said.

So a heard word that a phrase of the home says as a word, and that spells a taught name
otherwise (its sounds: :func:`_name_sounds.sounds_alike`, or as a non-rhotic speaker says
it: :mod:`_name_unrhotic`), is written as the name when a word said beside it is the
word beside the name in a phrase that says the name ("call" of "call layer"), and no word
said beside it is one beside it in a phrase that says it ("the layer pellets": the other
phrase's). Said with neither, it stays the word it is.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence

__all__ = ["FramedNames"]

Neighbours = frozenset[tuple[str, str]]
"""(the word before, the word after) a word in the phrases that say it ("" at an edge)."""


def _neighbours(phrases: Iterable[Sequence[str]], word: str, *forms: str) -> Neighbours:
    """Each (before, after) pair of ``word`` (or of one of ``forms``) in ``phrases``."""
    said_as = {word, *forms}
    return frozenset((said[k - 1] if k else "", said[k + 1] if k + 1 < len(said) else "")
                     for said in phrases for k, w in enumerate(said) if w in said_as)


def _beside(words: Sequence[str], k: int, frames: Neighbours) -> bool:
    """Whether a word said beside ``words[k]`` is one of its neighbours in ``frames``."""
    before = words[k - 1] if k else ""
    after = words[k + 1] if k + 1 < len(words) else ""
    return any((b and b == before) or (a and a == after) for b, a in frames)


class FramedNames:
    """The words a home's phrases say that spell one of its taught names otherwise, and the
    neighbours of each in its phrases and of the name in the name's."""

    def __init__(self, phrases: Iterable[Sequence[str]], names: Iterable[str],
                 near: Callable[[str], Iterable[str]], alike: Callable[[str, str], bool],
                 function_words: frozenset[str], shortest: int) -> None:
        said = [tuple(p) for p in phrases]
        names = frozenset(names)
        words = {w for p in said for w in p if w not in names and w not in function_words
                 and len(w) >= shortest and w.isalpha()}
        self._as: dict[str, tuple[str, Neighbours, Neighbours]] = {}
        for word in sorted(words):
            hits = [n for n in sorted(set(near(word))) if n in names and alike(word, n)]
            if len(hits) == 1:
                name = hits[0]
                # (the name's possessive too, one token: "miras" of "mira's brownies",
                # beside which "mirror's brownies" is heard, its "'s" set apart)
                self._as[word] = (name, _neighbours(said, name, name + "s"),
                                  _neighbours(said, word))
        self.words = frozenset(self._as)

    def name_for(self, words: Sequence[str], k: int) -> str | None:
        """The taught name ``words[k]`` (lower case) is said as, beside the words around it
        (see the module docstring), or None."""
        found = self._as.get(words[k])
        if found is None:
            return None
        name, named, own = found
        return name if _beside(words, k, named) and not _beside(words, k, own) else None
