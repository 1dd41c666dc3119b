"""The routine a person asks to run by name: "run movie night", "start the movie
routine". One reading for the offer to learn (which teaches the name, not the sentence)
and for the missing-things check (a routine asked for is no device the home lacks)."""

from __future__ import annotations

import re
from typing import Literal

from .intents import clean_phrase

__all__ = ["routine_asked", "routine_unnamed", "run_asked"]

_VERB = r"(?:please\s+)?(?:run|start|do|activate|trigger|launch)"
"""The verbs a routine is asked for by with its noun, "please" before them."""
_RUN_ASKED = re.compile(r"^(?:please\s+)?(?:run|start|do)\s+(?P<name>.+?)(?:\s+please)?$",
                        re.IGNORECASE)
_ROUTINE_ASKED = re.compile(
    rf"^{_VERB}\s+(?:(?:the|my|our)\s+)?(?P<name>.+?)\s+(?:routine|scene)(?:\s+please)?$",
    re.IGNORECASE)
"""A name said with the noun the app calls routines by (``intents`` reads "teach a
scene" as teaching a routine too)."""
_NO_NAME = frozenset({"a", "an", "the", "some", "my", "your", "it", "that", "this", "them",
                      "me", "us", "something", "anything", "everything", "what", "how"})
"""Words the rest after "run", "start", "do" opens with when it names a thing or an
errand, not a routine ("do the dishes", "run a bath", "do it")."""
_WHICH_ONE = frozenset({"last", "other", "same", "new", "next", "previous", "first",
                        "whole", "entire", "every", "each", "any", "all", "usual", "you",
                        "i", "we", "they"})
"""Words before "routine" that say which one or who, not its name ("run the last
routine", "start a new routine", "do you know the movie routine")."""

_LAST_ASKED = re.compile(
    rf"^{_VERB}\s+(?:(?:it|that|this|the\s+same\s+(?:routine|scene|one|thing))\s+"
    r"(?:again|once\s+more|one\s+more\s+time)|(?:the|my)\s+(?:last|previous|latest|"
    r"same)\s+(?:routine|scene|one)(?:\s+again)?)(?:\s+please)?$", re.IGNORECASE)
"""The routine run last asked for again: "run the last routine", "do that again", "run
it again", "start the previous routine"."""
_JUST_ASKED = re.compile(r"^(?:please\s+)?run\s+(?:it|that|this)(?:\s+please)?$", re.IGNORECASE)
""""run it", "run that" without "again": what was just run, when it was (``routine_unnamed``'s
"just"); otherwise "it" may be a device ("run it": turn the dishwasher on)."""
_AGAIN = re.compile(r"^(?:please\s+)?(?:(?:the\s+)?same\s+)?(?:again|once\s+more|one\s+more\s+"
                    r"time)(?:\s+please)?$", re.IGNORECASE)
""""again", "once more", "same again" alone: what was done last, done again."""
_ANY_ASKED = re.compile(
    rf"^{_VERB}\s+(?:a|the|my|one|some|one\s+of\s+(?:the|my))\s+(?:routines?|scenes?)"
    r"(?:\s+please)?$", re.IGNORECASE)
"""A routine asked for with no name at all: "run a routine", "run the routine"."""


def routine_unnamed(text: str) -> Literal["last", "just", "which"] | None:
    """A routine asked for without its name: "last" for the one run last ("run the last
    routine", "do that again", "run it again", "again"), "just" for it when it was run
    just now ("run it", "run that": the caller knows when), "which" for any ("run a
    routine", "run the routine"); None for any other sentence. They were answered as a
    device the home lacks ("This home has no last routine. I can turn on ...")."""
    cleaned = clean_phrase(text)
    if _LAST_ASKED.match(cleaned) or _AGAIN.match(cleaned):
        return "last"
    if _JUST_ASKED.match(cleaned):
        return "just"
    return "which" if _ANY_ASKED.match(cleaned) else None


def routine_asked(text: str) -> str | None:
    """The routine named in "run the movie routine", "start movie routine", "start the
    movie scene" ("activate", "trigger", "launch" too; "please" around them): "movie".
    The noun says a routine was asked for, so this home having no "movie routine" is no
    device it lacks (it said "This home has no movie routine. I can turn on ..."). None
    for any other sentence, and when the words before the noun say which one or who
    ("run the last routine")."""
    found = _ROUTINE_ASKED.match(clean_phrase(text))
    name = clean_phrase(found.group("name")) if found else ""
    first = name.split()[0].casefold() if name else ""
    return name if first and first not in _NO_NAME | _WHICH_ONE else None


def run_asked(text: str) -> str | None:
    """The routine a person asked to run in "run movie night", "start movie night", "do
    movie night" ("please" around them), or with its noun (``routine_asked``): the name,
    which is the phrase an offer to learn should teach (it offered 'I don't know "run
    movie night"', and a yes taught "run movie night"). None for any other sentence, and
    when the rest names a thing or an errand ("do the dishes", "start the dishwasher")."""
    named = routine_asked(text)
    if named is not None:
        return named
    found = _RUN_ASKED.match(clean_phrase(text))
    name = clean_phrase(found.group("name")) if found else ""
    return name if name and name.split()[0].casefold() not in _NO_NAME else None
