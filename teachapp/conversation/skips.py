"""Skipping one run of a schedule, and taking the skip back, by voice and in the window.

People leave out one run without losing the schedule: "skip movie night this friday",
"skip the next movie night", "don't run good morning tomorrow", "no good morning
tomorrow, it's a holiday", "skip tomorrow's wake up", "call off friday's movie night",
"give good morning a miss tomorrow". They take it back as they would say it: "run good
morning tomorrow after all", "don't skip movie night on friday", "movie night is back
on for friday", "cancel the skip of movie night". (The wordings are the everyday ones
of calendar and alarm apps, e.g. Google Assistant's "skip my next alarm" and Alexa's
"skip my next routine", and of ordinary speech: "give it a miss", "call it off", "…
after all".)

``parse_skip_request`` is pure (words and a clock in, a request out); ``skip_run``,
``unskip_run`` and ``skip_status`` are the one path the voice (``ScheduleTalk``) and
the window's Schedule section both call. A skip is stored as the skipped run's moment
(``Store.skip_runs``), so it survives a restart, and the scheduler leaves that run out
and runs the next one (``home.scheduler``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Literal
from zoneinfo import ZoneInfo

from ..domain import Routine, name_in_sentence, name_opening, spoken_list
from ..errors import ScheduleError
from ..schedule import Place, as_said, day_said, next_of, run_said, runs_on, skipped_said
from ..triggers import Trigger, describe_trigger
from .day_words import named_day
from .time_words import SMALL_HOURS_END, number

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["SkipRequest", "SkipStatus", "next_said", "parse_skip_request", "skip_run",
           "skip_status", "skipped_words", "skips_moved", "unskip_run"]

_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAY_NAME = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
_WEEK = (r"(?:for\s+)?(?:all\s+(?:of\s+)?)?(?:next|this|the\s+coming)\s+week(?:end)?|"
         r"(?:for\s+|over\s+)?the\s+rest\s+of\s+(?:the|this)\s+week|"
         r"(?:for\s+|over\s+)?the\s+weekend")
""""next week", "all of this week", "the rest of the week": the days of a week; "this
weekend", "over the weekend", "next weekend": its Saturday and Sunday (a long weekend
away: "skip good morning this weekend" said "Good morning isn't running, so there is
nothing to cancel.")."""
_DAY = (rf"(?:{_WEEK}|tomorrow(?:\s+(?:morning|afternoon|evening|night))?|today|tonight|"
        r"this\s+(?:morning|afternoon|evening)|(?:the\s+)?day\s+after\s+tomorrow|"
        rf"(?:on\s+)?(?:(?:this|next|this\s+coming|coming)\s+)?{_DAY_NAME}(?:\s+next\s+week)?|"
        r"on\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+of)?\s+[a-z]+|on\s+[a-z]+\s+\d{1,2}"
        r"(?:st|nd|rd|th)?|on\s+the\s+\d{1,2}(?:st|nd|rd|th)?|in\s+\w+\s+days?)")
"""One day (or a week), said as people say it; "on fridays" (a repetition) is not one."""
_COUNT = r"(?P<count>\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|couple(?:\s+of)?)"
""""the next two", "the next 3", "the next couple of": more runs than one."""
_REASON = (r"(?:\s+(?:because|as|since|cos|cause|it'?s|it\s+is|we'?re|we\s+are|i'?m|i\s+am|"
           r"they'?re|there'?s|we'?ll|we\s+will|i'?ll|i\s+will)\b.*)?")
""""… tomorrow, it's a holiday": the reason after the day changes nothing."""
_POLITE = r"(?:(?:please|can\s+you|could\s+you|would\s+you|let'?s|just|ok|okay)\s+)*"
_SKIP_VERB = (r"(?:skip|cancel|call\s+off|leave\s+out|hold\s+off\s+on|miss\s+out|"
              r"don'?t\s+(?:run|do|start|play)|do\s+not\s+(?:run|do|start|play)|no)")
_UNSKIP_VERB = r"(?:run|do|start|play|have)"
_AFTER_ALL = r"(?:after\s+all|anyway|as\s+usual|as\s+normal|again|as\s+planned)"

