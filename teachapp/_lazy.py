"""Names a package loads on first use (PEP 562), so importing the package stays light.

    __getattr__ = lazy_names(__name__, {"Resolver": "resolver", ...})

``teachapp.conversation``, ``.speech``, ``.understanding`` and ``.home`` use it: a
command that never listens does not import numpy, Vosk or PortAudio, and one that
only reads the database does not import the agent.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any

__all__ = ["lazy_names"]


def lazy_names(package: str, sources: Mapping[str, str]) -> Callable[[str], Any]:
    """A module ``__getattr__`` that imports ``.sources[name]`` from ``package`` and
    keeps the value in the package, so the next lookup costs nothing."""

    def __getattr__(name: str) -> Any:
        source = sources.get(name)
        if source is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f".{source}", package), name)
        setattr(sys.modules[package], name, value)
        return value

    return __getattr__
