"""The level said at the end of a command, read as the command reader reads words: "…
to 5", "… up to twenty five percent", "… at 18 degrees", "… to level 3 please". Numbers
said in words, "%", "per cent" and the other units are the reader's own (``tokenise``,
``words_to_numbers``, the vocabulary's unit words), so a question about the level's way
(``conversation.against_the_way``) reads the same number the command sets (a regex of
its own read "to twenty five percent" as no level at all)."""

from __future__ import annotations

from dataclasses import dataclass

from ._command_reading import tokenise
from ._command_vocab import Vocabulary
from .numbers import number_value, words_to_numbers

__all__ = ["LevelSaid", "level_said"]

_BEFORE = frozenset({"to", "at"})
_AFTER = frozenset({"please", "now"})


@dataclass(frozen=True)
class LevelSaid:
    """A command's closing level, apart from the words before it."""

    rest: str
    """The command without its level: "brighten the desk lamp"."""
    number: float | None
    """The number said: 5, 25; None for a level said in words ("to full")."""
    unit: str | None
    """The unit said after it ("percent", "degrees", "kelvin"), None when bare."""


def level_said(utterance: str, vocab: Vocabulary) -> LevelSaid | None:
    """The level ``utterance`` ends with after "to" or "at" (a unit, "please" after it);
    None when it ends otherwise."""
    toks = words_to_numbers(tokenise(utterance.replace(",", " ")))
    end = len(toks)
    while end and toks[end - 1] in _AFTER:
        end -= 1
    unit = None
    for size in (3, 2, 1):
        meanings = vocab.phrases.get(tuple(toks[end - size:end]), ()) if end > size else ()
        found = next((value for category, value in meanings if category == "unit"), None)
        if found is not None:
            unit, end = str(found), end - size
            break
    if end < 3:
        return None
    number = number_value(toks[end - 1])
    before = end - 1
    if number is None and unit is None:  # a level in words: "to full", "to half"
        before = next((end - size for size in (2, 1) if end - size > 1 and any(
            category == "value" for category, _v in vocab.phrases.get(
                tuple(toks[end - size:end]), ()))), -1)
        if before < 0:
            return None
    elif number is None:
        return None
    if toks[before - 1] == "level":
        before -= 1
    if toks[before - 1] not in _BEFORE or before - 1 < 1:
        return None
    return LevelSaid(" ".join(toks[:before - 1]), number, unit)