_RUN_AFTER_ALL = re.compile(
    rf"^{_POLITE}(?:(?:i\s+changed\s+my\s+mind|actually)\s+)?{_UNSKIP_VERB}\s+(?P<name>.+?)"
    rf"\s+(?:after\s+all|as\s+usual|as\s+normal|as\s+planned){_REASON}$")
""""run movie night after all", no day: its next skipped run; when none is skipped, the
words are left to the rest of the conversation (run the routine now)."""

# (verb, pattern, action, strict): strict means the sentence is about a skip even when
# the words name no routine ("skip the dentist friday": say there is no such routine);
# a loose one is left to the rest of the conversation then ("no problem tomorrow").
_FORMS: tuple[tuple[re.Pattern[str], Literal["skip", "unskip"], bool], ...] = (
    # "don't skip movie night this friday", "unskip movie night"
    (re.compile(rf"^{_POLITE}(?:don'?t|do\s+not)\s+skip\s+(?:(?P<dp>{_DAY})'s\s+)?"
                rf"(?P<name>.+?)(?:\s+(?P<day>{_DAY}))?(?:\s+{_AFTER_ALL})?{_REASON}$"),
     "unskip", True),
    (re.compile(rf"^{_POLITE}un-?skip\s+(?:(?P<dp>{_DAY})'s\s+)?(?P<name>.+?)"
                rf"(?:\s+(?P<day>{_DAY}))?$"), "unskip", True),
    # "cancel the skip of movie night", "undo skipping good morning tomorrow"
    (re.compile(rf"^{_POLITE}(?:cancel|undo|forget|remove|drop)\s+(?:the\s+|my\s+)?"
                rf"(?:skip|skipping)\s+(?:of\s+|for\s+)?(?P<name>.+?)(?:\s+(?P<day>{_DAY}))?$"),
     "unskip", True),
    # "run good morning tomorrow after all", "do movie night on friday as usual"
    (re.compile(rf"^{_POLITE}(?:(?:i\s+changed\s+my\s+mind|actually)\s+)?{_UNSKIP_VERB}\s+"
                rf"(?P<name>.+?)\s+(?P<day>{_DAY})\s+{_AFTER_ALL}{_REASON}$"), "unskip", True),
    (re.compile(rf"^{_POLITE}{_UNSKIP_VERB}\s+(?P<name>.+?)\s+{_AFTER_ALL}\s+"
                rf"(?P<day>{_DAY}){_REASON}$"), "unskip", True),
    (_RUN_AFTER_ALL, "unskip", False),
    # "movie night is back on for friday", "put movie night back on friday"
    (re.compile(rf"^(?P<name>.+?)\s+is\s+(?:back\s+)?on\s+(?:again\s+)?(?:for\s+)?"
                rf"(?P<day>{_DAY})\s+(?:after\s+all|again)?$|"
                rf"^(?P<name2>.+?)\s+is\s+back\s+on(?:\s+(?:for\s+)?(?P<day2>{_DAY}))?$"),
     "unskip", False),
    (re.compile(rf"^{_POLITE}put\s+(?P<name>.+?)\s+back\s+on(?:\s+(?:for\s+)?"
                rf"(?P<day>{_DAY}))?$"), "unskip", False),
    # "skip tomorrow's wake up", "call off friday's movie night"
    (re.compile(rf"^{_POLITE}(?:skip|cancel|call\s+off|no)\s+(?P<dp>{_DAY})'s\s+"
                rf"(?P<name>.+?){_REASON}$"), "skip", True),
    # "skip the next two movie nights", "skip the next 3 runs of it", "skip the next two"
    (re.compile(rf"^{_POLITE}(?:skip|call\s+off)\s+(?:the\s+|my\s+)?next\s+{_COUNT}"
                rf"(?:\s+(?:(?:runs|times|ones)\s+(?:of\s+)?)?(?P<name>.+?))?{_REASON}$"),
     "skip", True),
    # "skip movie night the next two times", "skip it for the next 3 runs"
    (re.compile(rf"^{_POLITE}(?:skip|call\s+off)\s+(?P<name>.+?)\s+(?:for\s+)?(?:the\s+)?"
                rf"next\s+{_COUNT}\s+(?:times|runs|goes){_REASON}$"), "skip", True),
    # "skip the next movie night", "skip movie night next time", "skip movie night"
    (re.compile(rf"^{_POLITE}(?:skip|call\s+off)\s+(?:the\s+|my\s+)?next\s+(?P<name>.+?)"
                rf"{_REASON}$"), "skip", False),
    (re.compile(rf"^{_POLITE}(?:skip|cancel|call\s+off)\s+(?P<name>.+?)\s+(?:next\s+time|"
                rf"(?:just\s+)?(?:this|the)\s+(?:once|time|next\s+time)){_REASON}$"), "skip",
     False),
    # "give good morning a miss tomorrow"
    (re.compile(rf"^{_POLITE}give\s+(?P<name>.+?)\s+a\s+miss(?:\s+(?P<day>{_DAY}))?"
                rf"{_REASON}$"), "skip", True),
    # "skip movie night this friday", "don't run good morning tomorrow", "no good
    # morning tomorrow, it's a holiday", "cancel movie night on friday"
    (re.compile(rf"^{_POLITE}(?P<verb>{_SKIP_VERB})\s+(?P<name>.+?)\s+(?P<day>{_DAY})"
                rf"{_REASON}$"), "skip", False),
    # "skip tomorrow", "skip it tonight" said without the "it": the routine in mind, or
    # the one with a run that day (``pointed_at``); it was offered for teaching
    (re.compile(rf"^{_POLITE}(?:skip|call\s+off)\s+(?P<day>{_DAY}){_REASON}$"), "skip", True),
    (re.compile(rf"^{_POLITE}(?:skip|call\s+off)\s+(?P<name>.+?){_REASON}$"), "skip", False),
)
_POINTED = frozenset({"it", "that", "this", "one", "this one", "that one"})
"""Words that point at a routine in mind instead of naming one."""
_STRICT_VERBS = re.compile(r"^(?:skip|call\s+off|don'?t\s+run|do\s+not\s+run|give)\b")


