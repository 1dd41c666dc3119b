"""Timers by voice: a single device command for later, "turn off the telly in 30
minutes", "in 20 minutes turn the heating down to 18", "turn the lamp on at 7
tomorrow"; "cancel the telly timer", "cancel that" right after setting one.

What a sentence asks for is read in ``timer_reading``; whether the command is sure
enough to act on is the conversation's rule (``decision.decide``, through the ``sure``
callback). Chosen rules (docs/schedules.md):

- A sentence that is a device command as a whole stays one ("set the desk lamp at
  7" sets it to 7 %); a taught phrase said with a time schedules its routine
  (``ScheduleTalk``); words of repetition ("every day") make no timer.
- A bare hour after "turn on" ("turn on the desk lamp at 7") is asked about: "Do you
  mean tomorrow at 07:00, or at 7 % brightness?" (``hour_or_level``).
- A clock time without a day is its next coming ("at 11 pm" after 23:00 is
  tomorrow); a bare hour without am/pm or part of the day is whichever of the two
  (7:00 or 19:00) comes first, as a person setting a timer means.
- The values are fixed when the timer is set ("turn it down a bit in an hour" is
  worked out from the state now), and the devices are the ones named then.

Listing lives with the schedules ("what's scheduled?", "what timers are set?":
``ScheduleTalk``), so the two are one list.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any, TypeVar

from ..domain import SayStep, name_in_sentence, spoken_list
from ..errors import ScheduleError, TeachappError
from ..schedule import Place
from ..store import Timer
from ..triggers import describe_trigger
from ..understanding.parts import split_parts
from ..understanding.rephrase import request_kind
from . import intents as dialogue
from .cancel_words import ENDING_VERBS
from .day_words import NoSuchDay, day_alone
from .for_a_while import put_back
from .knowledge import find_routine
from .missing_things import no_such_thing
from .morning_routines import morning_routine
from .moved_to import Added, added_to, moved_to
from .reminders import (
    ALARM_TEXTS,
    ALARM_WHEN,
    DayWithoutTime,
    LengthUnsaid,
    OnceOnly,
    UnitUnsaid,
    WhatUnsaid,
    answers_when,
    length_timer,
    listed_as,
    parse_reminder,
    spoken_to_you,
    timer_name,
    unit_answered,
    wake_said_again,
    with_answer,
)
from .schedule_replies import left_on
from .schedule_talk import when_words
from .schedule_words import duration_words, set_for_later
from .teaching import step_words
from .time_words import (
    CLOCK_TIME,
    REPEATED,
    TimePassed,
    for_tomorrow,
    later,
    trigger_said,
    unit_unsaid_last,
)
from .timer_reading import (
    CANCEL_RE,
    PAUSE_RE,
    TimerRequest,
    clean,
    device_command,
    for_a_while_said,
    hour_or_level,
    moment_at,
    moment_of,
    parse_timer,
    splits,
    time_or_level,
    timer_sentence,
)
from .timer_when import paused_said, timer_when
from .timer_which import which_answer
from .turns import TurnReplies

if TYPE_CHECKING:
    from ..store import Store

__all__ = ["UNSET", "TimerRequest", "TimerTalk", "parse_timer", "timer_detail", "timer_sentence"]

_RUN_ROUTINE = re.compile(r"^(?:please )?(?:run|start|do|trigger|launch|activate|play) "
                          r"(?:the |my |our )?(?:routine )?(?P<name>.+?)(?: routine)?$")
"""A routine asked for by name with a verb: "run morning coffee", "start the bedtime
routine"."""

_ROUTINE_TO_RUN = re.compile(r"^(?:(?:please )?(?:change|set|make|move|have|get|let) )?"
                             r"(?:the |my |our )?(?:routine )?(?P<name>.+?)(?: routine)? "
                             r"(?:to run|to start|should run|should start|will run|runs)$")
"""A routine said with "run" after its name, as schedule talk says it: "change coffee time
to run", "coffee time should run" (then a time)."""

_THAT = re.compile(rf"^(?:(?:no|oh|ok|okay|actually|wait)[, ]+)*(?:cancel|stop|scrap|forget|"
                   rf"{ENDING_VERBS}|"
                   r"never\s*mind|undo)(?:\s+(?:that|it|this))?(?:\s+(?:please|timer))?$")
""""cancel that", "never mind", "actually cancel it": the timer just set."""
_UNDO = re.compile(r"^(?:(?:no|oh|ok|okay|actually|wait)[, ]+)*undo(?:\s+(?:that|it|this))?"
                   r"(?:\s+please)?$")
""""undo", "undo that": right after a pause or a resume, takes it back."""
_ALL = frozenset({"all", "all the", "every", "both"})
RECENT_SECONDS = 600.0
"""After a restart, "cancel that" means a timer set this recently (10 minutes, as
"also call it" after a restart)."""



def _level_said(command: Any) -> str:
    """The level a command as a whole sets, as asked about: "7 % brightness", "7 %
    volume", "7 °C"."""
    said = re.sub(r"^.*?\bto\s+", "", command.text)
    sets = {key for step in command.steps for key in getattr(step, "set", {})}
    noun = " brightness" if "brightness" in sets else " volume" if "volume" in sets else ""
    return f"{said}{noun}"


UNSET = "unset"
"""The turn's detail that says why a timer turn set nothing, as "why?" tells it
(``explain``): it said "You asked me to set or cancel a timer, and I did" after "When
should I remind you?"."""
_WHEN = ("You asked me to remind you, but said no time I could read, so I asked when; "
         "nothing is set yet.")
_WHICH = ("You asked me to {what}, but I was not sure enough which device you meant, so "
          "I asked first; nothing is done yet.")
_TIME_OR_LEVEL = ("You said a bare hour with \"turn on\", which could be a time or a "
                  "level, so I asked which; nothing is set yet.")
_KEPT = {"cancel": "stay set", "pause": "go on", "resume": "stay paused",
         "add": "stay as they were"}
"""What "neither" to "which timer?" leaves them doing, by the verb asked."""
_WHICH_TIMER = ("You asked me to cancel the {noun}, but {count} are set, so I asked which; "
                "nothing is cancelled yet.")
_PASSED = ("You asked me for a time today that has passed, so I asked whether you meant "
           "tomorrow; nothing is set yet.")
_REFUSED = ("You asked me for a timer or a reminder, but it could not be set as said (I "
            "said why); nothing is set.")


def timer_detail(text: str) -> str:
    """How a timer's run is named in the device history ("the timer to turn off TV")."""
    return f"the timer to {text}"



@dataclass
class _Asked:
    """"Which one?" about a timer's devices, or a change for a while's, answered on the
    next turn."""

    command: Any
    """The ``DeviceCommand`` asked about."""
    at: datetime | None
    """When the timer runs; None for a change for a while (done on the answer)."""
    said: str
    turn: int
    seconds: int = 0
    """How long a change for a while lasts."""
    level: Any = None
    """The command as a whole, when it was asked whether a bare hour was a time or this
    level ("turn on the desk lamp at 7": at 07:00, or at 7 %?)."""


