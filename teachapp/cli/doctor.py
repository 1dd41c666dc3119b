"""``teachapp doctor``: what is present, what is missing, and how to fix it."""

from __future__ import annotations

import argparse
import importlib.util
import os
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from .. import __version__
from ..domain import counted
from ..errors import TeachappError
from ..paths import default_database
from .support import emit_json, say_line

__all__ = ["Check", "as_sentence", "register", "run_checks"]

_FIRST_WORD = re.compile(r"[a-z][a-z-]*(?=[\s,;:.]|$)")
"""A lower-case word that opens a message ("cannot reach …", "no display found: …"),
not a path, a URL or a command ('teachapp …')."""


class Check(NamedTuple):
    """One row of the report."""

    name: str
    ok: bool
    message: str
    """As ``--json`` gives it (unchanged for the programs that read it)."""
    said: str = ""
    """The terminal's sentence when the message is not one (a database URL or a
    settings path first); else made from the message by :func:`as_sentence`."""

    @property
    def sentence(self) -> str:
        return self.said or as_sentence(self.message)


def as_sentence(message: str) -> str:
    """A check's message as a line a person reads: a sentence with a capital and a
    full stop ("simulated home (… for real devices)" and "cannot reach the MQTT
    broker …" were neither)."""
    text = message.strip()
    if _FIRST_WORD.match(text):
        text = text[0].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else f"{text}."


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check the database, display, audio, speech and devices")
    p.add_argument("--json", action="store_true", help="one JSON object per check")
    p.set_defaults(func=cmd_doctor)


def _database(args: argparse.Namespace) -> list[Check]:
    from ..home.counted import devices_counted
    from ..store import Store, backups_of, database_url, sqlite_path

    spec = getattr(args, "db", None) or default_database()
    try:
        path = sqlite_path(database_url(spec))
        if path is not None and not path.exists():  # doctor looks; it never makes one
            return [_no_database_yet(path)]
        with Store.open(spec) as store:
            routines = len(store.routine_names())
            count = devices_counted(store)
            devices = counted(count.listed, 'device') + (
                f" ({count.unlisted} no longer listed)" if count.unlisted else "")
            extra = ""
            if store.path is not None:
                backups = backups_of(store.path)
                extra = f"; {counted(len(backups), 'backup')}"
                if backups:
                    extra += f", newest {backups[0].name}"
            return [Check("database", True, f"{store.url}: {counted(routines, 'routine')}, "
                          f"{devices}{extra}",
                          f"The database {store.url} holds {counted(routines, 'routine')} "
                          f"and {devices}"
                          f"{extra.replace(', newest ', ', the newest ')}.")]
    except TeachappError as exc:
        return [Check("database", False, str(exc))]


def _no_database_yet(path: Path) -> Check:
    """A database file that is not there yet: the first command that uses it makes it
    (its folder too); doctor only looks. A missing folder is more likely a mistyped
    ``--db``, so that is not "ok"."""
    if path.parent.is_dir():
        return Check("database", True, f"{path} (not made yet)",
                     f"There is no database at {path} yet; the first command that uses "
                     "it makes it there.")
    return Check("database", False,
                 f"There is no database at {path}, and its folder {path.parent} does not "
                 "exist either. Check the path: the first command that uses it makes both.")


def _settings() -> list[Check]:
    """The settings file in use, and one moved aside for not being valid JSON (the
    person's own settings, silently replaced by the defaults until now)."""
    from ..settings import Settings

    settings = Settings()
    if settings.problem:
        return [Check("settings", False, settings.problem)]
    if settings.kept_aside.exists():
        return [Check("settings", False, f"{settings.kept_aside} holds settings that were not "
                 f"valid JSON, so the defaults are used; fix it and rename it back to "
                 f"{settings.path.name} (or delete it to keep the defaults).")]
    from ..conversation.config import ignored_settings_said

    ignored = ignored_settings_said(settings)
    if ignored:
        return [Check("settings", False, ignored)]
    if settings.path.exists():
        return [Check("settings", True, str(settings.path),
                      f"Settings are read from {settings.path}.")]
    return [Check("settings", True, f"the defaults ({settings.path} is not there yet)",
                  f"The defaults are used ({settings.path} is not there yet).")]


def _log() -> list[Check]:
    """Where details go; a log that cannot be kept stops nothing, but is said."""
    from ..logs import log_file, logging_problem

    problem = logging_problem()
    if problem:
        return [Check("log", False, problem)]
    return [Check("log", True, str(log_file()), f"Details are logged in {log_file()}.")]


def _cache() -> list[Check]:
    """Where the parsed word lists are kept; a cache that cannot be made stops nothing,
    but is said (it was not: TEACHAPP_CACHE_DIR naming a file only slowed every start)."""
    from ..paths import cache_dir, cache_problem

    problem = cache_problem()
    if problem:
        return [Check("cache", False, problem)]
    return [Check("cache", True, str(cache_dir()),
                  f"Parsed word lists are kept in {cache_dir()}.")]


def _display() -> list[Check]:
    if importlib.util.find_spec("PySide6") is None:
        return [Check("window", False, "PySide6 is not installed; reinstall teachapp.")]
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return [Check("window", True, f"Qt platform {platform!r} (from QT_QPA_PLATFORM)")]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        return [Check("window", False, "no display found: the window cannot open here; "
                 "'teachapp chat' works in the terminal, and 'teachapp gui --screenshot "
                 "FILE' renders off screen.")]
    return [Check("window", True, "a display is available")]


def _speech() -> list[Check]:
    from ..speech import diagnose

    return [Check(name, ok, message) for name, ok, message in diagnose()]


def _backend() -> list[Check]:
    from ..home.factory import describe_backend_settings

    try:
        ok, message = describe_backend_settings()
        return [Check("devices", ok, message)]
    except TeachappError as exc:
        return [Check("devices", False, str(exc))]


def run_checks(args: argparse.Namespace) -> list[Check]:
    python = sys.version.split()[0]
    checks = [Check("teachapp", True, f"version {__version__}, Python {python}",
                    f"Version {__version__}, on Python {python}.")]
    sections: list[Callable[[], list[Check]]] = [
        lambda: _database(args), _settings, _log, _cache, _display, _speech, _backend]
    for section in sections:
        try:
            checks.extend(section())
        except Exception as exc:
            checks.append(Check(getattr(section, "__name__", "check").strip("_"), False,
                                f"could not be checked: {exc}"))
    return checks


def cmd_doctor(args: argparse.Namespace) -> int:
    for check in run_checks(args):
        if args.json:
            emit_json({"check": check.name, "ok": check.ok, "message": check.message})
        else:
            say_line(f"{'ok' if check.ok else 'missing':<8}{check.name}: {check.sentence}")
    return 0
