"""Whisper's two passes over its vocabulary, made once per tokenizer file and kept on disk.

The question detector needs the tokens that are a question's first word
(:func:`teachapp.speech._asked.opener_ids`) and the confidence its spellings that differ
only in case (" Mood", " mood"; ``whisper_engine._word_logprob``). Each was a pass in
Python over the 51,864 tokens (90-150 ms, 300 ms on a busy machine) on the worker that
heard the window's first recording, and the window's own thread waited for the
interpreter meanwhile (its paint stalled). Now both tables are kept in the cache folder,
named by a hash of the tokenizer file (a later start reads them in about a millisecond);
when they must be worked out (a new model, an empty cache), the pass gives the
interpreter up between slices of tokens. The cache is an optimisation only: a folder
that cannot be written or a kept file that cannot be read means the pass is made again.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

__all__ = ["VocabTables", "load_tables", "tables_for"]

_log = logging.getLogger(__name__)
_FOLDER = "parsed"
_VERSION = b"vocab-tables-1"
"""Part of the kept file's name: a change to what the tables hold names a new file."""
_SLICE = 1024
"""Tokens looked at between two offers of the interpreter to the window's thread."""


@dataclass(frozen=True)
class VocabTables:
    """What the decoder reads about a tokenizer's vocabulary."""

    openers: Any
    """Token ids that are a question's first word, any case, with or without a space."""
    groups: Any
    """Token id -> the first id spelled the same but for case (its own id if none)."""


_TABLES: dict[int, VocabTables] = {}
"""Per tokenizer object (``id``): a process works them out or reads them once."""


def tables_for(tokenizer: Any) -> VocabTables:
    """The tables of ``tokenizer``: those its loader read or kept, else worked out now."""
    tables = _TABLES.get(id(tokenizer))
    if tables is None:
        tables = _TABLES[id(tokenizer)] = _work_out(tokenizer)
    return tables


def load_tables(tokenizer: Any, source: Path) -> VocabTables:
    """The tables of ``tokenizer`` read from ``source`` (its ``tokenizer.json``): from the
    cache folder when kept for these bytes, else worked out and kept there."""
    tables = _TABLES.get(id(tokenizer))
    if tables is not None:
        return tables
    kept = _kept_file(source)
    if kept is not None:
        tables = _read(kept)
    if tables is None:
        tables = _work_out(tokenizer)
        if kept is not None:
            _keep(kept, tables)
    _TABLES[id(tokenizer)] = tables
    return tables


def _yielding(ids: Iterable[int]) -> Iterable[int]:
    """``ids``, with the interpreter given up every :data:`_SLICE` of them
    (``time.sleep(0)`` lets a waiting thread, the window's, run)."""
    for i in ids:
        if i % _SLICE == 0:
            time.sleep(0)
        yield i


def _work_out(tokenizer: Any) -> VocabTables:
    import numpy as np

    from ._asked import OPENERS

    size = tokenizer.get_vocab_size()
    openers: list[int] = []
    groups = np.arange(size, dtype=np.int32)
    names: dict[str, int] = {}
    for token_id in _yielding(range(size)):
        piece = tokenizer.decode([token_id])
        if piece and piece.strip().lower() in OPENERS:
            openers.append(token_id)
        token = tokenizer.id_to_token(token_id)
        if token is not None and not token.startswith("<|"):
            groups[token_id] = names.setdefault(token.lower(), token_id)
    return VocabTables(np.asarray(openers, dtype=np.int64), groups)


def _kept_file(source: Path) -> Path | None:
    try:
        from teachapp.paths import cache_dir

        digest = hashlib.blake2b(source.read_bytes() + _VERSION, digest_size=12).hexdigest()
        folder = cache_dir() / _FOLDER
        folder.mkdir(exist_ok=True)
        return folder / f"whisper-vocab-{digest}.npz"
    except OSError:
        return None


def _read(kept: Path) -> VocabTables | None:
    import numpy as np

    try:
        with np.load(kept, allow_pickle=False) as data:
            return VocabTables(data["openers"], data["groups"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError) as exc:
        _log.info("Working out Whisper's vocabulary tables again: %s could not be read "
                  "(%s).", kept, exc)
        return None


def _keep(kept: Path, tables: VocabTables) -> None:
    """Write the tables atomically: a process reading them never sees half a file."""
    import numpy as np

    try:
        handle, temporary = tempfile.mkstemp(dir=kept.parent, suffix=".part")
        with os.fdopen(handle, "wb") as out:
            np.savez(out, openers=tables.openers, groups=tables.groups)
        os.replace(temporary, kept)
    except (OSError, ValueError) as exc:
        _log.info("Not keeping Whisper's vocabulary tables in %s: %s", kept.parent, exc)
