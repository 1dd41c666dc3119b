"""Another word this home taught, said in the place of a word of the phrase: "lathe off"
of "lights off" in a home that also taught "wheel lathe on", "give toddie a ring" of
"give dottie a ring" in one that also taught "message jenni and toddie".

A recogniser mishears a word by its sounds, so a phrase heard with a word near its own in
them ("lathe" / "lights", "toddie" / "dottie") scores high and ran. But a home means one
thing by one word (:mod:`_named_across` reads its names so): a word the home itself
taught, said exactly where the phrase has another word, names that other thing, a device
or a person of this home, as "ring doreen" is not "ring maureen" (the resolver's
``_other_name``) and "the 6am delivery" not "the 5am delivery" (``_other_number``). The
phrase is then contradicted, as those are.

The place is read by the words on either side: the home's word follows the word the
phrase says before the one not heard, or comes before the word the phrase says after it
("*lathe* off", "phone *toddie*", "message jenni and *dottie*"). Not a word a recogniser
may write for the phrase's word (:func:`_heard_as`): one that spells it as it sounds
("message jenny and toddie" of "message jenni and toddie", where "jenny" is also the
home's donkey), a part of it written apart ("sleep over" of "sleepover"), or one heard
less than a contrast and a half from it ("mood" for "mode", both taught:
:mod:`_sounds_apart`; but two names of the home are two people, "benny" / "penny"); nor
a form of it (the same stem), a function word, a number (``_other_number`` reads those)
or a word the phrase says elsewhere.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from teachapp.understanding._name_spelling import one_name
from teachapp.understanding._other_word import clipped, pronunciation
from teachapp.understanding._sounds_apart import APART, contrasts
from teachapp.understanding._words import stem

__all__ = ["HomeWords"]


class HomeWords:
    """The content words a home taught, and each phrase's words in order."""

    def __init__(self, said_of: Mapping[int, Sequence[str]], function_words: frozenset[str],
                 names: Iterable[frozenset[str]] = ()) -> None:
        """``said_of``: each phrase's words; ``names``: each naming phrase's names."""
        self._names = frozenset(n for said in names for n in said)
        self._said_of = {pid: tuple(words) for pid, words in said_of.items()}
        self._function_words = function_words
        self._words = frozenset(stem(w) for words in said_of.values() for w in words
                                if self._content(w))

    def _content(self, word: str) -> bool:
        """Whether ``word`` may name a thing: a word of three letters or more, no function
        word and no number."""
        return word.isalpha() and len(word) > 2 and word not in self._function_words

    def other_in_place(self, toks: Sequence[str], free: Sequence[bool], phrase: int) -> bool:
        """Whether a word said (not ``free``) in ``toks`` is a content word of the home that
        stands in the place of a content word of ``phrase`` not heard (see the module
        docstring)."""
        order = self._said_of.get(phrase, ())
        own = {stem(w) for w in order}
        words, content = self._words, self._content
        # (a word of the home said in a place comes first: most utterances say none, and
        # then the places of the phrase's words unheard need not be found)
        if not any(not f and stem(t) not in own and stem(t) in words and content(t)
                   for t, f in zip(toks, free, strict=True)):
            return False
        heard = {stem(t) for t in toks}
        places: dict[tuple[int, str], list[str]] = {}
        for j, word in enumerate(order):
            if not self._content(word) or stem(word) in heard:
                continue
            if j:
                places.setdefault((-1, order[j - 1]), []).append(word)
            if j + 1 < len(order):
                places.setdefault((1, order[j + 1]), []).append(word)
        if not places:
            return False
        for k, (t, f) in enumerate(zip(toks, free, strict=True)):
            if f or not self._content(t) or stem(t) in own or stem(t) not in self._words:
                continue
            unheard = [*(places.get((-1, toks[k - 1]), ()) if k else ()),
                       *(places.get((1, toks[k + 1]), ()) if k + 1 < len(toks) else ())]
            if unheard and not any(_heard_as(t, w, t in self._names and w in self._names)
                                   for w in unheard):
                return True
        return False


def _heard_as(heard: str, word: str, names: bool) -> bool:
    """Whether ``heard`` may be ``word`` as a recogniser writes it: spelled as it sounds
    (:func:`_name_spelling.one_name`, an owner's "s" aside: "dickys" of "dickies"), one
    part of it written apart ("sleep" of "sleepover", "ring" of "mooring"), or, both in
    the pronouncing dictionary, less than :data:`_sounds_apart.APART` contrasts from it
    ("mood" / "mode": a recogniser writes one for the other, and a home may have taught
    both) or it cut or grown at an edge ("telling" for "telly":
    :func:`_other_word.clipped`). Two names of the home (``names``) are two people
    however near they sound ("benny" / "penny"), unless spelled alike or said with the
    same consonants ("morris" for "maurice": a recogniser gets vowels wrong most)."""
    if one_name(heard, word) or one_name(heard.removesuffix("s"), word.removesuffix("s")) or (
            word.startswith((heard, heard.removesuffix("s")))) or (
            heard.startswith(word) or word.endswith(heard) or heard.endswith(word)):
        return True
    said, meant = pronunciation(heard), pronunciation(word)
    if not said or not meant:
        return False
    if names:  # (only a vowel apart: "morris" for "maurice", as the name list reads it)
        return [p for p in said if p[0] not in "AEIOU"] == [p for p in meant if p[0] not in "AEIOU"]
    return contrasts(said, meant) < APART or clipped(said, meant)
