"""File menu: import and export routine files (YAML or JSON), off the GUI thread, and
listen to a recording.

An import shows how it goes in a progress dialog (at once for a large file, after a
moment for any other) whose Cancel stops it at its next report: the report raises
``Cancelled`` on the worker, inside the import's one transaction, so nothing of the
file is kept, as when the file is refused.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QProgressBar,
    QProgressDialog,
    QWidget,
)

from ..conversation import library
from ..conversation.library import (
    LARGE_FILE_BYTES,
    ImportPlan,
    ImportReport,
    OnClash,
    apply_import,
    import_cancelled_said,
    import_progress_said,
    plan_import,
)
from ..domain import counted, shorten
from ..errors import Cancelled, TeachappError

__all__ = ["ImportProgress", "export_routines", "import_routines", "listen_to_recording"]

_FILTER = "Routine files (*.yaml *.yml *.json);;All files (*)"
_SMALL_FILE_WAIT_MS = 800
"""A small file's import shows its dialog only when it takes longer than this."""


class ImportProgress:
    """The import's progress dialog, fed from the worker (a ``domain.Progress``)."""

    def __init__(self, window: Any, path: str) -> None:
        self.name = Path(path).name
        self.bridge = window.bridge
        self.cancelled = threading.Event()
        """Set by Cancel (GUI thread); read by the worker at its next report."""
        try:
            large = Path(path).stat().st_size >= LARGE_FILE_BYTES
        except OSError:
            large = False  # (reading it says what is wrong)
        dialog = QProgressDialog(f"Importing {self.name}…", "Cancel", 0, 0, window)
        dialog.setWindowTitle("Importing routines")
        bar = QProgressBar(dialog)
        bar.setTextVisible(False)  # (the label says the share: "… (33 %)", not twice)
        dialog.setBar(bar)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0 if large else _SMALL_FILE_WAIT_MS)
        dialog.setValue(0)  # (Qt's timer restarts with that wait; it was its own 4 s)
        dialog.setAccessibleName("Import progress")
        dialog.canceled.connect(self._cancel)
        self.dialog = dialog
        self.large = large
        if large:
            dialog.show()

    def __call__(self, stage: str, done: int, total: int) -> None:
        """On the worker: stop here when cancelled, else show the figures."""
        if self.cancelled.is_set():
            raise Cancelled(import_cancelled_said(self.name))
        self.bridge.post(lambda: self._show(stage, done, total))

    def _show(self, stage: str, done: int, total: int) -> None:
        if self.cancelled.is_set() or self.dialog is None:
            return
        self.dialog.setLabelText(f"Importing {self.name}: "
                                 f"{import_progress_said(stage, done, total)}")
        self.dialog.setMaximum(1000 if total else 0)
        self.dialog.setValue(min(1000, 1000 * done // total) if total else 0)

    def _cancel(self) -> None:
        self.cancelled.set()
        if self.dialog is not None:
            self.dialog.setLabelText(f"Cancelling the import of {self.name}…")
            self.dialog.setCancelButton(None)  # (one press is enough; the worker stops)
            self.dialog.show()

    def pause(self) -> None:
        """Out of the way while the person is asked what to do with names that exist."""
        if self.dialog is not None:
            self.dialog.reset()  # (stops Qt's timer that would show it over the question)
            self.dialog.hide()

    def resume(self) -> None:
        """Back for the saving of a large file (a small one is saved in a moment)."""
        if self.dialog is not None and self.large and not self.cancelled.is_set():
            self.dialog.show()

    def finish(self) -> None:
        if self.dialog is not None:
            self.dialog.canceled.disconnect(self._cancel)
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None


def import_routines(window: Any) -> None:
    """Ask for a file, check it off the GUI thread, ask what to do with routines
    whose names exist, then import in one transaction: the same use case and rules
    as ``teachapp import``."""
    path, _ = QFileDialog.getOpenFileName(window, "Import routines", str(Path.home()), _FILTER)
    if not path:
        return
    bridge = window.bridge
    store = bridge.engine.store
    progress = ImportProgress(window, path)
    window.import_progress = progress  # (kept for tests and screen readers)

    def confirm(plan: ImportPlan) -> None:
        on_clash = OnClash.FAIL
        if progress.cancelled.is_set():  # (Cancel pressed as the reading ended)
            cannot(Cancelled())
            return
        if plan.clashes:
            progress.pause()
            box = QMessageBox(window)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle("Routines already exist")
            names = ", ".join(shorten(n, 40) for n in plan.clashes[:5]) + \
                (" …" if len(plan.clashes) > 5 else "")
            box.setText(f"{counted(len(plan.clashes), 'routine')} in {Path(path).name} "
                        f"already {'exists' if len(plan.clashes) == 1 else 'exist'}: {names}.")
            box.setInformativeText("Replace them with the ones in the file, keep yours "
                                   "and import only the new ones, or cancel?")
            replace = box.addButton("Replace", QMessageBox.ButtonRole.AcceptRole)
            skip = box.addButton("Skip existing", QMessageBox.ButtonRole.ActionRole)
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            if box.clickedButton() is replace:
                on_clash = OnClash.REPLACE
            elif box.clickedButton() is skip:
                on_clash = OnClash.SKIP
            else:
                progress.finish()
                window.statusBar().showMessage(import_cancelled_said(Path(path).name), 8000)
                return
            progress.resume()

        def imported(report: ImportReport) -> None:
            progress.finish()
            bridge.routinesChanged.emit()
            bridge.devices(window._devices_loaded)
            window.statusBar().showMessage(report.describe(Path(path).name), 8000)

        bridge.call(apply_import, store, plan, on_clash, progress=progress, done=imported,
                    failed=cannot)

    def cannot(exc: BaseException) -> None:
        progress.finish()
        if isinstance(exc, Cancelled):
            window.statusBar().showMessage(import_cancelled_said(Path(path).name), 8000)
            return
        _cannot(window, path, exc, importing=True)

    bridge.call(plan_import, store, path, progress=progress, done=confirm, failed=cannot)


def export_routines(window: QWidget) -> None:
    path, _ = QFileDialog.getSaveFileName(window, "Export routines",
                                          str(Path.home() / "teachapp-routines.yaml"), _FILTER)
    if not path:
        return
    bridge = window.bridge  # type: ignore[attr-defined]
    store = bridge.engine.store
    bridge.call(lambda: library.export_routines(store, path, replace=True)[1],
                done=lambda n: window.statusBar().showMessage(  # type: ignore[attr-defined]
                    library.exported_said(n, path), 8000),
                failed=lambda exc: _cannot(window, path, exc, importing=False))


def _cannot(window: Any, path: str, exc: BaseException, *, importing: bool) -> None:
    """A file that cannot be imported or written, said in a dialog, as it was asked for
    in one (it was a red line in the conversation alone, naming neither the import or
    export nor that nothing was imported or written)."""
    name = Path(path).name
    said = str(exc) if isinstance(exc, TeachappError) else \
        f"{exc.__class__.__name__}: {exc} (details are in the log)"
    headline = f"Nothing was imported from {name}." if importing else \
        f"Nothing was written to {name}."
    box = QMessageBox(QMessageBox.Icon.Warning,
                      "Cannot import routines" if importing else "Cannot export routines",
                      headline, QMessageBox.StandardButton.Ok, window)
    why = said.replace(f"Cannot write {path}: ", "").replace(f"{path}, ", "") \
        .replace(f"{path}: ", "")
    box.setInformativeText(why[:1].upper() + why[1:])  # ("The folder … does not exist; …")
    box.setDetailedText(said)
    window.file_problem = box  # (kept for tests and screen readers)
    window.statusBar().showMessage(
        f"{'Import' if importing else 'Export'} failed: {headline[0].lower()}{headline[1:]}",
        8000)
    box.exec()


def listen_to_recording(window: Any) -> None:
    """A WAV file heard as one turn, as ``@file.wav`` typed is: for a computer with no
    microphone. The engine recognises it on its worker; what was heard and the reply
    go to the conversation strip, as a spoken turn's do."""
    path, _ = QFileDialog.getOpenFileName(window, "Listen to a recording", str(Path.home()),
                                          "WAV recordings (*.wav *.WAV);;All files (*)")
    if path:
        window.bridge.handle_audio(path)
