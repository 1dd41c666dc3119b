"""The hunch rule on a real store: what is usual, the person's answers, and devices
left on on purpose; "why?" says which of them counted."""

from datetime import datetime
from zoneinfo import ZoneInfo

from teachapp.home.hunch_answers import AnswerSettings, belief
from teachapp.home.hunch_stats import HistoryLearner
from teachapp.home.hunch_watcher import HunchWatcher
from teachapp.store import DeviceChange, HunchAnswer

UTC = ZoneInfo("UTC")
LAMP = "light.living_room_lamp"
START = datetime(2027, 1, 4, tzinfo=UTC).timestamp()  # a Monday
DAY = 86400


def _history(store, days=21, late_nights=()):
    """The lamp on 18:00-23:00 every day; on ``late_nights`` it stays on until 02:00
    and the person switches it off then, in a quiet home (left on on purpose)."""
    changes = []
    for day in range(days):
        base = START + day * DAY
        changes.append(DeviceChange(base + 18 * 3600, LAMP, {"on": True}))
        end = 26 * 3600 if day in late_nights else 23 * 3600
        changes.append(DeviceChange(base + end, LAMP, {"on": False}))
    store.add_history(changes)


def _left_on_tonight(store, days=21):
    night = START + days * DAY + 3600  # 01:00 after the last day
    store.clock = lambda: night
    store.update_states({LAMP: {"on": True}})
    return night + 3600


def test_a_no_at_this_time_of_week_keeps_the_next_one_quiet(store):
    _history(store)
    now = _left_on_tonight(store)
    watcher = HunchWatcher(store, UTC, clock=lambda: now)
    hunch = watcher.pending()[0].hunch
    assert "You said" not in hunch.why  # no answers yet: not part of the reason
    watcher.record(hunch, "offered")
    watcher.record(hunch, "no")
    store.clock = lambda: now + 3600
    store.update_states({LAMP: {"on": False}})
    week = now + 7 * DAY - 3600  # the same night a week later, left on again
    store.clock = lambda: week
    store.update_states({LAMP: {"on": True}})
    later = HunchWatcher(store, UTC, clock=lambda: week + 3600)
    assert later.pending() == [] and later.current() == []


def test_why_names_earlier_answers_when_they_count(store):
    _history(store)
    now = _left_on_tonight(store)
    key = f"{LAMP}.on"
    store.answer_hunch(HunchAnswer(key, "no", now - 10 * DAY, None, 12))  # another time
    store.answer_hunch(HunchAnswer(key, "yes", now - 3 * DAY, None, 2))
    watcher = HunchWatcher(store, UTC, clock=lambda: now)
    hunch = watcher.pending()[0].hunch
    assert "off 100 % of the time" in hunch.why and "now it is on" in hunch.why
    assert "You said yes 1 time and no 1 time (last on " in hunch.why
    assert 0.5 < hunch.belief < 1.0 and f"({100 * hunch.belief:.0f} % sure)" in hunch.why


def test_a_lamp_often_left_on_on_purpose_is_not_asked_about(store):
    _history(store, late_nights=(6, 9, 13, 16))  # four nights it stayed on till 2
    now = _left_on_tonight(store)
    watcher = HunchWatcher(store, UTC, clock=lambda: now)
    assert watcher.pending() == []
    assert len(watcher.model.deliberate[LAMP]) == 4


def test_once_left_on_on_purpose_still_asks_and_says_so(store):
    _history(store, late_nights=(16,))
    now = _left_on_tonight(store)
    watcher = HunchWatcher(store, UTC, clock=lambda: now)
    hunch = watcher.pending()[0].hunch
    assert "Lately you left it on on purpose and changed it yourself 1 time." in hunch.why


def test_answers_fade_and_weigh_by_time_of_week():
    key = "light.porch.on"
    settings = AnswerSettings()
    no_here = [HunchAnswer(key, "no", 0.0, None, 25)]
    assert belief(no_here, key, 25, 1.0, settings).p <= settings.min_belief
    assert belief(no_here, key, 100, 1.0, settings).p > settings.min_belief  # elsewhere
    assert belief(no_here, key, 25, 60 * DAY, settings).p > settings.min_belief  # faded
    two_elsewhere = [*no_here, HunchAnswer(key, "no", 0.0, None, 70)]
    assert belief(two_elsewhere, key, 120, 1.0, settings).p <= settings.min_belief


def test_learning_in_parts_is_learning_at_once():
    rows = [(START + h * 3600, LAMP, {"on": h % 5 == 0}) for h in range(24 * 30)]
    whole = HistoryLearner(UTC, 28.0)
    for row in rows:
        whole.feed(*row)
    parts = HistoryLearner(UTC, 28.0)
    for row in rows[:300]:
        parts.feed(*row)
    parts.usage_until(LAMP, rows[299][0] + 1800)  # a snapshot in between changes nothing
    for row in rows[300:]:
        parts.feed(*row)
    end = rows[-1][0] + 7200
    assert parts.usage_until(LAMP, end) == whole.usage_until(LAMP, end)
    plain = HistoryLearner(UTC)  # no recency weights: every second is seen once
    for row in rows:
        plain.feed(*row)
    active, seen = plain.usage_until(LAMP, end)
    assert sum(seen) == end - START and sum(active) == 3600 * len(rows[::5])


def test_a_light_never_touched_in_weeks_is_asked_about_the_first_night_left_on(store):
    """Three weeks of the living-room lamp's evenings, the kitchen lights never
    switched: on at 01:00 for the first time, they are as unusual as can be."""
    _history(store)
    kitchen = "light.kitchen_lights"
    assert not store.history(device_id=kitchen)
    night = START + 21 * DAY + 3600
    store.clock = lambda: night
    store.update_states({kitchen: {"on": True}})
    watcher = HunchWatcher(store, UTC, clock=lambda: night + 3600)
    hunch = watcher.pending()[0].hunch
    assert hunch.message == "The kitchen lights are usually off by now. Turn them off?"
    assert "off 100 % of the time (over 3 weeks of history); now they are on" in hunch.why


def test_a_light_left_on_over_a_week_away_says_when_it_was_left(store):
    """A week away, the lamp left on at leaving (Monday 19:00) and nothing else used:
    back the next Monday, "why?" said "now it is on, since Mon 19:00", as if switched
    on that evening. It says the day it was left and how long ago."""
    _history(store)
    left = START + 21 * DAY + 19 * 3600  # Mon 25 Jan 19:00
    store.clock = lambda: left
    store.update_states({LAMP: {"on": True}})
    back = left + 7 * DAY + 7 * 3600  # Tue 02:00 after the Monday of the return
    watcher = HunchWatcher(store, UTC, clock=lambda: back)
    hunch = watcher.pending()[0].hunch
    assert hunch.message == "The living room lamp is usually off by now. Turn it off?"
    assert "now it is on, since Mon 25 Jan at 19:00, 7 days ago, and nothing" in hunch.why
