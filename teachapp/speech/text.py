"""Pure text helpers: taught phrases -> the words a recogniser grammar can hold."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["grammar_phrases", "number_words", "words_of"]

_NUMBER = re.compile(r"(\d+)")
_NOT_WORD = re.compile(r"[^\w'\s-]+", re.UNICODE)
_SPACES = re.compile(r"[\s_-]+")
_ONES = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
         "fourteen fifteen sixteen seventeen eighteen nineteen").split()
_TENS = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()


def number_words(n: int) -> str:
    """English words for 0..999,999 (``50`` -> ``fifty``): recognisers hear words."""
    if n < 20:
        return _ONES[n]
    if n < 100:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("" if ones == 0 else " " + _ONES[ones])
    if n < 1000:
        hundreds, rest = divmod(n, 100)
        return _ONES[hundreds] + " hundred" + ("" if rest == 0 else " " + number_words(rest))
    if n < 1_000_000:
        thousands, rest = divmod(n, 1000)
        return (number_words(thousands) + " thousand"
                + ("" if rest == 0 else " " + number_words(rest)))
    return " ".join(_ONES[int(d)] for d in str(n))


def words_of(phrase: str, *, spell_numbers: bool = True) -> list[str]:
    """Lower-case words of a phrase, punctuation dropped, digits spelled in English."""
    text = phrase.lower().replace("’", "'")
    if spell_numbers:
        text = _NUMBER.sub(lambda m: f" {number_words(int(m.group(1)))} ", text)
    text = _SPACES.sub(" ", _NOT_WORD.sub(" ", text))
    return [w.strip("'") for w in text.split() if w.strip("'")]


def grammar_phrases(phrases: Iterable[str], *, spell_numbers: bool = True) -> list[str]:
    """Distinct normalised phrases, in first-seen order, empty ones dropped."""
    seen: dict[str, None] = {}
    for phrase in phrases:
        words = words_of(phrase, spell_numbers=spell_numbers)
        if words:
            seen.setdefault(" ".join(words), None)
    return list(seen)
