"""The timers card as a person uses it: the time left beside each timer, and Cancel
from the keyboard leaves the focus on what is left."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton


def _say(qtbot, window, text):
    window.strip.entry.setText(text)
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)


def _rows(card):
    return [label.text() for label in card.findChildren(QLabel)
            if label.isVisibleTo(card) and label.text() != "<b>Timers</b>"]


def _cancels(card):
    return [button for button in card._buttons() if button.text() == "Cancel"]


def test_the_card_says_how_long_is_left_as_the_list_of_timers_does(qtbot, window):
    """It read "10-minute timer at 08:21" alone, beside "what's scheduled?"'s
    "10-minute timer at 08:21 (in 10 minutes)"."""
    _say(qtbot, window, "set a timer for 10 minutes")
    card = window.timers_card
    qtbot.waitUntil(lambda: len(card.shown) == 1, timeout=5000)
    [row] = _rows(card)
    assert row.startswith("10-minute timer at ") and row.endswith(" (in 10 minutes)")
    _say(qtbot, window, "what's scheduled?")
    assert any(row[1:] in line for line in window.strip.lines())


def test_cancel_from_the_keyboard_keeps_the_focus_on_the_card(qtbot, window):
    """Space on a Cancel button dropped the focus (the card was rebuilt): the next Tab
    started again at the side bar."""
    window.activateWindow()
    _say(qtbot, window, "set a timer for 10 minutes")
    _say(qtbot, window, "turn off the tv in 30 minutes")
    card = window.timers_card
    qtbot.waitUntil(lambda: len(card.shown) == 2, timeout=5000)
    first = _cancels(card)[0]
    assert first.accessibleName().startswith("Cancel 10-minute timer at ")
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(card.shown) == 1, timeout=5000)
    focused = QApplication.focusWidget()
    assert isinstance(focused, QPushButton) and focused in card._buttons()
    assert focused.accessibleName().startswith("Cancel turn off TV at ")
    qtbot.keyClick(focused, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: not card.shown, timeout=5000)
    assert card.isHidden()
    assert QApplication.focusWidget() is window.strip.entry  # ready for the next command
    assert window.bridge.engine.store.timers() == []


def test_cancel_on_the_card_reads_as_cancel_the_timer_said(qtbot, window):
    """The card's Cancel replied "Cancelled the timer to tell you when 10 minutes are
    up at …", under the last turn's reply as if part of it; it is now shown under what
    was pressed, in the words the card and "cancel the timer" use."""
    _say(qtbot, window, "set a timer for 10 minutes")
    card = window.timers_card
    qtbot.waitUntil(lambda: len(card.shown) == 1, timeout=5000)
    [(_id, words)] = card.shown
    at = words.split(" (in ")[0]  # "10-minute timer at 08:21"
    qtbot.mouseClick(_cancels(card)[0], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not card.shown, timeout=5000)
    settle(qtbot, window.bridge)
    assert window.strip.lines()[-2:] == [f"Cancel “{at}”", f"Cancelled the {at}."]
    _say(qtbot, window, "set a timer for 10 minutes")
    _say(qtbot, window, "cancel the timer")
    assert window.strip.lines()[-1] == f"Cancelled the {at}."


def test_pause_and_resume_on_the_card_do_what_saying_it_does(qtbot, window):
    """The card had Cancel alone: a timer could be paused only by saying "pause the
    timer". Pause now pauses it with the conversation's words (and "undo" there takes
    it back), the row says it is paused, and Resume sets it going again."""
    _say(qtbot, window, "set a timer for 10 minutes")
    _say(qtbot, window, "set an alarm for 7 am")
    card = window.timers_card
    qtbot.waitUntil(lambda: len(card.shown) == 2, timeout=5000)
    texts = [b.text() for b in card._buttons()]
    assert sorted(texts) == ["Cancel", "Cancel", "Pause"], texts  # the alarm: no Pause
    pause = next(b for b in card._buttons() if b.text() == "Pause")
    assert pause.accessibleName().startswith("Pause 10-minute timer at ")
    assert "keeps the time it has left" in pause.toolTip()
    pause.setFocus()
    qtbot.keyClick(pause, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: any(b.text() == "Resume" for b in card._buttons()), timeout=5000)
    settle(qtbot, window.bridge)
    store = window.bridge.engine.store
    assert [t.paused for t in store.timers() if "alarm" not in t.text] == [True]
    assert window.strip.lines()[-2].startswith("Pause “10-minute timer at "), \
        window.strip.lines()[-3:]
    assert window.strip.lines()[-1].startswith("Paused your 10-minute timer with "), \
        window.strip.lines()[-3:]
    assert any(row.startswith("10-minute timer (paused, ") for row in _rows(card))
    focused = QApplication.focusWidget()  # on the button that took its place
    assert isinstance(focused, QPushButton) and focused.text() == "Resume"
    _say(qtbot, window, "undo")  # the conversation's undo of a pause
    qtbot.waitUntil(lambda: not any(b.text() == "Resume" for b in card._buttons()),
                    timeout=5000)
    pause = next(b for b in card._buttons() if b.text() == "Pause")
    qtbot.mouseClick(pause, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(b.text() == "Resume" for b in card._buttons()), timeout=5000)
    resume = next(b for b in card._buttons() if b.text() == "Resume")
    qtbot.mouseClick(resume, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(b.text() == "Resume" for b in card._buttons()),
                    timeout=5000)
    settle(qtbot, window.bridge)
    assert window.strip.lines()[-1].startswith("Resumed: ")
    assert not any(t.paused for t in store.timers())


def test_many_timers_leave_the_home_page_its_tiles(qtbot, window):
    """On a short window (1280x720 at scale 1.5) three timers took most of the home
    page; the rows now take a fifth of it at most and the rest scroll in the card, each
    still reached from the keyboard."""
    window.resize(1024, 520)
    for minutes in (3, 4, 5, 6, 7, 8):
        _say(qtbot, window, f"set a timer for {minutes} minutes")
    card = window.timers_card
    qtbot.waitUntil(lambda: len(card.shown) == 6, timeout=5000)
    home = window.tabs.widget(0)
    qtbot.wait(50)
    assert card.height() <= home.height() // 3
    last = _cancels(card)[-1]
    window.activateWindow()
    last.setFocus()
    qtbot.waitUntil(lambda: last.visibleRegion().boundingRect().height() == last.height(),
                    timeout=2000)


def test_a_refilled_card_shows_only_its_new_rows_at_once(qtbot, window):
    """The card refilled (as after every turn) left the old rows shown until the event
    loop deleted them: a Stop found between the two was one of two (CI saw it)."""
    card = window.timers_card
    waits = [("Bedtime", "Bedtime is waiting: the rest runs at 22:10 (in 10 minutes).")]
    card.show_timers([], waits)
    card.show_timers([], waits)  # (no event loop between: the first rows not deleted yet)
    shown = [b for b in card.findChildren(QPushButton) if b.isVisibleTo(card)]
    assert [b.accessibleName() for b in shown] == ["Stop the rest of Bedtime"]
    assert [label for label in _rows(card)] == [waits[0][1]]
