"""The routine editor: phrases, steps (drag/keyboard order), validation, run, undo."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from teachapp.domain import SayStep, SetStep, WaitStep


def _open(qtbot, window, name):
    window.open_routine(name)
    qtbot.waitUntil(lambda: window.editor.routine_name == name, timeout=5000)
    return window.editor


def test_edit_phrases_and_steps_then_save_in_one_go(qtbot, window):
    store = window.bridge.engine.store
    editor = _open(qtbot, window, "Movie night")
    assert editor.save_button.isEnabled() is False

    qtbot.mouseClick(editor.add_phrase_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(editor.phrase_rows()[-1].edit, "film night")
    # Remove "movie time".
    row = next(r for r in editor.phrase_rows() if r.text() == "movie time")
    row.removeRequested.emit(row)

    # Keyboard reorder: the blinds step (3rd) moves to the top with Alt+Up twice.
    editor.steps.setCurrentRow(2)
    editor.steps.setFocus()
    qtbot.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(editor.steps, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert editor.steps.currentRow() == 0

    # Edit the first step with its editor: blinds half open.
    position = editor.step_editor.editor("position")
    position.set_value(50)
    position.edited.emit(50)
    editor.add_step(WaitStep(seconds=2))
    editor.step_editor.wait_spin.setValue(3)
    editor.add_step(SayStep(text=""))
    assert not editor.save_button.isEnabled()  # validated as typed: the say step is empty
    assert "say" in editor.problem.text()
    qtbot.keyClicks(editor.step_editor.say_edit, "Enjoy the film")
    assert editor.save_button.isEnabled()

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    settle(qtbot, window.bridge)
    routine = store.routine("Movie night")
    assert routine.phrase_texts() == ["movie night", "film night"]
    assert routine.steps[0] == SetStep("cover.living_room_blinds", {"position": 50})
    assert routine.steps[-2:] == [WaitStep(3), SayStep("Enjoy the film")]
    assert len(routine.steps) == 6


def test_drag_order_is_what_gets_saved(qtbot, window):
    store = window.bridge.engine.store
    editor = _open(qtbot, window, "Reading mode")
    before = store.routine("Reading mode").steps
    # A drag-and-drop move goes through the model's moveRow, like a mouse drag.
    model = editor.steps.model()
    assert model.moveRow(model.index(0, 0).parent(), 2, model.index(0, 0).parent(), 0)
    assert editor.dirty
    editor.save()
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    assert store.routine("Reading mode").steps == [before[2], before[0], before[1]]


def test_invalid_edits_are_flagged_and_nothing_is_saved(qtbot, window):
    store = window.bridge.engine.store
    editor = _open(qtbot, window, "Good night")
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Movie night")
    assert not editor.save_button.isEnabled()
    assert "already a routine" in editor.problem.text()
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Sleep")
    row = editor.phrase_rows()[0]
    row.edit.clear()
    qtbot.keyClicks(row.edit, "reading mode")  # belongs to another routine
    assert not editor.save_button.isEnabled()
    assert "already starts" in editor.problem.text()
    editor.load(editor._loaded)  # revert
    assert store.routine("Good night").phrase_texts() == ["good night", "bed time"]


def test_leaving_with_unsaved_changes_asks(qtbot, window, monkeypatch):
    editor = _open(qtbot, window, "Good night")
    qtbot.keyClicks(editor.name, " soon")
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or
                        QMessageBox.StandardButton.Cancel)
    window.open_routine("Reading mode")
    assert asked and "Good night soon" in asked[0]
    assert editor.routine_name == "Good night" and editor.dirty
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    window.open_routine("Reading mode")
    assert editor.routine_name == "Reading mode" and not editor.dirty


def test_capture_current_states_adds_steps(qtbot, window):
    store = window.bridge.engine.store
    editor = _open(qtbot, window, "Good morning")
    count = editor.steps.count()
    editor.capture(["lock.front_door", "climate.thermostat"])
    steps = editor.step_list()[count:]
    assert steps == [SetStep("lock.front_door", store.device("lock.front_door").state),
                     SetStep("climate.thermostat", store.device("climate.thermostat").state)]


def test_run_now_and_undo_last_run(qtbot, window):
    store = window.bridge.engine.store
    editor = _open(qtbot, window, "Reading mode")
    assert store.device("light.living_room_lamp").state["on"] is False
    qtbot.mouseClick(editor.run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.device("light.living_room_lamp").state["on"] is True,
                    timeout=5000)
    settle(qtbot, window.bridge)
    tile = window.panel.tiles["light.living_room_lamp"]
    qtbot.waitUntil(lambda: tile._glance.text().startswith("On"), timeout=5000)
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.device("light.living_room_lamp").state["on"] is False,
                    timeout=5000)
    qtbot.waitUntil(lambda: tile._glance.text() == "Off", timeout=5000)


def test_phrase_test_shows_the_resolution(qtbot, window):
    editor = _open(qtbot, window, "Reading mode")
    row = editor.phrase_rows()[0]
    qtbot.mouseClick(row.test, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: row.result.text().startswith("→"), timeout=10_000)
    assert "Reading mode" in row.result.text()


def test_a_rename_in_the_window_is_undone_by_undo_here_and_on_the_command_line(
        qtbot, window, db_path, teachapp_cli):
    """The window renamed by saving the whole routine, so no undo took it back: now the
    name goes through the library's rename (its phrases stay as the window shows them),
    and the window's Undo and ``teachapp undo`` rename back, newest first among runs,
    deletions and renames."""
    store = window.bridge.engine.store
    editor = _open(qtbot, window, "Good night")
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Lights out")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.dirty and editor.routine_name == "Lights out",
                    timeout=5000)
    assert [p.casefold() for p in store.routine("Lights out").phrase_texts()] == [
        "good night", "bed time"]
    proc = teachapp_cli("--db", str(db_path), "undo")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "Renamed 'Lights out' back to 'Good night'.\n"
    assert [p.casefold() for p in store.routine("Good night").phrase_texts()] == [
        "good night", "bed time"]

    window.bridge.routinesChanged.emit()  # (as the window hears of a change elsewhere)
    settle(qtbot, window.bridge)
    editor = _open(qtbot, window, "Good night")
    qtbot.waitUntil(lambda: editor.name.text() == "Good night", timeout=5000)
    qtbot.mouseClick(editor.run_button, Qt.MouseButton.LeftButton)  # a run, older
    settle(qtbot, window.bridge)
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Sleep now")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: editor.routine_name == "Sleep now", timeout=5000)
    lamp = store.device("light.living_room_lamp").state
    qtbot.mouseClick(editor.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Undone: sleep now is called good night again. Say \"good "
                            "night\" to start it." in window.strip.lines(), timeout=5000)
    assert [r.name for r in store.routines() if r.name in ("Good night", "Sleep now")] == [
        "Good night"]
    assert store.device("light.living_room_lamp").state == lamp  # (the run: next undo)
    qtbot.waitUntil(lambda: "Good night" in [r.name for r in window.routine_list.routines()],
                    timeout=5000)
    qtbot.waitUntil(lambda: editor.name.text() == "Good night", timeout=5000)  # (followed)


def test_renaming_in_the_window_keeps_the_phrases_it_shows(qtbot, window):
    """Renaming "Reading mode" to "Reading time" in the editor took the phrase "reading
    mode" away (the chat rename's rule: the phrase that was the name follows it), though
    its row still showed it; saying it then got "I don't know "reading mode"". Now the
    phrases are as shown, and saying the old phrase runs the routine by its new name."""
    editor = _open(qtbot, window, "Reading mode")
    editor.name.clear()
    qtbot.keyClicks(editor.name, "Reading time")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.dirty and editor.routine_name == "Reading time",
                    timeout=5000)
    assert [row.text() for row in editor.phrase_rows()][:2] == ["reading mode",
                                                                 "time to read"]
    store = window.bridge.engine.store
    assert store.routine("Reading time").phrase_texts() == ["reading mode", "time to read"]
    qtbot.keyClicks(window.strip.entry, "reading mode")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.statusBar().currentMessage() == "Ran “Reading time”.",
                    timeout=5000)
