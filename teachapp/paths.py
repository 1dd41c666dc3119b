"""Where teachapp keeps things: platformdirs locations and the bundled assets."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

from .errors import ConfigError

__all__ = ["APP_NAME", "FolderError", "assets_dir", "cache_dir", "cache_problem", "config_dir",
           "data_dir",
           "default_database", "file_in_the_way", "log_dir", "models_dir"]

APP_NAME = "teachapp"
_DIRS = PlatformDirs(APP_NAME, appauthor=False)


class FolderError(ConfigError, OSError):
    """A folder teachapp keeps things in that cannot be made (a read-only disk, a file
    of that name, a ``TEACHAPP_*_DIR`` mistyped). An OSError too, so what can go on
    without its folder (the log, the parsed word lists, the user's lexicon) still does,
    and the rest ends in one line that names the folder and its variable."""


def _private(variable: str, default: str, what: str) -> Path:
    path = Path(os.environ.get(variable) or default)
    try:
        path.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        why = "a file of that name is in the way" if path.is_file() else (
            exc.strerror or str(exc)).lower()
        fix = (f"Set {variable} to a folder you can write to, or unset it to use {default}."
               if os.environ.get(variable) else
               f"Make {path.parent} writable, or set {variable} to a folder you can write to.")
        raise FolderError(f"Cannot make teachapp's {what} folder {path}: {why}.",
                          fix=fix) from exc
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path


def file_in_the_way(path: Path) -> Path | None:
    """The file standing where a folder on the way to ``path`` should be (``notes.txt``
    in ``notes.txt/home.db``), or None; said by its name, not as the system's "File
    exists" or "not a directory"."""
    for parent in path.parents:
        if parent.exists():
            return None if parent.is_dir() else parent
    return None


def data_dir() -> Path:
    """The user data dir (database, models); created private to the user."""
    return _private("TEACHAPP_DATA_DIR", _DIRS.user_data_dir, "data")


def config_dir() -> Path:
    return _private("TEACHAPP_CONFIG_DIR", _DIRS.user_config_dir, "settings")


def log_dir() -> Path:
    return _private("TEACHAPP_LOG_DIR", _DIRS.user_log_dir, "log")


def cache_dir() -> Path:
    """Files teachapp can make again from its own data (parsed word lists); safe to
    delete."""
    return _private("TEACHAPP_CACHE_DIR", _DIRS.user_cache_dir, "cache")


def cache_problem() -> str | None:
    """Why the cache folder cannot be made (``TEACHAPP_CACHE_DIR`` naming a file, a
    read-only disk), said as the log's is: it stops nothing, but every start reads the
    word lists afresh, so each front end says it once; None when the folder is there."""
    try:
        cache_dir()
    except FolderError as exc:
        return (f"{exc.problem} Everything works, but the word lists are read afresh at "
                f"each start, which is slower. {exc.fix}")
    return None


def models_dir() -> Path:
    return data_dir() / "models"


def default_database() -> str:
    """``TEACHAPP_DB`` when set, else ``teachapp.sqlite3`` in the user data dir."""
    return os.environ.get("TEACHAPP_DB") or str(data_dir() / "teachapp.sqlite3")


def assets_dir() -> Path:
    """The assets folder: inside the package when installed, beside it in a checkout."""
    here = Path(__file__).resolve().parent
    bundle = Path(getattr(sys, "_MEIPASS", here))
    for candidate in (here / "assets", bundle / "teachapp" / "assets", here.parent / "assets"):
        if (candidate / "home.yaml").is_file():
            return candidate
    return here.parent / "assets"
