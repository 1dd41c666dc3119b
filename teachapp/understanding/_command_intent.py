"""What the words of a command ask, before they meet a device: a reading -> an Intent.

Which action wins when several are said (lock > a value > up/down > open/close >
on/off), what a value said beside a direction means ("all the way down", "up to
eight", "two degrees"), and when the words contradict each other so nothing is read
("turn off the tv on hdmi 2"). Pure: the devices of the home are not looked at."""

from __future__ import annotations

from collections.abc import Set
from dataclasses import replace

from ._command_changes import Intent
from ._command_reading import Reading, ValueSpec, contains_phrase
from ._command_vocab import SOURCE_PREFIX, Vocabulary

__all__ = ["MORE_LESS", "read_intent"]

MORE_LESS = {"more": "up", "less": "down"}

_EXPLICIT = frozenset({"on", "off", "open", "close", "lock", "unlock"})


def read_intent(reading: Reading, vocabulary: Vocabulary, levels: Set[str]
                ) -> Intent | None:
    """What ``reading`` asks, before it meets a device: the action, the attribute and
    the value its words say, with what they say of each other; None when they do not
    agree on one action."""
    actions = set(reading.actions)
    attributes = set(reading.attributes)
    if reading.relative_attribute:
        attributes.add(reading.relative_attribute)
    if len(attributes) > 1:
        return None
    attribute = next(iter(attributes), None)
    value = reading.value
    if reading.down_off and attribute is None and value is None:
        actions = (actions - {"down", "close"}) | {"off"}
    if {"lock", "unlock"} & actions:
        if {"lock", "unlock"} <= actions:
            return None
        return Intent("lock" if "lock" in actions else "unlock", attribute)
    if reading.ambiguous_value:
        return None
    direction = {"up", "down"} & actions
    if len(direction) == 2 and len(direction - reading.place_directions) == 1:
        direction -= reading.place_directions  # "brighter, it's dark down here"
    complaint = False
    if not direction and not actions & _EXPLICIT:
        # "a little more", "too bright": a direction only when nothing else says one
        direction = {MORE_LESS[a] for a in actions & MORE_LESS.keys()}
        complaint = bool(direction)
    if "none" in actions and not direction and not actions & _EXPLICIT and value is None:
        actions = actions | {"off"}  # "no lights": nothing else says what to do
    if value is not None and value.word in levels and len(direction) == 1 and (
            (value.word, *direction) in (("low", "up"), ("high", "down"))):
        value = None  # "the sound is low, turn it up": the level is a complaint
    toward = None
    if value is not None and value.word in ("max", "min") and len(direction) == 1:
        # "all the way down", "dim the lights fully": the end of the way said
        toward = next(iter(direction))
        value = replace(value, word="max" if toward == "up" else "min")
    if value is not None and (value.word or "").startswith(SOURCE_PREFIX) and (
            actions & {"off", "close", "down", "up"}):
        return None  # "turn off the tv on hdmi 2": switched to an input, or off?
    if value is not None and value.unit is not None and not value.relative and (
            not value.target and len(direction) == 1 and value.number is not None):
        value = replace(value, relative=True)  # "turn the heating up two degrees"
    if value is not None and value.relative:
        if len(direction) != 1:
            return None
        return Intent(direction.pop(), attribute, value)
    ask = False
    if value is not None and not value.firm and {"on", "off"} & actions:
        if not (value.after_thing and value.number == 1):
            return None  # "turn on light 2": a name we do not know, not a brightness
        value, ask = None, True  # "desk lamp one off": the one there is? asked about
    if value is not None:
        if _maybe_tenths(value) and (len(direction) == 1 or value.on_a_scale):
            return Intent("set", attribute, replace(value, scale_of_ten=True),
                          direction=next(iter(direction), None))
        if "off" in actions and "on" not in actions and toward is None:
            return None  # "the radio off at volume 20": off, or set to 20?
        switch_on = "on" in actions and "off" not in actions
        return Intent("set", attribute, value, direction=toward, switch_on=switch_on,
                      named_mode=_named_mode(reading, vocabulary) if switch_on else None)
    if len(direction) == 1:
        return Intent(direction.pop(), attribute, complaint=complaint)
    if direction:
        return None
    for pair in (("on", "off"), ("open", "close")):
        found = set(pair) & actions
        if len(found) == 1:
            action = found.pop()
            return Intent(action, attribute, ask=ask,
                          named_mode=_named_mode(reading, vocabulary) if action == "on" else None)
        if found:
            return None
    return None


def _named_mode(reading: Reading, vocabulary: Vocabulary) -> str | None:
    """"turn on the ac": the mode the words for the thing say, when only one does."""
    modes = {mode for mode, names in vocabulary.switched_on_modes
             if contains_phrase(reading.tokens, names)}
    return modes.pop() if len(modes) == 1 else None


def _maybe_tenths(value: ValueSpec) -> bool:
    """A bare whole number 1..10, no unit, no word: perhaps a step on a scale of ten."""
    number = value.number
    return (number is not None and value.word is None and value.unit is None
            and not value.relative and 1 <= number <= 10 and float(number).is_integer())
