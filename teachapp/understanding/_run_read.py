"""One read of an utterance that would run a taught phrase, shared by the readers that may
take the run back (:mod:`_taken_back`).

Each of those readers asks the same things of the utterance: its words, its words in
lower case, the phrase's words and stems, where the phrase's first content word is heard.
They are read here once, when a reader first asks, so a reader added later costs only
what it asks that no other did; most requests are passed over by every reader's first
scan of the text and read nothing more.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from teachapp.understanding._whole_word import spans
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import Lexicon, tokens

__all__ = ["RunRead"]

_T = TypeVar("_T")
_SENTENCE_END = re.compile(r"[.!?;]+(?:\s+|$)")


class _once(Generic[_T]):  # noqa: N801 (a decorator, named as one)
    """A property read on first use and kept in the instance: what
    :class:`functools.cached_property` does, without the lock it takes on every first
    read before Python 3.12 (a read is made per request that would run)."""

    def __init__(self, read: Callable[[Any], _T]) -> None:
        self._read = read
        self._name = read.__name__
        self.__doc__ = read.__doc__

    def __get__(self, instance: Any, owner: type | None = None) -> Any:
        if instance is None:
            return self
        value = instance.__dict__[self._name] = self._read(instance)
        return value


class RunRead:
    """An utterance ``text`` that would run the taught ``phrase`` ("" when none is named),
    with the lexicon and the resolver's test of a taught word (``taught``); ``lower``: the
    text in lower case, when at hand."""

    def __init__(self, text: str, lexicon: Lexicon, phrase: str,
                 taught: Callable[[str], bool], lower: str | None = None) -> None:
        self.text = text
        self.lexicon = lexicon
        self.phrase = phrase
        self.taught = taught
        self.lower = text.lower() if lower is None else lower
        """The text in lower case, for the readers' first scans."""

    @_once
    def words(self) -> list[str]:
        """The text's tokens (:func:`normalize.tokens`)."""
        return tokens(self.text, self.lexicon)

    @_once
    def phrase_words(self) -> list[str]:
        """The phrase's tokens."""
        return tokens(self.phrase, self.lexicon)

    @_once
    def phrase_stems(self) -> tuple[str, ...]:
        """The phrase's tokens as stems."""
        return tuple(map(stem, self.phrase_words))

    @_once
    def first_word(self) -> int:
        """Where in :attr:`words` the phrase's first content word is heard, or
        ``len(words)``: what is said before it frames the request."""
        function = self.lexicon.function_words
        own = {s for t, s in zip(self.phrase_words, self.phrase_stems, strict=True)
               if t not in function}
        return next((k for k, t in enumerate(self.words) if stem(t) in own), len(self.words))

    @_once
    def frame(self) -> list[str]:
        """The words of the phrase's own sentence before its first content word: what is
        said in an earlier sentence frames that sentence, not the phrase ("Headline:
        pensioner swims the solent. i'm firing up ...")."""
        toks, at = self.words, self.first_word
        if at >= len(toks):
            return []
        # (the word itself, not the same letters inside an earlier word: the "on" of
        # "caption for the snap: i'm on the early turn" is not in "caption")
        heard = spans(toks[at], self.lower)
        before = toks[:at].count(toks[at])
        if len(heard) <= before:
            return toks[:at]
        where = heard[before][0]
        return tokens(_SENTENCE_END.split(self.lower[:where])[-1], self.lexicon)

    @_once
    def phrase_end(self) -> int | None:
        """Just after the last of the phrase's content words heard in :attr:`words`, or
        None."""
        function = self.lexicon.function_words
        own = {s for t, s in zip(self.phrase_words, self.phrase_stems, strict=True)
               if t not in function}
        heard = [k for k, t in enumerate(self.words) if stem(t) in own]
        return heard[-1] + 1 if heard else None

    def own(self, word: str) -> bool:
        """Whether ``word`` is taught or part of a phrase word heard apart ("sub titles on"
        for "subtitles on"): the request's own word, never a cue around it."""
        return self.taught(word) or any(word in p for p in self.phrase_words)
