"""Shared set-up for the window tests: a real store, engine and window."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

REPO = Path(__file__).resolve().parent.parent


def open_window(qtbot, db_path: Path, *, examples: bool = False):  # noqa: ANN001, ANN201
    """A MainWindow on a real SQLite file, filled and ready (devices shown)."""
    from teachapp.conversation import load_engine, open_store
    from teachapp.gui.app import make_app
    from teachapp.gui.bridge import Bridge
    from teachapp.gui.main_window import MainWindow
    from teachapp.settings import Settings
    from teachapp.store import read_routine_file

    args = argparse.Namespace(db=str(db_path), no_speech=True)
    if examples:
        store = open_store(args)
        devices, routines = read_routine_file(REPO / "assets" / "examples.yaml")
        store.import_all(devices, routines)
        store.close()
    settings = Settings()
    make_app(settings)
    bridge = Bridge()
    window = MainWindow(bridge, settings)
    window.show()
    bridge.attach(load_engine(args, settings=settings))
    qtbot.waitUntil(lambda: bool(window.panel.tiles) and not bridge.busy, timeout=10_000)
    return window, bridge


@pytest.fixture(name="window")
def window_fixture(qtbot, db_path):  # noqa: ANN001, ANN201
    """``window``: the window on the example home and routines, closed after the test.

    A test module gets it by importing it: ``from gui_helpers import window_fixture``."""
    win, bridge = open_window(qtbot, db_path, examples=True)
    yield win
    close_window(win, bridge)


def settle(qtbot, bridge) -> None:  # noqa: ANN001
    """Wait for the engine calls in flight and the signals they send."""
    qtbot.waitUntil(lambda: not bridge.busy, timeout=10_000)
    qtbot.wait(20)


def close_window(window, bridge) -> None:  # noqa: ANN001
    """Leave without the unsaved-changes question or the question about routines still
    waiting in a pause ("Stop them and close", as if pressed: a modal box left open
    blocks the test run for good), and stop the engine. A test of either question closes
    the window itself first."""
    editor = window.pages.made("editor")  # (never shown: nothing to leave, nothing built)
    if editor is not None and editor.dirty:
        editor.load(editor._loaded)
    window._leave_waits = lambda: True
    window.close()
    bridge.close()
    window.deleteLater()


def start_window(qtbot, db: str | Path, **recovery_options):  # noqa: ANN001, ANN201
    """A MainWindow that opens its database the way ``teachapp gui`` does: on the
    bridge's worker, with the start-up recovery dialog when the database fails."""
    from teachapp.gui.app import make_app
    from teachapp.gui.bridge import Bridge
    from teachapp.gui.main_window import MainWindow
    from teachapp.gui.recovery import DatabaseRecovery
    from teachapp.settings import Settings

    settings = Settings()
    make_app(settings)
    bridge = Bridge()
    window = MainWindow(bridge, settings)
    window.remember_geometry = False
    window.show()
    recovery = DatabaseRecovery(bridge, window, argparse.Namespace(db=str(db), no_speech=True),
                                **recovery_options)
    recovery.start()
    return window, bridge, recovery


def offer_lamp_hunch(bridge):  # noqa: ANN001, ANN201
    """A hunch offered through the engine: the living-room lamp, on at 18:00 and off at
    23:00 for three weeks, still on at 01:00. Returns the offer (shown by the caller)."""
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from teachapp.home.hunch_watcher import HunchWatcher
    from teachapp.store import DeviceChange

    lamp = "light.living_room_lamp"
    store = bridge.engine.store
    zone = ZoneInfo("UTC")
    start = datetime(2027, 1, 4, tzinfo=zone).timestamp()
    store.add_history(c for day in range(21) for c in (
        DeviceChange(start + day * 86400 + 18 * 3600, lamp, {"on": True}),
        DeviceChange(start + day * 86400 + 23 * 3600, lamp, {"on": False})))
    night = start + 21 * 86400 + 3600
    store.clock = lambda: night
    store.update_states({lamp: {"on": True}})
    watcher = HunchWatcher(store, zone, clock=lambda: night + 3600)
    assistant = bridge.engine.assistant
    assistant._hunch_talk.watcher = watcher
    offer = watcher.pending()[0]
    assistant.offer_hunch(offer)
    return offer


def answer_message_box(seen: dict[str, str], button: str = "Ok") -> None:
    """When the next message box shows (a modal one blocks the caller), note its title,
    text and informative text ("why") in ``seen`` and press ``button`` (a
    ``QMessageBox.StandardButton`` name). Call it just before what shows the box."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.update(title=box.windowTitle(), text=box.text(), why=box.informativeText())
        box.button(getattr(QMessageBox.StandardButton, button)).click()

    QTimer.singleShot(0, answer)
