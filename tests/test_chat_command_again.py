""""run it again", "do it again", "again" right after a device command repeat THAT
command. After "turn off the tv", "run it again" was "TV: on.": "it" was read as the TV
and "run" as "turn on" ("run the dishwasher"); "do it again" and "do that again" were
"I can't answer …", "again" "I didn't catch a request in "again"."."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said

TV, FAN = "media_player.tv", "fan.bedroom_fan"


@pytest.mark.parametrize("again", ["run it again", "do it again", "again", "do that again",
                                   "once more"])
def test_again_after_turning_the_tv_off_keeps_it_off(store, again):
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "turn off the tv") == ["TV: off."]
    assert said(assistant, again) == ["TV is already off."]
    assert store.device(TV).state["on"] is False


def test_again_repeats_a_change_that_is_not_yet_so(store):
    """The command is said again from its words, so it changes what changed since."""
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the tv", "turn off the tv")
    assistant.backend.apply(TV, {"on": True})  # switched on by hand since
    assert said(assistant, "do it again") == ["TV: off."]
    assert store.device(TV).state["on"] is False


def test_again_after_a_follow_up_sets_what_it_set(store):
    """"and the fan" is no command said alone: again, it sets what it set."""
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the tv", "and the bedroom fan")
    assistant.backend.apply(FAN, {"on": False})
    assistant.backend.apply(TV, {"on": False})
    assert said(assistant, "again") == ["Bedroom fan: on."]
    assert store.device(TV).state["on"] is False


def test_again_after_a_routine_runs_the_routine(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "movie night", "turn on the tv", "done", "yes")
    said(assistant, "turn off the tv", "movie night")
    assert said(assistant, "again") == ["Movie night: everything was already so."]
    assert store.device(TV).state["on"] is True


@pytest.mark.parametrize("again", ["run it", "run that", "please run it"])
def test_run_it_right_after_a_command_repeats_it(store, again):
    """"run it" without "again" was "TV: on." after "turn off the tv", as "run it again"
    was; past a question only answered it still means the command."""
    assistant, _ = make_assistant(store)
    said(assistant, "turn on the tv")
    assert said(assistant, "turn off the tv") == ["TV: off."]
    assert said(assistant, again) == ["TV is already off."]
    said(assistant, "what time is it?")
    assistant.backend.apply(TV, {"on": True})  # switched on by hand since
    assert said(assistant, again) == ["TV: off."]
    assert store.device(TV).state["on"] is False


def test_run_it_right_after_a_routine_runs_the_routine(store):
    assistant, _ = make_assistant(store)
    said(assistant, "teach", "movie night", "turn on the tv", "done", "yes")
    said(assistant, "movie night")
    assistant.backend.apply(TV, {"on": False})
    assert said(assistant, "run it") == ["Movie night: turned on TV."]
    assert store.device(TV).state["on"] is True
