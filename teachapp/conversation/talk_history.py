"""What ``TalkTurns`` answers of the past: why the last turn did what it did, what
happened today or while the person was out, why a device is as it is, whether it
was changed, when a routine last ran, what is unusual now, what was just said.
"""

from __future__ import annotations

import re
from datetime import datetime

from ..domain import Device, SetStep, sentence_start
from ..errors import TeachappError
from ..store import DeviceChange, aware, name_now, phrase_key
from . import explain, recap
from .device_why import past_lines, reached, why_lines
from .runs_told import runs_told
from .talk import Talk
from .talk_answered import DEVICE_PRONOUNS, past_devices, why_devices
from .talk_base import TalkBase
from .turns import TurnReplies

__all__ = ["HistoryAnswers"]

_AWAY_TURNS = 300
"""How many of the newest turns "what happened while I was out?" looks through."""
_PAST_LOOKED_AT = 500
"""How many of a device's newest changes "did you lock the door?" looks through."""

_DONE_TO = re.compile(r"^(?:turn|switch|set|open|close|lock|unlock|change|dim|play|stop)"
                      r"(?:\s+(?:(?P<on>on)|(?P<off>off)|up|down))?\s+(?P<what>.+?)"
                      r"(?:\s+(?:(?P<on2>on)|(?P<off2>off)|up|down))?$", re.IGNORECASE)
"""What "why did you ..." did to which device: "turn on the kitchen lights", "switch the
tv off" ("run", "start" and "do" name a routine or nothing, not a device)."""


