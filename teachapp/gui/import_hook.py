"""Keep PySide6's import hook from holding the source of every later module in memory.

shiboken6 replaces ``__import__`` for its ``__feature__`` switches (``from __feature__
import snake_case``). For every module imported after Qt, it asks whether the module
uses PySide6 by searching ``inspect.getsource(module)`` for "PySide6"
(``shibokensupport.feature._mod_uses_pyside``), and ``inspect.getsource`` reads through
``linecache``, which keeps every line of every such file for the life of the process.
The window imports the engine after Qt (SQLAlchemy, pydantic, the conversation
package): measured at idle, about 600 files and 24 MB of source lines (tracemalloc),
27 MB of resident memory, and the reading slowed the engine's start.

:func:`read_sources_without_caching` swaps that check for one that searches the file
the same way and keeps nothing. A module without a ``.py`` file gets PySide's own check.
The answer only sets PySide's default ``__feature__`` selection for the module (teachapp
selects none), and a PySide6 without this check is left as it is.
"""

from __future__ import annotations

import importlib
import linecache
from types import ModuleType

__all__ = ["read_sources_without_caching"]

_MARK = "_teachapp_without_linecache"


def read_sources_without_caching() -> bool:
    """Install the check (once); whether it is in place. Imports PySide6.QtCore."""
    cached = set(linecache.cache)
    try:
        import PySide6.QtCore  # noqa: F401  (loads shiboken and its import hook)

        feature = importlib.import_module("shibokensupport.feature")
    except ImportError:
        return False
    original = getattr(feature, "_mod_uses_pyside", None)
    if not callable(original):
        return False
    if getattr(original, _MARK, False):
        return True
    for name in set(linecache.cache) - cached:  # (what PySide's own import read: enum.py,
        if not name.startswith("<"):            # shiboken's and PySide's __init__.py)
            linecache.cache.pop(name, None)

    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    setattr(uses_pyside, _MARK, True)
    feature._mod_uses_pyside = uses_pyside
    return True
