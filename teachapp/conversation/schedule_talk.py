"""Schedules by voice: "run good morning every weekday at 7", "what's scheduled?",
"cancel the good morning schedule", "run movie mode in 10 minutes".

``parse_schedule_request`` (``schedule_sentences``) is pure (text and a clock in, a
request out) so the wording is tested without a database; ``ScheduleTalk.turn`` applies
it to the store, ``ScheduleAnswers`` (``schedule_replies``) says what is scheduled, and
``ScheduleMoves`` (``schedule_moves``) moves a schedule ("make it 7:30", "move bedtime to 10").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..clock import wall_now
from ..domain import name_in_sentence, name_opening, spoken_list
from ..errors import NotFoundError, ScheduleError, TeachappError
from ..schedule import Place, check_trigger, kept_moment, next_of
from ..triggers import ALL_DAYS, Trigger, describe_trigger
from ..understanding.parts import split_parts
from .cancel_words import ENDING_VERBS
from .half_of_day import (
    clock_hour,
    half_answered,
    half_question,
    in_half,
    morning_named,
    placed,
)
from .schedule_asked import NamedAtATime, named_at_a_time
from .schedule_day import days_answer, night_asked
from .schedule_moves import JustAdded, ScheduleMoves
from .schedule_replies import upcoming_runs
from .schedule_sentences import ScheduleRequest, parse_schedule_request
from .schedule_words import (
    SOON,
    clock_reply,
    duration_words,
    set_for_later,
    time_left,
    when_words,
)
from .skips import (
    IN_MIND,
    SkipRequest,
    next_said,
    parse_skip_request,
    pointed_at,
    skip_run,
    skip_status,
    skipped_words,
    skips_moved,
    unskip_run,
)
from .time_words import TimePassed, for_tomorrow, spoken_time, trigger_said
from .turns import TurnReplies

_RUN_ASKED = re.compile(r"\b(?:run|runs|running)\b(?:\s+next)?\s*\??\s*$", re.IGNORECASE)
"""A "when" question ending in "run": about a routine even when none has the name said
("when does pizza night run next?" said "There is no routine called 'pizza night'…";
it was "I can't answer …: I know this home's devices and the routines you teach me.")."""

if TYPE_CHECKING:
    from ..store import Store, Timer
    from ..understanding.resolution import Resolution

__all__ = ["SOON", "ScheduleRequest", "ScheduleTalk", "clock_reply", "duration_words",
           "parse_schedule_request", "spoken_time", "time_left", "trigger_said", "when_words"]

# What is said of a repetition or a moment no schedule keeps (``schedule_sentences``'
# _UNKEPT_RE, _EVENT_RE).
_UNKEPT = ("{name} can't run {when}: a schedule repeats on days of the week (\"every "
           "friday at 8 pm\", \"every weekday at 7\") or on a day of every month (\"every "
           "month on the 1st at 9\"), or runs once on a date (\"on the 1st at 8 pm\"). "
           "Nothing was changed.")
_EVENT = ("{name} can't run {when}: I can't tell when that is. A schedule runs at a time "
          "(\"every day at 7 pm\"), at sunrise or sunset, or once after a delay (\"in 20 "
          "minutes\"). Nothing was changed.")
_HALF_WHY = ("You said an hour without \"am\" or \"pm\", and the routine's name does not "
             "say which, so I asked; nothing is scheduled yet.")
"""What "why?" says of a turn that asked "8 in the morning or in the evening?" (it said
"You asked me to change a routine's schedule, and I did")."""
_PASSED_WHY = ("You asked me to run a routine at a time today that has passed, so I asked "
               "whether you meant tomorrow; nothing is scheduled yet.")
_I_SAID = re.compile(r"\bi\b")
"""The person's "I" in words read back ("when I get home"), lower-cased when read."""
_TAKE_BACK = re.compile(rf"^(?:(?:no|oh|ok|okay|actually|wait)[, ]+)*(?:cancel|scrap|forget|"
                        rf"{ENDING_VERBS}|"
                        r"never\s*mind|undo|take back|remove|delete)(?:\s+(?:that|it|this))?"
                        r"(?:\s+(?:please|schedule))?$")
