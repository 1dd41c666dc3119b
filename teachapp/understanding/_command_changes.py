"""What a device command does to each kind of device, and how it is read back.

An :class:`Intent` (turn on, set 80 %, dim...) becomes attribute changes per device
kind here; a device that cannot do it gets None and is left out. Values are checked
with :func:`teachapp.domain.validate_changes`; an out-of-range value becomes an
:class:`~teachapp.errors.AttributeValueError` naming the device and the range.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..domain import (
    ATTRIBUTES,
    Device,
    attribute_words,
    default_state,
    describe_state,
    kind_noun,
    names_singular,
    spoken_list,
    validate_changes,
)
from ..errors import AttributeValueError
from ._command_reading import ValueSpec
from ._command_vocab import MODE_PREFIX, SOURCE_PREFIX, WHITE_PREFIX, Vocabulary

__all__ = ["Intent", "at_limit", "changes_for", "implied_attribute", "join_names",
           "read_back", "validated"]

_SWITCHABLE = frozenset({"light", "switch", "media_player", "fan"})
_ATTRIBUTE_WORDS = {"target_temp": "temperature"}


@dataclass(frozen=True)
class Intent:
    """What the utterance asks, before it meets a device."""

    action: str
    """on, off, open, close, lock, unlock, up, down or set."""
    attribute: str | None = None
    """The attribute named ("volume"), when one was."""
    value: ValueSpec | None = None
    direction: str | None = None
    """"up" or "down" said beside a target value ("turn the lights up to eight")."""
    ask: bool = False
    """Read with a guess that must be asked about first ("desk lamp one off")."""
    named_mode: str | None = None
    """The climate mode the words for the thing imply when switched on ("the ac": cool)."""
    switch_on: bool = False
    """"On" said beside a value ("the radio on at volume 20"): switched on as well."""
    complaint: bool = False
    """The way only felt, not asked ("too bright", "a little less"): no light comes on."""


DIMMED_FROM_OFF = 30
"""The brightness (%) of a light that is off when it is dimmed ("dim the desk lamp"): a
person asking so wants it on, and low; the step down from the full it was left at (75 %)
was brighter than asked, and "off" taught a routine to turn it off."""


_DIMMED_LOW_PART = 0.5
"""A light dimmed with no amount said at or below one step (25 %) is halved, not
stepped to the bottom: "dim the lamp" at 20 % was 1 %, nearly off, the same from a
command as from a routine's edit ("have movie night dim the lamp too"); 20 -> 10 -> 5 ->
2 -> 1 %. Brightness is seen by its ratio more than its difference (Stevens' power law),
so a half is a step down alike at any low level; higher up the 25-point step stays."""


_UNIT_ATTRIBUTES = {"degrees": "target_temp", "kelvin": "color_temp"}
"""A unit that names its attribute: "20 degrees" is a temperature, "2700 K" a white."""


def implied_attribute(intent: Intent) -> str | None:
    """The attribute ``intent`` changes: the one named ("volume"), else the one its value
    can only be of ("warm white": a colour temperature; "20 degrees": a temperature;
    "hdmi 1": a source; "cool mode": a mode); None when the value fits the kind's own
    ("50 percent")."""
    if intent.attribute is not None or intent.value is None:
        return intent.attribute
    word = intent.value.word or ""
    for prefix, attribute in ((WHITE_PREFIX, "color_temp"), (MODE_PREFIX, "mode"),
                              (SOURCE_PREFIX, "source")):
        if word.startswith(prefix):
            return attribute
    return _UNIT_ATTRIBUTES.get(intent.value.unit or "")


def _holding(kind: str, attribute: str, number: float | None) -> str:
    """The attribute a bare number is of: ``attribute`` (the kind's first one), unless the
    number is past its range and in the range of exactly one other attribute that lies
    wholly past it ("set the desk lamp to 2700": no brightness goes so high; a colour
    temperature does)."""
    first = ATTRIBUTES[kind][attribute]
    if number is None or first.maximum is None or number <= first.maximum:
        return attribute
    others = [name for name, spec in ATTRIBUTES[kind].items()
              if name != attribute and spec.minimum is not None and spec.maximum is not None
              and spec.minimum > first.maximum and spec.minimum <= number <= spec.maximum]
    return others[0] if len(others) == 1 else attribute


def _spec_value(kind: str, attribute: str, value: ValueSpec, vocab: Vocabulary) -> Any:
    spec = ATTRIBUTES[kind][attribute]
    if value.word == "max":
        return spec.maximum
    if value.word == "min":
        return vocab.minimum_values.get(attribute, spec.minimum)
    if value.word == "mute":
        return spec.minimum
    if value.word == "unmute":  # (the volume before the mute, which the parser fills in)
        return vocab.unmuted_volume if value.number is None else value.number
    if value.word == "half":
        return 50 if spec.unit == "%" else None
    if value.word is not None and value.number is None:
        return vocab.level_values.get(attribute, {}).get(value.word)
    return value.number


def _numeric(value: Any) -> Any:
    return int(value) if float(value).is_integer() else value


def _with_on(kind: str, attribute: str, value: Any, vocab: Vocabulary) -> dict[str, Any]:
    if vocab.implies_on.get(kind) == attribute:
        return {"on": bool(value > 0), attribute: _numeric(value)}
    return {attribute: _numeric(value)}


def _set_changes(device: Device, intent: Intent, vocab: Vocabulary) -> dict[str, Any] | None:
    kind = device.kind
    value = intent.value
    assert value is not None
    if value.word is not None and value.word.startswith(MODE_PREFIX):
        return {"mode": value.word.removeprefix(MODE_PREFIX)} if kind == "climate" else None
    if value.word is not None and value.word.startswith(WHITE_PREFIX):
        kelvin = int(value.word.removeprefix(WHITE_PREFIX))
        return {"on": True, "color_temp": kelvin} if kind == "light" else None
    if value.word is not None and value.word.startswith(SOURCE_PREFIX):
        return {"on": True, "source": value.word.removeprefix(SOURCE_PREFIX)} if (
            kind == "media_player") else None
    attribute = intent.attribute
    if attribute is None:
        attribute = _UNIT_ATTRIBUTES.get(value.unit or "") or vocab.primary_attribute.get(kind)
        if attribute is not None and value.unit is None:
            attribute = _holding(kind, attribute, value.number)
    if attribute is None or attribute not in ATTRIBUTES[kind]:
        return None
    if value.unit is not None and _UNIT_ATTRIBUTES.get(value.unit) != (
            attribute if attribute in _UNIT_ATTRIBUTES.values() else None):
        return None  # "lamp to 20 degrees", "thermostat to 50 percent", "volume 2700 K"
    number = _spec_value(kind, attribute, value, vocab)
    if number is None:
        return None
    if value.scale_of_ten:
        number = _tenths(device, attribute, number, intent.direction, vocab)
        if number is None:
            return None
    changes = _with_on(kind, attribute, number, vocab)
    if attribute == "color_temp":
        changes = {"on": True, **changes}  # as "warm white" does: a white is seen lit
    if intent.switch_on and "on" in ATTRIBUTES[kind]:
        changes.setdefault("on", True)
    elif intent.switch_on and kind == "climate" and device.state.get("mode") == "off":
        changes["mode"] = intent.named_mode or "heat"  # "the heating on at 20"
    return changes


def _current(device: Device, attribute: str, direction: str | None,
             vocab: Vocabulary) -> float:
    """The value a change starts from: a light that is off is at 0 when turned up."""
    kind = device.kind
    spec = ATTRIBUTES[kind][attribute]
    state = {**default_state(kind), **device.state}
    current = float(state.get(attribute, spec.minimum or 0))
    if vocab.implies_on.get(kind) == attribute and not state.get("on", True):
        current = 0.0 if direction == "up" else current
    return current


def _tenths(device: Device, attribute: str, number: float, direction: str | None,
            vocab: Vocabulary) -> float | None:
    """"up to eight" on a 0-100 % attribute: 80 % if that goes the way said, else 8 %
    if that does; None when neither does (the words contradict the state). Other
    attributes (degrees) keep the number, when it goes the way said. With no way said
    ("level 3") a percentage attribute takes the step of ten."""
    current = _current(device, attribute, direction, vocab)

    def goes(value: float) -> bool:
        if direction is None:  # "lights to level 3": no way said, the step of ten
            return True
        return value > current if direction == "up" else value < current
    percent = ATTRIBUTES[device.kind][attribute].unit == "%"
    candidates = (number * 10, number) if percent else (number,) if direction else ()
    for candidate in candidates:  # "thermostat to level 5": which temperature is that?
        if goes(candidate):
            return candidate
    return None


def _relative_changes(device: Device, intent: Intent, vocab: Vocabulary
                      ) -> dict[str, Any] | None:
    kind = device.kind
    attribute = intent.attribute or vocab.primary_attribute.get(kind)
    specs = ATTRIBUTES[kind]
    action = intent.action
    if attribute == "target_temp" and kind == "light":
        # "make the lights warmer": warmer light is fewer kelvin
        attribute, action = "color_temp", "down" if action == "up" else "up"
    if attribute is None or attribute not in specs:
        return None
    spec = specs[attribute]
    state = {**default_state(kind), **device.state}
    if action == "down" and vocab.implies_on.get(kind) == attribute and not state.get("on"):
        if attribute == "brightness" and not intent.complaint:
            # "dim the desk lamp" of an off lamp: on, and low (DIMMED_FROM_OFF)
            return _with_on(kind, attribute, DIMMED_FROM_OFF, vocab)
        # an off fan turned down, or a light felt too bright, stays off
        return {"on": False}
    step = vocab.steps.get(attribute, 10.0)
    said = intent.value is not None and intent.value.relative and (
        intent.value.number is not None)
    if said:
        assert intent.value is not None and intent.value.number is not None
        step = intent.value.number
    current = _current(device, attribute, action, vocab)
    lowest = vocab.minimum_values.get(attribute, spec.minimum or 0)
    target = current + step if action == "up" else current - step
    if action == "down" and attribute == "brightness" and not said and current <= step:
        target = max(lowest, round(current * _DIMMED_LOW_PART))  # (below one step)
    assert spec.minimum is not None and spec.maximum is not None
    target = min(max(target, lowest if action == "down" else spec.minimum), spec.maximum)
    return _with_on(kind, attribute, target, vocab)


_LIMITS = {"brightness": ("brightest", "dimmest"), "volume": ("loudest", "quietest"),
           "speed": ("fastest", "slowest"), "target_temp": ("warmest", "coolest"),
           "color_temp": ("coolest white", "warmest white")}
"""A level at the top or the bottom of its range, as "already at its ..." says it."""


def at_limit(intent: Intent, devices: Sequence[Device], changes: Sequence[dict[str, Any]]
             ) -> str:
    """"Desk lamp is already at its brightest.": what to say instead of running a change
    up or down ("make the desk lamp brighter") that would leave every device as it is,
    its level at the end of its range; "" when some device would change (or the change
    is no step up or down)."""
    if intent.action not in ("up", "down") or not devices:
        return ""
    words = set()
    for device, change in zip(devices, changes, strict=True):
        state = {**default_state(device.kind), **device.state}
        if any(state.get(key) != value for key, value in change.items()):
            return ""
        for attribute, value in change.items():
            spec = ATTRIBUTES[device.kind][attribute]
            if attribute == "position":
                words.add("fully open" if value == spec.maximum else "fully closed")
            elif attribute == "on" and len(change) == 1:
                words.add("on" if value else "off")  # (an off light dimmed: off)
            elif attribute != "on":
                top, bottom = _LIMITS.get(attribute, ("highest", "lowest"))
                words.add("at {its} " + (top if value == spec.maximum else bottom))
    names = list(dict.fromkeys(d.name for d in devices))
    one = names_singular(names)
    said = words.pop().format(its="its" if one else "their") if len(words) == 1 else (
        "as far as they go")  # (several kinds, each at its own end)
    who = join_names(names)
    if len(names) > _NAMED_AT_LIMIT:  # ("All 5 lights are already off.", as a run says)
        kinds = {d.kind for d in devices}
        noun = kind_noun(kinds.pop(), 2, "and") if len(kinds) == 1 else None
        who = f"All {len(names)} {noun or 'devices'}"
    return f"{who} {'is' if one else 'are'} already {said}."


_NAMED_AT_LIMIT = 3
"""Up to this many devices at a limit are named; more are counted (``run_report``'s
"All 5 lights were already off." counts alike)."""


def changes_for(device: Device, intent: Intent, vocab: Vocabulary) -> dict[str, Any] | None:
    """The attribute changes ``intent`` makes to ``device``; None when it cannot."""
    kind = device.kind
    action = intent.action
    if action == "set":
        return _set_changes(device, intent, vocab)
    if action in ("up", "down"):
        return _relative_changes(device, intent, vocab)
    if intent.attribute is not None and intent.attribute not in ATTRIBUTES[kind]:
        return None  # "open the desk lamp volume": words about another kind of device
    if kind == "lock":
        if action in ("lock", "close"):
            return {"locked": True}
        if action in ("unlock", "open"):
            return {"locked": False}  # ("open the front door": asked first, as unlocking)
        return None  # "turn on" or "turn off" the front door: nothing a lock does
    if action in ("lock", "unlock"):
        return None
    if kind == "cover":
        return {"position": 100 if action in ("on", "open") else 0}
    if kind == "climate":
        if action in ("open", "close"):
            return None
        if action == "off":
            return {"mode": "off"}
        if intent.named_mode is not None:
            return {"mode": intent.named_mode}
        mode = device.state.get("mode", "heat")
        return {"mode": mode if mode in ("heat", "cool", "auto") else "heat"}
    if kind in _SWITCHABLE:
        return {"on": action in ("on", "open")}  # "open the lights", "shut the tv"
    return None


def validated(device: Device, changes: dict[str, Any]) -> dict[str, Any]:
    """Check the changes against the attribute table; errors name the device and range."""
    try:
        return validate_changes(device.id, changes)
    except AttributeValueError as exc:
        for attribute, value in changes.items():
            spec = ATTRIBUTES.get(device.kind, {}).get(attribute)
            if spec is None or spec.minimum is None or spec.maximum is None:
                continue
            if isinstance(value, (int, float)) and not spec.minimum <= value <= spec.maximum:
                what = _ATTRIBUTE_WORDS.get(attribute, attribute_words(attribute))
                unit = f" {spec.unit}" if spec.unit and spec.unit != "%" else spec.unit
                raise AttributeValueError(
                    f"{device.name} {what} can be set from {spec.allowed()}, "
                    f"not {_numeric(value)}{unit}; say a value in that range."
                ) from exc
        raise


def join_names(names: Sequence[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return spoken_list(list(names))


def read_back(devices: Sequence[Device], changes: Sequence[dict[str, Any]]) -> str:
    """"Desk lamp: on, brightness 80 %." Devices with the same change share a sentence."""
    groups: dict[str, list[str]] = {}
    for device, change in zip(devices, changes, strict=True):
        groups.setdefault(describe_state(device.kind, change), []).append(device.name)
    return " ".join(f"{join_names(names)}: {text}." for text, names in groups.items())
