""""run at 7" with no routine asks which routine, and the name said next is scheduled
with the time ("run wake up at 7"). It was "I don't know "at 7". Shall I learn it?"."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines


def test_a_time_alone_asks_which_routine_and_the_name_next_schedules_it(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert said(assistant, "run every day at 7 am") == [
        "Which routine should run every day at 7 am? Say its name, or \"run movie mode "
        "every day at 7 am\". I know movie mode, reading mode and wake up."]
    assert said(assistant, "wake up")[0].startswith("Wake up will run every day at 07:00.")
    [trigger] = store.routine("Wake up").triggers
    assert trigger is not None


def test_no_declines_and_no_routine_says_how(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "run at 7") == [
        "There is no routine to run at 7 yet: say \"teach\" to teach me one, then \"run\" "
        "its name and the time."]
    seed_routines(store)
    assert said(assistant, "schedule on fridays at 9pm")[0].startswith(
        "Which routine should run on fridays at 9pm?")
    assert said(assistant, "no") == ["OK, I won't schedule anything."]
    assert not store.routine("Wake up").triggers
