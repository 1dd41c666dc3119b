"""A directive about a thing of a home asks the home for something.

"fumigate the attic, movie night" asks for two things: the attic is a room of the home,
and a directive about it is a request the home may be asked, taught or not. A directive
about a thing of the speaker's own or of the person spoken to ("cast on forty stitches",
"fold in the egg whites", "mind the step", "easy all") is said to a person, an animal or
oneself, and asks the home for nothing (Quirk et al. 1985, 11.24 on the imperative and
its implied subject, the hearer). So a sentence that does not open with a subject of its
own (a statement: "the dog's asleep in the kitchen", "grandpa dug the garden" name a
room and ask for nothing), but a verb and its object's determiner or a particle, is no
sentence of the speaker's own beside a phrase (:func:`_said_before.own_sentence`,
which :mod:`_paused` and :mod:`_carried_line` read too) when it names a room or an
appliance: the built-in commands' rooms (``room_nouns``; not "kids", "guest", "spare",
which only modify "room") and the appliances a request may name (:data:`APPLIANCES`;
the device kinds' words are read so already).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from teachapp.understanding._clause_shape import NP_DETERMINERS, PREPOSITIONS, subject_first
from teachapp.understanding._command_vocab import default_vocabulary
from teachapp.understanding._own_clause import PARTICLES
from teachapp.understanding._word_classes import listed, verb

__all__ = ["APPLIANCES", "asks_home"]

APPLIANCES = frozenset({
    "dishwasher", "washer", "dryer", "oven", "hob", "cooker", "fridge", "freezer", "toaster",
    "microwave", "vacuum", "hoover", "roomba", "boiler", "purifier", "humidifier",
    "dehumidifier", "sprinkler", "doorbell", "extractor", "appliance"})
"""Appliances a request may name, which the built-in device kinds leave out."""
ROOM_MODIFIERS = frozenset({"kids", "guest", "spare"})
"""Words of the rooms list that only modify "room" ("the kids' room"): alone, people."""


@lru_cache(maxsize=1)
def _things() -> frozenset[str]:
    words = set(default_vocabulary().room_nouns - ROOM_MODIFIERS) | APPLIANCES
    return frozenset(words | {w + "s" for w in words})


def asks_home(words: Sequence[str]) -> bool:
    """Whether ``words``, a sentence said beside a phrase, are a directive about a room or an
    appliance of a home (see the module docstring)."""
    return _directive(words) and not _things().isdisjoint(words)


def _directive(words: Sequence[str]) -> bool:
    """Whether ``words`` open as a directive does: a word that may be a verb (listed as
    one, or not listed at all: "hoover", "descale"), then its object's determiner or a
    particle ("fumigate the attic", "clear out the loft"); not a subject and its verb
    ("grandpa dug the garden", "the dog's in the kitchen")."""
    return (len(words) >= 2 and not subject_first(words)
            and (verb(words[0]) or not listed(words[0]))
            and (words[1] in NP_DETERMINERS or words[1] in PREPOSITIONS
                 or words[1] in PARTICLES))
