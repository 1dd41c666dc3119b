"""When the database does not open at start-up: say what is wrong, and the ways out.

The window is on screen before the database opens (the engine is built on a
worker), so a damaged, truncated or foreign file would otherwise leave an empty
window. Instead a dialog shows the store's own problem (``TeachappError.problem``:
it names the file, says it was left untouched and which backup there is, without
the error's command-line remedy) and offers what fits, named in window words:

- a damaged file with a backup: restore that backup (the damaged file is moved
  aside as ``<name>.damaged-<time>``, never deleted), choose another database, or
  quit;
- a damaged file without a backup: choose another database, or quit;
- any other problem (locked by another program, a folder, a server that is
  down): retry, or quit.

The dialog is non-blocking (``open()``, a ``chosen`` signal), so tests drive it
through its buttons. ``teachapp gui --screenshot`` does not use this module.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeGuard

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..errors import DatabaseError, TeachappError
from ..store import backup_info, restore_backup
from .bridge import Bridge
from .icons import icon

if TYPE_CHECKING:
    from ..store import DamagedDatabaseError

__all__ = ["DatabaseProblemDialog", "DatabaseRecovery", "pick_database"]

log = logging.getLogger(__name__)

RESTORE, CHOOSE, RETRY, QUIT = "restore", "choose", "retry", "quit"


def _when(made: Any) -> str:
    return made.astimezone().strftime("%Y-%m-%d %H:%M")


def _damaged(error: BaseException) -> TypeGuard[DamagedDatabaseError]:
    """A damaged SQLite file (``DamagedDatabaseError``, which carries its backup);
    imported when a database failed to open, so never before the first paint."""
    from ..store import DamagedDatabaseError

    return isinstance(error, DamagedDatabaseError)


def backup_label(path: Path, backup: Path) -> str:
    """“Restore the backup from <date>”, the date in local time."""
    try:
        made = _when(backup_info(path, backup).made)
    except OSError:
        made = backup.name
    return f"Restore the backup from {made}"


class DatabaseProblemDialog(QDialog):
    """The error's message and one button per way out; ``chosen(str)`` says which.

    The buttons that are not offered are None (``restore_button`` without a
    backup, ``retry_button`` for a damaged file).
    """

    chosen = Signal(str)

    def __init__(self, error: BaseException, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.error = error
        damaged = _damaged(error)
        self.setWindowTitle("teachapp cannot open its database")
        self.setMinimumWidth(700)
        layout = QVBoxLayout(self)
        heading = QHBoxLayout()
        glyph = QLabel(self)
        glyph.setPixmap(icon("warning").pixmap(32, 32))
        heading.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        title = QLabel("<b>The database could not be opened</b>" if damaged
                       or isinstance(error, DatabaseError)
                       else "<b>teachapp could not start</b>", self)
        heading.addWidget(title, 1)
        layout.addLayout(heading)
        # A damaged file: the problem alone (it says the file was left untouched and
        # which backup there is); the way out is the buttons, named below in window
        # words, not the store's command-line remedy ("point --db at another file").
        self.message = QLabel(error.problem if damaged else str(error), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)
        if damaged:
            hint = ("Restoring moves it aside (it is renamed, never deleted) and puts the "
                    "backup in its place; what was saved after the backup is not in it. Or "
                    "choose another database, or quit.") if error.backup is not None else (
                    "Choose another database (or a new file to start afresh), or quit and "
                    "move the file aside yourself.")
        else:
            hint = "Nothing was changed. Fix the cause and press Retry, or quit."
        self.hint = QLabel(hint, self)
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.problem = QLabel("", self)
        self.problem.setWordWrap(True)
        self.problem.setObjectName("problem")
        self.problem.setStyleSheet("color: palette(link);")
        self.problem.hide()
        layout.addWidget(self.problem)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: a restore has no steps to count
        self.progress.hide()
        layout.addWidget(self.progress)

        row = QHBoxLayout()
        row.addStretch(1)
        self.restore_button: QPushButton | None = None
        self.choose_button: QPushButton | None = None
        self.retry_button: QPushButton | None = None
        if damaged and error.backup is not None:
            self.restore_button = self._button(row, backup_label(error.path, error.backup),
                                               RESTORE, "undo")
        if damaged:
            self.choose_button = self._button(row, "Choose another database…", CHOOSE,
                                              "folder")
        else:
            self.retry_button = self._button(row, "Retry", RETRY, "run")
        self.quit_button = self._button(row, "Quit", QUIT, None)
        layout.addLayout(row)
        first = self.restore_button or self.choose_button or self.retry_button
        if first is not None:
            first.setDefault(True)
            first.setFocus()

    def _button(self, row: QHBoxLayout, text: str, choice: str,
                glyph: str | None) -> QPushButton:
        button = QPushButton(icon(glyph) if glyph else QIcon(), text, self)
        button.setAutoDefault(False)
        button.clicked.connect(lambda: self.chosen.emit(choice))
        row.addWidget(button)
        return button

    def buttons(self) -> list[QPushButton]:
        return [b for b in (self.restore_button, self.choose_button, self.retry_button,
                            self.quit_button) if b is not None]

    def set_working(self, text: str) -> None:
        """A restore is running: show it, and take no other choice meanwhile."""
        self.problem.setText(text)
        self.problem.show()
        self.progress.show()
        for button in self.buttons():
            button.setEnabled(False)

    def show_failure(self, text: str) -> None:
        """The chosen way out failed; say why and offer the choices again."""
        self.progress.hide()
        self.problem.setText(text)
        self.problem.show()
        for button in self.buttons():
            button.setEnabled(True)

    def reject(self) -> None:  # Escape or the title bar's close: the same as Quit
        if self.progress.isVisible():
            return  # a restore is running; it cannot be left half done
        self.chosen.emit(QUIT)


def pick_database(parent: QWidget | None, current: str | None) -> str | None:
    """Ask for a database file: an existing one, or a new name to start afresh."""
    start = str(Path(current).expanduser().parent) if current and "://" not in current \
        else ""
    name, _filter = QFileDialog.getSaveFileName(
        parent, "Choose a database (an existing file, or a new name to start afresh)",
        start, "teachapp databases (*.sqlite3 *.sqlite *.db);;All files (*)",
        options=QFileDialog.Option.DontConfirmOverwrite)
    return name or None


class DatabaseRecovery(QObject):
    """Opens the database for the window, and offers a way out when it cannot.

    ``gave_up`` is the error the person quit on (None otherwise): ``run_gui``
    raises it after the window closes, so the exit status is 1.
    """

    def __init__(self, bridge: Bridge, window: Any, args: argparse.Namespace,
                 *, pick_file: Callable[[QWidget | None, str | None], str | None]
                 = pick_database) -> None:
        super().__init__(window)
        self.bridge = bridge
        self.window = window
        self.args = args
        self.pick_file = pick_file
        self.dialog: DatabaseProblemDialog | None = None
        self.gave_up: BaseException | None = None

    def start(self) -> None:
        """Open the database (on the bridge's worker); a failure opens the dialog."""
        self.bridge.load(self.args, failed=self._failed)

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, TeachappError):
            log.error("the engine did not start", exc_info=error)
            from ..logs import details_where

            error = TeachappError(f"teachapp could not start: {error.__class__.__name__}: "
                                  f"{error}. {details_where()}")
        log.warning("database problem at start-up: %s", error)
        if not self.window.isVisible():
            self.window.showNormal()  # started in the tray: the problem needs a look
        # the pages say why, not "Opening…" (a damaged file: the problem; the dialog
        # has the ways out)
        self.window.show_unavailable(error.problem if _damaged(error) else str(error))
        dialog = DatabaseProblemDialog(error, self.window)
        dialog.chosen.connect(self._chosen)
        self.dialog = dialog
        dialog.open()

    def _chosen(self, choice: str) -> None:
        dialog = self.dialog
        if dialog is None:
            return
        error = dialog.error
        if choice == RESTORE and _damaged(error):
            dialog.set_working(f"Restoring the backup {error.backup} …")
            self.bridge.call(restore_backup, error.path, error.backup,
                             done=self._restored, failed=lambda exc: dialog.show_failure(
                                 f"The backup was not restored: {exc}"))
        elif choice == CHOOSE:
            chosen = self.pick_file(dialog, getattr(self.args, "db", None)
                                    or str(getattr(error, "path", "")))
            if chosen:
                self.args = argparse.Namespace(**{**vars(self.args), "db": chosen})
                self._again()
        elif choice == RETRY:
            self._again()
        elif choice == QUIT:
            self.gave_up = error
            self._close_dialog()
            self.window.quit()

    def _restored(self, restored: Any) -> None:
        self._again()
        aside = restored.moved_aside[0] if restored.moved_aside else None
        self.window.statusBar().showMessage(
            f"Restored {restored.database} from {restored.backup}"
            + (f"; the damaged file is kept as {aside}." if aside else "."), 15000)

    def _again(self) -> None:
        self._close_dialog()
        self.window.statusBar().clearMessage()
        self.start()

    def _close_dialog(self) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is not None:
            dialog.progress.hide()
            dialog.done(0)
            dialog.deleteLater()
