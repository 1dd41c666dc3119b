"""A thing asked of a device that it cannot do is said so, with what it can do, from its
kind's settings: "set the desk lamp to blue" and "pause the tv" were "I don't know ….
Shall I learn it?", as were "lock the tv", "turn up the coffee maker" and "turn on the
front door" (``_command_missing.missing_ability``, ``missing_things._cannot``)."""

from __future__ import annotations

from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep


def test_a_colour_or_a_pause_says_what_the_device_can_do(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "set the desk lamp to blue") == [
        "Desk lamp can't change colour; it can set brightness and colour temperature "
        "(e.g. \"warm white\")."]
    assert said(assistant, "pause the tv") == [
        "TV can't pause; it can set volume and source (e.g. \"HDMI 1\")."]
    assert said(assistant, "make the kitchen lights green") == [  # one device, a plural name
        "Kitchen lights can't change colour; they can set brightness and colour "
        "temperature (e.g. \"warm white\")."]
    assert said(assistant, "set the thermostat to red") == [
        "Thermostat can't change colour; it can set temperature and mode (heat, cool or "
        "auto)."]
    assert not store.device("light.desk_lamp").state.get("on")  # nothing changed


def test_an_action_the_kind_does_not_take_says_what_it_can_do(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "lock the tv") == [
        "TV can't be locked; it can set volume and source (e.g. \"HDMI 1\")."]
    assert said(assistant, "turn up the coffee maker") == [
        "Coffee maker can't be turned up; it can only be turned on or off."]
    assert said(assistant, "turn on the front door") == [
        "Front door can't be turned on; it can only be locked or unlocked."]
    assert said(assistant, "dim the front door")[0].startswith(  # a setting: as before
        "Front door has no brightness.")


def test_a_taught_phrase_still_wins(store):
    add_routine(store, "Quiet time", ["pause the tv"],
                [SetStep("media_player.tv", {"on": True, "volume": 5})])
    assistant, _events = make_assistant(store)
    assert said(assistant, "pause the tv") == ["Quiet time: set TV on at 5 %."]
    assert store.device("media_player.tv").state["volume"] == 5


def test_run_says_it_and_runs_nothing(teachapp_cli, tmp_path):
    done = teachapp_cli("--db", str(tmp_path / "home.sqlite3"), "--no-speech", "run",
                        "set the desk lamp to blue")
    assert done.returncode == 1 and done.stdout == ""
    assert "Desk lamp can't change colour; it can set brightness" in done.stderr


def test_a_plural_name_lacking_a_setting_reads_as_a_plural(store):
    """It said "Kitchen lights has no volume."."""
    assistant, _events = make_assistant(store)
    assert said(assistant, "mute the kitchen lights") == [
        "Kitchen lights have no volume. I can mute TV and Office speaker."]
