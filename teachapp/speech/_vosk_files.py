"""Whether a Vosk model's big files are whole, read from their own headers and tails.

A copy or a download that stopped leaves a model folder whose files are all there,
only shorter; Vosk then fails to load it (or Kaldi aborts the process) long after
``teachapp doctor`` said "ok". The files say how long they must be, so this is cheap
(a few hundred bytes read, nothing loaded):

- an OpenFst file (``graph/HCLG.fst``, ``graph/HCLr.fst``) names its number of states
  and arcs in its header; a const FST (alone or inside a look-ahead one) holds at
  least 20 bytes a state and 16 an arc after it;
- Kaldi's ``final.mdl`` (an nnet3 acoustic model) ends with its ``<Priors>`` vector,
  whose length is written just before it.
"""

from __future__ import annotations

import struct
from pathlib import Path

__all__ = ["cut_short"]

_FST_MAGIC = 2125659606
_HAS_SYMBOLS = 0x3
_STATE_BYTES, _ARC_BYTES = 20, 16
_PRIORS = b"<Priors> FV "
_TAIL_BYTES = 1 << 20
"""How far from the end ``<Priors>`` is looked for (small models: ~20 KB of priors)."""


def cut_short(path: Path) -> list[str]:
    """The files of the Vosk model in ``path`` that end before they should, in words."""
    found = []
    for rel in ("graph/HCLG.fst", "graph/HCLr.fst", "HCLG.fst"):
        need = _fst_bytes(path / rel)
        if need is not None and (path / rel).stat().st_size < need:
            found.append(_said(rel, (path / rel).stat().st_size, need))
    for rel in ("am/final.mdl", "final.mdl"):
        if (path / rel).is_file() and (path / rel).stat().st_size and _mdl_cut(path / rel):
            found.append(f"{rel} is cut short (it ends before its last part: a truncated "
                         "copy)")
    return found


def _said(rel: str, size: int, need: int) -> str:
    return (f"{rel} is cut short ({_mb(size)} of at least {_mb(need)}: a truncated copy)")


def _mb(count: int) -> str:
    return f"{count / 2**20:.1f} MB" if count >= 2**20 else f"{count:,} bytes"


def _fst_bytes(file: Path) -> int | None:
    """The least size a const FST file (or a look-ahead FST around one) can have;
    None when it is not one this reads, or it is missing."""
    try:
        with file.open("rb") as handle:
            head = handle.read(512)
    except OSError:
        return None
    offset = 0
    for _ in range(2):  # the look-ahead header, then the const FST's own
        header = _fst_header(head, offset)
        if header is None:
            return None
        kind, flags, states, arcs, end = header
        if flags & _HAS_SYMBOLS:
            return None
        if kind == "const":
            return end + states * _STATE_BYTES + arcs * _ARC_BYTES
        if not kind.endswith("_lookahead"):
            return None
        # The wrapped FST follows, after a word of the look-ahead's own.
        offset = head.find(_FST_MAGIC.to_bytes(4, "little"), end, end + 64)
        if offset < 0:
            return None
    return None


def _fst_header(data: bytes, at: int) -> tuple[str, int, int, int, int] | None:
    try:
        (magic,) = struct.unpack_from("<i", data, at)
        if magic != _FST_MAGIC:
            return None
        at += 4
        texts = []
        for _ in range(2):
            (size,) = struct.unpack_from("<i", data, at)
            if not 0 < size < 64:
                return None
            texts.append(data[at + 4:at + 4 + size].decode("ascii"))
            at += 4 + size
        _version, flags, _props, _start, states, arcs = struct.unpack_from("<iiQqqq", data, at)
    except (struct.error, UnicodeDecodeError):
        return None
    if states < 0 or arcs < 0:
        return None
    return texts[0], flags, states, arcs, at + 40


def _mdl_cut(file: Path) -> bool:
    """Whether a binary ``final.mdl`` stops before the end of its priors (every model
    Vosk loads is nnet3, which ends with them; a text model is left to Vosk)."""
    size = file.stat().st_size
    try:
        with file.open("rb") as handle:
            if handle.read(19) != b"\0B<TransitionModel>":
                return False
            handle.seek(max(0, size - _TAIL_BYTES))
            tail = handle.read()
    except OSError:
        return False
    where = tail.rfind(_PRIORS)
    if where < 0:
        return True
    at = where + len(_PRIORS)
    if len(tail) < at + 5 or tail[at] != 4:
        return True
    (count,) = struct.unpack_from("<i", tail, at + 1)
    return len(tail) < at + 5 + 4 * count