""""cancel that", "undo", "never mind" right after a schedule was added: that one."""
_LATER_COMMAND = ("A single command runs later once (\"{command} in 30 minutes\", \"... at 10 "
                  "pm\"), not again and again. To repeat it, teach \"{command}\" as a routine "
                  "(say \"teach\", then the phrase), then say \"run\" and its phrase with the "
                  "time.")


def _same_time(trigger: Trigger, said: Trigger) -> bool:
    """``said`` ("at 10 pm", "every weekday at 7") names ``trigger``: the same kind and
    moment; the days count only when they were said."""
    if trigger.kind == "once" and said.kind == "time" and said.days == ALL_DAYS:
        # "cancel the 8am morning tea" of a one-off at 08:00
        return trigger.at is not None and said.time == trigger.at.time().replace(second=0)
    if trigger.kind != said.kind:
        return False
    if said.kind == "time":
        return trigger.time == said.time and (said.days == ALL_DAYS or trigger.days == said.days)
    if said.kind == "sun":
        return (trigger.event, trigger.offset) == (said.event, said.offset)
    return trigger == said


@dataclass(frozen=True)
class _HalfAsked:
    """A schedule asked "8 in the morning or in the evening?" about, which the next
    turn's answer adds (or, with ``offer``, offers: "reading mode at 8")."""

    routine: str
    """The routine's name."""
    trigger: Trigger
    """The schedule as said, its hour not yet placed in the day."""
    said: str
    """The words that asked for it."""
    instead: bool
    """It replaces the schedules of its kind ("... instead")."""
    offer: bool
    """Offered ("Shall I run ...?") once answered, not added: said without how often."""
    turn: int
    """The turn it was asked on (-1 without turns)."""


@dataclass(frozen=True)
class _JustSkipped:
    """The skip just made ("skip tomorrow"): "undo" right after takes it back."""

    routine: str
    """The routine's name."""
    skip: SkipRequest
    """The skip as asked (its day, or the last run)."""
    turn: int
    """The turn it was made on."""


