"""The state of one teaching dialogue and the words it reads back.

A ``TeachingSession`` is a plain value: the engine (``assistant.py``) changes it turn
by turn and hands copies to the window through ``TeachingChanged`` events, so the
window never shares mutable state with a worker thread.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from ..domain import (
    ATTRIBUTES,
    MAX_NAME_CHARS,
    Device,
    SayStep,
    SetStep,
    Step,
    WaitStep,
    attribute_words,
    describe_state,
    kind_of,
    names_singular,
    spoken_list,
    value_with_unit,
)
from ..understanding.rephrase import request_kind
from ..understanding.resolution import Confusion
from .steps_told import describe_target, duration_words, id_and_label, step_words, steps_sentence

__all__ = [
    "Stage",
    "TeachingSession",
    "command_examples",
    "describe_target",
    "device_example",
    "duration_words",
    "fits_a_phrase",
    "joined_readbacks",
    "readback",
    "removal_example",
    "routine_title",
    "spoken_state",
    "step_words",
    "summarise_steps",
    "target_readback",
    "why_example",
]

Stage = Literal["phrase", "actions", "confirm"]


def fits_a_phrase(text: str) -> bool:
    """Whether ``text`` is short enough to be saved as a phrase (``MAX_NAME_CHARS``): a
    longer one is not offered for teaching, nor taken as the phrase, so a teaching
    dialogue never ends in a save that must fail."""
    return len(" ".join(text.split())) <= MAX_NAME_CHARS


@dataclass
class TeachingSession:
    """A routine being taught: its phrase, what it should do, and the warnings so far."""

    stage: Stage = "phrase"
    """phrase: waiting for the phrase; actions: collecting what it does; confirm: save?"""
    phrase: str = ""
    """The phrase as the person settled on it (typed corrections win over speech)."""
    heard_variants: list[str] = field(default_factory=list)
    """Raw transcripts heard while the phrase was said; saved as extra phrases."""
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)
    """device id -> attribute -> value, in the order the person gave them."""
    extras: list[tuple[int, WaitStep | SayStep | SetStep]] = field(default_factory=list)
    """Spoken replies, pauses and a device changed again after a pause: (number of device
    targets given before it, step)."""
    warnings: list[Confusion] = field(default_factory=list)
    """Existing phrases the new phrase could be mistaken for."""
    names: dict[str, str] = field(default_factory=dict)
    """device id -> display name, for read-backs."""

    def steps(self) -> list[Step]:
        """The routine's steps: device targets in order, with waits and says in place."""
        steps: list[Step] = []
        pending = sorted(self.extras, key=lambda item: item[0])
        position = 0
        for device_id, changes in self.targets.items():
            while pending and pending[0][0] <= position:
                steps.append(pending.pop(0)[1])
            steps.append(SetStep(device=device_id, set=dict(changes)))
            position += 1
        steps.extend(step for _, step in pending)
        return steps

    def has_actions(self) -> bool:
        return bool(self.targets or self.extras)

    def snapshot(self) -> TeachingSession:
        """A deep copy safe to hand to another thread."""
        return copy.deepcopy(self)


_UNSAID = ("color_temp",)
"""Attributes a spoken state leaves out: nobody asks "is the lamp on?" for them."""


_STATE_LEVELS = ("brightness", "volume", "speed", "position")
"""The level a state names when the device is on (or a cover partly open): "on,
volume 30 %", not "on at 30 %" (30 % of what?)."""


def spoken_state(device: Device, *, level: bool = True) -> str:
    """A state as a person would say it: "off", "on, brightness 80 %", "on, volume
    30 %", "open, position 40 %", "set to 21 °C, mode heat", "locked" (not "off,
    brightness 100 %, colour temp 3000 K"). Without ``level``: "on", "open"."""
    state = {k: v for k, v in device.state.items() if k not in _UNSAID and v not in ("", None)}
    if state.get("on") is False:
        state = {"on": False}
    said = None
    name = next((a for a in _STATE_LEVELS if a in state), None)
    if name is not None and (state.get("on") is True or (
            name == "position" and state[name] not in (0, 100))):
        value = state.pop(name)
        said = f"{attribute_words(name)} {value_with_unit(device.kind, name, value)}"
        if name == "position":
            state["position"] = 100  # said "open", then the level
    words = describe_target(device, state)[len(device.name):].strip()
    if device.kind == "climate" and words.startswith("to "):
        words = "set " + words
    if said is not None and level:
        first, *rest = words.split(", ")
        words = ", ".join([first, said, *rest])
    return words or "in an unknown state"


def readback(device: Device | str, changes: dict[str, Any], name: str = "") -> str:
    """The line said after each device command while teaching: "Desk lamp: on, ...".

    ``describe_state`` already puts the attributes in the table's order (on first).
    """
    device_id, label = id_and_label(device, name)
    return f"{label}: {describe_state(kind_of(device_id), changes)}."


def routine_title(phrase: str) -> str:
    """The name a routine taught from ``phrase`` gets, in chat, the window and
    ``teachapp teach`` alike: the phrase as said, spaces folded ("mood lighting").
    Not capitalised, because scripts rely on ``teach "x"`` making routine "x"
    (``resolve --json`` reports that name); names are matched case-insensitively."""
    return " ".join(phrase.split())


def target_readback(device: Device | str, changes: dict[str, Any], name: str = "") -> str:
    """The line said after each device command while teaching. Nothing moves yet, so
    it reads as a target: "Front door → unlocked, when the routine runs." (issue 17:
    "Front door: unlocked." sounded done while the door stayed locked)."""
    device_id, label = id_and_label(device, name)
    if changes.get("on") is False:  # "off", not "off, brightness 50 %" (a level set before)
        changes = {k: v for k, v in changes.items() if k not in _LEVELS}
    return f"{label} → {describe_state(kind_of(device_id), changes)}, when the routine runs."


