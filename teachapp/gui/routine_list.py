"""The routine list in the side bar, with search over names and phrases."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..clock import wall_now
from ..domain import Routine, listed_name, shorten
from ..triggers import describe_trigger
from .icons import icon
from .widgets import styled_label, tool_button

__all__ = ["RoutineList"]

_NAME = Qt.ItemDataRole.UserRole
_EMPTY = "Nothing taught yet.\nPress “Teach a phrase” to start."


class RoutineList(QFrame):
    """Routines by name; selecting one opens it, the run button runs it."""

    routineSelected = Signal(str)
    runRequested = Signal(str)
    newRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sidebar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 12, 10, 10)
        layout.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(styled_label("Routines", self, "sectionTitle"), 1)
        self._new = tool_button(self, "add", "New routine (Ctrl+N)", self.newRequested,
                                name="New routine", flat=True)
        top.addWidget(self._new)
        layout.addLayout(top)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText("Search routines and phrases")
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        for button in self.search.findChildren(QToolButton):  # Qt's own, with no name
            clear = button.defaultAction() is not None and \
                button.defaultAction().objectName() == "_q_qlineeditclearaction"
            button.setAccessibleName("Clear the search" if clear else "Search")
            if clear:
                button.setToolTip("Clear the search (Esc)")
        self.search.setAccessibleName("Search routines")
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._open_first_match)
        clear = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.search)
        clear.setContext(Qt.ShortcutContext.WidgetShortcut)
        clear.activated.connect(self.search.clear)
        layout.addWidget(self.search)
        self.list = QListWidget(self)
        self.list.setObjectName("routineList")
        self.list.setAccessibleName("Routines")
        self.list.setIconSize(QSize(18, 18))
        # One line for the name, one for the phrases, each cut with "…" to the width:
        # never a horizontal scroll bar, however long a name or how many phrases.
        self.list.setWordWrap(False)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._current_changed)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._clicked)
        self._changed_by_press = False
        layout.addWidget(self.list, 1)
        self._empty = QLabel(_EMPTY, self)
        self._empty.setObjectName("placeholder")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._empty.setWordWrap(True)
        layout.addWidget(self._empty)
        run_row = QHBoxLayout()
        self._run = tool_button(self, "run", "Run the selected routine now (Ctrl+R)",
                                self._run_current, name="Run selected routine", text="Run")
        run_row.addWidget(self._run)
        run_row.addStretch(1)
        layout.addLayout(run_row)
        self._routines: list[Routine] = []
        self._run.setEnabled(False)

    def set_routines(self, routines: list[Routine]) -> None:
        current = self.current()
        self._routines = list(routines)
        self.list.blockSignals(True)
        self.list.clear()
        for routine in routines:
            texts = routine.phrase_texts()
            phrases = ", ".join(f"“{shorten(p, 40)}”" for p in texts[:3]) + \
                (f" +{len(texts) - 3}" if len(texts) > 3 else "")
            name = shorten(listed_name(routine.name), 60)
            when = _schedule_line(routine)
            item = QListWidgetItem(f"{name}\n{phrases}{when}")
            item.setData(_NAME, routine.name)
            item.setIcon(icon("routine"))
            # the whole schedule: its line in the list is cut at the side bar's edge
            # ("runs once at 12:00 on Sat 5 D…") and the tooltip had only the phrases
            runs = "; ".join(describe_trigger(t) for t in routine.triggers[:6])
            item.setToolTip(shorten(routine.name, 200) + "\nPhrases: " +
                            ", ".join(shorten(p, 80) for p in texts[:12]) +
                            (f"\nRuns {runs}" if runs else ""))
            if not routine.enabled:
                font = QFont(item.font())
                font.setItalic(True)
                item.setFont(font)
                item.setText(f"{name} (off)\n{phrases}{when}")
            self.list.addItem(item)
            if routine.name == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._empty.setText(_EMPTY)
        self._empty.setVisible(not routines)
        self.list.setVisible(bool(routines))
        self._filter(self.search.text())
        self._run.setEnabled(self.current() is not None)

    def set_unavailable(self, text: str = "No database is open.") -> None:
        """No routines can be shown (the database did not open): say so, and do not
        point at buttons that are disabled."""
        self._routines = []
        self.list.clear()
        self.list.hide()
        self._empty.setText(text)
        self._empty.show()
        self._run.setEnabled(False)

    def routines(self) -> list[Routine]:
        return list(self._routines)

    def _filter(self, text: str) -> None:
        needle = text.strip().casefold()
        by_name = {r.name: r for r in self._routines}
        for row in range(self.list.count()):
            item = self.list.item(row)
            routine = by_name.get(item.data(_NAME))
            haystack = " ".join([routine.name, *routine.phrase_texts()]).casefold() \
                if routine else ""
            item.setHidden(bool(needle) and needle not in haystack)

    def _open_first_match(self) -> None:
        """Enter in the search opens the first routine it shows (before, nothing)."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if not item.isHidden() and item.data(_NAME):
                if self.list.currentItem() is item:
                    self.routineSelected.emit(item.data(_NAME))
                else:
                    self.list.setCurrentItem(item)  # selects it, and that opens it
                return

    def current(self) -> str | None:
        item = self.list.currentItem()
        return item.data(_NAME) if item is not None else None

    def select(self, name: str | None) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(_NAME) == name:
                self.list.blockSignals(True)
                self.list.setCurrentItem(item)
                self.list.blockSignals(False)
                self._run.setEnabled(True)
                return
        self.list.clearSelection()

    def _current_changed(self, item: QListWidgetItem | None, _previous: object) -> None:
        self._run.setEnabled(item is not None)
        if item is not None:
            self._changed_by_press = True
            self.routineSelected.emit(item.data(_NAME))

    def _clicked(self, item: QListWidgetItem) -> None:
        """A click on the routine already chosen (the one just taught, or the one open
        while Home is in front) opens it too: it changed nothing, so nothing opened."""
        if self._changed_by_press:
            self._changed_by_press = False
            return
        self.routineSelected.emit(item.data(_NAME))

    def _activated(self, item: QListWidgetItem) -> None:
        self.routineSelected.emit(item.data(_NAME))

    def _run_current(self) -> None:
        name = self.current()
        if name:
            self.runRequested.emit(name)


def _schedule_line(routine: Routine, now: datetime | None = None) -> str:
    """A third line for a routine that runs on a schedule: "runs every day at 22:00 +1"
    (words, not a clock glyph: not every desktop font has one). A one-off already past
    is not said: it will not run again."""
    now = now or wall_now()
    ahead = [t for t in routine.triggers if t.kind != "once" or t.at is None
             or (t.at if t.at.tzinfo else t.at.astimezone()) > now]
    if not ahead:
        return ""
    more = f" +{len(ahead) - 1}" if len(ahead) > 1 else ""
    return f"\nruns {describe_trigger(ahead[0])}{more}"
