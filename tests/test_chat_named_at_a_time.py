"""A routine named with a time and no word of how often ("movie night at sunset", "run
movie night sunset") is asked about as a schedule in ``teachapp chat``, never run now:
it was "Did you mean movie night?", and "yes" ran it at once; "run movie night sunset"
ran it unasked."""

from __future__ import annotations

import json

import pytest
from conftest import device_states, run_teachapp


@pytest.fixture
def home(db_path, tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"location": {
        "timezone": "Europe/London", "latitude": 51.5, "longitude": -0.1}}), encoding="utf-8")
    env = {"TEACHAPP_SETTINGS": str(settings)}
    assert run_teachapp("--db", str(db_path), "teach", "movie night", "--set",
                        "media_player.tv.on=true", env=env).returncode == 0
    return db_path, env


def _chat(home, *turns: str) -> list[str]:
    db_path, env = home
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat", "--echo",
                        input="\n".join(turns) + "\n", env=env)
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def test_a_routine_said_with_a_time_is_asked_about_and_yes_schedules_it(home):
    lines = _chat(home, "movie night at sunset", "yes")
    assert lines[:3] == ["> movie night at sunset",
                         "Shall I run movie night every day at sunset?", "> yes"]
    assert lines[3].startswith("Movie night will run every day at sunset. Next: "), lines
    assert device_states(home[0])["media_player.tv"]["on"] is False  # nothing ran now


@pytest.mark.parametrize("said", ["run movie night sunset", "movie nite at 8pm"])
def test_no_at_or_a_misheard_name_is_the_same_reading(home, said):
    lines = _chat(home, said, "no")
    assert lines == [f"> {said}", "Shall I run movie night every day at "
                     + ("sunset?" if "sunset" in said else "20:00?"),
                     "> no", "OK, I won't schedule movie night."]
    assert device_states(home[0])["media_player.tv"]["on"] is False


def test_a_place_after_the_name_is_no_time(home):
    lines = _chat(home, "movie night at home")
    assert lines[1] == "Did you mean movie night?"


def test_midday_said_after_the_name_is_asked_about_as_noon_is(home):
    """"movie night midday" ran movie night at once ("Movie night."), while "movie night
    noon" was asked about: the times said by name are one list (``time_words``)."""
    lines = _chat(home, "movie night midday", "no")
    assert lines == ["> movie night midday", "Shall I run movie night every day at 12:00?",
                     "> no", "OK, I won't schedule movie night."]
    assert device_states(home[0])["media_player.tv"]["on"] is False
