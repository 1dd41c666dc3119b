"""A hand-edited settings.json that cannot be used is said, not only logged.

It was moved aside (settings.json.broken) and every setting went back to its default
without a word on the screen, in `run`, `chat` or `doctor`.
"""

from __future__ import annotations

import json


def test_a_settings_file_with_a_json_mistake_is_said_and_kept(teachapp_cli, home, tmp_path):
    settings = tmp_path / "settings.json"
    text = '{"resolver": {"run_threshold": 0.9},}\n'  # a trailing comma
    settings.write_text(text)
    env = {"TEACHAPP_SETTINGS": str(settings)}
    proc = teachapp_cli("--db", str(home), "run", "reading mode", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == (
        f"teachapp: The settings file {settings} is not valid JSON (line 1, column 37: "
        "Expecting property name enclosed in double quotes); it was moved to "
        f"{settings}.broken and the defaults are used. Fix it there and rename it back to "
        "settings.json.\n")
    assert (tmp_path / "settings.json.broken").read_text() == text
    doctor = teachapp_cli("--db", str(home), "doctor", "--json", env=env)
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["settings"]["ok"] is False
    assert checks["settings"]["message"].startswith(f"{settings}.broken holds settings that "
                                                    "were not valid JSON")


def test_a_setting_of_the_wrong_kind_is_said(teachapp_cli, home, tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"resolver": {"run_threshold": "high"}}))
    proc = teachapp_cli("--db", str(home), "run", "reading mode",
                        env={"TEACHAPP_SETTINGS": str(settings)})
    assert proc.returncode == 0, proc.stderr
    assert ('teachapp: The setting resolver.run_threshold = "high" is ignored (it must be a '
            "number); its default,") in proc.stderr
    assert settings.exists()  # a value of the wrong kind leaves the file as it is


def test_a_second_broken_settings_file_keeps_the_first_broken_copy(teachapp_cli, home,
                                                                   tmp_path):
    settings = tmp_path / "settings.json"
    env = {"TEACHAPP_SETTINGS": str(settings)}
    first, second = '{"resolver": {"margin": 0.1},}\n', '{"speech": {"lang": "en"\n'
    settings.write_text(first)
    assert teachapp_cli("--db", str(home), "run", "reading mode", env=env).returncode == 0
    settings.write_text(second)
    proc = teachapp_cli("--db", str(home), "run", "reading mode", env=env)
    assert proc.returncode == 0, proc.stderr
    assert f"it was moved to {settings}.broken.2 and the defaults are used" in proc.stderr
    # was: the second copy replaced the first, and what the first held was lost
    assert (tmp_path / "settings.json.broken").read_text() == first
    assert (tmp_path / "settings.json.broken.2").read_text() == second
    doctor = teachapp_cli("--db", str(home), "doctor", "--json", env=env)
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["settings"]["message"].startswith(f"{settings}.broken.2 holds settings")


def test_a_misspelt_setting_is_said_and_doctor_names_it(teachapp_cli, home, tmp_path):
    """A setting teachapp does not know ("accept_threshold" for "run_threshold") was
    ignored without a word, and doctor said "ok settings: Settings are read from …"."""
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"resolver": {"accept_threshold": 0.7}}))
    env = {"TEACHAPP_SETTINGS": str(settings)}
    said = ("The setting resolver.accept_threshold is not one teachapp knows, so it is "
            "ignored; the resolver settings are run_threshold, clarify_threshold, margin, "
            "extra.")
    proc = teachapp_cli("--db", str(home), "run", "reading mode", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == f"teachapp: {said}\n"
    doctor = teachapp_cli("--db", str(home), "doctor", "--json", env=env)
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["settings"]["ok"] is False
    assert checks["settings"]["message"] == f"{settings}: {said} Fix them there."


def test_a_setting_outside_its_section_is_said_and_kept_on_save(teachapp_cli, home,
                                                                tmp_path):
    """"tts_rate": 180 written at the top, not under "speech", was ignored without a
    word and then deleted from the file by the next save ('teachapp backend …', the
    window's Settings)."""
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"tts_rate": 180, "gui": {"theme": "dark"}}))
    env = {"TEACHAPP_SETTINGS": str(settings)}
    said = (f'The setting "tts_rate" = 180 in {settings} is not in a section, so it is '
            'ignored (it stays in the file); settings go in their section, e.g. '
            '{"speech": {"tts_rate": 180}}.')
    proc = teachapp_cli("--db", str(home), "backend", "simulated", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == f"teachapp: {said}\n"
    assert json.loads(settings.read_text()) == {"tts_rate": 180, "gui": {"theme": "dark"},
                                                "backend": {"type": "simulated"}}
    doctor = teachapp_cli("--db", str(home), "doctor", "--json", env=env)
    checks = {c["check"]: c for c in map(json.loads, doctor.stdout.splitlines())}
    assert checks["settings"]["message"] == f"{settings}: {said} Fix them there."


def test_a_settings_file_that_is_no_json_object_is_kept_not_overwritten(teachapp_cli,
                                                                        home, tmp_path):
    """A file of valid JSON that is not an object ("[...]") was read as no settings at
    all, without a word, and the next save wrote over it."""
    settings = tmp_path / "settings.json"
    text = '[{"speech": {"tts_rate": 180}}]\n'
    settings.write_text(text)
    env = {"TEACHAPP_SETTINGS": str(settings)}
    proc = teachapp_cli("--db", str(home), "backend", "simulated", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines()[0] == (
        f"teachapp: The settings file {settings} holds a list, not the sections of settings "
        '({"speech": {...}, ...}); it was moved to '
        f"{settings}.broken and the defaults are used. Fix it there and rename it back to "
        "settings.json.")
    assert (tmp_path / "settings.json.broken").read_text() == text
