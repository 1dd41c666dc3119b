"""The reply to a command for a thing this home does not have ("turn on the toaster"),
or for a setting the things said do not have ("mute the desk lamp"): say so, and what
the home has that takes the action; offer to learn the words only when nothing does
and the thing itself is missing (then a routine of the person's own is the only way
they can mean anything)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..domain import Device, sentence_start, spoken_list

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser, MissingThing

__all__ = ["NoSuchThing", "no_such_thing", "part_lacking", "said_missing"]

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
    return None if missing is None else said_missing(missing, text)


def part_lacking(piece: str, before: str | None, parser: CommandParser) -> str | None:
    """What is said of a part of a sentence that asks for a thing this home lacks, or a
    setting the things it names lack: "mute the desk lamp" of "turn on the tv and mute
    the desk lamp"; "the desk lamp" of "mute the tv and the desk lamp" and "the doorbell"
    of "turn off the lamp and the doorbell", said of the command ``before`` it. None when
    the part asks nothing of a missing thing, or nothing in the home takes the action
    (the part is then offered for teaching, as the sentence alone would be)."""
    missing = parser.missing(piece)
    if missing is None and before is not None:
        missing = parser.missing_continued(piece, before)
    if missing is None:
        return None
    found = said_missing(missing, piece)
    return None if found.offer_teach else found.text


def said_missing(missing: MissingThing, text: str) -> NoSuchThing:
    """What is said of ``missing``, the thing or setting ``text`` asks for that the home
    lacks (``no_such_thing``; of a part of a sentence, ``MultiTurns``)."""
    thing, action = missing.thing, missing.action
    if missing.lacks is not None:
        return NoSuchThing(_lacks(missing), False)
    if not missing.instead:
        return NoSuchThing(f"This home has no {thing}, and nothing I can {action}. Shall I "
                           f"learn \"{text}\" as a phrase of your own?", True)
    rooms = [r for r in missing.rooms if any(d.room == r for d in missing.instead)]
    where = f" in the {spoken_list([r.lower() for r in missing.rooms])}" if missing.rooms \
        else ""
    shown = [d for d in missing.instead if d.room in rooms] if rooms else list(missing.instead)
    said = f"There's no {thing}{where}. There I can" if rooms else \
        f"This home has no {thing}{where}. I can"
    return NoSuchThing(f"{said} {action} {_listed(shown)}.", False)


def _lacks(missing: MissingThing) -> str:
    """"Desk lamp has no volume. I can mute TV and Office speaker.", "A lamp has no
    volume.": the things said are here, the setting asked of them is not."""
    thing = missing.thing
    if missing.named:
        said = f"{thing} {'have' if missing.plural else 'has'} no {missing.lacks}."
    elif missing.plural:
        said = f"{sentence_start(thing)} have no {missing.lacks}."
    else:
        article = "An" if thing[:1].lower() in "aeiou" else "A"
        said = f"{article} {thing} has no {missing.lacks}."
    if not missing.instead:
        return said
    return f"{said} I can {missing.action} {_listed(list(missing.instead))}."


def _listed(devices: list[Device]) -> str:
    """The devices' names, the first few, the rest counted: "TV, Fan and 5 more"."""
    names = [d.name for d in devices[:_NAMED]]
    if len(devices) > _NAMED:
        names.append(f"{len(devices) - _NAMED} more")
    return spoken_list(names)
