"""The window (PySide6): the only package that imports Qt.

Public surface: ``run_gui``, ``screenshot`` and ``display_available``
(in ``app``, importable without Qt), and the ``Bridge`` between engine and widgets.
"""

__all__ = ["display_available", "run_gui", "screenshot"]

from .app import display_available, run_gui, screenshot
