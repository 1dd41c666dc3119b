"""Counts the window and `teachapp doctor` say agree with their noun ("1 microphone
found.", "1 routine in x.yaml already exists"), by ``domain.counted``: they said
"1 microphone(s) found.", "1 input device(s): …" and "1 routine(s) … already exist".
A file that cannot be imported is said in a dialog, with nothing imported."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import answer_message_box, settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtWidgets import QFileDialog

from teachapp.speech.devices import InputDevice

_MIC = InputDevice(0, "USB headset", 1, 48000.0, True)


def test_settings_counts_one_microphone(qtbot, window):
    from teachapp.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.bridge, window.settings, window)
    qtbot.addWidget(dialog)
    settle(qtbot, window.bridge)
    dialog._show_inputs([_MIC])
    assert dialog.mic_note.text() == "1 microphone found."
    dialog._show_inputs([_MIC, InputDevice(1, "Webcam", 2, 16000.0, False)])
    assert dialog.mic_note.text() == "2 microphones found."


def test_doctor_counts_one_input_device(monkeypatch):
    from teachapp.speech import doctor

    monkeypatch.setattr(doctor, "list_input_devices", lambda: [_MIC])
    assert doctor._microphone() == ("microphone", True, "1 input device: USB headset (default).")


def test_import_clash_of_one_routine_says_it_in_the_singular(qtbot, window, tmp_path,
                                                             monkeypatch):
    from teachapp.gui.files import import_routines

    source = tmp_path / "mine.yaml"
    source.write_text("routines:\n  - name: Movie night\n    phrases: [film time]\n"
                      "    steps:\n      - device: light.desk_lamp\n        set: {on: false}\n",
                      encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen: dict[str, str] = {}

    answer_message_box(seen, "Cancel")
    import_routines(window)
    qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    assert seen["text"] == "1 routine in mine.yaml already exists: Movie night."


def test_a_bad_import_file_is_said_in_a_dialog_and_nothing_is_imported(qtbot, window,
                                                                     tmp_path, monkeypatch):
    """It was a red line in the conversation alone ("/tmp/…/bad.yaml, routine 'Oops',
    field 'phrases': give at least one phrase, as a list."), naming neither the import
    nor that nothing was imported."""
    from teachapp.gui.files import import_routines

    source = tmp_path / "bad.yaml"
    source.write_text("routines:\n  - name: Oops\n    steps: []\n", encoding="utf-8")
    store = window.bridge.engine.store
    before = sorted(r.name for r in store.routines())
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(source), ""))
    seen: dict[str, str] = {}

    answer_message_box(seen)
    import_routines(window)
    qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    assert seen["title"] == "Cannot import routines"
    assert seen["text"] == "Nothing was imported from bad.yaml."
    assert seen["why"].startswith("Routine 'Oops'") and str(tmp_path) not in seen["why"]
    settle(qtbot, window.bridge)
    assert sorted(r.name for r in store.routines()) == before


def test_an_export_that_cannot_be_written_is_said_in_a_dialog(qtbot, window, tmp_path,
                                                              monkeypatch):
    """It was a red line in the conversation alone ("Cannot write …")."""
    from teachapp.gui.files import export_routines

    target = tmp_path / "no such folder" / "mine.yaml"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    seen: dict[str, str] = {}

    answer_message_box(seen)
    export_routines(window)
    qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    assert seen["title"] == "Cannot export routines"
    assert seen["text"] == "Nothing was written to mine.yaml."
    assert seen["why"] == (f"The folder {target.parent} does not exist; create it or "
                           "choose another folder. Nothing was written.")
    assert not target.exists()
    assert window.statusBar().currentMessage() == \
        "Export failed: nothing was written to mine.yaml."
