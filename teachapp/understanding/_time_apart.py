"""A time said apart from the request, in a clause of its own: "shower time, at midnight",
"at the crack of dawn, dinner time", "lights off, in ten minutes".

A prepositional phrase of time is an adjunct of the clause it is said with, set apart by
a pause or not (Quirk et al. 1985, "A Comprehensive Grammar of the English Language",
8.51-8.55 on adjuncts of time position, and 8.15 on their mobility: initial, medial or
final). Said with a request, it places the request at that time, so the request asks for
nothing now: it is one for later (scheduled, or a timer), or, with the rise a recogniser
drops, an echo question of its time ("shower time? at midnight?", 11.34). The run is
taken back, as "..., once everyone's asleep" is (a condition: for later, never now).

Read only when the whole clause before or after the request is the adjunct: a preposition
of time and a time named by its noun ("midnight", "dawn", "the crack of dawn", "this
hour", a weekday), by the clock ("at 7", "at half past six") or by a span from now ("in
ten minutes", "in an hour"), with courtesy at most around it. "at once", "at last", "in a
row", "in the kitchen" name no time; a phrase that says the time itself ("lights off at
midnight" taught) keeps it.
"""

from __future__ import annotations

import re

from teachapp.understanding._run_read import RunRead

__all__ = ["heard_time_apart", "time_apart"]

_NUMBER = (r"(?:\d+(?:[:.]\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
           r"twelve|fifteen|twenty|thirty|forty|forty-five|fifty|a few|a couple of|a|an)")
_CLOCK = (rf"(?:(?:half|quarter|ten|five|twenty|twenty-five)\s+(?:past|to)\s+)?{_NUMBER}"
          r"(?:\s*(?:am|pm|a\.m\.|p\.m\.|o'clock|oclock|thirty|fifteen|forty-five))?")
_NOUNS = (r"(?:midnight|noon|midday|dawn|dusk|sunrise|sunset|daybreak|nightfall|teatime|"
          r"bedtime|lunchtime|dinnertime|suppertime|the crack of dawn|first light|"
          r"(?:this|that)\s+(?:hour|time of (?:night|day))|"
          r"(?:the\s+)?(?:weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday))")
_SPAN = (rf"{_NUMBER}\s+(?:minutes?|mins?|hours?|hrs?|seconds?|secs?|days?|weeks?)|"
         r"half an hour|an hour or so|a (?:bit|while|moment|minute|mo|tick|jiffy|sec)")
_ADJUNCT = (rf"(?:(?:at|around|about|by|until|till|after|before)\s+(?:{_NOUNS}|{_CLOCK})"
            rf"|on\s+(?:the\s+)?(?:weekend|monday|tuesday|wednesday|thursday|friday|"
            rf"saturday|sunday)|in\s+(?:{_SPAN}))")
_COURTESY = r"(?:(?:please|thanks|cheers|ta)\s*)?"
_CLAUSE = re.compile(rf"^\s*{_COURTESY}(?P<time>{_ADJUNCT})\s*{_COURTESY}[?.!]*\s*$")
_PAUSE = re.compile(r"[,;:?.!]+\s+|\s+-+\s+")
_CUE = re.compile(r"\b(?:at|around|about|by|until|till|after|before|on|in)\s+\S")


def heard_time_apart(low: str) -> bool:
    """Whether the lower-cased text has a pause and a preposition of time: most requests
    have neither."""
    return _PAUSE.search(low) is not None and _CUE.search(low) is not None


def time_apart(read: RunRead) -> bool:
    """Whether the clause said first or last, set apart by a pause, is only an adjunct of
    time the phrase does not say itself."""
    pieces = [p for p in _PAUSE.split(read.lower.strip()) if p.strip()]
    if len(pieces) < 2:
        return False
    phrase = f" {read.phrase.lower()} "
    for piece in (pieces[0], pieces[-1]):
        found = _CLAUSE.match(piece)
        if found is not None and f" {found.group('time').strip()} " not in phrase:
            return True
    return False
