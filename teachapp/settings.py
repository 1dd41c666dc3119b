"""Per-machine settings in a JSON file in the user config dir.

Settings are grouped in sections (``speech``, ``resolver``, ``backend``, ``gui``);
each module reads its own section with defaults, so an old or hand-edited file
never stops the app. Secrets never go here (the keyring holds them).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
import threading
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .paths import config_dir

__all__ = ["Settings"]

log = logging.getLogger(__name__)


class Settings:
    """A JSON settings file: ``settings.section("speech")`` -> dict; ``update`` saves."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or Path(os.environ.get("TEACHAPP_SETTINGS")
                                 or config_dir() / "settings.json")
        self._lock = threading.Lock()
        self._data: dict[str, dict[str, Any]] = self._load()

    def _load(self) -> dict[str, dict[str, Any]]:
        try:
            raw = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {}
        except OSError as exc:
            log.warning("cannot read settings %s: %s", self.path, exc)
            return {}
        try:
            data = json.loads(raw)
        except json.JSONDecodeError:
            aside = self.path.with_suffix(".json.broken")
            log.warning("settings %s are not valid JSON; kept as %s, using defaults",
                        self.path, aside)
            try:
                os.replace(self.path, aside)
            except OSError:
                pass
            return {}
        if not isinstance(data, dict):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, dict)}

    def section(self, name: str) -> dict[str, Any]:
        """A copy of one section (empty when unset)."""
        with self._lock:
            return dict(self._data.get(name, {}))

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
                json.dump(self._data, handle, indent=2, sort_keys=True)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o600)
            os.replace(tmp, self.path)
        except OSError as exc:
            raise ConfigError(f"Cannot save settings to {self.path}: {exc.strerror or exc}."
                              ) from exc
