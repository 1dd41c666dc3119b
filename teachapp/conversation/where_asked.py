"""Questions of where, answered from the devices' rooms and states: "which rooms are the
lights on in?", "where are the lights on?" -> "Lights are on in the Kitchen and the
Office: Kitchen lights and Desk lamp."; "where is the tv?", "which room is the tv in?" ->
"TV is in the Living room."; "is the house locked up?", "is everything locked?" -> the
locks' states. They were "This home has no which rooms. …" or "I can't answer …".

The devices are found as a state question finds them (``CommandParser.asked_about``),
so a name, a kind or a room means the same here as in a command."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..domain import Device, kind_noun, names_singular, spoken_list

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser

__all__ = ["where_answer"]

_STATES = r"on|off|open|closed|locked|unlocked"
_ROOMS_WITH = re.compile(
    rf"^(?:(?:so|and|ok|okay)\s+)?(?:in\s+)?(?:which|what)\s+rooms?\s+(?:are|is|have|has)\s+"
    rf"(?:there\s+)?(?:any\s+)?(?P<what>.+?)\s+(?:turned\s+|switched\s+|left\s+)?"
    rf"(?P<state>{_STATES})(?:\s+in)?$")
""""which rooms are the lights on in?", "in which rooms are lights on?", "what rooms have
the lights on?"."""
_WHERE_STATE = re.compile(
    rf"^(?:(?:so|and|ok|okay)\s+)?where\s+(?:are|is)\s+(?:there\s+)?(?:any\s+)?(?P<what>.+?)"
    rf"\s+(?:turned\s+|switched\s+|left\s+)?(?P<state>{_STATES})$")
""""where are the lights on?", "where is there a light on?"."""
_WHERE_IS = re.compile(
    r"^(?:(?:so|and|ok|okay)\s+)?(?:where(?:s|\s+is|\s+are)\s+(?P<what>.+?)"
    r"|(?:which|what)\s+room\s+(?:is|are)\s+(?P<what2>.+?)\s+in)$")
""""where is the tv?", "where's the desk lamp?", "which room is the fan in?"."""
_LOCKED_UP = re.compile(
    r"^(?:(?:so|and|ok|okay)\s+)?(?:is|are)\s+(?:the\s+)?(?:everything|house|home|flat|"
    r"place|doors|all\s+(?:the\s+)?doors|we|it\s+all)\s+(?:all\s+)?(?:locked|locked\s+up|"
    r"secure|secured|shut\s+up)$")
""""is the house locked up?", "is everything locked?", "are we locked up?"."""


def where_answer(text: str, parser: CommandParser) -> str | None:
    """The answer to a question of where, or of the house being locked up; None when
    ``text`` is no such question about this home's devices."""
    said = " ".join(text.casefold().replace("'", "").replace("?", " ").replace(",", " ")
                    .split())
    if (match := _ROOMS_WITH.match(said) or _WHERE_STATE.match(said)) is not None:
        return _rooms_in_state(match["what"], match["state"], parser)
    if (match := _WHERE_IS.match(said)) is not None:
        return _rooms_of(match["what"] or match["what2"], parser)
    if _LOCKED_UP.match(said):
        return _locks(parser)
    return None


def _in_state(device: Device, state: str) -> bool:
    """Whether ``device`` is in ``state`` ("on", "open", "locked", their opposites)."""
    now = device.state
    if state in ("on", "off") and "on" in now:
        return bool(now["on"]) == (state == "on")
    if state in ("on", "off") and device.kind == "climate":
        return (now.get("mode") != "off") == (state == "on")
    if state in ("open", "closed") and "position" in now:
        return (now["position"] > 0) == (state == "open")
    if state in ("locked", "unlocked") and "locked" in now:
        return bool(now["locked"]) == (state == "locked")
    return False


def _rooms_in_state(what: str, state: str, parser: CommandParser) -> str | None:
    """"Lights are on in the Kitchen and the Office: Kitchen lights and Desk lamp."."""
    what = re.sub(r"^(?:the|a|an|any|my)\s+", "", what)
    found = [d for d in parser.asked_about(f"which {what} are {state}") if d.room]
    if not found:
        return None
    kinds = {d.kind for d in found}
    noun = (kind_noun(kinds.pop(), len(found)) if len(kinds) == 1 else None) or "devices"
    noun = noun[:1].upper() + noun[1:]
    there = [d for d in found if _in_state(d, state)]
    if len(found) == 1:  # "which room is the tv on in?": the one device, where it is
        return f"{found[0].name} is {'' if there else 'not '}{state}; it is in the " \
               f"{found[0].room}."
    if not there:
        return f"No {noun.lower()} {'is' if names_singular([noun]) else 'are'} {state}" \
               f"{'' if len(found) == 1 else ' anywhere'}."
    rooms = list(dict.fromkeys(d.room for d in there))
    verb = "is" if len(there) == 1 else "are"
    return f"{noun if len(there) > 1 else there[0].name} {verb} {state} in " \
           f"{spoken_list([f'the {r}' for r in rooms])}" + \
           (f": {spoken_list([d.name for d in there])}." if len(there) > 1 else ".")


def _rooms_of(what: str, parser: CommandParser) -> str | None:
    """"TV is in the Living room."; several: "Desk lamp is in the Office and Bedroom lamp
    is in the Bedroom."."""
    what = re.sub(r"^(?:the|my|our)\s+", "", what)
    verb = "are" if what.endswith("s") else "is"  # ("are the lamps": the lamps alone)
    found = [d for d in parser.asked_about(f"{verb} the {what} on") if d.room]
    if not found or len(found) > 6:
        return None
    by_room: dict[str, list[str]] = {}
    for device in found:
        by_room.setdefault(device.room, []).append(device.name)
    return spoken_list([f"{spoken_list(names)} {'is' if names_singular(names) else 'are'} "
                        f"in the {room}" for room, names in by_room.items()]) + "."


def _locks(parser: CommandParser) -> str | None:
    """"Yes: Front door is locked." or what is not: "No: Back door is unlocked."."""
    locks = [d for d in parser.devices if "locked" in d.state or d.kind == "lock"]
    if not locks:
        return "This home has no locks I can check."
    open_ = [d.name for d in locks if not d.state.get("locked", False)]
    if not open_:
        names = [d.name for d in locks]
        return f"Yes: {spoken_list(names)} {'is' if names_singular(names) else 'are'} " \
               "locked."
    shut = [d.name for d in locks if d.name not in open_]
    rest = f" {spoken_list(shut)} {'is' if names_singular(shut) else 'are'} locked." \
        if shut else ""
    return f"No: {spoken_list(open_)} {'is' if names_singular(open_) else 'are'} " \
           f"unlocked.{rest}"
