"""How a long import goes, on one line of the terminal (stderr), cleared at the end.

Shown only when stderr is a terminal and the job is large (a pipe or a log file gets
the result line alone); each new stage is written at once and its percentage at
most a few times a second.
"""

from __future__ import annotations

import sys
import time
from typing import TextIO

from ..conversation.library import LARGE_FILE_BYTES, import_progress_said

__all__ = ["LARGE_FILE_BYTES", "TerminalProgress"]

_EVERY_SECONDS = 0.2


class TerminalProgress:
    """A ``domain.Progress`` that writes "Importing FILE: saving 4,000 of 88,000 (5 %)"."""

    def __init__(self, label: str, *, stream: TextIO | None = None,
                 enabled: bool | None = None) -> None:
        self.label = label
        self.stream = stream or sys.stderr
        self.enabled = self.stream.isatty() if enabled is None else enabled
        self._stage = ""
        self._last = 0.0
        self._width = 0

    def __call__(self, stage: str, done: int, total: int) -> None:
        if not self.enabled:
            return
        now = time.monotonic()
        if stage == self._stage and now - self._last < _EVERY_SECONDS and done < total:
            return
        self._stage, self._last = stage, now
        self._write(f"{self.label}: {import_progress_said(stage, done, total)}")

    def _write(self, text: str) -> None:
        pad = " " * max(0, self._width - len(text))
        self._width = len(text)
        self.stream.write(f"\r{text}{pad}")
        self.stream.flush()

    def close(self) -> None:
        """Clear the line, so the result is printed where the progress was."""
        if self.enabled and self._width:
            self.stream.write("\r" + " " * self._width + "\r")
            self.stream.flush()
            self._width = 0