@dataclass(frozen=True)
class SkipRequest:
    """What a skip sentence asks."""

    action: Literal["skip", "unskip"]
    routine: str
    """The words naming the routine ("movie night", "the wake up")."""
    day: date | None = None
    """The home's local day whose runs are meant; None: the next run."""
    strict: bool = True
    """Said so that it can only be about a skip: a name that is no routine is an
    error reply, not a sentence for the rest of the conversation."""
    only_if_skipped: bool = False
    """About a skip only when the routine has a run skipped ("run movie night after
    all")."""
    last: date | None = None
    """With ``day``, the last of several days meant ("next week": Monday to Sunday);
    None: ``day`` alone."""
    count: int = 1
    """How many next runs are meant, when no day is ("skip the next two")."""


def _days_of(words: str, now: datetime) -> tuple[date, date | None] | None:
    """The day ``words`` (one of ``_DAY``) name, in ``now``'s zone, and the last day
    when they name a week: "next week" is Monday to Sunday, "this week" and "the rest
    of the week" today to Sunday."""
    words = " ".join(words.split())
    if re.fullmatch(_WEEK, words) is None:
        day = _day_of(words, now)
        return None if day is None else (day, None)
    today = now.date()
    sunday = today + timedelta(days=6 - today.weekday())
    if re.search(r"\bnext\s+weekend$", words):
        return sunday + timedelta(days=6), sunday + timedelta(days=7)
    if words.endswith("weekend"):  # (said on a Saturday or Sunday: from today)
        return max(today, sunday - timedelta(days=1)), sunday
    if re.search(r"\b(?:next|coming)\s+week$", words):
        return sunday + timedelta(days=1), sunday + timedelta(days=7)
    return today, sunday


