"""Routine names in the window's lists: a routine taught by voice reads as one named in
the editor, and a routine renamed since a turn is named as it is called now."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def _say(qtbot, window, text):
    window.strip.entry.setText(text)
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)


def _listed(window):
    items = window.routine_list.list
    return [items.item(i).text().split("\n")[0] for i in range(items.count())]


def _history(qtbot, window):
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    return window.history.table


def _row(table, heard):
    return next(r for r in range(table.rowCount()) if table.item(r, 1).text() == heard)


def test_a_routine_taught_by_voice_is_listed_as_one_named_in_the_editor(qtbot, window):
    """'bedtime' taught by typing read "bedtime" beside the editor's "Good night"."""
    for turn in ("teach", "bedtime", "bedroom lamp off", "done", "yes"):
        _say(qtbot, window, turn)
    qtbot.waitUntil(lambda: "Bedtime" in _listed(window), timeout=5000)
    assert _listed(window) == ["Bedtime", "Good morning", "Good night", "Movie night",
                               "Reading mode"]
    # the name itself is as taught, as `teach`, `resolve --json` and `list` report it
    assert "bedtime" in window.bridge.engine.store.routine_names()
    window.routine_list.select("bedtime")
    assert window.routine_list.current() == "bedtime"


def test_the_history_names_a_renamed_routine_as_it_is_called_now(qtbot, window):
    """After "rename good night to Lights out" every turn of Good night read
    "Good night" as if it were another routine, and "why?" of the rename said
    "it is now Good night"."""
    _say(qtbot, window, "good night")
    _say(qtbot, window, "rename good night to Lights out")
    _say(qtbot, window, "lights out")
    table = _history(qtbot, window)
    ran = _row(table, "good night")
    assert table.item(ran, 4).text() == "Good night (now called Lights out)"
    table.setCurrentCell(ran, 1)
    assert window.history.why.text().endswith("Good night is now called lights out.")
    renamed = _row(table, "rename good night to Lights out")
    assert table.item(renamed, 4).text() == "Good night (now called Lights out)"
    table.setCurrentCell(renamed, 1)
    assert ("You asked me to rename good night; it is now called lights out."
            in window.history.why.text())
    assert table.item(_row(table, "lights out"), 4).text() == "Lights out"


def test_the_learned_phrases_and_the_assign_menu_list_names_alike(qtbot, window):
    for turn in ("teach", "bedtime", "bedroom lamp off", "done", "yes",
                 "purple elephant dance"):
        _say(qtbot, window, turn)
    table = _history(qtbot, window)
    assign = table.cellWidget(_row(table, "purple elephant dance"), 6).layout().itemAt(1)
    qtbot.mouseClick(assign.widget(), Qt.MouseButton.LeftButton)  # (made as it opens)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5000)
    menu = QApplication.activePopupWidget()
    names = [a.text() for a in menu.actions()]
    assert "Bedtime" in names and "bedtime" not in names
    next(a for a in menu.actions() if a.text() == "Bedtime").trigger()
    menu.close()
    settle(qtbot, window.bridge)
    window.history.refresh()
    settle(qtbot, window.bridge)
    aliases = window.history.aliases
    row = next(r for r in range(aliases.rowCount())
               if aliases.item(r, 0).text() == "purple elephant dance")
    assert aliases.item(row, 1).text() == "Bedtime"
    assert window.bridge.engine.store.phrase_owner("purple elephant dance") == "bedtime"


def test_a_did_you_mean_answered_yes_is_nothing_to_teach(qtbot, window):
    """"good nite everyone" -> "Did you mean Good night?" -> "yes" learned the phrase,
    yet its row kept "Teach this" and "Assign to", as if still missed."""
    _say(qtbot, window, "good nite everyone")
    _say(qtbot, window, "yes")
    _say(qtbot, window, "purple elephant dance")
    assert window.bridge.engine.store.phrase_owner("good nite everyone") == "Good night"
    table = _history(qtbot, window)
    asked = _row(table, "good nite everyone")
    assert table.item(asked, 2).text() == "asked which"
    assert table.cellWidget(asked, 6) is None
    assert table.cellWidget(_row(table, "purple elephant dance"), 6) is not None


def test_a_schedule_cut_at_the_side_bars_edge_is_whole_in_its_tooltip(qtbot, window):
    """"runs once at 12:00 on Sat 5 D…": the list's third line is cut at the side bar's
    edge, and the tooltip had only the name and phrases."""
    _say(qtbot, window, "run movie night in 10 minutes")
    _say(qtbot, window, "movie night every friday at 8pm")
    qtbot.waitUntil(lambda: "runs" in _item(window, "Movie night").text(), timeout=5000)
    tip = _item(window, "Movie night").toolTip()
    assert "\nRuns once at " in tip and "; on Fridays at 20:00" in tip


def _item(window, name):
    items = window.routine_list.list
    return next(items.item(i) for i in range(items.count())
                if items.item(i).text().startswith(name))
