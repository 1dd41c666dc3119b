"""A taught phrase's contraction written without its apostrophe, where that spelling is a
word of its own, read as the contraction at the start of a clause.

A recogniser (or a typist) writes "we're off to the steam fair" as "were off to the
steam fair": the contraction and the past of "be" sound alike in a quick voice, and the
normaliser rightly leaves "were" as it is (it is a word of its own: "were the lights
left on" asks about state). Read as written, a clause that starts "were off to ..." is
a question about state and is turned down. But "were" cannot start a question before
the word a taught phrase says after its "we're": a question's subject comes there
("were the kids ..."), and "off", "home" or "back" is no subject. So where a clause
starts with the spelling without the apostrophe and the word after it is the word the
taught phrase says after the contraction, the contraction is read.

Only at the start of a clause (the text's start or after a pause mark): after another
word the spelling may be the word itself with its own subject before it ("we were off to
the fair yesterday", "the kids were off to the fair"). Only the contractions the taught
phrases say, and only those whose apostrophe-less spelling the normaliser reads as
another word ("lets" is read as "let's" already).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

__all__ = ["ContractionsHeard"]

_CONTRACTION = re.compile(r"\b([a-z]+'[a-z]+)\s+([a-z]+)")
"""A contraction in a taught phrase and the word said after it."""
_CLAUSE_START = r"(^\s*|[.,!?;:]\s*)"
"""Where a clause starts: the text's start, or right after a pause mark."""


class ContractionsHeard:
    """The taught phrases' contractions and how to read them written without their
    apostrophe at the start of a clause."""

    def __init__(self, phrases: Iterable[str],
                 tokens: Callable[[str], list[str]]) -> None:
        """``phrases``: the taught phrases' texts; ``tokens``: the normaliser's tokens
        of a text (a spelling it already reads as the contraction is left to it)."""
        after: dict[str, set[str]] = {}  # (apostrophe-less spelling -> words said after)
        written: dict[str, str] = {}  # (apostrophe-less spelling -> the contraction)
        for phrase in phrases:
            for contraction, word in _CONTRACTION.findall(phrase.lower()):
                plain = contraction.replace("'", "")
                if tokens(f"{plain} {word}") == tokens(f"{contraction} {word}"):
                    continue  # (read as the contraction already: "lets")
                if written.setdefault(plain, contraction) != contraction:
                    continue
                after.setdefault(plain, set()).add(word)
        self._written = written
        self._pattern = re.compile(
            _CLAUSE_START + r"(" + "|".join(map(re.escape, sorted(after)))
            + r")(?=\s+([a-z]+)\b)", re.IGNORECASE) if after else None
        self._after = after

    def respell(self, text: str) -> str:
        """``text`` with each clause-first apostrophe-less spelling of a taught
        contraction, before the word the phrase says after it, written as the
        contraction ("were off to the steam fair" -> "we're off to the steam fair")."""
        if self._pattern is None:
            return text
        return self._pattern.sub(self._as_taught, text)

    def _as_taught(self, m: re.Match[str]) -> str:
        """One spelling found, written as the contraction when the word after it is one
        the phrase says there (its first letter's case kept)."""
        start, said, word = m.group(1), m.group(2), m.group(3).lower()
        if word not in self._after.get(said.lower(), ()):
            return m.group()
        taught = self._written[said.lower()]
        return start + (taught[:1].upper() + taught[1:] if said[:1].isupper() else taught)
