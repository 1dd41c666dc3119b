"""The command parsers of the last few device lists a turn read, kept for reuse.

A sentence of several parts asks the parser many things (which part names only
devices, what the change said once is, each part's command, read over the devices as
the parts before leave them); each ask built a parser of its own, about 4 ms each,
nine a turn for "turn off the tv and the desk lamp and set the thermostat to 20". A
parser depends only on the devices it is built over (names, rooms and states: relative
commands start from the states), so one built over equal devices is the same parser.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from ..domain import Device

__all__ = ["ParserCache"]

_KEEP = 4
"""Parsers kept: the devices now, and as each part of a sentence leaves them."""


def _key(devices: Sequence[Device]) -> tuple[Any, ...]:
    """Everything of ``devices`` a parser reads, as a value (a state is a dict)."""
    return tuple((d.id, d.name, d.room, tuple(sorted((k, repr(v)) for k, v in d.state.items())),
                  d.unreported) for d in devices)


class ParserCache:
    """``get(devices)``: the parser over ``devices``, built by ``build`` only when none
    of the last few was built over equal devices."""

    def __init__(self, build: Callable[[list[Device]], Any]) -> None:
        self._build = build
        self._kept: list[tuple[tuple[Any, ...], Any]] = []

    def get(self, devices: Sequence[Device]) -> Any:
        key, kept = _key(devices), self._kept  # (one read of the list: any thread may ask)
        for kept_key, parser in kept:
            if kept_key == key:
                return parser
        parser = self._build(list(devices))
        self._kept = [(key, parser), *kept[:_KEEP - 1]]
        return parser
