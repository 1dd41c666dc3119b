"""Running routines against the simulated home, and undoing them."""

import threading

import pytest

from teachapp.domain import Routine, SayStep, SetStep, WaitStep
from teachapp.errors import DeviceUnavailableError, NotFoundError
from teachapp.home import CollectingSpeaker, Executor, SimulatedBackend
from teachapp.store import Store


def _reading_mode():
    return Routine(name="Reading mode", steps=[
        SetStep("light.living_room_lamp", {"on": True, "brightness": 100}),
        SetStep("light.living_room_lamp", {"brightness": 60}),
        SetStep("media_player.tv", {"on": False}),
        SayStep("Enjoy your book"),
    ])


def test_a_run_changes_states_in_order_and_speaks(store):
    speaker = CollectingSpeaker()
    result = Executor(SimulatedBackend(store), store, speaker).run(_reading_mode())
    assert result.ok
    assert store.device("light.living_room_lamp").state["brightness"] == 60
    assert store.device("light.living_room_lamp").state["on"] is True
    assert speaker.said == ["Enjoy your book"]
    assert result.before["light.living_room_lamp"] == {"on": False, "brightness": 100}


def test_undo_restores_the_states_from_before_the_run_in_another_process(store, db_path):
    before = {d.id: d.state for d in store.devices()}
    Executor(SimulatedBackend(store), store).run(_reading_mode())
    with Store.open(db_path) as other:
        result = Executor(SimulatedBackend(other), other).undo()
    assert result.ok and result.routine == "Reading mode"
    assert {d.id: d.state for d in store.devices()} == before
    with pytest.raises(NotFoundError, match="nothing to undo"):
        Executor(SimulatedBackend(store), store).undo()


def test_nothing_to_undo_on_a_fresh_home(store):
    with pytest.raises(NotFoundError):
        Executor(SimulatedBackend(store), store).undo()


class _FlakyBackend(SimulatedBackend):
    """The simulated home, except one device that never answers."""

    def apply(self, device_id, changes, *, timeout=5.0):
        if device_id == "media_player.tv":
            raise DeviceUnavailableError("TV did not answer within 5 s; is it plugged in?")
        return super().apply(device_id, changes, timeout=timeout)


def test_a_failed_step_is_reported_and_what_changed_can_be_undone(store):
    executor = Executor(_FlakyBackend(store), store)
    result = executor.run(_reading_mode())
    assert not result.ok
    assert [f.index for f in result.failures] == [2]
    assert "TV did not answer" in result.failures[0].message
    assert executor.undo().ok
    assert store.device("light.living_room_lamp").state["on"] is False


def test_a_wait_can_be_cancelled_and_later_steps_do_not_run(store):
    cancel = threading.Event()
    threading.Timer(0.1, cancel.set).start()
    result = Executor(SimulatedBackend(store), store).run(
        [WaitStep(30), SetStep("lock.front_door", {"locked": False})], cancel=cancel)
    assert result.cancelled and not result.ok
    assert len(result.outcomes) == 1
    assert store.device("lock.front_door").state["locked"] is True


def test_waits_take_their_time(store):
    slept = []

    def fake_sleep(seconds, cancel):
        slept.append(seconds)
        return True

    executor = Executor(SimulatedBackend(store), store, sleep=fake_sleep)
    executor.run([WaitStep(2), SetStep("lock.front_door", {"locked": False}), WaitStep(0.5)])
    assert slept == [2, 0.5]
