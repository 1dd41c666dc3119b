"""The timers set by voice ("turn off the telly in 30 minutes"), seen without asking.

A card on the home tab lists them soonest first, each with Pause (Resume when paused;
an alarm has neither) and Cancel, and hides when there are none. What it lists and what
the buttons do are the conversation's (``Assistant.timers``, ``timer_pauses``,
``pause_timer`` and ``cancel_timer``: the words "what timers are set?" answers with, the
check and reply of "pause the pasta timer" and "cancel the telly timer"); the card only
shows them, loading on a worker thread.

A routine that waits in a pause ("bedtime": lamp low, wait 10 minutes, lamp off) is
listed too, with when its rest runs and a Stop button (``Assistant.waiting_runs`` and
``Assistant.stop_waiting``: what "what's running?" and "stop" say and do).
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

__all__ = ["TimersCard", "attach_timers"]

SHARE = 5
"""The rows take at most a fifth of the home page; more scroll inside the card. At
scale 1.5 on a 720-pixel screen three timers took most of it, and the tiles were gone."""

REFRESH_MS = 30_000
"""While timers are shown: "in 30 minutes" must not go stale, and a timer that ran
(from the schedules' watch, or another process) must leave the list."""


class TimersCard(QFrame):
    """"Timers: turn off TV at 16:18 (in 30 minutes) [Cancel]". ``emptied`` when the
    last row went while the keyboard was on the card (the focus has to go somewhere);
    ``pressed`` with what a button asked ("Cancel “3-minute timer at 11:21”"), for the
    conversation to show above the reply, as the Run button's "Run “Movie night”"."""

    emptied = Signal()
    pressed = Signal(str)

    def __init__(self, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setObjectName("timersCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Timers")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(2)
        title = QLabel("<b>Timers</b>", self)
        layout.addWidget(title)
        self.scroll = QScrollArea(self)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (Tab goes to its buttons)
        inner = QWidget(self.scroll)
        self.rows = QVBoxLayout(inner)
        self.rows.setContentsMargins(0, 0, 0, 0)
        self.rows.setSpacing(2)
        self.rows.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.scroll.setWidget(inner)
        layout.addWidget(self.scroll)
        self.shown: list[tuple[int, str]] = []
        """The timers on the card: id and words."""
        self.pauses: dict[int, bool] = {}
        """The timers that can be paused: id and whether it is paused now."""
        self.waits: list[tuple[str, str]] = []
        """The routines waiting in a pause: name and words."""
        self._clock = QTimer(self)
        self._clock.setInterval(REFRESH_MS)
        self._clock.timeout.connect(self.refresh)
        self.hide()

    def _assistant(self) -> Any:
        engine = getattr(self.bridge, "engine", None)
        return getattr(engine, "assistant", None)

    def refresh(self) -> None:
        assistant = self._assistant()
        if assistant is None:
            self.show_timers([])
            return
        self.bridge.call(lambda: (assistant.timers(), assistant.waiting_runs(),
                                  assistant.timer_pauses()),
                         done=lambda found: self.show_timers(*found))

    def show_timers(self, timers: list[tuple[int, str]],
                    waits: list[tuple[str, str]] | None = None,
                    pauses: dict[int, bool] | None = None) -> None:
        # A button pressed from the keyboard goes with its row: the focus moves to the
        # row that takes its place (it was lost, and Tab started again at the top).
        focused = QApplication.focusWidget()
        before = self._buttons()
        at = before.index(focused) if focused in before else None
        while self.rows.count():
            item = self.rows.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # (gone now: deleteLater waits for the event loop, and
                widget.deleteLater()  # until then its buttons were still found shown)
        self.shown = list(timers)
        self.pauses = dict(pauses or {})
        for timer_id, words in self.shown:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(words[:1].upper() + words[1:], row)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            if timer_id in self.pauses:  # (an alarm is not paused: it has no button)
                paused = self.pauses[timer_id]
                toggle = QPushButton("Resume" if paused else "Pause", row)
                toggle.setAccessibleName(f"{'Resume' if paused else 'Pause'} {words}")
                toggle.setToolTip("Go on from the time it had left" if paused else
                                  "Stop the clock: it keeps the time it has left, and "
                                  "Resume goes on from there")
                toggle.clicked.connect(lambda _c=False, i=timer_id, p=not paused:
                                       self.pause(i, p))
                line.addWidget(toggle)
            cancel = QPushButton("Cancel", row)
            cancel.setAccessibleName(f"Cancel {words}")  # (was "… the timer to 10-minute
            # timer at 08:35")
            cancel.setToolTip("Call it off: it will not go off")
            cancel.clicked.connect(lambda _c=False, i=timer_id: self.cancel(i))
            line.addWidget(cancel)
            self.rows.addWidget(row)
            row.show()  # (now, not when the layout gets to it: its height counts in fit)
        self.waits = list(waits or [])
        for routine, words in self.waits:
            row = QWidget(self)
            line = QHBoxLayout(row)
            line.setContentsMargins(0, 0, 0, 0)
            label = QLabel(words, row)
            label.setWordWrap(True)
            line.addWidget(label, 1)
            stop = QPushButton("Stop", row)
            stop.setAccessibleName(f"Stop the rest of {routine or 'the routine'}")
            stop.clicked.connect(lambda _c=False, r=routine: self.stop(r))
            line.addWidget(stop)
            self.rows.addWidget(row)
            row.show()
        for button in self._buttons():
            button.installEventFilter(self)
        self.setVisible(bool(self.shown or self.waits))
        self.fit()
        if self.shown or self.waits:
            self._clock.start()
        else:
            self._clock.stop()
        if at is not None:
            after = self._buttons()
            if after:
                after[min(at, len(after) - 1)].setFocus()
            else:
                self.emptied.emit()

    def fit(self) -> None:
        """As tall as the rows, up to a ``SHARE`` of the page the card is on, in whole
        rows (one at least); the rest scroll."""
        page = self.parentWidget()
        width = self.scroll.viewport().width()
        heights = [item.heightForWidth(width) if item.hasHeightForWidth()
                   else item.sizeHint().height()
                   for item in (self.rows.itemAt(i) for i in range(self.rows.count()))
                   if item is not None]
        room = page.height() // SHARE if page is not None else sum(heights)
        spacing = self.rows.spacing()
        shown = heights[:1]
        for height in heights[1:]:
            if sum(shown) + spacing * len(shown) + height > room:
                break
            shown.append(height)
        self.scroll.setFixedHeight(sum(shown) + spacing * max(0, len(shown) - 1))

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if event.oldSize().width() != event.size().width():
            self.fit()  # (wider, a wrapped row is one line again)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.Resize and watched is self.parentWidget():
            self.fit()
        elif event.type() == QEvent.Type.FocusIn and isinstance(watched, QPushButton):
            self.scroll.ensureWidgetVisible(watched)  # a row the keyboard reaches is seen
        return super().eventFilter(watched, event)

    def _buttons(self) -> list[QPushButton]:
        """Each row's Cancel or Stop button, top to bottom."""
        found = []
        for index in range(self.rows.count()):
            item = self.rows.itemAt(index)
            row = item.widget() if item is not None else None
            if row is not None:
                found += row.findChildren(QPushButton)
        return found

    def cancel(self, timer_id: int) -> None:
        """Cancel one timer as "cancel the telly timer" would; the reply goes to the
        conversation strip, and the list is read again."""
        assistant = self._assistant()
        if assistant is None:
            return
        words = next((w for i, w in self.shown if i == timer_id), "")
        self.pressed.emit(f"Cancel “{_listed(words)}”")
        self.bridge.call(assistant.cancel_timer, timer_id, done=lambda _lines: self.refresh())

    def pause(self, timer_id: int, pausing: bool = True) -> None:
        """Pause (or resume) one timer as "pause the pasta timer" would; the reply goes
        to the conversation strip ("undo" there takes it back), and the list is read
        again."""
        assistant = self._assistant()
        if assistant is None:
            return
        words = next((w for i, w in self.shown if i == timer_id), "")
        self.pressed.emit(f"{'Pause' if pausing else 'Resume'} “{_listed(words)}”")
        self.bridge.call(assistant.pause_timer, timer_id, pausing,
                         done=lambda _lines: self.refresh())

    def stop(self, routine: str) -> None:
        """Stop a waiting routine's rest as "cancel bedtime" would; the reply goes to
        the conversation strip, and the list is read again."""
        assistant = self._assistant()
        if assistant is None:
            return
        self.pressed.emit(f"Stop “{routine}”" if routine else "Stop")
        self.bridge.call(assistant.stop_waiting, routine or None,
                         done=lambda _lines: self.refresh())


def _listed(words: str) -> str:
    """A row's words without the time left, which is stale once it is cancelled:
    "3-minute timer at 11:21"."""
    return re.sub(r" \((?:in|paused,) [^()]*\)$", "", words)


def attach_timers(window: Any) -> None:
    """Put the timers card on ``window``'s home tab, under the hunch card; it follows
    the engine's change events (a timer set or cancelled is one)."""
    bridge = window.bridge
    window.timers_card = TimersCard(bridge, window)
    home = window.tabs.widget(0)
    home.layout().insertWidget(1, window.timers_card)
    home.installEventFilter(window.timers_card)
    bridge.routinesChanged.connect(window.timers_card.refresh)
    bridge.waitingChanged.connect(window.timers_card.refresh)
    bridge.engineReady.connect(lambda _engine: window.timers_card.refresh())
    bridge.engineClosed.connect(lambda: window.timers_card.show_timers([]))
    window.timers_card.emptied.connect(window.strip.entry.setFocus)
    window.timers_card.pressed.connect(lambda said: window.strip.add_heard(said, "button"))
    if getattr(bridge, "engine", None) is not None:
        window.timers_card.refresh()
