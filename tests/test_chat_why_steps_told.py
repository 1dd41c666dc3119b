""""why did you do that?" tells a run's steps as a routine's steps are told
(``steps_told``: neighbours of one state together, a state of one word as its verb), in
the past: "Steps: turned on TV and then set Living room lamp on at 30 %." It was "Steps:
set TV on; set Living room lamp on at 30 %.", words no other reply used."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.conversation.run_steps import steps_words


def test_why_tells_the_steps_of_a_routine_as_done(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "movie time", "tv on", "living room lamp to 30 percent",
         "lock the front door", "then say enjoy", "done", "yes",
         "unlock the front door", "yes",  # (a door locked already is told apart:
         "movie time")  # test_chat_why_nothing_changed)
    lines = said(assistant, "why did you do that")
    assert "Steps: turned on TV, set Living room lamp on at 30 %, locked Front door and then "\
           "said \"enjoy\"." in lines


def test_why_tells_a_command_of_several_devices_once(store):
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the tv and the desk lamp")
    assert "Steps: turned on Desk lamp and TV." in said(assistant, "explain")


def test_a_step_that_failed_is_told_on_its_own():
    detail = {"steps": [
        {"device": "media_player.tv", "set": {"on": True}, "name": "TV", "ok": True,
         "text": "turned on TV", "message": ""},
        {"device": "lock.front_door", "set": {"locked": True}, "name": "Front door",
         "ok": False, "text": "locked Front door", "message": "it did not answer"},
        {"wait": 600, "ok": True, "text": "waited 10 minutes", "message": ""}]}
    assert steps_words(detail) == [
        "Steps: turned on TV; locked Front door (failed: it did not answer); waited 10 "
        "minutes."]


def test_an_explanation_recorded_before_is_told_as_it_was():
    detail = {"steps": [{"text": "set TV on", "ok": True, "message": ""},
                        {"text": "waited 5 s", "ok": True, "message": ""}]}
    assert steps_words(detail) == ["Steps: set TV on; waited 5 s."]


def test_why_names_a_device_that_did_not_answer_by_its_name(store):
    """It was "turned on light.desk_lamp (failed: … on.)", and offered an undo of a run
    that changed nothing."""
    from test_assistant_failures import FailingBackend

    assistant, _ = make_assistant(store, backend=FailingBackend(store, {"light.desk_lamp"}))
    said(assistant, "turn on the desk lamp and the bedroom lamp")
    lines = said(assistant, "why?")
    assert "Steps: turned on Desk lamp (failed: light.desk_lamp did not answer within 5 s; "\
           "check that it is on); turned on Bedroom lamp." in lines
    assert lines[-1] == 'Say "no" or "undo" to put things back.'
    said(assistant, "turn off the desk lamp")
    lines = said(assistant, "why?")
    assert lines[-1].startswith("Steps: turned off Desk lamp (failed: ")
    assert not any("undo" in line for line in lines)
