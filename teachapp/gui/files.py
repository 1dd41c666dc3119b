"""File menu: import and export routine files (YAML or JSON), off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..conversation import library
from ..conversation.library import ImportPlan, ImportReport, OnClash, apply_import, plan_import
from ..domain import counted, shorten
from ..errors import TeachappError

__all__ = ["export_routines", "import_routines"]

_FILTER = "Routine files (*.yaml *.yml *.json);;All files (*)"


def import_routines(window: Any) -> None:
    """Ask for a file, check it off the GUI thread, ask what to do with routines
    whose names exist, then import in one transaction: the same use case and rules
    as ``teachapp import``."""
    path, _ = QFileDialog.getOpenFileName(window, "Import routines", str(Path.home()), _FILTER)
    if not path:
        return
    bridge = window.bridge
    store = bridge.engine.store

    def confirm(plan: ImportPlan) -> None:
        on_clash = OnClash.FAIL
        if plan.clashes:
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
                window.statusBar().showMessage(
                    f"Import cancelled: nothing was imported from {Path(path).name}.", 8000)
                return

        def imported(report: ImportReport) -> None:
            bridge.routinesChanged.emit()
            bridge.devices(window._devices_loaded)
            window.statusBar().showMessage(report.describe(Path(path).name), 8000)

        bridge.call(apply_import, store, plan, on_clash, done=imported, failed=cannot)

    def cannot(exc: BaseException) -> None:
        _cannot(window, path, exc, importing=True)

    bridge.call(plan_import, store, path, done=confirm, failed=cannot)


def export_routines(window: QWidget) -> None:
    path, _ = QFileDialog.getSaveFileName(window, "Export routines",
                                          str(Path.home() / "teachapp-routines.yaml"), _FILTER)
    if not path:
        return
    bridge = window.bridge  # type: ignore[attr-defined]
    store = bridge.engine.store
    bridge.call(lambda: library.export_routines(store, path)[1],
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
