"""The turns (the interaction table) and the run log are stamped by the engine's wall
clock, as the device history is, so a day told from them agrees with the clock the
Assistant reads (``TEACHAPP_NOW``, a test's ``wall_clock``). They were stamped with the
real time: at 08:00 the next morning of a run at 22:30, "when did bedtime last run?"
told the real time of the run, and "what happened last night" looked for turns in a
night they were not stamped in."""

from datetime import UTC, datetime, timedelta

from _assistant_helpers import add_routine, make_assistant, said
from test_reminders import _utc  # noqa: F401 (a fixture: the home's zone is UTC)

from teachapp.domain import SetStep

EVENING = datetime(2024, 3, 4, 22, 30, tzinfo=UTC)


class _Wall:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def __call__(self) -> float:
        return self.at.timestamp()


def test_turns_and_runs_are_stamped_by_the_engine_clock(store):
    add_routine(store, "Bedtime", ["bedtime"], [SetStep("media_player.tv", {"on": False}),
                                                SetStep("light.desk_lamp", {"on": True})])
    wall = _Wall(EVENING)
    assistant, _events = make_assistant(store, wall_clock=wall)
    said(assistant, "bedtime")
    turn = store.interactions(limit=1)[0]
    at = turn.at if turn.at.tzinfo else turn.at.replace(tzinfo=UTC)
    assert at == EVENING and turn.heard == "bedtime"
    run = store.last_run()
    assert (run.at if run.at.tzinfo else run.at.replace(tzinfo=UTC)) == EVENING
    wall.at = EVENING + timedelta(hours=9, minutes=30)  # 08:00 the next morning
    assert said(assistant, "when did bedtime last run?") == [
        "Bedtime last ran yesterday at 22:30, when you said \"bedtime\"."]