def _day_of(words: str, now: datetime) -> date | None:
    """The day ``words`` (one of ``_DAY``, not a week) name, in ``now``'s zone."""
    today = now.date()
    if words.startswith("tomorrow"):  # (said at 00:30: the coming morning, as timers read it)
        return today + timedelta(days=0 if now.hour < SMALL_HOURS_END else 1)
    if words in ("today", "tonight") or (words.startswith("this ") and words.split()[1] in (
            "morning", "afternoon", "evening")):
        return today
    try:
        named = named_day(words, now)
    except ScheduleError:
        return None
    if named is not None:
        return named.day if not named.rest or named.rest == "on" else None
    plain = re.fullmatch(rf"(?:on\s+)?({_DAY_NAME})", words)
    if plain is None:
        return None  # ("on the 31st" of a month without one is not a day)
    wanted = _WEEKDAYS.index(plain.group(1))
    return today + timedelta(days=(wanted - today.weekday()) % 7)


def parse_skip_request(text: str, now: datetime, it: str | None = None) -> SkipRequest | None:
    """The skip (or taking back of one) that ``text`` asks for, or None when it asks
    none. ``now`` (aware, in the home's zone) says which Friday "this friday" is; ``it``
    is the routine "it" or "that" means ("skip it this friday" right after movie night
    was scheduled, run or named), None when none is in mind."""
    norm = " ".join(text.lower().replace("’", "'").strip().rstrip("?.!").split())
    norm = re.sub(r"\s*,\s*", " ", norm)
    for pattern, action, strict in _FORMS:
        match = pattern.match(norm)
        if match is None:
            continue
        groups = {k: v for k, v in match.groupdict().items() if v}
        name = groups.get("name") or groups.get("name2") or ""
        day_words = groups.get("day") or groups.get("dp") or groups.get("day2")
        days = _days_of(day_words, now) if day_words else None
        if day_words and days is None:
            continue
        day, last = days or (None, None)
        count = groups.get("count")
        many = 2 if count is None or count.startswith("couple") else number(count) or 1
        if groups.get("verb") is not None:
            strict = bool(_STRICT_VERBS.match(groups["verb"]))
        name = re.sub(r"^(?:the|my|our)\s+", "", name).strip()
        name = re.sub(r"\s+(?:run|routine|schedule)$", "", name).strip()
        if name in _POINTED or (not name and (count is not None or day_words)):
            name = it or ""
        if not name:
            continue
        return SkipRequest(action, name, day, strict, last=last,
                           count=many if count is not None else 1,
                           only_if_skipped=pattern is _RUN_AFTER_ALL)
    return None


IN_MIND = "\x00it"
"""What "it" stands for in a skip sentence when no routine is in mind: the caller
asks :func:`pointed_at` which scheduled routine it can only be."""


def pointed_at(store: Store, place: Place, now: datetime, day: date | None
               ) -> tuple[str | None, str]:
    """The routine "skip it tonight" means when none was talked of: the one routine
    with a run still to come that day (``day`` None: with any run to come), and "";
    else None and what to say ("skip it tonight" was offered for teaching: "I don't
    know "skip it tonight". Shall I learn it?")."""
    now = now.astimezone(place.zone)
    skipped = store.skipped_runs(since=now.timestamp())
    names = []
    for routine in store.routines():
        ahead = _ahead(routine, now)
        if not ahead or not routine.enabled:
            continue
        left_out = set(skipped.get(routine.name, ()))
        runs = ([r for r in runs_on(ahead, day, place) if r > now] if day is not None
                else [r for r in [next_of(ahead, place, now)] if r is not None])
        if [r for r in runs if r.timestamp() not in left_out]:
            names.append(routine.name)
    when = "" if day is None else " " + _day_said(day, now).replace(
        "today", "tonight" if now.hour >= 17 else "today")
    if len(names) == 1:
        return names[0], ""
    if not names:
        return None, (f"Nothing is scheduled{when or ' at all'}, so there is no run to skip. "
                      "Say \"what's scheduled?\" to hear every schedule.")
    return None, (f"Which one shall I skip{when}: {spoken_list(names, 'or')}? Say, for "
                  f"example, \"skip {names[0].casefold()}{when}\".")


# ---------------------------------------------------------------- the one path


