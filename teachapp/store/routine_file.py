"""Routine files (YAML or JSON): parse and validate at the edge, export exactly.

The format is DESIGN.md's "Routine files". Parsing builds domain values and checks
every field before anything is written, so an invalid file changes nothing; the
error names the file, the routine and the field.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from ..domain import (
    Device,
    Phrase,
    PhraseOrigin,
    Progress,
    Routine,
    SayStep,
    SetStep,
    Step,
    WaitStep,
    validate_changes,
    validate_device_id,
    validate_routine,
)
from ..errors import RoutineError, RoutineFileError, ScheduleError, TeachappError
from ..schedule import check_local_time, local_zone
from ..triggers import Trigger, bare_hour, half_named, trigger_from_dict, trigger_to_dict
from ._file_text import file_text
from .records import phrase_key

if TYPE_CHECKING:
    from .history_file import History

__all__ = ["FORMAT_VERSION", "MAX_FILE_BYTES", "RoutineFile", "dump_routine_file",
           "load_routine_file", "load_yaml", "parse_routine_file", "read_routine_file"]

FORMAT_VERSION = 1
MAX_FILE_BYTES = 8 * 1024 * 1024
MAX_WAIT_SECONDS = 3600
_MAX_TEXT = 500
_TOP_KEYS = {"version", "devices", "routines", "history"}
"""``history``: written by ``export --history``, read by ``history_file.py``."""
_DEVICE_KEYS = {"id", "name", "room", "kind", "state"}
_ROUTINE_KEYS = {"name", "phrases", "steps", "enabled", "triggers"}


_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f-\x9f\ud800-\udfff]")
"""Control characters (a tab is allowed) and lone surrogates."""

_MAX_DEPTH = 32
"""Routine files nest four levels deep; anything far deeper is not one."""
_CORE_TAGS = {f"tag:yaml.org,2002:{name}" for name in
              ("str", "int", "float", "bool", "null", "timestamp", "seq", "map")}
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Resolver(yaml.resolver.Resolver):
    """YAML 1.2 booleans only: in YAML 1.1 the key of ``{on: true}`` would be True."""


_Resolver.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.resolver.Resolver.yaml_implicit_resolvers.items()
}
_Resolver.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"),
    list("tTfF"))


class _Refused(Exception):
    """YAML that parses but that a routine file may not contain."""

    def __init__(self, problem: str, mark: Any) -> None:
        super().__init__(problem)
        self.problem = problem
        self.problem_mark = mark


_EVENTS_PER_REPORT = 20000
_ROUTINES_PER_REPORT = 500


@dataclass(frozen=True)
class RoutineFile:
    """A routine file read once and checked: what ``import`` needs of it."""

    path: str
    devices: list[Device]
    routines: list[Routine]
    history: History | None
    """The ``history`` section (``export --history``), if the file has one."""


def load_yaml(text: str, progress: Progress | None = None) -> Any:
    """One YAML document as plain data, built from the (C) parser's event stream.

    Not ``yaml.load``: no alias is followed (no expansion bombs), no tag builds an
    object, nesting is bounded without recursion, and building from events is
    many times faster than PyYAML's constructor on a large file. Public:
    :mod:`history_file` reads its YAML so too.
    """
    resolver = _Resolver()
    constructor = yaml.constructor.SafeConstructor()
    stack: list[tuple[Any, list[Any]]] = []  # (container, pending mapping key)
    result: Any = None
    documents = 0

    def add(value: Any, event: Any) -> None:
        nonlocal result
        if not stack:
            result = value
            return
        container, key = stack[-1]
        if isinstance(container, list):
            container.append(value)
        elif not key:
            if isinstance(value, (list, dict)):
                raise _Refused("a mapping key must be a plain value", event.start_mark)
            key.append(value)
        else:
            container[key.pop()] = value

    for count, event in enumerate(yaml.parse(text, Loader=_Loader)):
        if progress is not None and count % _EVENTS_PER_REPORT == 0 and event.start_mark:
            progress("reading", event.start_mark.index, len(text))
        if isinstance(event, yaml.AliasEvent):
            raise _Refused("aliases (*name) are not allowed in routine files",
                           event.start_mark)
        if isinstance(event, yaml.DocumentStartEvent):
            documents += 1
            if documents > 1:
                raise _Refused("a routine file holds one document, not several",
                               event.start_mark)
        elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
            is_seq = isinstance(event, yaml.SequenceStartEvent)
            _check_tag(event, "tag:yaml.org,2002:seq" if is_seq else "tag:yaml.org,2002:map")
            if len(stack) >= _MAX_DEPTH:
                raise RecursionError
            container: Any = [] if is_seq else {}
            add(container, event)
            stack.append((container, []))
        elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
            stack.pop()
        elif isinstance(event, yaml.ScalarEvent):
            add(_scalar(event, resolver, constructor), event)
    return result


def _check_tag(event: Any, implicit_tag: str) -> str:
    tag = event.tag
    if tag is None or tag == "!":
        return implicit_tag
    if tag not in _CORE_TAGS:
        raise _Refused(f"the YAML tag {tag!r} is not allowed in routine files",
                       event.start_mark)
    return tag


def _scalar(event: Any, resolver: _Resolver, constructor: Any) -> Any:
    if event.tag is None or event.tag == "!":
        tag = resolver.resolve(yaml.ScalarNode, event.value, event.implicit)
    else:
        tag = _check_tag(event, "tag:yaml.org,2002:str")
    if tag == "tag:yaml.org,2002:str" or tag not in _CORE_TAGS:
        return event.value  # merge ("<<") and value ("=") keys are plain text here
    node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
    try:
        return constructor.yaml_constructors[tag](constructor, node)
    except ValueError as exc:  # e.g. an integer of thousands of digits
        raise _Refused(f"the value {event.value[:12]!r}... ({len(event.value)} "
                       "characters) is not a number teachapp can use", event.start_mark
                       ) from exc


def read_routine_file(path: str | Path) -> tuple[list[Device], list[Routine]]:
    """Read and validate a routine file; raises RoutineFileError naming what is wrong."""
    loaded = load_routine_file(path)
    return loaded.devices, loaded.routines


def load_routine_file(path: str | Path, *, progress: Progress | None = None) -> RoutineFile:
    """Read a routine file once: devices, routines and history, every field checked.

    Raises RoutineFileError naming the file, the routine and the field."""
    name = str(path)
    try:
        size = Path(path).stat().st_size
        if size > MAX_FILE_BYTES:
            raise RoutineFileError(name, f"the file is {size // 1024} KiB; routine files "
                                   f"are at most {MAX_FILE_BYTES // 1024 // 1024} MiB. Split "
                                   "it into smaller files and import each.")
        raw = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise RoutineFileError(name, "the file does not exist; check the path.") from exc
    except IsADirectoryError as exc:
        raise RoutineFileError(name, "this is a folder; give a .yaml or .json file.") from exc
    except OSError as exc:
        raise RoutineFileError(name, f"cannot read it: {exc.strerror or exc}.") from exc
    text = file_text(raw, name)
    doc, devices, routines = _parse(text, name, progress)
    from .history_file import history_from_doc  # (SQLModel: not for `list`'s fast path)

    return RoutineFile(name, devices, routines, history_from_doc(doc, name))


def parse_routine_file(text: str, *, name: str = "<input>") -> tuple[list[Device], list[Routine]]:
    """Parse the text of a routine file (YAML, of which JSON is a subset)."""
    _doc, devices, routines = _parse(text, name, None)
    return devices, routines


_NO_ROUTINES = (
    "it has no routines, so there is nothing to import. List them under 'routines', each "
    "with a name, its phrases and its steps, e.g. in YAML: 'routines: [{name: Reading mode, "
    "phrases: [reading mode], steps: [{say: Enjoy your book}]}]' ('teachapp export' writes "
    "a whole file).")
"""A file of ``version`` alone (it said "Imported 0 routines and 0 devices")."""


def _not_a_mapping(doc: object) -> str:
    """Why a file whose top is a list or a lone value holds no routines, and the fix
    ("the file must be a mapping with …" was YAML's word, not a person's)."""
    shape = (f"'version: {FORMAT_VERSION}' and lists 'routines' ('teachapp export' shows "
             "one)")
    if isinstance(doc, list) and doc and all(isinstance(item, dict) and "name" in item
                                             for item in doc):
        return (f"it is a list of routines on its own; a routine file holds it under "
                f"'routines', beside 'version: {FORMAT_VERSION}' (in YAML: put those two "
                "lines above it and indent the list under 'routines:'; 'teachapp export' "
                "shows one).")
    kind = "a list" if isinstance(doc, list) else "a single value"
    return f"it holds {kind}, not routines; a routine file starts with {shape}."


def _tab_at(text: str, line: int, column: int) -> bool:
    """Whether a tab is in the indent of ``line`` at or before ``column`` (PyYAML's
    "found character that cannot start any token" names no tab, and shows none)."""
    lines = text.splitlines()
    if not 0 <= line < len(lines):
        return False
    indent = lines[line][:len(lines[line]) - len(lines[line].lstrip(" \t"))]
    return "\t" in indent[:column + 1]


def _parse(text: str, name: str, progress: Progress | None
           ) -> tuple[dict[str, Any], list[Device], list[Routine]]:
    try:
        doc = load_yaml(text, progress)
    except RecursionError as exc:
        raise RoutineFileError(name, "it is nested too deeply to be a routine file.") from exc
    except UnicodeEncodeError as exc:
        raise RoutineFileError(name, "it is not valid Unicode text (it holds a lone "
                               "surrogate); save it as UTF-8.") from exc
    except _Refused as exc:
        line = f" at line {exc.problem_mark.line + 1}" if exc.problem_mark else ""
        raise RoutineFileError(name, f"it cannot be imported{line}: {exc.problem}.") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        if mark and _tab_at(text, mark.line, mark.column):
            raise RoutineFileError(name, f"it is not valid YAML{where}: a tab indents that "
                                   "line, and YAML indents with spaces only; replace the tabs "
                                   "with spaces (two for each level, as 'teachapp export' "
                                   "writes) and import it again.") from exc
        raise RoutineFileError(name, f"it is not valid YAML or JSON{where}: {problem}.") from exc
    if doc is None:
        raise RoutineFileError(name, "it holds nothing to import; a routine file starts with "
                               f"'version: {FORMAT_VERSION}' and lists 'routines' ('teachapp "
                               "export' shows one).")
    if not isinstance(doc, dict):
        raise RoutineFileError(name, _not_a_mapping(doc))
    _unknown_keys(doc, _TOP_KEYS, name, None, None)
    version = doc.get("version", FORMAT_VERSION)
    if type(version) is int and version > FORMAT_VERSION:
        raise RoutineFileError(name, f"it was written by a newer teachapp (version "
                               f"{version}); this one reads version {FORMAT_VERSION}. Update "
                               "teachapp to import it.", field="version")
    if isinstance(version, bool) or version != FORMAT_VERSION:
        raise RoutineFileError(name, f"version {version!r} is not supported; this "
                               f"teachapp reads version {FORMAT_VERSION}.", field="version")
    devices = [_device(d, name, i) for i, d in enumerate(_list(doc, "devices", name))]
    seen_devices: set[str] = set()
    for device in devices:
        if device.id in seen_devices:
            raise RoutineFileError(name, f"device {device.id} is listed twice.",
                                   field="devices")
        seen_devices.add(device.id)
    items = _list(doc, "routines", name)
    if "routines" not in doc and not devices and doc.get("history") is None:
        raise RoutineFileError(name, _NO_ROUTINES)
    routines = []
    for i, r in enumerate(items):
        if progress is not None and i % _ROUTINES_PER_REPORT == 0:
            progress("checking", i, len(items))
        routines.append(_routine(r, name, i))
    names: set[str] = set()
    phrases: dict[str, str] = {}
    for routine in routines:
        key = routine.name.casefold()
        if key in names:
            raise RoutineFileError(name, "this routine name appears twice in the file.",
                                   routine=routine.name, field="name")
        names.add(key)
        for phrase in routine.phrases:
            pkey = phrase_key(phrase.text)
            other = phrases.get(pkey)
            if other is not None and other != routine.name:
                raise RoutineFileError(
                    name, f"phrase {phrase.text!r} is also a phrase of {other!r}.",
                    routine=routine.name, field="phrases")
            phrases[pkey] = routine.name
    return doc, devices, routines


def _list(doc: dict[str, Any], key: str, name: str) -> list[Any]:
    value = doc.get(key)
    if value is None:
        return []
    if not isinstance(value, list):
        raise RoutineFileError(name, f"'{key}' must be a list.", field=key)
    return value


def _unknown_keys(item: dict[Any, Any], allowed: set[str], name: str,
                  routine: str | None, where: str | None) -> None:
    unknown = [str(k) for k in item if k not in allowed]
    if unknown:
        prefix = f"{where}." if where else ""
        raise RoutineFileError(
            name, f"unknown key {unknown[0]!r}; allowed: {', '.join(sorted(allowed))}.",
            routine=routine, field=prefix + unknown[0])


def _text(value: Any, name: str, routine: str | None, field: str, *,
          allow_empty: bool = False) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise RoutineFileError(name, f"must be text, not {type(value).__name__}.",
                               routine=routine, field=field)
    text = str(value).strip()
    if not text and not allow_empty:
        raise RoutineFileError(name, "must not be empty.", routine=routine, field=field)
    if len(text) > _MAX_TEXT:
        raise RoutineFileError(name, f"is {len(text)} characters; at most {_MAX_TEXT}.",
                               routine=routine, field=field)
    if _CONTROL.search(text):
        raise RoutineFileError(name, "contains control characters.", routine=routine,
                               field=field)
    return text


def _device(item: Any, name: str, index: int) -> Device:
    field = f"devices[{index}]"
    if not isinstance(item, dict):
        raise RoutineFileError(name, "each device must be a mapping with id and name.",
                               field=field)
    _unknown_keys(item, _DEVICE_KEYS, name, None, field)
    device_id = _text(item.get("id", ""), name, None, f"{field}.id")
    try:
        validate_device_id(device_id)
    except TeachappError as exc:
        raise RoutineFileError(name, str(exc), field=f"{field}.id") from exc
    kind = item.get("kind")
    if kind is not None and kind != device_id.split(".", 1)[0]:
        raise RoutineFileError(name, f"kind {kind!r} does not match the id {device_id!r}.",
                               field=f"{field}.kind")
    display = _text(item.get("name", device_id.split(".", 1)[1].replace("_", " ").capitalize()),
                    name, None, f"{field}.name")
    room = _text(item.get("room", ""), name, None, f"{field}.room", allow_empty=True)
    state: dict[str, Any] = {}
    if item.get("state") is not None:
        if not isinstance(item["state"], dict):
            raise RoutineFileError(name, "must be a mapping of attribute: value.",
                                   field=f"{field}.state")
        try:
            state = validate_changes(device_id, item["state"]) if item["state"] else {}
        except TeachappError as exc:
            raise RoutineFileError(name, str(exc), field=f"{field}.state") from exc
    return Device(id=device_id, name=display, room=room, state=state)


def _routine(item: Any, name: str, index: int) -> Routine:
    if not isinstance(item, dict):
        raise RoutineFileError(name, "each routine must be a mapping with name, phrases "
                               "and steps.", field=f"routines[{index}]")
    title = _text(item.get("name", ""), name, None, f"routines[{index}].name")
    _unknown_keys(item, _ROUTINE_KEYS, name, title, None)
    raw_phrases = item.get("phrases")
    if isinstance(raw_phrases, str):
        raw_phrases = [raw_phrases]
    if not isinstance(raw_phrases, list) or not raw_phrases:
        raise RoutineFileError(name, "give at least one phrase, as a list.", routine=title,
                               field="phrases")
    phrases: list[Phrase] = []
    seen: set[str] = set()
    for i, raw in enumerate(raw_phrases):
        text = _text(raw, name, title, f"phrases[{i}]")
        key = phrase_key(text)
        if not key:
            raise RoutineFileError(name, "a phrase needs at least one word.", routine=title,
                                   field=f"phrases[{i}]")
        if key not in seen:
            seen.add(key)
            phrases.append(Phrase(text=text, origin=PhraseOrigin.TAUGHT))
    raw_steps = item.get("steps") or []
    if not isinstance(raw_steps, list):
        raise RoutineFileError(name, "steps must be a list.", routine=title, field="steps")
    steps = [_step(s, name, title, i) for i, s in enumerate(raw_steps)]
    enabled = item.get("enabled", True)
    if not isinstance(enabled, bool):
        raise RoutineFileError(name, "must be true or false.", routine=title, field="enabled")
    raw_triggers = item.get("triggers") or []
    if not isinstance(raw_triggers, list):
        raise RoutineFileError(name, "triggers must be a list.", routine=title,
                               field="triggers")
    triggers = [_trigger(t, name, title, i) for i, t in enumerate(raw_triggers)]
    try:
        return validate_routine(Routine(name=title, phrases=phrases, steps=steps,
                                        enabled=enabled, source="import", triggers=triggers))
    except RoutineError as exc:
        raise RoutineFileError(name, exc.message, routine=title, field=exc.field) from exc


def _trigger(item: Any, name: str, routine: str, index: int) -> Trigger:
    try:
        trigger = trigger_from_dict(item)
        if trigger.kind == "once" and trigger.at is not None and trigger.at.tzinfo is None:
            check_local_time(trigger.at, local_zone())
    except ScheduleError as exc:
        raise RoutineFileError(name, str(exc), routine=routine,
                               field=f"triggers[{index}]") from exc
    hour = bare_hour(item.get("at")) if trigger.kind == "time" else None
    if hour is None:
        return trigger
    # an hour alone, as chat reads one said (``conversation.half_of_day``): 13 to 23 as
    # written, 1 to 11 in the half of the day the routine's name says, else refused with
    # how to write it (it was 08:00 for "8", and 00:08 for an unquoted 8)
    half = half_named(routine) if hour < 12 else "am"
    if half is None:
        raise RoutineFileError(
            name, f"{item.get('at')!r} could be {hour:02d}:00 or {hour + 12}:00; write "
            f"\"{hour:02d}:00\" or \"{hour + 12}:00\" (or \"{hour} am\" or \"{hour} pm\").",
            routine=routine, field=f"triggers[{index}]")
    return replace(trigger, time=time(hour + 12 if half == "pm" else hour))


def _step(item: Any, name: str, routine: str, index: int) -> Step:
    field = f"steps[{index}]"
    if not isinstance(item, dict):
        raise RoutineFileError(name, "a step is a mapping: device + set, wait, or say.",
                               routine=routine, field=field)
    keys = set(item)
    if keys == {"device", "set"}:
        device_id = _text(item["device"], name, routine, f"{field}.device")
        values = item["set"]
        if not isinstance(values, dict) or not values:
            raise RoutineFileError(name, "must be a mapping of attribute: value, e.g. "
                                   "{on: true}.", routine=routine, field=f"{field}.set")
        try:
            validate_device_id(device_id)
            return SetStep(device=device_id, set=validate_changes(device_id, values))
        except TeachappError as exc:
            raise RoutineFileError(name, str(exc), routine=routine,
                                   field=f"{field}.set") from exc
    if keys == {"wait"}:
        seconds = item["wait"]
        if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or \
                not 0 <= seconds <= MAX_WAIT_SECONDS or seconds != seconds:
            raise RoutineFileError(name, f"wait is a number of seconds from 0 to "
                                   f"{MAX_WAIT_SECONDS}.", routine=routine,
                                   field=f"{field}.wait")
        return WaitStep(seconds=seconds)
    if keys == {"say"}:
        return SayStep(text=_text(item["say"], name, routine, f"{field}.say"))
    if "device" in keys and "set" not in keys:
        problem = "a device step needs 'set' with the attributes to change."
    else:
        problem = (f"unknown step {sorted(map(str, keys))}; a step is either device + set, "
                   "wait, or say.")
    raise RoutineFileError(name, problem, routine=routine, field=field)


def step_to_dict(step: Step) -> dict[str, Any]:
    """A step as the routine file writes it (device + set, wait, or say)."""
    if isinstance(step, SetStep):
        return {"device": step.device, "set": dict(step.set)}
    if isinstance(step, WaitStep):
        return {"wait": step.seconds}
    return {"say": step.text}


def step_from_dict(item: Any, *, name: str, routine: str, index: int) -> Step:
    """A step written by :func:`step_to_dict`, checked as a routine file's step is
    (``name``, ``routine`` and ``index`` say where, in the error)."""
    return _step(item, name, routine, index)


def routine_to_dict(routine: Routine) -> dict[str, Any]:
    out: dict[str, Any] = {"name": routine.name, "phrases": routine.phrase_texts()}
    if not routine.enabled:
        out["enabled"] = False
    out["steps"] = [step_to_dict(step) for step in routine.steps]
    if routine.triggers:
        out["triggers"] = [trigger_to_dict(t) for t in routine.triggers]
    return out


def dump_routine_file(devices: Iterable[Device], routines: Iterable[Routine], *,
                      fmt: str = "yaml", history: dict[str, Any] | None = None) -> str:
    """The text of a routine file for these devices and routines (and their history)."""
    doc: dict[str, Any] = {
        "version": FORMAT_VERSION,
        "devices": [{"id": d.id, "name": d.name, "room": d.room} for d in devices],
        "routines": [routine_to_dict(r) for r in routines],
    }
    if history is not None:
        doc["history"] = history
    if fmt == "json":
        return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"
    return yaml.safe_dump(doc, sort_keys=False, allow_unicode=True, width=100)
