"""A change that finds its devices as asked says so as a sentence, in ``teachapp chat``
(a child process): "set the heating to 20" with two thermostats at 20 °C said
"Upstairs thermostat and Thermostat are already target temp 20 °C." (the words of a
read-back, "Thermostat: target temp 20 °C."); now "... are already at 20 °C."
(``run_report._as_already``). One device found as asked says so too: "turn off the tv"
with the TV off said "TV: off.", as if it had done something; now "TV is already off."
(``run_report.report_commands``), while ``teachapp run`` still prints the states."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said
from conftest import chat_lines, run_teachapp

_TWO = """version: 1
devices:
  - {id: climate.upstairs_thermostat, name: Upstairs thermostat, room: Bedroom}
  - {id: climate.thermostat, name: Thermostat, room: Hallway}
  - {id: media_player.tv, name: TV, room: Living room}
routines: []
"""


def test_a_value_already_set_is_said_with_at(db_path, tmp_path):
    home = tmp_path / "home.yaml"
    home.write_text(_TWO, encoding="utf-8")
    assert run_teachapp("--db", str(db_path), "import", str(home)).returncode == 0
    assert chat_lines(db_path, "set the heating to 20", "set the heating to heat",
                      "set the tv to 20 degrees", "set the upstairs thermostat to 20",
                      "turn off the tv") == [
        "Upstairs thermostat and Thermostat are already at 20 °C.",
        "Upstairs thermostat and Thermostat are already set to heat.",  # was "mode heat"
        "TV has no temperature. Upstairs thermostat and Thermostat are already at 20 °C.",
        "Upstairs thermostat is already at 20 °C.",  # (one device: was its read-back,
        "TV is already off."]  # "Upstairs thermostat: target temp 20 °C.", "TV: off.")


def test_one_device_already_so_says_so(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "turn off the tv", "turn on the tv", "switch the tv on",
                "desk lamp to 80 percent", "desk lamp to 80 percent", "lock the front door",
                "lock it") == [
        "TV is already off.", "TV: on.", "TV is already on.",
        "Desk lamp: on, brightness 80 %.", "Desk lamp is already on at 80 %.",
        "Front door is already locked.", "Front door is already locked."]


def test_run_still_prints_the_state(db_path):
    done = run_teachapp("--db", str(db_path), "--no-speech", "run", "turn off the tv")
    assert (done.returncode, done.stdout) == (0, "TV (media_player.tv): off, volume 30 %\n")
