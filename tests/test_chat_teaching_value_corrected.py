"""A step corrected while teaching as people correct it: by its value alone ("30
percent", "no, 40 percent", "actually 60 percent") or by "that" ("make that 50
percent", "turn that off"). Each was 'I didn't get "…" as something to do.' and the
twelve devices listed; only "make it 50 percent" worked."""

from __future__ import annotations

from conftest import chat_lines

_ENV = {"TEACHAPP_NOW": "2026-12-07T20:00+00:00", "TZ": "UTC"}


def test_a_step_corrected_by_its_value_or_that(db_path):
    lines = chat_lines(db_path, "teach", "movie time", "dim the living room lamp to 20 percent",
                       "30 percent", "no, 40 percent", "make that 50 percent",
                       "actually 60 percent", "turn on the tv", "turn that off",
                       "turn on that lamp", "no", "done", "yes", env=_ENV)
    assert lines[2:9] == [
        "Living room lamp → on, brightness 20 %, when the routine runs.",
        "Living room lamp → on, brightness 30 %, when the routine runs.",
        "Living room lamp → on, brightness 40 %, when the routine runs.",
        "Living room lamp → on, brightness 50 %, when the routine runs.",
        "Living room lamp → on, brightness 60 %, when the routine runs.",
        "TV → on, when the routine runs.",
        "TV → off, when the routine runs."]
    # "that lamp" names no device it was said of: asked, as before
    assert lines[9].startswith("I'm not sure which device you mean in \"turn on that lamp\"")
    assert lines[-2:] == [
        "\"movie time\" will set Living room lamp on at 60 % and then turn off TV. Shall I "
        "save it?", "Saved. Say \"movie time\" any time."]


def test_a_step_said_again_after_a_change_of_mind(db_path):
    """"no wait, make the living room lamp 30" was 'I'm not sure which device you mean …
    Say it again with the device's name', the name said: the words of a change of mind
    say nothing of the step, and the step replaces the lamp's earlier one."""
    lines = chat_lines(db_path, "teach", "dinner time", "living room lamp to 40",
                       "no wait, make the living room lamp 30",
                       "sorry, on second thoughts, kitchen lights to 50", "done", "yes",
                       env=_ENV)
    assert lines[3:5] == [
        "Living room lamp → on, brightness 30 %, when the routine runs.",
        "Kitchen lights → on, brightness 50 %, when the routine runs."]
    assert lines[-2] == ("\"dinner time\" will set Living room lamp on at 30 % and then set "
                         "Kitchen lights on at 50 %. Shall I save it?")
