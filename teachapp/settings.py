"""Per-machine settings in a JSON file in the user config dir.

Settings are grouped in sections (``speech``, ``resolver``, ``learning``,
``backend``, ``gui``). Each section has one typed, frozen dataclass in the layer it
configures (``ResolverSettings``, ``LearningSettings``, ``SpeechSettings``,
``ConversationSettings``), built with ``parse_section`` from the JSON: one set of
defaults, bad values ignored with a log line, so an old or hand-edited file never
stops the app. ``teachapp.conversation.AppConfig`` parses them all once for every
front end. Secrets never go here (the keyring holds them).
"""

from __future__ import annotations

import difflib
import json
import logging
import os
import tempfile
import threading
from dataclasses import dataclass, fields, is_dataclass
from pathlib import Path
from typing import Any, TypeVar

from .errors import ConfigError
from .paths import config_dir, file_in_the_way

__all__ = ["KEYED_SECTIONS", "SECTIONS", "TYPED_SECTIONS", "Settings",
           "keyed_section_problems", "parse_section", "section_problems"]

log = logging.getLogger(__name__)

_SAID: set[str] = set()
"""Settings files whose trouble was logged already, and ignored settings said already
(every front end opens the file several times: said once a process, not three times a
``doctor``)."""

T = TypeVar("T")


def parse_section(cls: type[T], section: dict[str, Any], *, name: str = "") -> T:
    """A typed settings value from one JSON section.

    Each field takes the section's value when it has the type of the field's default
    (an int is accepted for a float; a bool never for a number); anything else, and a
    key that is no field (a misspelt name), is ignored and logged once, so a
    hand-edited file cannot stop the app.
    """
    values, problems = _read_section(cls, section, name or cls.__name__)
    for problem in problems:
        if problem not in _SAID:
            _SAID.add(problem)
            log.warning("%s", problem)
    return cls(**values)


def section_problems(cls: type, section: dict[str, Any], *, name: str) -> list[str]:
    """Why settings of ``section`` are ignored, a sentence each with the fix (the
    rule :func:`parse_section` applies; ``doctor`` lists them)."""
    return _read_section(cls, section, name)[1]


def _read_section(cls: type, section: dict[str, Any],
                  name: str) -> tuple[dict[str, Any], list[str]]:
    assert is_dataclass(cls)
    values: dict[str, Any] = {}
    problems: list[str] = []
    defaults = cls()
    known = [f.name for f in fields(cls) if f.init]
    for key in section:
        if key not in known:
            problems.append(f"The setting {name}.{key} is not one teachapp knows, so it is "
                            f"ignored; the {name} settings are {', '.join(known)}.")
    for f in fields(cls):
        if f.name not in section or not f.init:
            continue
        value, default = section[f.name], getattr(defaults, f.name)
        if default is None or (isinstance(value, type(default)) and \
                isinstance(value, bool) == isinstance(default, bool)):
            values[f.name] = value
        elif isinstance(default, float) and isinstance(value, int) \
                and not isinstance(value, bool):
            values[f.name] = float(value)
        elif value is not None:
            kind = ("true or false" if isinstance(default, bool) else "a number"
                    if isinstance(default, (int, float)) else "text"
                    if isinstance(default, str) else type(default).__name__)
            problems.append(f"The setting {name}.{f.name} = {json.dumps(value)} is ignored "
                            f"(it must be {kind}); its default, {json.dumps(default)}, is "
                            "used.")
    return values, problems


@dataclass(frozen=True)
class _SpeechKeys:
    """The ``speech`` section's settings, read by the speech layer key by key
    (recognizer, models, speaker, listener); None: any value is passed to it."""

    language: str | None = None
    english_engine: str | None = None
    input_device: int | str | None = None
    model_path: str | None = None
    model_lang: str | None = None
    whisper_path: str | None = None
    whisper_threshold: float | None = None
    verify_threshold: float | None = None
    tts_enabled: bool = True
    tts_voice: str | None = None
    tts_rate: int | None = None


@dataclass(frozen=True)
class _BackendKeys:
    """The ``backend`` section (``teachapp.home.factory``): the type, then the MQTT
    broker's or Home Assistant's settings."""

    type: str = "simulated"
    host: str | None = None
    port: int | None = None
    username: str | None = None
    tls: bool = False
    ca_file: str | None = None
    base_topic: str | None = None
    keepalive: int | None = None
    reconnect_min: float | None = None
    reconnect_max: float | None = None
    url: str | None = None


@dataclass(frozen=True)
class _GuiKeys:
    """The ``gui`` section: the window's choices and what it remembers."""

    theme: str = "system"
    push_to_talk: str = "F2"
    start_minimised: bool = False
    guide_done: bool = False
    geometry: str | None = None
    state: str | None = None
    splitters: list[str] | None = None


