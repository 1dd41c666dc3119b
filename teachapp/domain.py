"""Domain values shared by every layer: device kinds, devices, steps and routines.

Plain dataclasses with no database or Qt in them; the store converts its rows to
these at its edge. The attribute table is the single source of truth for what a
device of each kind accepts (DESIGN.md, "Device kinds and attributes").
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from .errors import AttributeValueError, RoutineError, UnknownDeviceError
from .triggers import Trigger

__all__ = [
    "ALIAS_ORIGINS",
    "ATTRIBUTES",
    "KINDS",
    "LEARNED_ONLY",
    "AttributeSpec",
    "Device",
    "Phrase",
    "PhraseOrigin",
    "Progress",
    "Routine",
    "SayStep",
    "SetStep",
    "Step",
    "WaitStep",
    "attribute_words",
    "coerce_value",
    "counted",
    "default_state",
    "describe_state",
    "kind_noun",
    "kind_of",
    "listed_name",
    "merged_sets",
    "name_in_sentence",
    "name_opening",
    "names_singular",
    "opens_a_way_in",
    "parse_value",
    "phrase_quoted",
    "recording_path",
    "shorten",
    "spoken_list",
    "validate_changes",
    "validate_device_id",
    "value_with_unit",
]

Progress = Callable[[str, int, int], None]
"""Told how a long job goes: (stage, done, total), e.g. ("saving", 4000, 88000)."""

ValueType = Literal["bool", "int", "float", "choice", "text"]


@dataclass(frozen=True)
class AttributeSpec:
    """What one attribute of a device kind accepts."""

    name: str
    type: ValueType
    minimum: float | None = None
    maximum: float | None = None
    choices: tuple[str, ...] = ()
    unit: str = ""
    """Shown after the value: "%", "K", "°C"."""

    def allowed(self) -> str:
        """The allowed values in words, for error messages."""
        if self.type == "bool":
            return "true or false"
        if self.type == "choice":
            return "one of " + ", ".join(self.choices)
        if self.type == "text":
            return "any text"
        unit = f" {self.unit}" if self.unit and self.unit != "%" else self.unit
        return f"{_num(self.minimum)}–{_num(self.maximum)}{unit}"


def _num(value: float | None) -> str:
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)


_ON = AttributeSpec("on", "bool")
_PERCENT: dict[str, Any] = {"minimum": 0, "maximum": 100, "unit": "%"}

ATTRIBUTES: dict[str, dict[str, AttributeSpec]] = {
    "light": {
        "on": _ON,
        "brightness": AttributeSpec("brightness", "int", **_PERCENT),
        "color_temp": AttributeSpec("color_temp", "int", 2000, 6500, unit="K"),
    },
    "switch": {"on": _ON},
    "climate": {
        "target_temp": AttributeSpec("target_temp", "float", 5, 35, unit="°C"),
        "mode": AttributeSpec("mode", "choice", choices=("off", "heat", "cool", "auto")),
    },
    "lock": {"locked": AttributeSpec("locked", "bool")},
    "cover": {"position": AttributeSpec("position", "int", **_PERCENT)},
    "media_player": {
        "on": _ON,
        "volume": AttributeSpec("volume", "int", **_PERCENT),
        "source": AttributeSpec("source", "text"),
    },
    "fan": {"on": _ON, "speed": AttributeSpec("speed", "int", **_PERCENT)},
}
KINDS: tuple[str, ...] = tuple(ATTRIBUTES)

_DEFAULT_STATES: dict[str, dict[str, Any]] = {
    "light": {"on": False, "brightness": 100, "color_temp": 3000},
    "switch": {"on": False},
    "climate": {"target_temp": 20, "mode": "heat"},
    "lock": {"locked": True},
    "cover": {"position": 0},
    "media_player": {"on": False, "volume": 30, "source": ""},
    "fan": {"on": False, "speed": 50},
}

_ID_RE = re.compile(r"^([a-z_]+)\.([a-z0-9_]+)$")
_TRUE = {"true", "on", "yes", "1", "y"}
_FALSE = {"false", "off", "no", "0", "n"}


def kind_of(device_id: str) -> str:
    """The kind of a device: the part of its id before the dot."""
    return device_id.split(".", 1)[0]


def validate_device_id(device_id: str) -> str:
    """Check a Home-Assistant-style id (``light.living_room_lamp``) and return it."""
    match = _ID_RE.match(device_id or "")
    if not match:
        raise UnknownDeviceError(
            f"{device_id!r} is not a device id; ids look like 'light.living_room_lamp' "
            "(kind, a dot, then lower-case letters, digits and underscores)."
        )
    if match.group(1) not in ATTRIBUTES:
        raise UnknownDeviceError(
            f"device {device_id!r} has unknown kind {match.group(1)!r}; "
            f"use one of {', '.join(KINDS)}."
        )
    return device_id


def default_state(kind: str) -> dict[str, Any]:
    """A fresh device's state: off, closed, locked."""
    return dict(_DEFAULT_STATES[kind])


