"""Talk about the routine being taught, said before it is saved: "rename goodnight to
bedtime", "what does bedtime do?", "what have I got so far?", "thanks" at "Shall I save
it?".

Said of a saved routine these go to ``manage`` ("I don't know a routine called
"bedtime"" while "bedtime" was the phrase on the table); said of the phrase being
taught, or of "it", they are about the teaching: the phrase is renamed, the steps so far
are told, and a thank-you (or "you're great") is not taken for an answer.
"""

from __future__ import annotations

import re

from ..store import phrase_key
from . import social
from .talk import Talk, parse_talk

__all__ = ["asked_what_it_does", "asks_so_far", "renamed_to", "small_talk"]

_IT = frozenset({"it", "this", "that", "this one", "that one", "this routine",
                 "that routine", "the routine", "this phrase", "the phrase"})
"""Words that name the routine being taught."""


def _of_it(talk: Talk, phrase: str) -> bool:
    target = talk.target.casefold()
    return target in _IT or phrase_key(target) == phrase_key(phrase)


def renamed_to(text: str, phrase: str) -> str | None:
    """The new phrase of "rename goodnight to bedtime" (or "rename it to bedtime", "call
    goodnight bedtime instead") said while ``phrase`` is taught; None for any other
    words, and for a rename of some other routine."""
    talk = parse_talk(text)
    if talk is None or talk.kind != "rename" or not talk.value or not _of_it(talk, phrase):
        return None
    return talk.value


def asked_what_it_does(text: str, phrase: str) -> bool:
    """Whether ``text`` asks what the routine being taught does: "what does bedtime do?",
    "what is bedtime?", "what does it do?"."""
    talk = parse_talk(text)
    return talk is not None and talk.kind == "describe" and _of_it(talk, phrase)


_SO_FAR = re.compile(
    r"^(?:(?:so|ok|okay|um|uh|er|hmm|and|well)\s+)*(?:"
    r"(?:(?:what|where|how)\b.*\s)?so\s+far|"
    r"what\s+(?:have|did|do)\s+(?:i|we)\s+(?:got|get|have|taught|teach|done|do|added|add)"
    r"(?:\s+(?:in\s+it|yet|now))?|"
    r"where\s+(?:are|were)\s+we(?:\s+up\s+to)?|"
    r"read\s+(?:it|that|them|the\s+steps)\s+back(?:\s+to\s+me)?)(?:\s+please)?$")
"""How far the teaching has got: "what have I got so far?", "where are we?", "read it
back"."""


def asks_so_far(text: str) -> bool:
    """Whether ``text`` asks how far the teaching has got, as "what does it do?" asks of
    the routine being taught (they were "I can't answer …", or no step)."""
    words = re.sub(r"[^\w\s']+", " ", text.casefold()).split()
    return _SO_FAR.match(" ".join(words)) is not None


def small_talk(text: str) -> tuple[str, str] | None:
    """(reply, outcome) for a thank-you or small talk ("thanks", "great, thanks", "you're
    great", "no worries"): no step, and no answer to a yes/no question; None for other
    words."""
    talk = parse_talk(text)
    if talk is None:
        return None
    if talk.kind == "thanks":
        return "You're welcome.", "thanks"
    said = social.reply_to(talk.target) if talk.kind == "social" else None
    return (said, social.OUTCOME) if said else None
