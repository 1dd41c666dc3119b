""""turn off the tv" [a pause] "in ten minutes": speech split one request in two turns,
the TV went off at once and the time alone was 'I don't know "in ten minutes". Shall I
learn it?'. Right after a request, a time alone means "do that then instead": what it
changed is put back and it is set for then. With no request just before, it asks what
to do then (never a guess at an older one)."""

from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import make_assistant, said

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    return assistant


def _on(store, name):
    [device] = [d for d in store.devices() if d.name == name]
    return device.state.get("on")


@pytest.mark.parametrize(("later", "at", "minutes"), [
    ("in ten minutes", "21:10 (in 10 minutes)", 10),
    ("in half an hour", "21:30 (in 30 minutes)", 30),
    ("at 11 pm", "23:00 (in 2 hours)", 120),
    ("tonight at 11", "23:00 (in 2 hours)", 120),
    ("actually in ten minutes instead", "21:10 (in 10 minutes)", 10),
])
def test_a_time_alone_after_a_command_sets_it_for_then_instead(store, later, at, minutes):
    assistant = _assistant(store)
    assert said(assistant, "turn on the tv") == ["TV: on."]
    assert said(assistant, later) == [
        f"I'll turn on TV at {at}. Say \"cancel that\" if you change your mind.",
        "TV is back as it was until then."]
    assert _on(store, "TV") is False
    [timer] = store.timers()
    assert timer.at == (NOW + timedelta(minutes=minutes)).timestamp()
    assert said(assistant, "cancel that") == [f"Cancelled the timer to turn on TV at {at[:5]}."]


def test_a_bare_hour_after_turn_on_asks_which_and_no_leaves_it_back_as_it_was(store):
    assistant = _assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "at 7") == ["Do you mean tomorrow at 07:00, or at 7 % volume?",
                                       "TV is back as it was for now."]
    assert said(assistant, "no") == ["OK, I'll leave things as they are."]
    assert _on(store, "TV") is False and store.timers() == []


def test_why_tells_what_was_put_back(store):
    assistant = _assistant(store)
    said(assistant, "turn on the tv", "in ten minutes")
    assert said(assistant, "why did you do that?")[-1] == (
        "You asked me to undo \"turn on the tv\", so I put back TV as it was before it ran.")


def test_past_a_question_answered_it_still_means_that_command(store):
    assistant = _assistant(store)
    said(assistant, "turn on the tv", "what time is it?")
    said(assistant, "in ten minutes")
    assert [t.text for t in store.timers()] == ["turn on TV"]
    assert _on(store, "TV") is False


def test_a_routine_just_run_is_put_back_and_runs_once_then(store):
    assistant = _assistant(store)
    said(assistant, "teach", "movie night", "turn on the tv", "turn on the desk lamp", "done",
         "yes", "turn off the tv", "turn off the desk lamp", "movie night")
    assert said(assistant, "in an hour") == [
        "Movie night will run once at 22:00 (in 1 hour). Say \"cancel that\" if you change "
        "your mind.", "Desk lamp and TV are back as they were until then."]
    assert _on(store, "TV") is False and _on(store, "Desk lamp") is False
    [trigger] = store.routine("movie night").triggers
    assert trigger.at is not None and trigger.at.timestamp() == (NOW + timedelta(hours=1)).timestamp()


@pytest.mark.parametrize("before", [
    (),  # nothing said yet
    ("blah blah",),  # at "Shall I learn it?": no answer to that
])
def test_with_no_request_just_before_it_asks_what_to_do_then(store, before):
    assistant = _assistant(store)
    said(assistant, *before)
    timers_before = store.timers()
    assert said(assistant, "in ten minutes") == [
        "What shall I do in ten minutes? Say the request with the time, for example "
        "\"turn off the TV in ten minutes\"."]
    assert store.timers() == timers_before


def test_after_another_thing_was_done_the_older_command_is_not_guessed(store):
    assistant = _assistant(store)
    said(assistant, "turn on the tv", "turn on the desk lamp in 5 minutes")
    said(assistant, "cancel that")
    assert said(assistant, "in ten minutes")[0].startswith("What shall I do in ten minutes?")
    assert _on(store, "TV") is True and store.timers() == []


def test_a_taught_phrase_of_time_words_is_its_routine(store):
    assistant = _assistant(store)
    said(assistant, "teach", "tonight at 11", "turn on the tv", "done", "yes")
    said(assistant, "turn off the tv", "turn on the desk lamp")
    said(assistant, "tonight at 11")
    assert _on(store, "TV") is True and _on(store, "Desk lamp") is True
    assert store.timers() == []


@pytest.mark.parametrize("turns", [
    ("turn on the lamp", "the desk lamp"),     # a lamp picked of "which lamp?"
    ("turn on the tv", "and the desk lamp"),  # a device added to the command before
])
def test_a_time_alone_belongs_to_what_was_just_done_not_to_the_words_before_it(store, turns):
    """"turn on the lamp" asked which of three, "the desk lamp" switched it on; "in ten
    minutes" asked again about all three lamps (it read "turn on the lamp" anew), and
    after "and the desk lamp" it asked what to do then."""
    assistant = _assistant(store)
    said(assistant, *turns)
    assert said(assistant, "in ten minutes") == [
        "I'll turn on Desk lamp at 21:10 (in 10 minutes). Say \"cancel that\" if you "
        "change your mind.", "Desk lamp is back as it was until then."]
    assert _on(store, "Desk lamp") is False
    assert [t.text for t in store.timers()] == ["turn on Desk lamp"]


@pytest.mark.parametrize(("turns", "device", "back"), [
    (("turn on the tv", "for ten minutes"), "TV", "set TV off"),
    (("turn on the lamp", "the desk lamp", "just for ten minutes"), "Desk lamp",
     "set Desk lamp off"),
])
def test_a_length_alone_after_a_command_makes_it_for_a_while(store, turns, device, back):
    """"turn on the tv" [a pause] "for ten minutes" was 'I don't know "for ten minutes".
    Shall I learn it?': now as "turn on the tv for ten minutes", on now and a timer puts
    it back."""
    assistant = _assistant(store)
    said(assistant, *turns[:-1])
    assert said(assistant, turns[-1])[-1] == (
        f"I'll {back} at 21:10 (in 10 minutes). Say \"cancel that\" if you change your mind.")
    assert _on(store, device) is True
    assert [t.text for t in store.timers()] == [back]


def test_a_length_alone_with_nothing_just_done_asks_what_to_do(store):
    assistant = _assistant(store)
    assert said(assistant, "for ten minutes") == [
        "What shall I do for ten minutes? Say the request with the time, for example "
        "\"turn off the TV for ten minutes\"."]