def _spec(device_id: str, attribute: str) -> AttributeSpec:
    kind = kind_of(device_id)
    specs = ATTRIBUTES.get(kind)
    if specs is None:
        raise UnknownDeviceError(f"device {device_id!r} has unknown kind {kind!r}.")
    spec = specs.get(attribute)
    if spec is None:
        raise AttributeValueError(
            f"{device_id} has no attribute {attribute!r}; a {kind} has "
            f"{', '.join(specs)}."
        )
    return spec


def coerce_value(device_id: str, attribute: str, value: Any) -> Any:
    """Check one value against its attribute and return it in canonical form.

    Strings such as "on", "true", "80" or "19.5" are accepted too, so values typed on
    the command line and values from YAML end up identical.
    """
    spec = _spec(device_id, attribute)
    bad = AttributeValueError(
        f"{device_id} {attribute} cannot be {value!r}; allowed: {spec.allowed()}."
    )
    if spec.type == "bool":
        if isinstance(value, bool):
            return value
        if isinstance(value, str) and value.strip().lower() in _TRUE | _FALSE:
            return value.strip().lower() in _TRUE
        if isinstance(value, int) and value in (0, 1):
            return bool(value)
        raise bad
    if spec.type == "choice":
        if isinstance(value, str) and value.strip().lower() in spec.choices:
            return value.strip().lower()
        raise bad
    if spec.type == "text":
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = str(value)
            if len(text) > 200:
                raise AttributeValueError(
                    f"{device_id} {attribute} is {len(text)} characters long; "
                    "keep it under 200."
                )
            return text
        raise bad
    number = _as_number(value)
    if number is None:
        raise bad
    assert spec.minimum is not None and spec.maximum is not None
    if not spec.minimum <= number <= spec.maximum:
        raise AttributeValueError(
            f"{device_id} {attribute} {_num(number)} is out of range; "
            f"allowed: {spec.allowed()}."
        )
    if spec.type == "int":
        if not float(number).is_integer():
            return round(number)
        return int(number)
    return int(number) if float(number).is_integer() else float(number)


def _as_number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        number = float(value)
    elif isinstance(value, str):
        text = value.strip().rstrip("%").strip()
        for unit in ("°c", "°", "c", "k"):
            if text.lower().endswith(unit):
                text = text[: -len(unit)].strip()
                break
        try:
            number = float(text)
        except ValueError:
            return None
    else:
        return None
    if math.isnan(number) or math.isinf(number):
        return None
    return number


def parse_value(device_id: str, attribute: str, text: str) -> Any:
    """Parse a value typed as text (``--set light.lamp.brightness=80``)."""
    return coerce_value(device_id, attribute, text)


