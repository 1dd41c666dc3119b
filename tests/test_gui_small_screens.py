"""A long routine on a small screen (pass 34): the editor gives its room to the
steps, not to an empty schedule. Real engine, SQLite and widgets (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import (
    close_window,
    open_window,
    settle,
    window_fixture,  # noqa: F401 - the `window` fixture
)

from teachapp.domain import Phrase, Routine, SetStep


def _steps_in_view(editor) -> int:
    steps = editor.steps
    return sum(1 for i in range(steps.count())
               if steps.visualItemRect(steps.item(i)).bottom() <= steps.viewport().height())


def test_goodnight_shows_most_of_its_nine_steps_at_1024x768(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path)
    try:
        window.remember_geometry = False
        window.resize(1024, 768)
        off = [d for d in window.devices if "on" in d.state][:9]
        assert len(off) == 9
        bridge.engine.store.save_routine(Routine(
            name="goodnight", phrases=[Phrase("goodnight")],
            steps=[SetStep(device.id, {"on": False}) for device in off]))
        window.reload_routines()
        qtbot.waitUntil(lambda: "goodnight" in [r.name for r in window.routines],
                        timeout=5000)
        window.open_routine("goodnight")
        qtbot.waitUntil(lambda: window.editor.steps.count() == 9, timeout=5000)
        settle(qtbot, bridge)
        schedule = window.editor.schedule
        # Before: 4 steps in view, above an empty 70 px schedule list and a gap.
        assert _steps_in_view(window.editor) >= 6
        assert schedule.list.height() <= 2 * schedule.list.fontMetrics().height() + 12
    finally:
        close_window(window, bridge)


def test_the_status_bar_fits_a_1024_screen_or_says_it_is_cut(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path)
    try:
        window.remember_geometry = False
        window.resize(1024, 768)
        probe = window.probe
        qtbot.waitUntil(lambda: probe.model.text().startswith("Model:"), timeout=20_000)
        settle(qtbot, bridge)
        for label in (probe.speech, probe.model, probe.voice, probe.backend):
            shown = getattr(label, "shown_text", label.text)()
            # Before: "Model: tiny.en (commands and teaching by voic", cut mid-word.
            assert label.fontMetrics().horizontalAdvance(shown) <= label.contentsRect().width()
            assert shown == label.text() or shown.endswith("…")
        window.resize(900, 600)  # the smallest the window goes: the labels say "…"
        qtbot.wait(50)
        cut = [getattr(label, "shown_text", label.text)() for label in
               (probe.speech, probe.model, probe.voice, probe.backend)]
        assert any(text.endswith("…") for text in cut), cut
    finally:
        close_window(window, bridge)


def test_the_keyboard_shortcuts_fit_without_scrolling_in_large_fonts(qtbot, db_path):
    """Help › Keyboard shortcuts was a fixed 420×480 list in which 12 of its 25 rows
    had to be scrolled to, at any screen size; at 1024×768 with QT_SCALE_FACTOR=1.5
    (a screen of 683×512 to Qt) half of it. Now every row is in view, in fonts half as
    large again as well."""
    from PySide6.QtWidgets import QApplication

    window, bridge = open_window(qtbot, db_path)
    app = QApplication.instance()
    font = app.font()
    try:
        for scale in (1.0, 1.5):
            large = app.font()
            large.setPointSizeF(font.pointSizeF() * scale)
            app.setFont(large)
            window.show_shortcuts()
            dialog = window.shortcuts_dialog
            qtbot.waitExposed(dialog)
            qtbot.wait(100)  # (its layout settles after showing)
            table = dialog.table
            assert table.verticalScrollBar().maximum() == 0
            assert table.horizontalScrollBar().maximum() == 0
            assert dialog.shortcuts()["Undo"] == "Ctrl+Z"
            assert dialog.shortcuts()["Clear the search"] == "Esc"  # (the last row)
            screen = dialog.screen().availableGeometry()
            assert dialog.height() <= 512 and dialog.width() <= screen.width()
            dialog.close()
    finally:
        app.setFont(font)
        close_window(window, bridge)


def test_movie_nights_phrases_and_steps_are_all_in_view_at_1280x720(qtbot, db_path):
    """The editor at 1280x720 cut its third phrase row in half and showed 3 of movie
    night's 4 steps, with a scroll bar, above 40 px of blank that two empty lines of
    the schedule (its next run, its problem) kept."""
    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        window.remember_geometry = False
        window.resize(1280, 720)
        window.open_routine("Movie night")
        editor = window.editor
        qtbot.waitUntil(lambda: editor.steps.count() == 4, timeout=5000)
        settle(qtbot, bridge)
        assert _steps_in_view(editor) == 4
        assert editor.steps.verticalScrollBar().maximum() == 0
        rows = editor._phrase_rows
        assert len(rows) >= 2
        host = editor._phrase_host
        view = host.parentWidget()  # the scroll area's viewport
        assert all(row.mapTo(view, row.rect().bottomLeft()).y() <= view.height()
                   for row in rows)
        schedule = editor.schedule
        assert schedule.next_run.isHidden() and schedule.problem.isHidden()
    finally:
        close_window(window, bridge)


def test_settings_fit_a_1024x768_screen_at_scale_1_5(qtbot, window, monkeypatch):
    """Settings opened at 620x520 whatever the screen: at 1024x768 with
    QT_SCALE_FACTOR=1.5 (683x512 to Qt) OK and Cancel were below its edge. It now
    takes at most 90 % of the screen, and a page taller than that scrolls."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QDialogButtonBox

    from teachapp.gui.settings_dialog import SettingsDialog

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 683, 512))
    dialog = SettingsDialog(window.bridge, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.height() <= 512 * 0.9 and dialog.width() <= 683
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isVisible() and ok.mapTo(dialog, ok.rect().bottomLeft()).y() <= dialog.height()
    for index in range(dialog.tabs.count()):  # every page still there, scrolled if need be
        dialog.tabs.setCurrentIndex(index)
        assert dialog.tabs.currentWidget().isVisible()
    dialog.reject()


def test_the_window_fits_a_1024x768_screen_at_scale_1_5(qtbot, db_path, monkeypatch):
    """At 1024x768 with QT_SCALE_FACTOR=1.5 (683x512 to Qt) the window could not be
    made smaller than 900x600: a third of it, the command line and the status bar
    with it, was off the screen. It now starts at the screen's size, at most."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 683, 512))
    window, bridge = open_window(qtbot, db_path)
    try:
        assert window.minimumWidth() <= 683 and window.minimumHeight() <= 512
        assert window.width() <= 683 and window.height() <= 512
        strip = window.strip.entry
        assert strip.isVisible()
        assert strip.mapTo(window, strip.rect().bottomLeft()).y() <= window.height()
    finally:
        close_window(window, bridge)


def test_the_teach_panel_heading_reads_whole_on_a_narrow_window(qtbot, db_path,
                                                                monkeypatch):
    """At 1024x768 with QT_SCALE_FACTOR=1.5 the panel's heading read "Teach a ph" and
    "2 What it do": the other steps are now their numbers alone."""
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QScreen
    from PySide6.QtWidgets import QLabel

    monkeypatch.setattr(QScreen, "availableGeometry", lambda _screen: QRect(0, 0, 683, 512))
    window, bridge = open_window(qtbot, db_path)
    try:
        window.resize(683, 512)
        window.start_teaching()
        window.teach.phrase.setText("study mode")
        window.teach.submit_phrase()
        panel = window.teach
        qtbot.waitUntil(lambda: panel.pages.currentIndex() == 1, timeout=5000)
        qtbot.wait(50)
        title = next(label for label in panel.findChildren(QLabel)
                     if label.text() == "Teach a phrase")
        steps = panel._step_labels
        assert title.width() >= title.sizeHint().width()
        assert [label.text() for label in steps] == ["1", "2  What it does", "3"]
        assert steps[1].width() >= steps[1].sizeHint().width()
        window.resize(1280, 820)  # room again: every step in full
        qtbot.waitUntil(lambda: steps[0].text() == "1  The phrase", timeout=5000)
    finally:
        close_window(window, bridge)


def test_the_history_keeps_the_heard_words_readable_on_a_small_window(qtbot, window):
    """At 1280x720 with QT_SCALE_FACTOR=1.5 (853x480 to Qt) the Heard column shrank to
    "lear" beside a missed turn's buttons, and the empty list of added phrases (headers
    alone) took the room of the turns."""
    from teachapp.gui.history import MIN_HEARD, NO_ALIASES

    window.remember_geometry = False
    window.resize(850, 470)
    for said in ("purple elephant dance", "reading mode"):
        window.strip.entry.setText(said)
        window.strip._send()
        settle(qtbot, window.bridge)
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    table = window.history.table
    qtbot.waitUntil(lambda: table.rowCount() == 2, timeout=5000)
    assert table.columnWidth(1) >= MIN_HEARD
    assert table.horizontalScrollBar().maximum() > 0  # the rest is a scroll away
    history = window.history
    assert not history.aliases.isVisible() and history.no_aliases.text() == NO_ALIASES
    assert table.height() > 2 * history.no_aliases.height()
    window.resize(1600, 900)  # room enough: the heard words take what is left again
    qtbot.waitUntil(lambda: table.horizontalScrollBar().maximum() == 0, timeout=5000)
    assert table.columnWidth(1) > MIN_HEARD


def test_the_editor_scrolls_rather_than_crushing_the_steps_on_a_short_window(qtbot,
                                                                            window):
    """At 1280x720 with QT_SCALE_FACTOR=1.5 (850x470 to Qt) Movie night's steps list
    was 5 px high between its phrases and the schedule; the page now scrolls instead."""
    window.remember_geometry = False
    window.resize(850, 470)
    window.open_routine("Movie night")
    qtbot.waitUntil(lambda: window.editor.routine_name == "Movie night", timeout=5000)
    qtbot.wait(50)
    editor = window.editor
    assert editor.steps.height() >= 100
    assert editor._scroll.verticalScrollBar().maximum() > 0
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5000)
    editor.run_button.setFocus()  # the keyboard brings a part out of view into it
    qtbot.waitUntil(lambda: editor._scroll.verticalScrollBar().value() > 0, timeout=5000)
    corner = editor.run_button.mapTo(editor._scroll.viewport(),
                                      editor.run_button.rect().bottomLeft())
    assert 0 <= corner.y() <= editor._scroll.viewport().height()
    window.resize(1280, 900)  # room enough: no scrolling
    qtbot.waitUntil(lambda: editor._scroll.verticalScrollBar().maximum() == 0, timeout=5000)


def test_the_routine_lists_scroll_bar_is_drawn_as_the_others(qtbot, window):
    """With more routines than the side bar holds (1280x720 at scale 1.5) its scroll
    bar's handle was solid black: the list's "background: transparent" reached it."""
    window.remember_geometry = False
    window.resize(850, 470)
    store = window.bridge.engine.store
    for n in range(12):
        store.save_routine(Routine(name=f"Routine {n}", phrases=[Phrase(f"phrase {n}")],
                                   steps=[SetStep("light.desk_lamp", {"on": True})]))
    window.reload_routines()
    qtbot.waitUntil(lambda: len(window.routines) == 16, timeout=5000)
    routines = window.routine_list.list
    bar = routines.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.isVisible() and bar.maximum() > 0, timeout=5000)
    image = window.grab().toImage()
    x = bar.mapTo(window, bar.rect().center()).x()
    top = bar.mapTo(window, bar.rect().topLeft()).y()
    colours = {image.pixelColor(x, y).lightness()
               for y in range(top + 18, top + bar.height() - 18)}
    assert min(colours) > 60, sorted(colours)[:5]
