"""A new user at the keyboard (pass 34): where typing goes at the start, and Tab
moving top to bottom through the window. Real engine, SQLite and widgets (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import (
    close_window,
    open_window,
    settle,
    window_fixture,  # noqa: F401 - the `window` fixture
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _region(window, widget) -> int:
    """Where ``widget`` sits, top to bottom: 0 sidebar, 1 tabs, 2 guide, 3 tiles, 4
    the command line."""
    home = [window.routine_list, window.tabs.tabBar(), window.guide, window.panel,
            window.strip]
    return next(i for i, region in enumerate(home)
                if region is widget or region.isAncestorOf(widget))


def _walk(qtbot, window, key, count: int) -> list[int]:
    places = []
    for _ in range(count):
        qtbot.keyClick(QApplication.focusWidget(), key)
        places.append(_region(window, QApplication.focusWidget()))
    return places


def test_typing_at_the_start_goes_to_the_command_line(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path)
    try:
        window.activateWindow()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
        # The welcome says "type teach below"; before, the keys went to the sidebar's
        # "+" (Enter there made an empty routine).
        assert QApplication.focusWidget() is window.strip.entry
        qtbot.keyClicks(window.strip.entry, "teach")
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        settle(qtbot, bridge)
        assert bridge.assistant.teaching is not None
    finally:
        close_window(window, bridge)


def test_tab_goes_top_to_bottom_and_shift_tab_back(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path)
    try:
        window.activateWindow()
        assert window.guide.isVisible()  # a fresh home: the first-run guide is shown
        window.routine_list.search.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.routine_list.search,
                        timeout=5000)
        stops = len(window.panel.tiles) * 2 + 12
        ahead = _walk(qtbot, window, Qt.Key.Key_Tab, stops)
        # Before: sidebar, tiles' panel, command line, guide, tabs, then the tiles.
        lap = ahead[: ahead.index(0)] if 0 in ahead else ahead
        assert lap == sorted(lap) and set(lap) == {1, 2, 3, 4}, ahead
        back = _walk(qtbot, window, Qt.Key.Key_Backtab, stops)
        lap = back[back.index(4):] if 4 in back else back
        lap = lap[: lap.index(0)] if 0 in lap else lap
        assert lap == sorted(lap, reverse=True) and set(lap) == {1, 2, 3, 4}, back
    finally:
        close_window(window, bridge)


def test_escape_cancels_teaching_as_the_cancel_tooltip_says(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path)
    try:
        window.activateWindow()
        window.start_teaching()
        settle(qtbot, bridge)
        qtbot.keyClicks(window.teach.phrase, "movie night")
        qtbot.keyClick(window.teach.phrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.teach.session is not None
                        and window.teach.session.stage == "actions", timeout=5000)
        # Before: Esc did nothing; the panel and the session stayed.
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
        qtbot.waitUntil(lambda: bridge.assistant.teaching is None, timeout=5000)
        settle(qtbot, bridge)
        assert not window.teach.isVisible()
        focus = QApplication.focusWidget()  # on the tile it was on, not the microphone
        assert window.panel.isAncestorOf(focus) and focus.isVisible()
    finally:
        close_window(window, bridge)


def test_search_escape_clears_and_enter_opens_the_first_match(qtbot, window):
    window.activateWindow()
    window.find_routine()
    search = window.routine_list.search
    qtbot.keyClicks(search, "zzz-nothing")
    qtbot.keyClick(search, Qt.Key.Key_Escape)  # before: the filter stayed
    assert search.text() == ""
    first = window.routines[0].name
    qtbot.keyClicks(search, first[:4])
    qtbot.keyClick(search, Qt.Key.Key_Return)  # before: nothing happened
    qtbot.waitUntil(lambda: window.editor.routine_name is not None, timeout=5000)
    shown = [window.routine_list.list.item(i) for i in range(window.routine_list.list.count())]
    expected = next(item.data(Qt.ItemDataRole.UserRole) for item in shown
                    if not item.isHidden())
    assert window.editor.routine_name == expected
    assert window.tabs.currentWidget() is window.editor


def test_teach_movie_night_with_the_keyboard_alone(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path)
    try:
        window.activateWindow()
        qtbot.keyClicks(window.strip.entry, "teach")
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: QApplication.focusWidget() is window.teach.phrase, timeout=5000)
        qtbot.keyClicks(window.teach.phrase, "movie night")
        qtbot.keyClick(window.teach.phrase, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: window.teach.session is not None
                        and window.teach.session.stage == "actions", timeout=5000)
        # Before: focus fell on "Change phrase"; now on the first tile, as the step asks.
        first = QApplication.focusWidget()
        assert window.panel.isAncestorOf(first)
        qtbot.keyClick(first, Qt.Key.Key_Space)  # its power switch: a target
        qtbot.waitUntil(lambda: bool(window.teach.session.targets), timeout=5000)
        for _ in range(6):
            if QApplication.focusWidget() is window.teach.review_button:
                break
            qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab)
        assert QApplication.focusWidget() is window.teach.review_button
        # Before: Enter on a focused button did nothing outside a dialog.
        qtbot.keyClick(window.teach.review_button, Qt.Key.Key_Return)
        assert window.teach.pages.currentIndex() == 2
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: bridge.assistant.teaching is None, timeout=5000)
        settle(qtbot, bridge)
        assert bridge.engine.store.routine("movie night").steps
        assert QApplication.focusWidget() is window.strip.entry
    finally:
        close_window(window, bridge)


def test_tab_reads_the_routine_editor_top_to_bottom(qtbot, window):
    """In the editor Tab went from "Delete routine" back up to the phrases (made when
    the routine loaded, so last in Qt's chain), through an empty stop (the phrases'
    scroll area) and split the step's fields in two; now name, phrases, steps, the
    step's fields, schedule, then the buttons at the foot."""
    from teachapp.gui.phrase_row import PhraseRow

    window.activateWindow()
    window.open_routine("Movie night")
    editor = window.editor
    qtbot.waitUntil(lambda: editor.steps.count() == 4, timeout=5000)
    editor.steps.setCurrentRow(1)
    settle(qtbot, window.bridge)
    editor.name.setFocus()
    order = [editor.name]
    while QApplication.focusWidget() is not editor.delete_button and len(order) < 60:
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())

    def first(test) -> int:
        return next(i for i, widget in enumerate(order) if test(widget))

    def inside(parent):
        return lambda w: w is parent or parent.isAncestorOf(w)

    phrase = first(lambda w: isinstance(w.parentWidget(), PhraseRow))
    assert first(lambda w: w is editor.add_phrase_button) < phrase \
        < first(lambda w: w is editor.steps) < first(inside(editor.step_editor)) \
        < first(inside(editor.schedule)) < first(lambda w: w is editor.run_button)
    assert not any(w.inherits("QScrollArea") for w in order)
    steps_fields = [i for i, w in enumerate(order) if editor.step_editor.isAncestorOf(w)]
    assert steps_fields == list(range(steps_fields[0], steps_fields[-1] + 1))


def test_after_deleting_from_the_keyboard_the_routine_list_has_the_focus(qtbot, window,
                                                                        monkeypatch):
    """Delete routine pressed with Space: the button it was on is disabled once the
    editor is empty, and Qt gave the focus to the microphone button (Space next started
    listening). It goes to the routine list, and Ctrl+Z brings the routine back."""
    from PySide6.QtWidgets import QMessageBox

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Yes)
    window.activateWindow()
    window.open_routine("Movie night")
    editor = window.editor
    qtbot.waitUntil(lambda: editor.steps.count() == 4, timeout=5000)
    editor.delete_button.setFocus()
    qtbot.keyClick(editor.delete_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Movie night" not in [r.name for r in window.routines],
                    timeout=5000)
    settle(qtbot, window.bridge)
    assert QApplication.focusWidget() is window.routine_list.list
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: "Movie night" in [r.name for r in window.routines],
                    timeout=5000)
