"""First run: a guide that teaches one phrase together with the person, and the Help
menu's texts (shortcuts, how teaching works).

The guide follows the real dialogue, not a slideshow: it gives way to the teach panel
while teaching is open (the panel says what to do there, once, with its own steps),
comes back when the routine is saved ("now try it") and moves on when it runs. It
shows once (``gui.guide_done`` in the settings) and can be opened again from Help.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import shorten
from .icons import icon

__all__ = ["HOW_TEACHING_WORKS", "FirstRunGuide", "ShortcutsDialog", "shortcut_rows"]

SUGGESTED = "reading mode"
SUGGESTIONS = (SUGGESTED, "dinner time", "focus time", "lights out", "cosy evening",
               "morning routine", "home office")
"""What the guide offers to teach, the first one no routine has yet (after an import of
the examples, "reading mode" led to '"reading mode" already starts Reading mode. Say
another phrase, or "cancel".')."""

HOW_TEACHING_WORKS = (  # {example}: a command for one of this home's devices
    "<h3>How teaching works</h3>"
    "<ol><li><b>Say or type a new phrase</b>, e.g. “reading mode”. teachapp warns you "
    "when it sounds like a phrase you already taught.</li>"
    "<li><b>Show what it should do.</b> Change the tiles on the Home page, or say it "
    "(“{example}”). Nothing moves yet: the tiles show each "
    "<i>target</i> in orange, for when the routine runs.</li>"
    "<li><b>Save.</b> From then on, saying the phrase runs the routine, even when it "
    "is misheard a little. When teachapp is not sure, it asks “did you mean…?”.</li></ol>"
    "<p>Every routine can be edited on the Routine page: more phrases, waits, "
    "words to say, and a schedule (“every day at 21:00”). “Undo” (Ctrl+Z) puts back "
    "what the last run changed, and brings back a routine just deleted or renamed.</p>"
    "<p>teachapp learns by itself too: when you rephrase something it missed, "
    "the new wording is added after it has seen it twice (History shows it).</p>")


class FirstRunGuide(QFrame):
    """Before, around and after the first teaching; ``startRequested`` to open teaching
    with the suggested phrase, ``finished`` when done or skipped."""

    startRequested = Signal(str)
    finished = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teachPanel")
        self.setAccessibleName("First steps")
        self.stage = "start"
        self.phrase = SUGGESTED
        self.routine: str | None = None
        self._active = False
        """Shown by ``restart`` (the window's first start, Help › First steps)."""
        self._teaching = False
        """A teaching dialogue is open: the teach panel guides, this one waits."""
        self._taught: set[str] = set()
        """The phrases and routine names taught already (casefolded), not to offer."""
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 10)
        glyph = QLabel(self)
        glyph.setPixmap(icon("teach").pixmap(22, 22))
        layout.addWidget(glyph, 0, Qt.AlignmentFlag.AlignTop)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAccessibleName("First steps")
        layout.addWidget(self.text, 1)
        self.action = QPushButton(self)
        self.action.setObjectName("primary")
        self.action.clicked.connect(self._act)
        layout.addWidget(self.action)
        self.skip = QPushButton("Skip", self)
        self.skip.setToolTip("Hide this guide (Help › First steps shows it again)")
        self.skip.clicked.connect(self.finish)
        layout.addWidget(self.skip)
        self._show("start")

    def restart(self) -> None:
        self._active = True
        self._show("start")

    def set_taught(self, taught: set[str]) -> None:
        """The phrases and names the home has now: the offer moves on to a free phrase,
        and it no longer says "your first phrase" once something is taught."""
        self._taught = {text.casefold() for text in taught}
        if self.stage == "start":
            self._show("start")

    @property
    def offered(self) -> str:
        """The phrase the start offers: the one being taught, else the first free one."""
        if self.phrase.casefold() not in self._taught:
            return self.phrase
        return next((p for p in SUGGESTIONS if p not in self._taught), SUGGESTIONS[-1])

    def _show(self, stage: str) -> None:
        self.stage = stage
        phrase = shorten(self.offered if stage == "start" else self.phrase, 40)
        which = "a new phrase" if self._taught else "your first phrase"
        texts = {
            "start": (f"<b>Welcome! Let's teach {which} together.</b><br>"
                      "Press the button (or type “teach” below), say or type "
                      f"“{phrase}” (or a phrase of your own), then set the devices as "
                      "it should leave them.", f"Teach “{phrase}”"),
            "try": (f"<b>Saved!</b> Now try it: type “{phrase}” in the box at the bottom "
                    "and press Enter, or say it.", ""),
            "done": ("<b>That's it.</b> Say or type your phrase any time; “undo” puts "
                     "things back. Help › How teaching works tells more.", "Close"),
        }
        text, action = texts[stage]
        self.text.setText(text)
        self.action.setText(action)
        self.action.setVisible(bool(action))
        self.skip.setVisible(stage != "done")
        self.setVisible(self._active and not self._teaching)

    def _act(self) -> None:
        if self.stage == "start":
            self.startRequested.emit(self.offered)
        else:
            self.finish()

    def finish(self) -> None:
        self._active = False
        self.hide()
        self.finished.emit()

    # ------------------------------------------------ following the engine

    def teaching_changed(self, session: Any) -> None:
        """While teaching is open the teach panel alone says what to do (at 1280x720 this
        card said it again above it, in other words, with its own "Step 2 of 3")."""
        self._teaching = session is not None
        if session is not None and session.phrase and self.stage == "start":
            self.phrase = session.phrase
        self.setVisible(self._active and not self._teaching)

    def saved(self, name: str) -> None:
        if self._active and self.stage == "start":
            self.routine = name
            self._show("try")

    def ran(self, routine: str | None) -> None:
        if self._active and self.stage == "try" and routine and \
                (self.routine is None or routine.casefold() == self.routine.casefold()):
            self._show("done")