@dataclass(frozen=True)
class SkipStatus:
    """A routine's schedule as the window shows it: the next run and the skipped ones."""

    scheduled: bool
    """It has a trigger that runs again."""
    next_run: datetime | None = None
    """The next run that is not skipped, in the home's zone."""
    skipped: list[datetime] = field(default_factory=list)
    """Skipped runs still to come, soonest first."""
    first_run: datetime | None = None
    """The next run whether skipped or not: what "skip the next" means."""


def _ahead(routine: Routine, now: datetime):  # type: ignore[no-untyped-def]
    return [t for t in routine.triggers
            if t.kind != "once" or t.at is None
            or (t.at if t.at.tzinfo else t.at.replace(tzinfo=now.tzinfo)) > now]


def skip_status(store: Store, name: str, place: Place, now: datetime) -> SkipStatus:
    """Where ``name``'s schedule stands: its next run and its skipped runs."""
    routine = store.routine(name)
    now = now.astimezone(place.zone)
    ahead = _ahead(routine, now)
    first = next_of(ahead, place, now)
    if first is None:
        return SkipStatus(False)
    moments = store.skipped_runs(since=now.timestamp(), routine=routine.name).get(
        routine.name, [])
    real = [m for m in moments if _is_run(routine, m, place)]
    skipped = [datetime.fromtimestamp(m, place.zone) for m in real]
    return SkipStatus(True, next_of(ahead, place, now, skipped=set(real)), skipped,
                      first.astimezone(place.zone))


def _is_run(routine: Routine, moment: float, place: Place) -> bool:
    """Whether a stored skip is still one of the routine's runs (its time was not
    edited since): only those are said and counted."""
    day = datetime.fromtimestamp(moment, place.zone).date()
    return any(run.timestamp() == moment for run in runs_on(routine.triggers, day, place))


def next_said(moment: datetime, triggers: Iterable[Trigger] = ()) -> str:
    """" Next: Fri 4 Dec at 20:00.", after a schedule said, asked about or not changed.
    A time of ``triggers`` the clocks skip that day (spring forward) says why the run
    is at another time: " Next: Sun 28 Mar at 02:30 (the clocks go forward that night,
    so 01:30 is 02:30)." (a person who said 1:30 heard 02:30 and nothing more)."""
    zone = moment.tzinfo
    for trigger in triggers:
        at = trigger.time
        if trigger.kind != "time" or at is None or not isinstance(zone, ZoneInfo) or \
                moment.weekday() not in trigger.days:
            continue
        why = skipped_said(as_said(moment, at))
        if why:
            return f" Next: {run_said(moment)} ({why})."
    return f" Next: {run_said(moment)}."


def _day_said(day: date, now: datetime) -> str:
    """How a person names ``day`` again: "tomorrow", "on Friday", "on 24 December"."""
    ahead = (day - now.date()).days
    if now.hour < SMALL_HOURS_END and 0 <= ahead <= 1:  # (still the night before)
        return "tomorrow" if ahead == 0 else f"on {_WEEKDAYS[day.weekday()].capitalize()}"
    if ahead == 0:
        return "today"
    if ahead == 1:
        return "tomorrow"
    if 0 < ahead < 7:
        return f"on {_WEEKDAYS[day.weekday()].capitalize()}"
    return f"on {day.day} {day:%B}"


def _no_schedule(routine: Routine) -> str:
    phrase = routine.phrases[0].text if routine.phrases else routine.name
    return (f"{name_opening(routine.name)} has no schedule, so there is no run to skip: "
            f"it runs only when you say \"{phrase}\". To give it one, say \"run "
            f"{routine.name.casefold()} every friday at 8 pm\" (or any days and time).")


def _runs_said(routine: Routine, now: datetime) -> str:
    return spoken_list([describe_trigger(t) for t in _ahead(routine, now)])


def _week_said(day: date, now: datetime, last: date | None = None) -> str:
    """"next week" or "this week": the week ``day`` is in, said again ("this weekend",
    "next weekend" when ``day`` to ``last`` is one: it said "this week")."""
    which = "this" if (day - now.date()).days < 7 - now.weekday() else "next"
    weekend = last is not None and day.weekday() >= 5 and last.weekday() == 6 \
        and (last - day).days <= 1
    return f"{which} week{'end' if weekend else ''}"


