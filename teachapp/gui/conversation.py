"""The conversation strip: microphone, level meter, live transcript, replies, typing."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ..domain import shorten
from .icons import icon
from .widgets import LevelMeter

__all__ = ["ConversationStrip"]

_MAX_LINES = 300
_MAX_CHARS = 400
"""A longer line is cut (the whole text is its tooltip): one line never fills the strip."""


class ConversationStrip(QFrame):
    """What was heard and said. ``textEntered`` for typed commands, ``micToggled``
    for the microphone button (the window asks the bridge to listen)."""

    textEntered = Signal(str)
    micToggled = Signal(bool)

    def __init__(self, push_to_talk: str = "F2", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("strip")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 10)
        layout.setSpacing(6)
        self.log = QListWidget(self)
        self.log.setObjectName("log")
        self.log.setAccessibleName("Conversation")
        self.log.setWordWrap(True)
        self.log.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.log.setMinimumHeight(70)
        self.log.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        layout.addWidget(self.log, 1)
        self.partial = QLabel(self)
        self.partial.setObjectName("partial")
        self.partial.setAccessibleName("What is being heard")
        self.partial.hide()
        layout.addWidget(self.partial)

        row = QHBoxLayout()
        row.setSpacing(10)
        self.mic = QToolButton(self)
        self.mic.setObjectName("micButton")
        self.mic.setCheckable(True)
        self.mic.setIcon(icon("mic"))
        self.mic.setIconSize(QSize(24, 24))
        self.mic.setFixedSize(44, 44)
        self.mic.setAccessibleName("Microphone")
        self._talk_tip = f"Talk (click, Ctrl+M, or hold {push_to_talk})"
        self._mic_available = True
        self.mic.setToolTip(self._talk_tip)
        self.mic.toggled.connect(self._mic_toggled)
        row.addWidget(self.mic)
        self.meter = LevelMeter(self)
        self.meter.setFixedWidth(90)
        row.addWidget(self.meter)
        self.entry = QLineEdit(self)
        self.entry.setPlaceholderText(
            f"Type a command or a phrase, or hold {push_to_talk} to talk — "
            "try “teach” or “help”")
        self.entry.setAccessibleName("Say something by typing")
        self.entry.returnPressed.connect(self._send)
        self.entry.setMinimumHeight(32)
        row.addWidget(self.entry, 1)
        self.send = QPushButton("Send", self)
        self.send.setAccessibleName("Send")
        self.send.clicked.connect(self._send)
        row.addWidget(self.send)
        layout.addLayout(row)

    # ------------------------------------------------------------------ input

    def _send(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        self.entry.clear()
        self.textEntered.emit(text)

    def _mic_icon(self, on: bool) -> None:
        """One rule for the icon: crossed out whenever there is no microphone."""
        if not self._mic_available:
            self.mic.setIcon(icon("mic-off"))
        else:
            self.mic.setIcon(icon("mic", "#ffffff") if on else icon("mic"))

    def _mic_toggled(self, on: bool) -> None:
        self._mic_icon(on)
        self.micToggled.emit(on)

    def set_listening(self, on: bool) -> None:
        """Reflect the microphone state without asking to change it."""
        self.mic.blockSignals(True)
        self.mic.setChecked(on)
        self.mic.blockSignals(False)
        self._mic_icon(on)
        if not on:
            self.meter.set_level(0.0)
            self.show_partial("")

    def set_mic_available(self, available: bool, why: str = "") -> None:
        """The button off, crossed out, and saying why (its tooltip, and what a screen
        reader reads of it) when it cannot listen."""
        self._mic_available = available
        self.mic.setEnabled(available)
        self._mic_icon(self.mic.isChecked())
        why = "" if available else why or "No microphone: type instead."
        self.mic.setToolTip(why or self._talk_tip)
        self.mic.setAccessibleDescription(why)

    # ----------------------------------------------------------------- output

    def show_partial(self, text: str) -> None:
        self.partial.setText(f"Hearing: “{text}…”" if text else "")
        self.partial.setVisible(bool(text))

    def add_heard(self, text: str, source: str = "text") -> None:
        item = QListWidgetItem(text)
        if source == "audio":
            item.setIcon(icon("mic"))
            item.setToolTip("Heard through the microphone")
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        item.setData(Qt.ItemDataRole.UserRole, "heard")
        item.setForeground(QBrush(self.palette().color(QPalette.ColorRole.Highlight)))
        self._append(item)

    def add_reply(self, text: str, kind: str = "info") -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, kind or "info")
        if kind == "error":
            item.setForeground(QBrush(QColor("#c4312b")))
            item.setIcon(icon("warning", "#c4312b"))
        elif kind == "say":  # a routine's words: shown even when nothing can speak them
            item.setIcon(icon("speaker"))
            item.setToolTip("Said by the routine")
        elif kind == "question":
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        self._append(item)

    def _append(self, item: QListWidgetItem) -> None:
        text = item.text()
        if len(text) > _MAX_CHARS:
            item.setText(shorten(text, _MAX_CHARS))
            item.setToolTip(text[:4000])
        self.log.addItem(item)
        while self.log.count() > _MAX_LINES:
            self.log.takeItem(0)
        self.log.scrollToBottom()

    def drop_line(self, text: str) -> None:
        """Take away a line that is no longer true (the first start's welcome)."""
        for row in reversed(range(self.log.count())):
            if self.log.item(row).text() == text:
                self.log.takeItem(row)

    def lines(self) -> list[str]:
        return [self.log.item(i).text() for i in range(self.log.count())]
