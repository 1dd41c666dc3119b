"""A database that does not open at start-up gets a dialog with the ways out, and
File → Backups lists, makes and restores backups from the running window."""

from __future__ import annotations

import argparse
import os
import sqlite3

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import REPO, close_window, open_window, settle, start_window
from PySide6.QtCore import Qt

from teachapp.errors import DatabaseError


def _examples(db_path):
    """The example routines in a database, and a backup of it made by hand."""
    from teachapp.conversation import open_store
    from teachapp.store import backup_database, read_routine_file

    store = open_store(argparse.Namespace(db=str(db_path)))
    devices, routines = read_routine_file(REPO / "assets" / "examples.yaml")
    store.import_all(devices, routines)
    store.close()
    with sqlite3.connect(db_path) as con:
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    backup_database(db_path, reason="manual")
    return sorted(r.name for r in routines)


def _dialog(qtbot, recovery):
    qtbot.waitUntil(lambda: recovery.dialog is not None and recovery.dialog.isVisible(),
                    timeout=10_000)
    return recovery.dialog


def _ready(qtbot, window, bridge):
    qtbot.waitUntil(lambda: bridge.engine is not None and bool(window.panel.tiles)
                    and not bridge.busy, timeout=10_000)


def test_truncated_database_offers_the_backup_and_restoring_opens_it(qtbot, db_path):
    names = _examples(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: (len(data) // 4096 // 2) * 4096])  # cut in half
    truncated = db_path.read_bytes()

    window, bridge, recovery = start_window(qtbot, db_path)
    dialog = _dialog(qtbot, recovery)
    assert str(db_path) in dialog.message.text() and "untouched" in dialog.message.text()
    assert dialog.restore_button is not None
    assert dialog.restore_button.text().startswith("Restore the backup from 20")
    assert dialog.choose_button is not None and dialog.retry_button is None
    assert db_path.read_bytes() == truncated  # nothing changed before the person chose

    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    _ready(qtbot, window, bridge)
    qtbot.waitUntil(lambda: sorted(r.name for r in window.routines) == names, timeout=10_000)
    assert recovery.dialog is None and recovery.gave_up is None
    assert window.act_teach.isEnabled()
    kept = list(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    assert [p.read_bytes() for p in kept if p.name.endswith(tuple("0123456789"))] == [truncated]
    assert "damaged file is kept" in window.statusBar().currentMessage()
    close_window(window, bridge)


def test_no_backup_offers_another_database_and_no_restore(qtbot, db_path, tmp_path):
    db_path.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)  # a zip file, not SQLite
    fresh = tmp_path / "fresh.sqlite3"
    asked: list[str | None] = []

    def pick(_parent, current):
        asked.append(current)
        return str(fresh)

    window, bridge, recovery = start_window(qtbot, db_path, pick_file=pick)
    dialog = _dialog(qtbot, recovery)
    assert dialog.restore_button is None
    assert [b.text() for b in dialog.buttons()] == ["Choose another database…", "Quit"]
    assert "not an SQLite file" in dialog.message.text()

    qtbot.mouseClick(dialog.choose_button, Qt.MouseButton.LeftButton)
    _ready(qtbot, window, bridge)
    assert asked == [str(db_path)]
    assert bridge.engine.store.path == fresh
    assert db_path.read_bytes()[:4] == b"PK\x03\x04"  # the foreign file is untouched
    close_window(window, bridge)


def test_other_database_errors_offer_retry_and_quit(qtbot, db_path):
    db_path.mkdir()  # a folder where the file should be
    window, bridge, recovery = start_window(qtbot, db_path)
    dialog = _dialog(qtbot, recovery)
    assert [b.text() for b in dialog.buttons()] == ["Retry", "Quit"]
    assert "folder" in dialog.message.text()

    qtbot.mouseClick(dialog.retry_button, Qt.MouseButton.LeftButton)  # still a folder
    qtbot.waitUntil(lambda: recovery.dialog not in (None, dialog)
                    and recovery.dialog.isVisible(), timeout=10_000)
    qtbot.keyClick(recovery.dialog, Qt.Key.Key_Escape)  # Escape is Quit
    assert isinstance(recovery.gave_up, DatabaseError)
    assert not window.isVisible() and bridge.engine is None

    db_path.rmdir()
    window2, bridge2, recovery2 = start_window(qtbot, db_path)
    _ready(qtbot, window2, bridge2)
    assert recovery2.dialog is None
    close_window(window2, bridge2)
    close_window(window, bridge)


def test_backups_dialog_backs_up_and_restores_in_the_running_window(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path, examples=True)
    window.open_backups()
    dialog = window.backups_dialog
    qtbot.waitUntil(lambda: len(dialog.backups) >= 1 and not bridge.busy, timeout=10_000)
    before = len(dialog.backups)

    qtbot.mouseClick(dialog.backup_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(dialog.backups) == before + 1, timeout=10_000)
    assert dialog.table.topLevelItem(0).text(1) == "made by hand"
    assert "Backed up to" in dialog.message.text()

    gone = window.routines[0].name
    bridge.delete_routine(gone)
    qtbot.waitUntil(lambda: gone not in [r.name for r in window.routines], timeout=10_000)

    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))
    qtbot.mouseClick(dialog.restore_button, Qt.MouseButton.LeftButton)
    assert dialog.confirm.isVisible() and "never deleted" in dialog.confirm_text.text()
    qtbot.mouseClick(dialog.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Restored" in dialog.message.text(), timeout=10_000)
    _ready(qtbot, window, bridge)
    settle(qtbot, bridge)
    qtbot.waitUntil(lambda: gone in [r.name for r in window.routines], timeout=10_000)
    assert "kept as" in dialog.message.text()
    # moved aside, not deleted, and not called damaged (it was sound)
    assert list(db_path.parent.glob(f"{db_path.name}.replaced-*"))
    assert not list(db_path.parent.glob(f"{db_path.name}.damaged-*"))
    assert window.centralWidget().isEnabled() and dialog.restore_button.isEnabled()
    dialog.close()
    close_window(window, bridge)


def test_screenshot_of_a_damaged_database_is_one_line_and_exit_1(tmp_path, db_path):
    import subprocess
    import sys

    db_path.write_bytes(b"PK\x03\x04" + b"\x00" * 5000)
    proc = subprocess.run(
        [sys.executable, "-m", "teachapp", "--db", str(db_path), "gui", "--screenshot",
         str(tmp_path / "shot.png")], capture_output=True, text=True, cwd=REPO, timeout=60,
        stdin=subprocess.DEVNULL)
    assert proc.returncode == 1, proc.stderr  # not a crash while Qt shuts down
    lines = [line for line in proc.stderr.splitlines() if line.startswith("teachapp:")]
    assert len(lines) == 1 and "not an SQLite file" in lines[0]
    assert not (tmp_path / "shot.png").exists()


def _dialog_words(dialog) -> str:
    return " ".join(label.text() for label in (dialog.message, dialog.hint))


def test_a_file_of_random_bytes_is_told_once_in_window_words(qtbot, db_path):
    # The dialog said "left untouched" and "no backup" twice (the store's text, then its
    # own), and the store's "point --db at another file" advice showed in the window.
    db_path.write_bytes(os.urandom(8192))
    before = db_path.read_bytes()
    window, bridge, recovery = start_window(qtbot, db_path)
    dialog = _dialog(qtbot, recovery)
    words = _dialog_words(dialog)
    assert words.count("untouched") == 1, words
    assert words.lower().count("no backup") == 1, words
    assert "--db" not in words and "--db" not in window.statusBar().currentMessage(), words
    assert "choose another database" in dialog.hint.text().lower()  # its button, named
    assert db_path.read_bytes() == before
    recovery._close_dialog()
    close_window(window, bridge)


def test_a_damaged_file_with_a_backup_names_the_button_not_the_command(qtbot, db_path):
    _examples(db_path)
    data = db_path.read_bytes()
    db_path.write_bytes(data[: (len(data) // 4096 // 2) * 4096])
    window, bridge, recovery = start_window(qtbot, db_path)
    dialog = _dialog(qtbot, recovery)
    words = _dialog_words(dialog)
    assert words.count("untouched") == 1, words
    assert "backup restore" not in words and "--db" not in words, words
    assert "newest backup" in dialog.message.text().lower(), words  # the problem: what is there
    recovery._close_dialog()
    close_window(window, bridge)