@dataclass(frozen=True)
class _LocationKeys:
    """The ``location`` section (``teachapp.schedule.place_from_settings``)."""

    place: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    timezone: str | None = None


@dataclass(frozen=True)
class _HistoryKeys:
    """The ``history`` section: how long device history is kept (``teachapp service``)."""

    retention_days: float | None = None


@dataclass(frozen=True)
class _HunchKeys:
    """The ``hunches`` section: whether hunches are offered at all."""

    enabled: bool = True


KEYED_SECTIONS: dict[str, type] = {"speech": _SpeechKeys, "backend": _BackendKeys,
                                   "gui": _GuiKeys, "location": _LocationKeys,
                                   "history": _HistoryKeys, "hunches": _HunchKeys}
"""The sections each layer reads key by key rather than through one typed value
(those are built with :func:`parse_section` where they are used): their keys are
checked here, by the same rule, when the file is read, so a misspelt one is said too."""


TYPED_SECTIONS = frozenset({"resolver", "learning", "conversation"})
"""The sections the engine reads as one typed value each (the fields of
``conversation.AppConfig``; ``tests/test_settings_sections.py`` holds the two alike)."""

SECTIONS = frozenset(KEYED_SECTIONS) | TYPED_SECTIONS
"""Every section teachapp reads; any other is said, as a misspelt key is."""


def _unknown_section(name: str, path: Path) -> str:
    """Why the section ``name`` is ignored, with the nearest known name."""
    near = difflib.get_close_matches(name, sorted(SECTIONS), n=1)
    guess = f'Did you mean "{near[0]}"? ' if near else ""
    return (f"The settings section {json.dumps(name)} in {path} is not one teachapp knows, "
            f"so it is ignored (it stays in the file). {guess}The sections are "
            f"{', '.join(sorted(SECTIONS))}.")


def keyed_section_problems(settings: Settings) -> list[str]:
    """Why settings of the sections read key by key are ignored (``doctor`` lists them
    with the typed sections')."""
    return [problem for name, cls in KEYED_SECTIONS.items()
            for problem in section_problems(cls, settings.section(name), name=name)]


def _field_names(cls: type) -> set[str]:
    return {f.name for f in fields(cls) if f.init}


_JSON_KINDS = {list: "a list", str: "text", int: "a number", float: "a number",
               bool: "true or false", type(None): "null"}
"""What a settings file that is no JSON object holds, as said to a person."""