def validate_changes(device_id: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Validate a mapping of attribute -> value for one device; canonical copy."""
    if not isinstance(changes, dict) or not changes:
        raise AttributeValueError(
            f"{device_id}: give at least one attribute to set, e.g. {{on: true}}."
        )
    return {str(k): coerce_value(device_id, str(k), v) for k, v in changes.items()}


_ATTRIBUTE_WORDS = {"color_temp": "colour temp"}
"""One spelling for every front end (issue 17: the CLI said "color", the tiles "Colour")."""


def attribute_words(name: str) -> str:
    """An attribute as words in messages: ``color_temp`` -> "colour temp"."""
    return _ATTRIBUTE_WORDS.get(name, name.replace("_", " "))


def value_with_unit(kind: str, attribute: str, value: Any) -> str:
    """A number as every reply says it, with its attribute's unit: "20 °C", "30 %",
    "2700 K" (a device's read-back and a command's words alike)."""
    spec = ATTRIBUTES.get(kind, {}).get(attribute)
    unit = spec.unit if spec is not None else ""
    return f"{_num(value)} {unit}" if unit else _num(value)


def describe_state(kind: str, state: dict[str, Any]) -> str:
    """A short reading of a state in words, as a person says it: "on, brightness 80 %",
    "set to 21 °C, heat mode" (not the attribute names "target temp 21 °C, mode heat")."""
    parts: list[str] = []
    specs = ATTRIBUTES.get(kind, {})
    ordered = [k for k in specs if k in state] + [k for k in state if k not in specs]
    for name in ordered:
        value = state[name]
        spec = specs.get(name)
        if name == "on":
            parts.append("on" if value else "off")
        elif name == "locked":
            parts.append("locked" if value else "unlocked")
        elif name == "position" and value in (0, 100):  # a cover's ends, in words
            parts.append("closed" if value == 0 else "open")
        elif name == "target_temp" and spec is not None:  # "set to 21 °C", as said
            parts.append(f"set to {value_with_unit(kind, name, value)}")
        elif name == "mode" and kind == "climate":  # "heat mode"; "off" when off
            parts.append("off" if value == "off" else f"{value} mode")
        elif spec is not None and spec.type in ("int", "float"):
            parts.append(f"{attribute_words(name)} {value_with_unit(kind, name, value)}")
        elif name == "source" and not value:
            continue
        else:
            parts.append(f"{attribute_words(name)} {value}")
    return ", ".join(parts)


@dataclass
class Device:
    """A device in the home and its current state."""

    id: str
    name: str
    room: str = ""
    state: dict[str, Any] = field(default_factory=dict)
    unreported: str = ""
    """Why the home does not know its state now, said after its name: "not reporting its
    state", "offline, Zigbee2MQTT says". "" when it reported it. ``state`` is then only
    the last one stored, which may be stale or a kind's default, so an answer about the
    device says this instead ("Garage lamp is off." was said of a lamp never heard from)."""
    attributes: tuple[str, ...] = ()
    """The attributes the home says this device has (Zigbee2MQTT's exposes: a lamp with
    no colour temperature); () when it has all of its kind's."""

    @property
    def kind(self) -> str:
        return kind_of(self.id)

    def describe(self) -> str:
        """Its state in words, or why the home does not know it (``unreported``): a
        stored default is never read out as its state."""
        return self.unreported or describe_state(self.kind, self.state)


@dataclass(frozen=True)
class SetStep:
    """Set attributes of one device."""

    device: str
    set: dict[str, Any]


@dataclass(frozen=True)
class WaitStep:
    """Pause the routine."""

    seconds: float


@dataclass(frozen=True)
class SayStep:
    """Speak a reply."""

    text: str


Step = SetStep | WaitStep | SayStep

class PhraseOrigin(StrEnum):
    """Where a phrase came from (stored as its value)."""

    TAUGHT = "taught"
    """Said or typed when the routine was taught."""
    ALIAS = "alias"
    """Added by hand (window, routine file, "also call it …")."""
    LEARNED = "learned"
    """Learned from a rephrase or a choice after a miss."""


ALIAS_ORIGINS: tuple[PhraseOrigin, ...] = (PhraseOrigin.LEARNED, PhraseOrigin.ALIAS)
"""The origins of aliases: phrases given after teaching, learned or added by hand."""
LEARNED_ONLY: tuple[PhraseOrigin, ...] = (PhraseOrigin.LEARNED,)
"""The origins an undo takes away: a phrase learned from use, never one added by hand."""


class RoutineSource(StrEnum):
    """How a routine came to be (stored as its value)."""

    VOICE = "voice"
    GUI = "gui"
    IMPORT = "import"
    CLI = "cli"
    LEARNED = "learned"


@dataclass
class Phrase:
    """One way of saying a routine's name."""

    text: str
    origin: PhraseOrigin | str = PhraseOrigin.TAUGHT
    """Coerced to PhraseOrigin (a plain string from a row or a file is accepted)."""
    uses: int = 0
    last_used: datetime | None = None

    def __post_init__(self) -> None:
        self.origin = PhraseOrigin(self.origin)


@dataclass
class Routine:
    """A named sequence of steps and the phrases that start it."""

    name: str
    phrases: list[Phrase] = field(default_factory=list)
    steps: list[Step] = field(default_factory=list)
    enabled: bool = True
    source: str = "cli"
    created_at: datetime | None = None
    updated_at: datetime | None = None
    triggers: list[Trigger] = field(default_factory=list)
    """When it starts by itself (``teachapp.triggers``); empty: only when asked."""
    version: int | None = field(default=None, compare=False)
    """The stored version this copy was read at; a save checks it (None: no check)."""
    updated_by: str | None = field(default=None, compare=False)
    """The computer that saved this version last."""

    def phrase_texts(self) -> list[str]:
        return [p.text for p in self.phrases]


MAX_NAME_CHARS = 200
"""The longest routine name or phrase: a phrase is something a person says in one
breath; anything longer is pasted text, and it would break every list it shows in."""
MAX_SAY_CHARS = 500
MAX_WAIT_SECONDS = 3600


def shorten(text: str, limit: int = 60) -> str:
    """A person's text fit to quote in a one-line message or a list row: one line,
    at most ``limit`` characters, cut with "…" (the whole text goes in a tooltip)."""
    line = " ".join(str(text).split())
    return line if len(line) <= limit else line[:limit - 1].rstrip() + "…"


def recording_path(line: str) -> Path | None:
    """The WAV file a typed line names as ``@path`` (how chat and the window's command
    line take a recording), ``~`` expanded; None for any other line. Only the words are
    read here: whether the file is there is for whoever opens it."""
    stripped = line.strip()
    if not stripped.startswith("@") or not stripped[1:].strip():
        return None
    return Path(stripped[1:].strip()).expanduser()


def sentence_start(name: str) -> str:
    """``name`` opening a sentence: a routine taught by voice is named in lower case."""
    return name[:1].upper() + name[1:]


def listed_name(name: str) -> str:
    """A routine's name standing alone, as a row of a list or a cell of a table shows
    it: opening with a capital, as a title does. One routine taught by voice or by the
    window's tiles is named as its phrase ("bedtime"), one named in the editor as typed
    ("Bedtime"); listed side by side they read alike ("Bedtime", "Movie night"). Only
    the showing changes: the name stays as taught, which ``teach "x"``, ``resolve
    --json``, ``list`` and ``export`` keep ("x"), and names match in any case."""
    return sentence_start(name)


def name_in_sentence(name: str) -> str:
    """A routine's name inside a sentence, one way whoever typed it: lower case ("I know
    3 routines: cosy time, film night and good morning", "Shall I undo film night?"; it
    was "Cosy time, film night, Good morning", as typed). A word in capitals in a name
    that has small letters too is an abbreviation and keeps them ("TV time" -> "TV
    time", "I" too); a name all in capitals ("FILM NIGHT") is lowered whole. A name opening a
    sentence takes a capital first letter (``name_opening``); rows of a list or a
    table show the name as stored (``listed_name``)."""
    if name == name.upper():
        return name.lower()
    return " ".join(word if word == "I" or (len(word) > 1 and word.isupper())
                    else word.lower() for word in name.split(" "))


def phrase_quoted(phrase: str) -> str:
    """A taught phrase quoted as the words to say ('Say "film night" to start it'): as a
    person says it, in lower case as ``name_in_sentence`` writes a name (an abbreviation
    keeps its capitals: "TV time"), however it was typed or imported. A phrase stored as
    "Film Night" was quoted so, beside "film night" in the same reply."""
    return name_in_sentence(phrase)


def name_opening(name: str) -> str:
    """A routine's name opening a sentence: ``name_in_sentence`` with a capital first
    letter ("Film night will run at 20:00", "TV time: set TV on."), so one reply names a
    routine one way wherever it stands. Openings kept every stored capital ("Film Night
    will run at 20:00" beside "OK, film night won't run ...")."""
    return sentence_start(name_in_sentence(name))


_KIND_NOUNS = {"climate": "heating control", "light": "light", "cover": "blind/curtain",
               "lock": "lock", "media_player": "TV/speaker", "fan": "fan", "switch": "switch"}
"""A kind in a person's words; a slash joins the things one kind holds."""


def kind_noun(kind: str, count: int = 1, joined: str = "or") -> str | None:
    """A device kind as said of ``count`` devices: "light", "lights", "blind or curtain",
    "blinds and curtains" (``joined``); None for a kind with no word of its own."""
    noun = _KIND_NOUNS.get(kind)
    if noun is None:
        return None
    words = [w if count == 1 else w + ("es" if w.endswith(("s", "ch", "sh")) else "s")
             for w in noun.split("/")]
    return f" {joined} ".join(words)


_WAY_IN_WORDS = frozenset({"door", "gate", "garage"})
"""Words of a cover's name that make it a way into the home: a garage door or a gate
(Home Assistant's and Zigbee2MQTT's covers of those classes are covers here)."""
_NAME_WORDS = re.compile(r"[a-z0-9]+")


def opens_a_way_in(device_id: str, name: str, change: dict[str, Any]) -> bool:
    """Whether ``change`` to a device lets people into the home: a lock unlocked, or a
    cover that is a door or a gate by its name or id ("Garage door", "Driveway gate")
    opened, even partly. A misheard phrase must do neither without asking; closing and
    locking need no question."""
    if change.get("locked") is False:
        return True
    position = change.get("position")
    if kind_of(device_id) != "cover" or not isinstance(position, int | float) or position <= 0:
        return False
    said = f"{name} {device_id.partition('.')[2]}".casefold()
    return any(w.removesuffix("s") in _WAY_IN_WORDS for w in _NAME_WORDS.findall(said))


def names_singular(names: list[str]) -> bool:
    """One device, and its name is not a plural ("Garden lights are off")."""
    last = names[0].split()[-1].casefold() if len(names) == 1 and names[0].split() else ""
    return len(names) == 1 and not (last.endswith("s") and not last.endswith(("ss", "us", "is")))


def counted(count: int, noun: str) -> str:
    """"1 routine", "2 routines", "0 devices": a count and its noun agreeing, for the
    nouns that take an s (the one way a reply counts, so none says "1 routines")."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def spoken_list(items: Iterable[str], last: str = "and", *, most: int | None = None) -> str:
    """"A", "A and B", "A, B and C"; ``last="or"`` for alternatives ("a or b"); ``most``:
    name at most that many and count the rest ("A, B, C and 5 more"). The one way a
    reply joins names, so none reads "Desk lamp, TV put back"."""
    items = list(items)
    if most is not None and len(items) > most:
        items = [*items[:most], f"{len(items) - most} more"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + f" {last} " + items[-1]


_CONTROL = re.compile(r"[\x00-\x1f]")


def check_text(text: str, what: str, *, limit: int = MAX_NAME_CHARS) -> str:
    """``text`` with its spaces folded, or RoutineError saying why it cannot be used."""
    folded = " ".join(str(text).split())
    if not folded:
        raise RoutineError(f"The {what} is empty; give it some words.", field=what)
    if len(folded) > limit:
        raise RoutineError(f"The {what} is {len(folded)} characters long; the limit is "
                           f"{limit}. Use a shorter one.", field=what)
    if _CONTROL.search(folded):
        raise RoutineError(f"The {what} contains control characters.", field=what)
    return folded


def merged_sets(steps: Iterable[SetStep]) -> list[SetStep]:
    """One step a device, in the order the devices first come, holding every change made
    to it (a later value wins): the changes of several parts of one sentence ("living
    room lamp to 30 percent and warm white") as one command's."""
    changes: dict[str, dict[str, Any]] = {}
    for step in steps:
        changes.setdefault(step.device, {}).update(step.set)
    return [SetStep(device=device, set=values) for device, values in changes.items()]


def with_implied_on(step: Step) -> Step:
    """Brightness or fan speed above zero means on, as a person expects."""
    if not isinstance(step, SetStep) or "on" in step.set:
        return step
    level = step.set.get("brightness", step.set.get("speed"))
    if kind_of(step.device) in ("light", "fan") and isinstance(level, (int, float)) \
            and not isinstance(level, bool) and level > 0:
        return SetStep(device=step.device, set={"on": True, **step.set})
    return step


def validate_routine(routine: Routine) -> Routine:
    """The one check of a routine, used by the file reader, the CLI, teaching, the
    editor and the store: a name and phrases of sane length, valid steps.

    Raises RoutineError naming the routine and the field.
    """
    try:
        name = check_text(routine.name, "routine name")
    except RoutineError as exc:
        raise RoutineError(str(exc), routine=routine.name[:40], field="name") from None
    phrases: list[Phrase] = []
    seen: set[str] = set()
    for index, phrase in enumerate(routine.phrases):
        try:
            text = check_text(phrase.text, "phrase")
        except RoutineError as exc:
            raise RoutineError(str(exc), routine=name, field=f"phrases[{index}]") from None
        if text.casefold() not in seen:
            seen.add(text.casefold())
            phrases.append(Phrase(text, phrase.origin, phrase.uses, phrase.last_used))
    steps: list[Step] = []
    for index, step in enumerate(routine.steps):
        where = f"steps[{index}]"
        if isinstance(step, SetStep):
            try:
                steps.append(SetStep(step.device,
                                     validate_changes(validate_device_id(step.device),
                                                      dict(step.set))))
            except (AttributeValueError, UnknownDeviceError) as exc:
                raise RoutineError(str(exc), routine=name, field=where) from None
        elif isinstance(step, WaitStep):
            seconds = step.seconds
            if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) \
                    or not 0 <= seconds <= MAX_WAIT_SECONDS:
                raise RoutineError(f"A wait is 0 to {MAX_WAIT_SECONDS} seconds, not "
                                   f"{seconds!r}.", routine=name, field=where)
            steps.append(step)
        else:
            try:
                steps.append(SayStep(check_text(step.text, "reply", limit=MAX_SAY_CHARS)))
            except RoutineError as exc:
                raise RoutineError(str(exc), routine=name, field=where) from None
    return replace(routine, name=name, phrases=phrases, steps=steps)
