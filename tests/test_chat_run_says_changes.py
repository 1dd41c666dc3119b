"""A routine's run says what it changed, not only its name. "good night", taught weeks
ago, answered "Good night." whether it turned off three lights or found everything so
already, and a person could not tell that it did anything. Up to three changes are
named, the rest counted; a device already so is not told as a change."""

from __future__ import annotations

from conftest import chat_lines

_ENV = {"TEACHAPP_NOW": "2026-12-07T22:00+00:00", "TZ": "UTC"}
_TEACH = ["teach", "good night", "turn off the living room lamp", "lock the front door",
          "thermostat to 18", "done", "yes"]


def test_a_run_names_what_changed_and_what_was_so(db_path):
    lines = chat_lines(db_path, *_TEACH, "good night", "good night",
                       "turn on the living room lamp", "good night", env=_ENV)
    runs = [line for line in lines if line.startswith("Good night")]
    assert runs == [
        # (the simulated home starts with the lamp off and the door locked)
        "Good night: set Thermostat to 18 °C; the rest was already so.",
        "Good night: everything was already so.",
        "Good night: turned off Living room lamp; the rest was already so."]


def test_more_than_three_changes_are_counted(db_path):
    lines = chat_lines(db_path, "teach", "party", "turn on all the lights", "done", "yes",
                       "party", "turn off the lights", "turn on the tv", "teach", "evening",
                       "turn on all the lights", "turn off the tv", "done", "yes", "evening",
                       env=_ENV)
    # the same change told once: its first three devices and how many more
    assert "Party: turned on Bedroom lamp, Kitchen lights, Ceiling light and 2 more." in lines
    # other changes past the three, not all alike: counted
    assert ("Evening: turned on Bedroom lamp, Kitchen lights and Ceiling light, and made "
            "3 other changes.") in lines


def test_a_routine_that_sets_nothing_says_its_words(db_path):
    lines = chat_lines(db_path, "teach", "hello there", "say welcome home", "done", "yes",
                       "hello there", env=_ENV)
    assert lines[-2:] == ["welcome home", "Hello there."]


def test_the_counted_rest_is_no_device_of_the_home(db_path, tmp_path, teachapp_cli):
    """The devices past the three were counted under a made-up id, "<kind>.more", among
    the real ones: a home whose lamp is ``light.more`` (Home Assistant's id for a lamp
    named "More") heard "turned on Hall lamp, Porch lamp, 2 more and 2 more."."""
    lamps = [("light.hall", "Hall lamp"), ("light.porch", "Porch lamp"),
             ("light.more", "Reading lamp"), ("light.den", "Den lamp"),
             ("light.attic", "Attic lamp")]
    home = tmp_path / "home.yaml"
    home.write_text("version: 1\ndevices:\n" + "".join(
        f"  - {{id: {i}, name: {n}, room: Hall}}\n" for i, n in lamps)
        + "routines:\n  - name: Lights up\n    phrases: [lights up]\n    steps:\n"
        + "".join(f"      - {{device: {i}, set: {{on: true}}}}\n" for i, _ in lamps))
    assert teachapp_cli("--db", str(db_path), "import", str(home)).returncode == 0
    lines = chat_lines(db_path, "lights up", env=_ENV)
    assert lines[-1] == "Lights up: turned on Hall lamp, Porch lamp, Reading lamp and 2 more."
