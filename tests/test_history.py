"""Device history: recorded with the state, with its cause, bounded by retention."""

import pytest

from teachapp.errors import UnknownDeviceError
from teachapp.home import Executor, SimulatedBackend
from teachapp.store import DeviceChange, Store, change_cause


def test_changes_are_recorded_with_their_cause_and_only_when_something_changed(store):
    store.clock = lambda: 1000.0
    store.update_states({"light.living_room_lamp": {"on": True, "brightness": 100}})
    store.update_states({"light.living_room_lamp": {"on": True}})  # no change: no row
    with change_cause("window"):
        store.update_states({"light.living_room_lamp": {"brightness": 40}})
    rows = store.history()
    assert [(r.changes, r.cause, r.at) for r in rows] == [
        ({"on": True}, "outside", 1000.0), ({"brightness": 40}, "window", 1000.0)]


def test_a_routine_run_and_its_undo_are_attributed(store):
    from teachapp.domain import Phrase, Routine, SetStep

    executor = Executor(SimulatedBackend(store), store)
    routine = Routine("Movie", [Phrase("movie")], [SetStep("light.living_room_lamp",
                                                           {"on": True})])
    executor.run(routine)
    executor.undo()
    with change_cause("schedule", "Movie"):
        executor.run(routine)  # the schedule's cause is kept, not replaced by "routine"
    assert [(r.cause, r.detail) for r in store.history()] == [
        ("routine", "Movie"), ("undo", "Movie"), ("schedule", "Movie")]


def test_a_failed_update_records_no_history(store):
    with pytest.raises(UnknownDeviceError):
        store.update_states({"light.living_room_lamp": {"on": True},
                             "light.nowhere": {"on": True}})
    assert store.history() == []
    assert store.device("light.living_room_lamp").state["on"] is False


def test_retention_drops_old_history(db_path, store):
    store.add_history(DeviceChange(at=float(day * 86400), device_id="light.living_room_lamp",
                                   changes={"on": day % 2 == 0}) for day in range(10))
    store.history_retention_days = 3
    store.prune_history(now=10 * 86400.0)
    assert [r.at / 86400 for r in store.history()] == [7.0, 8.0, 9.0]
    with Store.open(db_path) as again:  # in the file, not only in this process
        assert len(again.history()) == 3
