"""A routine just taught is "it" for what is said of it next, as one asked about is:
"call it evening instead", "run it every weekday at 7", "when does it run", "pause it",
"resume it", "delete it". Right after "Saved." they were "I'm not sure which routine you
mean; say its name.", "There is no routine called 'it'; …", and "pause it", "delete it"
were offered as new phrases to learn ('I don't know "delete it". Shall I learn it?')."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said

from teachapp.clock import ENV


def test_the_routine_just_taught_is_it(store, monkeypatch):
    monkeypatch.setenv(ENV, "2026-12-07T18:30:00+00:00")
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "wake up", "open the blinds", "turn on the coffee maker", "done")
    assert said(assistant, "yes") == ['Saved. Say "wake up" any time.']
    assert said(assistant, "call it evening instead") == [
        'Renamed wake up to evening. Say "evening" to start it.']
    assert said(assistant, "run it every weekday at 7 am") == [
        "Evening will run every weekday at 07:00. Next: Tue 8 Dec at 07:00."]
    assert said(assistant, "when does it run") == [
        "Evening runs every weekday at 07:00. Next: Tue 8 Dec at 07:00."]
    assert said(assistant, "pause it")[0].startswith("Evening is switched off:")
    assert not store.routine("evening").enabled
    assert said(assistant, "resume it")[0].startswith("Evening is switched on again")
    assert said(assistant, "delete it")[0].endswith("Shall I forget it?")
    assert said(assistant, "yes") == ['Forgot evening. Say "undo" to bring it back.']
    assert said(assistant, "undo") == ['Evening is back, with its phrase "evening" and its schedule.']


def test_with_no_routine_spoken_of_it_is_no_routine(store):
    """"delete it" and "pause it" with no routine taught or asked about stay as before;
    "forget it" is still "never mind"."""
    assistant, _ = make_assistant(store)
    assert said(assistant, "delete it") == ['I don\'t know "delete it". Shall I learn it?']
    said(assistant, "no")
    assert not said(assistant, "pause it")[0].startswith("I'm not sure which routine")
