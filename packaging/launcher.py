"""Entry script of the PyInstaller bundle.

One script serves both executables the spec can build: ``teachapp`` (the command
line; with no command it opens the window) and ``teachapp-gui`` (the windowed
launcher on Windows and macOS, where a console program would open a terminal).
The executable's own name picks which, so both share one analysis.
"""

from __future__ import annotations

import os
import sys


def _run() -> int:
    from teachapp.cli import gui_main, main

    name = os.path.splitext(os.path.basename(sys.executable))[0].lower()
    if not name.endswith("-gui"):
        return main()
    # A windowed program has no standard streams on Windows; give error lines a sink.
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))
    return gui_main()


if __name__ == "__main__":
    raise SystemExit(_run())
