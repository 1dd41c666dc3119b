"""A state question with a place, in ``teachapp chat`` (a child process): the place said
before the thing reads as the place said after it, and a room the device named is not
in is said so (one rule: ``CommandParser.asked_out_of_place``)."""

from __future__ import annotations

from conftest import chat_lines, device_states


def test_a_place_before_the_device_and_a_room_it_is_not_in(teachapp_cli, db_path):
    lines = chat_lines(db_path, "turn on the tv", "is the garage light on",
                  "is the light on in the garage", "is the tv on in the bedroom",
                  "is the bedroom tv on", "is the tv on in the garage",
                  "is the tv on in the living room", "turn on the garage light",
                  "is the hall light on")
    assert lines[1:] == [
        # was "I can't answer "is the garage light on": ..."
        "This home has no garage. Its 5 lights are all off.",
        "This home has no garage. Its 5 lights are all off.",
        # was "TV is on at 30 %.", the bedroom ignored
        "There's no TV in the Bedroom. TV, in the Living room, is on, volume 30 %.",
        "There's no TV in the Bedroom. TV, in the Living room, is on, volume 30 %.",
        "This home has no garage. TV is on, volume 30 %.",
        "TV is on, volume 30 %.",
        # a command reads the place the same way (was "This home has no garage light.")
        "This home has no garage. I can turn on Bedroom lamp, Kitchen lights, Ceiling "
        "light, Living room lamp and 1 more.",
        # "hall" may be the Hallway: not said to be missing
        lines[-1]]
    assert "no hall" not in lines[-1]


def test_devices_already_so_are_counted_by_their_kind(teachapp_cli, db_path):
    """run_report.already_so: "All 5 devices were already off." named no kind. Nothing
    changed, so it is said as things are now, as one device says it ("TV is already
    off."); it was "All 5 lights were already off.\""""
    lines = chat_lines(db_path, "turn off the lights", "turn off everything")
    assert lines == ["All 5 lights are already off.", "All 9 devices are already off."]


def test_one_device_with_a_plural_name_already_so_takes_a_plural_verb(teachapp_cli, db_path):
    """domain.names_singular: it said "Kitchen lights was already off."."""
    lines = chat_lines(db_path, "turn off the kitchen lights", "turn on the desk lamp",
                  "turn off the kitchen lights and the desk lamp")
    assert lines[-1] == "Kitchen lights were already off."


def test_a_device_already_so_in_another_room_than_said_says_both(db_path):
    """It said "TV is already on." as if the bedroom had a TV."""
    lines = chat_lines(db_path, "turn on the tv", "turn on the tv in the bedroom")
    assert lines[-1] == "There's no TV in the Bedroom. TV is already on."


def test_a_command_for_a_device_in_another_room_asks_first(teachapp_cli, db_path):
    """The same rule (``asked_out_of_place``) for a command: it was "TV: on." on the
    living-room TV, the bedroom said ignored."""
    lines = chat_lines(db_path, "turn on the tv in the bedroom", "no",
                  "turn on the tv in the bedroom", "yes", "turn off the tv in the garage",
                  "yes", "turn on the tv in the living room",
                  "set the tv volume to 20 in the office", "no",
                  "turn on the tv in the bedroom and lock the front door", "no")
    assert lines == [
        "There's no TV in the Bedroom. Shall I turn on the one in the Living room?",
        "OK, I won't.",
        "There's no TV in the Bedroom. Shall I turn on the one in the Living room?",
        "TV: on.",
        "This home has no garage. Shall I turn off the one in the Living room?",
        "TV: off.",
        "TV: on.",  # where it is: no question
        "There's no TV in the Office. Shall I set TV volume to 20 %, in the Living room?",
        "OK, I won't.",
        "Nothing has run yet. There's no TV in the Bedroom. By \"turn on the tv in the "
        "bedroom\", do you want me to turn on TV?",
        "OK, I did none of it."]


