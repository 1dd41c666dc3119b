"""The answer to "which timer?": "cancel the timer" with several set asks which, and
the next turn may say only "the tv one", "the pasta timer", "both", "the second one"
or "neither". Pure words: which timers such an answer picks is ``TimerTalk``'s.

An answer said in the shape of one ("the tv one", "the pasta timer") is the answer
whatever else it could be: as a turn of its own, "the tv one" set the TV's volume to
1 % (the "one" read as a level).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .cancel_words import ENDING_VERBS
from .intents import intent

__all__ = ["WhichAnswer", "which_answer"]


@dataclass(frozen=True)
class WhichAnswer:
    """What an answer to "which timer?" says: all of them, none, the n-th listed, or
    the one its words name."""

    every: bool = False
    keep: bool = False
    nth: int | None = None
    """The place in the list asked about (0 the first, -1 the last)."""
    named: str = ""
    """The words naming it ("tv", "pasta", "10 minute", "call mum")."""
    shaped: bool = False
    """Said as an answer ("the tv one", "the pasta timer", "the one for the tv"), so
    no request of its own; a bare "tv" or "pasta" may be one ("lights off")."""


_NOUN = r"(?:timers?|reminders?|alarms?|ones?)"
_LEAD = re.compile(rf"^(?:(?:oh|um+|uh+|erm?|ok|okay|well|so|just|only|please|yes|yeah)\s*,?\s+)*"
                   rf"(?:(?:cancel|stop|scrap|delete|remove|clear|{ENDING_VERBS})\s+)?")
_TAIL = re.compile(r"(?:\s*,?\s+(?:please|thanks|thank you|then))+$")
_EVERY = re.compile(rf"(?:both|all|every(?:thing| one)?|the lot)(?:\s+(?:of\s+)?(?:the\s+|my\s+)?"
                    rf"(?:them|{_NOUN}|two|three|four|\d+)(?:\s+of\s+them|\s+{_NOUN})?)?")
_KEEP = re.compile(rf"(?:neither|none|nothing)(?:\s+(?:of\s+)?(?:them|{_NOUN}))?|(?:keep|leave)\s+"
                   rf"(?:them|both|all|the\s+{_NOUN})(?:\s+(?:of\s+them|all|both|alone|{_NOUN}))*"
                   rf"|(?:don'?t|do\s+not)\s+cancel\s+(?:any|either|them)(?:\s+of\s+them)?")
_ORDINALS = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2,
             "fourth": 3, "4th": 3, "last": -1, "other": -1}
_NTH = re.compile(rf"(?:the\s+)?(?P<nth>{'|'.join(_ORDINALS)})(?:\s+{_NOUN})?")
_SHAPED = re.compile(rf"(?:the|my|that)\s+(?P<name>.+?)\s+{_NOUN}|(?:the\s+|my\s+)?{_NOUN}\s+"
                     r"(?:for|of|to|about|on)\s+(?:the\s+|my\s+)?(?P<after>.+)")
_BARE = re.compile(r"(?:(?:the|my)\s+)?(?P<name>[a-z0-9' -]+)")


def which_answer(text: str) -> WhichAnswer | None:
    """What ``text`` answers to "which timer?", or None when it is no such answer
    (a sentence of many words, a question)."""
    if intent(text) is not None:
        return None  # ("yes", "no": the dialogue's)
    said = " ".join(text.lower().replace("’", "'").strip().rstrip("?.!").split())
    said = _TAIL.sub("", _LEAD.sub("", said)).strip(" ,")
    if not said or len(said.split()) > 6 or said.endswith("?"):
        return None
    if _EVERY.fullmatch(said):
        return WhichAnswer(every=True, shaped=True)
    if _KEEP.fullmatch(said):
        return WhichAnswer(keep=True, shaped=True)
    nth = _NTH.fullmatch(said)
    if nth is not None:
        return WhichAnswer(nth=_ORDINALS[nth["nth"]], shaped=True)
    shaped = _SHAPED.fullmatch(said)
    if shaped is not None:
        return WhichAnswer(named=shaped["name"] or shaped["after"], shaped=True)
    bare = _BARE.fullmatch(said)
    return WhichAnswer(named=bare["name"].strip()) if bare is not None else None
