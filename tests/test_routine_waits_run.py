"""A routine with a pause runs its rest by itself: the person goes on talking.

Real SQLite, the real executor and real (short or long) waits; ``teachapp chat`` in a
child process through a pipe. Nothing here times how fast anything is: a test waits
for an event, with a generous timeout.
"""

from __future__ import annotations

import os
import queue
import re
import subprocess
import sys
import threading
import time
from datetime import UTC, datetime

import pytest
from _assistant_helpers import add_routine, make_assistant, said
from conftest import REPO

from teachapp.conversation.awareness import HomeWatch
from teachapp.conversation.events import LaterReplies
from teachapp.domain import SayStep, SetStep, WaitStep
from teachapp.home import SimulatedBackend
from teachapp.home.scheduler import Due
from teachapp.settings import Settings
from teachapp.store import Store

LONG = 600  # a pause no test waits out: it is stopped, undone or closed


def _paused(left: str, title: str = "Bedtime") -> str:
    """What the turn says at Bedtime's pause: what ran, and what is still to come."""
    return (f'{title}: set Bedroom lamp on at 10 %. In {left} it will say "Good night", '
            'turn off Bedroom lamp and then turn on Bedroom fan. Say "stop" to cancel it.')


PAUSED = _paused("10 minutes")


def _bedtime(store, seconds: float = LONG) -> None:
    add_routine(store, "Bedtime", ["bedtime"], [
        SetStep("light.bedroom_lamp", {"on": True, "brightness": 10}), WaitStep(seconds),
        SayStep("Good night"), SetStep("light.bedroom_lamp", {"on": False}),
        SetStep("fan.bedroom_fan", {"on": True})])


def _later(assistant) -> queue.Queue:
    """The lines said outside any turn, as they come."""
    lines: queue.Queue = queue.Queue()
    assistant.subscribe(lambda e: lines.put(e.lines) if isinstance(e, LaterReplies) else None)
    return lines


def _state(store, device: str) -> dict:
    return store.device(device).state


def test_the_turn_answers_at_the_pause_and_the_rest_runs_by_itself(store):
    _bedtime(store, seconds=1)
    assistant, _events = make_assistant(store)
    later = _later(assistant)
    assert said(assistant, "bedtime") == [
        _paused("1 second")]
    assert _state(store, "light.bedroom_lamp")["brightness"] == 10
    assert later.get(timeout=30) == ["Good night", "Bedtime: the rest is done."]
    assert _state(store, "light.bedroom_lamp")["on"] is False
    assert _state(store, "fan.bedroom_fan")["on"] is True
    # The history and the explanations still name the routine for the rest's changes.
    [why] = said(assistant, "why is the bedroom lamp off?")
    assert re.fullmatch(r"Bedroom lamp is off\. It was last changed by bedtime, \w+ at "
                        r"\d\d:\d\d\.", why), why  # (": off." no more: it is off now)
    # One run: "undo" puts back the steps before the pause and after it.
    assert said(assistant, "undo") == ["Undone: Bedroom fan and Bedroom lamp put back."]
    assert _state(store, "light.bedroom_lamp")["on"] is False
    assert _state(store, "light.bedroom_lamp")["brightness"] != 10
    assert _state(store, "fan.bedroom_fan")["on"] is False


def test_an_hour_long_pause_is_said_as_the_timer_list_says_it(store):
    _bedtime(store, seconds=3600)
    assistant, _events = make_assistant(store)
    assert said(assistant, "bedtime") == [
        _paused("1 hour")]
    said(assistant, "stop")


def test_while_a_routine_waits_every_other_request_works(store):
    _bedtime(store)
    add_routine(store, "Reading", ["reading mode"], [
        SetStep("light.desk_lamp", {"on": True, "brightness": 100})])
    assistant, _events = make_assistant(store)
    try:
        assert said(assistant, "bedtime") == [PAUSED]
        assert said(assistant, "turn on the kitchen lights") == ["Kitchen lights: on."]
        assert said(assistant, "reading mode") == ["Reading: set Desk lamp on at 100 %."]
        assert said(assistant, "is the desk lamp on?") == ["Desk lamp is on, brightness 100 %."]
        [running] = said(assistant, "what's running?")[:1]
        assert running.startswith("Bedtime is waiting: the rest runs at ")
        assert running.endswith("(in 10 minutes).")
        assert [r for r, _line in assistant.waiting_runs()] == ["Bedtime"]
    finally:
        assistant.close()


@pytest.mark.parametrize("words", ["stop", "cancel that", "cancel bedtime"])
def test_stop_or_cancel_during_the_pause_stops_the_rest(store, words):
    _bedtime(store)
    assistant, _events = make_assistant(store)
    said(assistant, "bedtime")
    assert said(assistant, words) == [
        'Stopped: the rest of bedtime will not run. Say "undo" to put back what it '
        "already changed."]
    assert said(assistant, "what's running?") == ["Nothing is running or waiting right now."]
    assert _state(store, "fan.bedroom_fan")["on"] is False
    assert _state(store, "light.bedroom_lamp") == {**_state(store, "light.bedroom_lamp"),
                                                   "on": True, "brightness": 10}
    # The stop words keep their old meaning once nothing waits.
    assert said(assistant, "stop")[0].startswith("OK, I'll leave things as they are.")


