"""The window's schedule section, hunch card and device history, on a real engine."""

import re
from datetime import UTC, datetime, time

from gui_helpers import (  # noqa: F401
    close_window,
    offer_lamp_hunch,
    open_window,
    settle,
    window_fixture,
)
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

LAMP = "light.living_room_lamp"


def test_the_schedule_section_adds_triggers_in_words_and_saves_them(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        name = window.routines[0].name
        window.open_routine(name)
        qtbot.waitUntil(lambda: window.editor.routine_name == name, timeout=10_000)
        section = window.editor.schedule
        section.entry.setText("every weekday at 7")
        section.add_button.click()  # (checked on the engine's worker, then added)
        qtbot.waitUntil(lambda: section.list.count() == 1, timeout=10_000)
        assert section.list.item(0).text() == "every weekday at 07:00"
        section.entry.setText("whenever")
        section.add_button.click()
        assert "did not understand" in section.problem.text()
        assert window.editor.dirty
        window.editor.save()
        settle(qtbot, bridge)
        saved = bridge.engine.store.routine(name)
        assert [t.days for t in saved.triggers] == [(0, 1, 2, 3, 4)]
        # an hour without am/pm: chat's rule (it took 08:00, where chat asks which)
        window.editor.name.setText("Reading corner")
        section.entry.setText("every friday at 8")
        section.add_button.click()
        assert section.problem.text() == ('Is 8 in the morning or in the evening? Write '
                                          '"8 am" or "8 pm" (or 08:00 or 20:00).')
        window.editor.name.setText("Film night")
        section.add_button.click()
        qtbot.waitUntil(lambda: section.list.count() == 2, timeout=10_000)
        assert section.list.item(1).text() == "on Fridays at 20:00"
    finally:
        close_window(window, bridge)


def test_a_hunch_card_answers_through_the_engine_and_history_shows_the_cause(qtbot, db_path):
    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        store = bridge.engine.store
        offer = offer_lamp_hunch(bridge)
        window.hunch_card.show_offer(offer)
        assert window.hunch_card.isVisible()
        assert "usually off by now" in window.hunch_card.message.text()
        window.hunch_card.buttons["Why?"].click()
        settle(qtbot, bridge)
        assert "off 100 % of the time" in window.hunch_card.detail.text()
        window.hunch_card.buttons["Yes"].click()
        settle(qtbot, bridge)
        assert not window.hunch_card.isVisible()
        assert store.device(LAMP).state["on"] is False
        window.tabs.setCurrentWidget(window.device_history)
        qtbot.waitUntil(lambda: window.device_history.table.rowCount() > 0, timeout=10_000)
        table = window.device_history.table
        assert table.item(0, 3).text() == "hunch" and table.item(0, 2).text() == "off"
    finally:
        close_window(window, bridge)


def test_the_routine_list_shows_when_a_routine_runs_on_its_own(qtbot, store):
    from teachapp.domain import Phrase, Routine, SetStep
    from teachapp.gui.routine_list import RoutineList
    from teachapp.triggers import Trigger

    scheduled = Routine(name="Lock up", phrases=[Phrase("lock up")],
                        steps=[SetStep("lock.front_door", {"locked": True})],
                        triggers=[Trigger("time", time=time(22, 0))])
    plain = Routine(name="Movie mode", phrases=[Phrase("movie mode")],
                    steps=[SetStep("media_player.tv", {"on": True})])
    widget = RoutineList()
    qtbot.addWidget(widget)
    widget.set_routines([scheduled, plain])
    assert widget.list.item(0).text() == "Lock up\n“lock up”\nruns every day at 22:00"
    assert widget.list.item(1).text() == "Movie mode\n“movie mode”"
    # a one-off already past is not said; one still ahead is
    past = Trigger("once", at=datetime(2020, 1, 1, 7, 0, tzinfo=UTC))
    ahead = Trigger("once", at=datetime(2099, 1, 1, 7, 0, tzinfo=UTC))
    plain.triggers = [past]
    scheduled.triggers = [past, ahead]
    widget.set_routines([scheduled, plain])
    assert widget.list.item(0).text().endswith("\nruns once at 07:00 on Thu 1 Jan 2099")
    assert widget.list.item(1).text() == "Movie mode\n“movie mode”"


def test_closing_the_window_stops_schedules_and_hunches_on_its_database(qtbot, db_path):
    """The schedule-and-hunch thread went on ticking on the closed database after the
    window closed (a screenshot's scratch folder could not be removed under it)."""
    import threading

    before = set(threading.enumerate())
    window, bridge = open_window(qtbot, db_path)
    qtbot.waitUntil(lambda: any(t.name == "teachapp-homewatch"
                                for t in set(threading.enumerate()) - before), timeout=10_000)
    watch = [t for t in set(threading.enumerate()) - before if t.name == "teachapp-homewatch"]
    close_window(window, bridge)
    for thread in watch:
        thread.join(5)
    assert not any(t.is_alive() for t in watch)


def test_a_timer_set_by_voice_is_on_the_home_tab_until_cancelled(qtbot, db_path):
    """Timers were set, listed and cancelled only by voice: the window showed none."""
    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        card = window.timers_card
        assert not card.isVisible()
        window.strip.entry.setText("turn off the tv in 30 minutes")
        window.strip.entry.returnPressed.emit()
        qtbot.waitUntil(lambda: len(card.shown) == 1, timeout=10_000)
        assert card.isVisible()
        timer_id, words = card.shown[0]
        # Near midnight the time is tomorrow's; the suite runs at any hour.
        assert re.match(r"turn off TV (tomorrow )?at \d\d:\d\d", words), words
        assert words == bridge.engine.assistant.timers()[0][1]
        replies: list[str] = []
        bridge.reply.connect(lambda text, _kind: replies.append(text))
        cancel = card.findChildren(QPushButton, options=Qt.FindChildOption.FindChildrenRecursively)
        [button] = [b for b in cancel if b.text() == "Cancel"]
        assert button.accessibleName() == f"Cancel {words}"
        button.click()
        qtbot.waitUntil(lambda: not card.shown, timeout=10_000)
        assert not card.isVisible()
        assert bridge.engine.store.timers() == []
        qtbot.waitUntil(lambda: any(r.startswith("Cancelled the timer to turn off TV")
                                    for r in replies), timeout=10_000)
        button_gone = bridge.engine.assistant.cancel_timer(timer_id)
        assert button_gone == ["That timer is no longer set (it ran, or was cancelled)."]
    finally:
        close_window(window, bridge)


def test_the_device_history_in_front_shows_a_change_made_meanwhile(qtbot, window):
    """The tab read the history only when chosen: a command typed while it was in front
    was missing until the person left the tab and came back."""
    window.tabs.setCurrentWidget(window.device_history)
    settle(qtbot, window.bridge)
    table = window.device_history.table
    before = table.rowCount()
    qtbot.keyClicks(window.strip.entry, "desk lamp to 30 percent")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: table.rowCount() > before, timeout=5000)
    assert table.item(0, 1).text() == "Desk lamp" and "30 %" in table.item(0, 2).text()


