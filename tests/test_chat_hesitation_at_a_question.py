""""hmm", "um", "let me think" at a question that wants words of the person's own is no
answer: "remind me at 8", "hmm" set "I'll remind you to hmm at 20:00", "rename movie mode",
"um" renamed it to "um", "hmm" while teaching was "I didn't get "hmm" as something to
do" with every device listed. The question stays open, what it wants is said again, and
the next turn answers it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.conversation.hesitation import hesitation

EVENING = datetime(2026, 12, 7, 19, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store):
    seed_routines(store)
    return make_assistant(store, wall_clock=lambda: EVENING.timestamp())[0]


@pytest.mark.parametrize("filler", ["hmm", "um", "er", "uh", "well", "let me think", "ok",
                                    "thanks", "Hmm, let me think..."])
def test_a_hesitation_at_what_to_remind_of_keeps_the_question(store, filler):
    assistant = _assistant(store)
    said(assistant, "remind me at 8")
    reply = said(assistant, filler)
    assert len(reply) == 1 and reply[0].endswith(
        "What should I remind you of at 8? Say it like \"to call mum\"."), reply
    assert said(assistant, "to call mum")[0].startswith("I'll remind you to call mum at 20:00")


def test_a_hesitation_at_a_new_name_keeps_the_question(store):
    assistant = _assistant(store)
    said(assistant, "rename movie mode")
    assert said(assistant, "um") == ["Take your time. What should movie mode be called? Say "
                                     "the new name, or \"cancel\"."]
    assert said(assistant, "film night")[0].startswith("Renamed movie mode to film night.")
    assert "um" not in store.routine_names()


def test_a_hesitation_while_teaching_is_no_phrase_and_no_step(store):
    assistant = _assistant(store)
    said(assistant, "teach me")
    assert said(assistant, "hmm")[0].startswith("Take your time. Say the words you want")
    said(assistant, "evening")
    assert said(assistant, "well")[0].startswith("Take your time. Tell me what \"evening\" "
                                                 "should do, e.g.")
    said(assistant, "turn on the desk lamp")
    assert said(assistant, "let me think") == [
        "Take your time. Tell me what else \"evening\" should do, or say \"done\"."]
    # "ok" with a step taught still means that's all
    assert said(assistant, "ok") == ["\"evening\" will turn on Desk lamp. Shall I save it?"]


def test_a_hesitation_at_when_a_routine_should_run_keeps_the_question(store):
    assistant = _assistant(store)
    said(assistant, "schedule movie mode")
    assert said(assistant, "hmm") == [
        "Take your time. When? Say, for example, \"every day at 7 pm\"."]
    assert said(assistant, "every day at 7 pm")[0].startswith("Movie mode will run every day")


def test_a_hesitation_with_no_question_open_is_as_before(store):
    assistant = _assistant(store)
    assert not said(assistant, "hmm")[0].startswith("Take your time")


def test_what_a_hesitation_is():
    assert all(hesitation(t) for t in ("hmm", "umm", "erm", "oh well", "thank you!",
                                       "hang on", "ok, thanks"))
    assert not any(hesitation(t) for t in ("to call mum", "well done", "okay google",
                                           "wait", "i do", ""))


def test_ok_at_a_talks_yes_or_no_question_is_still_its_yes(store):
    assistant = _assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "turn off the lamp in 10 minutes")[0].startswith(
        "Do you want me to turn off ")
    assert said(assistant, "ok")[0].startswith("I'll turn off ")
    assert len(store.timers()) == 1
