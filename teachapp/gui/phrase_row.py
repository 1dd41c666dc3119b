"""One phrase of a routine in the editor: text, origin, a test and a remove button."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..domain import Phrase, PhraseOrigin
from .history_words import ORIGIN_TIP, origin_words
from .widgets import tool_button

__all__ = ["PhraseRow"]


class PhraseRow(QWidget):
    """One phrase: its text, where it came from, a test and a remove button."""

    changed = Signal()
    removeRequested = Signal(object)
    testRequested = Signal(object)

    def __init__(self, phrase: Phrase, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.phrase = phrase
        self.touched = bool(phrase.text)
        """Typed in (or loaded with text): only then can an empty phrase be a problem."""
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.edit = QLineEdit(phrase.text, self)
        self.edit.setAccessibleName("Phrase")
        self.edit.setPlaceholderText("a phrase, e.g. “reading mode”")
        self.edit.textEdited.connect(self._edited)
        self.edit.textChanged.connect(self._name_buttons)
        row.addWidget(self.edit, 1)
        origin = QLabel(origin_words(phrase.origin) if phrase.origin != PhraseOrigin.TAUGHT
                        else "", self)
        origin.setObjectName("muted")
        origin.setToolTip(ORIGIN_TIP)
        row.addWidget(origin)
        self.test = QPushButton("Test", self)
        self.test.setToolTip("Show how this phrase resolves with the routine as edited here")
        self.test.clicked.connect(lambda: self.testRequested.emit(self))
        row.addWidget(self.test)
        self.remove = remove = tool_button(self, "delete", "Remove this phrase",
                                           lambda: self.removeRequested.emit(self), flat=True)
        row.addWidget(remove)
        self._name_buttons(phrase.text)
        self.result = QLabel(self)
        self.result.setObjectName("muted")
        self.result.setMinimumWidth(170)
        row.addWidget(self.result)

    def _name_buttons(self, text: str) -> None:
        """A screen reader says which phrase a button is for: every row's read "Remove
        phrase" and "Test phrase", the same words down the list."""
        said = f"the phrase “{text.strip()}”" if text.strip() else "this empty phrase"
        self.remove.setAccessibleName(f"Remove {said}")
        self.test.setAccessibleName(f"Test {said}")

    def _edited(self, _text: str) -> None:
        self.touched = True
        self.changed.emit()

    def text(self) -> str:
        return self.edit.text().strip()
