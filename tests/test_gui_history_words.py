"""The history says what a person understands: "ran", "asked which", "not understood",
"done", not the log's "run", "clarify", "reject", "awareness"; a typed command's device
change is not called a "voice command"; a phrase added to a routine is not an "alias"."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from teachapp.gui.history_words import ended_words

_LOG_WORDS = {"run", "clarify", "reject", "dialogue", "command", "teach", "awareness", "ok",
              "not known", "asked", "confirmed", "declined"}


def _say(qtbot, window, text):
    window.strip.entry.setText(text)
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)


def _rows(qtbot, window):
    window.tabs.setCurrentWidget(window.history)
    window.history.refresh()
    settle(qtbot, window.bridge)
    table = window.history.table
    return {table.item(r, 1).text(): (table.item(r, 2).text(), table.item(r, 5).text())
            for r in range(table.rowCount())}


def test_each_turn_says_what_was_done_and_how_it_ended_in_plain_words(qtbot, window):
    for said in ("movie night", "set a timer for 5 minutes", "good nite everyone", "yes",
                 "purple elephant dance", "desk lamp to 30 percent", "what's on?"):
        _say(qtbot, window, said)
    rows = _rows(qtbot, window)
    assert rows["movie night"] == ("ran", "done")
    assert rows["good nite everyone"][0] == "asked which"
    assert rows["purple elephant dance"] == ("not understood", "unknown phrase")
    assert rows["desk lamp to 30 percent"] == ("set devices", "done")
    assert rows["set a timer for 5 minutes"] == ("replied", "done")
    assert rows["what's on?"][1] == "answered"
    shown = {word for pair in rows.values() for word in pair}
    assert not shown & _LOG_WORDS, shown & _LOG_WORDS
    header = window.history.table.horizontalHeaderItem
    assert (header(2).text(), header(5).text()) == ("Did", "How it ended")
    assert header(2).toolTip()


def test_a_failed_step_is_said_as_a_person_would():
    assert ended_words("failed: step 2") == "step 2 failed"
    assert ended_words("failed: step 1, 3") == "steps 1, 3 failed"
    assert ended_words("something new") == "something new"  # shown as logged


def test_a_typed_command_is_not_called_a_voice_command(qtbot, window):
    _say(qtbot, window, "desk lamp to 30 percent")
    window.tabs.setCurrentWidget(window.device_history)
    table = window.device_history.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=5000)
    assert table.item(0, 3).text() == "command: “desk lamp to 30 percent”"


def test_a_phrase_added_later_says_where_it_came_from_in_words(qtbot, window):
    _say(qtbot, window, "lights for the film")
    _rows(qtbot, window)
    table = window.history.table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 1).text() == "lights for the film")
    assign = table.cellWidget(row, 6).findChildren(QPushButton)[1]
    qtbot.mouseClick(assign, Qt.MouseButton.LeftButton)  # (its menu is made as it opens)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5000)
    menu = QApplication.activePopupWidget()
    next(a for a in menu.actions() if a.text() == "Movie night").trigger()
    menu.close()
    settle(qtbot, window.bridge)
    window.history.refresh()
    settle(qtbot, window.bridge)
    aliases = window.history.aliases
    assert aliases.horizontalHeaderItem(0).text() == "Also answers to"
    window.open_routine("Movie night")
    qtbot.waitUntil(lambda: window.editor.routine_name == "Movie night", timeout=5000)
    row = next(r for r in window.editor.phrase_rows() if r.text() == "lights for the film")
    origins = [label.text() for label in row.findChildren(QLabel)
               if label.text() and label is not row.result]
    assert origins == ["added by hand"]
    assert "alias" not in " ".join(label.toolTip() for label in
                                   row.findChildren(QLabel))


def test_a_learned_phrase_says_where_it_came_from_in_words(qtbot, window):
    """"Came from" read the engine's "learned 2026-12-05: chosen in "did you mean"";
    it says how in words and a day a person reads, the why in its tooltip."""
    from datetime import datetime, timedelta

    from teachapp.conversation.learning_hooks import LearnedAlias

    now = datetime.now()
    window.history.set_aliases([
        LearnedAlias("nighty night", "good night", 'chosen in "did you mean"',
                     'sounds like "good night"', 1, now),
        LearnedAlias("flicks", "movie night", "heard 2 times", "", 2,
                     now - timedelta(days=1)),
        LearnedAlias("lights", "reading mode", "confirmed", "", 1, datetime(2019, 3, 4)),
    ])
    table = window.history.aliases
    came = [table.item(row, 2).text() for row in range(3)]
    assert came == ["learned today: you chose it when I asked “did you mean …?”",
                    "learned yesterday: you said it 2 times, each time just before its "
                    "own phrase",
                    "learned on 4 March 2019: you said yes when I asked if you meant it"]
    assert 'Sounds like "good night".' in table.item(0, 2).toolTip()
    assert not any(char.isdigit() for char in came[0])


def test_the_conversations_new_outcomes_are_said_in_words(qtbot, window):
    """A phrase added, taken off or forgotten, a rename and a "yes" with nothing asked
    ended "phrase added", "phrase removed", "forget alias", "renamed", "nothing asked":
    the log's words. They are said as the explanation says them."""
    for said in ("also call movie night film time", "forget film time",
                 "rename reading mode to quiet time", "yes"):
        _say(qtbot, window, said)
    rows = _rows(qtbot, window)
    assert rows["also call movie night film time"][1] == "phrase added"
    assert rows["forget film time"][1] == "phrase taken off"
    assert rows["rename reading mode to quiet time"][1] == "renamed"
    assert rows["yes"][1] == "nothing to answer"
    assert ended_words("forget alias") == "learned phrase forgotten"
