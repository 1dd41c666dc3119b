"""The window's Schedule section: the next run, a skipped run, and a button to skip the
next run or run it after all, through the same engine functions as the voice, with a
real engine, a real SQLite file and real Qt widgets (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt


def _open(qtbot, window, name):
    window.open_routine(name)
    qtbot.waitUntil(lambda: window.editor.routine_name == name, timeout=5000)
    return window.editor.schedule


def test_the_next_run_can_be_skipped_and_run_after_all_from_the_window(qtbot, window):
    assistant = window.bridge.assistant
    store = assistant.store
    assistant.handle_text("run movie night every friday at 8 pm")
    section = _open(qtbot, window, "Movie night")
    qtbot.waitUntil(lambda: section.skip_button.isVisible(), timeout=5000)
    assert section.next_run.text().startswith("Next run: Fri "), section.next_run.text()
    assert section.skip_button.text() == "Skip next run"

    qtbot.mouseClick(section.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.skip_button.text() == "Run it after all", timeout=5000)
    assert section.next_run.text().startswith("Skipping Fri "), section.next_run.text()
    assert len(store.skipped_runs(since=0)["Movie night"]) == 1
    listed = " ".join(assistant.handle_text("what's scheduled?"))
    assert "skipping Fri" in listed, listed  # the voice sees what the window did
    assert not window.editor.dirty  # a skip is not an unsaved edit of the routine

    qtbot.mouseClick(section.skip_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: section.skip_button.text() == "Skip next run", timeout=5000)
    assert store.skipped_runs(since=0) == {}
    assert section.next_run.text().startswith("Next run: Fri ")


def test_a_skip_said_by_voice_shows_in_the_open_routine(qtbot, window):
    window.bridge.assistant.handle_text("run movie night every friday at 8 pm")
    section = _open(qtbot, window, "Movie night")
    qtbot.waitUntil(lambda: section.skip_button.isVisible(), timeout=5000)
    window.bridge.handle_text("skip the next movie night")
    qtbot.waitUntil(lambda: section.next_run.text().startswith("Skipping Fri "), timeout=5000)
    assert section.skip_button.text() == "Run it after all"


def test_a_routine_without_a_schedule_offers_no_skip(qtbot, window):
    section = _open(qtbot, window, "Reading mode")
    settle(qtbot, window.bridge)
    assert not section.skip_button.isVisible() and section.next_run.text() == ""


def test_a_sunset_schedule_with_no_location_is_refused_when_added_saying_how_to_set_it(
        qtbot, window):
    # It was taken in silence, "Next run: … 22:30" showed as if only the other trigger
    # existed, and "needs the home's location" came later, in the conversation strip.
    section = _open(qtbot, window, "Movie night")
    for said in ("every day at 22:30", "at sunset"):
        qtbot.keyClicks(section.entry, said)
        qtbot.keyClick(section.entry, Qt.Key.Key_Return)
        settle(qtbot, window.bridge)
    assert section.triggers() and all(t.kind == "time" for t in section.triggers())
    problem = section.problem.text()
    assert problem.startswith("A sunset trigger needs the home's location"), problem
    assert "Settings → Location" in problem, problem
    assert section.entry.text() == "at sunset"  # kept, to be changed to a time
    label = section.problem  # whole, not cut to half its lines by the splitter
    assert label.height() >= label.heightForWidth(label.width()), label.height()

    window.settings.update("location", latitude=52.52, longitude=13.40)  # Settings → Location
    qtbot.keyClick(section.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    assert [t.kind for t in section.triggers()] == ["time", "sun"]
    assert section.problem.text() == "" and section.entry.text() == ""


def test_a_sunset_schedule_kept_with_no_location_is_marked_as_unable_to_run(qtbot, window):
    # Imported, or the location removed after it was added: the editor said "Next run:
    # … 22:30" from the other trigger, and only the conversation strip told the problem.
    from teachapp.triggers import trigger_from_dict

    store = window.bridge.assistant.store
    movie = store.routine("Movie night")
    movie.triggers = [trigger_from_dict({"at": "22:30"}),
                      trigger_from_dict({"at": "sunset"})]
    store.save_routine(movie, replace=True)  # as an import of a routine file does
    section = _open(qtbot, window, "Movie night")
    qtbot.waitUntil(lambda: section.problem.text() != "", timeout=5000)
    settle(qtbot, window.bridge)
    rows = [section.list.item(i) for i in range(section.list.count())]
    assert [item.text() for item in rows] == ["every day at 22:30",
                                              "⚠ every day at sunset — cannot run"]
    problem = section.problem.text()
    assert problem.startswith("A sunset trigger needs the home's location"), problem
    assert "Settings → Location" in problem and rows[1].toolTip() == problem
    assert not window.editor.dirty  # marked, not changed

    window.settings.update("location", latitude=52.52, longitude=13.40)  # Settings → Location
    section.refresh_runs()  # as the window does when Settings is saved
    qtbot.waitUntil(lambda: section.problem.text() == "", timeout=5000)
    assert section.list.item(1).text() == "every day at sunset"
