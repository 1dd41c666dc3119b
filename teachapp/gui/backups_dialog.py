"""File → Backups…: the database's backups, "Back up now", and restoring one.

teachapp backs the database up by itself (each day it is used, before every
upgrade and before a restore); this dialog shows those copies and makes one on
demand. Restoring needs this window's own connection closed first, so it goes
through ``Bridge.reopen``: the engine is closed, the backup is put in place on
the worker (the current file is moved aside, never deleted) and the database is
opened again. Nothing here blocks the GUI thread, and the confirmation is part
of the dialog rather than a nested modal box.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..store import Backup, backup_database, backup_info, backups_of, restore_backup
from .bridge import Bridge
from .icons import icon

__all__ = ["BackupsDialog", "list_backups"]

_REASONS = {"daily": "daily", "manual": "made by hand", "before-restore": "before a restore"}


def list_backups(path: Path) -> list[Backup]:
    """The backups of the database at ``path``, newest first (touches the disk)."""
    return [backup_info(path, b) for b in backups_of(path)]


def _reason(reason: str) -> str:
    if reason.startswith("before-upgrade"):
        return "before an upgrade"
    return _REASONS.get(reason, reason)


def _when(backup: Backup) -> str:
    return backup.made.astimezone().strftime("%Y-%m-%d %H:%M")


class BackupsDialog(QDialog):
    """The backups of the window's database, newest first."""

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        engine = bridge.engine
        self.path: Path | None = engine.store.path if engine is not None else None
        self.backups: list[Backup] = []
        self._pending: Backup | None = None
        self.setWindowTitle("Backups")
        self.setMinimumSize(640, 360)
        layout = QVBoxLayout(self)
        self.where = QLabel(self)
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.where)
        self.table = QTreeWidget(self)
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels(["Made", "Why", "Size"])
        self.table.setColumnWidth(0, 160)
        self.table.setColumnWidth(1, 200)
        self.table.setAccessibleName("Backups")
        self.table.currentItemChanged.connect(lambda *_a: self._update_buttons())
        layout.addWidget(self.table, 1)
        self.message = QLabel("", self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.message)

        self.confirm = QWidget(self)  # the question before a restore, inside the dialog
        confirm_row = QHBoxLayout(self.confirm)
        confirm_row.setContentsMargins(0, 0, 0, 0)
        self.confirm_text = QLabel(self.confirm)
        self.confirm_text.setWordWrap(True)
        confirm_row.addWidget(self.confirm_text, 1)
        self.confirm_button = QPushButton(icon("undo"), "Restore", self.confirm)
        self.confirm_button.clicked.connect(self._restore_confirmed)
        self.cancel_button = QPushButton("Cancel", self.confirm)
        self.cancel_button.clicked.connect(self._hide_confirm)
        confirm_row.addWidget(self.confirm_button)
        confirm_row.addWidget(self.cancel_button)
        self.confirm.hide()
        layout.addWidget(self.confirm)

        row = QHBoxLayout()
        self.backup_button = QPushButton(icon("export"), "Back up now", self)
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(icon("undo"), "Restore…", self)
        self.restore_button.clicked.connect(self.ask_restore)
        self.close_button = QPushButton("Close", self)
        self.close_button.clicked.connect(self.accept)
        row.addWidget(self.backup_button)
        row.addWidget(self.restore_button)
        row.addStretch(1)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self._busy = False
        bridge.engineReady.connect(self._update_buttons)
        bridge.engineClosed.connect(self._update_buttons)
        if self.path is None:
            self.where.setText("This database is not an SQLite file, so teachapp does not "
                               "back it up; back up a server database with its own tools "
                               "(for PostgreSQL, pg_dump).")
        else:
            self.where.setText(f"Backups of {self.path}, kept in {self.path.parent / 'backups'}"
                               ". teachapp makes one each day it is used, before every "
                               "upgrade and before a restore; the newest five are kept.")
            self.refresh()
        self._update_buttons()

    # ------------------------------------------------------------- listing

    def refresh(self) -> None:
        if self.path is not None:
            self.bridge.call(list_backups, self.path, done=self._show,
                             failed=lambda exc: self.message.setText(str(exc)))

    def _show(self, backups: list[Backup]) -> None:
        self.backups = list(backups)
        self.table.clear()
        for backup in self.backups:
            item = QTreeWidgetItem([_when(backup), _reason(backup.reason),
                                    f"{max(1, backup.size // 1024)} KiB"])
            item.setToolTip(0, str(backup.path))
            self.table.addTopLevelItem(item)
        if self.backups:
            self.table.setCurrentItem(self.table.topLevelItem(0))
        elif not self.message.text():
            self.message.setText("There are no backups yet; “Back up now” makes one.")
        self._update_buttons()

    def selected(self) -> Backup | None:
        index = self.table.indexOfTopLevelItem(self.table.currentItem()) \
            if self.table.currentItem() is not None else -1
        return self.backups[index] if 0 <= index < len(self.backups) else None

    def _update_buttons(self, *_args: Any) -> None:
        usable = self.path is not None and not self._busy
        self.backup_button.setEnabled(usable and self.bridge.engine is not None)
        self.restore_button.setEnabled(usable and self.bridge.engine is not None
                                       and self.selected() is not None)
        self.close_button.setEnabled(not self._busy)

    def _set_busy(self, busy: bool, text: str = "") -> None:
        self._busy = busy
        if text:
            self.message.setText(text)
        self._update_buttons()

    # -------------------------------------------------------------- actions

    def back_up_now(self) -> None:
        if self.path is None:
            return
        self._set_busy(True, "Backing up…")
        self.bridge.call(backup_database, self.path, reason="manual",
                         done=self._backed_up, failed=self._failed)

    def _backed_up(self, target: Path | None) -> None:
        self._set_busy(False, f"Backed up to {target}." if target else
                       "There is nothing to back up yet.")
        self.refresh()

    def ask_restore(self) -> None:
        """Say what a restore does, and wait for Restore or Cancel."""
        chosen = self.selected()
        if chosen is None:
            return
        self._pending = chosen
        self.confirm_text.setText(
            f"Restore the backup from {_when(chosen)}? The database closes for a moment; "
            "the current file is backed up and kept beside it (renamed, never deleted). "
            f"What was saved after {_when(chosen)} is not in the backup.")
        self.confirm.show()
        self.confirm_button.setFocus()

    def _hide_confirm(self) -> None:
        self._pending = None
        self.confirm.hide()

    def _restore_confirmed(self) -> None:
        chosen, path = self._pending, self.path
        self._hide_confirm()
        if chosen is None or path is None:
            return
        self._set_busy(True, f"Restoring the backup from {_when(chosen)}…")
        self.bridge.reopen(lambda: restore_backup(path, chosen.path),
                           done=self._restored, failed=self._failed)

    def _restored(self, restored: Any) -> None:
        aside = restored.moved_aside[0] if restored.moved_aside else None
        self._set_busy(False, f"Restored {restored.database} from {restored.backup}."
                       + (f" The previous file is kept as {aside}." if aside else ""))
        self.refresh()

    def _failed(self, exc: BaseException) -> None:
        self._set_busy(False, str(exc))
        self.refresh()

    def reject(self) -> None:
        if not self._busy:  # a restore in progress is not left half done
            super().reject()
