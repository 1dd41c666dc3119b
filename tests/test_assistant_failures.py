"""A backend that fails while a routine runs: the person hears which step failed."""

from __future__ import annotations

import queue
from typing import Any

from _assistant_helpers import add_routine, make_assistant, said

from teachapp.conversation.events import LaterReplies
from teachapp.domain import Device, SetStep, WaitStep
from teachapp.errors import DeviceUnavailableError
from teachapp.home import SimulatedBackend


class FailingBackend(SimulatedBackend):
    """The simulated home, except that some devices never answer."""

    def __init__(self, store, broken: set[str]) -> None:
        super().__init__(store)
        self.broken = broken

    def apply(self, device_id: str, changes: dict[str, Any], *, timeout: float = 5.0) -> Device:
        if device_id in self.broken:
            raise DeviceUnavailableError(
                f"{device_id} did not answer within {timeout:g} s; check that it is on.")
        return super().apply(device_id, changes, timeout=timeout)


def test_the_failed_step_is_named_and_the_rest_can_be_undone(store):
    add_routine(store, "Evening", ["evening"], [
        SetStep("light.living_room_lamp", {"on": True, "brightness": 60}),
        SetStep("light.kitchen_lights", {"on": True}),
        SetStep("lock.front_door", {"locked": False})])
    backend = FailingBackend(store, {"light.kitchen_lights"})
    assistant, _ = make_assistant(store, backend=backend)
    reply = said(assistant, "evening")
    assert reply == [
        "Evening: step 2 failed: light.kitchen_lights did not answer within 5 s; check that "
        "it is on.",
        'The other steps were done; say "undo" to put them back.']
    assert store.device("light.living_room_lamp").state["on"] is True
    assert store.device("lock.front_door").state["locked"] is False
    assert store.interactions()[0].outcome == "failed: step 2"
    assert said(assistant, "undo") == ["Undone: Living room lamp and Front door put back."]
    assert store.device("light.living_room_lamp").state["on"] is False
    assert store.device("lock.front_door").state["locked"] is True


def test_a_device_command_to_a_broken_device(store):
    backend = FailingBackend(store, {"lock.front_door"})
    assistant, _ = make_assistant(store, backend=backend)
    assert said(assistant, "unlock the front door") == ["Unlock Front door? Say yes or no."]
    reply = said(assistant, "yes")
    assert reply == ["lock.front_door did not answer within 5 s; check that it is on."]
    # was: "There is nothing to undo.", and "why?" then: "… so I put it back."
    assert said(assistant, "undo") == [
        "Nothing was put back: \"unlock the front door\" changed nothing that I could "
        "confirm. Front door never confirmed its change, so nothing of it was recorded to "
        "put back."]
    assert said(assistant, "why did you do that")[-1] == (
        "You asked me to undo \"unlock the front door\". I sent nothing to Front door: it "
        "never confirmed the change, so there was nothing to put back.")


def test_a_command_to_several_devices_reads_back_those_that_changed(store):
    """It was "That: step 2 failed: …", with no word of the lights that did go off."""
    backend = FailingBackend(store, {"light.desk_lamp"})
    assistant, _ = make_assistant(store, backend=backend)
    said(assistant, "turn on the desk lamp and the bedroom lamp")
    backend.broken.clear()
    said(assistant, "turn on the desk lamp")
    backend.broken.add("light.desk_lamp")
    assert said(assistant, "turn off the desk lamp and the bedroom lamp") == [
        "Bedroom lamp: off.", "light.desk_lamp did not answer within 5 s; check that it is on."]


def test_undo_that_fails_says_what_was_not_put_back(store):
    add_routine(store, "Lamp", ["lamp up"], [SetStep("light.desk_lamp", {"on": True})])
    backend = FailingBackend(store, set())
    assistant, _ = make_assistant(store, backend=backend)
    said(assistant, "lamp up")
    backend.broken.add("light.desk_lamp")
    reply = said(assistant, "undo")
    assert reply[0].startswith("Could not put back light.desk_lamp: light.desk_lamp did not")
    backend.broken.clear()
    # The run was not marked undone, so undo can be tried again.
    assert said(assistant, "undo") == ["Undone: Desk lamp put back."]


