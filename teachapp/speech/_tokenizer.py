"""Whisper's tokenizer, read once per process, and read ahead by the window.

Apart from :mod:`~teachapp.speech.whisper_engine` so that reading it ahead (the window
does, on a thread right after its first paint: :func:`warm_tokenizer`) imports neither
the recognisers nor numpy: the idle window held them for nothing until a person listened.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path
from typing import Any

from ..settings import Settings

__all__ = ["load_tokenizer", "warm_tokenizer"]

log = logging.getLogger(__name__)

_lock = threading.Lock()
_TOKENIZERS: dict[Path, Any] = {}


def load_tokenizer(folder: Path) -> Any:
    """The Whisper folder's tokenizer, read once per process. ``Tokenizer.from_file`` is
    one compiled call that holds the interpreter 150 ms (210-360 ms on a busy machine):
    made on a worker while the window is up, the window's own thread stalls as long, so
    the window reads it right after its first paint (:func:`warm_tokenizer`)."""
    import tokenizers

    folder = Path(folder).resolve()
    with _lock:
        if folder not in _TOKENIZERS:
            _TOKENIZERS[folder] = tokenizers.Tokenizer.from_file(str(folder / "tokenizer.json"))
        return _TOKENIZERS[folder]


def warm_tokenizer(settings: Settings | None = None) -> None:
    """Read the tokenizer of the Whisper model command mode would use, if any, so the
    first utterance or recording heard later does not read it (:func:`load_tokenizer`).
    Nothing is raised: a model that cannot be used says why when it is loaded."""
    from .engine_choice import choose_engine

    try:
        choice = choose_engine("command", [], settings or Settings())
        if choice.engine == "whisper" and choice.model_path is not None:
            load_tokenizer(Path(choice.model_path))
    except Exception:  # noqa: BLE001 - only a head start; the real load reports the problem
        log.debug("the Whisper tokenizer was not read ahead", exc_info=True)
