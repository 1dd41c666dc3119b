"""Acting on a sentence read into parts (``multipart.MultiTurns.read``): each question
answered, a part not understood offered for teaching, the one unsure part asked about,
or every part that is sure run as one run, so one "undo" puts all of it back; and the
answer to the question asked about a part ("yes", "the desk one", "no")."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain import spoken_list
from ..understanding.parts import unjoined
from ..understanding.resolution import Decision, Resolution
from .beside import follow_answer, merged_steps
from .events import TurnResolved
from .missing_things import said_together
from .models import Action
from .offers_asked import teach_later
from .run_report import report_commands, report_run
from .sentence_part import Part, said_answers
from .turns import Pending, TurnReplies, outcome
from .which_one import asked_again, read_pick

if TYPE_CHECKING:
    from .agent import Assistant

__all__ = ["PartsActing"]


class PartsActing:
    """The acting half of ``MultiTurns``: ``_go`` and ``answer`` over the parts read."""

    a: Assistant

    def _go(self, replies: TurnReplies, text: str, parts: list[Part], source: str,
            confidence: float | None) -> None:
        replies.detail["parts"] = [p.as_record() for p in parts]
        a = self.a
        routines = [p.routine for p in parts if p.routine]
        label = "; ".join(routines) or None
        unknown = next((p for p in parts if p.state == "unknown"), None)
        if unknown is not None and all(p.state in ("question", "unknown", "missing")
                                       for p in parts):
            # only questions ("what's on and what ran last"): each its own answer, in
            # order, one it cannot give said so in its place (was "Nothing was done. ...")
            said = [self._cannot_answer(p.text) if p.state == "unknown" else p.meaning
                    for p in parts]
            if None not in said:
                replies.action, replies.decision = Action.REJECT, Decision.REJECT
                a._log(text, source, confidence, "reject", unknown.score, None, "answered")
                replies.info(" ".join(str(line) for line in said))
                return
        if unknown is not None:
            replies.action, replies.decision = Action.REJECT, Decision.REJECT
            iid = a._log(text, source, confidence, "reject", unknown.score, None, "not known")
            # each part named as the request it is, without the words that joined it
            # ("also renew my passport": "renew my passport", as "and" is left out)
            understood = [unjoined(p.text) for p in parts
                          if p.state not in ("unknown", "missing")]
            got = (" I understood \"" + "\", \"".join(understood) + "\", but") \
                if understood else ""
            asked = unjoined(unknown.text)
            if a.cannot_answer(replies, asked, before=f"Nothing was done.{got} ") \
                    or a.no_such_thing(replies, asked, iid, source,
                                       before=f"Nothing was done.{got} "):
                return
            for line in said_together([p.missing for p in parts if p.state == "missing"]):
                replies.info(line)  # (what the home lacks, before the offer to learn the rest)
            offered = a._offered_phrase(asked)  # ("run reading mode": "reading mode")
            named = [f'"{unjoined(p.text)}"' for p in parts if p.state == "unknown"]
            if not a._offers.first(offered):  # (asked before: "no", or passed over)
                named[0] = f'"{offered}"'
                replies.info(f"Nothing was done.{got} I don't know "
                             f"{spoken_list(named, 'or')}. {teach_later(offered)}")
                return
            a._pending = Pending("offer_teach", offered, a._clock(), None, iid, source)
            if len(named) > 1:  # each part not known is named (only the first was)
                named[0] = f'"{offered}"'
                replies.question(f"Nothing was done.{got} I don't know "
                                 f"{spoken_list(named, 'or')}. Shall I learn \"{offered}\"?")
                return
            replies.question(f"Nothing was done.{got} I don't know \"{offered}\". "
                             "Shall I learn it?")
            return
        unsure = next((p for p in parts if p.state == "unsure"), None)
        if unsure is not None:
            replies.action, replies.decision = Action.ASK, Decision.CLARIFY
            replies.routine, replies.command = unsure.routine, unsure.command
            iid = a._log(text, source, confidence, "clarify", unsure.score, label, "asked")
            a._pending = Pending("confirm", text, a._clock(), unsure.routine, iid, source,
                                 data={"op": "multipart", "parts": parts})
            if unsure.command is not None:
                ask = f"do you want me to {unsure.command.text}?"
            else:
                ask = f"did you mean {a._spoken_name(unsure.meaning)}?"
            note = f"{unsure.note} " if unsure.note else ""
            # "Nothing has run yet" tells that the other requests wait for the answer; a
            # remark or question beside the one asked about holds nothing back
            held = any(p is not unsure and p.state in ("sure", "unsure", "timer")
                       for p in parts)
            first_words = "Nothing has run yet. " if held else ""
            replies.question(f"{first_words}{note}By \"{unsure.text}\", {ask}")
            return
        first = next((i for i, p in enumerate(parts) if p.state in ("sure", "unsure")),
                     len(parts))
        asked_first = [p.meaning for p in parts[:first] if p.state == "question"]
        answered = [p for i, p in enumerate(parts)
                    if (p.state == "question" and i >= first) or p.state in ("skipped",
                                                                             "missing")]
        answers = said_answers(answered)
        declined = [p.meaning for p in parts if p.state == "declined"]
        timers = [p for p in parts if p.state == "timer"]
        parts = [p for p in parts if p.state in ("sure", "unsure")]
        limits = [_limit(p) for p in parts if _limit(p)]  # ("brighter" at 100 %: not run)
        parts = [p for p in parts if not _limit(p)]
        if not parts:  # only questions, timers (and remarks): nothing run now
            a._log(text, source, confidence, "dialogue" if timers or limits else "reject",
                   0.0, None, "timer" if timers else "answered")
            if limits and not (asked_first or timers or answers):
                replies.info(" ".join(limits))  # "Desk lamp is already at its brightest."
                return
            if len(asked_first) > 1 and not (timers or answers):
                replies.info(" ".join(asked_first))  # each question's answer, in order
                return
            for answer in [*asked_first, *limits]:
                replies.info(answer)
            self._set_timers(replies, timers)
            for answer in answers:
                replies.info(answer)
            return
        for answer in asked_first:  # "is the tv on? if so turn it off": the answer first
            replies.info(answer)
        steps = [step for p in parts for step in p.steps]
        merged = None if routines else merged_steps(steps)
        steps = merged or steps
        replies.action = Action.RUN_ROUTINE if routines else Action.RUN_COMMAND
        replies.decision, replies.routine = Decision.RUN, label
        replies.score = min(p.score for p in parts)
        iid = a._log(text, source, confidence, "run" if routines else "command",
                     replies.score, label, "running")
        replies.interaction_id = iid
        a._emit(TurnResolved(iid, Resolution(text, Decision.RUN, label, replies.score)))
        result = a._run_steps(steps, text, title=spoken_list(  # type: ignore[arg-type]
            [p.meaning for p in parts]), interaction_id=iid)
        replies.run = result
        a.store.update_interaction(iid, outcome=outcome(result))
        for part in parts:
            if part.routine:
                a.store.mark_used(part.routine, part.text)
        if not routines:  # each device read back, or said to be so already, as any
            # command is: "turn the fan off and the tv off" was "Turn off Bedroom fan and
            # turn off TV." (an order, not what happened), "... the tv and the fan" not
            report_commands(replies, result, spoken_list([p.meaning for p in parts]))
        else:
            report_run(replies, result, spoken_list([p.meaning for p in parts]))
        for line in limits:
            replies.info(line)
        self._set_timers(replies, timers, with_run=result.run_id is not None)
        if declined:
            replies.info(f"I left out {spoken_list([a._spoken_name(n) for n in declined])}, "
                         "as you said.")
        # asked beside the requests: answered after the run (and what a condition on the
        # answer left out); what the home lacks offers what the run left to change
        for answer in said_answers(answered, a.backend.devices()):
            replies.info(answer)
        a.remember_run(result.run_id, text, iid, result=result)
        a._learner.forget_misses()

    def _set_timers(self, replies: TurnReplies, timers: list[Part], *,
                    with_run: bool = False) -> None:
        """Set the timers said among the requests, once those ran (or nothing else was
        asked): "lights off in ten minutes and lock up" locks up now, the lights later."""
        for part in timers:
            request, moment = part.timer
            self.a._timer_talk.set_part_timer(replies, request, moment, part.text,
                                              with_run=with_run)

    def answer(self, replies: TurnReplies, pending: Pending, text: str, kind: str | None,
               source: str, confidence: float | None) -> bool:
        """"yes" makes the asked part sure (and asks about the next, or runs all);
        "no" runs none of it."""
        parts: list[Part] = pending.data["parts"]
        if kind == "yes":
            asked = next(p for p in parts if p.state == "unsure")
            asked.state = "sure"
            follow_answer(parts, asked)
            if pending.interaction_id is not None:
                self.a.store.update_interaction(pending.interaction_id, feedback="confirmed")
            self._go(replies, pending.utterance, parts, source, confidence)
            return True
        if kind in ("no", "cancel"):
            self.a._log(text, source, confidence, "dialogue", 0.0, None, "declined")
            replies.info("OK, I did none of it.")
            return True
        asked = next(p for p in parts if p.state == "unsure")
        if asked.command is None or len(asked.command.devices) < 2 or (
                self.a.store.phrase_owner(text) is not None):
            return False
        # "the first one", "just the lamp", "brighter": the asked part, narrowed
        pick = read_pick(text, asked.command.devices, request=asked.text,
                         question=asked.command.text, parser=self.a._command_parser())
        if pick is None:
            return False
        if pick.none:
            self.a._log(text, source, confidence, "dialogue", 0.0, None, "declined")
            replies.info("OK, I did none of it.")
            return True
        if not pick.chosen:
            self.a._log(text, source, confidence, "dialogue", 0.0, None, "asked again")
            replies.question(asked_again(pick, asked.command.devices))
            self.a._pending = replace(pending, at=self.a._clock())
            return True
        asked.command = asked.command.only(pick.chosen)
        asked.state, asked.meaning = "sure", asked.command.text
        asked.steps = list(asked.command.steps)
        follow_answer(parts, asked)
        self._go(replies, pending.utterance, parts, source, confidence)
        return True

    def _cannot_answer(self, text: str) -> str | None:
        """What is said of a part that asks what nobody here can answer ("what ran last"),
        as of the same question alone; None when ``text`` is no question."""
        said = TurnReplies(lambda _event: None)
        return " ".join(said.lines) if self.a.cannot_answer(said, text) else None


def _limit(part: Part) -> str:
    """"Desk lamp is already at its brightest.": a part's change up or down that would
    change nothing (``DeviceCommand.limit``), said instead of run; "" otherwise."""
    return str(getattr(part.command, "limit", "") or "") if part.command is not None else ""

