"""The reply to a command for a thing this home does not have ("turn on the toaster"):
say so, and what the home has that takes the action; offer to learn the words only when
nothing does (then a routine of the person's own is the only way they can mean
anything)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import spoken_list

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser

__all__ = ["NoSuchThing", "no_such_thing"]

_NAMED = 4
"""At most this many devices named instead; the rest counted."""


@dataclass(frozen=True)
class NoSuchThing:
    """What to say about a thing the home lacks."""

    text: str
    offer_teach: bool
    """Whether the reply asks "Shall I learn it?" (nothing in the home takes the action)."""


def no_such_thing(text: str, parser: CommandParser) -> NoSuchThing | None:
    """"This home has no toaster. I can turn on Coffee maker, Bedroom fan, TV, Office
    speaker and 5 more." for ``text``; None when ``text`` asks nothing of a missing thing."""
    missing = parser.missing(text)
    if missing is None:
        return None
    thing, action = missing.thing, missing.action
    if not missing.instead:
        return NoSuchThing(f"This home has no {thing}, and nothing I can {action}. Shall I "
                           f"learn \"{text}\" as a phrase of your own?", True)
    rooms = [r for r in missing.rooms if any(d.room == r for d in missing.instead)]
    where = f" in the {spoken_list([r.lower() for r in missing.rooms])}" if missing.rooms \
        else ""
    shown = [d for d in missing.instead if d.room in rooms] if rooms else list(missing.instead)
    names = [d.name for d in shown[:_NAMED]]
    if len(shown) > _NAMED:
        names.append(f"{len(shown) - _NAMED} more")
    said = f"There's no {thing}{where}. There I can" if rooms else \
        f"This home has no {thing}{where}. I can"
    return NoSuchThing(f"{said} {action} {spoken_list(names)}.", False)