def shortcut_rows(actions: list[QAction]) -> list[tuple[str, str]]:
    """(what, keys) for every action with a shortcut, as the menus name them."""
    rows = []
    for action in actions:
        keys = action.shortcut().toString()
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…"), keys))
    return rows


class ShortcutsDialog(QDialog):
    """Help › Keyboard shortcuts: read from the window's actions, so never stale.

    The list runs down two pairs of columns, rows as tall as their text, and the dialog
    takes the size of the whole list, as far as the screen allows: at 1024×768 with
    QT_SCALE_FACTOR=1.5 it was a fixed 420×480 in which 12 of its 25 rows needed the
    scroll bar (at every size, even 1920×1080)."""

    def __init__(self, rows: list[tuple[str, str]], extra: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Keyboard shortcuts")
        layout = QVBoxLayout(self)
        everything = rows + extra
        half = (len(everything) + 1) // 2
        self.table = QTableWidget(half, 4, self)
        self.table.setHorizontalHeaderLabels(["Action", "Keys", "Action", "Keys"])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        for index, (what, keys) in enumerate(everything):
            row, column = index % half, 2 * (index // half)
            self.table.setItem(row, column, QTableWidgetItem(what))
            self.table.setItem(row, column + 1, QTableWidgetItem(keys))
        self.table.verticalHeader().setMinimumSectionSize(1)
        self.table.setSizeAdjustPolicy(QTableWidget.SizeAdjustPolicy.AdjustToContents)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._fit()

    def shortcuts(self) -> dict[str, str]:
        """What each listed action is, by its keys: {"Teach a phrase": "Ctrl+T", …}."""
        found = {}
        for row in range(self.table.rowCount()):
            for column in (0, 2):
                what, keys = self.table.item(row, column), self.table.item(row, column + 1)
                if what is not None and keys is not None:
                    found[what.text()] = keys.text()
        return found

    def showEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        self._fit()  # (again: the style sheet, applied on showing, sets the header)
        super().showEvent(event)

    def _fit(self) -> None:
        """The whole list, or as much as the screen holds: on a narrow screen the
        longest actions wrap ("Open the first match (in the search)"), then it scrolls."""
        table = self.table
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        table.resizeColumnsToContents()
        for column in (1, 3):  # a gap between the two halves
            table.setColumnWidth(column, table.columnWidth(column) + 24)
        table.resizeRowsToContents()
        screen = (self.parentWidget() or self).screen().availableGeometry()
        room = int(screen.width() * 0.95)
        over = self.sizeHint().width() - room
        if over > 0:
            table.setWordWrap(True)
            widest = max((0, 2), key=table.columnWidth)
            table.setColumnWidth(widest, max(table.columnWidth(widest) - over,
                                             self.fontMetrics().averageCharWidth() * 12))
            table.resizeRowsToContents()
        wanted = self.sizeHint()
        self.resize(min(wanted.width(), room), min(wanted.height(), int(screen.height() * 0.9)))
