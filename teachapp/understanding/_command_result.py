"""What a device command is once read, and the words it is told in.

A :class:`DeviceCommand` carries the validated steps, the devices, a confidence and two
texts: what was understood ("turn off Kitchen lights", :func:`describe`) and the
read-back of the new states. Apart from the reading, so the parts of a sentence
(``_command_sentence``) join their commands here and the conversation says them
alike."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import Device, SetStep, merged_sets, value_with_unit
from ._command_changes import Intent, join_names, read_back
from ._command_missing import OutOfPlace
from ._command_vocab import MODE_PREFIX, SOURCE_PREFIX, WHITE_PREFIX

__all__ = ["DeviceCommand", "describe", "joined", "switched_said"]

_ATTRIBUTE_NAMES = {"target_temp": "temperature", "color_temp": "colour temperature"}

_ACTION_WORDS = {"on": "turn on", "off": "turn off", "open": "open", "close": "close",
                 "lock": "lock", "unlock": "unlock", "up": "turn up", "down": "turn down",
                 "set": "set"}


@dataclass
class DeviceCommand:
    """A device command understood from an utterance, ready to execute."""

    steps: list[SetStep]
    """One validated step per device, in the order of ``devices``."""
    devices: list[Device]
    """The devices the command changes."""
    text: str
    """What was understood, in words: "turn off Kitchen lights"."""
    confidence: float
    """0..1; below about 0.7 the caller may want to ask before acting."""
    reply: str
    """A short read-back: "Desk lamp: on, brightness 80 %."."""
    elsewhere: OutOfPlace | None = None
    """The place said that the devices named are not in ("turn on the tv in the bedroom"
    of a living-room TV; a place the home lacks, "in the garage"): asked about first, as
    sure as ``CommandSettings.ask_confidence`` at most (``asked_out_of_place``'s rule)."""
    limit: str = ""
    """"Desk lamp is already at its brightest.": a change up or down that would leave
    every device as it is, said instead of running it (``at_limit``); "" otherwise."""
    pick: int | None = None
    """How many of ``devices`` were meant, when the words said fewer than fit ("both
    lamps" of three: 2): which ones is asked, and a "yes" is no answer."""

    def only(self, keep: Sequence[Device]) -> DeviceCommand:
        """The same command for some of its devices: "the desk one", answering "do you
        want me to turn on Bedroom lamp and Desk lamp?"."""
        ids = {d.id for d in keep}
        pairs = [(s, d) for s, d in zip(self.steps, self.devices, strict=True) if d.id in ids]
        devices = [d for _s, d in pairs]
        text = self.text.replace(join_names([d.name for d in self.devices]),
                                 join_names([d.name for d in devices]), 1)
        return DeviceCommand(steps=[s for s, _d in pairs], devices=devices, text=text,
                             confidence=self.confidence,
                             reply=read_back(devices, [s.set for s, _d in pairs]))


def joined(commands: Sequence[DeviceCommand], *, confidence: float) -> DeviceCommand:
    """The commands of several parts of one sentence as one: a step a device with every
    change the parts make to it (a later part wins), read back once; the parts' words
    joined, each said once ("turn up the heating, i'm freezing" is one "turn up
    Thermostat")."""
    devices = list({d.id: d for c in commands for d in c.devices}.values())
    steps = merged_sets(s for c in commands for s in c.steps)
    by_id = {step.device: step for step in steps}
    return DeviceCommand(
        steps=steps, devices=devices,
        text=join_names(list(dict.fromkeys(c.text for c in commands))),
        confidence=confidence,
        reply=read_back(devices, [by_id[d.id].set for d in devices]))


def switched_said(command: DeviceCommand | None, names: str) -> str | None:
    """"turn on <names>" when ``command`` switched its devices one way only (on, or off):
    how a part that only names devices ("and the fan") says that change of its own; None
    when ``command`` set something else, or both ways."""
    switched = {step.set.get("on") for step in command.steps} if command else set()
    if len(switched) != 1 or None in switched:
        return None
    return f"turn {'on' if switched.pop() else 'off'} {names}"


def _with_units(devices: Sequence[Device], changes: Sequence[dict[str, Any]]
                ) -> list[tuple[list[str], str]] | None:
    """The value a plain number set, as each device's read-back says it ("20 °C" on a
    thermostat, "20 %" on a lamp): the devices' names grouped by those words, in order;
    None when some device took no number."""
    said: dict[str, list[str]] = {}
    for device, change in zip(devices, changes, strict=True):
        numbers = [(k, v) for k, v in change.items()
                   if k != "on" and isinstance(v, int | float) and not isinstance(v, bool)]
        if not numbers:
            return None
        said.setdefault(value_with_unit(device.kind, *numbers[0]), []).append(device.name)
    return [(names, words) for words, names in said.items()]


def describe(intent: Intent, devices: Sequence[Device],
              changes: Sequence[dict[str, Any]] = ()) -> str:
    """What a command does, in words: "turn off TV", "set Thermostat to 20 °C"; a number
    said without a unit is read back with the unit each device took it in ("set the
    thermostat to 20" said "set Thermostat to 20", and so did a reply of several
    parts)."""
    names = join_names([d.name for d in devices])
    action = intent.action
    if action in ("open", "close") and not any(d.kind in ("cover", "lock") for d in devices):
        action = "on" if action == "open" else "off"  # "shut the lights": turned off
    words = _ACTION_WORDS[action]
    if intent.attribute == "target_temp" and action in ("up", "down") and all(
            d.kind == "light" for d in devices):
        return f"make {names} {'warmer' if action == 'up' else 'cooler'}"  # white light
    if intent.named_mode is not None and all(d.kind == "climate" for d in devices):
        return f"set {names} to {intent.named_mode} mode"  # "turn on the ac"
    if intent.action == "set" and intent.value is not None:
        value = intent.value
        if value.word in ("mute", "unmute"):
            return f"{value.word} {names}"
        if value.word is not None and value.word.startswith(MODE_PREFIX):
            return f"set {names} to {value.word.removeprefix(MODE_PREFIX)} mode"
        if value.word is not None and value.word.startswith(SOURCE_PREFIX):
            return f"switch {names} to {value.word.removeprefix(SOURCE_PREFIX)}"
        if value.word is not None and value.word.startswith(WHITE_PREFIX):
            return f"set {names} to {value.word.removeprefix(WHITE_PREFIX)} K white"
        what = f" {_ATTRIBUTE_NAMES.get(intent.attribute, intent.attribute)}" if (
            intent.attribute) else ""
        grouped = _with_units(devices, changes) if (
            value.word is None and value.unit is None and changes) else None
        if grouped is not None:
            return "set " + " and ".join(f"{join_names(group)}{what} to {words}"
                                         for group, words in grouped)
        shown = value.word or (
            f"{value.number:g}" + {"percent": " %", "degrees": " °C", "kelvin": " K"}.get(
                value.unit or "", ""))
        if value.scale_of_ten and value.number is not None:  # ("dim it to 7": 70 %)
            shown += f" ({value.number / 10:g} of 10)"
        return f"set {names}{what} to {shown}"
    return f"{words} {names}"