def _runs_ahead(routine: Routine, place: Place, now: datetime, first: date, last: date
                ) -> tuple[list[datetime], list[datetime]]:
    """Every run of ``routine`` from day ``first`` to ``last``, and those still to come."""
    ahead = _ahead(routine, now)
    on_days = [run for offset in range((last - first).days + 1)
               for run in runs_on(ahead, first + timedelta(days=offset), place)]
    return on_days, [run for run in on_days if run > now]


def _next_runs(routine: Routine, place: Place, now: datetime, count: int) -> list[datetime]:
    """``routine``'s next ``count`` runs, skipped or not ("skip the next two")."""
    ahead, runs, after = _ahead(routine, now), [], now
    for _ in range(count):
        run = next_of(ahead, place, after)
        if run is None:
            break
        runs.append(run.astimezone(place.zone))
        after = run
    return runs


def skip_run(store: Store, name: str, place: Place, now: datetime,
             day: date | None = None, last: date | None = None, count: int = 1) -> str:
    """Skip ``name``'s next run (``count``: its next runs), or its runs on ``day`` (to
    ``last``: "next week"); the reply says what happened (and, when nothing could be
    skipped, why). The schedule itself stays."""
    routine = store.routine(name)
    now = now.astimezone(place.zone)
    status = skip_status(store, routine.name, place, now)
    said = name_opening(routine.name)
    if not status.scheduled:
        return _no_schedule(routine)
    if day is None and count > 1:
        runs = _next_runs(routine, place, now, count)
        if all(run in status.skipped for run in runs):
            return f"{said} already skips {spoken_list(run_said(r) for r in runs)}."
    elif day is not None and last is not None:
        on_days, runs = _runs_ahead(routine, place, now, day, last)
        week = _week_said(day, now, last)
        if not on_days:
            nxt = next_said(status.next_run, routine.triggers) if status.next_run else ""
            return (f"{said} doesn't run {week} anyway: it runs {_runs_said(routine, now)}."
                    f"{nxt} Nothing was changed.")
        if not runs:
            return f"{said}'s runs {week} have already passed. Nothing was changed."
        if all(run in status.skipped for run in runs):
            return f"{said} already skips every run {week}."
    elif day is None:
        assert status.first_run is not None
        if status.first_run in status.skipped:
            nxt = (f" and next runs {run_said(status.next_run)}" if status.next_run else "")
            return (f"{said} already skips {run_said(status.first_run)}{nxt}. To skip that "
                    f"one too, say \"skip {routine.name.casefold()} "
                    f"{_day_said(status.next_run.date(), now) if status.next_run else ''}\"."
                    if status.next_run else f"{said} already skips {run_said(status.first_run)}.")
        runs = [status.first_run]
    else:
        on_day = runs_on(_ahead(routine, now), day, place)
        runs = [run for run in on_day if run > now]
        if not on_day:
            nxt = next_said(status.next_run, routine.triggers) if status.next_run else ""
            named = _day_said(day, now)
            named += "" if named[3:4].isdigit() else f" ({day.day} {day:%B})"
            return (f"{said} doesn't run {named} anyway: it runs "
                    f"{_runs_said(routine, now)}.{nxt} Nothing was changed.")
        if not runs:
            return (f"{said}'s run {_day_said(day, now)} at {on_day[-1]:%H:%M} has already "
                    "passed. Nothing was changed.")
        if all(run in status.skipped for run in runs):
            return f"{said} already skips {spoken_list(run_said(r) for r in runs)}."
    store.skip_runs(routine.name, [run.timestamp() for run in runs])
    after = skip_status(store, routine.name, place, now)
    nxt = f" Next run: {run_said(after.next_run)}." if after.next_run else ""
    back = _week_said(runs[0].date(), now, last) if last is not None else \
        _day_said(runs[0].date(), now)
    off = "" if routine.enabled else f" ({said} is switched off for now anyway.)"
    days = (f"on {spoken_list([run_said(r) for r in runs], 'or')}" if len(runs) <= 3 else
            f"from {run_said(runs[0])} to {run_said(runs[-1])} ({len(runs)} runs)")
    which = "one" if len(runs) > 1 and last is None else "it"
    return (f"OK, {name_in_sentence(routine.name)} won't run {days}; its "
            f"schedule stays.{nxt} Say \"run {routine.name.casefold()} {back} after all\" "
            f"to take {which} back.{off}")


