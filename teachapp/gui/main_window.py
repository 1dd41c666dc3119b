"""The main window: routines on the side, the home / editor / history in tabs, the
conversation strip at the bottom and the engine's state in the status bar."""

from __future__ import annotations

import logging
import time
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..domain import Device, Routine, shorten, spoken_list
from ..errors import ConfigError
from ..logs import logging_problem
from ..paths import cache_problem
from ..settings import Settings
from ..store import aware
from .awareness import attach_awareness
from .bridge import Bridge
from .conversation import ConversationStrip
from .device_panel import DevicePanel
from .guide import HOW_TEACHING_WORKS, FirstRunGuide, ShortcutsDialog, shortcut_rows
from .household import UnreachableBanner
from .icons import app_icon, icon
from .pages import LazyPages
from .routine_list import RoutineList
from .status import StatusProbe
from .tab_order import next_stop, tab_stops
from .timers_card import attach_timers

if TYPE_CHECKING:
    from .awareness import DeviceHistoryView
    from .history import HistoryView
    from .routine_editor import RoutineEditor
    from .teach_panel import TeachPanel

__all__ = ["MainWindow"]

log = logging.getLogger(__name__)


_WELCOME = ("Welcome! Nothing is taught yet: press “Teach a phrase” (Ctrl+T) or type "
            "“teach” to teach me your first phrase.")
"""The first start's line in the conversation; it goes once anything is taught."""


