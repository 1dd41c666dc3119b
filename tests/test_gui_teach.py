"""Teaching through the window: the phrase, the warning, targets on tiles, save."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt

from teachapp.domain import SetStep


def test_teach_a_phrase_on_the_tiles_and_find_it_in_the_database(qtbot, window):
    bridge = window.bridge
    store = bridge.engine.store
    window.act_teach.trigger()
    qtbot.waitUntil(lambda: window.teach.isVisible(), timeout=5000)
    assert window.teach.pages.currentIndex() == 0

    qtbot.keyClicks(window.teach.phrase, "study time")
    qtbot.mouseClick(window.teach.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.teach.session is not None
                    and window.teach.session.stage == "actions", timeout=5000)
    assert window.teach.pages.currentIndex() == 1

    tile = window.panel.tiles["light.desk_lamp"]
    before = store.device("light.desk_lamp").state
    qtbot.mouseClick(tile.editor("on").focus_widget(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "light.desk_lamp" in window.teach.session.targets, timeout=5000)
    settle(qtbot, bridge)
    # The tile previews the target next to the current state; the lamp itself is untouched.
    assert tile.target() == {"on": True}
    assert "Target" in tile._target_label.text()
    assert tile._glance.text().startswith("Now: Off")
    assert store.device("light.desk_lamp").state == before

    tile.editor("brightness").set_value(60)
    tile.editor("brightness").edited.emit(60)
    qtbot.waitUntil(lambda: window.teach.session.targets.get("light.desk_lamp", {})
                    .get("brightness") == 60, timeout=5000)

    qtbot.mouseClick(window.teach.review_button, Qt.MouseButton.LeftButton)
    assert window.teach.pages.currentIndex() == 2
    assert "study time" in window.teach.summary.text()
    qtbot.mouseClick(window.teach.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.teach.session is None, timeout=5000)
    settle(qtbot, bridge)

    routine = store.routine("study time")
    assert routine.steps == [SetStep("light.desk_lamp", {"on": True, "brightness": 60})]
    assert "study time" in routine.phrase_texts()
    assert not window.teach.isVisible()
    assert all(t.target() is None for t in window.panel.tiles.values())
    qtbot.waitUntil(lambda: routine.name in [r.name for r in window.routine_list.routines()],
                    timeout=5000)


def test_teaching_by_voice_shows_the_same_steps(qtbot, window):
    """Turns typed in the strip (as the recogniser would send them) drive the panel."""
    bridge = window.bridge
    for text in ("teach", "bed tame"):
        window.strip.entry.setText(text)
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        settle(qtbot, bridge)
    qtbot.waitUntil(lambda: window.teach.isVisible() and bool(window.teach.session.phrase),
                    timeout=5000)
    # "bed tame" is close to "bed time" (Good night): the warning is shown.
    assert window.teach.warning.isVisible()
    assert "bed time" in window.teach.warning.text()
    window.strip.entry.setText("desk lamp to 80 percent")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.panel.tiles["light.desk_lamp"].target() is not None,
                    timeout=5000)
    assert window.panel.tiles["light.desk_lamp"].target().get("brightness") == 80
    window.teach.cancel()
    qtbot.waitUntil(lambda: window.teach.session is None, timeout=5000)
    assert window.panel.tiles["light.desk_lamp"].target() is None
    assert any("desk lamp to 80 percent" in line for line in window.strip.lines())


def test_a_pause_and_a_later_change_are_shown_as_steps_in_order(qtbot, window):
    """The panel said only "Targets: Bedroom lamp on at 10 %": the pause and the lamp
    switched off after it were not on screen."""
    bridge = window.bridge
    for text in ("teach", "nap time", "bedroom lamp to 10 percent", "wait 10 minutes",
                 "turn off the bedroom lamp"):
        window.strip.entry.setText(text)
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        settle(qtbot, bridge)
    qtbot.waitUntil(lambda: "after" in " ".join(window.strip.lines()), timeout=5000)
    qtbot.waitUntil(lambda: window.teach.targets.text().startswith("Steps:"), timeout=5000)
    assert window.teach.targets.text() == (
        "Steps: set Bedroom lamp on at 10 %, wait 10 minutes and then turn off Bedroom lamp.")
    window.teach.cancel()
    qtbot.waitUntil(lambda: window.teach.session is None, timeout=5000)


def test_a_tile_changes_the_device(qtbot, window):
    store = window.bridge.engine.store
    tile = window.panel.tiles["cover.living_room_blinds"]
    slider = tile.editor("position").focus_widget()
    slider.setFocus()
    qtbot.keyClick(slider, Qt.Key.Key_PageUp)
    qtbot.waitUntil(lambda: store.device("cover.living_room_blinds").state["position"] > 0,
                    timeout=5000)
    settle(qtbot, window.bridge)
    assert tile._glance.text().startswith("Open")


def test_run_right_after_teaching_runs_what_was_taught(qtbot, window):
    """After saving in the teach panel, Run (toolbar, Ctrl+R) said "Choose a routine in
    the list first": nothing was chosen. Now the routine just taught is."""
    store = window.bridge.engine.store
    window.act_teach.trigger()
    qtbot.waitUntil(lambda: window.teach.isVisible(), timeout=5000)
    qtbot.keyClicks(window.teach.phrase, "study time")
    qtbot.mouseClick(window.teach.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.teach.pages.currentIndex() == 1, timeout=5000)
    tile = window.panel.tiles["light.desk_lamp"]
    qtbot.mouseClick(tile.editor("on").focus_widget(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.teach.save_button.isEnabled(), timeout=5000)
    qtbot.mouseClick(window.teach.review_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.teach.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.routine_list.current() == "study time", timeout=5000)
    window.act_run.trigger()
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Ran “study time”.",
                    timeout=5000)
    assert store.device("light.desk_lamp").state["on"] is True
    assert window.tabs.currentIndex() == 0  # chosen, not opened: Home stays in front
    # A click on it opens it (it was chosen already, so the click changed nothing and
    # opened nothing: editing then made a new routine).
    routines = window.routine_list.list
    rect = routines.visualItemRect(routines.currentItem())
    qtbot.mouseClick(routines.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.editor.routine_name == "study time", timeout=5000)
    assert window.tabs.currentWidget() is window.editor


