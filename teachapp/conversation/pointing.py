"""Words that point back at the devices last spoken of instead of naming one: "it",
"them" ("turn it down"), and "that" when a change follows it ("make that 40 percent",
"turn that off", "set that to 10"), not the "that" of "that lamp". One reading for a
turn said after a run and a step said while teaching; and what is said when the words
fit none of those devices, or none was spoken of yet (they were offered as a phrase to
learn: 'I don't know "make that 40 percent". Shall I learn it?')."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..domain import spoken_list

__all__ = ["POINTED", "THAT_CHANGED", "fits_nothing", "pointer"]

THAT_CHANGED = re.compile(r"\bthat\b(?=\s+(?:to|up|down|on|off|at|\d+|(?:a\s+(?:bit|little|"
                          r"touch)\s+)?(?:warm|warmer|cool|cooler|cold|colder|white|daylight|"
                          r"bright|brighter|dim|dimmer|darker|louder|quieter|softer|full|half|"
                          r"max|maximum|hotter|higher|lower))\b)", re.IGNORECASE)
""""that" naming devices when a change follows it ("make that 30 percent", "change that
to 30", "turn that off", "make that warm white", "make that brighter"), not "that lamp".
("make that warm white" after a routine asked about every light.)"""

POINTED = re.compile(r"\b(?:it|them|they)\b|" + THAT_CHANGED.pattern, re.IGNORECASE)
"""A word pointing back at devices, "that" only before a change."""


_RUNS = re.compile(r"^(?:please\s+)?(?:re)?(?:run|start|do|activate|trigger|launch)\b",
                   re.IGNORECASE)
"""A sentence that asks for a routine ("run it", "start that"): its "it" is no device's,
though the parser reads "run the desk lamp" as switching it on."""


_TIME_SAID = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b(?:a\.?m|p\.?m|o'?clock|seconds?|minutes?|"
                        r"hours?|today|tonight|tomorrow|morning|evening|weekdays?|weekends?)\b",
                        re.IGNORECASE)
"""A time said ("change it to 7:30", "move it to tomorrow"): its "it" is a schedule's or a
timer's, though the parser reads "change the desk lamp to 7:30" as 7 %."""


def pointer(text: str) -> re.Match[str] | None:
    """The word of ``text`` that points back at devices, or None (none, or the sentence
    asks for a routine or says a time)."""
    if _RUNS.match(text.strip()) or _TIME_SAID.search(text):
        return None
    return POINTED.search(text)


def fits_nothing(text: str, last: Sequence[str], example: str) -> str:
    """What "make it 40 percent" is told when it fits none of ``last`` (the names of the
    devices last acted on) or nothing was acted on yet: nothing done, and how to say it
    with a device (``example``: the words with one that fits)."""
    said = POINTED.search(text)
    word = said.group(0).lower() if said else "it"
    if last:
        return (f"Nothing was done: {spoken_list(list(last))} can't do \"{text}\". Say the "
                f"device's name, e.g. \"{example}\".")
    return (f"Nothing was done: I don't know what \"{word}\" is yet. Say the device's name, "
            f"e.g. \"{example}\".")
