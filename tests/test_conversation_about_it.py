""""Is it on?" right after a run asks about the devices it acted on, as "turn it down"
acts on them."""

from __future__ import annotations

from _assistant_helpers import make_assistant, said, seed_routines


def test_is_it_on_after_a_run_answers_for_its_devices(store):
    """It answered "I can't answer "is it on?"" right after movie mode ran."""
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "movie mode")
    assert said(assistant, "is it on?") == [
        "Living room lamp is on, brightness 20 %. TV is on, volume 40 %."]
    said(assistant, "turn off the tv")
    assert said(assistant, "is it off") == ["TV is off."]


def test_is_it_raining_is_no_question_about_the_devices(store):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    said(assistant, "movie mode")
    assert "TV" not in " ".join(said(assistant, "is it raining?"))
