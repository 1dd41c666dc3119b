"""A part of a sentence the home cannot do ("mute the tv and the desk lamp": a lamp has no
volume; "... and the doorbell": there is none) gets its own answer while the other parts
run, in ``teachapp chat`` and ``run`` (child processes) on the simulated home
(``MultiTurns._lacking``, ``CommandParser.missing_continued``)."""

from __future__ import annotations

from conftest import chat_lines, device_states

_LAMP = "Desk lamp has no volume. I can mute TV and Office speaker."


def test_each_part_gets_its_own_answer(teachapp_cli, db_path):
    lines = chat_lines(db_path, "mute the tv and the desk lamp", "unmute the tv",
                       "turn on the tv and mute the desk lamp",
                       "turn on the desk lamp and the doorbell",
                       "mute the desk lamp and the tv")
    # was "Nothing was done. I understood "mute the tv", but I don't know "the desk lamp".
    # Shall I learn it?", and "... but desk lamp has no volume. ..." with the TV left off
    assert lines == ["TV: volume 0 %.",  # (the TV muted now: offered no more)
                     "Desk lamp has no volume. I can mute Office speaker.",
                     "TV: volume 30 %.",
                     "TV: on.", _LAMP,
                     "Desk lamp: on.",  # (the TV and the lamp on: offered no more)
                     "This home has no doorbell. I can turn on Coffee maker, Bedroom fan, "
                     "Office speaker, Bedroom lamp and 3 more.",
                     "TV: volume 0 %.",  # (names after it take its change)
                     "Desk lamp has no volume. I can mute Office speaker."]
    states = device_states(db_path)
    assert (states["media_player.tv"]["on"], states["media_player.tv"]["volume"]) == (True, 0)
    assert states["light.desk_lamp"]["on"] is True


def test_an_unsure_part_is_asked_and_the_missing_one_said_after(teachapp_cli, db_path):
    lines = chat_lines(db_path, "turn on the lamp and the doorbell", "yes")
    # (the part the home cannot do holds nothing back: no "Nothing has run yet.")
    assert lines[0] == ("By \"turn on the lamp\", do you want me to "
                        "turn on Bedroom lamp, Living room lamp and Desk lamp?")
    assert lines[-1].startswith("This home has no doorbell. I can turn on ")
    assert all(device_states(db_path)[d]["on"] for d in (
        "light.bedroom_lamp", "light.living_room_lamp", "light.desk_lamp"))


def test_a_question_and_a_part_the_home_cannot_do(teachapp_cli, db_path):
    lines = chat_lines(db_path, "what time is it and mute the desk lamp")
    # was "Desk lamp is off." (read as one question about the lamp)
    assert len(lines) == 2 and lines[0].startswith("It's ")
    assert lines[1] == _LAMP


def test_a_part_nothing_here_could_do_is_still_offered_and_nothing_runs(teachapp_cli,
                                                                         db_path):
    before = device_states(db_path)
    assert chat_lines(db_path, "turn on the tv and toast the bread") == [
        "Nothing was done. I understood \"turn on the tv\", but I don't know \"toast the "
        "bread\". Shall I learn it?"]
    assert device_states(db_path) == before


def test_run_does_the_rest_and_says_what_it_could_not(teachapp_cli, db_path):
    run = teachapp_cli("--db", str(db_path), "--no-speech", "run",
                       "turn on the tv and mute the desk lamp")
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == ["TV (media_player.tv): on, volume 30 %", _LAMP]
    assert device_states(db_path)["media_player.tv"]["on"] is True
