"""The window's teaching example names a device of this home, as chat's help does: the
teach panel and Help › How teaching works said "desk lamp to 80 percent" in every home,
and in one with no desk lamp saying it got "This home has no desk lamp". Real engine on
a real SQLite file with another home imported, real widgets (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from conftest import run_teachapp
from gui_helpers import REPO, close_window, open_window, settle
from PySide6.QtWidgets import QApplication, QMessageBox

FLAT = REPO / "tests" / "data" / "homes" / "flat.yaml"


def test_the_examples_name_this_homes_devices(qtbot, db_path):
    assert run_teachapp("--db", str(db_path), "import", str(FLAT)).returncode == 0
    window, bridge = open_window(qtbot, db_path)
    try:
        names = {d.name.lower() for d in window.devices}
        assert "desk lamp" not in names
        window.start_teaching()
        qtbot.waitUntil(lambda: window.teach.session is not None, timeout=10_000)
        window.teach.phrase.setText("cosy evening")
        window.teach.next_button.click()
        qtbot.waitUntil(lambda: window.teach.session.stage == "actions", timeout=10_000)
        settle(qtbot, bridge)
        said = window.teach.instructions.text()
        assert "desk lamp" not in said
        example = said.split("(“")[1].split("”)")[0]
        assert any(name in example for name in names), example
        window.teach.cancel()
        settle(qtbot, bridge)

        window.how_teaching_works()
        qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox)
                        or getattr(window, "help_box", None) is not None, timeout=5000)
        text = window.help_box.text()
        assert "desk lamp" not in text and example in text
        window.help_box.close()
    finally:
        close_window(window, bridge)
