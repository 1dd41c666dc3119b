"""A part of the day, or the sun's time, said after a command is when to do it, in
``teachapp chat`` (a child process): "turn the heating on in the morning" sets a timer
for 07:00 and says which hour it took (was "This home has no morning ..."), "open the
blinds at sunrise" does not open them now, "at 07:00" is no level, and a thing the home
lacks said with a time gets the answer it gets alone (``time_words.PART_OF_DAY_HOURS``,
``timer_talk``)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from conftest import chat_lines, device_states

from teachapp.conversation.time_words import part_of_day_said, trigger_said

_TOOK = '"{part}" is {hour} unless you say a time'
_LATER = 'Say "cancel that" if you change your mind.'
_MORNING = _TOOK.format(part="in the morning", hour="07:00")
_EVENING_TOOK = _TOOK.format(part="in the evening", hour="19:00")
_MOMENTS = {
    # (the hours that matter: an evening, the small hours, the last minutes of a Sunday)
    "2026-12-09T18:00": ("tomorrow at 07:00", "", "at 19:00", "in 1 hour; "),
    "2026-12-09T04:04": ("at 07:00 this morning", "in 2 hours 56 minutes; ", "at 19:00", ""),
    "2026-12-13T23:50": ("tomorrow at 07:00", "", "tomorrow at 19:00", ""),
}
"""When "in the morning" and "in the evening" are said at each moment, and the time left
said with them (it read the real clock, and took any of "tomorrow at 07:00", "at 07:00
this morning" and "at 07:00")."""


@pytest.mark.parametrize("now", sorted(_MOMENTS))
def test_a_part_of_the_day_after_a_command_sets_a_timer_at_its_hour(db_path, now):
    morning, morning_left, evening, evening_left = _MOMENTS[now]
    lines = chat_lines(db_path, "turn the heating on in the morning",
                       "turn off the tv in the evening", "remind me to call mum in the morning",
                       "what's scheduled?", env={"TEACHAPP_NOW": now, "TZ": "UTC"})
    # was "This home has no morning, and nothing I can turn on. Shall I learn ...?"
    assert lines[0] == (f"I'll set Thermostat to heat mode {morning} ({morning_left}{_MORNING})"
                        f". {_LATER}")
    # was "This home has no evening. TV is already off."
    assert lines[1] == f"I'll turn off TV {evening} ({evening_left}{_EVENING_TOOK}). {_LATER}"
    assert lines[2] == f"I'll remind you to call mum {morning} ({morning_left}{_MORNING}). {_LATER}"
    left = f" ({morning_left.rstrip('; ')})" if morning_left else ""
    assert lines[3].startswith("Timers: ") and lines[3].count(f"{morning}{left}") == 2
    assert device_states(db_path)["climate.thermostat"]["mode"] == "heat"  # (as it was)


@pytest.mark.parametrize("now", sorted(_MOMENTS))
def test_the_suns_time_or_a_clock_with_minutes_is_never_done_now(db_path, now):
    morning, left = _MOMENTS[now][:2]
    lines = chat_lines(db_path, "open the blinds at sunrise", "turn the heating on at 07:00",
                       "set the desk lamp at 7", env={"TEACHAPP_NOW": now, "TZ": "UTC"})
    # was "Living room blinds: open." (the time dropped): this home has no location set
    assert lines[0].startswith("A sunrise trigger needs the home's location")
    # was "Thermostat: target temp 7 °C."
    aside = f" ({left.rstrip('; ')})" if left else ""
    assert lines[1] == f"I'll set Thermostat to heat mode {morning}{aside}. {_LATER}"
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
