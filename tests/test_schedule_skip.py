"""Skipping one run of a schedule ("skip movie night this friday") and taking it back,
by voice, on a real SQLite file: the schedule stays, the skip survives a restart, the
scheduler leaves that run out and runs the next one, and "what's scheduled?" says it."""

from datetime import UTC, date, datetime, timedelta

import pytest
from _assistant_helpers import add_routine, make_assistant, said
from _old_schema import schema_at
from test_timers import ManualClock

from teachapp.conversation.skips import parse_skip_request
from teachapp.domain import SetStep
from teachapp.home.scheduler import Scheduler, Skipped
from teachapp.schedule import Place
from teachapp.store import HEAD_REVISION, Store, database_url

NOW = datetime(2026, 12, 1, 21, 0, tzinfo=UTC)  # a Tuesday evening
FRIDAY = date(2026, 12, 4)
TOMORROW = date(2026, 12, 2)
TV = "media_player.tv"
LAMP = "light.living_room_lamp"


@pytest.fixture(autouse=True)
def _utc(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")


def _assistant(store, at: datetime = NOW):
    assistant, _events = make_assistant(store, wall_clock=lambda: at.timestamp())
    return assistant


def _home(store):
    """A new user's routines: movie night on Fridays, good morning on weekdays, wake
    up every day, and tea time with no schedule."""
    add_routine(store, "Movie night", ["movie night"], [SetStep(TV, {"on": True})])
    add_routine(store, "Good morning", ["good morning"], [SetStep(LAMP, {"on": True})])
    add_routine(store, "Wake up", ["wake up"], [SetStep(LAMP, {"brightness": 50})])
    add_routine(store, "Tea time", ["tea time"], [SetStep(TV, {"on": False})])
    assistant = _assistant(store)
    said(assistant, "run movie night every friday at 8 pm",
         "run good morning every weekday at 7", "run wake up every day at 6:30")
    return assistant


def _skipped_days(store, name):
    runs = store.skipped_runs(since=NOW.timestamp()).get(name, [])
    return [datetime.fromtimestamp(at, UTC).date() for at in runs]


def test_skipping_this_friday_keeps_the_schedule_and_whats_scheduled_says_so(store):
    assistant = _home(store)
    before = store.routine("Movie night").triggers
    reply = " ".join(said(assistant, "skip movie night this friday"))
    assert "won't run on Fri 4 Dec at 20:00" in reply and "schedule stays" in reply, reply
    assert "Next run: Fri 11 Dec at 20:00" in reply
    assert store.routine("Movie night").triggers == before
    assert _skipped_days(store, "Movie night") == [FRIDAY]
    listed = " ".join(said(assistant, "what's scheduled?"))
    assert "Movie night: on Fridays at 20:00; skipping Fri 4 Dec" in listed, listed
    asked = " ".join(said(assistant, "when does movie night run?"))
    assert "Next: Fri 11 Dec at 20:00" in asked and "skipping Fri 4 Dec" in asked, asked


def test_the_skip_survives_a_restart(store, db_path):
    said(_home(store), "skip the next movie night")
    store.close()
    with Store.open(db_path) as reopened:
        listed = " ".join(said(_assistant(reopened), "what's scheduled?"))
    assert "skipping Fri 4 Dec" in listed, listed


def test_the_scheduler_leaves_out_the_skipped_run_and_runs_the_next(store):
    said(_home(store), "skip movie night this friday")
    clock = ManualClock(datetime(2026, 12, 4, 19, 59, tzinfo=UTC))
    fired, left_out = [], []
    scheduler = Scheduler(store, Place(UTC), clock=clock, on_due=fired.append,
                          on_skipped=left_out.append, on_missed=lambda m: None)
    assert scheduler.next_runs()["Movie night"] == datetime(2026, 12, 11, 20, tzinfo=UTC)
    for moment in (datetime(2026, 12, 4, 19, 59), datetime(2026, 12, 4, 20, 0, 30),
                   datetime(2026, 12, 11, 19, 59), datetime(2026, 12, 11, 20, 0, 30)):
        clock.t = moment.replace(tzinfo=UTC).timestamp()  # (the watch's passes, then)
        scheduler.check()
    movie = [d.due for d in fired if d.routine == "Movie night"]
    assert movie == [datetime(2026, 12, 11, 20, tzinfo=UTC)]
    assert [s.due.date() for s in left_out] == [FRIDAY]
    assert "skipped as asked" in left_out[0].describe()
    lower = Skipped("bedtime", 1, datetime(2026, 12, 1, 22, 30, tzinfo=UTC))
    assert lower.describe() == "Bedtime did not run at Tue 22:30: it was skipped as asked."
    assert store.skipped_runs(since=0) == {}  # the skip was used up


@pytest.mark.parametrize(("words", "routine", "day"), [
    ("skip movie night this friday", "Movie night", FRIDAY),
    ("skip the next movie night", "Movie night", FRIDAY),
    ("cancel movie night on friday", "Movie night", FRIDAY),
    ("call off friday's movie night", "Movie night", FRIDAY),
    ("don't run good morning tomorrow", "Good morning", TOMORROW),
    ("no good morning tomorrow, it's a holiday", "Good morning", TOMORROW),
    ("no good morning tomorrow it's a holiday", "Good morning", TOMORROW),  # (as heard)
    ("give good morning a miss tomorrow", "Good morning", TOMORROW),
    ("skip tomorrow's wake up", "Wake up", TOMORROW),
    ("skip wake up just this once", "Wake up", TOMORROW),
])
def test_the_ways_people_ask_to_skip_one_run(store, words, routine, day):
    assistant = _home(store)
    reply = " ".join(said(assistant, words))
    assert "won't run on" in reply, reply
    assert _skipped_days(store, routine) == [day]
    assert len(store.routine(routine).triggers) == 1  # the schedule is kept


@pytest.mark.parametrize(("skip", "back"), [
    ("don't run good morning tomorrow", "run good morning tomorrow after all"),
    ("skip good morning tomorrow", "do good morning tomorrow anyway"),
    ("skip movie night this friday", "don't skip movie night this friday"),
    ("skip movie night this friday", "movie night is back on for friday"),
    ("skip the next movie night", "cancel the skip of movie night"),
    # (no day: its next skipped run; was "I don't know ... Shall I learn it?")
    ("skip movie night this friday", "run movie night after all"),
    ("skip good morning tomorrow", "actually do good morning as usual"),
])
def test_taking_a_skip_back(store, skip, back):
    assistant = _home(store)
    said(assistant, skip)
    reply = " ".join(said(assistant, back))
    assert "after all" in reply, reply
    assert store.skipped_runs(since=0) == {}


def test_tomorrow_said_in_the_small_hours_is_the_coming_morning(store):
    _home(store)
    half_past_midnight = datetime(2026, 12, 2, 0, 30, tzinfo=UTC)  # Wednesday
    reply = " ".join(said(_assistant(store, half_past_midnight),
                          "no good morning tomorrow, it's a holiday"))
    assert "won't run on Wed 2 Dec at 07:00" in reply, reply
    assert 'Say "run good morning tomorrow after all"' in reply
    back = " ".join(said(_assistant(store, half_past_midnight),
                         "run good morning tomorrow after all"))
    assert "will run on Wed 2 Dec at 07:00 after all" in back, back


def test_a_day_the_routine_does_not_run_anyway_is_said_and_nothing_is_stored(store):
    assistant = _home(store)
    reply = " ".join(said(assistant, "skip movie night on thursday"))
    assert "doesn't run on Thursday (3 December) anyway" in reply, reply
    assert "it runs on Fridays at 20:00" in reply
    assert store.skipped_runs(since=0) == {}
    saturday = " ".join(said(assistant, "don't run good morning on saturday"))
    assert "anyway" in saturday and store.routine("Good morning").triggers, saturday


def test_a_routine_with_no_schedule_says_how_to_make_one(store):
    assistant = _home(store)
    reply = " ".join(said(assistant, "skip tea time tomorrow"))
    assert "Tea time has no schedule" in reply, reply
    assert "run tea time every friday at 8 pm" in reply


def test_skipping_the_next_twice_does_not_skip_two_runs(store):
    assistant = _home(store)
    said(assistant, "skip the next movie night")
    again = " ".join(said(assistant, "skip the next movie night"))
    assert "already skips Fri 4 Dec at 20:00" in again, again
    assert _skipped_days(store, "Movie night") == [FRIDAY]


def test_words_that_name_no_routine_are_left_to_the_rest_of_the_conversation(store):
    assistant = _home(store)
    assert parse_skip_request("no problem tomorrow", NOW) is not None  # (read, then)
    for words in ("no problem tomorrow", "skip this song", "cancel the dentist on friday"):
        assert not assistant._schedule_talk.claims(words), words
    assert "no routine called" in " ".join(said(assistant, "skip the dentist tomorrow"))
    assert parse_skip_request("don't run good morning on fridays", NOW) is None


def test_editing_the_routine_keeps_its_skip(store):
    assistant = _home(store)
    said(assistant, "skip movie night this friday")
    routine = store.routine("Movie night")
    routine.phrases = [*routine.phrases]
    store.save_routine(routine, replace=True)
    assert _skipped_days(store, "Movie night") == [FRIDAY]


# ------------------------------------------------------------- the schema


def test_a_database_from_before_skips_is_upgraded_keeping_everything(db_path):
    from sqlalchemy import text

    with schema_at(database_url(str(db_path)), "0024") as connection:
        connection.execute(text(
            "INSERT INTO routine (id, name, name_key, enabled, source, created_at, "
            "updated_at) VALUES (1, 'Movie night', 'movie night', true, 'cli', :t, :t)"),
            {"t": "2026-01-01 10:00:00"})
        connection.execute(text(
            "INSERT INTO phrase (routine_id, position, text, normalized, origin, uses, "
            "created_at) VALUES (1, 0, 'movie night', 'movie night', 'taught', 0, :t)"),
            {"t": "2026-01-01 10:00:00"})
        connection.execute(text(
            "INSERT INTO \"trigger\" (routine_id, position, spec_json) "
            "VALUES (1, 0, '{\"at\": \"20:00\", \"days\": [\"fri\"]}')"))
    with Store.open(db_path) as store:
        assert store.routine("movie night").triggers
        reply = " ".join(said(_assistant(store), "skip movie night this friday"))
        assert "won't run on Fri 4 Dec at 20:00" in reply, reply
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION


def test_list_json_gives_the_next_run_that_is_not_skipped(db_path):
    import json

    from conftest import run_teachapp

    db = str(db_path)
    for line in (("teach", "tea time", "--set", "media_player.tv.on=true"),
                 ("run", "run tea time every day at 12:00")):
        assert run_teachapp("--db", db, *line).returncode == 0
    first = json.loads(run_teachapp("--db", db, "list", "--json").stdout)
    skipped = run_teachapp("--db", db, "run", "skip the next tea time")
    assert "won't run on" in skipped.stdout, skipped
    after = json.loads(run_teachapp("--db", db, "list", "--json").stdout)
    assert after["skipped"] == [first["next_run"]]
    assert datetime.fromisoformat(after["next_run"]) - datetime.fromisoformat(
        first["next_run"]) == timedelta(days=1)


def test_run_after_all_with_nothing_skipped_is_left_to_the_rest_of_the_conversation(store):
    """With no run skipped, "run movie night after all" is no skip taken back: "Movie
    night isn't skipped." would answer someone who wants it now."""
    assistant = _home(store)
    assert parse_skip_request("run movie night after all", NOW) is not None
    assert not assistant._schedule_talk.claims("run movie night after all")
    said(assistant, "skip movie night this friday")
    assert assistant._schedule_talk.claims("run movie night after all")



def test_a_forgotten_routine_brought_back_keeps_its_skip(store):
    """"forget movie night", then "undo": its schedule came back without the skip, so
    it would have run on the Friday the person had skipped."""
    assistant = _home(store)
    said(assistant, "skip movie night this friday", "forget movie night", "yes")
    assert said(assistant, "undo") == [
        'Movie night is back, with its phrase "movie night" and its schedule.']  # (it said only "with
    # its phrases", and the person could not know the schedule came back)
    assert _skipped_days(store, "Movie night") == [FRIDAY]
    asked = " ".join(said(assistant, "when does movie night run?"))
    assert "Next: Fri 11 Dec at 20:00" in asked and "skipping Fri 4 Dec" in asked, asked
