"""The window's hidden pages, built the first time they are shown or asked for.

The Routine, History and Device history tabs and the teaching panel are all hidden when
the window opens, and many people open it only to talk or type. Built up front they were
part of its idle memory, and the history's newest page was read from the database at
every start. Each tab holds an empty placeholder until it is chosen (a click, Ctrl+2, a
routine opened) or its page asked for (:meth:`LazyPages.get`, which the window's
``editor``, ``history``, ``device_history`` and ``teach`` properties call); the page then
takes the placeholder's place in the tabs, so ``tabs.currentWidget()`` is the page itself.
A page that is not a tab (the teaching panel) places itself when built.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QTabWidget, QWidget

__all__ = ["LazyPages"]


class LazyPages(QObject):
    """Named pages made by their builders on first use; ``built(name)`` when one is made.

    Make it before anything else connects to the tabs' ``currentChanged``: a tab chosen
    gets its page here first, so every later slot sees the page, not its placeholder."""

    built = Signal(str)

    def __init__(self, tabs: QTabWidget, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tabs = tabs
        self._builders: dict[str, Callable[[], QWidget]] = {}
        self._pages: dict[str, QWidget] = {}
        self._placeholders: dict[str, QWidget] = {}
        tabs.currentChanged.connect(self._chosen)

    def add_tab(self, name: str, build: Callable[[], QWidget], glyph: QIcon, text: str) -> None:
        """A tab whose page ``build`` makes when the tab is first chosen."""
        placeholder = QWidget(self._tabs)
        placeholder.setAccessibleName(text.replace("&", ""))
        self._placeholders[name] = placeholder
        self._builders[name] = build
        self._tabs.addTab(placeholder, glyph, text)

    def add(self, name: str, build: Callable[[], QWidget]) -> None:
        """A page that is no tab: ``build`` makes it and puts it where it belongs."""
        self._builders[name] = build

    def get(self, name: str) -> Any:
        """The page called ``name``, built now if it was not yet."""
        page = self._pages.get(name)
        if page is None:
            page = self._pages[name] = self._builders[name]()
            placeholder = self._placeholders.pop(name, None)
            if placeholder is not None:
                self._replace(placeholder, page)
            self.built.emit(name)
        return page

    def made(self, name: str) -> Any:
        """The page if it was built, else None (nothing is built by asking)."""
        return self._pages.get(name)

    def _replace(self, placeholder: QWidget, page: QWidget) -> None:
        tabs = self._tabs
        index = tabs.indexOf(placeholder)
        current = tabs.currentIndex() == index
        glyph, text, tip = tabs.tabIcon(index), tabs.tabText(index), tabs.tabToolTip(index)
        blocked = tabs.blockSignals(True)  # (the tab in front is the same tab throughout)
        try:
            tabs.insertTab(index, page, glyph, text)
            tabs.setTabToolTip(index, tip)
            tabs.removeTab(index + 1)
            if current:
                tabs.setCurrentIndex(index)
        finally:
            tabs.blockSignals(blocked)
        placeholder.deleteLater()

    def _chosen(self, index: int) -> None:
        widget = self._tabs.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if placeholder is widget:
                self.get(name)
