"""Words and table-making code the twenty-second and twenty-third held-out sets share, so
each set's ``_resolver_<set>_text`` module holds only its own tables: the generic pool's
requests for the same thing, the synonyms and number words their labels compare by, how
wrapper templates become the stretches the labels strike, and a set's name spellings as
sound-alike pairs. The values are the ones each set wrote out before this module held
them, in the same order, so every case is as pinned (tests/test_resolver_sets_unchanged.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

GENERIC_SAME_REQUEST: list[set[str]] = [
    {"lights out", "lights off", "all lights off", "everything off", "good night"},
    {"fan on", "cool breeze"},
]
"""The generic pool's phrases that ask for the same thing (a set adds its homes' own)."""

SYNONYMS: dict[str, str] = {
    "lamp": "light", "lamps": "light", "lights": "light", "heater": "heat",
    "heaters": "heat", "heating": "heat", "warm": "heat", "telly": "tv",
    "television": "tv", "curtains": "blind", "blinds": "blind", "shades": "blind",
    "mom": "mum", "4": "four", "5": "five", "6": "six", "7": "seven",
    "8": "eight", "9": "nine", "10": "ten", "11": "eleven",
}
"""Words that say the same thing (both sides are mapped before labels are compared)."""

NUMBERS: dict[str, tuple[str, ...]] = {
    "four": ("4",), "five": ("5",), "six": ("6",), "seven": ("7",), "eight": ("8",),
    "nine": ("9",), "ten": ("10",), "eleven": ("11",),
}
"""Number words and digits a noisy case must keep (in either form)."""


def chunks(template: str) -> list[str]:
    """The words a wrapper says around its phrase, each stretch between placeholders."""
    parts = re.split(r"\{\w?\}", template.lower())
    return [" ".join(w) for part in parts for w in [re.findall(r"[a-z0-9']+", part)] if w]


def wrapping_stretches(wrappers: Mapping[str, list[str]],
                       *others: Iterable[str]) -> list[str]:
    """Every stretch (:func:`chunks`) of a set's in-scope wrappers by kind and of its
    other wrapper lists, once each, sorted: what its labels strike wherever it is said."""
    templates = [*(t for ts in wrappers.values() for t in ts), *(t for ts in others for t in ts)]
    return sorted({c for t in templates for c in chunks(t)})


def spelt_pairs(spellings: Mapping[str, Iterable[str]]) -> list[tuple[str, str]]:
    """(name, how a recogniser writes it) for every spelling of every taught name: the
    first sound-alikes of a set (the same person, so a case that says one keeps the name)."""
    return [(name, other) for name, others in spellings.items() for other in others]
