"""The window on a shared database: other computers' changes appear by themselves, and
a banner says when the household database cannot be reached.

The store's ``Watcher`` (``teachapp.store.changes``) calls back on its own thread;
``Household`` hands each change to the GUI thread through the bridge and turns it
into the bridge's usual signals (``routinesChanged``, ``devicesChanged``), so the
panels refresh exactly as they do after a change made in this window. While the
database is unreachable the window keeps showing what it last read; the feed keeps
trying and the banner goes away when the server is back.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QToolBar

if TYPE_CHECKING:
    from .bridge import Bridge

__all__ = ["UNREACHABLE", "Household", "UnreachableBanner"]

log = logging.getLogger(__name__)

UNREACHABLE = "Household database unreachable"


class Household(QObject):
    """Follows the database's change feed for the bridge's current engine."""

    reachabilityChanged = Signal(bool, str)
    """(reachable, the one-line problem when not)."""
    changed = Signal(object)
    """The topics another process (or this one) changed, on the GUI thread."""

    def __init__(self, bridge: Bridge) -> None:
        super().__init__(bridge)
        self.bridge = bridge
        self.reachable = True
        self._watcher: Any = None
        self._generation = 0

    def start(self, engine: Any) -> None:
        """Watch ``engine.store``; the first read happens on a worker, not here."""
        self.stop()
        generation = self._generation

        def started(watcher: Any) -> None:
            if generation != self._generation:  # stopped meanwhile
                watcher.stop(0)
            else:
                self._watcher = watcher

        self.bridge.call(engine.store.watch, lambda change: self._heard(generation, change),
                         done=started, failed=lambda exc: log.warning(
                             "cannot follow the database's changes: %s", exc), long=True)

    def stop(self, *, wait: float = 0.0) -> None:
        """Stop following changes. ``wait``: seconds to wait for the watcher's thread
        (it ends within one poll, a quarter second) when the engine is about to close:
        a poll after the close opens the database again in this process, unseen by the
        store's file checks, and another process may then delete the write-ahead log
        under that connection (tests/test_one_path.py saw a "malformed" database)."""
        self._generation += 1
        if self._watcher is not None:
            self._watcher.stop(wait)  # by default its thread ends by itself
            self._watcher = None

    def _heard(self, generation: int, change: Any) -> None:  # the watcher's thread
        self.bridge.post(lambda: self._apply(generation, change))

    def _apply(self, generation: int, change: Any) -> None:
        if generation != self._generation:
            return
        if change.reachable != self.reachable:
            self.reachable = change.reachable
            self.reachabilityChanged.emit(change.reachable, change.problem or "")
        topics = change.topics
        if not topics or self.bridge.engine is None:
            return
        if topics & {"routines", "usage"}:
            self.bridge.routinesChanged.emit()
        if "devices" in change.others:  # (this engine's own writes reached the window
            # by its events already: re-reading every device after each was 2 reads of
            # 1,500 devices a command; benchmarks/household_own_writes.py)
            self.bridge.devices(done=self.bridge.devicesChanged.emit)
        self.changed.emit(topics)


class UnreachableBanner(QToolBar):
    """A red line across the top of the window while the database cannot be reached."""

    def __init__(self, household: Household, window: QMainWindow) -> None:
        super().__init__("Household database", window)
        self.setObjectName("householdBanner")
        self.setMovable(False)
        self.setFloatable(False)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setAccessibleName(UNREACHABLE)
        self.label.setStyleSheet("QLabel { background: #b3261e; color: white; "
                                 "padding: 6px 10px; font-weight: bold; }")
        self.addWidget(self.label)
        window.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self)
        self.toggleViewAction().setVisible(False)  # not in the toolbar menu
        self.hide()
        household.reachabilityChanged.connect(self.show_state)

    def show_state(self, reachable: bool, problem: str) -> None:
        if reachable:
            self.hide()
            return
        self.label.setText(f"{UNREACHABLE}: showing what was last read; reconnecting by "
                           "itself. Changes cannot be saved until it is back.")
        self.label.setToolTip(problem)
        self.show()
