"""The window while a routine waits in a pause: the worker is free, the home tab shows
what waits and when it goes on, and Stop (the card's or the toolbar's) ends it.

A real window offscreen on a real SQLite file; the routine's pause is a real one.
"""

from __future__ import annotations

import threading

from _assistant_helpers import add_routine
from gui_helpers import answer_message_box, close_window, open_window
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from teachapp.domain import SayStep, SetStep, WaitStep
from teachapp.home import ensure_default_home
from teachapp.store import Store


def _with_bedtime(db_path, seconds: float = 600) -> None:
    with Store.open(db_path) as store:
        ensure_default_home(store)
        add_routine(store, "Bedtime", ["bedtime"], [
            SetStep("light.bedroom_lamp", {"on": True, "brightness": 10}), WaitStep(seconds),
            SayStep("Good night"), SetStep("fan.bedroom_fan", {"on": True})])


def _type(window, text: str) -> None:
    window.strip.entry.setText(text)
    window.strip.entry.returnPressed.emit()


def _replies(bridge) -> list[str]:
    replies: list[str] = []
    bridge.reply.connect(lambda text, _kind: replies.append(text))
    return replies


def test_the_window_goes_on_while_a_routine_waits_and_its_card_stops_it(qtbot, db_path):
    _with_bedtime(db_path)
    window, bridge = open_window(qtbot, db_path)
    try:
        replies = _replies(bridge)
        card = window.timers_card
        _type(window, "bedtime")
        qtbot.waitUntil(lambda: 'Bedtime: set Bedroom lamp on at 10 %. In 10 minutes it will '
                        'say "Good night" and then turn on Bedroom fan. Say "stop" to cancel '
                        'it.' in replies, timeout=10_000)
        qtbot.waitUntil(lambda: not bridge.busy, timeout=10_000)  # the worker is free
        qtbot.waitUntil(lambda: len(card.waits) == 1, timeout=10_000)
        assert card.isVisible()
        routine, words = card.waits[0]
        assert routine == "Bedtime"
        assert words.startswith("Bedtime is waiting: the rest runs at ")
        _type(window, "turn on the kitchen lights")
        qtbot.waitUntil(lambda: "Kitchen lights: on." in replies, timeout=10_000)
        buttons = card.findChildren(QPushButton,
                                    options=Qt.FindChildOption.FindChildrenRecursively)
        [stop] = [b for b in buttons if b.text() == "Stop" and b.isVisibleTo(card)]
        assert stop.accessibleName() == "Stop the rest of Bedtime"
        stop.click()
        qtbot.waitUntil(lambda: any(r.startswith("Stopped: the rest of bedtime will not run")
                                    for r in replies), timeout=10_000)
        qtbot.waitUntil(lambda: not card.waits and not card.isVisible(), timeout=10_000)
        assert bridge.engine.store.device("fan.bedroom_fan").state["on"] is False
    finally:
        close_window(window, bridge)


def test_the_toolbar_stop_ends_a_pause_and_says_so(qtbot, db_path):
    _with_bedtime(db_path)
    window, bridge = open_window(qtbot, db_path)
    try:
        replies = _replies(bridge)
        _type(window, "bedtime")
        qtbot.waitUntil(lambda: len(window.timers_card.waits) == 1, timeout=10_000)
        window.act_stop.trigger()
        qtbot.waitUntil(lambda: "Bedtime: stopped; the rest did not run. Say \"undo\" to "
                        "put back what changed." in replies, timeout=10_000)
        qtbot.waitUntil(lambda: not window.timers_card.isVisible(), timeout=10_000)
    finally:
        close_window(window, bridge)


def test_closing_the_window_during_a_pause_runs_nothing_later(qtbot, db_path):
    _with_bedtime(db_path, seconds=4)  # (outlasts the question asked on closing)
    window, bridge = open_window(qtbot, db_path)
    closed = False
    try:
        _type(window, "bedtime")
        qtbot.waitUntil(lambda: len(window.timers_card.waits) == 1, timeout=10_000)
        close_window(window, bridge)  # ("Stop them and close": the test below asks)
        closed = True
        assert not [t for t in threading.enumerate() if t.name.startswith("teachapp-rest")]
        qtbot.wait(4500)  # past the pause
    finally:
        if not closed:
            close_window(window, bridge)
    with Store.open(db_path) as store:
        assert store.device("fan.bedroom_fan").state["on"] is False
        assert store.device("light.bedroom_lamp").state["brightness"] == 10
        assert store.last_run() is not None and store.last_run().routine == "Bedtime"


def test_closing_the_window_during_a_pause_asks_first(qtbot, db_path):
    """Closing the window while a routine waited in a pause stopped its rest without a
    word (the lamp stayed low all night, the fan never came on). Now it asks, and "Keep
    running" leaves the window open and the routine waiting."""
    _with_bedtime(db_path)
    window, bridge = open_window(qtbot, db_path)
    try:
        _type(window, "bedtime")
        qtbot.waitUntil(lambda: len(window.timers_card.waits) == 1, timeout=10_000)
        seen: dict[str, str] = {}
        answer_message_box(seen, "Cancel")
        window.close()
        assert seen == {"title": "Routines still running",
                        "text": "“Bedtime” is still running: the rest will not run if "
                                "teachapp closes.",
                        "why": 'What was done so far stays done; say "undo" to put it back. '
                               "Keep teachapp open (minimise it) to let the rest run."}
        assert window.isVisible() and len(window.timers_card.waits) == 1
        assert [t for t in threading.enumerate() if t.name.startswith("teachapp-rest")]
    finally:
        close_window(window, bridge)
