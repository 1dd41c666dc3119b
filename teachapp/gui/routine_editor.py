"""The routine editor: name, enabled, phrases (each with a test), ordered steps.

Edits are checked as they are typed; Save writes the whole routine in one
transaction (``Store.save_routine``). Leaving with unsaved changes asks first.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..domain import (
    Device,
    Phrase,
    PhraseOrigin,
    Routine,
    SayStep,
    SetStep,
    Step,
    WaitStep,
    check_text,
    shorten,
    validate_changes,
)
from ..errors import EditConflictError, TeachappError
from ..store import phrase_key
from .bridge import Bridge
from .icons import icon
from .phrase_row import PhraseRow
from .schedule_section import ScheduleSection
from .step_editor import CaptureDialog, StepEditor, step_icon, step_summary
from .widgets import styled_label, tool_button

__all__ = ["RoutineEditor"]

_STEP = Qt.ItemDataRole.UserRole


MIN_STEPS_HEIGHT = 110
"""The steps list's least height (about four steps): below it the page scrolls."""



def _titled_box(parent: QWidget, title: str) -> tuple[QWidget, QVBoxLayout, QHBoxLayout]:
    """A section of the editor: a box with a column, its title row first (the caller
    adds its buttons to the row, after the stretch)."""
    box = QWidget(parent)
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 0)
    row = QHBoxLayout()
    row.addWidget(styled_label(title, box, "sectionTitle"))
    row.addStretch(1)
    column.addLayout(row)
    return box, column, row

