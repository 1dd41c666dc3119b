"""Teaching in the window: the same three steps as by voice (phrase, what it does,
confirm), with the confusability warning and the targets shown on the tiles."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QResizeEvent, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..conversation import TeachingSession, describe_target, device_example, summarise_steps
from ..domain import Device, check_text, shorten
from ..errors import TeachappError
from .bridge import Bridge
from .icons import icon
from .widgets import styled_label, tool_button

__all__ = ["TeachPanel"]

_STEPS = ("1  The phrase", "2  What it does", "3  Save")


class TeachPanel(QFrame):
    """Shown while a teaching dialogue is open (started here, by voice or from history)."""

    captureRequested = Signal()
    listenRequested = Signal()
    saved = Signal(str)

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self.setObjectName("teachPanel")
        self.setAccessibleName("Teach a phrase")
        self.session: TeachingSession | None = None
        self._reviewing = False
        self._editing_phrase = False
        self._suggestion = ""
        """A phrase to offer in the field (the first-run guide's)."""
        self.devices: list[Device] = []
        """The home's devices (the window's), for the example of a command to say."""

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        head = QHBoxLayout()
        glyph = QLabel(self)
        glyph.setPixmap(icon("teach").pixmap(QSize(22, 22)))
        head.addWidget(glyph)
        self._title = styled_label("Teach a phrase", self, "sectionTitle")
        head.addWidget(self._title)
        head.addSpacing(16)
        self._step_labels: list[QLabel] = []
        self._step = 0
        """The step shown in full on a narrow panel (``_fit_steps``)."""
        for index, text in enumerate(_STEPS):
            if index:
                arrow = QLabel("›", self)
                arrow.setObjectName("stepOther")
                head.addWidget(arrow)
            label = QLabel(text, self)
            label.setObjectName("stepOther")
            label.setToolTip(text.replace("  ", " "))  # (its number alone when narrow)
            label.setAccessibleName(f"Step {text.replace('  ', ': ')}")
            head.addWidget(label)
            self._step_labels.append(label)
        head.addStretch(1)
        cancel = tool_button(self, "close", "Stop teaching; nothing is saved (Esc)", self.cancel,
                             name="Cancel teaching", text="Cancel", flat=True)
        head.addWidget(cancel)
        # Esc cancels, as the tooltip says, wherever focus is in the window (the
        # phrase box, a tile being set); only while the panel shows.
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.setContext(Qt.ShortcutContext.WindowShortcut)
        escape.activated.connect(cancel.click)
        layout.addLayout(head)
        self._head = head

        self.warning = QLabel(self)
        self.warning.setObjectName("warning")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName("Confusion warning")
        self.warning.hide()
        layout.addWidget(self.warning)

        self.pages = QStackedWidget(self)
        layout.addWidget(self.pages)
        # 1. the phrase
        page = QWidget(self.pages)
        row = QHBoxLayout(page)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("Say or type the phrase:", page))
        self.phrase = QLineEdit(page)
        self.phrase.setAccessibleName("Phrase to teach")
        self.phrase.setPlaceholderText("e.g. “reading mode”")
        self.phrase.returnPressed.connect(self.submit_phrase)
        row.addWidget(self.phrase, 1)
        say = tool_button(page, "mic", "Say the phrase", self.listenRequested,
                          name="Say the phrase")
        row.addWidget(say)
        self.next_button = QPushButton("Next", page)
        self.next_button.setObjectName("primary")
        self.next_button.clicked.connect(self.submit_phrase)
        row.addWidget(self.next_button)
        outer = QWidget(self.pages)
        stack = QVBoxLayout(outer)
        stack.setContentsMargins(0, 0, 0, 0)
        stack.addWidget(page)
        self.shown_first = styled_label("", outer, "muted", wrap=True)
        self.shown_first.setAccessibleName("What the tiles set so far")
        stack.addWidget(self.shown_first)
        stack.addStretch(1)
        self.pages.addWidget(outer)
        # 2. what it does
        page = QWidget(self.pages)
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        self.instructions = QLabel(page)
        self.instructions.setWordWrap(True)
        col.addWidget(self.instructions)
        self.targets = QLabel(page)
        self.targets.setWordWrap(True)
        self.targets.setAccessibleName("What the phrase will do")
        col.addWidget(self.targets)
        row = QHBoxLayout()
        change = QPushButton("Change phrase", page)
        change.clicked.connect(self._change_phrase)
        row.addWidget(change)
        capture = QPushButton(icon("capture"), "Use current states…", page)
        capture.setToolTip("Make the phrase set devices to how they are now")
        capture.clicked.connect(self.captureRequested)
        row.addWidget(capture)
        row.addStretch(1)
        self.review_button = QPushButton("Review", page)
        self.review_button.setObjectName("primary")
        self.review_button.clicked.connect(self.review)
        row.addWidget(self.review_button)
        col.addLayout(row)
        self.pages.addWidget(page)
        # 3. confirm and save
        page = QWidget(self.pages)
        col = QVBoxLayout(page)
        col.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel(page)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName("Summary")
        col.addWidget(self.summary)
        row = QHBoxLayout()
        row.addWidget(QLabel("Routine name:", page))
        self.name = QLineEdit(page)
        self.name.setAccessibleName("Routine name")
        self.name.returnPressed.connect(self.save)
        row.addWidget(self.name, 1)
        back = QPushButton("Back", page)
        back.clicked.connect(self._back)
        row.addWidget(back)
        self.save_button = QPushButton(icon("check", "#ffffff"), "Save", page)
        self.save_button.setObjectName("primary")
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        col.addLayout(row)
        self.pages.addWidget(page)
        self.error = QLabel(self)
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        # Enter presses a focused button, as Space does: outside a dialog Qt's buttons
        # ignore Enter, so Tab to Review then Enter did nothing.
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(True)
        self.hide()

    # -------------------------------------------------------- model -> view

    def set_session(self, session: TeachingSession | None) -> None:
        """Follow the engine's teaching dialogue (None: it ended)."""
        previous = self.session
        self.session = session
        self.error.hide()
        if session is None:
            self._reviewing = self._editing_phrase = False
            self.hide()
            return
        if previous is None or previous.phrase != session.phrase:
            self._editing_phrase = False
        if session.stage == "phrase" or not session.phrase:
            self._reviewing = False
        names = session.names
        phrase = shorten(session.phrase, 60)
        if session.stage == "phrase" or self._editing_phrase:
            index = 0
            if not self.phrase.hasFocus() or not self.phrase.text():
                self.phrase.setText(session.phrase or self._suggestion)
                self.phrase.selectAll()
        elif session.stage == "confirm" or self._reviewing:
            index = 2
        else:
            index = 1
        self.pages.setCurrentIndex(index)
        for i, label in enumerate(self._step_labels):
            label.setObjectName("stepCurrent" if i == index else "stepOther")
            label.style().unpolish(label)
            label.style().polish(label)
        self._step = index
        self._fit_steps()
        # (the example is one of this home's devices, as chat's help names them: it was
        # "desk lamp to 80 percent" in every home, one with no desk lamp too)
        example = device_example(self.devices) or "wait 5 seconds"
        self.instructions.setText(
            f"Set the tiles below to how “{phrase}” should leave things, or say it "
            f"(“{example}”). Nothing moves now: a tile you set "
            "turns orange and shows its target. Then press Review.")
        lines = [describe_target(d, c, names.get(d, "")) for d, c in session.targets.items()]
        if session.extras:  # (pauses, replies, a device changed again: the steps in order)
            self.targets.setText(f"Steps: {summarise_steps(session)}.")
        else:
            self.targets.setText("Targets: " + "; ".join(lines) if lines else
                                 "No targets yet.")
        self.shown_first.setText(
            "It will set: " + "; ".join(lines) + " (shown on the tiles; nothing has "
            "moved). Give the phrase, then press Next." if lines else
            "You can set the tiles below first: they become what the phrase does, and "
            "nothing moves until it runs.")
        self.review_button.setEnabled(session.has_actions())
        summary = summarise_steps(session)
        self.summary.setText(f"“{phrase}” will {summary}. Save it?" if summary else
                             f"“{phrase}” does nothing yet.")
        self.name.setPlaceholderText(phrase or "Routine name")
        self.save_button.setEnabled(session.has_actions())
        self._show_warnings(session)
        self._fit_page()
        self.show()
        if index == 0:
            self.phrase.setFocus()

    def _show_warnings(self, session: TeachingSession) -> None:
        if not session.warnings:
            self.warning.hide()
            return
        # (a routine's name said once: it read "“reading mode” (Reading mode, 92 % alike)")
        parts = [f"“{shorten(w.phrase, 40)}” ("
                 + ("" if w.phrase.casefold() == w.routine.casefold()
                    else f"{shorten(w.routine, 40)}, ")
                 + f"{round(w.similarity * 100)} % alike)" for w in session.warnings[:3]]
        self.warning.setText(
            f"⚠ “{shorten(session.phrase, 40)}” sounds like " + ", ".join(parts) +
            ". It may be mistaken for it; you can change the phrase or go on.")
        self.warning.show()

    # -------------------------------------------------------- view -> model

    def _assistant(self) -> Any:
        return self.bridge.assistant

    def start(self, suggestion: str = "") -> None:
        self._suggestion = suggestion
        assistant = self._assistant()
        if assistant is not None:
            self.bridge.call(assistant.start_teaching, done=lambda _r: None)

    def submit_phrase(self) -> None:
        text = self.phrase.text().strip()
        assistant = self._assistant()
        if not text or assistant is None:
            return
        try:
            check_text(text, "phrase")  # the domain's rule, said before anything else
        except TeachappError as exc:
            self._failed(exc)
            return
        self._editing_phrase = False
        self.bridge.call(assistant.teach_set_phrase, text, done=lambda _r: None,
                         failed=self._failed)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_steps()
        self._fit_page()

    def _fit_page(self) -> None:
        """The step's page keeps the height its wrapped lines need at this width: a
        stacked page is sized by its words on few lines, and on a small screen with a
        large font (1280x720 at scale 1.5) the instructions lost half their first line
        and the tiles kept the room."""
        page = self.pages.currentWidget()
        layout = page.layout() if page is not None else None
        if layout is None:
            return
        width = self.pages.width()
        need = (layout.totalHeightForWidth(width) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        if need > 0 and self.pages.minimumHeight() != need:
            self.pages.setMinimumHeight(need)

    def _fit_steps(self) -> None:
        """The steps in full where they fit; on a narrow panel the other steps by their
        number alone ("1 › 2  What it does › 3"): at 683 px (1024x768 at
        QT_SCALE_FACTOR=1.5) the title read "Teach a ph" and the step "What it do"."""
        for label, text in zip(self._step_labels, _STEPS, strict=True):
            label.setText(text)
        head = self._head
        head.invalidate()  # (its size hint is kept from the texts before)
        if head.sizeHint().width() <= self.contentsRect().width() - 32:
            return
        for i, (label, text) in enumerate(zip(self._step_labels, _STEPS, strict=True)):
            label.setText(text if i == self._step else text.split()[0])

    def _change_phrase(self) -> None:
        self._editing_phrase = True
        self.set_session(self.session)

    def review(self) -> None:
        self._reviewing = True
        self.set_session(self.session)
        self.name.setFocus()

    def _back(self) -> None:
        self._reviewing = False
        if self.session is not None and self.session.stage == "confirm":
            # The dialogue itself is at "confirm" (said "done"): keep the view in step.
            self.pages.setCurrentIndex(1)
            return
        self.set_session(self.session)

    def save(self) -> None:
        assistant = self._assistant()
        if assistant is None or self.session is None:
            return
        name = self.name.text().strip() or None
        if name is not None:
            try:
                check_text(name, "routine name")
            except TeachappError as exc:
                self._failed(exc)
                return
        self.save_button.setEnabled(False)

        def done(routine: Any) -> None:
            self.name.clear()
            self.phrase.clear()
            self.saved.emit(getattr(routine, "name", str(routine)))

        self.bridge.call(assistant.teach_save, name, done=done, failed=self._failed)

    def cancel(self) -> None:
        assistant = self._assistant()
        if assistant is not None and self.session is not None:
            self.bridge.call(assistant.cancel_teaching, done=lambda _r: None)
        self.phrase.clear()
        self.name.clear()

    def _failed(self, exc: BaseException) -> None:
        self.error.setText(str(exc))
        self.error.show()
        if self.session is not None:
            self.save_button.setEnabled(self.session.has_actions())
