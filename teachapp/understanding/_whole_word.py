"""Where a word stands whole in a text, found as ``re.finditer(rf"\\b{re.escape(word)}\\b",
text)`` finds it, without a pattern compiled for each word.

Readers look for the first word of a phrase in the text as said (what comes before it
frames the request: :mod:`_run_read`, :mod:`_said_as_name`, ...). A pattern made of the word
is compiled the first time each word is met, and compiling one costs more than the rest of
a reading: at 1,000 phrases about a tenth of the Python steps of an utterance heard for
the first time, in the middle of the latency benchmark's first hearings. The word is found
by ``str.find`` instead, and ``\\b`` is tested at both of its ends as ``re`` tests it (a word
character is a letter, a digit of any script or ``_``). A word holding other characters is
searched by the pattern, as before.
"""

from __future__ import annotations

import re

__all__ = ["spans"]

_WORD = re.compile(r"\w+")


def _inside(ch: str) -> bool:
    """Whether ``ch`` is a word character, as ``\\w`` of a ``str`` pattern sees it."""
    return ch.isalnum() or ch == "_"


def spans(word: str, text: str, apostrophes: bool = False) -> list[tuple[int, int]]:
    """Start and end of each whole ``word`` in ``text``, left to right, as the matches of
    ``\\b word \\b`` (``apostrophes``: an apostrophe may stand between two of its letters,
    ``"'?".join(...)``: "honors" in "honor's")."""
    if not _WORD.fullmatch(word):
        pattern = "'?".join(map(re.escape, word)) if apostrophes else re.escape(word)
        return [m.span() for m in re.finditer(rf"\b{pattern}\b", text)]
    found: list[tuple[int, int]] = []
    n = len(text)
    if not apostrophes or len(word) == 1:
        size = len(word)
        at = text.find(word)
        while at >= 0:
            end = at + size
            if (at == 0 or not _inside(text[at - 1])) and (end == n or not _inside(text[end])):
                found.append((at, end))
                at = text.find(word, end)
            else:
                at = text.find(word, at + 1)
        return found
    first, rest = word[0], word[1:]
    at = text.find(first)
    while at >= 0:
        if at == 0 or not _inside(text[at - 1]):
            k = at + 1
            for ch in rest:
                # (an apostrophe before a letter is taken: the letter is no apostrophe, so
                # only taking it can go on, as the pattern's greedy "'?" does)
                if k < n and text[k] == "'":
                    k += 1
                if k < n and text[k] == ch:
                    k += 1
                else:
                    break
            else:
                if k == n or not _inside(text[k]):
                    found.append((at, k))
                    at = text.find(first, k)
                    continue
        at = text.find(first, at + 1)
    return found
