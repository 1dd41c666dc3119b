"""An undo made with the window's Undo (Ctrl+Z) while the History page is shown did not
appear in its turn list: the list still ended on the run, "done", as if nothing had
been taken back (even after F5: the button's undo was not logged, while the Run button's
run is). Now the undo is a turn of its own, listed at once."""

from __future__ import annotations

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt


def _rows(window) -> list[tuple[str, str, str]]:  # noqa: ANN001
    table = window.history.table
    return [(table.item(r, 1).text(), table.item(r, 2).text(), table.item(r, 5).text())
            for r in range(table.rowCount())]


def test_an_undo_in_history_is_listed(qtbot, window):
    window.strip.entry.setText("reading mode")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    window.tabs.setCurrentWidget(window.history)
    qtbot.waitUntil(lambda: bool(_rows(window)), timeout=5_000)
    assert _rows(window)[0] == ("reading mode", "ran", "done")
    window.history.table.setFocus()
    qtbot.keyClick(window.history.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(_rows(window)) == 2, timeout=5_000)  # was: 1, the run
    assert _rows(window) == [("undo  (Undo button)", "replied", "undone"),
                             ("reading mode", "ran", "done")]
    assert window.strip.lines()[-1] == "Undone: Living room lamp put back."