class Settings:
    """A JSON settings file: ``settings.section("speech")`` -> dict; ``update`` saves."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or Path(os.environ.get("TEACHAPP_SETTINGS")
                                 or config_dir() / "settings.json")
        self._lock = threading.Lock()
        self.problem: str | None = None
        """Why the file cannot be read (a folder in its place, no permission), and
        the fix; the defaults are used meanwhile and the file is left as it is."""
        self.loose: list[str] = []
        """Each top-level entry that is not a section ("tts_rate": 180 outside
        "speech") or a section teachapp does not know ("resolvr"): ignored, said, and
        written back on save so nothing is lost."""
        self._loose: dict[str, Any] = {}
        self._data: dict[str, dict[str, Any]] = self._load()

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except (OSError, UnicodeDecodeError) as exc:
            self.problem = f"{self._unreadable(exc)}, so the defaults are used. {self._fix(exc)}"
            if str(self.path) not in _SAID:
                _SAID.add(str(self.path))
                log.warning("%s", self.problem)
            return {}
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            self._move_aside(f"is not valid JSON (line {exc.lineno}, column {exc.colno}: "
                             f"{exc.msg})")
            return {}
        if not isinstance(data, dict):
            self._move_aside(f"holds {_JSON_KINDS.get(type(data), 'a value')}, not the "
                             'sections of settings ({"speech": {...}, ...})')
            return {}
        self._loose = {k: v for k, v in data.items() if not isinstance(v, dict)}
        for key, value in self._loose.items():
            problem = (f"The setting {json.dumps(key)} = {json.dumps(value)} in {self.path} "
                       "is not in a section, so it is ignored (it stays in the file); "
                       'settings go in their section, e.g. {"speech": {"tts_rate": 180}}.')
            self.loose.append(problem)
        sections = {k: v for k, v in data.items() if isinstance(v, dict)}
        self.loose += [_unknown_section(name, self.path) for name in sections
                       if name not in SECTIONS]
        for problem in self.loose:
            if problem not in _SAID:
                _SAID.add(problem)
                log.warning("%s", problem)
        for name, cls in KEYED_SECTIONS.items():
            for problem in section_problems(cls, sections.get(name) or {}, name=name):
                if problem not in _SAID:
                    _SAID.add(problem)
                    log.warning("%s", problem)
        return sections

    def _move_aside(self, why: str) -> None:
        """Keep a file that cannot be used under a new name (never overwritten by the
        next save), and say so."""
        aside = self._next_aside()
        log.warning("The settings file %s %s; it was moved to %s and the defaults are "
                    "used. Fix it there and rename it back to %s.", self.path, why, aside,
                    self.path.name)
        try:
            os.replace(self.path, aside)
        except OSError:
            pass

    def _unreadable(self, exc: Exception) -> str:
        blocker = file_in_the_way(self.path)
        if blocker is not None:
            return (f"The settings file {self.path} cannot be read: {blocker} is a file, "
                    "not a folder")
        if self.path.is_dir():
            return f"The settings file {self.path} is a folder, not a file"
        if isinstance(exc, UnicodeDecodeError):
            return f"The settings file {self.path} is not UTF-8 text"
        why = (exc.strerror or str(exc)).lower() if isinstance(exc, OSError) else str(exc)
        return f"The settings file {self.path} cannot be read ({why})"

    def _fix(self, exc: Exception) -> str:
        other = ("set TEACHAPP_SETTINGS to a file" if os.environ.get("TEACHAPP_SETTINGS")
                 else "set TEACHAPP_SETTINGS to another file")
        blocker = file_in_the_way(self.path)
        if blocker is not None:
            return (f"Set TEACHAPP_SETTINGS to a file in a folder you can write to, or move "
                    f"{blocker} aside.")
        if self.path.is_dir():
            return (f"Move or rename that folder (nothing in it is touched), or {other}.")
        if isinstance(exc, UnicodeDecodeError):
            return f"Save it as UTF-8, or {other}."
        return f"Make it readable and writable for you (chmod u+rw), or {other}."

    @property
    def kept_aside(self) -> Path:
        """Where the last settings file that was not valid JSON was moved (never
        deleted): ``settings.json.broken``, or ``settings.json.broken.N`` when an
        older broken copy was there already."""
        copies = self._asides()
        return copies[-1][1] if copies else self.path.with_suffix(".json.broken")

    def _asides(self) -> list[tuple[int, Path]]:
        """The broken copies kept so far, oldest first (by their number)."""
        base = self.path.with_suffix(".json.broken")
        found = [(1, base)] if base.exists() else []
        for other in base.parent.glob(base.name + ".*"):
            number = other.name.rsplit(".", 1)[1]
            if number.isdigit():
                found.append((int(number), other))
        return sorted(found)

    def _next_aside(self) -> Path:
        """A name for one more broken copy, so an older one is never overwritten."""
        copies = self._asides()
        base = self.path.with_suffix(".json.broken")
        return base if not copies else base.with_name(f"{base.name}.{copies[-1][0] + 1}")

    def section(self, name: str) -> dict[str, Any]:
        """A copy of one section (empty when unset). In a section read key by key
        (``KEYED_SECTIONS``) a value of the wrong kind is left out, as said when the
        file was read, so every reader uses its default ("tls": "no" turned TLS on)."""
        with self._lock:
            values = dict(self._data.get(name, {}))
        cls = KEYED_SECTIONS.get(name)
        if cls is None:
            return values
        usable = _read_section(cls, values, name)[0]
        return {key: usable.get(key, value) for key, value in values.items()
                if key in usable or value is None or key not in _field_names(cls)}

    def get(self, section: str, key: str, default: Any = None) -> Any:
        return self.section(section).get(key, default)

    def update(self, section: str, **values: Any) -> None:
        """Set values in a section and save atomically; ``None`` removes a key."""
        with self._lock:
            current = dict(self._data.get(section, {}))
            for key, value in values.items():
                if value is None:
                    current.pop(key, None)
                else:
                    current[key] = value
            self._data[section] = current
            self._save()

    def _save(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".settings-", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump({**self._loose, **self._data}, handle, indent=2, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except OSError as exc:
            blocker = file_in_the_way(self.path)
            if blocker is not None:
                raise ConfigError(f"Cannot save settings to {self.path}: {blocker} is a file, "
                                  "not a folder; the setting was not saved.",
                                  fix=self._fix(exc)) from exc
            if self.path.is_dir():
                raise ConfigError(f"Cannot save settings to {self.path}: it is a folder, not a "
                                  "file; the setting was not saved.",
                                  fix=self._fix(exc)) from exc
            raise ConfigError(f"Cannot save settings to {self.path}: {exc.strerror or exc}; "
                              "the setting was not saved.",
                              fix="Free some space or make the folder writable, then try "
                              "again.") from exc
