"""Every routine read at once: the window re-reads them after each import, save and
delete. It cost three queries a routine (7 s for 1,500 on the test machine, the
engine's one worker taken all that time, every click waiting behind it); now four
queries whatever their number (benchmarks/gui_after_import.py), with the same
records, phrases, steps and triggers in the same order as one routine read alone."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest
from sqlalchemy import event

from teachapp.domain import Phrase, Routine, SayStep, SetStep, WaitStep
from teachapp.triggers import Trigger


@pytest.fixture
def store(db_store):
    """SQLite, then PostgreSQL (conftest's ``db_store``)."""
    return db_store


def _save(store, count: int, start: int = 0) -> None:
    for n in range(start, start + count):
        store.save_routine(Routine(
            name=f"Routine {n:03}",
            phrases=[Phrase(f"mode number {n}"), Phrase(f"time for {n}", origin="alias")],
            steps=[SetStep("light.living_room_lamp", {"on": True, "brightness": n % 100}),
                   WaitStep(1.5), SayStep(f"Done {n}")],
            triggers=[Trigger(kind="time", time=time(7, n % 60), days=(0, 4)),
                      Trigger(kind="once", at=datetime(2031, 1, 2, 7, 0, tzinfo=UTC))]
            if n % 3 == 0 else [],
            enabled=n % 5 != 0))


def _statements(store) -> int:
    seen: list[str] = []

    def count(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        seen.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        store.routines()
    finally:
        event.remove(store.engine, "before_cursor_execute", count)
    return len(seen)


def test_reading_every_routine_costs_the_same_queries_for_three_or_sixty(store):
    _save(store, 3)
    few = _statements(store)
    _save(store, 57, start=3)
    assert len(store.routines()) >= 60
    assert _statements(store) == few  # (main: 3 more a routine, 171 more here)


def test_every_routine_read_at_once_is_each_routine_read_alone(store):
    _save(store, 12)
    store.add_phrase("Routine 004", "later alias", origin="alias")
    store.mark_used("Routine 004", "later alias")
    everything = store.routines()
    assert [r.name for r in everything] == sorted(r.name for r in everything)
    assert everything == [store.routine(r.name) for r in everything]
    assert [r.name for r in store.routines(enabled_only=True)] == \
        [r.name for r in everything if r.enabled]
    fourth = next(r for r in everything if r.name == "Routine 003")
    assert len(fourth.triggers) == 2 and fourth.steps[1] == WaitStep(1.5)
    assert store.routine("Routine 004").phrases[-1].uses == 1
