"""A level said with the other way's word: "brighten the desk lamp to 5" with the lamp at
70 % (a step of ten, 50 %, is darker), "turn up the lamp to 20", "dim it to 90", "turn
down the tv to 80". The words say one way and the level the other, so it is asked, never
guessed: "That is dimmer than it is now (70 %). Set Desk lamp to 50 %?" (a "yes" sets
it). One rule for dim/brighten/up/down/louder/quieter, whatever the attribute.

The way is read by the command parser itself: the sentence without its level ("brighten
the desk lamp") is the change up or down it makes alone, compared with the state now (a
light or player that is off is at 0). Asked only when every device the level changes
would go against the way said; a number up to 10 said bare is a step of ten on a
percentage (as the parser reads "up to eight"), when the parser found no reading at all.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import ATTRIBUTES, Device, SetStep, default_state, spoken_list, value_with_unit
from ..errors import TeachappError
from ..understanding.commands import LevelSaid

__all__ = ["Contrary", "against_the_way"]

_WAY_WORDS = re.compile(r"\b(?:up|down|brighten|brighter|dim|dimmer|darken|darker|raise|"
                        r"lower|increase|decrease|reduce|louder|quieter|softer|higher|"
                        r"warmer|cooler)\b")
"""Words that say a way at all: without one, "set the lamp to 20" is a plain level."""
_WORDS = {"brightness": ("brighter", "dimmer"), "volume": ("louder", "quieter"),
          "target_temp": ("warmer", "cooler")}
"""How a person says up and down of an attribute; "higher"/"lower" for the others."""


@dataclass(frozen=True)
class Contrary:
    """A level said against the way its words say, and the question to ask."""

    command: Any
    """The ``DeviceCommand`` that sets the level (run on "yes")."""
    question: str
    """"That is dimmer than it is now (70 %). Set Desk lamp to 50 %?"."""


def against_the_way(text: str, command: Any, parse: Callable[[str], Any],
                    devices: Sequence[Device], make: Callable[..., Any],
                    level: Callable[[str], LevelSaid | None]) -> Contrary | None:
    """The question to ask when ``text`` sets a level against the way its words say;
    None when it does not. ``command``: what the parser read of ``text`` (None: nothing;
    a step of ten is then tried); ``parse``: the parser's; ``make``: builds a
    ``DeviceCommand`` (steps, devices, text, confidence, reply); ``level``: the parser's
    reading of the level said last (``CommandParser.level_said``: "to twenty five
    percent" is 25, as the command reads it)."""
    said = level(text)
    if said is None or not _WAY_WORDS.search(said.rest):
        return None
    try:
        alone = parse(said.rest)
    except TeachappError:
        return None
    if alone is None or not alone.steps:
        return None
    by_id = {d.id: d for d in devices}
    ways = {}  # (device, attribute): +1 up, -1 down, by the words alone
    for step in alone.steps:
        device = by_id.get(step.device)
        for attribute, value in step.set.items():
            if device is None or not _level(value):
                continue
            now = _now(device, attribute)
            if value != now:
                ways[(step.device, attribute)] = 1 if value > now else -1
    if not ways:
        return None
    if command is None:
        command = _step_of_ten(said, alone, ways, by_id, make)
        if command is None:
            return None
    changes = [(by_id[s.device], a, v) for s in command.steps for a, v in s.set.items()
               if s.device in by_id and _level(v) and v != _now(by_id[s.device], a)]
    if not changes or any((d.id, a) not in ways for d, a, _v in changes) or any(
            (v - _now(d, a, ways[(d.id, a)])) * ways[(d.id, a)] >= 0 for d, a, v in changes):
        return None  # (one going the way said, or another change: as said)
    device, attribute, value = changes[0]
    start = _now(device, attribute, ways[(device.id, attribute)])
    up, down = _WORDS.get(attribute, ("higher", "lower"))
    way = up if value > start else down
    was = value_with_unit(device.kind, attribute, start)
    names = sorted({d.name for d, _a, _v in changes})
    what = "" if attribute == ATTRIBUTES_PRIMARY.get(device.kind) else \
        f" {_ATTRIBUTE_SAID.get(attribute, attribute)}"
    to = value_with_unit(device.kind, attribute, value)
    alike = len({_now(d, a, ways[(d.id, a)]) for d, a, _v in changes}) == 1
    than = f"{'it is' if len(names) == 1 else 'they are'} now" + (f" ({was})" if alike else "")
    return Contrary(command, f"That is {way} than {than}. Set {spoken_list(names)}{what} to "
                             f"{to}?")


ATTRIBUTES_PRIMARY = {"light": "brightness", "climate": "target_temp", "cover": "position",
                      "fan": "speed"}
"""The attribute a kind's level is without naming it ("Desk lamp to 50 %")."""
_ATTRIBUTE_SAID = {"target_temp": "temperature", "color_temp": "colour temperature"}


def _level(value: Any) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _now(device: Device, attribute: str, way: int = 0) -> float:
    """The level a change starts from: turned up, a light that is off is at 0 (as the
    parser reads it)."""
    state = {**default_state(device.kind), **device.state}
    if way > 0 and device.kind == "light" and attribute == "brightness" \
            and state.get("on") is False:
        return 0.0
    value = state.get(attribute, 0)
    return float(value) if _level(value) else 0.0


def _step_of_ten(said: LevelSaid, alone: Any, ways: dict[tuple[str, str], int],
                 by_id: dict[str, Device], make: Callable[..., Any]) -> Any:
    """"brighten the desk lamp to 5" that the parser could not read (neither 50 % nor 5 %
    goes up from 70 %): the level it most likely meant, a step of ten on a percentage,
    as a command over the devices the words alone change; None when the number is not
    one."""
    number = said.number
    if number is None:
        return None
    steps, devices = [], []
    for step in alone.steps:
        device = by_id[step.device] if step.device in by_id else None
        attributes = [a for a in step.set if (step.device, a) in ways]
        if device is None or not attributes:
            continue
        attribute = attributes[0]
        spec = ATTRIBUTES[device.kind][attribute]
        percent = spec.unit == "%"
        value = number * 10 if percent and number <= 10 and not said.unit else number
        if (spec.minimum is not None and value < spec.minimum) or (
                spec.maximum is not None and value > spec.maximum):
            return None
        change: dict[str, Any] = {attribute: int(value) if value == int(value) else value}
        if "on" in step.set and percent:
            change = {"on": True, **change}
        steps.append(SetStep(step.device, change))
        devices.append(device)
    if not steps:
        return None
    return make(steps=steps, devices=devices, text="", confidence=1.0, reply="")
