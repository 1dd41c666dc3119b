"""The first command after an import does not wait for the resolver's index: it was
rebuilt inside that command (0.7-1.0 s for 1,500 routines, benchmarks/gui_after_import.py);
the window now builds it on its worker as it reads the imported routines."""

from __future__ import annotations

import sys

from conftest import REPO
from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from teachapp.gui.files import import_routines

sys.path.insert(0, str(REPO / "benchmarks"))
from import_large import household_file  # noqa: E402  (the benchmark's own household)


def test_the_index_is_built_before_the_first_command(qtbot, window, tmp_path, monkeypatch):
    source = tmp_path / "household.json"
    source.write_text(household_file(60), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    phrases = window.bridge.engine.assistant._phrases
    before = phrases._resolver
    import_routines(window)
    qtbot.waitUntil(lambda: any(r.name == "Routine 59" for r in window.routine_list.routines()), timeout=30_000)
    settle(qtbot, window.bridge)
    built = phrases._resolver
    assert built is not None and built is not before  # built for the imported phrases
    window.strip.entry.setText("amber mode")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    assert phrases._resolver is built  # the command used it: nothing rebuilt in the turn
    turn = window.bridge.engine.store.interactions(limit=1)[0]
    assert (turn.heard, turn.decision, turn.routine) == ("amber mode", "run", "Routine 0")
