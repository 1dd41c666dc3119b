"""A part of the day, or the sun's time, said after a command is when to do it, in
``teachapp chat`` (a child process): "turn the heating on in the morning" sets a timer
for 07:00 and says which hour it took (was "This home has no morning ..."), "open the
blinds at sunrise" does not open them now, "at 07:00" is no level, and a thing the home
lacks said with a time gets the answer it gets alone (``time_words.PART_OF_DAY_HOURS``,
``timer_talk``)."""

from __future__ import annotations

import re
from datetime import UTC, datetime

import pytest
from conftest import chat_lines, device_states

from teachapp.conversation.time_words import part_of_day_said, trigger_said

_SET = r"I'll {what} (tomorrow )?at {hour}( this morning)?( \(in [^;)]+)?"
"""(any hour the test runs: "tomorrow at 07:00", "at 19:00", "at 07:00 this morning" in
the small hours)"""
_TOOK = r'{sep}"{part}" is {hour} unless you say a time\)\. Say "cancel that" if you change ' \
    r"your mind\."


def _timer(what: str, part: str, hour: str) -> re.Pattern[str]:
    return re.compile(_SET.format(what=re.escape(what), hour=hour)
                      + _TOOK.format(sep=r"(; | \()", part=part, hour=hour))


def test_a_part_of_the_day_after_a_command_sets_a_timer_at_its_hour(db_path):
    lines = chat_lines(db_path, "turn the heating on in the morning",
                       "turn off the tv in the evening", "remind me to call mum in the morning",
                       "what's scheduled?")
    # was "This home has no morning, and nothing I can turn on. Shall I learn ...?"
    assert _timer("set Thermostat to heat mode", "in the morning", "07:00").fullmatch(lines[0])
    # was "This home has no evening. TV is already off."
    assert _timer("turn off TV", "in the evening", "19:00").fullmatch(lines[1])
    assert _timer("remind you to call mum", "in the morning", "07:00").fullmatch(lines[2])
    assert lines[3].startswith("Timers: ") and lines[3].count("07:00") == 2
    assert device_states(db_path)["climate.thermostat"]["mode"] == "heat"  # (as it was)


def test_the_suns_time_or_a_clock_with_minutes_is_never_done_now(db_path):
    lines = chat_lines(db_path, "open the blinds at sunrise", "turn the heating on at 07:00",
                       "set the desk lamp at 7")
    # was "Living room blinds: open." (the time dropped): this home has no location set
    assert lines[0].startswith("A sunrise trigger needs the home's location")
    # was "Thermostat: target temp 7 °C."
    assert re.fullmatch(r"I'll set Thermostat to heat mode (tomorrow )?at 07:00( this morning)?( \(in .+\))?\. "
                        r'Say "cancel that" if you change your mind\.', lines[1])
    assert lines[2] == "Desk lamp: on, brightness 7 %."  # a bare number is a level, as before
    states = device_states(db_path)
    assert states["cover.living_room_blinds"]["position"] == 0
    assert states["climate.thermostat"]["target_temp"] == 20


def test_a_thing_the_home_lacks_said_with_a_time_gets_its_own_answer(db_path):
    lines = chat_lines(db_path, "turn on the hot tub in the morning",
                       "open the garage door at 7 pm")
    assert lines == [
        "This home has no hot tub. I can turn on Coffee maker, Bedroom fan, TV, Office "
        "speaker and 5 more.",  # was "This home has no morning. I can turn on ..."
        "This home has no garage door. I can open Living room blinds."]  # was a teach offer


_EVENING = datetime(2026, 12, 1, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize(("when", "at"), [
    ("in the morning", datetime(2026, 12, 2, 7, 0, tzinfo=UTC)),
    ("in the evening", datetime(2026, 12, 1, 19, 0, tzinfo=UTC)),
    ("this evening", datetime(2026, 12, 1, 19, 0, tzinfo=UTC)),
    ("tonight", datetime(2026, 12, 1, 22, 0, tzinfo=UTC)),
    ("at night", datetime(2026, 12, 1, 22, 0, tzinfo=UTC)),
    ("tomorrow afternoon", datetime(2026, 12, 2, 15, 0, tzinfo=UTC)),
])
def test_each_part_of_the_day_is_its_next_coming_hour(when, at):
    trigger = trigger_said(when, _EVENING)
    assert trigger is not None and trigger.kind == "once" and trigger.at == at
    assert part_of_day_said(f"turn off the tv {when}") == (when, at.time())


def test_a_clock_time_or_a_repetition_says_no_part_of_the_day():
    assert part_of_day_said("turn off the tv tonight at 10") is None
    assert part_of_day_said("turn off the tv tomorrow morning at 6:30") is None
    assert part_of_day_said("run good morning every weekday morning at 7") is None
