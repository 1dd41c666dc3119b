"""A recording heard in the window, as chat hears one: ``@file.wav`` typed in the
command line, or File › Listen to a recording… (a computer with no microphone could
give the window no speech at all; "@…" was offered for teaching as a phrase). Also
chat's "@folder". Real engine, real Whisper, real SQLite, real widgets (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import REPO, settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

WAV = REPO / "tests" / "data" / "speech" / "wav" / "wyoming_fw__turn_on_the_living_room_lamp.wav"
LAMP = "light.living_room_lamp"


def _lamp_on(window) -> bool:  # noqa: ANN001
    return bool(window.bridge.engine.backend.device(LAMP).state["on"])


def _type(qtbot, window, text: str) -> None:  # noqa: ANN001
    window.strip.entry.setText(text)
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: _lamp_on(window) or any("learn" in line
                                                     for line in window.strip.lines()),
                    timeout=60_000)
    settle(qtbot, window.bridge)


def test_a_recording_typed_as_in_chat_is_heard_and_run(qtbot, window):
    assert not _lamp_on(window)
    _type(qtbot, window, f"@{WAV}")
    lines = window.strip.lines()
    assert not any("Shall I learn it" in line for line in lines), lines
    assert any("living room lamp" in line.lower() and "@" not in line for line in lines)
    assert _lamp_on(window)


def test_a_missing_recording_is_named_not_offered_for_teaching(qtbot, window, tmp_path):
    window.strip.entry.setText(f"@{tmp_path / 'none.wav'}")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "none.wav" in (window.strip.lines() or [""])[-1], timeout=20_000)
    last = window.strip.lines()[-1]
    assert "does not exist" in last and "Shall I learn it" not in last


def test_file_menu_listens_to_a_recording(qtbot, window, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *_a, **_k: (str(WAV), "")))
    assert window.act_recording.isEnabled()
    window.act_recording.trigger()
    qtbot.waitUntil(lambda: _lamp_on(window), timeout=60_000)
    settle(qtbot, window.bridge)
    assert any("living room lamp" in line.lower() for line in window.strip.lines())


def test_chat_says_a_folder_given_for_a_recording_is_a_folder(teachapp_cli, db_path,
                                                              tmp_path):
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "chat", input=f"@{tmp_path}\n")
    assert proc.returncode == 0
    assert "is a folder" in proc.stdout, proc.stdout
    assert "There is no recording" not in proc.stdout