class MainWindow(QMainWindow):
    """teachapp's window. Takes the bridge; fills itself when the engine is ready."""

    def __init__(self, bridge: Bridge, settings: Settings) -> None:
        super().__init__()
        self.bridge = bridge
        self.settings = settings
        self.devices: list[Device] = []
        self.routines: list[Routine] = []
        self.snapshot: Any = None
        """The routines and devices as stored, painted before the engine was ready."""
        self._history_stale = True
        """Turns happened while the History tab was hidden: reload it when shown."""
        self._just_taught: str | None = None
        """The routine teaching made last, chosen in the list."""
        self._teach_started = 0.0
        self._reopen: str | None = None
        """A routine brought back by undo, shown in the editor once the list is read."""
        self.remember_geometry = True
        """False for screenshots: they must not change the person's saved layout."""
        self.setWindowTitle("teachapp[*]")  # [*]: where Qt marks unsaved changes
        self.setWindowIcon(app_icon())
        room = self.screen().availableGeometry()
        # (900x600 on a 1024x768 screen at QT_SCALE_FACTOR=1.5, 683x512 to Qt, put a
        # third of the window off the screen, its command line and status bar below it)
        self.setMinimumSize(min(900, room.width()), min(600, room.height()))
        ptt = str(settings.get("gui", "push_to_talk", "F2"))
        self._ptt_key = QKeySequence(ptt)[0].key() if QKeySequence(ptt).count() else Qt.Key.Key_F2

        self.routine_list = RoutineList(self)
        self.panel = DevicePanel(self)
        self.strip = ConversationStrip(ptt, self)
        self.guide = FirstRunGuide(self)
        self.guide.hide()
        home = QWidget(self)
        home_layout = QVBoxLayout(home)
        home_layout.setContentsMargins(12, 10, 12, 0)
        home_layout.setSpacing(6)
        home_layout.addWidget(self.guide)
        home_layout.addWidget(self.panel, 1)  # (the teaching panel goes above it: _teach)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages = LazyPages(self.tabs, self)
        """The pages hidden at start, built when first shown or asked for: the Routine
        and History tabs, the teaching panel (and awareness's Device history)."""
        self.tabs.addTab(home, icon("room"), "&Home")
        self.pages.add_tab("editor", self._editor, icon("routine"), "&Routine")
        self.pages.add_tab("history", self._history, icon("history"), "Hi&story")
        self.pages.add("teach", self._teach)
        self.tabs.currentChanged.connect(self._tab_changed)
        side = QSplitter(Qt.Orientation.Horizontal, self)
        side.addWidget(self.routine_list)
        side.addWidget(self.tabs)
        side.setStretchFactor(1, 1)
        side.setSizes([250, 900])
        side.setChildrenCollapsible(False)
        self.split = QSplitter(Qt.Orientation.Vertical, self)
        self.split.addWidget(side)
        self.split.addWidget(self.strip)
        self.split.setStretchFactor(0, 1)
        self.split.setSizes([650, 140])
        self.split.setChildrenCollapsible(False)
        self.side = side
        self.setCentralWidget(self.split)
        self._build_actions()
        self.probe = StatusProbe(bridge, self.statusBar(), self)
        self.probe.micAvailable.connect(self.strip.set_mic_available)
        self.probe.backendChecked.connect(self._backend_checked)
        self.household_banner = UnreachableBanner(bridge.household, self)
        self._connect()
        attach_awareness(self)  # issue 18: hunch card, device history, schedules running
        attach_timers(self)  # under the hunch card
        self._restore_geometry()
        # The welcome says "type teach below": typing goes to the command line at once
        # (it went to the sidebar's "+", where Enter made an empty routine).
        self.strip.entry.setFocus()
        QApplication.instance().installEventFilter(self)  # push-to-talk key

    # ------------------------------------------------------------ actions

    def _action(self, text: str, slot: Any, shortcut: Any = None, glyph: str | None = None,
                tip: str = "") -> QAction:
        action = QAction(icon(glyph) if glyph else QAction().icon(), text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{tip or text.replace('&', '')}"
                          + (f" ({QKeySequence(shortcut).toString()})" if shortcut else ""))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        e = self._engine_action
        self.act_teach = self._action("&Teach a phrase…", e(self.start_teaching), "Ctrl+T",
                                      "teach", "Teach a new phrase by voice or on the tiles")
        self.act_new = self._action("&New routine", e(self.new_routine), "Ctrl+N", "add")
        self.act_run = self._action("&Run routine", e(self.run_selected), "Ctrl+R", "run",
                                    "Run the selected routine")
        self.act_undo = self._action("&Undo", e(self.undo), "Ctrl+Z", "undo",
                                     "Take back the newest run, deletion or rename")
        self.act_stop = self._action("&Stop", self.stop_run, "Ctrl+.", "stop",
                                     "Stop the routine that is running")
        self.act_mic = self._action("&Listen", self._listen_key, "Ctrl+M", "mic",
                                    "Start or stop listening")
        self.act_import = self._action("&Import routines…", e(self.import_file), "Ctrl+O",
                                       "import")
        self.act_export = self._action("&Export routines…", e(self.export_file), "Ctrl+E",
                                       "export")
        self.act_recording = self._action(
            "&Listen to a recording…", e(self.listen_to_recording), "Ctrl+Shift+O", None,
            "Hear a WAV file as if it were said (as typing @file.wav does)")
        self.act_settings = self._action("&Settings…", self.open_settings, "Ctrl+,", "settings")
        self.act_backups = self._action("&Backups…", e(self.open_backups), None, None,
                                        "List the database's backups, back up now, restore")
        self.act_quit = self._action("&Quit", self.quit, QKeySequence.StandardKey.Quit)
        self.act_find = self._action("&Find routine", self.find_routine, "Ctrl+F", "search")
        self.act_command = self._action("Type a &command", self.strip.entry.setFocus, "Ctrl+L")
        file_menu = self.menuBar().addMenu("&File")
        for action in (self.act_import, self.act_export, self.act_recording, None,
                       self.act_backups,
                       self.act_settings, None, self.act_quit):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        routines = self.menuBar().addMenu("&Routines")
        for action in (self.act_teach, self.act_new, None, self.act_run, self.act_stop,
                       self.act_undo, None, self.act_find):
            routines.addSeparator() if action is None else routines.addAction(action)
        view = self.menuBar().addMenu("&View")
        for index, (name, key) in enumerate((("Home", "Ctrl+1"), ("Routine", "Ctrl+2"),
                                             ("History", "Ctrl+3"))):
            view.addAction(self._action(
                name, lambda _c=False, i=index: self.tabs.setCurrentIndex(i), key))
        view.addSeparator()
        view.addAction(self.act_mic)
        view.addAction(self.act_command)
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&How teaching works", self.how_teaching_works,
                                         "F1"))
        help_menu.addAction(self._action("&First steps", self.show_guide))
        help_menu.addAction(self._action("&Keyboard shortcuts", self.show_shortcuts,
                                         "Ctrl+/"))
        help_menu.addSeparator()
        help_menu.addAction(self._action("&About teachapp", self.about))
        bar = QToolBar("Main", self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.act_teach, self.act_run, self.act_undo, self.act_stop):
            bar.addAction(action)
        spacer = QWidget(bar)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        bar.addWidget(spacer)
        bar.addAction(self.act_settings)
        self.addToolBar(bar)
        self._set_engine_actions(False)  # until the database is open

    def _engine_action(self, slot: Any) -> Any:
        """A slot that needs the engine: run once it is there (it may still be loading)."""
        return lambda *_args: self.bridge.when_ready(slot)

    def _set_engine_actions(self, enabled: bool) -> None:
        for action in (self.act_teach, self.act_run, self.act_undo, self.act_new,
                       self.act_import, self.act_export, self.act_recording, self.act_backups):
            action.setEnabled(enabled)

    # ------------------------------------------------------------ signals

    def _connect(self) -> None:
        b = self.bridge
        b.engineReady.connect(self._engine_ready)
        b.engineClosed.connect(self._engine_closed)
        b.engineFailed.connect(self.show_unavailable)
        b.reply.connect(self.strip.add_reply)
        b.heard.connect(lambda text, source, _c: self.strip.add_heard(text, source))
        b.devicesChanged.connect(lambda devices: [self._device_changed(d) for d in devices])
        b.deviceChanged.connect(self._device_changed)
        b.routinesChanged.connect(self.reload_routines)
        b.teachingChanged.connect(self._teaching_changed)
        b.turnResolved.connect(lambda *_a: self._history_changed())
        b.runFinished.connect(self._run_finished)
        b.undone.connect(self._undone)
        b.aliasLearned.connect(lambda u, r: self.statusBar().showMessage(
            f"Learned: “{u}” now also starts {r}.", 8000))
        b.error.connect(self._error)
        b.level.connect(self.strip.meter.set_level)
        b.partial.connect(self.strip.show_partial)
        b.listeningChanged.connect(self.strip.set_listening)
        self.strip.textEntered.connect(b.handle_text)
        self.strip.entry.textEdited.connect(lambda _text: b.expect_words())  # (first key)
        self.strip.micToggled.connect(self._mic_toggled)
        self.panel.changeRequested.connect(self._tile_changed)
        self.panel.targetRemoved.connect(self._target_removed)
        self.routine_list.routineSelected.connect(self.open_routine)
        self.routine_list.runRequested.connect(self.run_routine)
        self.routine_list.newRequested.connect(self.new_routine)
        self.guide.startRequested.connect(self.start_teaching)
        self.guide.finished.connect(self._guide_done)
        b.teachingChanged.connect(self.guide.teaching_changed)
        b.runFinished.connect(lambda result: self.guide.ran(getattr(result, "routine", None)))

    # ------------------------------------------------ pages built on first use

    @property
    def editor(self) -> RoutineEditor:
        """The Routine tab's editor (built now if it was not yet: ``LazyPages``)."""
        return self.pages.get("editor")  # type: ignore[no-any-return]

    @property
    def history(self) -> HistoryView:
        """The History tab's page (built now if it was not yet)."""
        return self.pages.get("history")  # type: ignore[no-any-return]

    @property
    def teach(self) -> TeachPanel:
        """The teaching panel above the tiles (built now if it was not yet)."""
        return self.pages.get("teach")  # type: ignore[no-any-return]

    @property
    def device_history(self) -> DeviceHistoryView:
        """The Device history tab's page (``attach_awareness``; built now if not yet)."""
        return self.pages.get("device_history")  # type: ignore[no-any-return]

    def _editor(self) -> RoutineEditor:
        from .routine_editor import RoutineEditor

        editor = RoutineEditor(self.bridge, self)
        editor.saved.connect(lambda name: self.statusBar().showMessage(
            f"Saved “{shorten(name)}”.", 5000))
        editor.deleted.connect(self._deleted)
        editor.dirtyChanged.connect(self._dirty_changed)
        editor.undoRequested.connect(self.undo)
        editor.set_context(self.devices, self.routines)
        return editor

    def _history(self) -> HistoryView:
        from .history import HistoryView

        history = HistoryView(self.bridge, self)
        history.teachRequested.connect(lambda _i: self.tabs.setCurrentIndex(0))
        history.set_routines(self.routines)
        self._history_stale = False
        history.refresh()  # (the newest turns, read on the worker once the engine is there)
        return history

    def _teach(self) -> TeachPanel:
        from .teach_panel import TeachPanel

        teach = TeachPanel(self.bridge, self)
        teach.captureRequested.connect(self._teach_capture)
        teach.listenRequested.connect(lambda: self.strip.mic.setChecked(True))
        teach.saved.connect(self._taught)
        teach.devices = self.devices
        home = self.panel.parentWidget().layout()
        home.insertWidget(home.indexOf(self.panel), teach)
        return teach

    def _deleted(self, name: str) -> None:
        """Said, and the keyboard moved from the editor to the routine list: the Delete
        button it was on is disabled once the editor is empty, and Qt sent the focus to
        the microphone button (Space then started listening)."""
        self.statusBar().showMessage(f"Deleted “{shorten(name)}”.", 5000)
        focused = QApplication.focusWidget()
        if focused is not None and self.pages.made("editor") is not None \
                and self.editor.isAncestorOf(focused):
            self.routine_list.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def first_painted(self) -> None:
        """Start what the first paint leaves to workers: whether there is any sound
        input (``StatusProbe.check_sound_input``), so the microphone button says so
        before the engine is there."""
        self.probe.check_sound_input()

    def show_snapshot(self, snapshot: Any) -> None:
        """Paint the routines and devices as stored (``store.Snapshot``) before the
        engine is ready; it reloads them when it is. The engine's actions are offered
        at once: what is asked meanwhile waits for it (``Bridge.when_ready``)."""
        if self.bridge.engine is not None:
            return
        self._devices_loaded(snapshot.devices)
        self._routines_loaded(snapshot.routines)
        self._set_engine_actions(True)

    def _engine_ready(self, engine: Any) -> None:
        self.centralWidget().setEnabled(True)
        self._set_engine_actions(True)
        self.act_teach.setEnabled(engine.assistant is not None)
        self.bridge.devices(self._devices_loaded)
        self.reload_routines(index=False)  # (the resolver's index when someone types or talks)
        if self.pages.made("history") is not None:  # (else read when first shown)
            self.history.refresh()
        self.probe.start(engine)
        for note in engine.notes:
            self.strip.add_reply(note, "error")
        if self.settings.problem:  # (a folder in the settings file's place: the log alone)
            self.strip.add_reply(self.settings.problem, "error")
        from ..conversation.config import ignored_settings

        path = str(self.settings.path)
        for ignored in ignored_settings(self.settings):  # (a misspelt section or key)
            said = ignored if path in ignored else f"{ignored} Fix it in {path}."
            self.strip.add_reply(said, "error")
        if logging_problem():  # (a file in the log folder's place: said, never fatal)
            self.strip.add_reply(logging_problem() or "", "error")
        if cache_problem():  # (a file in the cache folder's place: likewise)
            self.strip.add_reply(cache_problem() or "", "error")

    def show_unavailable(self, text: str) -> None:
        """The database did not open: the pages say why instead of "Opening the
        home…" and "Press Teach a phrase" (which cannot be pressed now)."""
        self.statusBar().showMessage(shorten(text, 300))
        self.panel.show_message(f"The home cannot be shown: the database did not open.\n\n"
                                f"{text}")
        self.routine_list.set_unavailable()

    def _engine_closed(self) -> None:
        """The database closes for a moment (a restore): nothing to click meanwhile."""
        self.probe.stop()
        self._set_engine_actions(False)
        self.centralWidget().setEnabled(False)
        self.statusBar().showMessage("The database is closed for a moment…")

    def _devices_loaded(self, devices: list[Device]) -> None:
        self._reloading = False
        self.devices = list(devices)
        if self.pages.made("teach") is not None:
            self.teach.devices = self.devices
        self.panel.set_devices(devices)
        if self.pages.made("editor") is not None:
            self.editor.set_context(self.devices, self.routines)
        session = self.bridge.assistant.teaching if self.bridge.assistant else None
        if session is not None:
            self._teaching_changed(session)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt names it
        """Tab goes top to bottom: the sidebar, the tabs, the page (on Home its
        cards and tiles in the order they are laid out), then the command line."""
        page = self.tabs.currentWidget()
        layout = page.layout() if page is self.tabs.widget(0) else None
        parts = ([layout.itemAt(i).widget() for i in range(layout.count())]
                 if layout is not None else page.tab_regions()
                 if hasattr(page, "tab_regions") else [page])
        regions = [self.routine_list, self.tabs.tabBar(),
                   *(part for part in parts if part is not None), self.strip]
        target = next_stop(regions, QApplication.focusWidget(), forward)
        if target is None:
            return super().focusNextPrevChild(forward)
        reason = (Qt.FocusReason.TabFocusReason if forward
                  else Qt.FocusReason.BacktabFocusReason)
        target.setFocus(reason)
        return True

    def reload_routines(self, *, index: bool = True) -> None:
        if self.bridge.engine is not None:
            self.bridge.routines(self._routines_loaded, index=index)

    def _routines_loaded(self, routines: list[Routine]) -> None:
        first_time = not self.routines and not routines
        self.routines = list(routines)
        self.routine_list.set_routines(routines)
        if self.pages.made("history") is not None:
            self.history.set_routines(routines)
        self.guide.set_taught({r.name for r in routines}
                              | {p.text for r in routines for p in r.phrases})
        if routines:  # (imported, restored or taught: "nothing is taught" is not so)
            self.strip.drop_line(_WELCOME)
        if first_time and self.strip.log.count() == 0:
            self.strip.add_reply(_WELCOME, "question")
            if not self.settings.get("gui", "guide_done", False):
                self.show_guide()
        reopen, self._reopen = self._reopen, None
        editor = self.pages.made("editor")
        if editor is None:  # (never shown: nothing open in it to follow)
            self.routine_list.select(self._just_taught)
            return
        editor.set_context(self.devices, routines)
        if reopen is not None and any(r.name == reopen for r in routines) \
                and editor.loaded is None and not editor.dirty:
            editor.load(next(r for r in routines if r.name == reopen))
        name = editor.routine_name
        if name is not None and not editor.dirty:
            loaded = editor.loaded
            born = loaded.created_at if loaded is not None else None
            fresh = next((r for r in routines if r.name == name), None) or next(
                (r for r in routines if born is not None and r.created_at == born), None)
            editor.load(fresh)  # (renamed meanwhile, by Undo or elsewhere: followed)
        # The list shows the editor's routine; with none open, the one just taught, so
        # Run (the toolbar's, the list's) runs it rather than asking to choose one.
        self.routine_list.select(editor.routine_name or self._just_taught)

    def _backend_checked(self, status: Any) -> None:
        """The Home page says why it has no devices while the backend is out of reach,
        and reads them once it connects."""
        if self.panel.show_backend(status) and self.bridge.engine is not None:
            self.bridge.devices(self._devices_loaded)

    def _device_changed(self, device: Device) -> None:
        """Show a device's new state once. The same change arrives by the engine's
        event, by a tile's own reply and by the change feed's re-read of every device
        (this process's writes included): each redrew the tile, and a screen reader
        read every device change two or three times."""
        if not any((d.id, d.name, d.room) == (device.id, device.name, device.room)
                   for d in self.devices):  # new, renamed or moved (Home Assistant)
            if self.bridge.engine is not None and not getattr(self, "_reloading", False):
                self._reloading = True  # one reload for a burst of new devices
                self.bridge.devices(self._devices_loaded)
            return
        if any(d == device for d in self.devices):
            return  # shown already: one change reaches the window up to three times
        device = replace(device, state=dict(device.state))  # (a backend may reuse it)
        self.devices = [device if d.id == device.id else d for d in self.devices]
        self.panel.update_device(device)
        if self.pages.made("editor") is not None:
            self.editor.update_device(device)

    def _history_changed(self) -> None:
        history = self.pages.made("history")
        if history is not None and self.tabs.currentWidget() is history:
            history.turns_logged()
        else:
            self._history_stale = True

    def _tab_changed(self, _index: int) -> None:
        page = self.tabs.currentWidget()  # (a page is built before this: LazyPages)
        history, editor = self.pages.made("history"), self.pages.made("editor")
        if history is not None and page is history and self._history_stale:
            self._history_stale = False
            history.turns_logged()
        # The Routine tab shows the routine the list shows chosen (the one just taught,
        # selected so Run runs it): it showed an empty form beside "Bedtime" highlighted.
        chosen = self.routine_list.current()
        if (editor is not None and page is editor and chosen is not None
                and editor.loaded is None and not editor.dirty):
            editor.load(next((r for r in self.routines if r.name == chosen), None))

    def undo(self) -> None:
        """Undo (menu, Ctrl+Z, the editor's button): the newest of a run, a deletion and
        a rename taken back by the engine (``Bridge.undo``). The status bar says what was
        taken back from the engine's ``Undone``, as for "undo" typed or said. The undo
        is a turn of its own: the history shows it (it listed the run as still done)."""
        self.bridge.undo(done=lambda _lines: self._history_changed())

    def _undone(self, said: str, routine: str | None) -> None:
        """Every undo (button, typed, said) says what it took back in the status bar;
        a routine deleted from the editor and brought back shows there again (the
        Routine page stayed empty, as if it were still gone)."""
        self.statusBar().showMessage(shorten(said, 300), 8000)
        editor = self.pages.made("editor")
        if routine and editor is not None and self.tabs.currentWidget() is editor \
                and editor.loaded is None and not editor.dirty:
            if any(r.name == routine for r in self.routines):
                self.open_routine(routine)
            else:  # (the list is being read again: open it once it is)
                self._reopen = routine

    def _run_finished(self, result: Any) -> None:
        self._history_changed()
        if getattr(result, "kind", "") == "undo":
            return  # the status bar says it from the engine's ``Undone``
        text = getattr(result, "summary", "")
        if text:  # the engine's words for what was done last (an undo as an undo)
            self.statusBar().showMessage(shorten(text, 300),
                                         10000 if result.failures else 5000)

    def _error(self, text: str) -> None:
        self.strip.add_reply(text, "error")
        self.statusBar().showMessage(text, 10000)

    # ----------------------------------------------------------- teaching

    def _teaching_changed(self, session: Any) -> None:
        if session is None and self.pages.made("teach") is None:
            return  # (no teaching was ever shown: nothing to end)
        previous = self.teach.session
        started = previous is None and session is not None
        if started:
            self._teach_started = time.time()
        elif session is None and previous is not None and previous.phrase:
            self._find_taught(previous.phrase)
        focus = QApplication.focusWidget()
        in_panel = focus is not None and self.teach.isAncestorOf(focus)
        was_phrase = self.teach.session is None or self.teach.session.stage == "phrase"
        self.teach.set_session(session)
        if session is None and in_panel:  # the panel hid under the focus (Esc, Save):
            self.strip.entry.setFocus()   # back to typing, not on to the microphone
        elif in_panel and was_phrase and session is not None and session.stage == "actions":
            # On to the tiles the step asks for, not onto "Change phrase" (where the
            # next Enter went back a step).
            stops = tab_stops(list(self.panel.tiles.values()))
            if stops:
                stops[0].setFocus(Qt.FocusReason.OtherFocusReason)
        self.panel.set_targets(session.targets if session is not None else None)
        if started:
            self._leave_editor(lambda: self.tabs.setCurrentIndex(0))

    def _leave_editor(self, then: Any) -> None:
        """``then``, once the editor's unsaved changes are saved or dropped (it asks);
        at once when the editor was never shown."""
        editor = self.pages.made("editor")
        if editor is None:
            then()
        else:
            editor.leave(then)

    def start_teaching(self, suggestion: str = "") -> None:
        self.tabs.setCurrentIndex(0)
        if self.teach.session is None:
            self.teach.start(suggestion if isinstance(suggestion, str) else "")
        else:
            self.teach.phrase.setFocus()

    def _teaching(self) -> Any:
        """The teaching session the panel follows, or None (no panel built: none)."""
        teach = self.pages.made("teach")
        return teach.session if teach is not None else None

    def _tile_changed(self, device_id: str, changes: dict) -> None:
        session = self._teaching()
        assistant = self.bridge.assistant
        if session is not None and assistant is not None:
            # While teaching, a tile set shows what the phrase will do, before the phrase
            # is given too ("the person shows it"): nothing moves. On the phrase step it
            # switched the real device at once and the routine never learned it.
            self.bridge.call(assistant.teach_set_target, device_id, changes,
                             done=lambda _r: None)
        else:
            self.bridge.set_device(device_id, changes)

    def _target_removed(self, device_id: str) -> None:
        assistant = self.bridge.assistant
        if assistant is not None and self._teaching() is not None:
            self.bridge.call(assistant.teach_remove_target, device_id, done=lambda _r: None)

    def _teach_capture(self) -> None:
        from .step_editor import CaptureDialog

        assistant = self.bridge.assistant
        dialog = CaptureDialog(self.devices, self)
        if assistant is not None and dialog.exec() == CaptureDialog.DialogCode.Accepted:
            self.bridge.call(assistant.teach_capture_current, dialog.chosen(),
                             done=lambda _r: None)

    def _find_taught(self, phrase: str) -> None:
        """Teaching ended, saved (the panel's Save, "yes" typed or said) or left: the
        routine it made, if any, is chosen in the list and moves the first-run guide on
        (a save by "yes" left the guide asking to teach the phrase just taught)."""
        engine = self.bridge.engine
        if engine is None:
            return
        store, since = engine.store, self._teach_started

        def made() -> str | None:
            owner = store.phrase_owner(phrase)
            if owner is None:
                return None
            born = store.routine(owner).created_at
            return owner if born is not None and aware(born).timestamp() >= since - 1 else None

        self.bridge.call(made, done=self._made)

    def _made(self, name: str | None) -> None:
        if name is None:
            return
        self._just_taught = name
        self.guide.saved(name)
        editor = self.pages.made("editor")
        self.routine_list.select((editor.routine_name if editor is not None else None) or name)

    def _taught(self, name: str) -> None:
        self.statusBar().showMessage(f"Saved “{shorten(name)}”. Say it any time.", 8000)
        self.reload_routines()

    # ----------------------------------------------------------- routines

    def open_routine(self, name: str) -> None:
        if name == self.editor.routine_name:
            self.tabs.setCurrentWidget(self.editor)
            return

        def show() -> None:
            routine = next((r for r in self.routines if r.name == name), None)
            self.editor.load(routine)
            self.tabs.setCurrentWidget(self.editor)

        self.editor.leave(show)  # (the editor is built: it is about to be shown)
        self.routine_list.select(self.editor.routine_name if self.editor.dirty else name)

    def new_routine(self) -> None:
        def show() -> None:
            self.editor.load(None)
            self.routine_list.select(None)
            self.tabs.setCurrentWidget(self.editor)
            self.editor.name.setFocus()

        self._leave_editor(show)

    def run_selected(self) -> None:
        editor = self.pages.made("editor")
        name = self.routine_list.current() or (editor.routine_name if editor is not None
                                               else None)
        if name:
            self.run_routine(name)
            return
        text = ("Choose a routine in the list first, then press Run (or say its phrase)."
                if self.routines else "There is no routine to run yet: teach one first "
                "(Ctrl+T).")
        self.statusBar().showMessage(text, 8000)
        self.strip.add_reply(text, "info")
        self.routine_list.list.setFocus()

    def run_routine(self, name: str) -> None:
        """Run a routine from a button; the conversation shows it like a spoken one."""
        self.strip.add_heard(f"Run “{shorten(name)}”", "button")
        self.bridge.run_routine(name)

    def stop_run(self) -> None:
        assistant = self.bridge.assistant
        if assistant is not None:
            assistant.cancel_run()  # sets an event: safe and instant on any thread

    def find_routine(self) -> None:
        self.routine_list.search.setFocus()
        self.routine_list.search.selectAll()

    def _dirty_changed(self, dirty: bool) -> None:
        self.tabs.setTabText(1, "&Routine •" if dirty else "&Routine")
        self.setWindowModified(dirty)

    # ------------------------------------------------------ files, dialogs

    def import_file(self) -> None:
        from .files import import_routines

        import_routines(self)

    def listen_to_recording(self) -> None:
        from .files import listen_to_recording

        listen_to_recording(self)

    def export_file(self) -> None:
        from .files import export_routines

        export_routines(self)

    def open_settings(self) -> None:
        from .settings_dialog import SettingsDialog

        started_with = self._used_from_start()
        dialog = SettingsDialog(self.bridge, self.settings, self)
        if dialog.exec():
            if self.pages.made("editor") is not None:  # (a location set: sunset can run)
                self.editor.schedule.refresh_runs()
            changed = self._used_from_start() != started_with
            self.statusBar().showMessage("Settings saved. The new backend or speech model is "
                                         "used from the next start." if changed else
                                         "Settings saved.", 8000)

    def _used_from_start(self) -> tuple[Any, Any]:
        """The settings read only when teachapp starts: the device backend and the speech
        model. Only a change of these needs a restart, so only then is it said."""
        backend = {"type": "simulated", **self.settings.section("backend")}
        return backend, self.settings.get("speech", "model_path")

    def open_backups(self) -> None:
        from .backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.bridge, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.backups_dialog = dialog

    def show_guide(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.guide.restart()

    def how_teaching_works(self) -> None:
        # (late: the teaching module imports the resolver's command reader, YAML and
        # rapidfuzz, which held the window's thread ~0.3 s before its first paint)
        from ..conversation import device_example

        text = HOW_TEACHING_WORKS.format(
            example=device_example(self.devices) or "wait 5 seconds")
        box = QMessageBox(QMessageBox.Icon.NoIcon, "How teaching works", text,
                          QMessageBox.StandardButton.Close, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.help_box = box

    def show_shortcuts(self) -> None:
        ptt = self.settings.get("gui", "push_to_talk", "F2")
        extra = [("Talk while held", str(ptt)), ("Save the routine", "Ctrl+S"),
                 ("Move a step up / down", "Alt+Up / Alt+Down"), ("Remove a step", "Delete"),
                 ("Reload the history", "F5"), ("Cancel teaching", "Esc"),
                 ("Open the first match (in the search)", "Enter"),
                 ("Clear the search", "Esc")]
        dialog = ShortcutsDialog(shortcut_rows(self.actions()), extra, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.shortcuts_dialog = dialog

    def about(self) -> None:
        QMessageBox.about(self, "About teachapp",
                          f"<b>teachapp {__version__}</b><p>An offline assistant you teach "
                          "by voice. Nothing leaves this computer.</p>")

    # ---------------------------------------------------------- microphone

    def _listen_key(self) -> None:
        """Ctrl+M or the menu: listen, or say why it cannot (the button is off then)."""
        if self.strip.mic.isEnabled():
            self.strip.mic.toggle()
        else:
            self._cannot_listen()

    def _cannot_listen(self) -> None:
        self.statusBar().showMessage(self.strip.mic.toolTip(), 10_000)

    def _mic_toggled(self, on: bool) -> None:
        if on:
            self.probe.check_microphones()  # first use: is there one at all?
            self.bridge.start_listening()
        else:
            self.bridge.stop_listening()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease) and self.isActiveWindow():
            key_event: QKeyEvent = event  # type: ignore[assignment]
            if key_event.key() == self._ptt_key and not key_event.isAutoRepeat() \
                    and not self.strip.mic.isEnabled():
                if kind == QEvent.Type.KeyPress:
                    self._cannot_listen()
                return True
            if key_event.key() == self._ptt_key and not key_event.isAutoRepeat():
                if kind == QEvent.Type.KeyPress and not self.bridge.listening:
                    self.probe.check_microphones()
                    self.bridge.start_listening()
                elif kind == QEvent.Type.KeyRelease:
                    self.bridge.release_to_talk()
                return True
        if kind == QEvent.Type.WindowActivate and watched is self:
            self.probe.recheck_sound_input()  # a microphone plugged in meanwhile
        return super().eventFilter(watched, event)

    # -------------------------------------------------------- geometry, quit

    def _restore_geometry(self) -> None:
        gui = self.settings.section("gui")
        geometry, state = gui.get("geometry"), gui.get("state")
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(str(geometry).encode()))
        else:
            room = self.screen().availableGeometry()
            self.resize(min(1280, room.width()), min(820, room.height()))
        if state:
            self.restoreState(QByteArray.fromBase64(str(state).encode()))
        split = gui.get("splitters")
        if isinstance(split, list) and len(split) == 2:
            self.side.restoreState(QByteArray.fromBase64(str(split[0]).encode()))
            self.split.restoreState(QByteArray.fromBase64(str(split[1]).encode()))

    def _guide_done(self) -> None:
        try:
            self.settings.update("gui", guide_done=True)
        except ConfigError as exc:  # (the guide comes back next time; said, not raised)
            self.statusBar().showMessage(exc.problem, 10_000)

    def _save_geometry(self) -> None:
        try:
            self.settings.update(
                "gui", geometry=bytes(self.saveGeometry().toBase64()).decode(),
                state=bytes(self.saveState().toBase64()).decode(),
                splitters=[bytes(self.side.saveState().toBase64()).decode(),
                           bytes(self.split.saveState().toBase64()).decode()])
        except Exception:  # noqa: BLE001 - a read-only config dir must not block quitting
            log.exception("cannot save the window geometry")

    def quit(self) -> None:
        self.close()

    def _editing(self) -> bool:
        """Whether the editor holds unsaved changes (never shown: none)."""
        editor = self.pages.made("editor")
        return editor is not None and bool(editor.dirty)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self._editing():
            event.ignore()
            self.editor.leave(lambda: QTimer.singleShot(0, self._close_now))
            return
        if self.timers_card.waits and not self._leave_waits():
            event.ignore()
            return
        if self.remember_geometry:
            self._save_geometry()
        QApplication.instance().removeEventFilter(self)
        event.accept()

    def _leave_waits(self) -> bool:
        """Whether to close while routines wait in a pause: closing stops their rest
        (the engine runs nothing once the window is gone), which went unsaid."""
        names = [f"“{routine}”" for routine, _words in self.timers_card.waits]
        box = QMessageBox(QMessageBox.Icon.Question, "Routines still running",
                          f"{spoken_list(names)} {'is' if len(names) == 1 else 'are'} still "
                          "running: the rest will not run if teachapp closes.",
                          QMessageBox.StandardButton.Close | QMessageBox.StandardButton.Cancel,
                          self)
        box.setInformativeText("What was done so far stays done; say \"undo\" to put it "
                               "back. Keep teachapp open (minimise it) to let the rest run.")
        box.button(QMessageBox.StandardButton.Close).setText("Stop them and close")
        box.button(QMessageBox.StandardButton.Cancel).setText("Keep running")
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Close

    def _close_now(self) -> None:
        if not self._editing():
            self.close()