def test_the_device_history_says_which_run_an_undo_put_back(qtbot, window):
    """An undo's row said only "undo"; now "undo of Good night"."""
    for said in ("good night", "undo"):
        qtbot.keyClicks(window.strip.entry, said)
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        settle(qtbot, window.bridge)
    window.tabs.setCurrentWidget(window.device_history)
    table = window.device_history.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=5000)
    assert table.item(0, 3).text() == "undo of Good night"
    # The table fills the page: it ended at a third of it, beside an empty grey area.
    header = table.horizontalHeader()
    last = header.sectionViewportPosition(3) + header.sectionSize(3)
    assert last >= table.viewport().width() - 2


def test_the_device_history_names_a_routine_renamed_since_as_it_is_called_now(qtbot, window):
    """After "Good night" was renamed "Lights out" in the editor, its runs read "routine:
    Good night" beside "routine: Lights out", as if two routines; now as "why is the lamp
    on?" says it: "Good night (now called Lights out)"."""
    qtbot.keyClicks(window.strip.entry, "good night")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    window.open_routine("Good night")
    editor = window.editor
    qtbot.waitUntil(lambda: editor.routine_name == "Good night", timeout=5000)
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Lights out")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.routine_name == "Lights out", timeout=5000)
    window.tabs.setCurrentWidget(window.device_history)
    table = window.device_history.table
    qtbot.waitUntil(lambda: table.rowCount() > 0, timeout=5000)
    causes = {table.item(row, 3).text() for row in range(table.rowCount())}
    assert causes == {"routine: Good night (now called Lights out)"}, causes


def test_a_schedule_set_in_the_window_is_reported_missed_next_time(qtbot, db_path,
                                                                   monkeypatch):
    """The window's watch ended without starting the schedules added in it that no pass
    had seen yet (chat starts them as it leaves: ``Watching.stop``), so a schedule set
    just before closing counted only from the next start: its runs due while nothing ran
    went unsaid. Now the window ends its watch as chat does, and the next chat says them
    first."""
    from conftest import run_teachapp

    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("TEACHAPP_NOW", "2026-12-05T10:00+00:00")  # a Saturday morning
    window, bridge = open_window(qtbot, db_path, examples=True)
    replies: list[str] = []
    try:
        bridge.reply.connect(lambda text, _kind: replies.append(text))
        window.strip.entry.setText("run movie night every day at 7 am")
        window.strip.entry.returnPressed.emit()
        qtbot.waitUntil(lambda: any("will run every day at 07:00" in r for r in replies),
                        timeout=10_000)
    finally:
        close_window(window, bridge)
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat", input="what time is it?\n",
                        env={"TZ": "UTC", "TEACHAPP_NOW": "2026-12-07T12:00+00:00"})
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == (
        "Movie night was due at Sun 07:00 and 1 more until Mon 07:00 while teachapp was not "
        "running; they were not run late.")
