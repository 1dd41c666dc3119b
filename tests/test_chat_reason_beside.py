"""A clause that says why, after a request, is not a second request. "turn off the fan, i
can't hear the tv" turned the fan off and the TV up ("Bedroom fan: off." "TV: volume 40
%."): a complaint naming a device was read as a request of its own (one naming none, "it's
too loud", was already the reason). Said with no comma, as a recogniser writes it, "turn
off the fan i cant hear the tv" was read whole as one command and turned the TV off, and
"turn off the fan its too loud" said "A fan has no volume. TV and Office speaker are
already off." with the fan left on. Said first, the complaint is the reason too: "i can't
hear the tv, turn off the fan" turned the TV up as well, and "the tv is too loud, turn it
down" turned it down twice (30 % -> 10 %)."""

import json

import pytest
from _assistant_helpers import make_assistant, said
from conftest import chat_lines, device_states, run_teachapp


def _fan_and_tv_on(store):
    assistant, _events = make_assistant(store)
    said(assistant, "turn on the fan", "turn on the tv")
    return assistant


@pytest.mark.parametrize("words", [
    "turn off the fan, i can't hear the tv", "turn off the fan i cant hear the tv",
    "turn off the fan, we can barely hear the telly", "turn off the fan its too loud",
    "turn off the fan, the tv is too quiet", "switch the fan off it's way too noisy",
    "i can't hear the tv, turn off the fan", "it's too loud, turn off the fan"])
def test_only_the_request_runs(store, words):
    assistant = _fan_and_tv_on(store)
    volume = store.device("media_player.tv").state["volume"]
    assert said(assistant, words) == ["Bedroom fan: off."]
    assert store.device("fan.bedroom_fan").state["on"] is False
    assert store.device("media_player.tv").state == {"on": True, "volume": volume,
                                                     "source": store.device(
                                                         "media_player.tv").state["source"]}
    assert said(assistant, "undo") == ["Undone: Bedroom fan put back."]


def test_said_first_it_is_still_what_it_is_of(store):
    assistant = _fan_and_tv_on(store)
    assert said(assistant, "the tv is too loud, turn it down") == ["TV: volume 20 %."]
    assert said(assistant, "the tv is too loud and the desk lamp is too dim") == [
        "TV: volume 10 %.", "Desk lamp: on, brightness 25 %."]  # (complaints alone: both)


def test_the_reason_is_told_when_asked(store):
    assistant = _fan_and_tv_on(store)
    said(assistant, "turn off the fan i cant hear the tv")
    lines = said(assistant, "why did you do that")
    assert lines[1] == ("I split it into parts and ran them together: \"turn off the fan\" → "
                        "turn off Bedroom fan (sure); \"i cant hear the tv\" → the reason, "
                        "nothing to do.")


@pytest.mark.parametrize(("words", "reply"), [
    ("i can't hear the tv", "TV: volume 40 %."),  # (alone, still a request)
    ("turn the tv down i cant hear myself think", "TV: volume 20 %."),
    ("turn off the fan and turn up the tv", "Bedroom fan: off.")])
def test_requests_stay_requests(store, words, reply):
    assistant = _fan_and_tv_on(store)
    assert said(assistant, words)[0] == reply


def test_in_chat_and_run(db_path, store):
    assert chat_lines(db_path, "turn on the fan", "turn on the tv",
                      "turn off the fan i cant hear the tv") == [
        "Bedroom fan: on.", "TV: on.", "Bedroom fan: off."]
    assert device_states(db_path)["media_player.tv"]["volume"] == 30
    run_teachapp("--db", str(db_path), "run", "turn on the fan")
    proc = run_teachapp("--db", str(db_path), "run", "--json",
                        "turn off the fan, i can't hear the tv")
    assert proc.returncode == 0, proc.stderr
    assert [d["id"] for d in map(json.loads, proc.stdout.splitlines())] == ["fan.bedroom_fan"]
