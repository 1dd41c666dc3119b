"""Words of a taught phrase a recogniser ran together, written apart as taught.

A recogniser that misses the gap between two words writes them as one ("kitchenradio",
"partymode", "porchlighton", "theflight log"). Read by the scorer alone, such a word is
repaired (:mod:`_repair`); read by the readers of asides and of the phrase said exactly,
it is a word of its own: a lone word before a pause is read as a call ("kitchenradio,
necessity is the mother of invention"), and no reader frees the aside. So an utterance
that does not run is read again with the words apart, and runs when the phrase is then
said exactly and every reader of asides frees the rest (not when only the scorer takes
it: "teatime, that's the last time you do that" holds "time" twice).

A word is written apart only when it is two to :data:`MOST_RUN` words one taught phrase
says in a row, exactly, run together; at least :data:`SHORTEST` letters, not a word a
phrase teaches as it is nor a given name, and not ending in a function word: an article
or a verb's little word runs into the word after it ("thecat"), and a content word with
one after it is as often a piece of something else said ("lightthe lightthe far",
"heavyis heavyis"); so never function words alone ("without", "into").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["RunTogether"]

MOST_RUN = 3
"""Most taught words run together into one that are written apart ("porch light on")."""
SHORTEST = 6
"""Fewest letters of a word read as taught words run together: shorter ones are words of
their own too often ("into", "maybe", "inset")."""
_WORD = re.compile(r"[A-Za-z]+")


class RunTogether:
    """The taught words run together that a set of phrases says, and how to write them
    apart."""

    def __init__(self, phrases: Iterable[Sequence[str]], taught_words: Iterable[str],
                 function_words: frozenset[str], names: frozenset[str]) -> None:
        taught = frozenset(taught_words)
        apart: dict[str, str | None] = {}
        for words in phrases:
            for i in range(len(words)):
                for j in range(i + 2, min(len(words), i + MOST_RUN) + 1):
                    run = words[i:j]
                    joined = "".join(run)
                    if (not joined.isalpha() or len(joined) < SHORTEST or joined in taught
                            or joined in names or run[-1] in function_words):
                        continue
                    said = " ".join(run)
                    # (two phrases that run different words together alike: neither)
                    apart[joined] = said if apart.get(joined, said) == said else None
        self._apart = {k: v for k, v in apart.items() if v is not None}

    def apart(self, text: str) -> str:
        """``text`` with each word that is taught words run together written apart
        ("kitchenradio, lovely" -> "kitchen radio, lovely")."""
        if not self._apart:
            return text
        lowered = text.lower()
        if not any(w in self._apart for w in _WORD.findall(lowered)):
            return text  # (most utterances run no taught words together)
        return _WORD.sub(lambda m: self._apart.get(m.group().lower(), m.group()), text)
