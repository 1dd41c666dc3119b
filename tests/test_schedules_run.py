"""The scheduler on a real database with a clock the test moves; the service process."""

import os
import re
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from conftest import REPO

from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home.scheduler import Scheduler
from teachapp.schedule import Place
from teachapp.store import Store
from teachapp.triggers import trigger_from_dict

BERLIN = ZoneInfo("Europe/Berlin")


class ManualClock:
    """A clock the test moves: ``wait`` advances it instead of sleeping."""

    def __init__(self, start: datetime) -> None:
        self.t = start.timestamp()

    def now(self) -> float:
        return self.t

    def wait(self, seconds: float, stop: threading.Event) -> bool:
        self.t += seconds
        return stop.is_set()


def _routine(name: str, *triggers: dict) -> Routine:
    return Routine(name=name, phrases=[Phrase(name.lower())],
                   steps=[SetStep("light.living_room_lamp", {"on": True})],
                   triggers=[trigger_from_dict(t) for t in triggers])


def _scheduler(store, clock, fired, missed):
    return Scheduler(store, Place(BERLIN), clock=clock,
                     on_due=lambda d: fired.append(d), on_missed=lambda m: missed.append(m))


def test_due_runs_fire_once_and_runs_missed_while_asleep_are_reported(store):
    clock = ManualClock(datetime(2027, 3, 26, 6, 0, tzinfo=BERLIN))  # Fri, DST on Sunday
    store.save_routine(_routine("Good morning", {"at": "07:00"}, {"at": "02:30"}))
    fired, missed = [], []
    scheduler = _scheduler(store, clock, fired, missed)
    stop = threading.Event()
    while clock.t < datetime(2027, 3, 29, 8, 0, tzinfo=BERLIN).timestamp():
        upcoming = scheduler.check()
        # wakes when the scheduler says the next run is due, and every ten minutes
        # between (a check with nothing due must fire nothing): 17,760 checks at the
        # service's 15 s cost minutes of the suite for the same three days
        clock.wait(min(600.0, max(0.0, upcoming - clock.t)), stop)
    local = [d.due.astimezone(BERLIN).strftime("%d %H:%M") for d in fired]
    assert local == ["26 07:00", "27 02:30", "27 07:00", "28 03:30", "28 07:00",
                     "29 02:30", "29 07:00"]
    assert all(0 <= d.fired_at - d.due.timestamp() <= 1.0 for d in fired)
    assert missed == []
    clock.t += 3 * 86400  # the computer sleeps for three days
    scheduler.check()
    assert len(fired) == 7 and missed and sum(m.count for m in missed) == 6
    assert missed[0].describe().startswith("Good morning was due at ")  # (was "'Good …")
    assert missed[0].describe().endswith("; they were not run late.")  # (3 runs: "it was")


def test_two_processes_never_fire_the_same_run(db_path, store):
    clock = ManualClock(datetime(2027, 1, 4, 6, 59, 59, tzinfo=BERLIN))
    store.save_routine(_routine("Good morning", {"at": "07:00"}))
    fired = []
    with Store.open(db_path) as other:
        first = _scheduler(store, clock, fired, [])
        second = _scheduler(other, clock, fired, [])
        first.check(), second.check()
        clock.t += 1.5
        second.check(), first.check()
    assert len(fired) == 1


def test_a_new_trigger_does_not_fire_the_past(store):
    clock = ManualClock(datetime(2027, 1, 4, 9, 0, tzinfo=BERLIN))
    store.save_routine(_routine("Good morning", {"at": "07:00"}))
    fired = []
    _scheduler(store, clock, fired, []).check()
    assert fired == []


