"""The routine editor's Schedule section: the routine's triggers, added in words.

"every weekday at 7", "at sunset", "15 minutes before sunrise", "in 10 minutes" are
read by the same parser as the spoken "run X every weekday at 7"
(``conversation.schedule_talk``), so the window and voice agree.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..conversation.schedule_talk import parse_schedule_request
from ..errors import TeachappError
from ..triggers import Trigger, describe_trigger
from .icons import icon
from .widgets import styled_label

__all__ = ["ScheduleSection"]


class ScheduleSection(QWidget):
    """A list of triggers with Add (in words) and Remove; ``changed`` on each edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._triggers: list[Trigger] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QHBoxLayout()
        title.addWidget(styled_label("Schedule", self, "sectionTitle"))
        title.addStretch(1)
        layout.addLayout(title)
        self.list = QListWidget(self)
        self.list.setAccessibleName("Schedule")
        self.list.setMaximumHeight(90)
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.entry = QLineEdit(self)
        self.entry.setAccessibleName("New schedule")
        self.entry.setPlaceholderText("every weekday at 7 · at sunset · 15 minutes before "
                                      "sunrise · in 10 minutes")
        self.entry.returnPressed.connect(self.add_from_text)
        row.addWidget(self.entry, 1)
        self.add_button = QPushButton(icon("add"), "Add", self)
        self.add_button.clicked.connect(self.add_from_text)
        row.addWidget(self.add_button)
        self.remove_button = QPushButton(icon("delete"), "Remove", self)
        self.remove_button.clicked.connect(self.remove_selected)
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)

    def set_triggers(self, triggers: list[Trigger]) -> None:
        self._triggers = list(triggers)
        self.problem.clear()
        self.entry.clear()
        self._refresh()

    def triggers(self) -> list[Trigger]:
        return list(self._triggers)

    def _refresh(self) -> None:
        self.list.clear()
        for trigger in self._triggers:
            self.list.addItem(describe_trigger(trigger))

    def add_from_text(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        try:
            request = parse_schedule_request(f"run it {text}", datetime.now().astimezone())
        except TeachappError as exc:
            self.problem.setText(str(exc))
            return
        if request is None or request.trigger is None:
            self.problem.setText(f"I did not understand {text!r}; write it like \"every "
                                 "weekday at 7\", \"at sunset\" or \"in 10 minutes\".")
            return
        self.problem.clear()
        self.entry.clear()
        if request.trigger not in self._triggers:
            self._triggers.append(request.trigger)
            self._refresh()
            self.changed.emit()

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._triggers):
            del self._triggers[row]
            self._refresh()
            self.changed.emit()
