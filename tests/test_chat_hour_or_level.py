""""turn on the desk lamp at 7" (or "at seven", as a recogniser writes it) set the lamp
to 7 % at once: a bare hour after "turn on" is far more often a time of day. It is asked
now, "Do you mean tomorrow at 07:00, or at 7 % brightness?", and the answer decides;
a level said as one ("set the desk lamp to 7", "desk lamp at 7 percent") stays one."""

from datetime import UTC, datetime

import pytest
from _assistant_helpers import make_assistant, said

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)
ASKED = "Do you mean tomorrow at 07:00, or at 7 % brightness?"


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    return assistant


def _lamp(store):
    return store.device("light.desk_lamp").state


def _timers(store):
    return [(t.text, datetime.fromtimestamp(t.at, UTC).strftime("%H:%M")) for t in store.timers()]


@pytest.mark.parametrize("asked", ["turn on the desk lamp at 7", "turn on the desk lamp at seven",
                                   "switch the desk lamp on at seven"])
@pytest.mark.parametrize(("answer", "at"), [
    ("the time", "07:00"), ("at 7 o'clock", "07:00"), ("7 am", "07:00"), ("7 pm", "19:00")])
def test_a_bare_hour_after_turn_on_is_asked_and_the_time_sets_a_timer(store, asked, answer, at):
    assistant = _assistant(store)
    assert said(assistant, asked) == [ASKED]
    assert _lamp(store).get("on") is not True
    assert said(assistant, answer) == [
        f"I'll turn on Desk lamp tomorrow at {at}. Say \"cancel that\" if you change your mind."]
    assert _timers(store) == [("turn on Desk lamp", at)]


@pytest.mark.parametrize("answer", ["brightness", "percent", "7 percent"])
def test_the_level_said_sets_it_now(store, answer):
    assistant = _assistant(store)
    said(assistant, "turn on the desk lamp at 7")
    assert said(assistant, answer) == ["Desk lamp: on, brightness 7 %."]
    assert store.timers() == []


def test_a_question_in_passing_leaves_it_asked_and_no_leaves_things_be(store):
    assistant = _assistant(store)
    said(assistant, "turn on the desk lamp at 7")
    assert said(assistant, "what time is it?") == ["It's 21:00.", ASKED]
    assert said(assistant, "yes") == [
        "Say \"the time\" for a timer, or \"brightness\" for the level."]
    assert said(assistant, "no") == ["OK, I'll leave things as they are."]
    assert store.timers() == [] and _lamp(store).get("on") is not True


@pytest.mark.parametrize(("request_", "reply"), [
    ("turn on the coffee maker at seven",  # (no level to mean: a timer, unasked)
     "I'll turn on Coffee maker tomorrow at 07:00. Say \"cancel that\" if you change your mind."),
    ("set the desk lamp at 40", "Desk lamp: on, brightness 40 %."),
    ("set the desk lamp to 7", "Desk lamp: on, brightness 7 %."),
    ("desk lamp at 7 percent", "Desk lamp: on, brightness 7 %."),
    ("turn on the desk lamp at 7 percent", "Desk lamp: on, brightness 7 %."),
    ("turn on the desk lamp at 40", "Desk lamp: on, brightness 40 %."),
])
def test_a_level_said_as_one_or_a_device_with_none_is_not_asked(store, request_, reply):
    assert said(_assistant(store), request_) == [reply]



@pytest.mark.parametrize(("request_said", "done", "timers"), [
    ("turn on the tv at 8 pm", "I'll turn on TV tomorrow at 20:00.", [("turn on TV", "20:00")]),
    ("run movie night at 8", "Movie night will run every day at 20:00.", []),
])
def test_a_request_of_its_own_at_the_question_is_done_and_the_question_lapses(
        store, request_said, done, timers):
    """At "Do you mean tomorrow at 07:00, or at 7 % brightness?", "turn on the tv at 8
    pm" set the desk lamp's timer for 20:00 (its time read as the answer) and nothing
    for the TV, and "run movie night at 8" the lamp's for 07:00; a request of its own is
    done as said, and the lamp is left alone."""
    from _assistant_helpers import add_routine

    from teachapp.domain import SetStep

    add_routine(store, "Movie night", ["movie night"],
                [SetStep("media_player.tv", {"on": True})])
    assistant = _assistant(store)
    said(assistant, "turn on the desk lamp at 7")
    assert said(assistant, request_said)[0].startswith(done)
    assert _timers(store) == timers
    assert said(assistant, "7 am") != [ASKED] and _timers(store) == timers
    assert _lamp(store).get("on") is not True
