"""An echo question of repetition whose question mark a recogniser wrote as a pause: "tv
time again, seriously", "lights on, again, give me strength", "tea time, already".

"Again?" and "already?" said after a request and followed by incredulity are an echo
question, the speaker wondering at the request (Quirk et al. 1985, "A Comprehensive
Grammar of the English Language", 11.34-11.35: a repetition "with a rise of
incredulity"): read with the question mark by :mod:`_echoed`, and with no pause at all by
:mod:`_pointed_back_unmarked` ("tv time again really"). A recogniser that hears the pause
after the echo writes it as a comma and drops the mark, so the same words come with a
pause and neither reader found them: "tv time again, seriously" ran. The words are those
of the unmarked reader's echo (:func:`_pointed_back_unmarked.wondered`): "again" and a
formula of incredulity or exasperation after it, alone or before a clause of the
speaker's own, or "already" alone or before the speaker saying it is done; here with a
pause after "again" or "already", the phrase said right before it. Left alone as there:
"again" or "already" with anything else after the pause ("heating on again, it's
freezing" asks for it once more), and a formula said after the request alone ("lights on,
give me strength" presses it).
"""

from __future__ import annotations

import re

from teachapp.understanding._pointed_back_unmarked import ends_phrase, wondered
from teachapp.understanding._run_read import RunRead
from teachapp.understanding._trigger import Trigger

__all__ = ["TRIGGER", "echo_paused", "heard_echo_paused"]

_CUE = re.compile(r"\b(?:again|already)\s*[,;:.!-]|[,;:.!-]\s*already\W*$")
""""again" or "already" and a pause right after it, or "already" said last after a pause
(its question mark, the last, dropped: "tea time, already")."""
TRIGGER = Trigger(words=frozenset({"again", "already"}))


def heard_echo_paused(low: str) -> bool:
    """Whether ``low`` has "again" or "already" with a pause right after it, or "already"
    last after a pause."""
    return _CUE.search(low) is not None


def echo_paused(read: RunRead) -> bool:
    """Whether the phrase of ``read`` is echoed with "again" or "already" and a pause, and
    incredulity after it (see the module docstring)."""
    if not read.phrase:
        return False
    words, stems = read.words, read.phrase_stems
    last = stems[-1]
    first = read.first_word if read.first_word < len(words) else 0
    for k in range(first + 1, len(words)):
        if words[k] not in ("again", "already") or not ends_phrase(words[k - 1], last):
            continue
        if wondered(words[k:], read.lexicon):
            return True
    return False
