"""Out of scope, made here: two requests joined by "and", one of them a taught phrase and
the other nothing the home was taught ("reading mode and make coffee", "book a taxi and
then bath time"). Nothing may run: the resolver runs no part of what was asked without the
rest (the conversation then offers the part it does not know for teaching). Built from a
development home's phrases, with its own random stream and its own list of untaught
requests, so no set's pinned cases change; reported apart by ``benchmarks/resolver.py``.
"""

from __future__ import annotations

import random
import re

from _resolver_data import Case, Home

KIND = "two requests, one not taught"
PAUSED_KIND = "two requests, one not taught, a pause before and"
UNTAUGHT = (
    "make coffee", "book a taxi", "order a pizza", "purple elephant dance", "water the plants",
    "walk the dog", "feed the goldfish", "text my brother", "call the dentist",
    "find my keys", "buy some milk", "fix the fence", "paint the shed", "wash the car",
    "bake a cake", "play some jazz", "read me a story", "empty the bins", "iron my shirt",
    "tidy the garage", "check the post", "pay the gas bill", "renew my passport",
    "sharpen the knives", "big red bus", "teach me french", "tune the guitar",
    "hoover the stairs", "mow the lawn", "phone the plumber", "pack my suitcase",
    "sweep the chimney", "knit a scarf", "defrost the chicken", "polish my boots",
    "charge the scooter", "fold the laundry", "clean the windows", "make a sandwich",
    "sort the recycling")
"""Requests no home here is taught, each in its own words ("make coffee" is the unit
test's own example of a part not understood)."""
JOINS = {KIND: ("{p} and {u}", "{u} and {p}", "{p} and then {u}", "{u} and also {p}"),
         PAUSED_KIND: ("{p}, and {u}", "{u}, and {p}.", "{p}, and then {u}")}
"""How two requests are said together, by kind: with no pause, and with one before
"and" (a recogniser that hears the pause writes a comma)."""
SALT = 4_242
"""Keeps this class's random stream apart from the home's own."""


def _words(text: str) -> set[str]:
    return {w.rstrip("s") for w in re.findall(r"[a-z']+", text.lower()) if len(w) > 2}


def multipart_cases(home: Home, seed: int) -> list[Case]:
    """Per kind of :data:`JOINS`, one case per taught phrase of ``home``: the phrase and a
    request of :data:`UNTAUGHT` that shares no word with any of the home's phrases, joined
    so; routine None (nothing may run)."""
    rng = random.Random(seed * SALT)
    taught = set().union(*(_words(p) for p, _ in home.phrases))
    parts = [u for u in UNTAUGHT if not _words(u) & taught]
    if not parts:
        return []
    return [Case(rng.choice(joins).format(p=phrase, u=rng.choice(parts)), None, kind)
            for kind, joins in JOINS.items() for phrase, _ in home.phrases]
