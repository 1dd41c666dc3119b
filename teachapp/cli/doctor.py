"""``teachapp doctor``: what is present, what is missing, and how to fix it."""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
from collections.abc import Callable

from .. import __version__
from ..domain import counted
from ..errors import TeachappError
from ..paths import default_database
from .support import emit_json, say_line

__all__ = ["Check", "register", "run_checks"]

Check = tuple[str, bool, str]


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("doctor", help="check the database, display, audio, speech and devices")
    p.add_argument("--json", action="store_true", help="one JSON object per check")
    p.set_defaults(func=cmd_doctor)


def _database(args: argparse.Namespace) -> list[Check]:
    from ..store import Store, backups_of

    spec = getattr(args, "db", None) or default_database()
    try:
        with Store.open(spec) as store:
            routines = len(store.routine_names())
            devices = len(store.devices())
            extra = ""
            if store.path is not None:
                backups = backups_of(store.path)
                extra = f"; {counted(len(backups), 'backup')}"
                if backups:
                    extra += f", newest {backups[0].name}"
            return [("database", True, f"{store.url}: {counted(routines, 'routine')}, "
                                             f"{counted(devices, 'device')}"
                     f"{extra}")]
    except TeachappError as exc:
        return [("database", False, str(exc))]


def _settings() -> list[Check]:
    """The settings file in use, and one moved aside for not being valid JSON (the
    person's own settings, silently replaced by the defaults until now)."""
    from ..settings import Settings

    settings = Settings()
    if settings.kept_aside.exists():
        return [("settings", False, f"{settings.kept_aside} holds settings that were not "
                 f"valid JSON, so the defaults are used; fix it and rename it back to "
                 f"{settings.path.name} (or delete it to keep the defaults).")]
    return [("settings", True, str(settings.path) if settings.path.exists() else
             f"the defaults ({settings.path} is not there yet)")]


def _display() -> list[Check]:
    if importlib.util.find_spec("PySide6") is None:
        return [("window", False, "PySide6 is not installed; reinstall teachapp.")]
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if platform:
        return [("window", True, f"Qt platform {platform!r} (from QT_QPA_PLATFORM)")]
    if sys.platform.startswith("linux") and not (os.environ.get("DISPLAY")
                                                 or os.environ.get("WAYLAND_DISPLAY")):
        return [("window", False, "no display found: the window cannot open here; "
                 "'teachapp chat' works in the terminal, and 'teachapp gui --screenshot "
                 "FILE' renders off screen.")]
    return [("window", True, "a display is available")]


def _speech() -> list[Check]:
    from ..speech import diagnose

    return [(name, ok, message) for name, ok, message in diagnose()]


def _backend() -> list[Check]:
    from ..home.factory import describe_backend_settings

    try:
        ok, message = describe_backend_settings()
        return [("devices", ok, message)]
    except TeachappError as exc:
        return [("devices", False, str(exc))]


def run_checks(args: argparse.Namespace) -> list[Check]:
    checks: list[Check] = [("teachapp", True, f"version {__version__}, Python "
                            f"{sys.version.split()[0]}")]
    sections: list[Callable[[], list[Check]]] = [
        lambda: _database(args), _settings, _display, _speech, _backend]
    for section in sections:
        try:
            checks.extend(section())
        except Exception as exc:
            checks.append((getattr(section, "__name__", "check").strip("_"), False,
                           f"could not be checked: {exc}"))
    return checks


def cmd_doctor(args: argparse.Namespace) -> int:
    for name, ok, message in run_checks(args):
        if args.json:
            emit_json({"check": name, "ok": ok, "message": message})
        else:
            say_line(f"{'ok' if ok else 'missing':<8}{name}: {message}")
    return 0
