"""What a screen reader says for the window's buttons: each names what it is for. The
editor's phrase rows all read "Remove phrase" and "Test phrase" (which one?), and the
search's clear button had no name at all."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtWidgets import QAbstractButton


def _unnamed(root):
    return [button for button in root.findChildren(QAbstractButton)
            if button.isVisibleTo(root) and not button.accessibleName()
            and not button.text().replace("&", "").strip()]


def test_every_button_the_editor_shows_says_what_it_is_for(qtbot, window):
    window.open_routine("Movie night")
    settle(qtbot, window.bridge)
    window.tabs.setCurrentWidget(window.tabs.widget(1))
    assert _unnamed(window) == []
    rows = window.editor.phrase_rows()
    assert len(rows) >= 2
    names = [row.remove.accessibleName() for row in rows]
    assert names[0] == f"Remove the phrase “{rows[0].text()}”"
    assert len(set(names)) == len(names)
    tests = {row.test.accessibleName() for row in rows}
    assert len(tests) == len(rows)
    rows[0].edit.setText("film time")  # typed over: the names follow
    assert rows[0].remove.accessibleName() == "Remove the phrase “film time”"
    assert rows[0].test.accessibleName() == "Test the phrase “film time”"
    window.editor.load(window.editor._loaded)


def test_the_search_buttons_are_named(qtbot, window):
    search = window.routine_list.search
    names = sorted(b.accessibleName() for b in search.findChildren(QAbstractButton))
    assert names == ["Clear the search", "Search"]
