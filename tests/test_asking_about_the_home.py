"""Questions a person asks about their routines and home, answered from the store:
"when did movie mode last run?" (it was "talk about movie mode, not a request") and
"is anything unusual?" (it was "I don't know ... Shall I learn it?")."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from _assistant_helpers import make_assistant, said, seed_routines
from test_awareness_talk import LAMP, UTC_ZONE, _hunch_at_two_am

from teachapp.conversation.recap import spoken_when
from teachapp.conversation.talk import parse_talk
from teachapp.home.hunch_watcher import HunchWatcher


@pytest.mark.parametrize("text, target", [
    ("when did movie mode last run", "movie mode"),
    ("when was movie mode last run?", "movie mode"),
    ("when was the routine movie mode last used", "movie mode"),
    ("when did you last run movie mode", "movie mode"),
    ("when did i last use movie mode", "movie mode"),
    ("has movie mode run today", "movie mode"),
    ("did movie mode run", "movie mode"),
    ("have you run movie mode yet", "movie mode"),
])
def test_asking_when_a_routine_ran_is_a_conversation_command(text, target):
    talk = parse_talk(text)
    assert talk is not None and (talk.kind, talk.target) == ("last_run", target)


@pytest.mark.parametrize("text", [
    "is anything unusual", "anything unusual at home?", "what's unusual", "what is odd",
    "any hunches", "do you have any hunches", "does anything look odd",
    "is there anything wrong in the house",
    # (were "I don't know "hunches". Shall I learn it?" / "I can't answer …")
    "hunches", "show me the hunches", "what hunches do you have", "tell me your hunches",
    "have you noticed anything unusual", "what have you noticed today",
    "did you notice anything"])
def test_asking_what_is_unusual_is_a_conversation_command(text):
    talk = parse_talk(text)
    assert talk is not None and talk.kind == "unusual"


@pytest.mark.parametrize("text", ["is anything on", "anything else", "has the dishwasher finished",
                                  "movie mode", "what time is it",
                                  "hunches mode", "noticed the lamp was on"])
def test_other_sentences_are_not_those_questions(text):
    talk = parse_talk(text)
    assert talk is None or talk.kind not in ("last_run", "unusual")


def test_when_a_routine_last_ran_follows_runs_undo_and_renames(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assert said(assistant, "when did movie mode last run?") == ["Movie mode hasn't run yet."]
    said(assistant, "movie mode")
    line = said(assistant, "when did movie mode last run")[0]
    assert line.startswith("Movie mode last ran today at ") and "undid" not in line
    said(assistant, "undo")
    assert said(assistant, "has movie mode run today")[0].endswith("You undid it afterwards.")
    said(assistant, "rename movie mode to film night")
    assert said(assistant, "when was film night last used")[0].startswith(
        "Film night last ran today at ")
    # nothing ran and no device moved for any of the questions
    assert store.device("media_player.tv").state["on"] is False


def test_a_question_naming_no_routine_goes_on_as_before(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    [reply] = said(assistant, "did the kids run")  # (no routine: a question it cannot answer)
    assert reply.startswith("I can't answer \"did the kids run\"")


def test_a_past_moment_is_said_as_a_person_says_it():
    zone = ZoneInfo("Europe/London")
    now = datetime(2026, 12, 3, 12, 0, tzinfo=UTC)  # a Thursday
    assert spoken_when(datetime(2026, 12, 3, 7, 5, tzinfo=UTC), now, zone) == "today at 07:05"
    assert spoken_when(datetime(2026, 12, 2, 22, 15, tzinfo=UTC), now, zone) == (
        "yesterday at 22:15")
    assert spoken_when(datetime(2026, 11, 30, 7, 0, tzinfo=UTC), now, zone) == (
        "on Monday at 07:00")
    assert spoken_when(datetime(2026, 11, 3, 7, 0, tzinfo=UTC), now, zone) == (
        "on 3 November at 07:00")
    assert spoken_when(datetime(2025, 11, 3, 7, 0, tzinfo=UTC), now, zone) == (
        "on 3 November 2025 at 07:00")


def test_anything_unusual_waits_for_history_like_the_command(store):
    assistant, _ = make_assistant(store)
    assert said(assistant, "is anything unusual?") == [
        "No hunches yet: they start after 14 days of device history, and there is less "
        "than a day so far."]


def test_anything_unusual_asks_the_hunch_and_yes_fixes_it(store):
    now = _hunch_at_two_am(store)
    assistant, _ = make_assistant(store)
    assistant.hunch_watcher = watcher = HunchWatcher(store, UTC_ZONE, clock=lambda: now)
    assistant._hunch_talk.watcher = watcher
    assert said(assistant, "anything unusual at home?") == [
        "The living room lamp is usually off by now. Turn it off?"]
    assert store.device(LAMP).state["on"] is True  # asked, not done
    assert said(assistant, "yes")[0].startswith("Done: Living room lamp off")
    assert store.device(LAMP).state["on"] is False
    assert said(assistant, "is anything odd") == [
        "No hunches: everything is as usual for this time of the week."]


@pytest.mark.parametrize("text", ["whats scheduled", "what is scheduled?", "what's on the schedule",
                                  "what is my schedule"])
def test_the_schedule_is_listed_however_it_is_typed(store, text):
    """"whats scheduled" typed without its apostrophe was offered for teaching."""
    assistant, _ = make_assistant(store)
    assert said(assistant, text)[0].startswith("Nothing is scheduled and no timer is set.")


def test_a_closed_set_recogniser_listens_for_the_questions_about_the_home():
    """Whisper, prompted with the app's list, heard espeak-ng's "what timers are set" as
    "what time was reset" before the question was in it."""
    from teachapp.conversation.talk import listening_vocabulary

    heard = listening_vocabulary(["movie mode"], ["TV"])
    assert {"is anything unusual", "what's scheduled", "what timers are set"} <= set(heard)
    assert heard[-1] == "movie mode"  # the taught phrases stay last (Whisper's prompt)


@pytest.mark.parametrize("text", [
    "run movie mode every weekday at 7 am", "what's scheduled", "what time is it",
    "when does movie mode start", "cancel the movie mode schedule", "run nothing at 7",
    "when does the film start", "movie mode", "turn on the tv at 7 every day", "hello",
    "movie mode at 9pm", "run movie mode sunset"])
def test_listen_reports_schedule_talk_by_the_rule_chat_follows(store, text):
    """``listen`` said nothing of schedule sentences (chat answers them and runs nothing);
    it now asks the schedule reader's claim (``readers.claim``, ``ScheduleTalk.claims``),
    which says what ``turn`` would do."""
    from teachapp.conversation.readers import claim
    from teachapp.conversation.turns import TurnReplies

    seed_routines(store)
    assistant, _ = make_assistant(store)
    predicted = claim("schedule", text, store) is not None
    assert predicted == assistant._schedule_talk.claims(text)
    assert predicted == assistant._schedule_talk.turn(TurnReplies(lambda event: None), text)
