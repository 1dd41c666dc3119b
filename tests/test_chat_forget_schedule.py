""""forget bedtime" says its schedule goes with it."""

from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep
from teachapp.triggers import describe_trigger


def test_forget_says_the_schedule_goes_too(store):
    """"forget bedtime" asked 'Forget bedtime (it will …; phrases "bedtime")?', no word of
    the 22:30 run it ends, and "phrases" of one phrase."""
    add_routine(store, "bedtime", ["bedtime"], [SetStep("media_player.tv", {"on": False})])
    assistant, _ = make_assistant(store)
    said(assistant, "run bedtime every weekday at 22:30")
    assert said(assistant, "forget bedtime") == [
        "Bedtime will turn off TV, every weekday at 22:30. Shall I forget it?"]
    said(assistant, "yes", "undo")
    assert [describe_trigger(t) for t in store.routine("bedtime").triggers] == [
        "every weekday at 22:30"]
