"""How a routine's steps are told, in every place that tells them: the save question
while teaching, "what does goodnight do?", "what did I teach you?", the window's teach
panel, and ``teachapp list`` / ``teach``.

Spoken, a routine that switches nine things off must not say "set … off" nine times
(about 15 s of speech): consecutive steps that leave things in the same state are told
once, "turn off Bedroom fan, Bedroom lamp and TV". Only neighbours are joined, so the
order the steps run in is the order they are told. Imports only ``domain``, so the
command line can use it without loading the parser.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ..domain import (
    ATTRIBUTES,
    Device,
    SetStep,
    Step,
    WaitStep,
    attribute_words,
    counted,
    kind_of,
    spoken_list,
)

__all__ = ["describe_target", "duration_words", "id_and_label", "step_words", "steps_sentence"]


def _number(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value)


def id_and_label(device: Device | str, name: str) -> tuple[str, str]:
    """A device (or its id, with an optional display name) as (id, name to show)."""
    if isinstance(device, Device):
        return device.id, device.name
    return device, name or device


def describe_target(device: Device | str, changes: dict[str, Any], name: str = "") -> str:
    """A target state in a few words: "Desk lamp on at 80 %", "Front door locked"."""
    device_id, label = id_and_label(device, name)
    kind = kind_of(device_id)
    specs = ATTRIBUTES.get(kind, {})
    rest = dict(changes)
    words: list[str] = []
    on = rest.pop("on", None)
    level_name = next((a for a in ("brightness", "volume", "speed") if a in rest), None)
    if on is False:
        words.append("off")
        if level_name:
            rest.pop(level_name)
    elif on is True and level_name:
        words.append(f"on at {_number(rest.pop(level_name))} %")
    elif on is True:
        words.append("on")
    if "locked" in rest:
        words.append("locked" if rest.pop("locked") else "unlocked")
    if "target_temp" in rest:
        words.append(f"to {_number(rest.pop('target_temp'))} °C")
    if "position" in rest:
        position = rest.pop("position")
        words.append("closed" if position == 0 else "open" if position == 100
                     else f"open at {_number(position)} %")
    if kind == "climate" and "mode" in rest:  # "heat mode", "off" (not "mode heat")
        mode = rest.pop("mode")
        words.append("off" if mode == "off" else f"{mode} mode")
    for attribute, value in rest.items():
        spec = specs.get(attribute)
        unit = f" {spec.unit}" if spec is not None and spec.unit else ""
        words.append(f"{attribute_words(attribute)} {_number(value)}{unit}")
    return f"{label} {', '.join(words)}".strip()


def duration_words(seconds: float) -> str:
    """"1 second", "45 seconds", "10 minutes", "1 hour", "90 seconds" (whole minutes and
    hours said so: "600 seconds" is not how anyone says ten minutes)."""
    for size, unit in ((3600, "hour"), (60, "minute")):
        if seconds >= size and float(seconds) % size == 0:
            count = int(seconds // size)
            return counted(count, unit)
    return f"{_number(seconds)} second{'' if seconds == 1 else 's'}"


def step_words(step: Step, names: dict[str, str]) -> str:
    """One step as a clause: "set Desk lamp on at 80 %", "wait 1 second", "say "hi""."""
    if isinstance(step, SetStep):
        return "set " + describe_target(step.device, step.set, names.get(step.device, ""))
    if isinstance(step, WaitStep):
        return f"wait {duration_words(step.seconds)}"
    return f'say "{step.text}"'


_VERBS = {"off": "turn off", "on": "turn on", "locked": "lock", "unlocked": "unlock",
          "open": "open", "closed": "close"}
"""A state that is one word is told as the verb a person would say: "turn off TV",
"lock Front door" (not "set TV off"). A state with a value keeps "set … on at 80 %"."""


def _state_words(step: SetStep) -> str:
    """The state a step leaves its device in, without its name: "off", "on at 80 %"."""
    return describe_target(step.device, step.set, " ").strip()


def _clause(labels: list[str], state: str) -> str:
    names = spoken_list(labels)
    verb = _VERBS.get(state)
    return f"{verb} {names}" if verb else f"set {names} {state}"


_PAST = {"turn off": "turned off", "turn on": "turned on", "lock": "locked",
         "unlock": "unlocked", "open": "opened", "close": "closed", "set": "set",
         "wait": "waited", "say": "said"}
"""The verbs a step is told with, as what was done: a run's explanation tells its steps
as the routine's are told, in the past ("Steps: turned on TV and then set …")."""


def _in_past(clause: str) -> str:
    for verb, done in _PAST.items():
        if clause.startswith(verb + " "):
            return done + clause[len(verb):]
    return clause


def steps_sentence(steps: Sequence[Step], names: dict[str, str], *, past: bool = False,
                   more: int = 0) -> str:
    """The steps as one clause, in order: "turn off Bedroom fan, TV and Desk lamp, wait
    10 minutes and then lock Front door"; "" for none. Neighbouring steps that leave
    their devices in the same state are told together; ``names`` maps device ids to
    names (an id stands for a device it lacks). ``past``: as done ("turned off …, waited
    10 minutes and then locked Front door"). ``more``: how many other devices the last
    step's state was set on, counted after its names ("turned on A, B, C and 2 more");
    the last step must be a device's."""
    clauses: list[str] = []
    labels: list[str] = []
    state = ""
    for step in steps:
        if isinstance(step, SetStep):
            said = _state_words(step)
            label = names.get(step.device) or step.device
            if labels and said == state:
                labels.append(label)
                continue
            if labels:
                clauses.append(_clause(labels, state))
            labels, state = [label], said
            continue
        if labels:
            clauses.append(_clause(labels, state))
            labels = []
        clauses.append(step_words(step, names))
    if labels:
        clauses.append(_clause(labels + ([f"{more} more"] if more else []), state))
    if past:
        clauses = [_in_past(clause) for clause in clauses]
    return spoken_list(clauses, "and then")
