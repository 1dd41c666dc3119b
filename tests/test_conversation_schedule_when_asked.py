"""A routine to schedule named with no time ("schedule wake up") is asked when; the time
said next schedules it. "schedule wake up" ran Wake up at once (the resolver took
"schedule" for a word around the phrase)."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.conversation.schedule_wanted import schedule_named


def test_schedule_without_a_time_asks_when_and_runs_nothing(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    blinds = store.device("cover.living_room_blinds").state
    assert said(assistant, "schedule wake up") == [
        'When should wake up run? Say, for example, "every day at 7" or "weekdays at '
        'sunset".']
    assert store.device("cover.living_room_blinds").state == blinds  # nothing ran
    assert said(assistant, "yes") == ['When? Say, for example, "every day at 7".']
    assert said(assistant, "weekdays at 6:30")[0].startswith(
        "Wake up will run every weekday at 06:30.")
    assert [t.time.strftime("%H:%M") for t in store.routine("Wake up").triggers] == ["06:30"]
    said(assistant, "can you put movie mode on a schedule")
    assert said(assistant, "no") == ["OK, I won't schedule movie mode."]
    assert store.routine("Movie mode").triggers == []


def test_only_a_routine_to_schedule_is_asked_about():
    def find(words):
        return {"wake up": "Wake up"}.get(words)

    assert schedule_named("please schedule the wake up routine", find) == "Wake up"
    assert schedule_named("put wake up on a schedule", find) == "Wake up"
    assert schedule_named("put wake up", find) is None  # ("put the kettle on")
    assert schedule_named("schedule a meeting", find) is None
