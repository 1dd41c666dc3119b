"""Teaching's examples come from the home's own devices: a home of a lock and blinds
was told "desk lamp to 80 percent", "turn off the kitchen lights" and "use how the desk
lamp is now", and a home with no device at all the same; help asked "why is the tv on?"
in both, and "how do I change a routine?" said "remove the tv from …". Real engine, real
SQLite file."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.domain import Device
from teachapp.store import Store

TURNS = ("help", "how do I teach", "teach", "study mode", "help", "done",
         "cancel", "how do I change a routine")


def _replies(path, devices: list[Device]) -> list[str]:
    with Store.open(path) as store:
        if devices:
            store.import_all(devices, [])
        assistant, _events = make_assistant(store)
        try:
            return said(assistant, *TURNS)
        finally:
            assistant.close()


def test_a_home_without_lights_is_given_its_own_devices(tmp_path):
    lines = _replies(tmp_path / "home.sqlite3", [
        Device("lock.front_door", "Front door"), Device("cover.bedroom_blinds", "Blinds")])
    assert not [line for line in lines if "desk lamp" in line or "kitchen lights" in line]
    assert lines[4] == (
        "Tell me what \"study mode\" should do, e.g. \"open the blinds\", \"lock the front "
        "door\", \"wait 5 seconds\" or \"then say good night\", or \"use how the blinds are "
        "now\". Say \"done\" when that's all, or \"cancel\".")  # (was "the blinds is now")
    assert "a device command such as \"open the blinds\"" in lines[0]
    # was: "why is the tv on?", in a home with no TV
    assert "ask \"what's on?\" or \"why are the blinds open?\"," in lines[0]


def test_a_home_with_no_device_is_given_only_what_it_can_do(tmp_path):
    lines = _replies(tmp_path / "home.sqlite3", [])
    assert not [line for line in lines if "desk lamp" in line or "kitchen lights" in line]
    assert "device command" not in lines[0]
    assert "You can say \"undo\", ask \"what's on?\", and" in lines[0]  # (no "why is the tv on?")
    assert lines[1] == ("Say \"teach\", then the phrase, then what it should do (\"wait 5 "
                        "seconds\"), then \"done\"; or all at once: \"when I say reading "
                        "mode, wait 5 seconds\".")
    assert lines[4] == ("Tell me what \"study mode\" should do, e.g. \"wait 5 seconds\" or "
                        "\"then say good night\". Say \"done\" when that's all, or \"cancel\".")
    assert lines[5] == ("\"study mode\" doesn't do anything yet. Tell me what it should do, "
                        "e.g. \"wait 5 seconds\" or \"then say good night\".")


def test_changing_a_routine_is_shown_with_a_device_of_this_home(tmp_path):
    lines = _replies(tmp_path / "home.sqlite3", [Device("cover.bedroom_blinds", "Blinds")])
    # was: ', or "remove the tv from movie night".'
    assert lines[-1] == ("Say what to add and where, e.g. \"add open the blinds to movie "
                         "night\", or \"remove the blinds from movie night\".")
