"""File menu: import and export routine files (YAML or JSON), off the GUI thread."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from ..store import dump_routine_file, read_routine_file

__all__ = ["export_routines", "import_routines"]

_FILTER = "Routine files (*.yaml *.yml *.json);;All files (*)"


def import_routines(window: Any) -> None:
    """Ask for a file and import it in one transaction; asks before replacing."""
    path, _ = QFileDialog.getOpenFileName(window, "Import routines", str(Path.home()), _FILTER)
    if not path:
        return
    bridge = window.bridge
    store = bridge.engine.store

    def check() -> tuple[list[Any], list[Any], list[str]]:
        devices, routines = read_routine_file(path)
        existing = {n.casefold() for n in store.routine_names()}
        return devices, routines, [r.name for r in routines if r.name.casefold() in existing]

    def confirm(found: tuple[list[Any], list[Any], list[str]]) -> None:
        devices, routines, clashes = found
        replace = False
        if clashes:
            answer = QMessageBox.question(
                window, "Replace routines?",
                f"{len(clashes)} routine(s) already exist: {', '.join(clashes[:5])}. "
                "Replace them with the ones in the file?")
            if answer != QMessageBox.StandardButton.Yes:
                return
            replace = True

        def imported(_result: object) -> None:
            bridge.routinesChanged.emit()
            bridge.devices(window._devices_loaded)
            window.statusBar().showMessage(
                f"Imported {len(routines)} routine(s) from {Path(path).name}.", 8000)

        bridge.call(store.import_all, devices, routines, replace=replace, done=imported)

    bridge.call(check, done=confirm)


def export_routines(window: QWidget) -> None:
    path, _ = QFileDialog.getSaveFileName(window, "Export routines",
                                          str(Path.home() / "teachapp-routines.yaml"), _FILTER)
    if not path:
        return
    bridge = window.bridge  # type: ignore[attr-defined]
    store = bridge.engine.store
    fmt = "json" if path.lower().endswith(".json") else "yaml"

    def write() -> int:
        routines = store.routines()
        text = dump_routine_file(store.devices(), routines, fmt=fmt)
        Path(path).write_text(text, encoding="utf-8")
        return len(routines)

    bridge.call(write, done=lambda n: window.statusBar().showMessage(  # type: ignore[attr-defined]
        f"Exported {n} routine(s) to {path}.", 8000))
