"""Starting the window with things missing: display, microphone, model, voice."""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from gui_helpers import REPO, close_window, open_window, settle
from PySide6.QtCore import Qt

from teachapp.errors import ConfigError


def _env(tmp_path, **extra):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(extra)
    return env


def test_no_display_is_one_line_not_a_qt_abort(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "teachapp", "--db", str(tmp_path / "h.db"),
                           "gui"], capture_output=True, text=True, cwd=REPO, timeout=60,
                          env=_env(tmp_path), stdin=subprocess.DEVNULL)
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    assert "No display" in lines[0] and "teachapp chat" in lines[0]


def test_screenshot_without_display_microphone_model_or_voice(tmp_path):
    # A folder that shadows pyttsx3 stands for a machine without a TTS engine.
    shadow = tmp_path / "shadow"
    shadow.mkdir()
    (shadow / "pyttsx3.py").write_text("raise ImportError('no TTS engine here')\n")
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").write_text(json.dumps(
        {"speech": {"model_path": str(tmp_path / "no-model")}}))
    out = tmp_path / "shot.png"
    proc = subprocess.run(
        [sys.executable, "-m", "teachapp", "--db", str(tmp_path / "h.db"), "gui",
         "--screenshot", str(out)], capture_output=True, text=True, cwd=REPO, timeout=120,
        env=_env(tmp_path, PYTHONPATH=str(shadow), TEACHAPP_CONFIG_DIR=str(config)),
        stdin=subprocess.DEVNULL)
    assert proc.returncode == 0, proc.stderr
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000


@pytest.fixture
def bare_window(qtbot, db_path, tmp_path):
    from teachapp.settings import Settings

    Settings().update("speech", model_path=str(tmp_path / "no-model"))
    win, bridge = open_window(qtbot, db_path)
    yield win
    close_window(win, bridge)


def test_window_says_what_is_missing_and_typing_still_works(qtbot, bare_window):
    from teachapp.speech import list_input_devices

    window = bare_window
    probe = window.probe
    qtbot.waitUntil(lambda: probe.model.text().startswith("Model:"), timeout=10_000)
    assert "cannot be used" in probe.model.toolTip()
    have_mic = bool(list_input_devices())
    probe.check_microphones()
    qtbot.waitUntil(lambda: window.strip.mic.isEnabled() == have_mic, timeout=10_000)
    assert probe.voice.text().startswith("Voice:")
    qtbot.waitUntil(lambda: "simulated" in probe.backend.text(), timeout=5000)
    # No routines yet: the window suggests teaching the first phrase.
    assert any("Teach a phrase" in line for line in window.strip.lines())
    window.strip.entry.setText("turn on the desk lamp")
    qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
    settle(qtbot, window.bridge)
    store = window.bridge.engine.store
    qtbot.waitUntil(lambda: store.device("light.desk_lamp").state["on"] is True, timeout=5000)


def test_an_engine_error_reaches_the_person(qtbot, bare_window):
    window = bare_window
    with qtbot.waitSignal(window.bridge.error, timeout=5000) as blocker:
        window.bridge.run_routine("no such routine")
    assert "no such routine" in blocker.args[0]
    qtbot.waitUntil(lambda: any("no such routine" in line for line in window.strip.lines()),
                    timeout=5000)


def test_settings_dialog_saves_every_section(qtbot, bare_window):
    from teachapp.gui.settings_dialog import SettingsDialog

    window = bare_window
    dialog = SettingsDialog(window.bridge, window.settings, window)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.models.count() > 0 and dialog.language.count() > 0,
                    timeout=10_000)
    assert "cannot be used" in dialog.models.item(0).text()  # the broken model folder
    dialog.thresholds["clarify_threshold"].setValue(90)  # above the run threshold (in %)
    dialog.accept()
    assert dialog.result() == 0 and dialog.threshold_problem.text()
    dialog.thresholds["clarify_threshold"].setValue(50)
    dialog.thresholds["run_threshold"].setValue(85)
    dialog.start_minimised.setChecked(True)
    dialog.rate.setValue(150)
    dialog.accept()
    assert dialog.result() == 1
    assert window.settings.get("resolver", "run_threshold") == 0.85
    assert window.settings.get("resolver", "clarify_threshold") == 0.5
    assert window.settings.get("gui", "start_minimised") is True
    assert window.settings.get("speech", "tts_rate") == 150
    assert window.settings.get("backend", "type") == "simulated"


