"""Small readers shared by the speech engines and the model manager."""

from __future__ import annotations

import importlib.util
import logging
import math
from pathlib import Path

from ..settings import Settings

__all__ = ["package_model_folder", "threshold_setting"]

log = logging.getLogger(__name__)


def threshold_setting(value: float | None, settings: Settings | None, key: str,
                      default: float) -> float:
    """The explicit threshold, else ``speech.<key>`` from the settings (the default
    settings file when none are given), else ``default``; clamped to 0..1, and a
    value that is not a number is logged and replaced by the default."""
    if value is None:
        value = (settings or Settings()).get("speech", key, default)
    try:
        number = float(value)
    except (TypeError, ValueError):
        log.warning("speech.%s %r is not a number; using %.2f", key, value, default)
        return default
    return max(0.0, min(1.0, number)) if math.isfinite(number) else default


def package_model_folder(package: str) -> Path | None:
    """The ``model`` folder shipped inside an installed Python package, found
    without importing it (finding a model must cost no memory); None when the
    package is not installed or has no such folder."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / "model"
        if candidate.is_dir():
            return candidate
    return None