def joined_readbacks(lines: list[str]) -> list[str]:
    """``target_readback`` lines of one command, neighbours of one state said once:
    "turn off everything" -> "Bedroom fan, Bedroom lamp, … and Office speaker → off,
    when the routine runs." (was a line per device: nine, about 15 s spoken). Other
    lines are kept as they are, in their place."""
    out: list[str] = []
    names: list[str] = []
    state = ""
    for line in [*lines, ""]:
        name, arrow, rest = line.partition(" → ")
        if arrow and names and rest == state:
            names.append(name)
            continue
        if names:
            out.append(f"{spoken_list(names)} → {state}")
            names = []
        if arrow:
            names, state = [name], rest
        elif line:
            out.append(line)
    return out


_LEVELS = ("brightness", "volume", "speed", "color_temp")
"""What an "off" target leaves unsaid, as the routine's description does."""


_TIME_SAID = re.compile(r"\b(?:at|in|for|by|until|till|from)\s+(?:\d|an?\s+(?:hour|minute)|half|"
                        r"ten|five|twenty|thirty)|\d:\d\d|\b\d+\s*(?:am|pm)\b|\b(?:tomorrow|"
                        r"tonight|every|each|daily|nightly|weekly)\b")
"""Words that say when ("at 7", "tomorrow", "after every meal"): a timer or schedule
wanted, never the name of something to do."""


def names_a_routine(words: str) -> bool:
    """Whether ``words`` could be the name of something to do, so that doing a thing
    right after "I don't know it. Shall I learn it?" shows what it means ("reading
    mode" -> the desk lamp to 100 %). Not so for a request of another kind (a question,
    a command), one that names a time ("wake me up at 7": a timer wanted), or a
    follow-up of degree ("a bit more"): the next command is then simply the next
    command, not an answer. Words of a thing the app cannot do itself ("call grandma")
    were offered for teaching, and a household teaches them (the speaker on, a word
    said): showing answers that offer too (it was dropped, and the command done)."""
    from ..understanding.commands import says_more  # (the parser: loaded when first used)

    return request_kind(words) in (None, "impossible") \
        and not _TIME_SAID.search(words.lower()) and not says_more(words)


def summarise_steps(session: TeachingSession) -> str:
    """What the routine will do, as one clause: "turn off TV and Desk lamp and then wait
    5 seconds" (told as every other place tells steps: ``steps_sentence``)."""
    return steps_sentence(session.steps(), session.names)


def _first(devices: Sequence[Device]) -> Device | None:
    """The device the examples name first: a light, else a thing that switches on."""
    switchable = [d for d in devices if "on" in _has(d)]
    lights = [d for d in switchable if d.kind == "light"]
    chosen = lights or switchable or list(devices)
    return chosen[0] if chosen else None


def command_examples(devices: Sequence[Device]) -> tuple[str, ...]:
    """Up to two device commands for this home's own devices ("desk lamp to 80 percent",
    "turn off the tv"), so help names things the person has; none for a home with no
    device (it said "desk lamp to 80 percent" there, and in a home of blinds and locks)."""
    switchable = [d for d in devices if "on" in _has(d)]
    first = _first(devices)
    if first is None:
        return ()
    other = next((d for d in [*switchable, *devices] if d is not first), None)
    if other is None:
        return (_example(first, first=True),) + (
            (f"turn off the {first.name.lower()}",) if first in switchable else ())
    return _example(first, first=True), _example(other)


def device_example(devices: Sequence[Device]) -> str:
    """One command for one of this home's devices; "" when it has none."""
    return next(iter(command_examples(devices)), "")


def removal_example(devices: Sequence[Device], steps: Sequence[Step] = ()) -> str:
    """A device to say in "remove … from <routine>": the first one ``steps`` set that
    the home has, else the one ``device_example`` names ("the tv"); "" when the home
    has none (it said "the tv" in a home with no TV)."""
    names = {d.id: d.name for d in devices}
    first = _first(devices)
    name = next((names[s.device] for s in steps if isinstance(s, SetStep)
                 and s.device in names), first.name if first is not None else "")
    return f"the {name.lower()}" if name else ""


def why_example(devices: Sequence[Device]) -> str:
    """A question about why a device of this home is as it is, of the device
    ``device_example`` names ("why is the bedroom lamp on?", "why are the blinds
    open?"); "" when the home has none. Help asked "why is the tv on?" in a home with
    no TV."""
    device = _first(devices)
    if device is None:
        return ""
    state = "on" if "on" in _has(device) else {"cover": "open", "lock": "unlocked"}.get(
        device.kind, "on")
    verb = "is" if names_singular([device.name]) else "are"
    return f"why {verb} the {device.name.lower()} {state}?"


def _has(device: Device) -> tuple[str, ...]:
    return device.attributes or tuple(ATTRIBUTES.get(device.kind, {}))


def _example(device: Device, *, first: bool = False) -> str:
    """A command for one device as a person says it, by what the device has."""
    name = device.name.lower()
    has = _has(device)
    if device.kind == "light" and "brightness" in has and first:
        return f"{name} to 80 percent"
    if "on" in has:
        return f"turn {'on' if first else 'off'} the {name}"
    return {"cover": f"open the {name}", "lock": f"lock the {name}",
            "climate": f"{name} to 21 degrees"}.get(device.kind, f"turn on the {name}")