@dataclass(frozen=True)
class _WhichAsked:
    """"Which timer?" asked of several (``_ask_which``): "the tv one" or "both" on the
    next turn does it (``_which_answered``)."""

    timers: tuple[int, ...]
    """The ids of the timers asked about."""
    turn: int
    """The turn it was asked on."""
    noun: str
    """What they are called: "timer", "alarm", "reminder"."""
    verb: str
    """What was asked: "cancel", "pause", "resume" or "add"."""
    said: str
    """The words that asked, read again for each timer chosen ("add 5 minutes")."""


@dataclass(frozen=True)
class _WhenAsked:
    """A reminder or alarm said without a time (or with one refused), its time asked:
    "at 5" on the next turn completes it."""

    words: str
    """The request's words kept for the answer ("remind me to pay rent")."""
    turn: int
    """The turn it was asked on."""


@dataclass(frozen=True)
class _OfferedTomorrow:
    """A reminder or alarm whose time today had passed, offered for tomorrow ("Shall I
    remind you tomorrow at 20:00?"): "yes" sets it."""

    words: str
    """The request as offered ("remind me to call mum tomorrow at 20:00")."""
    turn: int
    """The turn it was offered on."""


@dataclass(frozen=True)
class _Toggled:
    """The last pause or resume: "undo" right after takes it back."""

    timers: tuple[int, ...]
    """The ids of the timers paused or resumed."""
    paused: bool
    """True when they were paused, False when resumed."""
    turn: int
    """The turn it was done on."""


_Open = TypeVar("_Open", _Asked, _WhichAsked, _WhenAsked, _OfferedTomorrow)
"""A question of ours (or an offer) that waits for its answer on a later turn."""


def _waiting(words: str, exc: ScheduleError, asked: str) -> str:
    """The words of a reminder whose question was just asked, kept for the answer: a
    time today that has passed, or a date that does not exist, left out ("remind me on
    the 31st of november to pay rent": "remind me to pay rent", so "on the 30th of
    november at 9" completes it; they were kept whole, so every answer met the same
    refusal), or the question's own words again when the answer was the refused date."""
    if isinstance(exc, LengthUnsaid):
        return exc.words  # ("i need a timer please": "set a timer", the length next)
    if not isinstance(exc, NoSuchDay | TimePassed):
        return words
    if asked:
        return asked
    return " ".join(words.replace(exc.words, " ").split()) if exc.words in words else words