def test_run_does_not_act_on_a_device_in_another_room(teachapp_cli, db_path):
    """``run`` cannot hear a yes: what it found, and the command that does what "yes"
    would (was "Not sure what ... means. There's no TV ... Shall I ...?"), as the lock
    question says how with ``--yes``; nothing runs, also with ``--yes``."""
    db = ("--db", str(db_path), "--no-speech")
    proc = teachapp_cli(*db, "run", "turn on the tv in the bedroom")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr == ("teachapp: There's no TV in the Bedroom. Nothing was run; to turn "
                           "on the one in the Living room, run 'teachapp run \"turn on "
                           "TV\"'.\n")
    for yes in ([], ["--yes"]):  # (a door opened needs --yes in the line said)
        proc = teachapp_cli(*db, "run", *yes, "unlock the front door in the bedroom")
        assert proc.returncode == 1 and proc.stdout == ""
        assert proc.stderr == (
            "teachapp: There's no Front door in the Bedroom. Nothing was run; to unlock the "
            "one in the Hallway, run 'teachapp run --yes \"unlock Front door\"'.\n")
    states = device_states(db_path)
    assert states["media_player.tv"]["on"] is False and states["lock.front_door"]["locked"]
    proc = teachapp_cli(*db, "run", "turn on TV")  # the line it gave does it
    assert proc.returncode == 0 and device_states(db_path)["media_player.tv"]["on"] is True


def test_a_thing_the_home_lacks_is_said_so(teachapp_cli, db_path):
    """"is the garage door open" was "I can't answer ...": the thing the home lacks,
    as a command names it, then what it has of that kind."""
    lines = chat_lines(db_path, "is the garage door open", "is the back door locked",
                  "is the bedside lamp on", "is the front door locked", "is the weather nice")
    assert lines[:4] == [
        "This home has no garage door. Living room blinds are closed.",
        "This home has no back door. Front door is locked.",
        "This home has no bedside lamp. Its 5 lights are all off.",
        "Front door is locked."]
    assert lines[4].startswith("I can't answer \"is the weather nice\"")  # no thing of a home


def test_a_setting_of_a_thing_the_home_lacks_changes_no_other_device(teachapp_cli, db_path):
    """"turn up the volume of the doorbell" turned up the TV that was on ("TV: volume 40
    %."): a thing said that the home lacks is said so, as "turn up the doorbell" is."""
    lines = chat_lines(db_path, "turn on the tv", "turn up the volume of the doorbell",
                       "turn the volume of the doorbell up", "set the stereo volume to 20",
                       "turn up the volume for the baby")
    assert lines[1:4] == [
        "This home has no doorbell. I can turn up TV and Office speaker.",
        "This home has no doorbell. I can turn up TV and Office speaker.",
        "This home has no stereo. I can set TV and Office speaker."]
    # whom it is for is no thing: the volume of what is on, as before
    assert lines[4] == "TV: volume 40 %."
    assert device_states(db_path)["media_player.tv"] == {"on": True, "source": "",
                                                         "volume": 40}
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "run",
                        "turn up the volume of the doorbell")
    assert proc.returncode == 1 and proc.stdout == ""
    assert "This home has no doorbell." in proc.stderr
    assert device_states(db_path)["media_player.tv"]["volume"] == 40


def test_a_device_with_a_plural_name_not_in_the_room_said_is_a_plural(teachapp_cli,
                                                                        db_path):
    """It said "There's no Kitchen lights in the Bedroom. Shall I turn on the one in the
    Kitchen?"."""
    lines = chat_lines(db_path, "turn on the kitchen lights in the bedroom", "no",
                       "is the kitchen lights on in the bedroom")
    assert lines == [
        "There are no Kitchen lights in the Bedroom. Shall I turn on the ones in the "
        "Kitchen?",
        "OK, I won't.",
        "There are no Kitchen lights in the Bedroom. Kitchen lights, in the Kitchen, are off."]
