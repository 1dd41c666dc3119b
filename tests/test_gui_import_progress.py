"""The window's Import on a large file: it showed nothing until the end (seconds to
minutes for thousands of routines) and could not be stopped. Now a progress dialog says
how it goes, from the worker (the window stays free), and its Cancel stops the import
with nothing of the file kept: the one transaction rolls back even after a batch of
routines was written."""

from __future__ import annotations

import sys
import threading

from conftest import REPO
from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtWidgets import QFileDialog, QPushButton

from teachapp.gui import files
from teachapp.gui.files import ImportProgress, import_routines

sys.path.insert(0, str(REPO / "benchmarks"))
from import_large import household_file  # noqa: E402  (the benchmark's own household)

_COUNT = 1500  # three batches of 500: a report after each


def _large_file(tmp_path, monkeypatch):
    source = tmp_path / "household.json"
    source.write_text(household_file(_COUNT), encoding="utf-8")
    assert source.stat().st_size >= files.LARGE_FILE_BYTES
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    return source


def _hold_at_second_batch(monkeypatch) -> tuple[threading.Event, threading.Event]:
    """The worker stops at its second "saving" report (one batch written in the open
    transaction, its figures shown) until ``go`` is set."""
    reached, go = threading.Event(), threading.Event()
    report = ImportProgress.__call__
    seen: list[int] = []

    def held(self, stage: str, done: int, total: int) -> None:
        if stage == "saving":
            seen.append(done)
            if len(seen) == 2:
                reached.set()
                go.wait(30)
        report(self, stage, done, total)

    monkeypatch.setattr(ImportProgress, "__call__", held)
    return reached, go


def test_cancel_in_the_middle_of_saving_imports_nothing(qtbot, window, tmp_path,
                                                        monkeypatch):
    _large_file(tmp_path, monkeypatch)
    store = window.bridge.engine.store
    before = (sorted(store.routine_names()), sorted(d.id for d in store.devices()))
    reached, go = _hold_at_second_batch(monkeypatch)

    import_routines(window)
    progress = window.import_progress
    dialog = progress.dialog
    assert dialog.isVisible() and dialog.windowTitle() == "Importing routines"
    qtbot.waitUntil(reached.is_set, timeout=30_000)
    # The window is free while the worker holds: the first batch's figures arrive.
    qtbot.waitUntil(lambda: "saving 500 of 1,500 (33 %)" in dialog.labelText(),
                    timeout=10_000)
    assert dialog.labelText() == "Importing household.json: saving 500 of 1,500 (33 %)"
    assert dialog.value() == 333
    button = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Cancel")
    button.click()
    assert dialog.labelText() == "Cancelling the import of household.json…"
    go.set()
    qtbot.waitUntil(lambda: progress.dialog is None, timeout=30_000)
    settle(qtbot, window.bridge)
    assert window.statusBar().currentMessage() == \
        "Import cancelled: nothing was imported from household.json."
    assert (sorted(store.routine_names()), sorted(d.id for d in store.devices())) == before
    assert getattr(window, "file_problem", None) is None  # (no error dialog)


def test_a_large_import_not_cancelled_completes_and_the_dialog_goes(qtbot, window,
                                                                    tmp_path, monkeypatch):
    _large_file(tmp_path, monkeypatch)
    store = window.bridge.engine.store
    before = len(store.routine_names())
    reached, go = _hold_at_second_batch(monkeypatch)
    go.set()
    import_routines(window)
    progress = window.import_progress
    assert progress.dialog.isVisible()
    qtbot.waitUntil(lambda: progress.dialog is None, timeout=60_000)
    assert reached.is_set()
    assert window.statusBar().currentMessage().startswith(
        f"Imported {_COUNT} routines and ")
    assert len(store.routine_names()) == before + _COUNT


def test_cancel_while_the_file_is_read_imports_nothing(qtbot, window, tmp_path,
                                                       monkeypatch):
    """Pressed before the worker's first report: the reading stops there."""
    _large_file(tmp_path, monkeypatch)
    store = window.bridge.engine.store
    before = sorted(store.routine_names())
    gate = threading.Event()
    window.bridge.call(gate.wait, 30)  # (the engine's worker is busy a moment)
    import_routines(window)
    progress = window.import_progress
    next(b for b in progress.dialog.findChildren(QPushButton)
         if b.text() == "Cancel").click()
    gate.set()
    qtbot.waitUntil(lambda: progress.dialog is None, timeout=30_000)
    settle(qtbot, window.bridge)
    assert window.statusBar().currentMessage() == \
        "Import cancelled: nothing was imported from household.json."
    assert sorted(store.routine_names()) == before


def test_a_small_file_shows_no_dialog_at_once(qtbot, window, tmp_path, monkeypatch):
    """A file of a few routines imports in a moment: no dialog flashes up (Qt's own
    timer shows it only if the import is still going after a moment)."""
    source = tmp_path / "small.yaml"
    source.write_text("routines:\n  - name: Tea time\n    phrases: [tea time]\n"
                      "    steps:\n      - say: Kettle on\n", encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    gate = threading.Event()
    window.bridge.call(gate.wait, 30)  # (held, so the import is surely still going)
    import_routines(window)
    progress = window.import_progress
    assert progress.dialog is not None and not progress.dialog.isVisible()
    gate.set()
    qtbot.waitUntil(lambda: progress.dialog is None, timeout=30_000)
    assert window.statusBar().currentMessage() == \
        "Imported 1 routine and 0 devices from small.yaml."
