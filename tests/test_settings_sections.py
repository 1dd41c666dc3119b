"""A settings section teachapp does not know ("resolvr" for "resolver") was ignored
without a word: every setting in it silently stayed at its default, while a misspelt
key inside a known section was said. Now it is said the same way (each command's
stderr, ``doctor``), with the nearest known name, and it stays in the file."""

from __future__ import annotations

import json
from dataclasses import fields


def test_the_known_sections_are_the_engines_and_the_layers():
    from teachapp.conversation import AppConfig
    from teachapp.settings import KEYED_SECTIONS, SECTIONS, TYPED_SECTIONS

    assert {f.name for f in fields(AppConfig)} == TYPED_SECTIONS
    assert SECTIONS == TYPED_SECTIONS | set(KEYED_SECTIONS)


def test_a_misspelt_section_is_said_and_kept(teachapp_cli, tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"resolvr": {"run_threshold": 0.9},
                                    "speech": {"tts_rate": 180}}))
    env = {"TEACHAPP_SETTINGS": str(settings)}
    db = tmp_path / "home.db"
    proc = teachapp_cli("--db", str(db), "--no-speech", "run", "desk lamp on", env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Desk lamp" in proc.stdout
    said = (f'The settings section "resolvr" in {settings} is not one teachapp knows, so it '
            'is ignored (it stays in the file). Did you mean "resolver"? The sections are '
            "backend, conversation, gui, history, hunches, learning, location, resolver, "
            "speech.")
    # was: nothing on stderr
    assert proc.stderr == f"teachapp: {said}\n"
    doctor = teachapp_cli("--db", str(db), "doctor", "--json", env=env)
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["settings"]["ok"] is False and said in checks["settings"]["message"]
    assert json.loads(settings.read_text())["resolvr"] == {"run_threshold": 0.9}


def test_the_window_says_the_ignored_settings(qtbot, db_path, tmp_path, monkeypatch):
    """The window said a settings file it could not read, but not a setting it ignores
    (a misspelt key or section): those went to the log alone. Now its conversation says
    them as ``doctor`` does."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from gui_helpers import close_window, open_window

    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"resolver": {"run_treshold": 0.9}, "resolvr": {}}))
    monkeypatch.setenv("TEACHAPP_SETTINGS", str(settings))
    window, bridge = open_window(qtbot, db_path)
    try:
        said = [(f'The settings section "resolvr" in {settings} is not one teachapp knows, '
                 "so it is ignored (it stays in the file). Did you mean \"resolver\"? The "
                 "sections are backend, conversation, gui, history, hunches, learning, "
                 "location, resolver, speech."),
                ("The setting resolver.run_treshold is not one teachapp knows, so it is "
                 "ignored; the resolver settings are run_threshold, clarify_threshold, margin, "
                 f"extra. Fix it in {settings}.")]
        qtbot.waitUntil(lambda: all(line in window.strip.lines() for line in said),
                        timeout=20_000)
    finally:
        close_window(window, bridge)