class TimerTalk:
    """Sets, cancels (and, through ScheduleTalk, lists) timers in the store."""

    def __init__(self, store: Store, place: Callable[[], Place], now: Callable[[], datetime],
                 parser: Callable[[], Any], sure: Callable[[Any], bool],
                 turn: Callable[[], int], changed: Callable[[], None] | None = None,
                 run_now: Callable[[TurnReplies, Any], Any] | None = None,
                 quiet_since: Callable[[int], bool] | None = None,
                 run_just_set: Callable[[], bool] | None = None,
                 ask: Callable[[TurnReplies, str, str, dict[str, Any]], None] | None = None,
                 stands_alone: Callable[[str], bool] | None = None) -> None:
        self.store = store
        self._stands_alone = stands_alone or (lambda text: False)
        """Whether words said at our question are a request of its own ("run movie night
        at 8" at "Do you mean at 19:00, or at 7 % brightness?"): done as said, and the
        question lapses (it set the desk lamp's timer, and movie night was not scheduled)."""
        self._ask_routine = ask
        """Opens a yes/no question of a routine (``ScheduleTalk``'s): "… Shall I run wake
        up every weekday at 07:00?" of an alarm asked for again and again."""
        self._place = place
        self._now = now
        self._parser = parser
        """A device-command parser over the devices as they are now."""
        self._sure = sure
        """Whether a command is sure enough to act on without a question (decide's rule)."""
        self._turn = turn
        self._quiet_since = quiet_since or (lambda turn: turn == self._turn() - 1)
        """Whether every turn after the one given only asked and was answered (the
        Assistant's rule): "cancel that" then still means the timer set on it."""
        self._changed = changed or (lambda: None)
        self._run_just_set = run_just_set or (lambda: False)
        """Whether a routine's one-off run was just set (``ScheduleTalk``): "add 5 minutes"
        then is its, not the only timer's."""
        self._run_now = run_now
        """Runs a device command now, as any command turn does (for "... for an hour")."""
        self._putting_back: set[tuple[int | None, float]] = set()
        """The timers (id, when set) that put back a change for a while, set in this
        session (an id alone may come again once its timer is gone)."""
        self._last: tuple[int, int] | None = None
        """(timer id, turn) of the timer just set or listed alone: "cancel that" means it."""
        self._asked: _Asked | None = None
        self._when_asked: _WhenAsked | None = None
        """The reminder said without a time: "at 5" on the next turn completes it."""
        self._offered: _OfferedTomorrow | None = None
        """The reminder or alarm offered for tomorrow when its time today had passed."""
        self._unit_asked: _WhenAsked | None = None
        """A device command "in 120" whose unit was asked: "seconds" next completes it."""
        self._toggled: _Toggled | None = None
        """The last pause or resume, while "undo" may take it back."""
        self._which: _WhichAsked | None = None
        """"Which timer?" while it waits for its answer."""

    def turn(self, replies: TurnReplies, text: str) -> bool:
        """Handle a timer sentence; False when ``text`` is not one. A turn that set
        nothing (a question asked back, a time refused) says so to "why?" (``UNSET``)."""
        handled = self._handle(replies, text)
        if handled and UNSET not in replies.detail and any(
                r.kind == "error" for r in replies.replies):
            replies.detail[UNSET] = _REFUSED
        return handled

    def _handle(self, replies: TurnReplies, text: str) -> bool:
        if self.store.phrase_owner(text) is not None:
            return False  # a taught phrase wins
        turn = self._turn()
        asked = self._asked = self._still_asked(self._asked)
        if asked is not None and asked.level is not None and self._stands_alone(text):
            asked = self._asked = None  # (at "which one?", "the tv" and a command naming
            # one of the devices still answer: ``_answer``)
        cleaned = clean(text)
        if asked is not None and self._answer(replies, asked, text):
            self._asked = None
            return True
        which = self._which = self._still_asked(self._which)
        if which is not None and self._which_answered(replies, which, text):
            return True
        if self._undo_pause(replies, cleaned, turn):
            return True
        if _THAT.match(cleaned):
            just_set = self._just_set(self._last, turn)
            if just_set:
                # "undo" after "the tv on for an hour" also puts the tv back: the
                # agent's undo goes on from here
                putting_back = any((t.id, t.created) in self._putting_back for t in just_set)
                self._cancel(replies, just_set)
                return not (cleaned.endswith("undo") and putting_back)
        if self._move(replies, text, turn) or self._pause(replies, cleaned, turn):
            return True
        no_waking = _NO_WAKING.match(cleaned)
        if no_waking is not None:  # ("don't wake me tomorrow": was offered for teaching)
            return self._cancel_named(replies, no_waking.group("day") or "", "cancel alarm")
        cancel = CANCEL_RE.match(cleaned)
        if cancel is not None:
            return self._cancel_named(replies, (cancel.group("before") or cancel.group("after")
                                                or "").strip(), cleaned)
        place = self._place()
        now = self._now().astimezone(place.zone)
        offered = self._offered = self._still_asked(self._offered)
        if offered is not None and dialogue.intent(text) == "yes":
            self._offered = self._when_asked = None
            return self._remind(replies, offered.words, now, place, offered.words,
                                asking=True)
        when_asked = self._when_asked = self._still_asked(self._when_asked)
        # (a question in passing is answered and ours kept: "what time is it?" at "What
        # should I remind you of at 8?" set a reminder "to what time is it"; an "ok" is
        # no answer either: it set "remind you to ok")
        if when_asked is not None and request_kind(cleaned) != "question" \
                and dialogue.intent(text) != "yes" and self._remind(
                replies, with_answer(when_asked.words, cleaned), now, place, text,
                asking=False, asked=when_asked.words):
            if self._when_asked is when_asked:  # (not asked again: "on 8 march", its time)
                self._when_asked = None
            return True
        if self._remind(replies, text, now, place, text, asking=True):
            return True
        parser = self._parser()
        unit_asked = self._unit_asked = self._still_asked(self._unit_asked)
        joined = unit_answered(unit_asked.words, cleaned) if unit_asked is not None else None
        if joined is not None:  # ("seconds", "2 hours" to "120 minutes or 120 seconds?")
            self._unit_asked = None
            return self._handle(replies, joined)
        if self._unit_question(replies, cleaned, parser):
            return True
        try:
            request = parse_timer(text, now, parser.parse)
        except ScheduleError as exc:
            if not (isinstance(exc, TimePassed) and self._passed_command(
                    replies, text, exc, now, parser, turn)):
                replies.error(str(exc))
            return True
        if request is None:
            return self._hour_or_level(replies, text, parser, now, turn) or self._lacking(
                replies, text, parser, now) or self._for_a_while(replies, text, parser, now)
        if request.repeated or self._routine_words(request.words):
            return False  # repeated: ScheduleTalk explains; a taught phrase: its schedule
        if self._other_request(request.words, parser):
            return False
        try:
            moment = moment_of(request, now, place)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        if not self._sure(request.command):
            self._ask(replies, _Asked(request.command, moment, text, turn),
                      when_words(moment, now))
            return True
        self._set(replies, request.command, moment, text, now)
        return True

    def _ask(self, replies: TurnReplies, asked: _Asked, when: str) -> None:
        """"Do you want me to turn off Bedroom lamp, … at 22:42? Say yes, or which one.":
        a command not sure enough to act on, said with a time or for a while (``when``),
        is asked about; the answer comes next (``_answer``)."""
        self._asked = asked
        devices = asked.command.devices
        which = (" Say yes, or which one." if len(devices) > 1 else "")
        wants = (f"Say yes for all of them, or which one: "
                 f"{spoken_list([d.name for d in devices], 'or')}." if which
                 else "Say yes or no.")
        declined = "OK, no timer." if asked.at is not None else \
            "OK, I'll leave things as they are."
        replies.detail[UNSET] = _WHICH.format(
            what="change a device later" if asked.at is not None else "change a device for a while")
        replies.talk_question(f"Do you want me to {asked.command.text} {when}?{which}",
                              declined, wants)

    def _hour_or_level(self, replies: TurnReplies, text: str, parser: Any, now: datetime,
                       turn: int) -> bool:
        """"turn on the desk lamp at 7" (``hour_or_level``): "Do you mean at 07:00, or at 7
        % brightness?", answered next (``_time_or_level``). It set 7 % at once."""
        try:
            request = hour_or_level(text, now, parser.parse)
            if request is None:
                return False
            moment = moment_of(request, now, self._place())
        except TeachappError:
            return False  # (read as the command it is as a whole)
        whole = device_command(parser.parse, clean(text))
        self._asked = _Asked(request.command, moment, text, turn, level=whole)
        replies.detail[UNSET] = _TIME_OR_LEVEL
        replies.talk_question(f"Do you mean {when_words(moment, now)}, or at "
                              f"{_level_said(whole)}?", "OK, I'll leave things as they are.",
                              "Say \"the time\" for a timer, or \"brightness\" for the level.")
        return True

    def _time_or_level(self, replies: TurnReplies, asked: _Asked, text: str) -> bool:
        """The answer to "at 07:00, or at 7 % brightness?": "the time", "7 am", "at 7
        o'clock" set the timer (a half of the day said moves it there: "7 pm" is 19:00);
        "brightness", "percent" set the level now. False for any other answer."""
        meant = time_or_level(text)
        if meant is None:
            return False
        if meant == "level":
            if self._run_now is not None:
                self._run_now(replies, asked.level)
            return True
        place = self._place()
        now = self._now().astimezone(place.zone)
        moment = asked.at
        clock = CLOCK_TIME.search(clean(text))
        if clock is not None:
            try:
                said = f"at {clock.group(0)}"
                trigger = trigger_said(said, now)
                if trigger is not None:
                    moment = moment_at(trigger, said, now, place)
            except TeachappError:
                pass  # (the hour asked about, as first read)
        assert moment is not None
        self._set(replies, asked.command, moment, asked.said, now)
        return True

    def _move(self, replies: TurnReplies, text: str, turn: int) -> bool:
        """"make it 10 minutes", "change that to half an hour", "make it 7 instead" right
        after a timer or reminder was set (``_just_set``, as "cancel that"): it moves
        there (``moved_to``). Time added ("add 5 minutes", "5 more minutes": ``added_to``)
        goes to that timer, to the only one set, or to the one named ("add 5 minutes to
        the pasta timer"). False when ``text`` is no such change."""
        added = added_to(text)
        just_set = self._just_set(self._last, turn)
        if added is not None and (added.target or len(just_set) != 1):
            if not added.target and self._run_just_set():
                return False  # ("run movie night in 10 minutes", "add 5 minutes")
            just_set = self._to_add_to(replies, added)
            if not just_set:
                return True
        if len(just_set) != 1:
            return False
        return self._move_one(replies, just_set[0], text, added)

    def _move_one(self, replies: TurnReplies, timer: Timer, text: str,
                  added: Added | None) -> bool:
        """``timer`` moved as ``text`` says (``_move``); False when it says no time."""
        now = self._now().astimezone(self._place().zone)
        at = timer.at if timer.paused_left is None else now.timestamp() + timer.paused_left
        moment = moved_to(text, timer.said, datetime.fromtimestamp(at, now.tzinfo), now,
                          self._place())
        if moment is None:
            return False
        if timer.paused and moment.timestamp() > now.timestamp() and timer.id is not None:
            # (paused: it keeps waiting, with the new time left)
            paused = self.store.pause_timer(timer.id, moment.timestamp() - now.timestamp())
            self._changed()
            replies.info("That timer is no longer set (it ran, or was cancelled)."
                         if paused is None else f"OK, {left_on(paused, now)}")
            return True
        if moment.timestamp() <= now.timestamp():
            replies.error(f"{moment:%H:%M} has passed; say a time still to come.")
            return True
        if not self.store.remove_timers([timer.id] if timer.id is not None else []):
            replies.info("That timer is no longer set (it ran, or was cancelled).")
            return True
        steps, words = list(timer.steps), timer.text
        name = timer_name(timer.text)
        if name is not None:  # ("set a timer for 10 minutes": it is of the new length now)
            began = now if added is None else datetime.fromtimestamp(timer.created, now.tzinfo)
            says, words = length_timer(duration_words(moment - began), name)
            steps = [SayStep(says)]
        moved = self._add(replies, steps, words, moment, timer.said, now, instead=True,
                          left=added is not None)
        if moved is not None and (timer.id, timer.created) in self._putting_back:
            self._putting_back.add((moved.id, moved.created))
        return True

    def _pause(self, replies: TurnReplies, cleaned: str, turn: int) -> bool:
        """"pause the timer", "hold the pasta timer for a bit", "pause it" (the timer just
        set or asked about): it keeps the time it had left, as a kitchen timer does, and
        "resume the timer" goes on from there (an alarm, set for a time of day, is not
        paused). Several set: which, or "all". False when ``cleaned`` asks neither."""
        asked = PAUSE_RE.match(cleaned)
        if asked is None:
            return False
        what, pausing = asked["what"], bool(asked["pause"])
        just = self._just_set(self._last, turn) if what in ("it", "that", "this") else None
        if just is not None and not just:
            return False
        timers = just or self.store.timers()
        if not timers:
            replies.info("No timer is set.")
            return True
        named = re.sub(r"^(?:the|my|that|this|all)\s+(?:the\s+|my\s+)?", "", what)
        everything = what.startswith("all") or named.endswith("s")
        named = re.sub(r"s$", "", named)
        if just is None and named != "timer":
            timers = self._named(named, timers)
            if not timers:
                replies.info(f"No timer is set for the {re.sub(r' timer$', '', named)}. Set: "
                             f"{self._listed(self.store.timers())}.")
                return True
        verb = "pause" if pausing else "resume"
        wanted = [t for t in timers if t.paused != pausing and t.text not in ALARM_TEXTS]
        if not wanted:
            self._nothing_to(replies, timers, pausing)
            return True
        if len(wanted) > 1 and not everything:
            self._ask_which(replies, wanted, "timer", verb=verb)
            return True
        self._toggle(replies, wanted, pausing, turn)
        return True

    def _toggle(self, replies: TurnReplies, timers: list[Timer], pausing: bool, turn: int,
                *, undone: bool = False) -> None:
        """Pause (or resume) ``timers`` and say how long each has left; "undo" right
        after puts them back (``_undo_pause``)."""
        now = self._now().astimezone(self._place().zone)
        done: list[Timer] = []
        for timer in timers:
            if timer.id is None:
                continue
            changed = (self.store.pause_timer(timer.id, max(1.0, timer.at - now.timestamp()))
                       if pausing else self.store.resume_timer(
                           timer.id, now.timestamp() + (timer.paused_left or 0.0)))
            if changed is not None:
                done.append(changed)
        if not done:
            replies.info("That timer is no longer set (it ran, or was cancelled).")
            return
        self._changed()
        self._toggled = _Toggled(tuple(t.id for t in done if t.id is not None), pausing, turn)
        self._last = (done[0].id, turn) if len(done) == 1 and done[0].id is not None else None
        if pausing:
            said = f"{paused_said(done)}. Say \"resume the timer\" to go on."
        else:
            said = ("Undone: it runs again. " if undone else "Resumed: ") + " ".join(
                left_on(t, now) for t in done)
        replies.info(f"Undone: {said[0].lower()}{said[1:]}" if undone and pausing else said)

    def _nothing_to(self, replies: TurnReplies, timers: list[Timer], pausing: bool) -> None:
        """Nothing of ``timers`` to pause (all paused already, or alarms) or to resume
        (none paused): said so, with how long each has left."""
        now = self._now().astimezone(self._place().zone)
        left = " ".join(left_on(t, now) for t in timers[:3])
        if pausing and all(t.text in ALARM_TEXTS for t in timers):
            replies.info("An alarm goes off at its time of day, so it can't be paused. "
                         + left + " Say \"cancel the alarm\" to call it off.")
        elif pausing:
            replies.info(f"Already paused. {left} Say \"resume the timer\" to go on.")
        else:
            replies.info(f"No timer is paused. {left}")

    def _undo_pause(self, replies: TurnReplies, cleaned: str, turn: int) -> bool:
        """"undo" right after "pause the timer" lets it run again (after "resume the
        timer", pauses it again), with the time it had; False otherwise."""
        toggled = self._toggled
        if toggled is None or not _UNDO.match(cleaned) or not self._quiet_since(toggled.turn):
            return False
        pausing = toggled.paused
        self._toggled = None
        timers = [t for t in self.store.timers()
                  if t.id in toggled.timers and t.paused == pausing]
        if not timers:
            replies.info("That timer is no longer set (it ran, or was cancelled).")
            return True
        self._toggle(replies, timers, not pausing, turn, undone=True)
        self._toggled = None
        return True

    def _to_add_to(self, replies: TurnReplies, added: Added) -> list[Timer]:
        """The one timer time is added to ("add 5 minutes to the pasta timer": the one
        named; "add 5 minutes": the only one set), or none, said why."""
        timers = self.store.timers()
        if added.target:
            timers = self._named(added.target, timers)
        if len(timers) == 1:
            return timers
        if not timers:
            named = f" for the {added.target}" if added.target else ""
            replies.info(f"No timer is set{named}.")
            return []
        self._ask_which(replies, timers, "timer", verb="add", said=
                        f"add {duration_words(timedelta(seconds=added.seconds))}")
        return []

    def _named(self, named: str, timers: list[Timer]) -> list[Timer]:
        """The timers ``named`` names: a reminder or an alarm by its noun, a plain timer
        or a reminder by its own words ("pasta", "call mum"), a device timer by its
        device ("telly")."""
        named = re.sub(r"\s+timer$", "", named)
        if named in ("reminder", "alarm"):
            return [t for t in timers if _kind_of(t) == named]
        parser = self._parser()
        return [t for t in timers if _names(named, t) or parser.picked(
            named, [d for d in parser.devices if any(getattr(s, "device", None) == d.id
                                                    for s in t.steps)])]

    def _still_asked(self, asked: _Open | None) -> _Open | None:
        """``asked`` (a question of ours and the turn it was asked on) while it is still
        open: every turn since only asked and was answered ("what time is it?" at "Say
        yes, or which one."), so the answer may come after them; None once a turn did
        something else (a request, "no"). The dialogue keeps the question open alike
        (``TurnOrder._still_open``)."""
        return asked if asked is not None and self._quiet_since(asked.turn) else None

    def _unit_question(self, replies: TurnReplies, cleaned: str, parser: Any) -> bool:
        """"turn off the tv in 120": minutes or seconds is asked, as a timer's is
        (``reminders.UnitUnsaid``), and the next turn may give just the unit; it was
        offered for teaching. False when the words before "in" are no device command."""
        said = unit_unsaid_last(cleaned)
        if said is None or self._routine_words(said[0]) or parser.parse(said[0]) is None:
            return False
        self._unit_asked = _WhenAsked(cleaned, self._turn())
        replies.detail[UNSET] = _WHEN
        replies.talk_question(f"{said[1]} minutes or {said[1]} seconds?", "OK, I won't.")
        return True

    def _routine_words(self, words: str) -> bool:
        """Whether ``words`` name a routine, so a time with them is its schedule's: a
        taught phrase, or "run"/"start" and a routine's name or phrase ("run morning
        coffee tomorrow at 7" offered "Do you want me to turn on Coffee maker tomorrow
        at 07:00?", "run" read as "turn on"; "run the coffee maker" is still a command),
        or its name then "to run" ("change coffee time to run at 8" set a timer to turn
        on Coffee maker; "change movie night to run at 8" was asked about)."""
        if self.store.phrase_owner(words) is not None:
            return True
        said = " ".join(words.casefold().split())
        named = _RUN_ROUTINE.match(said) or _ROUTINE_TO_RUN.match(said)
        return named is not None and find_routine(self.store, named.group("name")) is not None

    def part_timer(self, text: str, parser: Any) -> tuple[TimerRequest, datetime] | None:
        """The timer one part of a sentence asks for ("lights off in ten minutes" of "...
        and lock up"), read as a turn's own is, and when it runs; None when the part is
        no timer, names a taught phrase, is repeated, cannot be, or is not sure enough to
        set without a question (the part is then decided as any other)."""
        if self.store.phrase_owner(text) is not None:
            return None
        place = self._place()
        now = self._now().astimezone(place.zone)
        try:
            request = parse_timer(text, now, parser.parse)
            if request is None or request.repeated or self._routine_words(request.words):
                return None
            moment = moment_of(request, now, place)
        except TeachappError:
            return None
        if moment.timestamp() <= now.timestamp() or not self._sure(request.command):
            return None
        return request, moment

    def set_part_timer(self, replies: TurnReplies, request: TimerRequest, moment: datetime,
                       said: str, *, with_run: bool) -> None:
        """Set the timer ``part_timer`` read, with the reply a timer turn gives.
        ``with_run``: the sentence also ran something now, so "undo" right after
        cancels this timer and goes on to put back that run (all of the sentence)."""
        now = self._now().astimezone(self._place().zone)
        timer = self._add(replies, list(request.command.steps), request.command.text,
                          moment, said, now)
        if timer is not None and with_run:
            self._putting_back.add((timer.id, timer.created))

    def _other_request(self, words: str, parser: Any) -> bool:
        """Whether the words a time was said with hold a request of another kind
        ("movie mode and turn off the tv in an hour"): the parser read only the device
        command in them, so the sentence is left to its parts (``multipart``), where the
        time goes with the part it was said in. Commands and names alone ("lock up and
        lights off in ten minutes", "the tv and the lamp off at 10") stay one timer."""
        parts = split_parts(words)
        return len(parts) > 1 and any(
            device_command(parser.parse, p) is None and not parser.only_names(p) for p in parts)

    def _lacking(self, replies: TurnReplies, text: str, parser: Any, now: datetime) -> bool:
        """"turn on the hot tub in the morning": a command with a time for a thing this
        home lacks gets the answer the command alone would ("This home has no hot tub. I
        can turn on ..."), not one about the time's words ("no morning"); False when no
        split of ``text`` is such a command (a taught phrase, or a time that repeats, is
        the schedules'), or nothing here takes the action (the sentence is then offered
        for teaching, as any other)."""
        for words, when in splits(clean(text)):
            if REPEATED.search(when) or self._routine_words(words.rstrip(",")):
                continue  # a schedule's words, or a taught phrase's schedule
            try:
                if trigger_said(when, now) is None:
                    continue
            except ScheduleError:
                continue
            found = no_such_thing(words.rstrip(","), parser)
            if found is not None and not found.offer_teach:
                replies.info(found.text)
                return True
        return False

    def _for_a_while(self, replies: TurnReplies, text: str, parser: Any,
                     now: datetime) -> bool:
        """"turn the tv on for an hour": the command now, and a timer that puts it back
        (``for_a_while``); one not sure enough to act on ("the lamp" of three) is asked
        about first, as a timer's is. False when ``text`` is no such thing."""
        if self._run_now is None:
            return False
        wanted = for_a_while_said(text, parser)
        if wanted is None or self._routine_words(wanted.words):
            return False
        if not self._sure(wanted.command):
            self._ask(replies, _Asked(wanted.command, None, text, self._turn(), wanted.seconds),
                      wanted.length)
            return True
        self._while(replies, wanted.command, wanted.seconds, text, now)
        return True

    def _while(self, replies: TurnReplies, command: Any, seconds: int, said: str,
               now: datetime) -> None:
        """Run ``command`` now and set the timer that puts back what it changed."""
        assert self._run_now is not None
        devices = self._parser().devices
        back = put_back(command.steps, devices)  # from the states before the run
        result = self._run_now(replies, command)
        if result is None or not result.ok:
            return  # the run's own reply says what went wrong; nothing to put back
        if not back:
            replies.info("It was already so, so there is nothing to put back later.")
            return
        names = {d.id: d.name for d in devices}
        words = spoken_list([step_words(step, names) for step in back])
        timer = self._add(replies, list(back), words, later(now, seconds),
                          said, now)
        if timer is not None:
            self._putting_back.add((timer.id, timer.created))

    def _remind(self, replies: TurnReplies, words: str, now: datetime, place: Place,
                said: str, *, asking: bool, asked: str = "") -> bool:
        """A reminder or a plain timer ("remind me to call mum at 5", "set a timer for 10
        minutes"): stored as a timer that says its words. Without a time, "When should I
        remind you?" (``asking``), and the next turn may give just the time: ``words`` are
        then the question's (``asked``) and that turn's, read as one only when that turn
        gave the time alone (``answers_when``)."""
        try:
            reminder = parse_reminder(words, now)
            if asked and reminder is not None and not answers_when(asked, reminder):
                return False  # (another request: it runs as itself, the question let go)
        except ScheduleError as exc:
            if not asking and not (isinstance(exc, NoSuchDay | DayWithoutTime)
                                   and day_alone(words[len(asked):], now)) \
                    and not isinstance(exc, WhatUnsaid):
                return False  # (an answer is a day alone: "on 8 march" asks its time; a
                # time alone asks what to remind of)
            if isinstance(exc, TimePassed):
                self._passed(replies, words, exc, now, asked)
                return True
            if isinstance(exc, OnceOnly):  # (a refusal, not a question)
                if not self._morning_offered(replies, words, now):
                    replies.error(str(exc))
                return True
            self._when_asked = _WhenAsked(_waiting(clean(words), exc, asked), self._turn())
            replies.detail[UNSET] = _WHEN
            replies.talk_question(str(exc), "OK, no alarm." if str(exc).startswith(
                ALARM_WHEN) else "OK, no timer." if isinstance(exc, UnitUnsaid | LengthUnsaid)
                else "OK, no reminder.")  # (an alarm was "OK, no reminder.")
            return True
        if reminder is None:
            return False
        try:
            moment = moment_at(reminder.trigger, reminder.when, now, place,
                               morning_first=reminder.text in ALARM_TEXTS)
        except TeachappError as exc:
            replies.error(str(exc))
            return True
        self._add(replies, [SayStep(reminder.says)], reminder.text, moment, said, now)
        return True

    def _passed(self, replies: TurnReplies, words: str, exc: TimePassed, now: datetime,
                asked: str) -> None:
        """"remind me to call mum at 8 tonight" said at 21:00: said to have passed, and
        the same time tomorrow offered ("yes" sets it; "at 10 pm" or "tomorrow at 7"
        completes the reminder instead). It was read as "call mum at 8", tonight at
        22:00 (the shorter words "tonight" being a time too)."""
        cleaned = clean(words)
        alarm = "remind" not in cleaned
        rest = "set an alarm" if alarm else _waiting(cleaned, exc, asked)
        tomorrow = f"tomorrow at {exc.at:%H:%M}"
        self._when_asked = _WhenAsked(rest, self._turn())
        self._offered = _OfferedTomorrow(f"{rest} {tomorrow}", self._turn())
        replies.detail[UNSET] = _PASSED
        offer = f"set the alarm for {tomorrow}" if alarm else f"remind you {tomorrow}"
        replies.talk_question(f"{exc.at:%H:%M} today has passed (it is {now:%H:%M}). Shall I "
                              f"{offer}?", "OK, no alarm." if alarm else "OK, no reminder.",
                              f"Say yes for {tomorrow}, or a time, like \"at 10 pm\".")

    def _passed_command(self, replies: TurnReplies, text: str, exc: TimePassed, now: datetime,
                        parser: Any, turn: int) -> bool:
        """"turn off the tv at 8 tonight" said at 21:00: said to have passed, and the same
        time tomorrow asked about ("Do you want me to turn off TV tomorrow at 20:00?",
        "yes" sets it), as a reminder's is (``_passed``); it was only told to say
        "tomorrow at 20:00". False when the words for tomorrow do not read."""
        said = for_tomorrow(clean(text))
        try:
            request = parse_timer(said, now, parser.parse)
            if request is None or request.repeated:
                return False
            moment = moment_of(request, now, self._place()).replace(
                hour=exc.at.hour, minute=exc.at.minute)  # (the same time: "today at 8"
            # at 21:00 passed at 20:00, and "tomorrow at 8" reads 08:00)
        except TeachappError:
            return False
        replies.info(f"{exc.at:%H:%M} today has passed (it is {now:%H:%M}).")
        self._ask(replies, _Asked(request.command, moment, said, turn), when_words(moment, now))
        replies.detail[UNSET] = _PASSED  # (what "why?" says: not "not sure which device")
        return True

    def _morning_offered(self, replies: TurnReplies, words: str, now: datetime) -> bool:
        """"wake me up at 7 on weekdays": an alarm goes off once, so the routine named
        for the morning is offered on that schedule ("yes" adds it; it was refused, "I
        can only remind you once, …"). False when there is no one such routine."""
        when = wake_said_again(words)
        routine = morning_routine(self.store.routines()) if when else None
        if when is None or routine is None or self._ask_routine is None:
            return False
        try:
            trigger = trigger_said(when, now)
        except ScheduleError:
            return False
        if trigger is None or trigger.kind != "time" or trigger.time is None \
                or trigger.time.hour >= 12:
            return False  # (an alarm at 19:00 is no waking)
        said = name_in_sentence(routine.name)
        if trigger in routine.triggers:
            replies.info(f"An alarm goes off only once, but {said} already runs "
                         f"{describe_trigger(trigger)}.")
            return True
        self._ask_routine(replies, routine.name, f"An alarm goes off only once. Shall I run "
                          f"{said} {describe_trigger(trigger)} instead?",
                          {"op": "schedule", "trigger": trigger})
        return True

    def listed(self, timers: list[Timer]) -> None:
        """A list of the timers was just said: with one timer in it, "cancel that" on
        the next turn means that one, as right after setting it; with several, none."""
        one = timers[0].id if len(timers) == 1 else None
        self._last = (one, self._turn()) if one is not None else None

    def _just_set(self, last: tuple[int, int] | None, turn: int) -> list[Timer]:
        """The timer "cancel that" means: the one set on a turn that only questions
        answered followed (``quiet_since``); on the first turn
        of a session (the next ``teachapp run``, a restart) the newest one set in the
        last ``RECENT_SECONDS``, as "also call it" finds its routine after a restart."""
        timers = self.store.timers()
        if last is not None and self._quiet_since(last[1]):
            return [t for t in timers if t.id == last[0]]
        if turn != 1 or not timers:
            return []
        newest = max(timers, key=lambda t: t.created)
        recent = self._now().timestamp() - newest.created <= RECENT_SECONDS
        return [newest] if recent else []

    def _answer(self, replies: TurnReplies, asked: _Asked, text: str) -> bool:
        if asked.level is not None:
            return self._time_or_level(replies, asked, text)
        kind = dialogue.intent(text)
        now = self._now().astimezone(self._place().zone)
        command = asked.command
        if kind != "yes":
            picked = self._parser().picked(text, command.devices)
            if not picked:
                return False
            command = command.only(picked)
        if asked.at is None:
            self._while(replies, command, asked.seconds, asked.said, now)
        else:
            self._set(replies, command, asked.at, asked.said, now)
        return True

    def _set(self, replies: TurnReplies, command: Any, moment: datetime, said: str,
             now: datetime) -> None:
        self._add(replies, list(command.steps), command.text, moment, said, now)

    def _add(self, replies: TurnReplies, steps: list[Any], text: str, moment: datetime,
             said: str, now: datetime, *, instead: bool = False,
             left: bool = False) -> Timer | None:
        """Store a timer and say so; ``instead``: it was moved there; ``left``: time was
        added to it, so the time left is said ("OK, 12 minutes left on your 15-minute
        timer ...")."""
        if moment.timestamp() <= now.timestamp():  # (in real time: a time in one zone
            # compares as wall time, so 02:19 after the clocks go back, 20 minutes after
            # 02:59, "has passed")
            replies.error(f"{moment:%H:%M} has passed; say a time still to come.")
            return None
        same = next((t for t in self.store.timers() if {t.text, text} <= set(ALARM_TEXTS)
                     and not t.paused and abs(t.at - moment.timestamp()) < 1), None)
        if same is not None and not (instead or left):  # ("wake me at 6:45 tomorrow"
            # said twice set two alarms, both listed; other timers stay as they were)
            self._last = (int(same.id or 0), self._turn())
            replies.info(f"That's already set. {left_on(same, now)}")
            return same
        timer = self.store.add_timer(Timer(
            at=moment.astimezone(UTC).timestamp(), steps=steps,
            text=text, said=said, created=now.astimezone(UTC).timestamp()))
        if timer.id is not None:
            self._last = (timer.id, self._turn())
        self._changed()
        replies.info(f"OK, {left_on(timer, now)}" if left else
                     set_for_later(f"I'll {text}", moment, now, said, instead=instead))
        return timer

    def _cancel_named(self, replies: TurnReplies, named: str, cleaned: str) -> bool:
        """"cancel the telly timer": the timers whose devices the words name; "cancel
        the pasta timer", "cancel my reminder to call mum": those their own words name;
        "cancel the timer" (or "the reminder") the only one (or all, with "all"). False
        when no timer has those words and they name a routine set to run once ("cancel
        the reading mode timer" after "reading mode in 5 minutes", listed with the
        timers): that is the schedule talk's."""
        timers = self.store.timers()
        if named and self._routine_once(named) and not any(_names(named, t) for t in timers):
            return False
        noun = next((n for n in ("reminder", "alarm") if re.search(rf"\b{n}s?\b", cleaned)),
                    "timer")
        plain = [t for t in timers if _kind_of(t) == noun]
        if noun != "timer":
            timers = plain
        elif plain and re.search(r"\btimers?\b", cleaned):
            timers = plain  # ("cancel the timer" beside a reminder: the timer; it asked
            # "There are 2 timers: 10-minute timer ...; reminder to call mum")
        if not timers:
            replies.info(f"No {noun} is set.")
            return True
        everything = named in _ALL or re.search(rf"\ball\b|\b{noun}s\b", cleaned) is not None
        if not named or everything:
            if len(timers) == 1 or everything:
                self._cancel(replies, timers)
                return True
            self._ask_which(replies, timers, noun)
            return True
        if noun == "alarm" or _CLOCK_NAMED.fullmatch(named):
            # "cancel the 7 am alarm", "cancel the alarm at 6:30", "cancel the timer at 22:30"
            self._cancel_at(replies, named, timers, noun)
            return True
        chosen = self._named(named, timers)
        if not chosen:
            replies.info(f"No {noun} is set for the {named}. Set: {self._listed(timers)}.")
            return True
        self._cancel(replies, chosen)
        return True

    def _ask_which(self, replies: TurnReplies, timers: list[Timer], noun: str,
                   missed: str = "", *, verb: str = "cancel", said: str = "") -> None:
        """"cancel the timer" (or "pause", "resume" it) with several set: which, asked
        and held open, so the next turn may say just "the tv one", "both" or "neither"
        (``_which_answered``); it was only told, and "the tv one" then set the TV's
        volume to 1 %. ``missed``: an answer that named none of them ("the fan one"),
        said first. ``said``: the words that asked, for "add" ("add 5 minutes")."""
        examples = [self._example(t) for t in timers]  # one that picks a timer alone
        example = next((e for e in examples if e not in ("timer", "reminder")
                        and examples.count(e) == 1), "")
        every = "both" if len(timers) == 2 else f"all {len(timers)}"
        self._which = _WhichAsked(tuple(t.id for t in timers if t.id is not None),
                                  self._turn(), noun, verb, said)
        replies.detail[UNSET] = _WHICH_TIMER.format(count=len(timers), noun=noun)
        lead = f"No {noun} is set for {missed}. " if missed else ""
        paused = " paused" if verb == "resume" else ""
        one = f"the {re.sub(r' (?:timer|alarm)$', '', example)} one" if example else \
            "the first one"  # (timers alike, "10-minute timer" twice: by their order)
        picked = f"{verb} the {example}" if example else one  # (said, or its answer)
        for_example = (f"\"{said} to the {example}\"" if example else f"\"{one}\"") \
            if verb == "add" else f"\"{picked}\", or \"{verb} all {noun}s\""
        replies.talk_question(
            f"{lead}There are {len(timers)}{paused} {noun}s: {self._listed(timers)}. Say "
            f"which, e.g. {for_example}.",
            f"OK, {every} {noun}s {_KEPT[verb]}.",
            f"Which {noun}? Say, for example, \"{one}\", "
            f"\"{'both' if len(timers) == 2 else 'all of them'}\" or \"neither\".")

    def _which_answered(self, replies: TurnReplies,
                        which: _WhichAsked, text: str) -> bool:
        """The answer to "which timer?" (``_ask_which``): "the tv one", "the pasta timer",
        "the second one" cancel (pause, resume) it; "both", "all of them" every one asked about;
        "neither" none. A bare "tv" that is also a request of its own ("lights off") is
        that request, and the question lapses; an answer naming no timer asked about is
        told so and asked again. False when ``text`` answers nothing."""
        answer = which_answer(text)
        if answer is None:
            return False
        ids, noun, verb, said = which.timers, which.noun, which.verb, which.said
        timers = [t for t in self.store.timers() if t.id in ids]
        if not answer.shaped and self._stands_alone(text):
            return False
        if answer.keep:
            self._which = None
            replies.info(f"OK, {'both' if len(ids) == 2 else 'all'} {noun}s {_KEPT[verb]}.")
            return True
        if answer.every:
            self._which = None
            self._do_which(replies, timers, verb, said)
            return True
        chosen = (self._named(answer.named, timers) if answer.named else
                  timers[answer.nth:answer.nth + 1 or None] if answer.nth is not None
                  and -len(timers) <= answer.nth < len(timers) else [])
        if chosen or (timers and not answer.shaped):
            if chosen:
                self._which = None
                self._do_which(replies, chosen, verb, said)
            return bool(chosen)
        if not timers:
            self._which = None
            replies.info(f"Those {noun}s are no longer set (they ran, or were cancelled).")
            return True
        self._ask_which(replies, timers, noun, f"the {answer.named}" if answer.named
                        else "that one", verb=verb, said=said)
        return True

    def _do_which(self, replies: TurnReplies, timers: list[Timer], verb: str,
                  said: str) -> None:
        """What "which timer?" asked about, done to the ``timers`` chosen (``said``: the
        words that asked, read again for each: "add 5 minutes")."""
        if verb == "cancel":
            self._cancel(replies, timers)
        elif verb == "add":
            for timer in timers:
                self._move_one(replies, timer, said, added_to(said))
        else:
            self._toggle(replies, timers, verb == "pause", self._turn())

    def _routine_once(self, named: str) -> bool:
        """Whether ``named`` (a taught phrase or a routine's name) is a routine set to run
        once at a moment."""
        name = self.store.phrase_owner(named) or next(
            (n for n in self.store.routine_names() if n.casefold() == named.casefold()), None)
        return name is not None and any(
            t.kind == "once" for t in self.store.routine(name).triggers)

    def _cancel_at(self, replies: TurnReplies, named: str, alarms: list[Timer],
                   noun: str) -> None:
        """The timers (of ``noun``) whose clock time ``named`` says ("7 am", "at 6:30",
        "8 o'clock")."""
        said = re.search(r"(\d{1,2})(?::(\d\d))?", named)
        zone = self._place().zone
        chosen = [] if said is None else [
            t for t in alarms if not t.paused
            and datetime.fromtimestamp(t.at, zone).hour % 12 == int(said.group(1)) % 12
            and datetime.fromtimestamp(t.at, zone).minute == int(said.group(2) or 0)]
        day = _DAY_NAMED.fullmatch(named)
        if said is None and day is not None:  # "cancel tomorrow's alarm", "don't wake me
            # tomorrow" (it was "No alarm is set for tomorrow's. Set: …")
            today = self._now().astimezone(zone).date()
            on = today + timedelta(days=1) if day.group("day") == "tomorrow" else today
            chosen = [t for t in alarms if datetime.fromtimestamp(t.at, zone).date() == on]
            named = "tomorrow" if day.group("day") == "tomorrow" else "today"
            if len(chosen) > 1:
                times = spoken_list([f"{datetime.fromtimestamp(t.at, zone):%H:%M}"
                                     for t in chosen])
                first = datetime.fromtimestamp(chosen[0].at, zone)
                replies.info(f"There are {len(chosen)} {noun}s {named}, at {times}. Say which, "
                             f"e.g. \"cancel the {first:%-H:%M} {noun}\", or \"cancel all "
                             f"{noun}s\".")
                return
        if not chosen:
            replies.info(f"No {noun} is set for {named}. Set: {self._listed(alarms)}.")
            return
        self._cancel(replies, chosen)

    def pending(self) -> list[tuple[int, str]]:
        """The timers not yet run, soonest first: each id with the words "what's
        scheduled?" says it in, the time left too when soon ("turn off TV at 16:18 (in
        30 minutes)"; the window's card said "at 16:18" alone, leaving the sum to do)."""
        now = self._now().astimezone(self._place().zone)
        return [(int(t.id or 0), f"{listed_as(t.text)} {timer_when(t, now)}")
                for t in self.store.timers() if t.id is not None]

    def cancel_one(self, replies: TurnReplies, timer_id: int) -> None:
        """Cancel the timer picked by its id (a window's Cancel button), with the words
        "cancel the telly timer" gets."""
        self._cancel(replies, [t for t in self.store.timers() if t.id == timer_id])

    def pausable(self) -> dict[int, bool]:
        """The timers that can be paused or resumed (an alarm, set for a time of day,
        cannot), each id with whether it is paused now: the window's Pause/Resume."""
        return {t.id: t.paused for t in self.store.timers()
                if t.id is not None and t.text not in ALARM_TEXTS}

    def pause_one(self, replies: TurnReplies, timer_id: int, pausing: bool) -> None:
        """Pause (or resume) the timer picked by its id (a window's button), with the
        check, words and "undo" of "pause the pasta timer"."""
        timers = [t for t in self.store.timers() if t.id == timer_id]
        wanted = [t for t in timers if t.paused != pausing and t.text not in ALARM_TEXTS]
        if not timers:
            replies.info("That timer is no longer set (it ran, or was cancelled).")
        elif not wanted:
            self._nothing_to(replies, timers, pausing)
        else:
            self._toggle(replies, wanted, pausing, self._turn())

    def _cancel(self, replies: TurnReplies, timers: list[Timer]) -> None:
        gone = self.store.remove_timers([t.id for t in timers if t.id is not None]) \
            if timers else 0
        self._putting_back -= {(t.id, t.created) for t in timers}
        if not gone:
            replies.info("That timer is no longer set (it ran, or was cancelled).")
            return
        self._changed()
        replies.info(f"Cancelled {spoken_list(self._cancelled(timers))}.")

    def _cancelled(self, timers: list[Timer]) -> list[str]:
        """Each timer cancelled as the list and the window's card name it: "the 3-minute
        timer at 21:10", "the reminder to call mum at 23:00", "the alarm tomorrow at
        07:00", and a device's "the timer to turn off TV at 21:20" (it was "the timer to
        tell you when 3 minutes are up at 21:10", beside the card's "3-minute timer")."""
        now = self._now().astimezone(self._place().zone)
        return [f"the {'' if listed_as(t.text) != t.text else 'timer to '}"
                f"{listed_as(t.text)} {timer_when(t, now, soon=False)}" for t in timers]

    def _listed(self, timers: list[Timer]) -> str:
        """Timers to choose from, as "what's scheduled?" and the window's card call them:
        "10-minute timer at 21:10; turn off TV at 21:20" (it was "tell you when 10
        minutes are up at 21:10; …" beside the card's "10-minute timer at 21:10")."""
        now = self._now().astimezone(self._place().zone)
        return "; ".join(f"{listed_as(t.text)} {timer_when(t, now, soon=False)}"
                         for t in timers)

    def _example(self, timer: Timer) -> str:
        """How to name ``timer`` when cancelling it: "telly timer", "reminder to call
        your mum", "pasta timer"."""
        device = getattr(timer.steps[0], "device", None) if timer.steps else None
        if device:
            names = {d.id: d.name for d in self._parser().devices}
            return f"{names.get(device, 'lamp').lower()} timer"
        if _kind_of(timer) == "reminder":
            return "reminder" + timer.text[len("remind you"):]
        if timer.text in ALARM_TEXTS:
            return f"{datetime.fromtimestamp(timer.at, self._place().zone):%H:%M} alarm"
        named = re.match(r"tell you when the (.+) timer is done$", timer.text)
        if named:
            return f"{named.group(1)} timer"
        length = re.match(r"tell you when (.+) (?:are|is) up$", timer.text)
        return (re.sub(r"(second|minute|hour)s\b", r"\1", length.group(1)) + " timer"
                if length else "timer")


