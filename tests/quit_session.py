"""One whole window session in this process, then File › Quit (run by test_gui_quit).

Starts the window exactly as ``teachapp gui`` does (``run_gui``), and once the engine
is ready opens every view and dialog, runs routines, types commands, teaches a
phrase through the chat dialogue, leaves an edit unsaved and quits through the
Quit action. Prints one JSON line with how the references to None, True and False
moved over the session: a Qt binding that drops references to them (PySide6 6.12.0
on Python 3.11) frees these singletons sooner or later, which is a hard crash.
Usage: python quit_session.py DB [--speech]
"""

from __future__ import annotations

import argparse
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _refs() -> list[int]:
    return [sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False)]


def main() -> int:
    from teachapp.gui import app as gui_app

    db, speech = sys.argv[1], "--speech" in sys.argv
    built: dict = {}
    original = gui_app._build

    def build(args):  # noqa: ANN001, ANN202 - keeps the real build, remembers its parts
        parts = original(args)
        built["app"], _s, built["bridge"], built["window"] = parts
        parts[2].engineReady.connect(lambda _e: gui_app._after_ready(parts[2], session))
        return parts

    def settle(then):  # noqa: ANN001, ANN202
        from PySide6.QtCore import QTimer

        QTimer.singleShot(30, lambda: gui_app._after_ready(built["bridge"], then))

    steps: list = []
    start: list[int] = []

    def session() -> None:
        if steps or start:
            return
        window, bridge = built["window"], built["bridge"]
        start.extend(_refs())
        say = bridge.handle_text
        steps.extend([
            lambda: window.tabs.setCurrentIndex(2),
            lambda: window.tabs.setCurrentIndex(1),
            lambda: window.open_routine(window.routines[0].name),
            lambda: window.editor.phrase_rows()[0].test.click(),
            lambda: window.tabs.setCurrentIndex(0),
            lambda: bridge.run_routine(window.routines[0].name),
            lambda: say("movie night"),
            lambda: say("undo"),
            lambda: say("turn on the desk lamp"),
            lambda: window.start_teaching(),
            lambda: window.teach.cancel(),
            lambda: say("teach"), lambda: say("quiet time"),
            lambda: say("desk lamp to 30 percent"), lambda: say("done"), lambda: say("yes"),
            lambda: say("quiet time"),
            lambda: _dialog(window.open_settings),
            lambda: _dialog(window.open_backups),
            lambda: window.open_routine(window.routines[-1].name),
            lambda: window.editor.name.setText(window.editor.name.text() + " x"),
            lambda: window.editor._changed(),
            lambda: window.editor.load(window.editor._loaded),  # Revert
        ] * 2)
        next_step()

    def next_step() -> None:
        if steps:
            step = steps.pop(0)
            step()
            settle(next_step)
            return
        window = built["window"]
        window.editor.load(window.editor._loaded)  # Discard, as the person would
        end = _refs()
        sys.stdout.write(json.dumps({"start": start, "end": end}) + "\n")
        sys.stdout.flush()
        window.act_quit.trigger()

    gui_app._build = build
    args = argparse.Namespace(db=db, no_speech=not speech, screenshot=None)
    return gui_app.run_gui(args)


def _dialog(opener) -> None:  # noqa: ANN001
    """Open a dialog the window owns and close it again from the event loop."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog

    def close_it() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(150, close_it)
    opener()


if __name__ == "__main__":
    sys.exit(main())
