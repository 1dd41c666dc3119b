"""A bundled YAML file parsed once per version of it, the parse kept in the cache folder.

libyaml reads the 170 KB lexicon in about 70 ms, a sixth of a ``teachapp resolve`` start;
``marshal`` reads the same data back in under a millisecond. The kept parse is named by a
hash of the file's bytes and of the Python version (marshal's format is the
interpreter's), so an edited file or another interpreter parses afresh. The cache is an
optimisation only: a folder that cannot be written, or a kept file that cannot be read,
means the YAML is parsed as before, never an error.
"""

from __future__ import annotations

import hashlib
import logging
import marshal
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

__all__ = ["kept_data", "parsed_yaml"]

_log = logging.getLogger(__name__)
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FOLDER = "parsed"


def parsed_yaml(path: Path) -> Any:
    """The data of the YAML file at ``path`` (safe loader), from the cache when it holds
    this version of the file."""
    raw = path.read_bytes()
    return kept_data(raw, path.stem,
                     lambda: yaml.load(raw.decode("utf-8"), Loader=_LOADER))


def kept_data(raw: bytes, stem: str, build: Callable[[], Any]) -> Any:
    """``build()``'s data (what marshal holds) made of the file bytes ``raw``, from the cache
    when it holds the data of these bytes (kept as ``stem``-hash.marshal), else built and
    kept there."""
    key = hashlib.blake2b(raw + sys.version.encode(), digest_size=12).hexdigest()
    folder = _folder()
    kept = folder / f"{stem}-{key}.marshal" if folder is not None else None
    if kept is not None:
        try:
            return marshal.loads(kept.read_bytes())
        except FileNotFoundError:
            pass
        except (OSError, ValueError, EOFError, TypeError) as exc:
            _log.info("Reading %s again: its cached data %s could not be read (%s).",
                      stem, kept, exc)
    data = build()
    if kept is not None:
        _keep(kept, data)
    return data


def _folder() -> Path | None:
    try:
        from teachapp.paths import cache_dir

        folder = cache_dir() / _FOLDER
        folder.mkdir(exist_ok=True)
        return folder
    except OSError:
        return None


def _keep(kept: Path, data: Any) -> None:
    """Write the parse beside its older versions' (which go), atomically, so that a
    process reading it never sees half a file."""
    try:
        blob = marshal.dumps(data)
        handle, temporary = tempfile.mkstemp(dir=kept.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            out.write(blob)
        os.replace(temporary, kept)
        stem = kept.name.rsplit("-", 1)[0]
        for older in kept.parent.glob(f"{stem}-*.marshal"):
            if older != kept:
                older.unlink(missing_ok=True)
    except (OSError, ValueError) as exc:  # unwritable folder, or data marshal cannot hold
        _log.info("Not caching the parse of %s: %s", kept.name, exc)