def test_undo_during_the_pause_puts_back_the_steps_done_and_the_rest_never_runs(store):
    _bedtime(store, seconds=2)
    assistant, events = make_assistant(store)
    before = dict(_state(store, "light.bedroom_lamp"))
    said(assistant, "bedtime")
    assert said(assistant, "undo") == ["Undone: Bedroom lamp put back."]
    assert _state(store, "light.bedroom_lamp") == before
    assert assistant.waiting_runs() == []
    time.sleep(3)  # past the pause: nothing of the rest happens
    assert _state(store, "light.bedroom_lamp") == before
    assert _state(store, "fan.bedroom_fan")["on"] is False
    assert not [e for e in events if isinstance(e, LaterReplies)]


def test_a_device_changed_by_hand_during_the_pause_is_still_set_by_the_rest(store):
    """The routine does what it was taught: its later step still runs. The change by
    hand is a run of its own, newer than the routine's start: the first "undo" puts
    it back, the second the whole routine (to what the lamp was before it)."""
    _bedtime(store, seconds=1)
    assistant, _events = make_assistant(store)
    later = _later(assistant)
    before = dict(_state(store, "light.bedroom_lamp"))
    said(assistant, "bedtime")
    assistant.set_device("light.bedroom_lamp", {"brightness": 60})
    assert later.get(timeout=30)[-1] == "Bedtime: the rest is done."
    assert _state(store, "light.bedroom_lamp")["on"] is False
    said(assistant, "undo", "undo")
    assert _state(store, "light.bedroom_lamp") == before
    assert _state(store, "fan.bedroom_fan")["on"] is False


def test_closing_during_the_pause_runs_nothing_later_and_keeps_the_run_for_undo(db_path):
    with Store.open(db_path) as store:
        from teachapp.home import ensure_default_home

        ensure_default_home(store)
        _bedtime(store, seconds=1)
        before = dict(_state(store, "light.bedroom_lamp"))
        assistant, _events = make_assistant(store)
        said(assistant, "bedtime")
        assert assistant.unfinished() == [
            '(The rest of bedtime will not run: it was waiting when you left. Say "undo" '
            "next time to put back what it changed.)"]
        assistant.close()
        assert not [t for t in threading.enumerate() if t.name.startswith("teachapp-rest")]
        time.sleep(2)  # past the pause
        assert _state(store, "light.bedroom_lamp")["brightness"] == 10
        assert _state(store, "fan.bedroom_fan")["on"] is False
    with Store.open(db_path) as store:  # the next session can put it back
        assistant, _events = make_assistant(store)
        assert said(assistant, "undo") == ["Undone: Bedroom lamp put back."]
        assert _state(store, "light.bedroom_lamp") == before


def test_a_scheduled_routine_with_a_pause_does_not_hold_the_watch(store):
    """Schedules, timers and hunches share one thread: a ten-minute pause held them all;
    beside a front end the watch uses the assistant's executor, so "stop" reaches it."""
    _bedtime(store)
    assistant, _events = make_assistant(store)
    announced: list[str] = []
    watch = HomeWatch(store, assistant.backend, Settings(), announce=announced.append,
                      executor=assistant.executor)
    fired = threading.Thread(target=watch._fire, args=(
        Due("Bedtime", 1, datetime(2027, 1, 4, 22, 0, tzinfo=UTC), time.time()),))
    fired.start()
    fired.join(30)
    assert not fired.is_alive()
    assert announced == [_paused("10 minutes", "Bedtime started on schedule (Mon 22:00)")]
    assert said(assistant, "stop")[0].startswith("Stopped: the rest of bedtime will not run.")
    watch.close()
    assert _state(store, "fan.bedroom_fan")["on"] is False
    lamp = [c for c in store.iter_history() if c.device_id == "light.bedroom_lamp"]
    assert (lamp[-1].cause, lamp[-1].detail) == ("schedule", "Bedtime")


# ------------------------------------------------------------ teachapp chat, piped


class _Chat:
    """``teachapp chat`` in a child process: lines in, lines out as they come."""

    def __init__(self, db_path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "teachapp", "--db", str(db_path), "--no-speech", "chat"],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            cwd=REPO, env={**os.environ}, text=True, encoding="utf-8")
        self.lines: queue.Queue = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        assert self.proc.stdout is not None
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def say(self, text: str) -> None:
        assert self.proc.stdin is not None
        self.proc.stdin.write(text + "\n")
        self.proc.stdin.flush()

    def next(self, timeout: float = 60) -> str | None:
        return self.lines.get(timeout=timeout)

    def leave(self) -> list[str]:
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        rest = []
        while (line := self.next()) is not None:
            rest.append(line)
        assert self.proc.wait(60) == 0, self.proc.stderr.read() if self.proc.stderr else ""
        return rest