@pytest.mark.timeout(120)
def test_the_service_runs_a_schedule_due_within_seconds(tmp_path, store, db_path):
    due = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=4)
    store.save_routine(_routine("Wake up", {"once": due.isoformat()}))
    # (the real clock, in the test and the service alike: with TEACHAPP_NOW set, the
    # service's clock started where it says and the run, due on the real one, was years
    # away or missed, so the test hung until its timeout)
    real = {k: v for k, v in os.environ.items() if k != "TEACHAPP_NOW"}
    proc = subprocess.Popen([sys.executable, "-m", "teachapp", "--db", str(db_path),
                             "service"], cwd=REPO, stdout=subprocess.PIPE, text=True,
                            stdin=subprocess.DEVNULL, env=real)
    lines = []
    try:
        for line in proc.stdout:  # the test's own timeout (pytest-timeout) bounds this
            lines.append(line)
            if "ran on schedule" in line:
                break
    finally:
        proc.terminate()
        proc.wait(timeout=30)
    assert any(re.search(r"Wake up ran on schedule", line) for line in lines), lines
    assert store.device("light.living_room_lamp").state["on"] is True
    change = store.history(device_id="light.living_room_lamp")[-1]
    assert (change.cause, change.detail) == ("schedule", "Wake up")
    assert change.at >= due.timestamp() - 0.01
    assert time.time() >= due.timestamp()


def test_runs_missed_over_a_week_or_more_are_said_with_their_dates(store):
    """Away for two weeks, a daily routine's missed runs were "due at Wed 07:00 and 13
    more until Tue 07:00": read as within one week."""
    clock = ManualClock(datetime(2026, 12, 1, 8, 0, tzinfo=BERLIN))  # a Tuesday
    store.save_routine(_routine("Good morning", {"at": "07:00"}))
    fired, missed = [], []
    scheduler = _scheduler(store, clock, fired, missed)
    scheduler.check()
    clock.t = datetime(2026, 12, 15, 9, 0, tzinfo=BERLIN).timestamp()
    scheduler.check()
    assert fired == [] and [m.describe() for m in missed] == [
        "Good morning was due on Wed 2 Dec at 07:00 and 13 more until Tue 15 Dec at 07:00 "
        "while teachapp was not running; they were not run late."]


def test_a_schedule_changed_just_after_it_ran_does_not_run_it_again(store):
    """"run good morning every day at 7" said at 07:00:30 of a routine that ran at 07:00
    on weekdays: the merged trigger is a new row, first seen, so the 07:00 run (within
    the grace time) fired a second time."""
    clock = ManualClock(datetime(2027, 1, 4, 6, 59, 59, tzinfo=BERLIN))  # a Monday
    store.save_routine(_routine("Good morning", {"at": "07:00", "days": "weekdays"}))
    fired = []
    scheduler = _scheduler(store, clock, fired, [])
    scheduler.check()
    clock.t += 2
    scheduler.check()
    assert len(fired) == 1
    clock.t += 28
    routine = store.routine("Good morning")
    routine.triggers = [trigger_from_dict({"at": "07:00"})]
    store.save_routine(routine, replace=True)
    clock.t += 10
    scheduler.check()
    assert len(fired) == 1
    clock.t = datetime(2027, 1, 9, 7, 0, 5, tzinfo=BERLIN).timestamp()  # Saturday
    scheduler.check()
    assert [d.due.astimezone(BERLIN).strftime("%a %H:%M") for d in fired] == [
        "Mon 07:00", "Sat 07:00"]


def test_a_schedule_changed_just_after_another_process_ran_it_does_not_run_it_again(
        store, db_path):
    """The same change seen by another process: the service ran good morning at 07:00,
    the window (its own scheduler, its own database connection) saw the merged trigger
    first and ran 07:00 again; the newest run handled was remembered only in the
    process that ran it. It is kept in the database now (``routine.last_handled``)."""
    clock = ManualClock(datetime(2027, 1, 4, 6, 59, 59, tzinfo=BERLIN))  # a Monday
    store.save_routine(_routine("Good morning", {"at": "07:00", "days": "weekdays"}))
    service_fired: list = []
    service = _scheduler(store, clock, service_fired, [])
    service.check()
    clock.t += 2
    service.check()
    assert len(service_fired) == 1
    clock.t += 28
    window = Store.open(db_path)
    try:
        routine = window.routine("Good morning")
        routine.triggers = [trigger_from_dict({"at": "07:00"})]
        window.save_routine(routine, replace=True)
        window_fired: list = []
        clock.t += 10
        _scheduler(window, clock, window_fired, []).check()
        assert window_fired == []
        clock.t = datetime(2027, 1, 9, 7, 0, 5, tzinfo=BERLIN).timestamp()  # Saturday
        _scheduler(window, clock, window_fired, []).check()
        assert [d.due.astimezone(BERLIN).strftime("%a %H:%M") for d in window_fired] == [
            "Sat 07:00"]
    finally:
        window.close()
