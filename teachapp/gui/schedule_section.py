"""The routine editor's Schedule section: the routine's triggers, added in words.

"every weekday at 7", "at sunset", "15 minutes before sunrise", "in 10 minutes" are
read by the same parser as the spoken "run X every weekday at 7"
(``conversation.schedule_talk``), and checked by the same rule before they are added
(``schedule.check_trigger``: "at sunset" with no home location set is refused, saying
how to set it), so the window and voice agree. An hour written without "am" or "pm"
is read by chat's one rule (``conversation.half_of_day``): the routine's name places it
("Movie night", "every friday at 8": 20:00), else the problem line says to write "8
am" or "8 pm", where chat asks "8 in the morning or in the evening?" (it took 08:00).

A trigger this home cannot keep (it came with an import, or the location was removed
after it was added) is marked in the list as unable to run, and the problem line says
how to fix it, in ``check_trigger``'s words; the next run shown is of the others.

Under the list, the next run of the saved routine, any skipped run, and a button to
skip the next run or take the skip back ("Run it after all"): the window calls the
same functions as "skip the next movie night" and "run movie night on friday after
all" (``conversation.skips``), on the bridge's worker, never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ..clock import local_now
from ..conversation.half_of_day import clock_hour, half_to_write, placed
from ..conversation.schedule_talk import parse_schedule_request
from ..conversation.skips import SkipStatus, skip_run, skip_status, unskip_run
from ..errors import ScheduleError, TeachappError
from ..schedule import check_trigger, run_said
from ..triggers import Trigger, describe_trigger
from .icons import icon
from .widgets import LineLabel, styled_label

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
        self._fit_list()
        layout.addWidget(self.list)
        self.unscheduled = styled_label(_UNSCHEDULED, self, "muted", wrap=True)
        self.unscheduled.setAccessibleName("Not scheduled")
        layout.addWidget(self.unscheduled)
        row = QHBoxLayout()
        self.entry = QLineEdit(self)
        self.entry.setAccessibleName("New schedule")
        self.entry.setPlaceholderText("every weekday at 7 am · at sunset · 15 minutes before "
                                      "sunrise · in 10 minutes")
        self.entry.returnPressed.connect(self.add_from_text)
        row.addWidget(self.entry, 1)
        self.add_button = QPushButton(icon("add"), "Add", self)
        self.add_button.clicked.connect(self.add_from_text)
        row.addWidget(self.add_button)
        self.remove_button = QPushButton(icon("delete"), "Remove", self)
        self.remove_button.clicked.connect(self.remove_selected)
        self.remove_button.setToolTip("Remove the schedule chosen in the list")
        self.list.currentRowChanged.connect(lambda _row: self._enable_remove())
        row.addWidget(self.remove_button)
        layout.addLayout(row)
        runs = QHBoxLayout()
        self.next_run = LineLabel(self)
        self.next_run.setAccessibleName("Next run")
        runs.addWidget(self.next_run, 1)
        self.skip_button = QPushButton("Skip next run", self)
        self.skip_button.setAccessibleName("Skip next run")
        self.skip_button.clicked.connect(self.toggle_skip)
        self.skip_button.hide()
        runs.addWidget(self.skip_button)
        layout.addLayout(runs)
        self.problem = LineLabel(self)
        self.problem.setObjectName("error")
        layout.addWidget(self.problem)
        self._bridge: Any = None
        self._routine: str | None = None
        self._status: SkipStatus | None = None
        self._unable: dict[int, str] = {}
        """The triggers (by row) this home cannot keep, with what to do about it."""
        self.routine_name: Callable[[], str] = lambda: self._routine or ""
        """The routine's name as the editor has it: it places an hour written without
        "am" or "pm" as chat's rule does ("Movie night", "every friday at 8": 20:00)."""
        self._refresh()

    # ------------------------------------------------------------ skipped runs

    def attach(self, bridge: Any) -> None:
        """Read and skip runs through ``bridge`` (its worker, the engine's functions);
        a change said by voice or made elsewhere shows here too."""
        self._bridge = bridge
        bridge.routinesChanged.connect(self.refresh_runs)
        bridge.engineReady.connect(lambda _engine: self.refresh_runs())

    def show_routine(self, name: str | None) -> None:
        """The saved routine whose runs are shown (None: a new one, nothing to show)."""
        self._routine = name
        self.refresh_runs()

    def _engine_call(self, func: Any) -> Any:
        """``func(store, routine, place, now)`` bound to the engine, to run on the
        bridge's worker (the place reads settings); None without an engine or routine."""
        assistant = self._bridge.assistant if self._bridge is not None else None
        name = self._routine
        if assistant is None or not name:
            return None
        return lambda: func(assistant.store, name, assistant.place(), assistant.now())

    def refresh_runs(self) -> None:
        self._check_triggers()
        call = self._engine_call(skip_status)
        if call is None:
            self._show_status(None)
            return
        name = self._routine
        self._bridge.call(call,
                          done=lambda status: self._show_status(status, name),
                          failed=lambda _exc: self._show_status(None))

    def _show_status(self, status: SkipStatus | None, name: str | None = None) -> None:
        if name is not None and name != self._routine:
            return  # (another routine was opened meanwhile)
        self._status = status
        if status is None or not status.scheduled:
            self.next_run.clear()
            self.skip_button.hide()
            return
        parts = [f"Skipping {_when(run)}" for run in status.skipped]
        parts.append(f"Next run: {_when(status.next_run)}" if status.next_run
                     else "No run after that")
        self.next_run.setText(" · ".join(parts))
        first_skipped = status.first_run is not None and status.first_run in status.skipped
        self.skip_button.setText("Run it after all" if first_skipped else "Skip next run")
        self.skip_button.setToolTip(
            f"Run {_when(status.first_run)} as scheduled" if first_skipped and
            status.first_run else "Leave out the next run only; the schedule stays")
        self.skip_button.setEnabled(True)
        self.skip_button.show()

    def toggle_skip(self) -> None:
        """Skip the next run, or (when it is skipped) run it after all."""
        status = self._status
        undo = status is not None and status.first_run is not None and \
            status.first_run in status.skipped
        call = self._engine_call(unskip_run if undo else skip_run)
        if call is None or status is None:
            return
        self.skip_button.setEnabled(False)
        self._bridge.call(call, done=self._skipped, failed=self._skip_failed)

    def _skipped(self, reply: str) -> None:
        self.problem.clear()
        self.next_run.setToolTip(reply)
        self.refresh_runs()

    def _skip_failed(self, exc: BaseException) -> None:
        self._say_problem(str(exc))
        self.refresh_runs()

    # ------------------------------------------------------------ triggers

    def set_triggers(self, triggers: list[Trigger]) -> None:
        self._triggers = list(triggers)
        self._unable = {}
        self.problem.clear()
        self.entry.clear()
        self._refresh()
        self._check_triggers()

    def triggers(self) -> list[Trigger]:
        return list(self._triggers)

    def _refresh(self) -> None:
        self.list.clear()
        for row, trigger in enumerate(self._triggers):
            said = describe_trigger(trigger)
            problem = self._unable.get(row)
            self.list.addItem(f"⚠ {said} — cannot run" if problem else said)
            if problem:
                self.list.item(row).setToolTip(problem)
        self._fit_list()
        # With none, a line says so and what to do (the list was an empty box), and
        # Remove, with nothing to remove, is off (it was pressed to no effect).
        self.list.setVisible(bool(self._triggers))
        self.unscheduled.setVisible(not self._triggers)
        self._enable_remove()

    def _enable_remove(self) -> None:
        self.remove_button.setEnabled(0 <= self.list.currentRow() < len(self._triggers))

    def _check_triggers(self) -> None:
        """Check the triggers shown as one being added is (``check_trigger``, on the
        worker: the place reads settings), so one that cannot run says so here, not only
        in the conversation when the scheduler meets it."""
        assistant = self._bridge.assistant if self._bridge is not None else None
        triggers = list(self._triggers)
        if assistant is None or not triggers:
            self._show_unable(triggers, {})
            return

        def check() -> dict[int, str]:
            place, now = assistant.place(), assistant.now()
            unable: dict[int, str] = {}
            for row, trigger in enumerate(triggers):
                try:
                    check_trigger(trigger, place, now)
                except ScheduleError as exc:
                    unable[row] = str(exc)
            return unable

        self._bridge.call(check, done=lambda unable: self._show_unable(triggers, unable),
                          failed=lambda _exc: None)

    def _show_unable(self, triggers: list[Trigger], unable: dict[int, str]) -> None:
        if triggers != self._triggers:
            return  # (edited meanwhile: that edit checks again)
        said_before = set(self._unable.values())
        if unable != self._unable:
            self._unable = unable
            current = self.list.currentRow()
            self._refresh()
            self.list.setCurrentRow(current)
        if unable:
            self._say_problem(next(iter(unable.values())))
        elif self.problem.text() in said_before:
            self.problem.clear()

    def _fit_list(self) -> None:
        """As tall as its triggers, one row to three (then it scrolls): an empty
        schedule took 70 px that a long routine's steps needed."""
        row = (self.list.sizeHintForRow(0) if self.list.count()
               else self.list.fontMetrics().height() + 6)
        rows = min(max(self.list.count(), 1), 3)
        self.list.setFixedHeight(rows * max(row, 1) + 2 * self.list.frameWidth() + 4)

    def add_from_text(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        try:
            request = parse_schedule_request(f"run it {text}", local_now())
        except TeachappError as exc:
            self._say_problem(str(exc))
            return
        if request is None or request.trigger is None:
            self._say_problem(f"I did not understand {text!r}; write it like \"every "
                              "weekday at 7\", \"at sunset\" or \"in 10 minutes\".")
            return
        trigger = placed(request.trigger, self.routine_name(), text.lower())
        if trigger is None:  # (chat asks "8 in the morning or in the evening?"; a form
            # cannot, so it says how to write it: it took 08:00)
            at = clock_hour(request.trigger)
            assert at is not None
            self._say_problem(half_to_write(at))
            return
        assistant = self._bridge.assistant if self._bridge is not None else None
        if assistant is None:  # (no engine yet: checked when it is said or runs)
            self._add(trigger, text)
            return
        # The engine's check, as "run X at sunset" said: with no home location set,
        # "at sunset" is refused here with how to set it, not taken in silence.
        self._bridge.call(lambda: check_trigger(trigger, assistant.place(), assistant.now()),
                          done=lambda _when: self._add(trigger, text),
                          failed=self._refused)

    def _add(self, trigger: Trigger, text: str) -> None:
        self.problem.clear()
        if self.entry.text().strip() == text:
            self.entry.clear()
        if trigger not in self._triggers:
            self._triggers.append(trigger)
            self._refresh()
            self._check_triggers()
            self.changed.emit()

    def _refused(self, exc: BaseException) -> None:
        self._say_problem(str(exc) if isinstance(exc, TeachappError)
                          else f"This schedule could not be checked: {exc}")

    def _say_problem(self, text: str) -> None:
        self.problem.setText(text)
        self._fit_pane()
        QTimer.singleShot(0, self._fit_pane)  # again once the lines are laid out

    def _fit_pane(self) -> None:
        """A problem of several lines shows whole: the editor's splitter pane grows,
        taking from the largest other pane (the steps), which keeps 120 px; before, its
        lines were cut to half their height."""
        split = self.parentWidget()
        layout = self.layout()
        if not isinstance(split, QSplitter) or layout is None:
            return
        self.problem.updateGeometry()
        need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                else layout.totalSizeHint().height())
        sizes = split.sizes()
        here = split.indexOf(self)
        if here < 0 or need <= sizes[here]:
            return
        other = max((i for i in range(len(sizes)) if i != here), key=lambda i: sizes[i])
        give = min(need - sizes[here], max(sizes[other] - 120, 0))
        sizes[other] -= give
        sizes[here] += give
        split.setSizes(sizes)

    def remove_selected(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self._triggers):
            del self._triggers[row]
            self._unable = {}
            self._refresh()
            self._check_triggers()
            self.changed.emit()


_UNSCHEDULED = ("Not scheduled: it runs when you say it or press Run. To run it at set "
                "times, write when below and press Add.")


def _when(moment: datetime | None) -> str:
    return "" if moment is None else run_said(moment)
