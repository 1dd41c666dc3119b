"""History: every turn with its explanation (the same words as "why did you do
that?"), "teach this" and "assign to" on the ones that missed, and the aliases the
assistant learned (with where they came from)."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..clock import local_now
from ..conversation.models import worth_teaching
from ..domain import Routine, counted, listed_name, name_in_sentence, sentence_start, shorten
from ..store import Interaction, phrase_key
from .bridge import Bridge
from .history_words import did_words, ended_words, learned_words, origin_words
from .icons import icon
from .routine_chooser import MENU_ALL, RoutineChooser, used_last
from .widgets import styled_label, tool_button

__all__ = ["HistoryView"]

_COLUMNS = ("Time", "Heard", "Did", "Score", "Routine", "How it ended", "")
"""(It said "Decision" and "Outcome", with the log's values: "clarify", "awareness".)"""
_ACTIONS = len(_COLUMNS) - 1
"""The column of a missed turn's "Teach this" and "Assign to"."""


def _seconds(at: datetime) -> float:
    """A logged time (naive UTC) as a Unix time, as renames are compared."""
    return (at if at.tzinfo is not None else at.replace(tzinfo=timezone.utc)).timestamp()


def _when(at: datetime | None) -> str:
    if at is None:
        return ""
    if at.tzinfo is None:
        at = at.replace(tzinfo=timezone.utc)
    local = at.astimezone()
    today = local_now().date()
    return local.strftime("%H:%M:%S" if local.date() == today else "%d %b %H:%M")


_COLUMN_TIPS = {2: "What the assistant did with the words: ran a routine, asked which one "
                   "was meant, set devices, replied, or did not understand them",
                3: "How closely the words matched the routine's phrases",
                5: "How the turn ended"}

NO_TURNS = ("Nothing said or typed yet. Each command, question and answer is listed here "
            "with what was done and why.")

MIN_HEARD = 200
"""Pixels the heard words keep however narrow the window (the table scrolls sideways)."""

NO_ALIASES = ("None yet. A phrase given to a routine with “Assign to”, learned from a "
              "rephrase, or added in the routine editor is listed here.")

PAGE = 300
"""Turns read at a time: the newest as the page opens, then the next older ones each
time the list is scrolled to its end (or "Show older turns" is pressed). It showed the
newest 300 alone: older turns could not be reached."""

SHOW_OLDER = "Show older turns"


def newer_words(count: int) -> str:
    """The bar over a history scrolled down when turns were logged meanwhile."""
    many = f"{PAGE}+ newer turns" if count >= PAGE else counted(count, "newer turn")
    return f"↑ {many} since this page was read: show the newest"

ALIASES_TITLE = "Phrases added since teaching"
"""Learned from a rephrase, assigned here, or added by hand in the editor."""


class HistoryView(QWidget):
    """The turn log and the learned aliases. ``teachRequested`` after "Teach this"."""

    teachRequested = Signal(int)

    def __init__(self, bridge: Bridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._routines: list[str] = []
        self._said: dict[str, list[str]] = {}
        self._recent: list[str] = []
        self._phrases: set[str] = set()
        self.chooser: RoutineChooser | None = None
        self._turns: list[Interaction] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        split = QSplitter(Qt.Orientation.Vertical, self)
        layout.addWidget(split)

        top = QWidget(split)
        tl = QVBoxLayout(top)
        tl.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        head.addWidget(styled_label("Every turn", top, "sectionTitle"))
        head.addWidget(styled_label("A missed phrase can be taught or given to a routine: "
                                    "the assistant learns from it.", top, "muted"), 1)
        refresh = tool_button(top, "reload", "Reload the history (F5)", self.refresh,
                              name="Reload history")
        reload_key = QShortcut(QKeySequence("F5"), self)
        reload_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        reload_key.activated.connect(self.refresh)
        head.addWidget(refresh)
        tl.addLayout(head)
        self.newer = QPushButton("", top)
        self.newer.setAccessibleName("Newer turns arrived: show the newest")
        self.newer.setToolTip("Turns were logged while you read older ones; your place "
                              "is kept until you press this (or F5)")
        self.newer.clicked.connect(self.refresh)
        self.newer.hide()
        tl.addWidget(self.newer)
        self.table = QTableWidget(0, len(_COLUMNS), top)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.table.setHorizontalHeaderLabels(list(_COLUMNS))
        for column, tip in _COLUMN_TIPS.items():
            header_item = self.table.horizontalHeaderItem(column)
            if header_item is not None:
                header_item.setToolTip(tip)
        self.table.setAccessibleName("History of turns")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2, 3, 4, 5, 6):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        tl.addWidget(self.table)
        self.older = QPushButton(SHOW_OLDER, top)
        self.older.setAccessibleName("Show older turns in the history")
        self.older.setToolTip(f"Read the {PAGE} turns before the oldest one shown "
                              "(scrolling to the end of the list does it too)")
        self.older.clicked.connect(self.show_older)
        self.older.hide()
        tl.addWidget(self.older)
        self._more = False
        """Whether turns older than the oldest shown may exist (the last page was full)."""
        self._loading = False
        self._generation = 0
        """Raised by each refresh: an older page read before it is dropped."""
        self.table.verticalScrollBar().valueChanged.connect(self._scrolled)
        self.why = styled_label(NO_TURNS, top, "muted")
        self.why.setWordWrap(True)
        self.why.setAccessibleName("Why this turn went as it did")
        self.why.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        tl.addWidget(self.why)
        self._explanations: list[str] = []
        self.table.currentCellChanged.connect(lambda row, *_: self._show_why(row))

        bottom = QWidget(split)
        bl = QVBoxLayout(bottom)
        bl.setContentsMargins(0, 8, 0, 0)
        # (not "Learned phrases": a phrase added by hand in the editor is listed too)
        bl.addWidget(styled_label(ALIASES_TITLE, bottom, "sectionTitle"))
        self.aliases = QTableWidget(0, 4, bottom)
        self.aliases.setTabKeyNavigation(False)  # Tab leaves the table (arrows move in it)
        self.aliases.setHorizontalHeaderLabels(["Also answers to", "Routine", "Came from", ""])
        self.aliases.setAccessibleName(ALIASES_TITLE)
        self.aliases.verticalHeader().hide()
        self.aliases.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.aliases.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        aheader = self.aliases.horizontalHeader()
        aheader.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            aheader.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        bl.addWidget(self.aliases)
        self.no_aliases = styled_label(NO_ALIASES, bottom, "muted", wrap=True)
        bl.addWidget(self.no_aliases)
        bl.addStretch(1)
        self.aliases.hide()  # (an empty table with headers alone said nothing)
        split.setSizes([420, 180])
        split.setStretchFactor(0, 3)  # a small window gives its height to the turns
        split.setStretchFactor(1, 1)
        self.table.viewport().installEventFilter(self)

    # ----------------------------------------------------------------- data

    def set_routine_names(self, names: list[str]) -> None:
        """The routines "Assign to" offers, the one used last first."""
        self._routines = list(names)
        self._recent = []
        self._said = {}

    def set_routines(self, routines: list[Routine]) -> None:
        """The routines "Assign to" offers: the menu lists those used last, the
        chooser finds any by its name or phrases."""
        self._routines = [r.name for r in routines]
        self._recent = used_last(routines)
        self._said = {r.name: r.phrase_texts() for r in routines}

    def refresh(self) -> None:
        """Re-read the newest turns and the aliases on the worker thread."""
        engine = self.bridge.engine
        if engine is None:
            return
        self._generation += 1
        self.newer.hide()
        self._load(None)
        if engine.assistant is not None:
            self.bridge.call(engine.assistant.learned_alias_details, done=self.set_aliases)

    def turns_logged(self) -> None:
        """Turns were logged (here or elsewhere). At the top of the first page the
        newest are read again, as nothing is lost; scrolled down, or with older pages
        added, the place is kept and a bar says how many newer turns there are (the
        list jumped back to the newest 300 while the person read older ones)."""
        engine = self.bridge.engine
        if engine is None:
            return
        newest = max((turn.id for turn in self._turns if turn.id is not None), default=None)
        if newest is None or (self.table.verticalScrollBar().value() == 0
                              and len(self._turns) <= PAGE):
            self.refresh()
            return
        store, generation = engine.store, self._generation

        def counted_newer() -> int:
            return len(store.interactions(limit=PAGE, after=newest))

        def known(count: int) -> None:
            if generation == self._generation and count:
                self.newer.setText(newer_words(count))
                self.newer.show()

        self.bridge.call(counted_newer, done=known)

    def show_older(self) -> None:
        """Add the page of turns before the oldest one shown (at the list's end)."""
        if self._loading or not self._more or self.bridge.engine is None:
            return
        oldest = min((turn.id for turn in self._turns if turn.id is not None), default=None)
        if oldest is not None:
            self._load(oldest)

    def _scrolled(self, value: int) -> None:
        self._place_actions()
        bar = self.table.verticalScrollBar()
        if value and value >= bar.maximum():
            self.show_older()

    def _load(self, before: int | None) -> None:
        """Read a page on the worker: the newest (``before`` None) replaces the list,
        an older one is added under it."""
        engine = self.bridge.engine
        if engine is None:
            return
        assistant = engine.assistant
        store = engine.store
        generation = self._generation

        def load() -> tuple[list[Any], dict[tuple[str, float], str], set[str]]:
            from ..store import last_rename, names_now

            turns: list[Any] = assistant.history(PAGE, before) if assistant is not None \
                else store.interactions(limit=PAGE, before=before)
            phrases = {phrase_key(p) for r in store.routines() for p in r.phrase_texts()}
            if last_rename(store) is None:  # (nothing renamed: no lookup)
                return turns, {}, phrases
            # A routine renamed since is named as it ran and as it is called now, as the
            # device history and "why is the lamp on?" say it. (A second before the turn:
            # the turn that renamed it is logged after the rename.)
            named = {(turn.routine, _seconds(turn.at) - 1.0)
                     for turn in (t[0] if isinstance(t, tuple) else t for t in turns)
                     if turn.routine and turn.at is not None}
            return turns, names_now(store, named), phrases

        def loaded(result: tuple[list[Any], dict[tuple[str, float], str], set[str]]) -> None:
            self._loading = False
            if generation != self._generation:
                return  # a refresh came meanwhile: its newest page is shown
            if before is None:
                self.set_turns(*result)
            else:
                self.add_turns(result[0], result[1])

        def failed(exc: BaseException) -> None:
            self._loading = False
            self.bridge.error.emit(f"The history cannot be read: {exc}")

        self._loading = True
        self.bridge.call(load, done=loaded, failed=failed)

    def set_turns(self, turns: list[Interaction] | list[tuple[Interaction, list[str]]],
                  renamed: dict[tuple[str, float], str] | None = None,
                  phrases: set[str] | None = None) -> None:
        """Show turns (each with its explanation lines, when given); ``renamed``: the
        name each (routine, a second before the turn) has now, when renamed since;
        ``phrases``: every routine's phrases now (phrase_key), which need no teaching."""
        self._phrases = phrases or set()
        self._turns = []
        self._explanations = []
        self.table.setRowCount(0)
        self.table.verticalScrollBar().setValue(0)  # (the newest page opens at its top)
        self._add(turns, renamed or {})
        self._show_why(self.table.currentRow())

    def add_turns(self, turns: list[Interaction] | list[tuple[Interaction, list[str]]],
                  renamed: dict[tuple[str, float], str] | None = None) -> None:
        """Add older turns under those shown (the next page)."""
        self._add(turns, renamed or {})

    def _add(self, turns: list[Interaction] | list[tuple[Interaction, list[str]]],
             renamed: dict[tuple[str, float], str]) -> None:
        pairs = [t if isinstance(t, tuple) else (t, []) for t in turns]
        self._more = len(pairs) >= PAGE
        self.older.setVisible(self._more)
        first = self.table.rowCount()
        header = self.table.horizontalHeader()
        sized = [c for c in range(header.count())
                 if header.sectionResizeMode(c) == QHeaderView.ResizeMode.ResizeToContents]
        for column in sized:  # (measured once below, not at every cell: 2,000 rows took
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # s)
        self.table.setRowCount(first + len(pairs))
        for row, (turn, lines) in enumerate(pairs, start=first):
            now = renamed.get((turn.routine or "", _seconds(turn.at) - 1.0)) \
                if turn.at is not None else None
            routine = listed_name(turn.routine or "")
            if now is not None:
                routine += f" (now called {now})"
                lines = [*lines, f"{sentence_start(turn.routine or '')} is now called "
                                 f"{name_in_sentence(now)}."]
            self._turns.append(turn)
            self._explanations.append("\n".join(lines))
            score = f"{round(float(turn.score or 0) * 100)} %" \
                if turn.decision in ("run", "clarify", "reject") else ""
            button = "  (Undo button)" if turn.outcome == "undo" else "  (Run button)"
            heard = shorten(turn.heard, 120) + {"audio": "  (spoken)", "button": button
                                                }.get(str(turn.source), "")
            values = (_when(turn.at), heard, did_words(turn.decision, turn.outcome or ""),
                      score, routine, ended_words(turn.outcome or ""))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 3:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight |
                                          Qt.AlignmentFlag.AlignVCenter)
                if column == 1:
                    item.setToolTip(shorten(turn.heard, 500) + (
                        f"\nRecogniser confidence {round(turn.confidence * 100)} %"
                        if turn.confidence is not None else ""))
                elif self._explanations[row]:
                    item.setToolTip(self._explanations[row])
                if column == 4:
                    item.setText(shorten(value, 80))
                self.table.setItem(row, column, item)
        for column in sized:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self._fit_heard()
        self._place_actions()

    def _place_actions(self) -> None:
        """"Teach this" and "Assign to" on the missed turns in view: made as their rows
        come into view, as each costs a widget of its own (20 KB; 3,000 turns of
        which most are never seen)."""
        rows = self.table.rowCount()
        if not rows:
            return
        top = max(0, self.table.rowAt(0))
        bottom = self.table.rowAt(self.table.viewport().height())
        made = False
        for row in range(top, rows if bottom < 0 else min(rows, bottom + 2)):
            if self.table.cellWidget(row, 6) is None and self._missed(self._turns[row]):
                box = self._actions(self._turns[row])
                header = self.table.verticalHeader()
                if box.sizeHint().height() > header.defaultSectionSize():
                    header.setDefaultSectionSize(box.sizeHint().height())
                self.table.setCellWidget(row, 6, box)
                made = True
        if made and self.table.columnWidth(6) < self.table.sizeHintForColumn(6):
            self.table.horizontalHeader().resizeSections()  # (by each one's mode: the
            # buttons' column fits them; set alone, a cell widget does not resize it)
            self._fit_heard()

    def _show_why(self, row: int) -> None:
        """The selected turn's explanation under the table (with no turn yet, what the
        list will hold: it said "Select a turn …" under an empty table)."""
        if 0 <= row < len(self._explanations) and self._explanations[row]:
            self.why.setText(self._explanations[row])
        else:
            self.why.setText("Select a turn to see why it went as it did."
                             if self.table.rowCount() else NO_TURNS)

    def _missed(self, turn: Interaction) -> bool:
        return turn.id is not None and worth_teaching(
            turn.decision, turn.outcome,
            now_a_phrase=phrase_key(turn.heard or "") in self._phrases)

    def _actions(self, turn: Interaction) -> QWidget:
        box = QWidget(self.table)
        row = QHBoxLayout(box)
        row.setContentsMargins(4, 0, 4, 0)
        row.setSpacing(4)
        teach = QPushButton(icon("teach"), "Teach this", box)
        teach.setAccessibleName(f"Teach “{shorten(turn.heard)}”")
        teach.setToolTip("Teach a new routine for this phrase")
        teach.clicked.connect(lambda: self.teach(turn.id or 0))
        assign = QPushButton("Assign to", box)
        assign.setAccessibleName(f"Assign “{shorten(turn.heard)}” to a routine")
        assign.setToolTip("This phrase meant an existing routine")
        # (the menu is made as it opens: one kept per missed turn cost memory and time)
        assign.clicked.connect(lambda: self.assign_menu(turn, assign).popup(
            assign.mapToGlobal(assign.rect().bottomLeft())))
        row.addWidget(teach)
        row.addWidget(assign)
        return box

    def assign_menu(self, turn: Interaction, button: QWidget | None = None) -> QMenu:
        """The routines to give a missed turn's words to: every one when there are a
        few; else the ones used last and "Other routine…", the chooser with a search
        (it listed all 1,500 of a large household in one menu)."""
        menu = QMenu(button or self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        interaction_id = turn.id or 0
        many = len(self._routines) > MENU_ALL
        names = self._recent if many else self._routines
        if many and names:
            menu.addSection("Used last")
        for name in names:
            menu.addAction(shorten(listed_name(name)),
                           lambda n=name: self.assign(interaction_id, n))
        if many:
            menu.addSeparator()
            menu.addAction(f"{'Other routine' if names else 'Choose a routine'}… "
                           f"({len(self._routines):,} in all)",
                           lambda: self.choose_routine(turn))
        if not self._routines:
            menu.addAction("(no routines yet)").setEnabled(False)
        return menu

    def choose_routine(self, turn: Interaction) -> RoutineChooser:
        """The chooser for a missed turn; choosing a routine assigns the words to it."""
        chooser = RoutineChooser(self._routines, self._said, turn.heard or "", self)
        chooser.chosen.connect(lambda name: self.assign(turn.id or 0, name))
        self.chooser = chooser  # (kept for tests and screen readers while open)

        def closed(_result: int) -> None:
            if self.chooser is chooser:
                self.chooser = None
            chooser.deleteLater()

        chooser.finished.connect(closed)
        chooser.open()
        chooser.search.setFocus()
        return chooser

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        if event.type() == QEvent.Type.Resize and watched is self.table.viewport():
            self._fit_heard()
            self._place_actions()
        return super().eventFilter(watched, event)

    def _fit_heard(self) -> None:
        """The heard words keep room to be read: on a narrow window (1024 pixels at
        scale 1.5) the stretched column shrank to three letters beside the others;
        it now keeps ``MIN_HEARD`` pixels and the table scrolls sideways instead."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != 1)
        narrow = self.table.viewport().width() - others < MIN_HEARD
        mode = QHeaderView.ResizeMode.Interactive if narrow else \
            QHeaderView.ResizeMode.Stretch
        if header.sectionResizeMode(1) != mode:
            header.setSectionResizeMode(1, mode)
        if narrow:
            header.resizeSection(1, MIN_HEARD)
        # Narrow, "Teach this" and "Assign to" come next to the words they are for: in
        # the last column they were off to the right, seen only by scrolling sideways
        # (1280x720 at scale 1.5), so a missed phrase showed no way to teach it.
        place = 2 if narrow else header.count() - 1
        if header.visualIndex(_ACTIONS) != place:
            header.moveSection(header.visualIndex(_ACTIONS), place)

    def set_aliases(self, aliases: list[Any]) -> None:
        self.aliases.setVisible(bool(aliases))
        self.no_aliases.setVisible(not aliases)
        self.aliases.setRowCount(len(aliases))
        for row, entry in enumerate(aliases):
            phrase, routine, origin = (entry[0], entry[1], entry[2]) \
                if isinstance(entry, (tuple, list)) else \
                (entry.phrase, entry.routine, entry.origin)
            routine = getattr(routine, "name", routine)
            came, why = (learned_words(entry.how, entry.reason, entry.learned_at)
                         if hasattr(entry, "how") else (origin_words(origin), ""))
            shown = (phrase, listed_name(str(routine)), came)
            for column, value in enumerate(shown):
                item = QTableWidgetItem(shorten(str(value), 80))
                item.setToolTip(shorten(str(value) + (f"\n{why}" if why and column == 2
                                                      else ""), 500))
                self.aliases.setItem(row, column, item)
            remove = QPushButton(icon("delete"), "Remove", self.aliases)
            remove.setAccessibleName(f"Remove the phrase {shorten(phrase)}")
            remove.clicked.connect(lambda _c=False, p=phrase, r=routine: self.remove_alias(r, p))
            self.aliases.setCellWidget(row, 3, remove)

    # -------------------------------------------------------------- actions

    def teach(self, interaction_id: int) -> None:
        assistant = self.bridge.assistant
        if assistant is None:
            return
        self.bridge.call(assistant.teach_from_history, interaction_id,
                         done=lambda _r: self.teachRequested.emit(interaction_id))

    def assign(self, interaction_id: int, routine: str) -> None:
        assistant = self.bridge.assistant
        if assistant is None:
            return
        self.bridge.call(assistant.assign, interaction_id, routine,
                         done=lambda _r: self.refresh())

    def remove_alias(self, routine: str, phrase: str) -> None:
        assistant = self.bridge.assistant
        if assistant is None:
            return

        def removed(_result: object) -> None:
            self.bridge.routinesChanged.emit()
            self.refresh()

        self.bridge.call(assistant.remove_alias, routine, phrase, done=removed)