_DAY_NAMED = re.compile(r"(?P<day>today|tonight|tomorrow)(?:'?s)?(?:\s+morning)?")
"""An alarm named by its day: "tomorrow's", "today's"."""
_NO_WAKING = re.compile(r"^(?:please\s+)?(?:don'?t|do\s+not|no\s+need\s+to)\s+wake\s+me"
                        r"(?:\s+up)?(?:\s+(?P<day>tomorrow|today|tonight)(?:\s+morning)?)?$")
""""don't wake me tomorrow": that day's alarms cancelled, as "cancel tomorrow's alarm"."""


def _kind_of(timer: Timer) -> str:
    """"reminder", "alarm" or "timer": what ``timer`` is, by the words it was set with."""
    return ("reminder" if timer.text.startswith("remind you") else
            "alarm" if timer.text in ALARM_TEXTS else "timer")


_CLOCK_NAMED = re.compile(r"\d{1,2}(?::\d\d)?(?:\s*(?:[ap]\.?m\.?|o'?clock))?")
"""A timer named by its clock time: "7", "22:30", "7 am", "8 o'clock"."""


def _names(named: str, timer: Timer) -> bool:
    """A reminder or a plain timer named by its own words: "pasta" for the pasta timer,
    "call mum" for the reminder to call your mum (every word said is in its words)."""
    if not named or not timer.steps or not all(isinstance(s, SayStep) for s in timer.steps):
        return False
    own = {w.removesuffix("s") for w in re.findall(r"[a-z0-9']+", timer.text.lower())}
    said = [w.removesuffix("s") for w in spoken_to_you(named.lower()).split()
            if w not in ("the", "a", "an")]
    return bool(said) and all(w in own for w in said)


