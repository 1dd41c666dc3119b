"""History: every turn listed; a miss taught or assigned in two clicks; aliases removed."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def _say(qtbot, window, text):
    window.strip.entry.setText(text)
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)


def _row(qtbot, window, heard):
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    table = window.history.table
    for row in range(table.rowCount()):
        if table.item(row, 1).text().startswith(heard):
            return row
    raise AssertionError(f"{heard!r} not in the history")


def _opened_menu(qtbot, button):
    """The menu a click on ``button`` opens."""
    from PySide6.QtWidgets import QApplication, QMenu

    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(QApplication.activePopupWidget(), QMenu),
                    timeout=5000)
    return QApplication.activePopupWidget()


def test_every_turn_is_listed(qtbot, window):
    _say(qtbot, window, "reading mode")
    _say(qtbot, window, "purple elephant dance")
    row = _row(qtbot, window, "purple elephant dance")
    table = window.history.table
    assert table.item(row, 2).text() == "not understood"
    run_row = _row(qtbot, window, "reading mode")
    assert table.item(run_row, 2).text() == "ran"
    assert table.item(run_row, 4).text() == "Reading mode"
    assert table.item(run_row, 3).text().endswith("%")
    assert table.cellWidget(run_row, 6) is None  # nothing to fix on a success


def test_an_answered_question_is_nothing_to_teach(qtbot, window):
    """"what's on?" and "don't start reading mode" were understood and answered; they
    showed "Teach this" and "Assign to" as if missed."""
    _say(qtbot, window, "what's on?")
    _say(qtbot, window, "don't start reading mode")
    _say(qtbot, window, "purple elephant dance")
    table = window.history.table
    for heard in ("what's on?", "don't start reading mode"):
        row = _row(qtbot, window, heard)
        assert table.item(row, 5).text() in ("answered", "not run")
        assert table.cellWidget(row, 6) is None
    assert table.cellWidget(_row(qtbot, window, "purple elephant dance"), 6) is not None


def test_teach_this_from_the_history(qtbot, window):
    _say(qtbot, window, "purple elephant dance")
    row = _row(qtbot, window, "purple elephant dance")
    teach = window.history.table.cellWidget(row, 6).findChildren(QPushButton)[0]
    assert teach.text() == "Teach this"
    qtbot.mouseClick(teach, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.teach.session is not None, timeout=5000)
    settle(qtbot, window.bridge)
    assert window.teach.session.phrase == "purple elephant dance"
    assert window.teach.isVisible()
    assert window.tabs.currentIndex() == 0  # back on the tiles, ready to set targets


def test_assign_a_miss_to_a_routine_and_remove_the_learned_phrase(qtbot, window):
    store = window.bridge.engine.store
    _say(qtbot, window, "lights for the film")
    row = _row(qtbot, window, "lights for the film")
    assign = window.history.table.cellWidget(row, 6).findChildren(QPushButton)[1]
    menu = _opened_menu(qtbot, assign)  # (its routines are put in as it opens)
    action = next(a for a in menu.actions() if a.text() == "Movie night")
    action.trigger()  # the second click: choosing the routine in the menu
    settle(qtbot, window.bridge)
    turn = next(t for t in store.interactions() if t.heard == "lights for the film")
    assert turn.routine == "Movie night"
    # One confirmation in the history is enough: the phrase is learned at once.
    assert "lights for the film" in store.routine("Movie night").phrase_texts()
    window.history.refresh()
    settle(qtbot, window.bridge)
    aliases = window.history.aliases
    rows = [r for r in range(aliases.rowCount())
            if aliases.item(r, 0).text() == "lights for the film"]
    assert rows and aliases.item(rows[0], 1).text() == "Movie night"
    # Given by hand, so not "learned from a rephrase"; the turn is no longer a miss.
    assert aliases.item(rows[0], 2).text() == "added by hand"
    row = _row(qtbot, window, "lights for the film")
    assert window.history.table.item(row, 5).text() == "given to the routine"
    assert window.history.table.cellWidget(row, 6) is None
    qtbot.mouseClick(aliases.cellWidget(rows[0], 3), Qt.MouseButton.LeftButton)
    settle(qtbot, window.bridge)
    assert "lights for the film" not in store.routine("Movie night").phrase_texts()
    qtbot.waitUntil(lambda: aliases.rowCount() == 0, timeout=5000)


def test_a_phrase_added_in_the_editor_is_not_called_learned(qtbot, window):
    """The list of phrases added since teaching holds those added by hand too; it was
    titled "Learned phrases" over "time to read … added by hand"."""
    from PySide6.QtWidgets import QLabel

    window.open_routine("Movie night")
    editor = window.editor
    qtbot.waitUntil(lambda: editor.routine_name == "Movie night", timeout=5000)
    editor.add_phrase("film time")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    aliases = window.history.aliases
    qtbot.waitUntil(lambda: any(aliases.item(r, 0).text() == "film time"
                                for r in range(aliases.rowCount())), timeout=5000)
    titles = [label.text() for label in window.history.findChildren(QLabel)
              if label.objectName() == "sectionTitle" and label.isVisible()]
    assert "Learned phrases" not in titles and "Phrases added since teaching" in titles


def test_a_run_set_for_later_names_its_routine(qtbot, window):
    """"run movie night in 10 minutes" typed in the window: its row named no routine
    (the Routine column was empty, as for a miss), where a run or a rename names it."""
    _say(qtbot, window, "run movie night in 10 minutes")
    _say(qtbot, window, "when does movie night run")
    table = window.history.table
    assert table.item(_row(qtbot, window, "run movie night in 10 minutes"), 4).text() \
        == "Movie night"
    assert table.item(_row(qtbot, window, "when does movie night run"), 4).text() \
        == "Movie night"


def test_did_you_mean_answered_with_another_phrase_runs_it(qtbot, window):
    """"mvie" -> "Did you mean movie night?" -> "movie time" (another of its phrases):
    the answer names the routine meant (``AnswersMixin._routine_named``), which the
    history's record of a schedule turn once hid under an attribute of the same name
    (TypeError: 'NoneType' object is not callable)."""
    _say(qtbot, window, "mvie")
    assert window.strip.lines()[-1] == "Did you mean movie night?"
    _say(qtbot, window, "movie time")
    assert window.strip.lines()[-1] == "Movie night: set Living room lamp on at 20 % and then set TV on at 35 %; the rest was already so."


def test_scrolling_back_reaches_the_oldest_turns(qtbot, window):
    """It showed the newest 300 turns and nothing older could be reached; the next page
    is read when the list is scrolled to its end, or with "Show older turns"."""
    from teachapp.gui.history import PAGE
    from teachapp.store import Interaction

    store = window.bridge.engine.store
    total = 2 * PAGE + 5
    for n in range(total):
        store.log_interaction(Interaction(heard=f"old turn {n}", decision="reject",
                                          outcome="rejected"))
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    view, table = window.history, window.history.table

    def heard():
        return [table.item(r, 1).text() for r in range(table.rowCount())]

    assert heard() == [f"old turn {n}" for n in range(total - 1, total - 1 - PAGE, -1)]
    assert view.older.isVisible() and view.older.text() == "Show older turns"
    qtbot.mouseClick(view.older, Qt.MouseButton.LeftButton)
    settle(qtbot, window.bridge)
    assert table.rowCount() == 2 * PAGE
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum())  # scrolled to the end: the last page comes
    settle(qtbot, window.bridge)
    assert heard() == [f"old turn {n}" for n in range(total - 1, -1, -1)]
    assert not view.older.isVisible()
    # The oldest turn can be taught or assigned like the newest, once in view (the
    # buttons are made for the rows in view only: memory stays small).
    assert table.cellWidget(total - 1, 6) is None
    bar.setValue(bar.maximum())
    assert table.cellWidget(total - 1, 6) is not None


def test_assign_to_among_many_routines_is_a_short_menu_and_a_search(qtbot, window,
                                                                     tmp_path):
    """With 1,500 routines "Assign to" was one menu of 1,500 names; it now lists the
    routines used last and "Other routine…", a chooser whose search finds any routine
    by its name or its phrases."""
    import sys

    from conftest import REPO

    from teachapp.conversation.library import OnClash, apply_import, plan_import

    sys.path.insert(0, str(REPO / "benchmarks"))
    from import_large import household_file  # (the benchmark's own household)

    store = window.bridge.engine.store
    source = tmp_path / "household.json"
    source.write_text(household_file(1500), encoding="utf-8")
    apply_import(store, plan_import(store, str(source)), OnClash.FAIL)
    window.reload_routines()
    settle(qtbot, window.bridge)
    _say(qtbot, window, "movie night")  # used last: first in the menu
    _say(qtbot, window, "lights for the film")
    row = _row(qtbot, window, "lights for the film")
    assign = window.history.table.cellWidget(row, 6).findChildren(QPushButton)[1]
    menu = _opened_menu(qtbot, assign)
    names = [a.text() for a in menu.actions() if not a.isSeparator() and a.text()]
    assert len(names) <= 12, names
    assert names[0] == "Movie night"  # used last; never-used routines wait in the chooser
    assert not [n for n in names if n.startswith("Routine ")]
    other = next(a for a in menu.actions() if a.text().startswith("Other routine…"))
    assert other.text() == f"Other routine… ({len(store.routine_names()):,} in all)"
    menu.close()
    other.trigger()
    chooser = window.history.chooser
    assert chooser.isVisible() and len(chooser.shown()) == len(store.routine_names())
    qtbot.keyClicks(chooser.search, "time for")  # a phrase: every household routine
    assert len(chooser.shown()) == 1500
    chooser.search.clear()
    qtbot.keyClicks(chooser.search, "routine 742")
    assert chooser.shown() == ["Routine 742"]
    qtbot.keyClick(chooser.search, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    assert window.history.chooser is None  # closed
    assert "lights for the film" in store.routine("Routine 742").phrase_texts()
