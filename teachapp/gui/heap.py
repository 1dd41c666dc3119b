"""Keep the C heap small: one arena for every thread, its free pages given back once the
window is filled.

Loading the engine (the routine file's YAML, SQLAlchemy's mappers, the resolver's
tables) and the first queries leave freed blocks that glibc keeps in its heaps for
later; the window then idles with them resident. ``malloc_trim`` returns whole free
pages: measured with benchmarks/gui.py, 5-12 MB at idle, in a few milliseconds. glibc
also gives each thread that allocates its own arena (the engine's worker, the snapshot's
and the tokenizer's threads, Qt's), and what each keeps free stays apart; one arena for
all (``one_arena``, before those threads start) idled ~4 MB lower again (benchmarks/gui.py,
3 runs: 198.3 -> 193.2 MB), with the window shown and filled as soon. Python's own
objects are not in these heaps (pymalloc's arenas), and the interpreter lock lets one
thread allocate at a time anyway. Only glibc has these calls; elsewhere they do nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys

__all__ = ["one_arena", "return_free_memory"]

log = logging.getLogger(__name__)

_M_ARENA_MAX = -8
"""glibc's ``mallopt`` parameter for the most arenas (malloc.h)."""


def _libc() -> ctypes.CDLL | None:
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ctypes.CDLL("libc.so.6")  # (find_library would run ldconfig to say so)
    except OSError:  # no glibc (musl and others)
        return None


def one_arena() -> bool:
    """``mallopt(M_ARENA_MAX, 1)`` where the C library is glibc: threads started from now
    on allocate from the main arena; whether it was set."""
    libc = _libc()
    mallopt = getattr(libc, "mallopt", None)
    if mallopt is None:
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    mallopt.restype = ctypes.c_int
    return bool(mallopt(_M_ARENA_MAX, 1))


def return_free_memory() -> bool:
    """``malloc_trim(0)`` where the C library is glibc; whether memory was returned."""
    trim = getattr(_libc(), "malloc_trim", None)
    if trim is None:  # (musl and others: no malloc_trim)
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    returned = bool(trim(0))
    log.debug("malloc_trim returned memory: %s", returned)
    return returned
