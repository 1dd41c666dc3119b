"""Two watches on one SQLite file (the window and ``teachapp service``), on a clock the
test moves: a run is done and told once, its routine named as a sentence starts."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from test_timers import ManualClock

from teachapp.conversation.awareness import HomeWatch
from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home import SimulatedBackend
from teachapp.settings import Settings
from teachapp.store import Store, database_url
from teachapp.triggers import trigger_from_dict

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(autouse=True)
def _berlin(monkeypatch):
    monkeypatch.setenv("TZ", "Europe/Berlin")


def test_two_watches_run_a_routine_taught_in_lower_case_once_and_say_it_well(store, db_path):
    """A routine taught by voice is named in lower case: its run was told "good morning
    ran on schedule (Mon 07:00)." (a missed run's report starts with a capital)."""
    store.save_routine(Routine(name="good morning", phrases=[Phrase("good morning")],
                               steps=[SetStep("media_player.tv", {"on": True})],
                               triggers=[trigger_from_dict({"at": "07:00"})]))
    clock = ManualClock(datetime(2026, 12, 7, 6, 59, 50, tzinfo=BERLIN))
    announced: list[str] = []
    other = Store.open(database_url(db_path))
    try:
        watches = [HomeWatch(s, SimulatedBackend(s), Settings(), clock=clock,
                             announce=announced.append) for s in (store, other)]
        for watch in watches:
            watch.hunches_enabled = False
            watch.tick()  # (each sees the schedule first before it is due)
        clock.t += 15
        for watch in watches:
            watch.tick()
    finally:
        other.close()
    assert announced == ["Good morning ran on schedule (Mon 07:00)."]
    assert store.device("media_player.tv").state["on"] is True