class RoutineEditor(QWidget):
    """Edits one routine (or a new one). ``saved(name)`` after a successful save."""

    saved = Signal(str)
    deleted = Signal(str)
    undoRequested = Signal()
    """The Undo button: the window's Undo (``MainWindow.undo``), which says what it did."""
    dirtyChanged = Signal(bool)

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._loaded: Routine | None = None
        self._devices: list[Device] = []
        self._routines: list[Routine] = []
        self._dirty = False
        self._saving = False

        # On a short window the page scrolls rather than crushing its parts: at 1280x720
        # with QT_SCALE_FACTOR=1.5 (470 px high to Qt) the steps list was 5 px high.
        page = QVBoxLayout(self)
        page.setContentsMargins(0, 0, 0, 0)
        self._scroll = QScrollArea(self)
        self._scroll.setWidgetResizable(True)
        self._scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self._scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        content = QWidget(self._scroll)  # (its least height: each part's, below)
        self._scroll.setWidget(content)
        page.addWidget(self._scroll)
        app = QApplication.instance()
        if isinstance(app, QApplication):  # Tab (the window's own order) scrolls to it
            app.focusChanged.connect(self._focus_moved)
        outer = QVBoxLayout(content)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(10)
        head = QHBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setAccessibleName("Routine name")
        self.name.setPlaceholderText("Routine name")
        self.name.textEdited.connect(self._changed)
        form.addRow("&Name", self.name)
        head.addLayout(form, 1)
        self.enabled = QCheckBox("&Enabled", self)
        self.enabled.setToolTip("A disabled routine keeps its phrases but never runs")
        self.enabled.toggled.connect(self._changed)
        head.addWidget(self.enabled)
        outer.addLayout(head)

        # Problems are said next to Save, on one line: nothing above the phrases moves.
        self.problem = QLabel(self)
        self.problem.setObjectName("error")
        self.problem.setAccessibleName("Problem")
        self.problem.setWordWrap(True)  # two short lines at most (shortened to 160)
        self.problem.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        split = QSplitter(Qt.Orientation.Vertical, self)
        outer.addWidget(split, 1)
        phrases_box, pl, title = _titled_box(split, "Phrases")
        self.add_phrase_button = QPushButton(icon("add"), "Add phrase", phrases_box)
        self.add_phrase_button.clicked.connect(lambda: self.add_phrase(""))
        title.addWidget(self.add_phrase_button)
        self._phrase_host = QWidget(phrases_box)
        self._phrase_layout = QVBoxLayout(self._phrase_host)
        self._phrase_layout.setContentsMargins(0, 0, 0, 0)
        self._phrase_layout.setSpacing(4)
        self._phrase_layout.addStretch(1)
        scroll = QScrollArea(phrases_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (a Tab stop that showed nothing)
        scroll.setWidget(self._phrase_host)
        pl.addWidget(scroll, 1)
        self._phrase_rows: list[PhraseRow] = []

        steps_box, sl, title = _titled_box(split, "Steps")
        add = QPushButton(icon("add"), "Add step", steps_box)
        menu = QMenu(add)
        menu.addAction(icon("device"), "Set a device", lambda: self.add_step(self._new_set_step()))
        menu.addAction(icon("wait"), "Wait", lambda: self.add_step(WaitStep(seconds=2)))
        menu.addAction(icon("say"), "Say something", lambda: self.add_step(SayStep(text="")))
        add.setMenu(menu)
        self.add_step_button = add
        title.addWidget(add)
        self.capture_button = QPushButton(icon("capture"), "Capture current states…", steps_box)
        self.capture_button.setToolTip("Add steps that set devices to how they are now")
        self.capture_button.clicked.connect(self._capture)
        title.addWidget(self.capture_button)
        body = QHBoxLayout()
        left = QVBoxLayout()
        self.steps = QListWidget(steps_box)
        self.steps.setAccessibleName("Steps")
        self.steps.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.steps.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.steps.setIconSize(QSize(20, 20))
        self.steps.model().rowsMoved.connect(lambda *_a: self._changed())
        self.steps.currentRowChanged.connect(self._step_selected)
        left.addWidget(self.steps, 1)
        move = QHBoxLayout()
        self._step_buttons: list[QWidget] = []
        for name, tip, delta in (("up", "Move step up (Alt+Up)", -1),
                                 ("down", "Move step down (Alt+Down)", 1)):
            button = tool_button(steps_box, name, tip, lambda _c=False, d=delta: self.move_step(d),
                                 name=tip.split(" (")[0])
            move.addWidget(button)
            self._step_buttons.append(button)
        remove = tool_button(steps_box, "delete", "Remove step (Delete)", self.remove_step,
                             name="Remove step")
        move.addWidget(remove)
        self._step_buttons.append(remove)
        move.addStretch(1)
        left.addLayout(move)
        body.addLayout(left, 3)
        self.step_editor = StepEditor(steps_box)
        self.step_editor.stepEdited.connect(self._step_edited)
        body.addWidget(self.step_editor, 4)
        sl.addLayout(body, 1)
        self.schedule = ScheduleSection(split)  # issue 18: the routine's triggers
        self.schedule.changed.connect(self._changed)
        self.schedule.attach(bridge)  # (its skipped runs: the engine's, via the bridge)
        self.schedule.routine_name = lambda: self.name.text().strip()
        split.setSizes([140, 360, 120])
        # The steps take the room the window has; phrases and the schedule keep theirs
        # (a 9-step routine showed 4 steps at 1024x768 above an empty schedule gap).
        for pane, stretch in enumerate((0, 1, 0)):
            split.setStretchFactor(pane, stretch)
        split.setChildrenCollapsible(False)
        self.steps.setMinimumHeight(MIN_STEPS_HEIGHT)
        self._split = split
        self._panes_fitted = False
        for key, slot in (("Alt+Up", lambda: self.move_step(-1)),
                          ("Alt+Down", lambda: self.move_step(1)),
                          ("Delete", self.remove_step)):
            shortcut = QShortcut(QKeySequence(key), self.steps)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(slot)

        actions = QHBoxLayout()
        self.run_button = QPushButton(icon("run"), "Run now", self)
        self.run_button.clicked.connect(self.run_now)
        self.undo_button = QPushButton(icon("undo"), "Undo", self)
        self.undo_button.setToolTip("Take back the newest run, deletion or rename")
        self.undo_button.clicked.connect(self.undoRequested.emit)
        self.delete_button = QPushButton(icon("delete"), "Delete routine", self)
        self.delete_button.clicked.connect(self._delete)
        actions.addWidget(self.run_button)
        actions.addWidget(self.undo_button)
        actions.addWidget(self.delete_button)
        actions.addSpacing(12)
        actions.addWidget(self.problem, 1)
        self.revert_button = QPushButton("Revert", self)
        self.revert_button.clicked.connect(lambda: self.load(self._loaded))
        self.save_button = QPushButton(icon("check", "#ffffff"), "Save", self)
        self.save_button.setObjectName("primary")
        self.save_button.setToolTip("Save the routine (Ctrl+S)")
        # Ctrl+S is the editor's, not the button's: with the button off (nothing changed,
        # or a problem) the key did nothing at all; now the status bar says why.
        save_key = QShortcut(QKeySequence.StandardKey.Save, self)
        save_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save_key.activated.connect(self._save_key)
        self.save_button.clicked.connect(lambda: self.save())
        actions.addWidget(self.revert_button)
        actions.addWidget(self.save_button)
        outer.addLayout(actions)
        self.load(None)

    # ------------------------------------------------------------ context

    def set_context(self, devices: list[Device], routines: list[Routine]) -> None:
        """The home and the other routines, for device choices and name checks."""
        self._devices = list(devices)
        self._routines = list(routines)
        self.step_editor.set_devices(devices)
        self._refresh_step_texts()
        self._validate()

    def update_device(self, device: Device) -> None:
        self._devices = [device if d.id == device.id else d for d in self._devices]

    # -------------------------------------------------------------- load

    def _focus_moved(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A part the keyboard reached out of view (the page scrolled) comes into it."""
        content = self._scroll.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self._scroll.ensureWidgetVisible(new, 0, 8)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt's name
        """The first time it shows, the phrases and the schedule get the height they
        need and the steps the rest; later the person's splitter drags stand."""
        super().showEvent(event)
        if not self._panes_fitted:
            self._panes_fitted = True
            total = sum(self._split.sizes())
            phrases = min(self._phrases_height(), 140)
            schedule = self.schedule.minimumSizeHint().height()
            self._split.setSizes([phrases, max(total - phrases - schedule, 120), schedule])

    def tab_regions(self) -> list[QWidget]:
        """Where Tab goes, in the order the page reads (``MainWindow``'s Tab): the
        phrase rows, made when a routine loads, came after "Delete routine", and the
        step's own fields after them."""
        return [self.name, self.enabled, self.add_phrase_button, self._phrase_host,
                self.add_step_button, self.capture_button, self.steps,
                *self._step_buttons, self.step_editor, self.schedule, self.run_button,
                self.undo_button, self.delete_button, self.revert_button,
                self.save_button]

    def _phrases_height(self) -> int:
        """The phrases pane with every row in view: its title, then the rows (the pane's
        own size hint is its scroll area's, which cut the third row in half)."""
        box = self._split.widget(0)
        layout = box.layout()
        if layout is None:
            return box.sizeHint().height()
        title = layout.itemAt(0)
        return (title.sizeHint().height() if title is not None else 0) + layout.spacing() \
            + self._phrase_host.sizeHint().height()

    def load(self, routine: Routine | None) -> None:
        """Show a routine (None: a new, empty one) with no unsaved changes."""
        self._loaded = routine
        draft = routine or Routine(name="", phrases=[Phrase("")], steps=[], source="gui")
        self.name.setText(draft.name)
        self.enabled.blockSignals(True)
        self.enabled.setChecked(draft.enabled)
        self.enabled.blockSignals(False)
        for row in self._phrase_rows:
            row.deleteLater()
        self._phrase_rows = []
        for phrase in draft.phrases:
            self.add_phrase(phrase.text, phrase, mark=False)
        self.steps.clear()
        for step in draft.steps:
            self._append_step_item(step)
        self.step_editor.show_step(None)
        self.schedule.set_triggers(draft.triggers)
        self.schedule.show_routine(routine.name if routine is not None else None)
        for button in (self.run_button, self.delete_button):
            button.setEnabled(routine is not None)
        self._set_dirty(False)
        self._validate()

    @property
    def routine_name(self) -> str | None:
        return self._loaded.name if self._loaded is not None else None

    @property
    def loaded(self) -> Routine | None:
        """The routine as last loaded or saved (None: a new one, or nothing open)."""
        return self._loaded

    # ------------------------------------------------------------ phrases

    def add_phrase(self, text: str, phrase: Phrase | None = None, *, mark: bool = True) -> None:
        row = PhraseRow(phrase or Phrase(text, origin=PhraseOrigin.ALIAS if self._loaded
                                     else PhraseOrigin.TAUGHT),
                         self._phrase_host)
        row.changed.connect(self._changed)
        row.removeRequested.connect(self._remove_phrase)
        row.testRequested.connect(self._test_phrase)
        self._phrase_layout.insertWidget(len(self._phrase_rows), row)
        self._phrase_rows.append(row)
        if mark:
            row.edit.setFocus()
            self._changed()

    def phrase_rows(self) -> list[PhraseRow]:
        return list(self._phrase_rows)

    def _remove_phrase(self, row: PhraseRow) -> None:
        self._phrase_rows.remove(row)
        row.deleteLater()
        self._changed()

    def _test_phrase(self, row: PhraseRow) -> None:
        """How the phrase resolves with the routine as edited here (not as saved) and
        the other routines as saved."""
        text = row.text()
        assistant = self.bridge.assistant
        if not text or assistant is None:
            row.result.setText("Type a phrase first." if not text else "No resolver.")
            return
        row.result.setText("Testing…")
        draft, previous = self.draft(), self.routine_name

        def show(resolution: Any) -> None:
            score = f"{round(float(resolution.score) * 100)} %"
            routine = shorten(resolution.routine or "", 40)
            if resolution.decision == "run":
                words = f"→ runs {routine} ({score})"
            elif resolution.decision == "clarify":
                words = f"→ asks “did you mean {routine}?” ({score})"
            else:
                words = "→ not recognised"
            row.result.setText(words)
            row.result.setAccessibleDescription(words)

        self.bridge.call(assistant.resolve_draft, text, draft, previous, done=show,
                         failed=lambda exc: row.result.setText(shorten(str(exc))))

    # -------------------------------------------------------------- steps

    def _new_set_step(self) -> SetStep:
        device = self._devices[0] if self._devices else None
        if device is None:
            return SetStep(device="light.unknown", set={})
        first = next(iter(device.state), "on")
        return SetStep(device=device.id, set={first: device.state.get(first)})

    def add_step(self, step: Step) -> None:
        """Add ``step`` last, chosen, with the keyboard on its first field: after "Say
        something" the focus went back to "Add step", and the words typed next went
        nowhere (or, with the command line focused, became a command)."""
        self._append_step_item(step)
        self.steps.setCurrentRow(self.steps.count() - 1)
        self._changed()
        self.step_editor.focus_step()

    def _append_step_item(self, step: Step) -> None:
        item = QListWidgetItem()
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled)
        self._set_item_step(item, step)
        self.steps.addItem(item)

    def _set_item_step(self, item: QListWidgetItem, step: Step) -> None:
        item.setData(_STEP, step)
        item.setText(step_summary(step, self._names()))
        item.setIcon(step_icon(step))

    def _names(self) -> dict[str, str]:
        return {d.id: d.name for d in self._devices}

    def _refresh_step_texts(self) -> None:
        for i in range(self.steps.count()):
            item = self.steps.item(i)
            self._set_item_step(item, item.data(_STEP))

    def step_list(self) -> list[Step]:
        return [self.steps.item(i).data(_STEP) for i in range(self.steps.count())]

    def _step_selected(self, row: int) -> None:
        item = self.steps.item(row) if row >= 0 else None
        self.step_editor.show_step(item.data(_STEP) if item is not None else None)

    def _step_edited(self, step: Step) -> None:
        item = self.steps.currentItem()
        if item is not None:
            self._set_item_step(item, step)
            self._changed()

    def move_step(self, delta: int) -> None:
        row = self.steps.currentRow()
        target = row + delta
        if row < 0 or not 0 <= target < self.steps.count():
            return
        item = self.steps.takeItem(row)
        self.steps.insertItem(target, item)
        self.steps.setCurrentRow(target)
        self._changed()

    def remove_step(self) -> None:
        row = self.steps.currentRow()
        if row >= 0:
            self.steps.takeItem(row)
            self._changed()

    def _capture(self) -> None:
        dialog = CaptureDialog(self._devices, self)
        if dialog.exec() != CaptureDialog.DialogCode.Accepted:
            return
        self.capture(dialog.chosen())

    def capture(self, device_ids: list[str]) -> None:
        """Add a step per device setting it to its current state."""
        by_id = {d.id: d for d in self._devices}
        for device_id in device_ids:
            device = by_id.get(device_id)
            if device is not None:
                self._append_step_item(SetStep(device=device.id, set=dict(device.state)))
        if device_ids:
            self.steps.setCurrentRow(self.steps.count() - 1)
            self._changed()

    # ------------------------------------------------------- validation

    def draft(self) -> Routine:
        """The routine as it stands in the editor."""
        base = self._loaded or Routine(name="", source="gui")
        old = {phrase_key(p.text): p for p in base.phrases}
        phrases = []
        for row in self._phrase_rows:
            text = row.text()
            if not text and not row.touched:
                continue  # a row just added and not typed in yet: not a problem, not saved
            kept = old.get(phrase_key(text))
            phrases.append(replace(kept, text=text) if kept else
                           Phrase(text, origin=row.phrase.origin))
        return replace(base, name=self.name.text().strip(), enabled=self.enabled.isChecked(),
                       phrases=phrases, steps=self.step_list(),
                       triggers=self.schedule.triggers())

    def problems(self) -> list[str]:
        draft = self.draft()
        problems: list[str] = []
        if not draft.name:
            problems.append("Give the routine a name.")
        for what, text in [("routine name", draft.name),
                           *(("phrase", p.text) for p in draft.phrases)]:
            if text.strip():  # empty ones get their own words below
                try:
                    check_text(text, what)  # the domain's rule, the same the store applies
                except TeachappError as exc:
                    problems.append(str(exc))
        previous = self._loaded.name.casefold() if self._loaded else None
        for other in self._routines:
            key = other.name.casefold()
            if key == draft.name.casefold() and key != previous:
                problems.append(f"There is already a routine called “{shorten(other.name)}”: "
                                "choose another name.")
            if key == previous:
                continue
            for phrase in other.phrases:
                for mine in draft.phrases:
                    if mine.text and phrase_key(mine.text) == phrase_key(phrase.text):
                        problems.append(f"“{shorten(mine.text, 40)}” already starts "
                                        f"“{shorten(other.name, 40)}”: change the phrase "
                                        "or remove it.")
        texts = [phrase_key(p.text) for p in draft.phrases]
        if not any(texts):
            problems.append("Add at least one phrase.")
        elif not all(texts):
            problems.append("A phrase is empty: type it or remove it.")
        if len(set(texts)) != len(texts):
            problems.append("Two phrases are the same: change or remove one.")
        known = {d.id for d in self._devices}
        for number, step in enumerate(draft.steps, 1):
            if isinstance(step, SetStep):
                if step.device not in known:
                    problems.append(f"Step {number}: choose a device.")
                elif not step.set:
                    problems.append(f"Step {number}: tick at least one thing to set.")
                else:
                    try:
                        validate_changes(step.device, step.set)
                    except TeachappError as exc:
                        problems.append(f"Step {number}: {exc}")
            elif isinstance(step, SayStep) and not step.text.strip():
                problems.append(f"Step {number}: type what to say.")
            elif isinstance(step, WaitStep) and not 0 < float(step.seconds) <= 3600:
                problems.append(f"Step {number}: wait between 0.1 s and an hour.")
        return problems

    def _validate(self) -> bool:
        problems = self.problems()
        show = bool(problems) and (self._dirty or self._loaded is not None)
        self.problem.setText(shorten(problems[0], 160) if show else "")
        self.problem.setToolTip(problems[0] if show else "")
        self.save_button.setEnabled(not problems and self._dirty and not self._saving)
        return not problems

    def _changed(self, *_args: Any) -> None:
        self._set_dirty(True)
        self._validate()

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirtyChanged.emit(dirty)
        self.revert_button.setEnabled(dirty)
        self.run_button.setText("Save and run" if dirty else "Run now")

    @property
    def dirty(self) -> bool:
        return self._dirty

    # ------------------------------------------------------------ saving

    def save(self, then: Callable[[], None] | None = None) -> None:
        if not self._validate():
            return
        draft = self.draft()
        if self._loaded is None:
            draft = replace(draft, source="gui")
        self._saving = True
        self.save_button.setEnabled(False)

        def done(saved: Routine) -> None:
            self._saving = False
            self.load(saved)
            self.saved.emit(saved.name)
            if then is not None:
                then()

        def failed(exc: BaseException) -> None:
            self._saving = False
            said = str(exc)
            if isinstance(exc, EditConflictError) and exc.current is None \
                    and self._loaded is not None:
                # deleted (or renamed) on another computer: the edits become a new
                # routine's, so the next Save keeps them (each Save was refused again)
                self._loaded = None
                for button in (self.run_button, self.delete_button):
                    button.setEnabled(False)
                said = (said.split(". ")[0] + ". Your save was refused; press Save again "
                        "to keep your version as a new routine.")
            self._validate()
            self.problem.setText(shorten(said, 160))  # the store's word wins
            self.problem.setToolTip(said)

        self.bridge.save_routine(draft, previous_name=self.routine_name, done=done,
                                 failed=failed)

    def _save_key(self) -> None:
        """Ctrl+S: save, or say in the status bar why nothing was saved."""
        if self.save_button.isEnabled():
            self.save()
            return
        problems = self.problems() if self._dirty else []
        said = (f"Not saved: {problems[0]}" if problems else "Nothing to save: no changes."
                if not self._dirty else "")
        window = self.window()
        if said and isinstance(window, QMainWindow):
            window.statusBar().showMessage(shorten(said, 300), 8000)

    def leave(self, then: Callable[[], None]) -> None:
        """Call ``then`` once it is fine to show something else (asks when unsaved)."""
        if not self._dirty:
            then()
            return
        name = shorten(self.name.text().strip(), 60) or "the new routine"
        answer = QMessageBox.question(
            self, "Unsaved changes", f"Save your changes to “{name}”?",
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard |
            QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
        if answer == QMessageBox.StandardButton.Save:
            if self._validate():
                self.save(then)
        elif answer == QMessageBox.StandardButton.Discard:
            self.load(self._loaded)
            then()

    def run_now(self) -> None:
        if self._dirty:
            self.save(lambda: self.bridge.run_routine(self.routine_name or ""))
        elif self._loaded is not None:
            self.bridge.run_routine(self._loaded.name)

    def _delete(self) -> None:
        if self._loaded is None:
            return
        name = self._loaded.name
        answer = QMessageBox.question(
            self, "Delete routine",
            f"Delete “{shorten(name, 60)}” and its phrases? Undo brings it back.")
        if answer == QMessageBox.StandardButton.Yes:
            # (said first, while the focus is still on Delete: the window moves it on
            # before the emptied editor disables the button)
            self.bridge.delete_routine(name, done=lambda _n: (self.deleted.emit(name),
                                                              self.load(None)))