def test_the_window_paints_the_stored_home_before_the_engine(qtbot, db_path):
    """The first paint comes from the snapshot (no engine yet): the routines and the
    tiles with their stored states; what is asked before the engine is ready waits
    for it and is then done (issue 12, fast start)."""
    from teachapp.gui.app import _build
    from teachapp.home import ensure_default_home
    from teachapp.store import Store, backup_database, read_routine_file

    with Store.open(db_path) as store:
        ensure_default_home(store)
        devices, routines = read_routine_file(REPO / "assets" / "examples.yaml")
        store.import_all(devices, routines)
        store.update_states({"light.kitchen_lights": {"on": True, "brightness": 30}})
        stored = {d.id: d.state for d in store.devices()}
    backup_database(db_path, reason="daily")
    args = argparse.Namespace(db=str(db_path), no_speech=True)
    _app, _settings, bridge, window = _build(args)
    try:
        window.show()
        assert bridge.engine is None and window.snapshot is not None
        assert [r.name for r in window.routines] == [r.name for r in window.snapshot.routines]
        assert len(window.routines) == len(routines) >= 4
        assert set(window.panel.tiles) == set(stored)
        lights = "light.kitchen_lights"
        assert window.panel.tiles[lights].device.state == stored[lights]
        assert window.act_teach.isEnabled() and window.act_run.isEnabled()
        bridge.load(args)
        bridge.handle_text("turn off the kitchen lights")  # before the engine is there
        qtbot.waitUntil(lambda: bridge.engine is not None, timeout=20_000)
        settle(qtbot, bridge)
        qtbot.waitUntil(lambda: bridge.engine.store.device(lights).state["on"] is False,
                        timeout=10_000)
        qtbot.waitUntil(lambda: window.panel.tiles[lights].device.state["on"] is False,
                        timeout=10_000)
    finally:
        close_window(window, bridge)


def test_the_window_reads_the_speech_tokenizer_ahead(monkeypatch):
    """Whisper's tokenizer is read on a thread once the window has painted (``run_gui``
    calls this right after the first paint): read when the first recording was heard, it
    held the interpreter 150-360 ms and the window stood still while a person waited
    (benchmarks/gui_first_heard.py)."""
    from teachapp.gui.app import _read_tokenizer
    from teachapp.settings import Settings
    from teachapp.speech import _tokenizer, whisper_engine

    folder = whisper_engine.default_model_path()
    if folder is None or not whisper_engine.whisper_available():
        pytest.skip("no Whisper model here")
    monkeypatch.setattr(_tokenizer, "_TOKENIZERS", {}, raising=False)
    thread = _read_tokenizer(Settings())
    thread.join(60)
    assert not thread.is_alive()
    assert Path(folder).resolve() in _tokenizer._TOKENIZERS


def test_the_editor_view_opens_a_routine_named_in_other_case(qtbot, db_path):
    """`gui --screenshot --view editor --routine "movie NIGHT"` shows Movie night, as
    every other command matches names, not an empty editor."""
    from teachapp.gui.app import _prepare_view

    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        _prepare_view(window, bridge, argparse.Namespace(view="editor", routine="movie NIGHT"))
        qtbot.waitUntil(lambda: window.editor.routine_name == "Movie night", timeout=5_000)
        assert window.editor.name.text() == "Movie night"
        assert window.editor.steps.count() > 0
        with pytest.raises(ConfigError, match="no routine called 'film night'"):
            _prepare_view(window, bridge, argparse.Namespace(view="editor", routine="film night"))
    finally:
        close_window(window, bridge)


def test_a_screenshot_of_the_first_paint_waits_for_the_sound_input_check(
        qtbot, db_path, tmp_path, monkeypatch):
    """The picture of the first paint (the stored home, no engine) was taken before the
    window had asked whether there is any sound input, so on a machine without one it
    showed a usable microphone that a moment later was off and crossed out."""
    from teachapp.gui import app
    from teachapp.home import ensure_default_home
    from teachapp.speech import sound_input
    from teachapp.store import Store, backup_database

    if sound_input()[0] is not False:
        pytest.skip("this machine has a sound input")
    with Store.open(db_path) as store:
        ensure_default_home(store)
    backup_database(db_path, reason="daily")  # (none due: the first paint is the picture)
    monkeypatch.setattr(app, "SNAPSHOT_WAIT_SECONDS", 60.0)  # (the first paint's path)
    seen: list[tuple[bool, object, str]] = []
    grab = app._grab

    def grabbed(window, bridge, path, **options):
        seen.append((window.strip.mic.isEnabled(), bridge.engine, window.probe.audio.text()))
        return grab(window, bridge, path, **options)

    monkeypatch.setattr(app, "_grab", grabbed)
    args = argparse.Namespace(db=str(db_path), no_speech=True, size=(1024, 700),
                              view="main", say=None)
    shot = app.screenshot(args, tmp_path / "shot.png")
    assert shot.read_bytes()[:4] == b"\x89PNG"
    # was: (True, None, ""): the button usable, nothing said of the microphone
    assert seen == [(False, None, "⚠ No microphone")]
