"""The reply to a command for a thing this home does not have ("turn on the toaster"),
or for a setting the things said do not have ("mute the desk lamp"): say so, and what
the home has that takes the action; offer to learn the words only when nothing does
and the thing itself is missing (then a routine of the person's own is the only way
they can mean anything)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..domain import ATTRIBUTES, Device, sentence_start, spoken_list
from .asked_to_run import routine_asked
from .places_said import home_lacks
from .run_report import said_already

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser, MissingThing

__all__ = ["NoSuchThing", "lacking_thing", "no_such_step", "no_such_thing", "said_missing",
           "said_together"]

_NAMED = 4
"""At most this many devices named instead; the rest counted."""


@dataclass(frozen=True)
class NoSuchThing:
    """What to say about a thing the home lacks."""

    text: str
    offer_teach: bool
    """Whether the reply asks "Shall I learn it?" (nothing in the home takes the action)."""
    question: str = ""
    """The offer that ends ``text``, when it asks one ("Shall I learn … of your own?")."""


def no_such_thing(text: str, parser: CommandParser) -> NoSuchThing | None:
    """"This home has no toaster. I can turn on Coffee maker, Bedroom fan, TV, Office
    speaker and 5 more." for ``text``; None when ``text`` asks nothing of a missing thing,
    or asks for a routine by name (``routine_asked``: "run the movie routine" is offered
    for teaching as "movie"; it was "This home has no movie routine. I can turn on ...")."""
    if routine_asked(text) is not None:
        return None
    missing = parser.missing(text)
    return None if missing is None else said_missing(missing, text)


def no_such_step(text: str, parser: CommandParser) -> NoSuchThing | None:
    """``no_such_thing`` of a step said for a routine ("make bedtime also turn off the
    toaster"): a step changes nothing now, so every device that takes the action is
    named, those already so too (it said "Everything I can turn off is already off.")."""
    if routine_asked(text) is not None:
        return None
    missing = parser.missing(text)
    if missing is None:
        return None
    return said_missing(replace(missing, instead=(*missing.instead,
                                                  *(d for d, _c in missing.already)),
                                already=()), text)


def lacking_thing(piece: str, before: str | None, parser: CommandParser
                  ) -> MissingThing | None:
    """The thing this home lacks, or the setting the things named lack, that a part of a
    sentence asks for: "mute the desk lamp" of "turn on the tv and mute the desk lamp";
    "the desk lamp" of "mute the tv and the desk lamp" and "the doorbell" of "turn off
    the lamp and the doorbell", said of the command ``before`` it (``said_missing`` says
    it; ``said_together`` says several). None when the part asks nothing of a missing
    thing, or nothing in the home takes the action (the part is then offered for
    teaching, as the sentence alone would be), and when it asks for a routine by name
    ("run the movie routine": ``routine_asked``)."""
    if routine_asked(piece) is not None:
        return None
    missing = parser.missing(piece)
    if missing is None and before is not None:
        missing = parser.missing_continued(piece, before)
    if missing is None or said_missing(missing, piece).offer_teach:
        return None
    return missing


def said_together(things: Sequence[MissingThing], devices: Sequence[Device] = ()
                  ) -> list[str]:
    """The lines ``said_missing`` says of each part of one sentence, those that say the
    same of several things as one: "Desk lamp and Bedroom lamp have no volume. I can
    mute TV and Office speaker.", "This home has no doorbell or toaster. I can turn off
    ..." (was a line each, the second saying what the first did). Only things that take
    something instead (``lacking_thing`` finds none other). ``devices``: the devices as
    they are now, when other parts ran since the things were read ("turn off the doorbell
    and the tv" offers no TV)."""
    if devices:
        things = [t.now(devices) for t in things]
    groups: dict[tuple[object, ...], list[MissingThing]] = {}
    for thing in things:
        alone = thing.lacks is None and bool(thing.rooms)  # ("There's no toaster in
        # the kitchen. There I can ...": said of its rooms, alone)
        key = (thing.lacks, thing.cannot, thing.action, tuple(d.id for d in thing.instead),
               tuple(d.id for d, _change in thing.already),
               id(thing) if alone else 0)
        group = groups.setdefault(key, [])
        if all(t.thing.casefold() != thing.thing.casefold() for t in group):
            group.append(thing)
    return [said_missing(group[0], "").text if len(group) == 1 else _together(group)
            for group in groups.values()]


def _together(group: list[MissingThing]) -> str:
    """Several things of ``said_together`` that lack one thing alike, in one line."""
    first = group[0]
    if first.cannot:  # ("TV and Office speaker can't pause; they can set ...")
        return _cannot(replace(first, thing=spoken_list([_as_said(t) for t in group]),
                               named=True, plural=True, kinds=tuple(dict.fromkeys(
                                   k for t in group for k in t.kinds))))
    if first.value:  # ("Front door and Thermostat can't be set to 50 %.")
        return _no_level(replace(first, thing=spoken_list([_as_said(t) for t in group]),
                                 named=True, plural=True, kinds=tuple(dict.fromkeys(
                                     k for t in group for k in t.kinds))))
    if first.lacks is None:
        said = home_lacks(spoken_list([t.thing for t in group], 'or'))
    else:
        said = f"{sentence_start(spoken_list([_as_said(t) for t in group]))} have no " \
            f"{first.lacks}."
    if not first.instead:
        return f"{said} {said_already(first.already, first.action)}"
    return f"{said} I can {first.action} {_listed(list(first.instead))}."


def _as_said(thing: MissingThing) -> str:
    """A thing lacking a setting as a list names it: "Desk lamp", "lamps", "a fan"."""
    if thing.named or thing.plural:
        return thing.thing
    return f"{'an' if thing.thing[:1].lower() in 'aeiou' else 'a'} {thing.thing}"


def said_missing(missing: MissingThing, text: str) -> NoSuchThing:
    """What is said of ``missing``, the thing or setting ``text`` asks for that the home
    lacks (``no_such_thing``; of a part of a sentence, ``MultiTurns``)."""
    thing, action = missing.thing, missing.action
    if missing.cannot:
        return NoSuchThing(_cannot(missing), False)
    if missing.lacks is not None:
        return NoSuchThing(_lacks(missing), False)
    if not missing.instead and not missing.already:
        offer = f"Shall I learn \"{text}\" as a phrase of your own?"
        return NoSuchThing(f"This home has no {thing}, and nothing I can {action}. {offer}",
                           True, offer)
    if missing.in_rooms:  # ("There's no heating control in the Garage. I can set
        # Bedroom thermostat ...": the rooms are the home's own, so said as it names them)
        return NoSuchThing(f"There's no {thing} in the {spoken_list(list(missing.rooms))}"
                           f"{_where_instead(missing)}. "
                           + (f"I can {action} {_listed(list(missing.instead))}."
                              if missing.instead else said_already(missing.already, action)),
                           False)
    where = f" in the {spoken_list([r.lower() for r in missing.rooms])}" if missing.rooms \
        else ""
    here = [d for d in missing.instead if d.room in missing.rooms]
    here_already = [(d, c) for d, c in missing.already if d.room in missing.rooms]
    if here or here_already:  # ("There's no toaster in the kitchen. There I can ...")
        return NoSuchThing(f"There's no {thing}{where}. " + (
            f"There I can {action} {_listed(here)}." if here else said_already(here_already)),
            False)
    # what the action would change, or (none left) that all are already so: "... Front
    # door is already locked." (it offered to turn off what was off already)
    return NoSuchThing(f"{home_lacks(thing, where)} " + (
        f"I can {action} {_listed(list(missing.instead))}." if missing.instead
        else said_already(missing.already, action)), False)


def _where_instead(missing: MissingThing) -> str:
    """"; there is one in the Hallway": where the things of the kind a room lacks are
    ("make the bedroom warmer" said no more than "I can turn up Thermostat", and a
    person was left to wonder where that is); "" when none has a room."""
    devices = [*missing.instead, *(d for d, _change in missing.already)]
    rooms = list(dict.fromkeys(d.room for d in devices if d.room))
    if not rooms:
        return ""
    some = "there is one" if len(devices) == 1 else "there are some"
    return f"; {some} in {spoken_list([f'the {r}' for r in rooms], most=_NAMED)}"


def _lacks(missing: MissingThing) -> str:
    """"Desk lamp has no volume. I can mute TV and Office speaker.", "A lamp has no
    volume.": the things said are here, the setting asked of them is not."""
    thing = missing.thing
    if missing.value:
        return _no_level(missing)
    if missing.named:
        said = f"{thing} {'have' if missing.plural else 'has'} no {missing.lacks}."
    elif missing.plural:
        said = f"{sentence_start(thing)} have no {missing.lacks}."
    else:
        article = "An" if thing[:1].lower() in "aeiou" else "A"
        said = f"{article} {thing} has no {missing.lacks}."
    if not missing.instead:
        return f"{said} {said_already(missing.already, missing.action)}" if missing.already \
            else said
    return f"{said} I can {missing.action} {_listed(list(missing.instead))}."


def _no_level(missing: MissingThing) -> str:
    """"Front door can't be set to 50 %: it can only be locked or unlocked.": a level
    said of things that take none, and what they take instead (one kind of thing)."""
    thing = missing.thing if missing.named or missing.plural else f"The {missing.thing}"
    said = f"{sentence_start(thing)} can't be set to {missing.value}"
    if len(missing.kinds) != 1:
        return said + "."
    pronoun = "they" if missing.plural else "it"
    return f"{said}: {pronoun} can only be {_what_it_takes(missing.kinds[0])}."


def _cannot(missing: MissingThing) -> str:
    """"Desk lamp can't change colour; it can set brightness and colour temperature (e.g.
    "warm white").", "TV can't be locked; ...": what the things said were asked and
    cannot do, and what they can (of one kind of thing; of several, only the first)."""
    thing = missing.thing if missing.named or missing.plural else f"The {missing.thing}"
    said = f"{sentence_start(thing)} can't {missing.cannot}"
    if len(missing.kinds) != 1:
        return said + "."
    return f"{said}; {'they' if missing.plural else 'it'} can {_can_do(missing.kinds[0])}."


_SETTINGS_SAID = {"color_temp": "colour temperature (e.g. \"warm white\")",
                  "target_temp": "temperature", "mode": "mode (heat, cool or auto)",
                  "source": "source (e.g. \"HDMI 1\")", "position": "position (e.g. \"half\")"}
"""A setting as "it can set ..." names it, with an example where its values are words."""


def _can_do(kind: str) -> str:
    """What a device of ``kind`` can do, in words: "set brightness and colour temperature
    (e.g. "warm white")", "only be turned on or off", "only be locked or unlocked"."""
    settings = [_SETTINGS_SAID.get(name, name.replace("_", " "))
                for name, spec in ATTRIBUTES[kind].items() if spec.type != "bool"]
    return f"set {spoken_list(settings)}" if settings else f"only be {_what_it_takes(kind)}"


def _what_it_takes(kind: str) -> str:
    """What a device of ``kind`` can be set to, in words: "locked or unlocked", "turned
    on or off", "set to 5–35 °C, or to off, heat, cool or auto"."""
    words: list[str] = []
    values: list[str] = []
    for name, spec in ATTRIBUTES[kind].items():
        if name == "on":
            words.append("turned on or off")
        elif name == "locked":
            words.append("locked or unlocked")
        elif spec.type in ("int", "float"):
            values.append(spec.allowed())
        elif spec.type == "choice":
            values.append(spoken_list(list(spec.choices), "or"))
    if values:
        words.append("set to " + ", or to ".join(values))
    return spoken_list(words, "or")


def _listed(devices: list[Device]) -> str:
    """The devices' names, the first few, the rest counted: "TV, Fan and 5 more"."""
    return spoken_list([d.name for d in devices], most=_NAMED)
