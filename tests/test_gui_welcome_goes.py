"""The first start's "Welcome! Nothing is taught yet …" stayed in the conversation after
the person imported their routines (or taught one), saying nothing was taught beside a
list of them. It goes once anything is taught."""

from __future__ import annotations

from conftest import REPO
from gui_helpers import close_window, open_window, settle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from teachapp.gui.files import import_routines


def _welcome(window) -> list[str]:  # noqa: ANN001
    return [line for line in window.strip.lines() if "Nothing is taught yet" in line]


def test_the_welcome_goes_when_routines_are_imported(qtbot, db_path, monkeypatch):
    window, bridge = open_window(qtbot, db_path)
    try:
        qtbot.waitUntil(lambda: bool(_welcome(window)), timeout=5_000)
        source = REPO / "assets" / "examples.yaml"
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
        import_routines(window)
        qtbot.waitUntil(lambda: bool(window.routine_list.routines()), timeout=20_000)
        settle(qtbot, bridge)
        assert _welcome(window) == []  # was: the welcome, beside the imported routines
    finally:
        close_window(window, bridge)


def test_the_welcome_goes_when_the_first_phrase_is_taught(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path)
    try:
        qtbot.waitUntil(lambda: bool(_welcome(window)), timeout=5_000)
        for text in ("teach tea time", "turn on the coffee maker", "done", "yes"):
            window.strip.entry.setText(text)
            qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
            settle(qtbot, bridge)
        qtbot.waitUntil(lambda: bool(window.routine_list.routines()), timeout=10_000)
        settle(qtbot, bridge)
        assert _welcome(window) == []
        assert any("tea time" in line.lower() for line in window.strip.lines())
    finally:
        close_window(window, bridge)
