""""mute the tv" / "unmute the tv" in ``teachapp chat`` and ``run`` (child processes) on the
simulated home: mute is volume 0; unmute puts back the volume before the mute, read from
the run that muted it (its undo record) or, muted outside the app, the device history
(``conversation.muting``)."""

from __future__ import annotations

from conftest import chat_lines, device_states


def test_mute_and_unmute_put_back_the_volume_before(teachapp_cli, db_path):
    lines = chat_lines(db_path, "turn on the tv", "mute the tv", "unmute the tv",
                  "turn the tv to 45 percent", "mute", "unmute", "mute the tv", "unmute the tv")
    # was "I don't know "mute the tv". Shall I learn it?"
    assert lines == ["TV: on.", "TV: volume 0 %.",
                     "TV: volume 30 %.",  # the simulated TV's own volume, never set before
                     "TV: volume 45 %.",
                     "TV: volume 0 %.",  # "mute": the one that is on (not Office speaker)
                     "TV: volume 45 %.",  # "unmute": the one that is muted
                     "TV: volume 0 %.", "TV: volume 45 %."]
    assert device_states(db_path)["media_player.office_speaker"]["volume"] == 30


def test_unmute_in_another_run_and_after_a_mute_outside_the_app(teachapp_cli, db_path):
    db = ("--db", str(db_path), "--no-speech")
    assert teachapp_cli(*db, "run", "the tv volume to 60 percent").returncode == 0
    assert teachapp_cli(*db, "run", "mute the tv").returncode == 0
    assert device_states(db_path)["media_player.tv"]["volume"] == 0
    assert teachapp_cli(*db, "run", "unmute the tv").returncode == 0
    assert device_states(db_path)["media_player.tv"]["volume"] == 60
    from teachapp.store import Store

    with Store.open(str(db_path)) as store:  # muted with the TV's own remote
        store.update_states({"media_player.tv": {"volume": 0}})
    assert chat_lines(db_path, "unmute the tv") == ["TV: volume 60 %."]


def test_mute_is_of_a_player_of_this_home_only(teachapp_cli, db_path):
    lines = chat_lines(db_path, "mute the doorbell", "you're on mute", "no", "pause the tv")
    assert lines[0] == "This home has no doorbell. I can mute TV and Office speaker."
    assert lines[1].startswith("I don't know \"you're on mute\"")  # said of a person
    # a TV here has on, volume and source: nothing plays or pauses, and it says so
    assert lines[3] == "TV can't pause; it can set volume and source (e.g. \"HDMI 1\")."
    assert device_states(db_path)["media_player.tv"]["volume"] == 30


def test_a_lamp_has_no_volume_and_nothing_changes(teachapp_cli, db_path):
    before = device_states(db_path)
    lines = chat_lines(db_path, "mute the desk lamp", "unmute the lamp",
                       "turn the volume of the lamp up", "mute the lights")
    # was "I don't know "mute the desk lamp". Shall I learn it?" and "This home has no
    # lamp, and nothing I can set. Shall I learn ..." (three lamps here)
    assert lines == ["Desk lamp has no volume. I can mute TV and Office speaker.",
                     "A lamp has no volume. I can unmute TV and Office speaker.",
                     "A lamp has no volume. I can turn up TV and Office speaker.",
                     "Lights have no volume. I can mute TV and Office speaker."]
    assert device_states(db_path) == before
    run = teachapp_cli("--db", str(db_path), "--no-speech", "run", "mute the desk lamp")
    assert run.returncode == 1
    assert run.stderr.strip() == ("teachapp: Desk lamp has no volume. I can mute TV and "
                                  "Office speaker. Nothing was run.")
    assert device_states(db_path) == before