def unskip_run(store: Store, name: str, place: Place, now: datetime,
               day: date | None = None, last: date | None = None) -> str:
    """Take back the skip of ``name``'s runs on ``day`` (to ``last``: "next week"; None:
    its next skipped run)."""
    routine = store.routine(name)
    now = now.astimezone(place.zone)
    status = skip_status(store, routine.name, place, now)
    said = name_opening(routine.name)
    if not status.scheduled:
        return _no_schedule(routine).replace("no run to skip", "nothing to take back")
    if day is None:
        chosen = status.skipped[:1]
    else:
        chosen = [run for run in status.skipped if day <= run.date() <= (last or day)]
    if not chosen and day is not None and last is not None:
        week = _week_said(day, now, last)
        if not _runs_ahead(routine, place, now, day, last)[0]:
            return (f"{said} doesn't run {week}: it runs {_runs_said(routine, now)}. "
                    "Nothing was changed.")
        nxt = f" It runs next {run_said(status.next_run)}." if status.next_run else ""
        return f"{said} isn't skipped {week}.{nxt}"
    if not chosen:
        if day is not None and not runs_on(_ahead(routine, now), day, place):
            return (f"{said} doesn't run {_day_said(day, now)}: it runs "
                    f"{_runs_said(routine, now)}. Nothing was changed.")
        nxt = f" It runs next {run_said(status.next_run)}." if status.next_run else ""
        which = f" {_day_said(day, now)}" if day is not None else ""
        return f"{said} isn't skipped{which}.{nxt}"
    store.unskip_runs(routine.name, [run.timestamp() for run in chosen])
    if len(chosen) > 3:
        return (f"OK, {name_in_sentence(routine.name)} will run from {run_said(chosen[0])} to "
                f"{run_said(chosen[-1])} after all ({len(chosen)} runs).")
    return (f"OK, {name_in_sentence(routine.name)} will run on "
            f"{spoken_list(run_said(r) for r in chosen)} after all.")


def skips_moved(store: Store, name: str, old: time, new: time, place: Place,
                now: datetime) -> int:
    """The skipped runs of ``name`` at ``old`` (a time of day) moved to ``new`` on the
    same days, as its schedule's time moves: "skip good morning tomorrow" then "move good
    morning to 7:30" keeps tomorrow skipped (a skip is a run's moment, so the moved run
    at 07:30 ran). How many moved."""
    olds = [at for runs in store.skipped_runs(since=now.timestamp(), routine=name).values()
            for at in runs]
    moved = []
    for at in olds:
        run = datetime.fromtimestamp(at, place.zone)
        if (run.hour, run.minute) == (old.hour, old.minute):
            moved.append((at, datetime.combine(run.date(), new, tzinfo=place.zone).timestamp()))
    if moved:
        store.unskip_runs(name, [at for at, _new in moved])
        store.skip_runs(name, [at for _old, at in moved])
    return len(moved)


def skipped_words(store: Store, routine: Routine, place: Place, now: datetime) -> str:
    """"skipping Fri 4 Dec" for "what's scheduled?" ("" when nothing is skipped)."""
    status = skip_status(store, routine.name, place, now)
    if not status.skipped:
        return ""
    ahead = _ahead(routine, now)
    groups: list[list[datetime]] = []
    for run in status.skipped:  # (runs one after the other: "Mon 7 Dec to Sun 13 Dec")
        if groups and next_of(ahead, place, groups[-1][-1]) == run:
            groups[-1].append(run)
        else:
            groups.append([run])

    def said(run: datetime) -> str:
        return run_said(run) if len(runs_on(ahead, run.date(), place)) > 1 else day_said(run)

    days = []
    for group in groups:
        days.extend([said(r) for r in group] if len(group) < 3 else
                    [f"{said(group[0])} to {said(group[-1])}"])
    return "skipping " + spoken_list(days)