class HistoryAnswers(TalkBase):
    """Questions answered from the history, the run log and the last turns."""

    def _explain(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        lines = explain.explain_last(self.store, recorder=self.a._recorder)
        devices = self._devices_done(talk.value)
        said = " ".join(lines).casefold()
        if devices and not any(d.name.casefold() in said for d in devices):
            # "why did you turn on the kitchen lights?" when the last turn did not: what
            # last changed them (it was "You typed 'dusk'. I did nothing ...")
            lines = self._why_lines(devices)
        for line in lines:
            replies.info(line)
        self.a.keep_undo_offer()
        return "explain", None

    def _devices_done(self, done: str) -> list[Device]:
        """The devices "why did you turn on the kitchen lights?" names ([] for "why did
        you do that?" or a routine's name)."""
        found = _DONE_TO.match(done)
        if found is None:
            return []
        on = found.group("on") or found.group("on2")
        off = found.group("off") or found.group("off2")
        state = "on" if on else "off" if off else ""
        return why_devices(Talk("why_state", found.group("what"), state),
                           self.a._command_parser())

    def _why_lines(self, devices: list[Device]) -> list[str]:
        newest = {d.id: next(iter(self.store.history(device_id=d.id, newest_first=True,
                                                      limit=1)), None) for d in devices}
        renamed = {c.detail: now for c in newest.values() if c is not None and c.detail
                   and c.cause in ("routine", "schedule")
                   and (now := name_now(self.store, c.detail, c.at)) is not None}
        return why_lines(devices, newest, self.a.now(), self.a.place().zone, renamed)

    def _explain_done(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"what did you do?": the newest turn that changed something or ran a routine
        (a question answered since did nothing)."""
        for line in explain.explain_last(self.store, did=True, recorder=self.a._recorder):
            replies.info(line)
        self.a.keep_undo_offer()
        return "explain", None

    def _explain_miss(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        for line in explain.explain_last(self.store, missed=True,
                                              recorder=self.a._recorder):
            replies.info(line)
        return "explain", None

    def _explain_run(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        for line in explain.explain_last(self.store, ran=True, recorder=self.a._recorder):
            replies.info(line)
        self.a.keep_undo_offer()
        return "explain", None

    def _explain_undo(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"why did you undo that?": the newest undo, what it put back and who asked."""
        for line in explain.explain_last(self.store, undone=True, recorder=self.a._recorder):
            replies.info(line)
        return "explain", None

    def _recap(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"what did you do today?": the day's runs and changes, from the history."""
        zone = self.a.place().zone
        away = talk.value.startswith("away:")  # ("while I was out": "while you were out")
        day = recap.away_of(self._spoken_at(), self.a.now(), zone,
                            talk.value.removeprefix("away:")) if away else None
        if away and day is None:  # (no quiet stretch: told of today)
            when = talk.value.removeprefix("away:").split(" ", 1)[-1]  # ("you were out")
            replies.info(f"I can't tell when {when}: you have spoken to me all along. "
                         "Here is today.")
        day = day or recap.day_of(talk.value.replace("so far today", "today"), self.a.now(),
                                  zone)
        changes = list(self.store.history(since=day.start.timestamp(),
                                          until=day.end.timestamp()))
        first: dict[str, float] = {}  # each routine's first run of the day, by its name then
        for change in sorted(changes, key=lambda c: c.at):
            if change.cause in ("routine", "schedule") and change.detail:
                first.setdefault(change.detail, change.at)
        renamed = {name: now for name, at in first.items()
                   if (now := name_now(self.store, name, at)) is not None}
        logged = [(aware(run.at).timestamp(), run.routine or "",
                   "schedule" if (run.utterance or "").startswith("(schedule") else "routine")
                  for run in self.store.routine_runs_between(day.start.timestamp(),
                                                             day.end.timestamp())]
        lines = recap.recap(changes, self._names(), day, renamed, logged)
        if away and not lines[0].casefold().startswith(day.words.casefold()) \
                and day.words not in lines[0]:  # (the stretch said first when no run was)
            lines.insert(0, f"{sentence_start(day.words)}:")
        for line in lines:
            replies.info(line)
        return "explain", None

    def _spoken_at(self) -> list[datetime]:
        """When the person spoke to the app lately (typed, said or chosen in the window;
        a schedule's own turns are not theirs)."""
        return [aware(turn.at) for turn in self.store.interactions(limit=_AWAY_TURNS)
                if turn.at is not None and not turn.heard.startswith("(")]

    def _why_state(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"why is the tv on?": each device's state and its newest change, with cause."""
        for line in self._why_lines(why_devices(talk, self.a._command_parser())):
            replies.info(line)
        return "explain", None

    def _past_state(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"did you lock the door?", "when did the lights go off?": each device's newest
        change into the state asked about, from the history (``device_why.past_lines``)."""
        devices = past_devices(talk, self.a._command_parser(), self._it_means())
        state = talk.value.removeprefix("when ")
        found = {d.id: next((c for c in self.store.history(device_id=d.id, newest_first=True,
                                                          limit=_PAST_LOOKED_AT)
                             if reached(c, state)), None) for d in devices}
        for line in past_lines(devices, found, state, self.a.now(), self.a.place().zone,
                               when=talk.value.startswith("when "),
                               said="" if phrase_key(talk.target) in DEVICE_PRONOUNS
                               else talk.target,
                               ran=self._ran_today(devices, state)):
            replies.info(line)
        return "explain", None

    def _ran_today(self, devices: list[Device], state: str
                   ) -> dict[str, tuple[str, datetime]]:
        """Each device's newest run today that sets it to ``state``, a routine's (its
        name, time) or a command's ("", time): a lock already locked leaves no change in
        the history."""
        zone = self.a.place().zone
        day = recap.day_of("today", self.a.now(), zone)
        ran: dict[str, tuple[str, datetime]] = {}
        asked = {d.id for d in devices}
        for run in self.store.recent_runs(limit=_PAST_LOOKED_AT):
            # a command that found it so ("lock the front door": "Front door is already
            # locked."; "did you lock it?" then said "No: … has not been locked today")
            at = aware(run.at)
            if run.routine is not None or at < day.start:
                continue
            for device, after in run.after.items():
                if device in asked - ran.keys() and after == run.before.get(device) \
                        and reached(DeviceChange(0.0, device, dict(after)), state):
                    ran[device] = ("", at)
        for run in reversed(self.store.routine_runs_between(day.start.timestamp(),
                                                            day.end.timestamp())):
            try:
                steps = self.store.routine(run.routine or "").steps
            except TeachappError:
                continue
            for step in steps:
                if not isinstance(step, SetStep) or step.device not in asked:
                    continue
                newer = step.device not in ran or ran[step.device][1] < aware(run.at)
                if newer and reached(DeviceChange(0.0, step.device, dict(step.set)), state):
                    ran[step.device] = (run.routine or "", aware(run.at))
        return ran

    def _last_run(self, replies: TurnReplies, talk: Talk) -> tuple[str, str | None]:
        """"when did movie night last run?", "how many times have I used it?": from the
        run log (``runs_told``)."""
        name = self._find(talk.target)
        if name is None:
            return self._unknown(replies, talk.target)
        self.subject = name
        replies.info(runs_told(name, self.store.runs_of(name), self.a.now(),
                               self.a.place().zone, asked=talk.value))
        return "explain", name

    def _unusual(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"is anything unusual?": the hunches that hold now; the first is asked, so
        "yes" fixes it as when the app offers it by itself."""
        from ..home.hunch_watcher import Offer
        from .hunch_talk import hunch_report

        watcher = self.a.hunch_watcher
        hunches = watcher.current()
        for line in hunch_report(watcher, hunches):
            replies.info(line)
        for hunch in hunches[1:]:
            replies.info(hunch.message)
        if hunches:
            replies.question(self.a._hunch_talk.offer(Offer(hunches[0])))
        return "explain", None

    def _repeat(self, replies: TurnReplies, talk: Talk) -> tuple[str, None]:
        """"say that again": the lines of the turn before, as they were said."""
        for line in self._said[0] or ["I haven't said anything yet. Say \"help\" to hear "
                                      "what you can say."]:
            replies.info(line)
        self.a.keep_undo_offer()
        return "explain", None
