"""A time said alone right after a request: "do that then instead".

Speech splits a request where the speaker pauses: "turn off the tv" [pause] "in ten
minutes" came as two turns, the TV went off at once and "in ten minutes" was 'I don't
know "in ten minutes". Shall I learn it?'. A turn that is only a time ("in ten minutes",
"at 7 pm", "in half an hour", "tonight at 11"), right after a device command or a
routine's run (past questions only answered since, ``_nothing_done_since``), puts the
devices back as they were before it (its undo) and sets it for that time, as the whole
sentence would: a timer, or the routine's one-off run.

A length alone ("for ten minutes", "just for an hour") right after a device command
means the command for a while, as "turn on the tv for ten minutes" does: it is put
back and done again that way (now, and a timer that puts it back when the time is up).

Chosen rules: after a turn that did something else, or at an open question of ours
(its answer, if it is one, was taken before), a time alone is never guessed to belong to an
older request: it is asked what to do then ("What shall I do in ten minutes? ...").
"""

from __future__ import annotations

import re
from datetime import datetime

from ..domain import spoken_list
from ..errors import ScheduleError
from .models import Outcome
from .schedule_sentences import parse_schedule_request
from .time_words import REPEATED, delay_said, trigger_said
from .timer_reading import TIME_WORDS, clean, for_a_while_said, timer_sentence
from .turns import TurnReplies
from .undoing import Undoing

__all__ = ["LaterInstead", "only_a_length", "only_a_time"]

_AROUND = re.compile(r"^(?:(?:no|oh|ok|okay|actually|wait|sorry|um|er|uh|and)[, ]+)*"
                     r"(?:(?:do\s+(?:it|that)|make\s+(?:it|that))\s+)?(?P<when>.+?)"
                     r"(?:,?\s+(?:instead|please|then))*$")
"""What may come with the time alone: "actually", "do it", "instead", "please"."""


_FOR = re.compile(r"^(?:(?:just|only)\s+)?(?P<length>for\s+(?:(?:the\s+next|another)\s+)?.+)$")
"""A length alone: "for ten minutes", "just for an hour", "only for the next 20 minutes"."""


def only_a_length(text: str) -> str | None:
    """The words "for <a length>" when ``text`` is a length and nothing else ("for ten
    minutes", "actually just for an hour"); None otherwise."""
    cleaned = clean(text).replace(",", "")
    around = _AROUND.match(cleaned)
    said = _FOR.match(around.group("when") if around else cleaned)
    if said is None:
        return None
    length = said.group("length")
    words = re.sub(r"^for\s+(?:(?:the\s+next|another)\s+)?", "", length)
    return length if delay_said(words) else None


def only_a_time(text: str, now: datetime) -> str | None:
    """The words of time when ``text`` is a time and nothing else, said once ("in ten
    minutes", "at 7 pm", "tonight at 11", "actually in half an hour instead"); None
    otherwise (a repeated time, "every day at 7", sets nothing once)."""
    cleaned = clean(text).replace(",", "")
    around = _AROUND.match(cleaned)
    when = around.group("when") if around else cleaned
    if not when or when.split()[0] not in TIME_WORDS or REPEATED.search(when):
        return None
    try:
        trigger = trigger_said(when, now)
    except ScheduleError:
        return None
    return when if trigger is not None and trigger.kind in ("once", "time") else None


class LaterInstead(Undoing):
    """``_later_instead``: the time alone after a request, or the question what to do."""

    def _later_instead(self, replies: TurnReplies, text: str, source: str,
                       confidence: float | None, *, asked: bool = False) -> bool:
        """Handle ``text`` when it is only a time (``only_a_time``): the request just
        done is undone and set for then; with none just done, or said at a question of
        ours (``asked``), ask what to do then. False for any other turn."""
        place = self.place()
        now = self.now().astimezone(place.zone)
        when = only_a_time(text, now) or only_a_length(text)
        if when is None or self.store.phrase_owner(text) is not None:
            return False  # (a taught phrase wins, as it does over a timer)
        while_ = when.startswith("for ")
        found = None if asked else self._later_said(when, now, while_=while_)
        if found is None:
            self._log(text, source, confidence, "dialogue", 0.0, None, Outcome.ANSWERED)
            replies.info(f"What shall I do {when}? Say the request with the time, for "
                         f"example \"turn off the TV {when}\".")
            return True
        later, routine = found
        self._log(text, source, confidence, "dialogue", 0.0, None, "undo")
        undone = TurnReplies(lambda _event: None)
        self._undo_turn(undone, feedback=False)
        if any(reply.kind == "error" for reply in undone.replies):
            for reply in undone.replies:
                replies.add(reply.text, reply.kind)
            return True
        if "undone" in undone.detail:  # ("why did you undo that?" tells what was put back)
            replies.detail["undone"] = undone.detail["undone"]
        replies.detail.setdefault("talk", "schedule" if routine else "timer")
        back = (undone.detail.get("undone") or {}).get("devices") or []
        reader = self._schedule_talk if routine else self._timer_talk
        if not reader.turn(replies, later):
            replies.info(f"Undone, but I couldn't set \"{later}\". Say it again with the "
                         "time.")
            return True
        if back and not while_:  # (for a while: done again now, as it was)
            # ("at 7" after "turn on the tv": asked, the time or 7 %: for now)
            until = "for now" if replies.talk_asked is not None else "until then"
            replies.info(f"{spoken_list(back)} is back as it was {until}." if len(back) == 1
                         else f"{spoken_list(back)} are back as they were {until}.")
        return True

    def _later_said(self, when: str, now: datetime, *, while_: bool = False
                    ) -> tuple[str, bool] | None:
        """The request just done said with ``when`` ("turn off the tv in ten minutes",
        "movie night in an hour"), when it was done on the turn before (past questions
        only answered) and that sentence sets a timer or a one-off run, and whether it
        is a routine's; else None. ``while_``: ``when`` is a length ("for ten minutes"),
        which only a device command takes ("turn on the tv for ten minutes")."""
        last = self._last_run
        if last is None or not self._nothing_done_since(last.turn) or (
                self._clock() - last.at > self.learning_settings.undo_window):
            return None
        if last.routine is not None:
            if while_:
                return None
            later = f"{last.routine} {when}"
            try:
                asked = parse_schedule_request(later, now)
            except ScheduleError:
                return None
            if asked is None or asked.action != "add":
                return None
            return later, True
        request = last.request or last.utterance  # (what a pick or "and the fan" did)
        if not request:
            return None
        later = f"{request.rstrip(' ?.!')} {when}"
        parser = self._command_parser()
        if while_:
            return (later, False) if for_a_while_said(later, parser) is not None else None
        if timer_sentence(later, self.store, parser, now) != "timer":
            return None
        return later, False