class ScheduleTalk(ScheduleMoves):
    """Applies schedule sentences to the routines in the store."""

    def __init__(self, store: Store, place: Callable[[], Place],
                 now: Callable[[], datetime] | None = None,
                 changed: Callable[[], None] | None = None,
                 is_command: Callable[[str], bool] | None = None,
                 timers_listed: Callable[[list[Timer]], None] | None = None,
                 turn: Callable[[], int] | None = None,
                 quiet_since: Callable[[int], bool] | None = None,
                 resolve: Callable[[str], Resolution] | None = None,
                 ask: Callable[[TurnReplies, str, str, dict[str, Any]], None] | None = None,
                 subject: Callable[[], str | None] | None = None,
                 named: Callable[[str], None] | None = None,
                 ran_just_now: Callable[[], str | None] | None = None,
                 stands_alone: Callable[[str], bool] | None = None) -> None:
        self.store = store
        self._ran_just_now = ran_just_now or (lambda: None)
        """The routine whose run was the last thing done (past questions only answered),
        or None: what "every weekday at 7" said alone asks to schedule."""
        self._resolve = resolve
        """The resolver, so a routine named loosely with a time ("movie nite at sunset")
        is asked about as one named exactly."""
        self._subject = subject or (lambda: None)
        """The routine the conversation talks of: what "it" means ("skip it on friday")."""
        self._named = named or (lambda _name: None)
        """Makes a routine scheduled, skipped or asked about here that routine."""
        self._ask = ask
        """Opens a yes/no question (routine, question, its data) that the next turn
        answers: "Shall I run movie night every day at sunset?" (``add`` on yes)."""
        self._turn = turn
        """The turn number, so "cancel that" reaches only the schedule just added."""
        self._quiet_since = quiet_since or (
            lambda added: turn is not None and added == turn() - 1)
        """Whether every turn after the one given only asked and was answered (the
        Assistant's rule): "cancel that" then still means the schedule added on it."""
        self._just_added: JustAdded | None = None
        self._merged: tuple[Trigger, list[Trigger]] | None = None
        """The trigger just added with the days of others at its time, and those others
        ("cancel that" puts them back)."""
        self._half_asked: _HalfAsked | None = None
        """The schedule asked "8 in the morning or in the evening?" about."""
        self._just_skipped: _JustSkipped | None = None
        """The skip just made ("skip tomorrow"), so "undo" right after takes it back."""
        self._rest: list[Trigger] = []
        """What "instead" kept of a schedule it replaced on some days only (the weekends
        of "every day at 7" after "at 7:30 on weekdays instead"): "cancel that" drops it."""
        self._was_called: tuple[str, str] | None = None
        """(old name said, name now) when a routine was named as it was called before a
        rename ("when does movie mode run?" after "rename movie mode to film night")."""
        self._is_command = is_command or (lambda text: False)
        """Whether words are a device command ("turn off the telly"): said with a time,
        they are explained, not offered for teaching."""
        self._stands_alone = stands_alone or (
            lambda text: self.store.phrase_owner(text) is not None or self._is_command(text)
            or self.asks_for(text))
        """Whether words said at our question are a request of its own ("run movie night
        at 8" at "8 in the morning or in the evening?"): done as said, not its answer."""
        self._place = place
        self._now = now or wall_now
        self._changed = changed or (lambda: None)
        self._timers_listed = timers_listed or (lambda timers: None)
        """Told the timers a list named ("cancel that" then means the one listed)."""
        """Called after a routine's schedule is saved (the window shows schedules)."""

    def _skipped_name(self, skip: SkipRequest) -> tuple[str | None, TeachappError | None]:
        """The routine a skip names, or None and why not; several runs may name it in
        the plural ("skip the next two movie nights")."""
        try:
            return self._routine_name(skip.routine), None
        except TeachappError as exc:
            if skip.count > 1 and skip.routine.endswith("s"):
                try:
                    return self._routine_name(skip.routine.removesuffix("s")), None
                except TeachappError:
                    pass
            return None, exc

    def _routine_name(self, spoken: str, *, first: str | None = None,
                      exact: bool = False) -> str:
        """The routine ``spoken`` names; ``first``, when given, is tried first and only
        as a taught phrase or a name said exactly. With ``exact``, ``spoken`` too is
        taken only so."""
        for said in (first, spoken if exact else None):
            if said is None:
                continue
            found = self.store.phrase_owner(said) or next(
                (n for n in self.store.routine_names() if n.casefold() == said.casefold()),
                None)
            if found is not None:
                return found
        if exact:
            raise NotFoundError(f"No taught phrase is {spoken!r}.")
        if spoken.strip().casefold() in ("it", "its", "that", "this") and self._subject():
            return str(self._subject())  # ("run it every weekday at 7" after teaching it)
        spoken = re.sub(r"^(?:the|my)\s+", "", spoken.strip())
        spoken = re.sub(r"\s+(?:routine)$", "", spoken)
        # (here, not at the top: knowledge imports the store, and the window's first
        # paint reads schedule sentences from this module without loading it)
        from .knowledge import find_routine

        owner = re.sub(r"(?<=\w)['’]s$", "", spoken)  # "cancel movie night's schedule"
        for candidate in (spoken, spoken.removesuffix(" schedule"), owner):
            name = find_routine(self.store, candidate)
            if name is not None:
                return name
        from ..store import name_now

        for candidate in (spoken, spoken.removesuffix(" schedule"), owner):
            renamed = name_now(self.store, candidate, 0.0)
            known = {n.casefold(): n for n in self.store.routine_names()}
            if renamed is not None and renamed.casefold() in known:
                self._was_called = (candidate, known[renamed.casefold()])
                return known[renamed.casefold()]  # (it said "There is no routine called …")
        raise NotFoundError(f"There is no routine called {spoken!r}; say \"what's "
                            "scheduled?\" or \"help\" to hear the routines.")

    def once_just_added(self) -> bool:
        """Whether a one-off run was just added ("run movie night in 10 minutes"), so
        "add 5 minutes" or "make it 9" now moves it (``_move``)."""
        added = self._just_added
        return added is not None and added.trigger.kind == "once" \
            and self._quiet_since(added.turn)

    def claims(self, text: str) -> bool:
        """Whether :meth:`turn` answers ``text`` (nothing changes): what ``listen``
        reports, by the rule ``turn`` follows."""
        return self._read(text) is not None

    def asks_for(self, text: str) -> bool:
        """Whether ``text`` is schedule talk that asks for something of its own (set,
        move, cancel or skip a schedule: "run movie night at 8"), not a question about
        one ("what time is it?", "when does movie night run?"), by :meth:`turn`'s rule;
        nothing changes."""
        read = self._read(text)
        return read is not None and read[0] not in ("clock", "list") and not (
            read[0] == "routine" and read[1][0].action == "when")

    def _read(self, text: str) -> tuple[str, Any] | None:
        """What ``text`` asks, as (what, detail): ("clock", the reply), ("error", the
        problem), ("list", the day asked of or None), ("later", a device command said with a time),
        ("ask", a routine named with a time: ``schedule_asked``) or ("routine", (request,
        its routine's name)); None when it is no schedule talk."""
        if self.store.phrase_owner(text) is not None:
            return None  # a taught phrase wins, even one that sounds like a schedule
        now = self._now().astimezone(self._place().zone)
        told = clock_reply(text, now)
        if told is not None:
            return "clock", told
        skip = parse_skip_request(text, now, self._subject() or IN_MIND)
        if skip is not None and skip.routine == IN_MIND:  # ("skip it tonight", none in mind)
            if skip.action != "skip" or not skip.strict:
                skip = None  # ("cancel it tomorrow", "don't skip it": as before)
            else:
                pointed, why = pointed_at(self.store, self._place(), now,
                                          skip.day if skip.last is None else None)
                if pointed is None:
                    return "error", why
                skip = replace(skip, routine=pointed)
        if skip is not None:  # ("skip movie night this friday": skips.py)
            name, error = self._skipped_name(skip)
            if name is None:
                if skip.strict:
                    return "error", error
            elif not skip.only_if_skipped or skip_status(
                    self.store, name, self._place(), now).skipped:
                return "skip", (skip, name)
        try:
            request = parse_schedule_request(text, now)
        except TimePassed as exc:
            offered = self._tomorrow_instead(text, exc)
            return ("error", exc) if offered is None else ("passed", offered)
        except ScheduleError as exc:
            return "error", exc
        if request is None:
            alone = self._repeat_alone(text, now)
            if alone is not None:
                return "ask", alone
            from .knowledge import find_routine  # (as in _routine_name)

            named = named_at_a_time(text, now,
                                    lambda words: find_routine(self.store, words, self._resolve))
            return None if named is None else ("ask", named)
        if request.action == "list":
            return "list", (request.dates, request.reminders, request.left)
        try:
            name = self._routine_name(request.routine or "", first=request.with_verb,
                                      exact=request.exact)
        except TeachappError as exc:
            if request.action == "add" and request.exact and self._is_command(
                    request.routine or ""):
                if len(split_parts(request.routine or "")) > 1:
                    return None  # "movie mode and turn off the tv in an hour": its parts
                return "later", request.routine
            if request.action == "when" and _RUN_ASKED.search(text):
                return "error", exc  # "when does pizza night run?": only routines run
            if request.action == "when" or request.loose:
                return None  # "when does the film start?": not about a routine here
            return "error", exc
        if request.passed is not None:  # ("movie night tonight at 8" said at 21:00)
            offered = self._tomorrow_instead(text, request.passed)
            return ("error", request.passed) if offered is None else ("passed", offered)
        return "routine", (request, name)

    def _tomorrow_instead(self, text: str, exc: TimePassed) -> tuple[Any, str, Trigger] | None:
        """A routine's run asked for at a time today that has passed ("run movie night
        today at 20:00" said at 21:00): (the time that passed, the routine, the same
        time tomorrow, once), what is offered instead; None when the words said for
        tomorrow are no such run. It was refused: "say "tomorrow at 20:00" for
        tomorrow"."""
        said = " ".join(text.lower().split())
        tomorrow = for_tomorrow(said)
        read = self._read(tomorrow) if tomorrow != said else None
        if read is None or read[0] != "routine":
            return None
        request, name = read[1]
        trigger = request.trigger
        if request.action != "add" or trigger is None or trigger.kind != "once" \
                or trigger.at is None:
            return None
        at = morning_named(exc.at, name, tomorrow.replace((request.routine or "").lower(),
                                                          " ", 1))
        return at, name, replace(trigger, at=trigger.at.replace(hour=at.hour, minute=at.minute))

    @staticmethod
    def _morning_passed(request: ScheduleRequest, name: str, text: str
                        ) -> tuple[Any, str, Trigger] | None:
        """A morning routine's run today at a bare hour read as the evening's because
        the morning's has passed ("run wake up today at 8" said at 14:00): (that hour in
        the morning, the routine, the same time tomorrow), offered instead; None for
        any other request."""
        trigger = request.trigger
        if request.action != "add" or trigger is None or trigger.kind != "once" \
                or trigger.at is None:
            return None
        words = " ".join(text.lower().split()).replace((request.routine or "").lower(), " ", 1)
        at = morning_named(trigger.at.time(), name, words)
        if at == trigger.at.time():
            return None
        return at, name, replace(trigger, at=trigger.at.replace(hour=at.hour) + timedelta(days=1))

    def _passed(self, replies: TurnReplies, at: Any, name: str, trigger: Trigger,
                place: Place, now: datetime) -> None:
        """"20:00 today has passed (it is 21:00). Shall I run movie night tomorrow at
        20:00?" ("yes" sets it, "no" leaves it)."""
        self._named(name)
        replies.info(f"{at:%H:%M} today has passed (it is {now:%H:%M}).")
        replies.detail["unset"] = _PASSED_WHY
        assert trigger.at is not None
        self._offer(replies, name, trigger, place, now, question=(
            f"Shall I run {name_in_sentence(name)} {when_words(trigger.at, now)}?"))

    def answer(self, replies: TurnReplies, text: str) -> bool:
        """Answer ``text`` when it only asks (the time or day, what is scheduled, when a
        routine runs) and changes nothing; False otherwise. What may be answered in
        the middle of teaching."""
        read = self._read(text)
        if read is None or not (read[0] in ("clock", "list") or (
                read[0] == "routine" and read[1][0].action == "when")):
            return False
        return self.turn(replies, text)

    def when_asked(self, replies: TurnReplies, name: str) -> None:
        """When routine ``name`` runs, told as "when does it run?" is: for a question
        read elsewhere ("when is bedtime?", which the resolver hands on as a question)."""
        place = self._place()
        replies.detail["asked"] = True
        self._when(replies, self.store.routine(name), place, self._now().astimezone(place.zone))

    def turn(self, replies: TurnReplies, text: str) -> bool:
        """Handle a schedule sentence; False when ``text`` is not one."""
        skipped = self._just_skipped
        if skipped is not None and self._quiet_since(skipped.turn) \
                and _TAKE_BACK.match(" ".join(text.lower().strip().rstrip("?.!").split())):
            # "undo" right after "skip tomorrow" (it was "There is nothing to undo.")
            self._just_skipped = None
            place = self._place()
            replies.detail["talk"] = "schedule"
            replies.info(unskip_run(self.store, skipped.routine, place,
                                    self._now().astimezone(place.zone), skipped.skip.day,
                                    skipped.skip.last))
            self._changed()
            return True
        added = self._just_added
        if added is not None and added.trigger.kind == "once" and added.trigger.at is not None \
                and added.trigger.at.timestamp() <= self._now().timestamp():
            added = self._just_added = None  # it ran: "undo" now puts its run back (it
            # said "OK, heating on won't run once at 06:01 …", and the heating stayed on)
        if added is not None and self._quiet_since(added.turn) \
                and _TAKE_BACK.match(" ".join(text.lower().strip().rstrip("?.!").split())):
            return self._take_back(replies, added.routine, added.trigger)
        if added is not None and self._quiet_since(added.turn) and self._move(
                replies, text, added.routine, added.trigger, added.turn, added.said):
            return True
        if added is not None and self._quiet_since(added.turn) \
                and added.trigger.kind != "once" \
                and self._not_on(replies, text, added.routine, added.trigger):
            return True
        if self._half_answer(replies, text):
            return True
        self._was_called = None
        read = self._read(text)
        if read is None:
            return False
        if self._was_called is not None:  # ("Movie mode is called film night now.")
            old, now_called = self._was_called
            replies.info(f"{name_opening(old)} is called {name_in_sentence(now_called)} now.")
        what, detail = read
        place = self._place()
        now = self._now().astimezone(place.zone)
        replies.detail["talk"] = "schedule"
        if what == "clock":
            replies.detail["asked"] = True
            replies.info(detail)
            return True
        if what == "error":
            replies.error(str(detail))
            return True
        if what == "list":
            replies.detail["asked"] = True
            dates, reminders, left = detail
            if dates:  # ("what's scheduled for tomorrow?", "… this week?")
                night = night_asked(" ".join(text.lower().strip().rstrip("?.!").split()))
                for line in days_answer(self.store, place, now, dates, night=night):
                    replies.info(line)
                return True
            if left and self._left(replies, text, now):  # ("what's left on the timer?")
                return True
            if reminders:
                self._reminders(replies, now)
            else:
                self._list(replies, place, now)
            return True
        if what == "later":
            replies.info(_LATER_COMMAND.format(command=detail))
            return True
        if what == "passed":
            at, name, trigger = detail
            self._passed(replies, at, name, trigger, place, now)
            return True
        if what == "ask":
            self._ask_first(replies, detail, place, now, text)
            return True
        if what == "skip":
            skip, name = detail
            self._named(name)
            if skip.action == "skip":
                replies.info(skip_run(self.store, name, place, now, skip.day, skip.last,
                                      skip.count))
                if skip.count == 1 and self._turn is not None:
                    self._just_skipped = _JustSkipped(name, skip, self._turn())
            else:
                replies.info(unskip_run(self.store, name, place, now, skip.day, skip.last))
            self._changed()
            return True
        request, name = detail
        routine = self.store.routine(name)
        self._named(routine.name)
        name = name_opening(name)
        if request.problem:  # ("movie night on the 1st of every month": at what time?)
            replies.error(request.problem)
            return True
        if request.action in ("unkept", "event"):
            said = _UNKEPT if request.action == "unkept" else _EVENT
            replies.error(said.format(name=name, when=_I_SAID.sub("I", request.said)))
            return True
        if request.action == "when":
            replies.detail["asked"] = True
            self._when(replies, routine, place, now)
            return True
        if request.action == "cancel":
            if not routine.triggers:
                replies.info(f"{name} has no schedule.")
                return True
            if request.days is not None:
                self._drop_days(replies, routine, request.days, name, now, place)
                return True
            said = request.trigger
            keep = [t for t in routine.triggers if said is not None and not _same_time(t, said)]
            if request.once:
                keep = [t for t in routine.triggers if t.kind != "once"]
                if len(keep) == len(routine.triggers):
                    replies.info(f"{name} is not set to run once; nothing was changed.")
                    return True
            if said is not None and len(keep) == len(routine.triggers):
                runs = spoken_list([described for described, _
                                    in upcoming_runs(routine, now, place)])
                replies.info(f"{name} does not run {describe_trigger(said)}"
                             + (f"; it runs {runs}." if runs else ".") + " Nothing was changed.")
                return True
            gone = [t for t in routine.triggers if t not in keep]
            routine.triggers = keep
            self.store.save_routine(routine, replace=True)
            self._changed()
            if keep:
                replies.info(f"{name} no longer runs "
                             f"{spoken_list([describe_trigger(t) for t in gone])}. It still "
                             f"runs {spoken_list([describe_trigger(t) for t in keep])}.")
            else:
                replies.info(f"{name} no longer runs on a schedule.")
            return True
        if request.action == "move":
            self._move_named(replies, routine, request.said, now, place, request.shift)
            return True
        assert request.trigger is not None
        morning = self._morning_passed(request, routine.name, text)
        if morning is not None:  # ("run wake up today at 8" at 14:00: not at 20:00)
            self._passed(replies, *morning, place, now)
            return True
        trigger = self._half_placed(replies, routine.name, request.trigger, text,
                                    request.routine or "", instead=request.instead)
        if trigger is not None:
            self.add(replies, routine.name, trigger, said=text, instead=request.instead)
        return True

    def _half_placed(self, replies: TurnReplies, name: str, trigger: Trigger, text: str,
                     named: str, *, instead: bool = False, offer: bool = False
                     ) -> Trigger | None:
        """``trigger`` with an hour said without "am" or "pm" placed by the one rule
        (``half_of_day.placed``: "movie night every friday at 8": 20:00; it was 08:00);
        when nothing places it, "8 in the morning or in the evening?" is asked (answered
        by the next turn: ``_half_answer``, which adds the schedule, or with ``offer``
        offers it as ``_ask_first`` does) and None given. ``named``: the words that named
        the routine, left out of the time words ("night" of "movie night" is no evening)."""
        words = " ".join(text.lower().split()).replace(named.lower(), " ", 1)
        found = placed(trigger, name, words)
        at = clock_hour(trigger)
        if found is not None or at is None:
            return found
        spoken = name_in_sentence(name)
        self._half_asked = _HalfAsked(name, trigger, text, instead, offer,
                                      self._turn() if self._turn is not None else -1)
        replies.talk_question(half_question(at), f"OK, I won't schedule {spoken}.")
        replies.detail["unset"] = _HALF_WHY  # (what "why?" says: explain, as timer_talk.UNSET)
        return None

    def _half_answer(self, replies: TurnReplies, text: str) -> bool:
        """The answer to "8 in the morning or in the evening?" ("evening", "pm", "in the
        morning"): the schedule asked about added so (or offered, when it was said
        without how often); False for any other words (a question answered meanwhile,
        "what time is it?", keeps it open; a thing done lets it lapse)."""
        asked = self._half_asked
        if asked is not None and not self._quiet_since(asked.turn):
            asked = self._half_asked = None
        half = half_answered(text, clock_hour(asked.trigger)) if asked is not None else None
        if asked is None or half is None:
            return False
        self._half_asked = None
        if self._stands_alone(text):  # ("run movie night at 8", "good night": it set
            return False  # reading mode's at 20:00 and did nothing of what was asked)
        replies.detail["talk"] = "schedule"
        trigger = in_half(asked.trigger, half)
        if asked.offer:
            place = self._place()
            self._offer(replies, asked.routine, trigger, place,
                        self._now().astimezone(place.zone))
        else:
            self.add(replies, asked.routine, trigger, said=asked.said, instead=asked.instead)
        return True

    def add(self, replies: TurnReplies, name: str, trigger: Trigger, *, said: str = "",
            instead: bool = False) -> None:
        """Give routine ``name`` the schedule ``trigger`` and say its next run: "run X at
        7", and "yes" to "Shall I run X every day at 07:00?"; a one-off run is said as a
        timer is, with the time left and "cancel that" (``set_for_later``; ``said``:
        the words that set it). ``instead``: it replaces the schedules of its kind
        (repeating, or once), said with what they were; "cancel that" brings them back."""
        routine = self.store.routine(name)
        replaced: list[Trigger] = []
        rest: list[Trigger] = []
        if instead and trigger not in routine.triggers:
            # a one-off replaces the one-offs; a repeating time the repeating ones on its
            # days, the days it does not name kept at their time
            replaced = [t for t in routine.triggers if t.kind == "once"] \
                if trigger.kind == "once" else [
                    t for t in routine.triggers
                    if t.kind != "once" and set(t.days) & set(trigger.days)
                    and replace(t, days=trigger.days) != trigger]  # (at its time already:
                    # "already runs …", as without "instead")
            rest = [replace(t, days=tuple(d for d in t.days if d not in trigger.days))
                    for t in replaced if t.kind != "once" and set(t.days) - set(trigger.days)]
            routine.triggers = [t for t in routine.triggers if t not in replaced] + rest
        name_said = name_opening(routine.name)
        place = self._place()
        now = self._now().astimezone(place.zone)
        said_at = trigger.at  # (a time the clocks skip, as said: the reply says why)
        if said_at is not None and said_at.tzinfo is not None:
            trigger = replace(trigger, at=kept_moment(said_at))
        try:
            when = check_trigger(trigger, place, now)
        except TeachappError as exc:
            replies.error(str(exc))
            return
        if trigger in routine.triggers:
            replies.info(f"{name_said} already runs {describe_trigger(trigger)}.")
            return
        same = [t for t in routine.triggers if t.kind != "once" and
                replace(t, days=trigger.days) == trigger]
        days = {day for t in same for day in t.days}
        if same and days >= set(trigger.days):  # ("every day at 7", then "every weekday")
            replies.info(f"{name_said} already runs "
                         f"{spoken_list([describe_trigger(t) for t in same])}.")
            return
        was = ""
        if same:  # one trigger a time, so a weekday is not run (nor skipped) twice
            trigger = replace(trigger, days=tuple(sorted(days | set(trigger.days))))
            was = f" (it ran {spoken_list([describe_trigger(t) for t in same])})"
            when = check_trigger(trigger, place, now)
        routine.triggers = [*[t for t in routine.triggers if t not in same], trigger]
        self._merged = (trigger, [*replaced, *same]) if same or replaced else None
        self._rest = rest
        if replaced:
            was = f" instead of {spoken_list([describe_trigger(t) for t in replaced])}"
            if rest:
                was += f". It still runs {spoken_list([describe_trigger(t) for t in rest])}"
        self.store.save_routine(routine, replace=True)
        self._changed()
        self._named(routine.name)
        if self._turn is not None:
            self._just_added = JustAdded(routine.name, trigger, self._turn(), said)
        if trigger.kind == "once" and when is not None:
            replies.info(set_for_later(f"{name_said} will run once", said_at or when, now,
                                       said))
            return
        skipping = ""
        if when is not None:  # (a run skipped before stays skipped: the next is after it)
            left_out = set(self.store.skipped_runs(since=now.timestamp(), routine=routine.name)
                           .get(routine.name, ()))
            if when.timestamp() in left_out:
                when = next_of([trigger], place, now, skipped=left_out)
                skipping = skipped_words(self.store, routine, place, now)
        nxt = next_said(when, [trigger]) if when else ""
        nxt += f" It is {skipping}." if skipping else ""
        replies.info(f"{name_said} will run {describe_trigger(trigger)}{was}.{nxt}")

    def _ask_first(self, replies: TurnReplies, named: NamedAtATime, place: Place,
                   now: datetime, text: str) -> None:
        """"movie night at sunset": whether to run it so, asked (a time said without how
        often: ``schedule_asked``); nothing runs now. An hour without "am" or "pm" is
        placed as in any schedule ("movie night at 8": 20:00), or its half asked first
        ("reading mode at 8" offered 08:00)."""
        routine = self.store.routine(named.routine)
        trigger = self._half_placed(replies, routine.name, named.trigger, text, routine.name,
                                    offer=True)
        if trigger is not None:
            self._offer(replies, routine.name, trigger, place, now)

    def _offer(self, replies: TurnReplies, name: str, trigger: Trigger, place: Place,
               now: datetime, *, question: str = "") -> None:
        """"Shall I run movie night every day at sunset?" (or ``question``; "yes" adds
        it). A time no schedule can keep here (sunset with no location) is said at
        once, as "run movie night at sunset" says it."""
        try:
            check_trigger(trigger, place, now)
        except TeachappError as exc:
            replies.error(str(exc))
            return
        if trigger in self.store.routine(name).triggers:
            replies.info(f"{name_opening(name)} already runs {describe_trigger(trigger)}.")
            return
        assert self._ask is not None
        self._ask(replies, name, question or f"Shall I run {name_in_sentence(name)} "
                  f"{describe_trigger(trigger)}?", {"op": "schedule", "trigger": trigger})

    def _take_back(self, replies: TurnReplies, name: str, trigger: Trigger) -> bool:
        """"cancel that" or "undo" right after "run movie time in 5 minutes": the schedule
        just added goes (it was "OK, I'll leave things as they are", and it stayed)."""
        routine = self._still_kept(name, trigger)
        if routine is None:
            return False
        merged, replaced = self._merged or (None, [])
        rest = self._rest if merged == trigger else []
        if merged != trigger:
            replaced = []
        routine.triggers = [*[t for t in routine.triggers if t != trigger and t not in rest],
                            *replaced]
        self._rest = []
        self.store.save_routine(routine, replace=True)
        if len(replaced) == 1 and trigger.time is not None and replaced[0].time is not None:
            place = self._place()  # (a time moved back: the days it skipped move back too)
            skips_moved(self.store, routine.name, trigger.time, replaced[0].time, place,
                        self._now().astimezone(place.zone))
        self._changed()
        self._merged = None
        if replaced:  # (the days it had before stay: "cancel that" took all of them)
            replies.info(f"OK, {name_in_sentence(routine.name)} runs "
                         f"{spoken_list([describe_trigger(t) for t in replaced])} again.")
            return True
        replies.info(f"OK, {name_in_sentence(routine.name)} won't run {describe_trigger(trigger)}.")
        return True
