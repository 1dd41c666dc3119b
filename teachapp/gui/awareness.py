"""The window's side of issue 18: hunch cards, the device history with causes, and the
schedules and hunches running while the window is open.

Kept apart from the main window's code: ``attach_awareness(window)`` adds a
"Device history" tab and a hunch card above the home, and starts a ``HomeWatch``
when the engine is ready. Answers on the card are sent as turns ("yes", "why?"),
so the engine decides them exactly as in chat.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain import describe_state, kind_of
from .icons import icon

__all__ = ["NO_CHANGES", "DeviceHistoryView", "HunchCard", "attach_awareness"]

_CAUSE_WORDS = {"routine": "routine", "command": "command", "window": "window",
                "outside": "outside (by hand or another program)", "hunch": "hunch",
                "schedule": "schedule", "undo": "undo", "redo": "redo"}


class HunchCard(QFrame):
    """"The porch light is usually off by now. Turn it off?" with the answers.
    ``answered`` when an answer from the keyboard closed it (the focus must go on)."""

    answered = Signal()

    ANSWERS = (("Yes", "yes"), ("No", "no"), ("Don't ask again", "don't ask about this again"),
               ("Always do this", "do that automatically"), ("Why?", "why?"))

    def __init__(self, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setObjectName("hunchCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName("Hunch")
        layout = QVBoxLayout(self)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.detail = QLabel(self)
        self.detail.setWordWrap(True)
        self.detail.hide()
        layout.addWidget(self.detail)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for label, words in self.ANSWERS:
            button = QPushButton(label, self)
            button.clicked.connect(lambda _c=False, w=words: self.answer(w))
            row.addWidget(button)
            self.buttons[label] = button
        row.addStretch(1)
        layout.addLayout(row)
        self.offer: Any = None
        self.hide()

    def show_offer(self, offer: Any) -> None:
        self.offer = offer
        self.message.setText(offer.hunch.message)
        self.detail.hide()
        self.show()

    def answer(self, words: str) -> None:
        """Send the answer as a turn; "why?" keeps the card open with the reason."""
        if self.offer is None:
            return
        self.bridge.handle_text(words)
        if words == "why?":
            self.detail.setText(self.offer.hunch.why)
            self.detail.show()
            return
        focused = QApplication.focusWidget()
        had_focus = focused is not None and self.isAncestorOf(focused)
        self.offer = None
        self.hide()
        if had_focus:  # (hidden with the focus on it, Qt gave it to a tile's switch)
            self.answered.emit()


NO_CHANGES = ("No device has changed yet. Each change is listed here with what made it: a "
              "routine, a command, this window, a schedule, a hunch, an undo, or someone "
              "outside teachapp.")


class DeviceHistoryView(QWidget):
    """Recent device changes, newest first, with the cause of each."""

    COLUMNS = ("Time", "Device", "Change", "Cause")

    def __init__(self, bridge: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        self.table = QTableWidget(0, len(self.COLUMNS), self)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.setHorizontalHeaderLabels(self.COLUMNS)
        self.table.setAccessibleName("Device history")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # The cause takes the rest of the width (stretching only the last section left
        # the table ending at a third of the page, beside an empty grey area).
        header.setSectionResizeMode(len(self.COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(NO_CHANGES, self)
        self.empty.setObjectName("placeholder")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.table)
        self.table.hide()  # (it was an empty table of headers, saying nothing)
        self._names: dict[str, str] = {}

    def refresh(self) -> None:
        engine = getattr(self.bridge, "engine", None)
        if engine is None:
            return
        store = engine.store

        def load() -> tuple[list[Any], dict[str, str], dict[tuple[str, float], str]]:
            from ..store import last_rename, names_now

            rows = store.history(limit=300, newest_first=True)
            if last_rename(store) is None:  # (nothing renamed: no lookup per row)
                return rows, {d.id: d.name for d in store.devices()}, {}
            # A routine renamed since is named as it ran and as it is called now, as
            # "why is the lamp on?" says it ("reading mode (now called Reading time)").
            renamed = names_now(store, {(c.detail, c.at) for c in rows if c.detail
                                        and c.cause in ("routine", "schedule", "undo",
                                                        "redo")})
            return rows, {d.id: d.name for d in store.devices()}, renamed

        self.bridge.call(load, done=self._show)

    def _show(self, loaded: tuple[list[Any], dict[str, str],
                                  dict[tuple[str, float], str]]) -> None:
        rows, self._names, renamed = loaded
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.table.setRowCount(len(rows))
        for index, change in enumerate(rows):
            cause = _CAUSE_WORDS.get(change.cause, change.cause)
            detail = change.detail
            if (detail, change.at) in renamed:
                detail = f"{detail} (now called {renamed[(detail, change.at)]})"
            if detail and change.cause in ("routine", "schedule"):
                cause += f": {detail}"
            elif detail and change.cause == "command":
                cause += f": “{detail}”"  # (was "voice command", typed ones too)
            elif detail and change.cause in ("undo", "redo"):
                cause += f" of {detail}"  # (which run it put back or set again)
            cells = (datetime.fromtimestamp(change.at).strftime("%a %d %b %H:%M:%S"),
                     self._names.get(change.device_id, change.device_id),
                     describe_state(kind_of(change.device_id), change.changes), cause)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(index, column, item)


def attach_awareness(window: Any) -> None:
    """Add the hunch card and device history (a page of ``window.pages``, its
    ``device_history``) to ``window``; run schedules and hunches while its engine is
    open."""
    bridge = window.bridge
    window.hunch_card = HunchCard(bridge, window)
    home = window.tabs.widget(0)
    home.layout().insertWidget(0, window.hunch_card)
    window.hunch_card.answered.connect(window.strip.entry.setFocus)  # ready for the next
    window.pages.add_tab("device_history", lambda: DeviceHistoryView(bridge, window),
                         icon("history"), "&Device history")  # (built when first shown)

    def in_front() -> DeviceHistoryView | None:
        page = window.pages.made("device_history")
        return page if page is not None and window.tabs.currentWidget() is page else None

    def changed(*_args: Any) -> None:
        """A device changed while the tab is in front: the table shows it (it was read
        only when the tab was chosen, so a run typed meanwhile was missing)."""
        page = in_front()
        if page is not None:
            page.refresh()

    window.tabs.currentChanged.connect(changed)

    bridge.devicesChanged.connect(changed)
    bridge.deviceChanged.connect(changed)
    watching: list[Any] = []

    def offered(offer: Any) -> None:
        bridge.post(lambda: window.hunch_card.show_offer(offer))

    def announce(text: str) -> None:
        bridge.post(lambda: bridge.reply.emit(text, "info"))

    def ready(engine: Any) -> None:
        from ..conversation.awareness import start_watch

        if engine.assistant is None or watching:
            return
        try:  # (chat's watch: missed runs said once, by its thread's first pass)
            watching.append(start_watch(engine, announce, on_offer=offered,
                                        check_first=False))
        except Exception as exc:  # noqa: BLE001 - a bad location setting must not stop the window
            announce(f"Schedules and hunches are off: {exc}")

    def closed() -> None:
        """The watch ends as chat's does (``Watching.stop``): a pass in progress
        finishes, then the schedules added in this window that no pass saw yet are
        started, so their runs due while nothing runs are said next time (they went
        unsaid, as in a quick piped chat before)."""
        while watching:
            watching.pop().stop()

    def reopening() -> None:  # (on the worker, before the engine closes: not the GUI thread)
        if watching:
            bridge.call(watching.pop().stop)

    bridge.engineReady.connect(ready)
    bridge.engineClosed.connect(reopening)
    bridge.closing.connect(closed)  # (schedules must not fire on a closed database)
    if getattr(bridge, "engine", None) is not None:
        ready(bridge.engine)
