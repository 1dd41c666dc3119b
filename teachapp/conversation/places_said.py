"""How a reply says that a place asked about is not one of this home's: "This home has
no garage." for a room it lacks, and, for a word of where ("the lights upstairs"), that
it cannot tell, since its rooms say no floor ("This home has no lights upstairs." read
as if the lights were missing). One wording for commands and questions alike."""

from __future__ import annotations

from ..understanding.commands import is_place_adverb

__all__ = ["home_lacks"]


def home_lacks(place: str, where: str = "") -> str:
    """"This home has no garage." or, of ``place`` ending in a word of where ("lights
    upstairs", "rooms outside"), "I can't tell which lights are upstairs: this home's
    rooms don't say which floor they are on." ``where``: " in the kitchen" after the
    thing, when said."""
    *thing, last = place.split() or [""]
    if not is_place_adverb(last):
        return f"This home has no {place}{where}."
    what = " ".join(thing) or "rooms"
    floor = "which floor they are on" if last in ("upstairs", "downstairs") else \
        "what is outside"
    return f"I can't tell which {what} {'are' if what.endswith('s') else 'is'} {last}: " \
           f"this home's rooms don't say {floor}."
