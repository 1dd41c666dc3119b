""""that" before a change points back as "it" does ("make that 40 percent" right after
a device was set or a routine ran), and words that point back at nothing they fit are
no phrase to learn: both were 'I don't know "make that 40 percent". Shall I learn it?'.
A lock opened by "it" is asked about, as by its name (``conversation/pointing.py``)."""

from __future__ import annotations

from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep

TV, BLINDS, DOOR = "media_player.tv", "cover.living_room_blinds", "lock.front_door"


def test_that_before_a_change_is_the_device_just_set(store):
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "make that 40 percent") == ["Desk lamp: on, brightness 40 %."]
    said(assistant, "turn on the tv")
    assert said(assistant, "set that to 10") == ["TV: volume 10 %."]


def test_that_after_a_routine_is_what_it_set(store):
    add_routine(store, "Good night", ["good night"], [
        SetStep(TV, {"on": False}), SetStep(BLINDS, {"position": 0}),
        SetStep(DOOR, {"locked": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "good night")
    said(assistant, "make that 40 percent")
    assert store.device(TV).state["volume"] == 40
    assert store.device(BLINDS).state["position"] == 40


def test_words_pointing_at_nothing_they_fit_are_said_so_not_offered(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "make it 40 percent") == [
        'Nothing was done: I don\'t know what "it" is yet. Say the device\'s name, e.g. '
        '"make the bedroom lamp 40 percent".']
    said(assistant, "lock the front door")
    assert said(assistant, "make that 40 percent") == [
        'Nothing was done: Front door can\'t do "make that 40 percent". Say the device\'s '
        'name, e.g. "make the bedroom lamp 40 percent".']
    assert said(assistant, "yes") != ['What should "make that 40 percent" do? Tell me, or set '
                                      'the devices, then say "done".']
    assert said(assistant, "hit it") == ['I don\'t know "hit it". Shall I learn it?']


def test_a_lock_opened_by_it_is_asked_about(store):
    assistant, _ = make_assistant(store)
    said(assistant, "lock the front door")
    assert said(assistant, "unlock it") == [
        'By "unlock it", do you want me to unlock Front door?']
    assert store.device(DOOR).state["locked"] is True
    assert said(assistant, "yes") == ["Front door: unlocked."]


def test_that_while_teaching_is_still_the_step_just_said(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "reading time", "turn on the desk lamp")
    assert said(assistant, "make that 30 percent") == [
        "Desk lamp → on, brightness 30 %, when the routine runs."]


def test_run_it_is_no_device_command(store):
    """"run it" with nothing run asks for a routine: offered as said, not 'Say the
    device's name, e.g. "run the bedroom lamp".'."""
    assistant, _ = make_assistant(store)
    assert said(assistant, "run it") == ['I don\'t know "run it". Shall I learn it?']


def test_it_with_a_time_is_no_device_command(store):
    """"change it to 7:30" was 'Nothing was done: … e.g. "change the bedroom lamp to
    7:30".' (the parser reads that as 7 %): a time is a schedule's or a timer's."""
    assistant, _ = make_assistant(store)
    assert said(assistant, "change it to 7:30") == [
        'I don\'t know "change it to 7:30". Shall I learn it?']
