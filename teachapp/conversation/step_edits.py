"""Changing what a routine does by voice: "add the TV to lights out", "change lights
out so the heating goes to 18", "take the coffee maker out of morning tea".

Pure functions over a routine, the devices and the command parser; ``manage`` asks
before it saves (a misheard edit would stay in the routine), and the window edits the
same steps in its own editor. Before, "add the tv to lights out" switched the TV off
(read as a device command) and "remove the coffee maker from morning tea" looked for a
routine called "coffee maker from morning tea" to delete.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from ..domain import ATTRIBUTES, Device, Routine, SetStep, kind_of
from ..errors import AttributeValueError, UnknownDeviceError
from .intents import find_devices
from .steps_told import steps_sentence

__all__ = ["Edit", "as_run", "example_for", "named_devices", "plain_command", "steps_doing",
           "steps_to_add", "with_targets", "without_devices"]

Edit = dict[str, dict[str, Any]]
"""device id -> the attributes a routine's step for it sets."""

_THIRD_PERSON = re.compile(r"\b(turn|switch|set|lock|unlock|open|close|dim|brighten|put|"
                           r"start|stop|play|mute|raise|lower)(?:e?s)\b")
_GOES_TO = re.compile(r"\b(?:goes|go|is|are|comes?|gets?)(?: set)? (to|at|on|off|up|down)\b")


def plain_command(said: str) -> str:
    """The words of an edit as a device command: "it turns off the tv" -> "turn off the
    tv", "the heating goes to 18" -> "the heating to 18"."""
    text = " ".join(said.lower().split())
    text = re.sub(r"^(?:it|that it|that)\s+", "", text)
    text = re.sub(r"^(?:also|too)\s+|\s+(?:too|as well|instead|instead of that|rather)$", "",
                  text)
    text = _THIRD_PERSON.sub(lambda m: m.group(1), text)
    return _GOES_TO.sub(lambda m: m.group(1), text)


def steps_to_add(said: str, routine: Routine, devices: Sequence[Device], parser: Any,
                 sure: float) -> Edit | None:
    """What "add ``said`` to the routine" sets, or None when it does not say it.

    A device command ("turn off the tv", "the heating to 18") gives its changes; a
    device named alone ("the tv") takes the one switch every step of the routine makes
    ("lights out" turns things off, so the TV goes off); else None, and the person is
    asked to say what the device should do."""
    text = plain_command(said)
    try:
        command = parser.parse(text)
    except (AttributeValueError, UnknownDeviceError):
        command = None
    if command is not None and command.steps and float(command.confidence) < sure:
        # ("dim the lamp" in a home of three lamps: the one this routine already sets)
        own = {s.device for s in routine.steps if isinstance(s, SetStep)}
        mine = [step for step in command.steps if step.device in own]
        if len(command.steps) > 1 and len(mine) == 1:
            return {mine[0].device: dict(mine[0].set)}
    if command is not None and command.steps and float(command.confidence) >= sure:
        edit: Edit = {}
        for step in command.steps:
            edit.setdefault(step.device, {}).update(step.set)
        return edit
    named = named_devices(text, devices, parser)
    switched = {step.set["on"] for step in routine.steps
                if isinstance(step, SetStep) and "on" in step.set}
    if not named or len(switched) != 1:
        return None
    on = switched.pop()
    if not all("on" in ATTRIBUTES.get(kind_of(d.id), {}) for d in named):
        return None  # a lock or a cover has no "on" to take
    return {d.id: {"on": on} for d in named}


def as_run(routine: Routine, devices: Sequence[Device]) -> list[Device]:
    """``devices`` as ``routine`` leaves them: a change said of a step ("dim the lamp",
    "the tv louder") starts from what the routine sets, not from the state now."""
    sets: dict[str, dict[str, Any]] = {}
    for step in routine.steps:
        if isinstance(step, SetStep):
            sets.setdefault(step.device, {}).update(step.set)
    return [replace(d, state={**d.state, **sets[d.id]}) if d.id in sets else d
            for d in devices]


def example_for(device: Device | None) -> str:
    """A command for ``device`` a person could say in an edit ("lock the front door")."""
    if device is None:
        return "turn off the lamp"
    name = device.name.lower()
    specs = ATTRIBUTES.get(kind_of(device.id), {})
    if "locked" in specs:
        return f"lock the {name}"
    if "position" in specs:
        return f"close the {name}"
    if "target_temp" in specs:
        return f"set the {name} to 18 degrees"
    return f"turn off the {name}"


def named_devices(said: str, devices: Sequence[Device], parser: Any) -> list[Device]:
    """The devices ``said`` names, as the parser reads an answer that picks devices
    ("the telly", "the lamps", "the coffee machine"), else by their names."""
    return list(parser.picked(said, devices)) or find_devices(said, devices)


_ACTION_SAID = re.compile(r"^(?:out\s+)?(?:(?:the|that|its|their)\s+)?(?P<action>.+)$")
_ACTION_ALONE = {"on": "turn on", "off": "turn off"}
_GERUND = re.compile(r"^(turn|switch|lock|unlock|open|set|dimm|clos)ing\b")
"""An action said as what is done ("the unlocking", "the turning off")."""


def steps_doing(said: str, routine: Routine, names: dict[str, str]) -> list[str]:
    """The devices of the routine's steps that do what ``said`` names as an action ("the
    lock", "the unlocking", "the turn off", "the off": a step told "lock Front door"),
    for "take the lock step out of good night" (it locked the front door, read as a
    device command); [] when no step does it."""
    match = _ACTION_SAID.match(" ".join(said.lower().split()))
    if match is None:
        return []
    action = _GERUND.sub(lambda m: {"dimm": "dim", "clos": "close"}.get(m.group(1), m.group(1)),
                         match.group("action").strip())
    action = _ACTION_ALONE.get(action, action)
    found: list[str] = []
    for step in routine.steps:
        if isinstance(step, SetStep) and steps_sentence([step], names).lower().startswith(
                action + " "):
            found.append(step.device)
    return found


def with_targets(routine: Routine, edit: Edit) -> Routine:
    """The routine with ``edit``: a device it already sets gets the new values in its
    step; another device, a new step at the end."""
    steps = list(routine.steps)
    for device_id, changes in edit.items():
        at = next((i for i, s in enumerate(steps)
                   if isinstance(s, SetStep) and s.device == device_id), None)
        if at is None:
            steps.append(SetStep(device_id, dict(changes)))
        else:
            old = steps[at]
            assert isinstance(old, SetStep)
            steps[at] = SetStep(device_id, {**old.set, **changes})
    return replace(routine, steps=steps)


def without_devices(routine: Routine, device_ids: Sequence[str]) -> Routine:
    """The routine without its steps for ``device_ids``."""
    gone = set(device_ids)
    return replace(routine, steps=[s for s in routine.steps
                                   if not (isinstance(s, SetStep) and s.device in gone)])
