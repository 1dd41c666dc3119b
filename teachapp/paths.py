"""Where teachapp keeps things: platformdirs locations and the bundled assets."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import PlatformDirs

__all__ = ["APP_NAME", "assets_dir", "cache_dir", "config_dir", "data_dir",
           "default_database", "log_dir", "models_dir"]

APP_NAME = "teachapp"
_DIRS = PlatformDirs(APP_NAME, appauthor=False)


def _private(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(path, 0o700)
    except OSError:
        pass
    return path


def data_dir() -> Path:
    """The user data dir (database, models); created private to the user."""
    return _private(Path(os.environ.get("TEACHAPP_DATA_DIR") or _DIRS.user_data_dir))


def config_dir() -> Path:
    return _private(Path(os.environ.get("TEACHAPP_CONFIG_DIR") or _DIRS.user_config_dir))


def log_dir() -> Path:
    return _private(Path(os.environ.get("TEACHAPP_LOG_DIR") or _DIRS.user_log_dir))


def cache_dir() -> Path:
    """Files teachapp can make again from its own data (parsed word lists); safe to
    delete."""
    return _private(Path(os.environ.get("TEACHAPP_CACHE_DIR") or _DIRS.user_cache_dir))


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