def test_chat_answers_during_a_pause_and_stop_cancels_the_rest(db_path):
    with Store.open(db_path) as store:
        from teachapp.home import ensure_default_home

        ensure_default_home(store)
        _bedtime(store)
    chat = _Chat(db_path)
    try:
        chat.say("bedtime")
        assert chat.next() == PAUSED
        chat.say("turn on the kitchen lights")  # the old chat sat in the pause
        assert chat.next() == "Kitchen lights: on."
        chat.say("stop")
        assert chat.next().startswith("Stopped: the rest of bedtime will not run.")
        assert chat.leave() == []
    finally:
        if chat.proc.poll() is None:
            chat.proc.kill()
    with Store.open(db_path) as store:
        assert _state(store, "light.bedroom_lamp")["brightness"] == 10
        assert _state(store, "fan.bedroom_fan")["on"] is False


def test_chat_prints_how_the_rest_went_and_leaving_during_a_pause_runs_nothing(db_path):
    with Store.open(db_path) as store:
        from teachapp.home import ensure_default_home

        ensure_default_home(store)
        _bedtime(store, seconds=1)
    chat = _Chat(db_path)
    try:
        chat.say("bedtime")
        assert chat.next() == _paused("1 second")
        assert [chat.next(), chat.next()] == ["Good night", "Bedtime: the rest is done."]
        chat.say("undo")
        assert chat.next() == "Undone: Bedroom fan and Bedroom lamp put back."
        chat.say("bedtime")
        assert chat.next().startswith("Bedtime: set Bedroom lamp on at 10 %. In ")
        assert chat.leave() == [
            '(The rest of bedtime will not run: it was waiting when you left. Say "undo" '
            "next time to put back what it changed.)"]
    finally:
        if chat.proc.poll() is None:
            chat.proc.kill()
    time.sleep(1.5)  # past the pause: the closed chat changed nothing more
    with Store.open(db_path) as store:
        assert _state(store, "light.bedroom_lamp")["brightness"] == 10
        assert _state(store, "fan.bedroom_fan")["on"] is False


def test_teachapp_run_still_runs_the_whole_routine(teachapp_cli, db_path):
    with Store.open(db_path) as store:
        from teachapp.home import ensure_default_home

        ensure_default_home(store)
        _bedtime(store, seconds=1)
    proc = teachapp_cli("--db", str(db_path), "--no-speech", "run", "bedtime")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0] == "Bedtime:"
    assert "Bedroom fan (fan.bedroom_fan): on" in proc.stdout
    with Store.open(db_path) as store:
        assert _state(store, "light.bedroom_lamp")["on"] is False


def test_a_bare_backend_run_is_unchanged_without_on_rest(store):
    """Callers that give no ``on_rest`` (tests, tools) still get the whole run."""
    from teachapp.home import Executor

    _bedtime(store, seconds=0.2)
    result = Executor(SimulatedBackend(store), store).run(store.routine("Bedtime"))
    assert result.ok and result.waiting is None
    assert _state(store, "fan.bedroom_fan")["on"] is True


def test_a_routine_taught_in_lower_case_opens_the_waiting_line(teachapp_cli, db_path):
    from conftest import chat_lines

    lines = chat_lines(db_path, "teach", "good morning", "open the blinds",
                       "wait two minutes", "turn on the coffee maker", "done", "yes",
                       "good morning", "what's running", "stop")
    # was "good morning is waiting: ..." (a sentence opened in lower case)
    assert lines[8].startswith("Good morning is waiting: the rest runs at ")


def test_the_pause_tells_what_ran_and_what_is_still_to_come(store):
    """"Coffee: the rest runs in 2 minutes." told neither what it had done nor what it
    would do: the turn now says both, the steps to come counted past the first four."""
    add_routine(store, "Coffee", ["coffee"], [
        SetStep("switch.coffee_maker", {"on": True}), SayStep("Coffee is brewing"),
        WaitStep(120), SetStep("switch.coffee_maker", {"on": False}),
        SetStep("light.kitchen_lights", {"on": True}), WaitStep(60),
        SayStep("Coffee is ready"), SetStep("lock.front_door", {"locked": False}),
        SetStep("light.desk_lamp", {"on": True})])
    add_routine(store, "Tea", ["tea"], [SayStep("Kettle on"), WaitStep(LONG),
                                        SetStep("switch.coffee_maker", {"on": True})])
    assistant, _events = make_assistant(store)
    try:
        assert said(assistant, "coffee") == [
            "Coffee is brewing",
            "Coffee: turned on Coffee maker. In 2 minutes it will turn off Coffee maker, "
            "turn on Kitchen lights, wait 1 minute and then say \"Coffee is ready\", and 2 "
            "more steps. Say \"stop\" to cancel it."]
        said(assistant, "stop")
        assert said(assistant, "tea") == [  # (nothing changed before the pause)
            "Kettle on",
            "Tea: in 10 minutes it will turn on Coffee maker. Say \"stop\" to cancel it."]
    finally:
        said(assistant, "stop")
