"""Choosing one routine among many: History's "Assign to" listed every routine in one
menu (1,500 in a large household: a list taller than the screen, scrolled by arrows).
The menu now holds the routines used last and "Other routine…", which opens a dialog
whose search narrows the list as a name or a phrase is typed."""

from __future__ import annotations

from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import Routine, listed_name, shorten
from ..store import phrase_key
from .widgets import styled_label

__all__ = ["MENU_ALL", "RECENT", "RoutineChooser", "used_last"]

MENU_ALL = 12
"""Up to this many routines, the menu lists them all (no dialog needed)."""

RECENT = 8
"""Beyond ``MENU_ALL``: the routines used last that the menu lists before "Other…"."""

_NEVER = datetime.min.replace(tzinfo=timezone.utc)


def _last_used(routine: Routine) -> datetime:
    times = [p.last_used if p.last_used.tzinfo else p.last_used.replace(tzinfo=timezone.utc)
             for p in routine.phrases if p.last_used is not None]
    return max(times, default=_NEVER)


def used_last(routines: list[Routine], count: int = RECENT) -> list[str]:
    """The names of the ``count`` routines used last (by their phrases' last use), the
    latest first; a routine never used is not among them."""
    used = [r for r in routines if _last_used(r) > _NEVER]
    return [r.name for r in sorted(used, key=_last_used, reverse=True)[:count]]


class RoutineChooser(QDialog):
    """A routine chosen from all of them with a search; ``chosen`` on OK."""

    chosen = Signal(str)

    def __init__(self, routines: list[str], phrases: dict[str, list[str]],
                 heard: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Assign to a routine")
        layout = QVBoxLayout(self)
        label = styled_label(f"Which routine did “{shorten(heard)}” mean?", self, "")
        label.setWordWrap(True)
        layout.addWidget(label)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search routines and their phrases")
        self.search.setAccessibleName("Search routines")
        self.search.setClearButtonEnabled(True)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Routines")
        self._keys: list[str] = []
        for name in sorted(routines, key=str.casefold):
            said = phrases.get(name, [])
            words = f"  —  “{shorten(said[0], 40)}”{', …' if len(said) > 1 else ''}" \
                if said else ""  # (what a search found it by, beside names alike)
            item = QListWidgetItem(shorten(listed_name(name), 60) + words, self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            if said:
                item.setToolTip("Said as: " + shorten(", ".join(said), 300))
            self._keys.append(" ".join([phrase_key(name), *map(phrase_key, said)]))
        layout.addWidget(self.list)
        self.none = styled_label("No routine has these words.", self, "muted")
        self.none.hide()
        layout.addWidget(self.none)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                        QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._accept)
        self.list.itemActivated.connect(lambda _item: self._accept())
        self.list.currentItemChanged.connect(lambda *_a: self._enable())
        self.resize(420, 480)
        self._filter("")

    def shown(self) -> list[str]:
        """The routines the list shows now (the search applied), in order."""
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count()) if not self.list.item(i).isHidden()]

    def _filter(self, text: str) -> None:
        words = phrase_key(text).split()
        first = None
        for row, key in enumerate(self._keys):
            item = self.list.item(row)
            hide = not all(word in key for word in words)
            item.setHidden(hide)
            if not hide and first is None:
                first = item
        self.none.setVisible(first is None)
        current = self.list.currentItem()
        if current is None or current.isHidden():
            self.list.setCurrentItem(first)
        self._enable()

    def _enable(self) -> None:
        current = self.list.currentItem()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(current is not None and not current.isHidden())

    def _accept(self) -> None:
        current = self.list.currentItem()
        if current is None or current.isHidden():
            return
        self.chosen.emit(str(current.data(Qt.ItemDataRole.UserRole)))
        self.accept()
