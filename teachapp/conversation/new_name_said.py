"""The new name in an answer to "What should movie night be called?".

People answer with a sentence as often as with the name: "call it cinema", "let's call
movie night cinema", "the new name is cinema". The whole answer became the name
("Renamed movie night to call movie night cinema").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["new_name_said"]

_FLAGS = re.IGNORECASE
_LEAD = re.compile(r"^(?:(?:let'?s|lets|please|just|ok|okay|so|then|um+|uh+|er+|hmm+|"
                   r"i'?d like to|i want to)[,\s]+)*", _FLAGS)
_VERB = re.compile(r"^(?:call|name|rename)\s+", _FLAGS)
_SAID = re.compile(r"^(?:(?:the|its|it'?s)\s+new\s+name\s+(?:is|will be|should be)|"
                   r"(?:call|name)\s+it(?:\s+to)?|rename\s+it\s+(?:to|as)|"
                   r"change\s+it\s+to|make\s+it)\s+", _FLAGS)
_CALLED = re.compile(r"^(?P<who>.+?)\s+(?:should\s+be|is\s+now|will\s+be)\s+(?:called|named)\s+",
                     _FLAGS)
_TO = re.compile(r"^(?:to|as|into)\s+", _FLAGS)
_TAIL = re.compile(r"\s+(?:instead|please|thanks|thank you)$", _FLAGS)


def new_name_said(answer: str, called: Sequence[str]) -> str:
    """The name ``answer`` gives: past a sentence around it ("call it cinema", "rename
    movie night to cinema", when ``called``, the routine's name and phrases, has "movie
    night"); ``answer`` itself, stripped, when it is no such sentence."""
    said = " ".join(answer.strip(" .!?\"'").split())
    body = _TAIL.sub("", _LEAD.sub("", said))
    plain = _SAID.match(body)
    if plain is not None and body[plain.end():]:
        return body[plain.end():]
    named = _CALLED.match(body)
    if named is not None and body[named.end():] and named.group("who").casefold() in {
            "it", "that", *(name.casefold() for name in called)}:
        return body[named.end():]
    verb = _VERB.match(body)
    if verb is not None:
        rest = body[verb.end():]
        for name in sorted(called, key=len, reverse=True):
            if rest.casefold().startswith(name.casefold() + " "):
                new = _TO.sub("", rest[len(name) + 1:])
                if new:
                    return new
    return said