def test_the_routine_tab_shows_the_routine_just_taught(qtbot, window):
    """Taught by typing, "bedtime" was chosen in the list (so Run runs it), yet the
    Routine tab (Ctrl+2) showed an empty form beside it; it now shows Bedtime."""
    for said in ("teach", "bedtime", "bedroom lamp off", "done", "yes"):
        window.strip.entry.setText(said)
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        settle(qtbot, window.bridge)
    qtbot.waitUntil(lambda: window.routine_list.current() == "bedtime", timeout=5000)
    assert window.tabs.currentIndex() == 0
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.editor
    assert window.editor.routine_name == "bedtime"
    assert window.editor.name.text() == "bedtime" and not window.editor.dirty
    window.new_routine()  # Ctrl+N still gives an empty form, chosen nothing
    assert window.editor.routine_name is None and window.editor.name.text() == ""


def test_the_warning_names_a_routine_said_by_its_name_once(qtbot, window):
    """"reading mod" near "reading mode", the routine's name: the warning read "“reading
    mode” (Reading mode, 92 % alike)", the name twice; a phrase that is not the name
    ("bed tame" near "bed time") still names its routine."""
    bridge = window.bridge
    for text in ("teach", "reading mod"):
        window.strip.entry.setText(text)
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        settle(qtbot, bridge)
    qtbot.waitUntil(lambda: window.teach.isVisible() and bool(window.teach.session.phrase),
                    timeout=5000)
    text = window.teach.warning.text()
    assert "“reading mode” (" in text and "Reading mode" not in text, text
    window.teach.cancel()
    qtbot.waitUntil(lambda: window.teach.session is None, timeout=5000)
