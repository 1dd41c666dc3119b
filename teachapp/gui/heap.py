"""Give the C heap's free pages back to the system once the window is filled.

Loading the engine (the routine file's YAML, SQLAlchemy's mappers, the resolver's
tables) and the first queries leave freed blocks that glibc keeps in its heaps for
later; the window then idles with them resident. ``malloc_trim`` returns whole free
pages: measured with benchmarks/gui.py, 5-12 MB at idle, in a few milliseconds. Only
glibc has it; elsewhere this does nothing.
"""

from __future__ import annotations

import ctypes
import logging
import sys

__all__ = ["return_free_memory"]

log = logging.getLogger(__name__)


def return_free_memory() -> bool:
    """``malloc_trim(0)`` where the C library is glibc; whether memory was returned."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL("libc.so.6")  # (find_library would run ldconfig to say so)
        trim = libc.malloc_trim
    except (OSError, AttributeError):  # musl and others: no malloc_trim
        return False
    trim.argtypes = [ctypes.c_size_t]
    trim.restype = ctypes.c_int
    returned = bool(trim(0))
    log.debug("malloc_trim returned memory: %s", returned)
    return returned