def test_undo_in_a_new_process_knows_the_run_no_device_confirmed(store, db_path, capsys):
    """The undo history that survives a restart knows a run whose every device step
    failed: a later chat or ``teachapp undo`` took back the run before it unasked."""
    from teachapp.cli import main

    backend = FailingBackend(store, {"light.desk_lamp"})
    assistant, _ = make_assistant(store, backend=backend)
    said(assistant, "turn on the bedroom lamp")
    assert said(assistant, "turn on the desk lamp") == [
        "light.desk_lamp did not answer within 5 s; check that it is on."]
    assistant.close()
    later, _ = make_assistant(store)  # a chat after a restart
    # was: "Undone: Bedroom lamp put back."
    assert said(later, "undo") == [
        "Nothing was put back: \"turn on the desk lamp\" changed nothing that I could "
        "confirm. Desk lamp never confirmed its change, so nothing of it was recorded to "
        "put back. Say \"undo\" again to take back the run before it."]
    assert store.device("light.bedroom_lamp").state["on"] is True
    later.close()
    assert main(["--db", str(db_path), "undo"]) == 0  # the run before it, as said
    assert capsys.readouterr().out.splitlines()[0] == "Undone: Bedroom lamp put back."
    assert store.device("light.bedroom_lamp").state["on"] is False

    backend.broken = {"light.bedroom_lamp"}
    again, _ = make_assistant(store, backend=backend)
    said(again, "turn on the desk lamp", "turn on the bedroom lamp")
    again.close()
    # was: "Undone: Desk lamp put back." (exit 0), the run before it
    assert main(["--db", str(db_path), "undo"]) == 0
    assert capsys.readouterr().out == (
        "Nothing was put back: \"turn on the bedroom lamp\" changed nothing that I could "
        "confirm. Bedroom lamp never confirmed its change, so nothing of it was recorded to "
        "put back. Say \"undo\" again to take back the run before it.\n")
    assert store.device("light.desk_lamp").state["on"] is True
    assert main(["--db", str(db_path), "undo", "--json"]) == 0
    assert store.device("light.desk_lamp").state["on"] is False


def test_a_run_failing_before_and_after_its_pause_is_one_thing_to_undo(store):
    """"lamp on, wait, lamp off" on a lamp that never answers: the part before the pause
    and the rest each kept a run no device confirmed, so after a restart "undo" said
    "Nothing was put back" twice before it reached the run before it. And a rest that
    did change something left the first part's row: once its run was undone, "undo" said
    that same run had changed nothing."""
    add_routine(store, "Blink", ["blink"], [
        SetStep("light.desk_lamp", {"on": True}), WaitStep(0.2),
        SetStep("light.desk_lamp", {"on": False}), SetStep("fan.bedroom_fan", {"on": True})])
    backend = FailingBackend(store, {"light.desk_lamp", "fan.bedroom_fan"})
    for fan_answers in (False, True):
        if fan_answers:
            backend.broken.discard("fan.bedroom_fan")
        assistant, _ = make_assistant(store, backend=backend)
        done: queue.Queue = queue.Queue()
        assistant.subscribe(lambda e, done=done: done.put(e) if isinstance(
            e, LaterReplies) else None)
        said(assistant, "turn on the bedroom lamp", "blink")
        done.get(timeout=30)  # the rest is over
        assistant.close()
        later, _ = make_assistant(store)  # a chat after a restart
        if fan_answers:
            assert said(later, "undo") == ["Undone: Bedroom fan put back."]
        else:
            assert said(later, "undo") == [
                "Nothing was put back: Blink changed nothing that I could confirm. Desk lamp "
                "and Bedroom fan never confirmed their change, so nothing of them was "
                "recorded to put back. Say \"undo\" again to take back the run before it."]
        assert said(later, "undo") == ["Undone: Bedroom lamp put back."]  # the run before
        later.close()


def test_a_failed_step_beside_steps_already_so_offers_no_undo(store):
    """Its one change failed and the other devices were already as asked: it said "The
    other steps were done; say "undo" to put them back.", and "undo" then said it had
    changed nothing."""
    add_routine(store, "Lock up", ["lock up"], [
        SetStep("lock.front_door", {"locked": True}),
        SetStep("light.kitchen_lights", {"on": True})])
    assert store.device("lock.front_door").state["locked"] is True
    backend = FailingBackend(store, {"light.kitchen_lights"})
    assistant, _ = make_assistant(store, backend=backend)
    assert said(assistant, "lock up") == [
        "Lock up: step 2 failed: light.kitchen_lights did not answer within 5 s; check that "
        "it is on.",
        "The other steps changed nothing: the rest was already so."]
