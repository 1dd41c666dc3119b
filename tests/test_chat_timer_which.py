""""cancel the timer" with two timers set asks which, and the next turn may give only
the answer: "the tv one", "the pasta timer", "both", "all of them", "the second one",
"neither", "no" or "never mind". It was only told, so "the tv one" said next was a turn
of its own and set the TV's volume to 1 % (the "one" read as a level), and "both" was
offered for teaching."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said
from test_timers import NOW

from teachapp.conversation.timer_which import which_answer

TV = "media_player.tv"
_ASKED = ("There are 2 timers: pasta timer at 21:10; turn off TV at 21:30. Say which, e.g. "
          "\"cancel the pasta timer\", or \"cancel all timers\".")


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _two_timers(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set a pasta timer for 10 minutes", "turn off the tv in 30 minutes")
    assert said(assistant, "cancel the timer") == [_ASKED]
    return assistant


def _left(store) -> list[str]:
    return sorted(t.text for t in store.timers())


@pytest.mark.parametrize(("answer", "left"), [
    ("the tv one", ["tell you when the pasta timer is done"]),
    ("the one for the tv", ["tell you when the pasta timer is done"]),
    ("the telly timer please", ["tell you when the pasta timer is done"]),
    ("the pasta timer", ["turn off TV"]),
    ("the pasta one", ["turn off TV"]),
    ("pasta", ["turn off TV"]),
    ("the first one", ["turn off TV"]),
    ("the second one", ["tell you when the pasta timer is done"]),
])
def test_the_answer_names_the_timer_cancelled(store, answer, left):
    assistant = _two_timers(store)
    volume = store.device(TV).state["volume"]
    assert said(assistant, answer)[0].startswith("Cancelled the ")
    assert _left(store) == left
    assert store.device(TV).state["volume"] == volume  # (it set 1 %)


@pytest.mark.parametrize("answer", ["both", "all of them", "both of them", "cancel both"])
def test_both_cancels_every_timer_asked_about(store, answer):
    assistant = _two_timers(store)
    assert said(assistant, answer) == [
        "Cancelled the pasta timer at 21:10 and the timer to turn off TV at 21:30."]
    assert store.timers() == []


@pytest.mark.parametrize(("answer", "reply"), [
    ("no", "OK, both timers stay set."), ("never mind", "OK, both timers stay set."),
    ("neither", "OK, both timers stay set."), ("keep them both", "OK, both timers stay set.")])
def test_no_keeps_both(store, answer, reply):
    assistant = _two_timers(store)
    assert said(assistant, answer) == [reply]
    assert len(store.timers()) == 2


def test_a_question_in_passing_keeps_it_open_and_a_timer_not_set_is_asked_again(store):
    assistant = _two_timers(store)
    said(assistant, "what time is it?")
    assert said(assistant, "the fan one") == [f"No timer is set for the fan. {_ASKED}"]
    assert said(assistant, "yes") == [
        "Which timer? Say, for example, \"the pasta one\", \"both\" or \"neither\"."]
    assert said(assistant, "the tv one") == ["Cancelled the timer to turn off TV at 21:30."]


def test_a_request_said_instead_is_itself_and_the_question_lapses(store):
    assistant = _two_timers(store)
    said(assistant, "turn on the tv")
    assert store.device(TV).state["on"] is True
    assert len(store.timers()) == 2
    said(assistant, "both")  # (no question open: nothing cancelled)
    assert len(store.timers()) == 2


def test_one_timer_is_cancelled_without_a_question(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set a pasta timer for 10 minutes", "what time is it?")
    assert said(assistant, "cancel the timer") == ["Cancelled the pasta timer at 21:10."]


def test_which_answers_are_read_as_such():
    assert which_answer("the tv one").named == "tv"
    assert which_answer("the reminder to call mum").named == "call mum"
    assert which_answer("all three").every and which_answer("none of them").keep
    assert which_answer("the last one").nth == -1
    assert which_answer("yes") is None and which_answer("no") is None
    assert not which_answer("turn on the lights").shaped


def test_timers_named_after_their_length_are_asked_about_alike(store):
    """"set a timer for 10 minutes for the pasta" was offered for teaching ("I don't
    know …"): the name after the length names the timer, as "a pasta timer" does."""
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    assert said(assistant, "set a timer for 10 minutes for the pasta",
                "a timer for 30 minutes for the tv", "set a 5 minute timer for the eggs") == [
        "I'll tell you when the pasta timer is done at 21:10 (in 10 minutes). Say \"cancel "
        "that\" if you change your mind.",
        "I'll tell you when the tv timer is done at 21:30 (in 30 minutes). Say \"cancel that\" "
        "if you change your mind.",
        "I'll tell you when the eggs timer is done at 21:05 (in 5 minutes). Say \"cancel "
        "that\" if you change your mind."]
    assert said(assistant, "cancel the timer")[0].startswith("There are 3 timers: eggs timer")
    assert said(assistant, "the tv one") == ["Cancelled the tv timer at 21:30."]
    assert said(assistant, "cancel the pasta timer") == ["Cancelled the pasta timer at 21:10."]


def _two_kitchen_timers(store):
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set a pasta timer for 10 minutes", "set an egg timer for 5 minutes")
    return assistant


def test_pause_and_resume_the_timer_ask_which_and_take_the_answer(store):
    """"pause the timer" with several set was only told which there are, so "the pasta
    one" said next was offered for teaching; now it is the answer, as for "cancel"."""
    assistant = _two_kitchen_timers(store)
    asked = said(assistant, "pause the timer")
    assert asked[0].startswith("There are 2 timers: ") and '"pause the ' in asked[0]
    assert said(assistant, "the pasta one")[0].startswith("Paused your pasta timer")
    assert [t.paused for t in sorted(store.timers(), key=lambda t: t.text)] == [
        False, True]  # (egg, pasta)
    said(assistant, "pause the egg timer")
    asked = said(assistant, "resume the timer")
    assert asked[0].startswith("There are 2 paused timers: ")
    assert said(assistant, "neither") == ["OK, both timers stay paused."]
    said(assistant, "resume the timer")
    assert said(assistant, "both")[0].startswith("Resumed: ")
    assert not any(t.paused for t in store.timers())


def test_time_added_with_several_set_asks_which_and_takes_the_answer(store):
    """"add 2 minutes" with several timers and none just set listed them, so "the pasta
    one" said next was offered for teaching; now it is the answer."""
    assistant = _two_kitchen_timers(store)
    said(assistant, "turn on the living room lamp")  # (the egg timer no longer just set)
    asked = said(assistant, "add 2 minutes")
    assert asked[0].startswith("There are 2 timers: ") and '"add 2 minutes to the ' in asked[0]
    before = {t.text: t.at for t in store.timers()}
    assert said(assistant, "the pasta one")[0].startswith("OK, 12 minutes left on your pasta")
    after = {t.text: t.at for t in store.timers()}
    [pasta] = [k for k in after if "pasta" in k]
    [egg] = [k for k in after if "egg" in k]
    assert after[pasta] - before[pasta] == 120 and after[egg] == before[egg]
    said(assistant, "turn off the living room lamp")
    said(assistant, "add 1 minute")
    assert said(assistant, "neither") == ["OK, both timers stay as they were."]
    said(assistant, "turn on the living room lamp")
    said(assistant, "add 1 minute")
    assert len(said(assistant, "both")) == 2
    assert {t.text: t.at for t in store.timers()} == {
        pasta: after[pasta] + 60, egg: after[egg] + 60}


def test_the_timer_beside_a_reminder_is_the_timer(store):
    """A reminder is no timer: "cancel the timer" with one timer and one reminder set
    cancelled nothing and asked "There are 2 timers: 10-minute timer at 21:10; reminder to
    call mum at 21:20."; "cancel all timers" leaves the reminder too."""
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set a timer for 10 minutes", "remind me to call mum in 20 minutes")
    assert said(assistant, "cancel the timer") == ["Cancelled the 10-minute timer at 21:10."]
    assert _left(store) == ["remind you to call mum"]
    said(assistant, "set a timer for 10 minutes")
    said(assistant, "cancel all timers")
    assert _left(store) == ["remind you to call mum"]
    assert said(assistant, "cancel the timer") == ["Cancelled the reminder to call mum at 21:20."]


def test_timers_alike_are_picked_by_their_order(store):
    """Two 10-minute timers: the example said "cancel the 10 minute timer", which names
    both; "the first one" picks one."""
    assistant, _events = make_assistant(store, wall_clock=lambda: NOW.timestamp())
    said(assistant, "set a timer for 10 minutes", "set a timer for 10 minutes")
    assert said(assistant, "cancel the timer") == [
        "There are 2 timers: 10-minute timer at 21:10; 10-minute timer at 21:10. Say which, "
        "e.g. \"the first one\", or \"cancel all timers\"."]
    assert said(assistant, "the first one") == ["Cancelled the 10-minute timer at 21:10."]
    assert len(store.timers()) == 1
