"""Words that change what is asked never run the routine they mention: state
questions are answered from the devices, "cancel X" right after X offers undo,
negations and stories are acknowledged (issue 14, the conversation side)."""

from __future__ import annotations

import pytest
from _assistant_helpers import Clock, add_routine, seed_routines

from teachapp.conversation import Assistant, TurnInput
from teachapp.domain import SetStep
from teachapp.home import CollectingSpeaker, SimulatedBackend


@pytest.fixture
def assistant(store):
    seed_routines(store)
    clock = Clock()
    agent = Assistant(store, SimulatedBackend(store), speaker=CollectingSpeaker(), clock=clock)
    agent.clock = clock  # type: ignore[attr-defined]
    yield agent
    agent.close()


def _say(assistant: Assistant, text: str) -> list[str]:
    return assistant.handle(TurnInput(text)).lines


def _tv(store) -> bool:
    return store.device("media_player.tv").state["on"]


def test_a_state_question_is_answered_and_runs_nothing(assistant, store):
    before = {d.id: d.state for d in store.devices()}
    reply = _say(assistant, "is movie mode on")
    assert reply[0].startswith("No, not all of movie mode is in effect: TV is off")
    assert {d.id: d.state for d in store.devices()} == before
    _say(assistant, "movie mode")
    assert _say(assistant, "is movie mode on") == ["Yes: everything is as movie mode sets it."]


def test_a_question_about_a_device_reads_its_state(assistant, store):
    assert _say(assistant, "is the tv on") == ["TV is off."]
    assert _say(assistant, "are the desk lamp and the front door on")[0].startswith(
        "Desk lamp is off. Front door is ")
    assert not _tv(store)


def test_cancel_right_after_a_run_offers_undo(assistant, store):
    _say(assistant, "movie mode")
    assert _tv(store)
    result = assistant.handle(TurnInput("cancel movie mode"))
    assert result.lines == ["Shall I undo movie mode?"] and result.awaiting == "undo_offer"
    assert _tv(store)  # nothing undone before the yes
    assert _say(assistant, "yes")[0].startswith("Undone")
    assert not _tv(store)


def test_cancel_of_something_that_did_not_run_changes_nothing(assistant, store):
    reply = _say(assistant, "cancel movie mode")
    assert "isn't running" in reply[0]
    assert not _tv(store)


@pytest.mark.parametrize("text", ["don't start movie mode", "we had movie mode yesterday",
                                  "she said movie mode", "never mind movie mode"])
def test_negations_and_stories_never_run(assistant, store, text):
    result = assistant.handle(TurnInput(text))
    assert result.run is None and not _tv(store)
    assert result.awaiting is None, result.lines  # no "Shall I learn it?"


def test_a_request_only_imagined_is_talk_and_runs_nothing(assistant, store):
    reply = _say(assistant, "hypothetically, movie mode")
    assert "not a request" in reply[0] and not _tv(store)


def test_no_to_the_undo_offer_keeps_the_run(assistant, store):
    _say(assistant, "movie mode")
    _say(assistant, "cancel movie mode")
    assert _say(assistant, "no") == ["OK, I'll leave it as it is."]
    assert _tv(store)


def test_a_question_about_a_room_is_about_its_devices_not_a_routine_sharing_words(
        assistant, store):
    add_routine(store, "Office time", ["office on"], [
        SetStep("light.desk_lamp", {"on": True}),
        SetStep("media_player.office_speaker", {"on": True})])
    reply = _say(assistant, "what's on in the office")
    assert reply == ["None of them is on: all 2 are off."] or "Desk lamp" in reply[0], reply
    assert "office time" not in reply[0].casefold()
    # the phrase said whole is a question about the routine
    assert _say(assistant, "is office on")[0].startswith("No, not all of office time")


@pytest.mark.parametrize("name", ["Morning coffee", "Coffee", "Coffee maker"])
def test_a_device_question_the_resolver_only_asks_about_is_answered_from_the_device(
        assistant, store, name):
    # "is the coffee maker on" shares most of "put the coffee maker on": the resolver
    # asks "Did you mean morning coffee?", but the person asked about the device. A
    # one-word name inside the device's ("Coffee") was read as the routine said: "Did
    # you mean coffee?"
    add_routine(store, name, ["put the coffee maker on"], [
        SetStep("switch.coffee_maker", {"on": True})])
    assert _say(assistant, "is the coffee maker on?") == ["Coffee maker is off."]
    assert not store.device("switch.coffee_maker").state["on"]
    # a question that says the routine's phrase whole is still about the routine
    reply = _say(assistant, "is put the coffee maker on done")
    assert name.casefold() in reply[0].casefold(), reply
