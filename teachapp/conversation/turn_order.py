"""The order in which a turn is tried: the first reading that claims it wins.

Nothing heard; then the teaching dialogue (a question asked in passing is answered
there and the teaching goes on: ``teaching_asides``); then a hunch, timer or schedule talk;
the answer to an open question; a routine that waits ("stop"); talk about learned
phrases; "no"/"undo"/"cancel that" right after a run; talk about routines ("why?", "forget X");
"teach"; a dialogue word with nothing open; "help"; several requests in one breath
(an undo joined to a request first: "undo that and turn on the tv");
and last the resolver and the command parser (``command_turns``). The order is the
behaviour: one place, so every front end decides alike.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..domain import SetStep, spoken_list
from ..store import phrase_key
from ..understanding.rephrase import request_kind
from ..understanding.resolution import Alternative, Decision, Reason, Resolution
from . import intents as dialogue
from .answers import AnswersMixin
from .decision import lets_people_in
from .either_or import offered_routines
from .explain import NOTHING_ASKED
from .half_of_day import hour_example
from .hesitation import hesitation, thanked
from .knowledge import find_routine
from .later_instead import LaterInstead
from .learning_hooks import learning_intent
from .models import Action, Outcome
from .named_alone import named_alone, narrowed
from .readers import SAID_LATER, Reader, first_reader
from .schedule_wanted import routine_answered, schedule_answered, schedule_named, when_alone
from .teaching import names_a_routine, spoken_state
from .teaching_asides import TeachingAsides
from .time_words import delay_reading, length_answered
from .turns import Pending, TurnReplies
from .undo_misheard import sounds_like_undo
from .unpunctuated_repair import with_pauses

__all__ = ["TurnOrder"]

_OFFERS = ("offer_teach", "learn_shown")
"""The questions that offer to learn words said: they lapse when the person moves on."""
_OFFER_PASSED = 1
"""How many questions asked in passing an offer outlasts (said again after each)."""


@dataclass(frozen=True)
class _RoutineWanted:
    """"Which routine should run at 7?" asked of a time said alone ("run at 7"): the next
    turn may give just the routine's name."""

    when: str
    """The time as said ("at 7"), read again with the name given."""
    turn: int
    """The turn it was asked on."""


class TurnOrder(AnswersMixin, TeachingAsides, LaterInstead):
    """``_dispatch``: one turn, tried in order."""

    _length_wanted: tuple[str, int] | None
    """What to do once a length is said, and the turn "How long shall I wait …?" was
    asked on."""
    _schedule_wanted: tuple[str, int] | None
    """The routine "When should X run?" asked of, and the turn it was asked on."""
    _routine_wanted: _RoutineWanted | None
    """"Which routine should run at 7?" while it waits for its answer."""

    def _length_asked(self, replies: TurnReplies, what: str | None, text: str,
                      source: str, confidence: float | None) -> bool:
        """"wait a bit then movie night": a delay with no length (``what`` waits for
        it) asks for later, never now; ask how long, and the next turn may give just
        the length."""
        if what is None:
            return False
        self._talk_over_open(replies)  # ("forget movie night?" left as it was, and said)
        self._length_wanted = (what, self._turn)
        replies.talk_question(f"How long shall I wait before \"{what}\"? "
                              "Say, for example, \"in 10 minutes\".",
                              f"OK, I won't run {what} later.",
                              "How long? Say, for example, \"in 10 minutes\".")
        self._talk_asked(replies, text, source, confidence, "timer")
        return True

    def _when_asked(self, replies: TurnReplies, text: str, source: str,
                    confidence: float | None) -> bool:
        """"schedule good morning", no time said: when it should run is asked, and the
        next turn may give just the time (``schedule_wanted``; it ran Good morning)."""
        if self._schedule_talk.claims(text) or self._is_phrase(text):
            return False
        name = schedule_named(text, lambda words: find_routine(self.store, words))
        if name is None:
            return False
        self._talk_over_open(replies)
        self._schedule_wanted = (name, self._turn)
        spoken = self._spoken_name(name)
        hour = hour_example(name)  # ("7 pm" unless the name says the half: half_of_day)
        replies.talk_question(f"When should {spoken} run? Say, for example, \"every day at "
                              f"{hour}\" or \"weekdays at sunset\".",
                              f"OK, I won't schedule {spoken}.",
                              f"When? Say, for example, \"every day at {hour}\".")
        self._talk.subject = name  # ("run it every day at 7" next, as "it")
        self._schedule_named = (self._turn, name)
        self._talk_asked(replies, text, source, confidence, "schedule", name)
        return True

    def _which_asked(self, replies: TurnReplies, text: str, source: str,
                     confidence: float | None) -> bool:
        """"run at 7", no routine said: which one is asked, and the next turn may give just
        its name (``schedule_wanted.when_alone``; it offered to learn "at 7")."""
        when = None if self._is_phrase(text) else when_alone(text)
        if when is None:
            return False
        names = self.store.routine_names()
        if not names:
            replies.info(f"There is no routine to run {when} yet: say \"teach\" to teach me "
                         "one, then \"run\" its name and the time.")
            self._log(text, source, confidence, "dialogue", 0.0, None, "awareness")
            return True
        self._talk_over_open(replies)
        self._routine_wanted = _RoutineWanted(when, self._turn)
        example = self._spoken_name(names[0])
        replies.talk_question(f"Which routine should run {when}? Say its name, or \"run "
                              f"{example} {when}\". I know "
                              f"{spoken_list([self._spoken_name(n) for n in names], most=8)}.",
                              "OK, I won't schedule anything.",
                              f"Which routine? Say its name, e.g. \"{example}\".")
        self._talk_asked(replies, text, source, confidence, "schedule")
        return True

    def _talk_asked(self, replies: TurnReplies, text: str, source: str,
                    confidence: float | None, talk: str, routine: str | None = None) -> None:
        """The turn that asked a talk's question in its stead ("How long shall I wait?",
        "When should X run?", "Which routine should run at 7?"): said as that ``talk``'s,
        logged as awareness (of ``routine``), and its question held open."""
        replies.detail.setdefault("talk", talk)
        self._log(text, source, confidence, "dialogue", 0.0, routine, "awareness")
        self._hold_talk_question(replies, text)

    def _hold_talk_question(self, replies: TurnReplies, text: str) -> None:
        """A question a talk asked this turn (``TurnReplies.talk_question``) is held open
        here, as the dialogue's own are: "no", "cancel", "undo" next decline it (they
        answered "There's nothing to answer right now." or undid the run before it)."""
        if replies.talk_asked is not None:
            self._pending = Pending("talk", text, self._clock(), data=replies.talk_asked)

    def _declined_talk(self, replies: TurnReplies, text: str, kind: str | None,
                       source: str, confidence: float | None) -> bool:
        """"no" (or "cancel", "never mind", "undo") at a talk's question: declined in
        the talk's words ("OK, no reminder."); what the talk kept for its answer lapses
        with the turn."""
        pending = self._pending if self._asked() else None
        if pending is None or pending.kind != "talk" or kind not in ("no", "cancel"):
            return False
        self._pending = None
        self._log(text, source, confidence, "dialogue", 0.0, None, "declined")
        replies.info(pending.data.declined)
        return True

    def _talk_asks_again(self, replies: TurnReplies, pending: Pending, text: str,
                         kind: str | None, source: str, confidence: float | None) -> bool:
        """"yes" (or "done") at a talk's question that its talk did not take ("How long
        shall I wait …?" "yes"): told what the question wants ("How long? Say, for
        example, "in 10 minutes".") and kept open, the talk's own state with it (the
        turn only asked: ``Outcome.ASKED_AGAIN``). It was "There's nothing to answer
        right now.", with the question open."""
        if kind not in ("yes", "done"):
            return False
        self._log(text, source, confidence, "dialogue", 0.0, None, Outcome.ASKED_AGAIN)
        self._pending = replace(pending, at=self._clock())
        replies.question(pending.data.wants)
        return True

    def _hesitated(self, replies: TurnReplies, text: str, kind: str | None, source: str,
                   confidence: float | None) -> bool:
        """"hmm", "um", "let me think", "thanks" at a question that wants words of the
        person's own (``_content_wanted``): no answer, so the question stays open and
        what it wants is said again. Every open question is read past here, once: each
        reader took it as its answer ("I'll remind you to hmm at 20:00", "Renamed movie
        night to um", "I didn't get "hmm" as something to do")."""
        if not hesitation(text):
            return False
        thanks = thanked(text)
        wanted = self._content_wanted(kind == "yes", thanks)
        if wanted is None:
            return False
        self._log(text, source, confidence, "dialogue", 0.0, None, Outcome.ASKED_AGAIN)
        if self._pending is not None:
            self._pending = replace(self._pending, at=self._clock())
        replies.question(f"You're welcome. {wanted}" if thanks else wanted if kind == "yes"
                         else f"Take your time. {wanted}")
        return True

    def _content_wanted(self, yes: bool, thanks: bool) -> str | None:
        """What the open question still wants when its answer is words of the person's
        own: the teaching's phrase or step, a talk's ("What should I remind you of at
        8?", "When should X run?", "How long …?"), a routine's new name or phrase. None
        for a yes-or-no question ("ok" and "thanks" answer those as they did), and with
        none open. ``yes``: the turn reads as a yes ("ok"); ``thanks``: it thanks."""
        if self._teacher.session is not None:
            return self._teacher.wanted(yes, thanks)
        pending = self._pending if self._asked() else None
        if pending is None:
            return None
        if pending.kind == "talk":  # (an "ok" to its "Do you want me to …?" is its yes)
            return None if yes else str(pending.data.wants)
        if pending.kind == "confirm" and isinstance(pending.data, dict) \
                and pending.data.get("stage") == "new name":
            return pending.asked or None
        return None

    def _dispatch(self, replies: TurnReplies, text: str, source: str,
                  confidence: float | None) -> None:
        """Try each reading of the turn in the order above; the first that claims it
        replies (``handle`` logs, records and speaks the result)."""
        text = dialogue.called_to(text) if text else text  # ("alexa cancel": "cancel")
        text = self._spoken_to(text) if text else text  # ("alexa, what time is it?")
        learning = learning_intent(text) if text else None
        kind = "undo" if learning == "not meant" else dialogue.intent(text) if text else None
        right_after_run = (self._last_run is not None and self._last_run.turn == self._turn - 1
                           and self._clock() - self._last_run.at
                           <= self.learning_settings.undo_window)
        if kind == "undo" and not right_after_run and self._asked():
            # "undo" (or "that's wrong") at "Forget movie night?", "Unlock Front door?",
            # "Shall I learn it?" declines the question, as "no" and "cancel" do: no older
            # run is undone. At "Shall I undo X?" a plain "undo" is the yes, and so at the
            # question an "undo" asked ("Shall I forget it?" right after "Saved.")
            kind = "yes" if self._asks_to_undo() and not dialogue.says_wrong(text) else "no"
            replies.detail["undo_answered"] = kind == "no" and not dialogue.says_wrong(text)
        # "that's wrong" past a question answered ("is the tv on?" "TV is off." "that's
        # wrong") disputes the answer, not the run before it: asked, not undone (it put
        # back a lamp turned on two turns before); a plain "undo" still undoes
        disputed = (kind == "undo" and not right_after_run and self._teacher.session is None
                    and learning != "not meant" and not self._asked()
                    and dialogue.says_wrong(text))
        if disputed:
            kind = None
        # "cancel that" right after a run takes it back, as "undo" does, but as a change
        # of mind, not a complaint about what ran (nothing is learned against it); past
        # questions only answered too ("movie night", "what time is it", "cancel that"),
        # as it cancels the timer just set (``_nothing_done_since``)
        takes_back = (kind == "cancel" and (right_after_run or self._answered_since_run())
                      and dialogue.cancels_last(text, bare=True))
        complaint = kind == "undo" or takes_back or (
            kind == "no" and right_after_run
            and (self._pending is None or self._pending.kind != "alias"))
        if not complaint and not (self._pending is not None and self._pending.kind == "alias"
                                  and kind in ("yes", "no")):
            self._settle(replies)
        if not text:
            self._nothing_heard(replies, source)
            return
        saved = self._saved_at
        if (kind == "undo" or disputed) and saved is not None and saved[0] == self._turn - 1 \
                and self._teacher.session is None and saved[1] in self.store.routine_names():
            # "undo" right after "Saved.": nothing ran to put back (it said "There is
            # nothing to undo.", or put back an older run); asked as "forget X" asks
            self._talk.forget_asked(replies, saved[1], text, source, confidence)
            return
        if disputed:
            self._wrong_past_run(replies, text, source, confidence)
            return
        if self._hesitated(replies, text, kind, source, confidence):
            return
        if self._teacher.session is not None and self._meant_not_teaching(
                replies, text, kind, source, confidence):
            return
        if self._teacher.session is not None:
            self._teacher.turn(replies, text, kind, source)
            if not replies.detail.pop("request_while_teaching", False):  # (logged as done)
                saved = replies.saved.name if replies.saved is not None else None
                self._log(text, source, confidence, "teach", 0.0, saved, replies.outcome or "")
            self._after_teaching(replies)
            return
        if self._declined_talk(replies, text, kind, source, confidence):
            return
        open_before = self._pending if self._asked() else None
        # "wait ten minutes then movie night", "in ten minutes turn off the tv": the
        # delay said first is read as said last, so a timer or one-off run takes it
        later, unsaid = delay_reading(text, self.store.phrase_owner(text) is not None)
        if self._length_asked(replies, unsaid, text, source, confidence):
            return
        how_long = self._length_wanted
        if how_long is not None and not self._nothing_done_since(how_long[1]):
            how_long = self._length_wanted = None  # (a question in passing keeps it)
        length = length_answered(text) if how_long is not None else None
        if how_long is not None and length is not None:
            later = f"{how_long[0]} in {length}"  # "in 10 minutes" to "How long shall I wait …?"
            self._length_wanted = None
        if kind is None and (self._when_asked(replies, text, source, confidence)
                             or self._which_asked(replies, text, source, confidence)):
            return
        wanted = self._schedule_wanted
        if wanted is not None and not self._nothing_done_since(wanted[1]):
            wanted = self._schedule_wanted = None  # (a question in passing keeps it)
        if wanted is not None and kind is None and not self._schedule_talk.claims(text):
            asked = schedule_answered(wanted[0], text)  # ("every day at 7" to "When …?")
            if self._schedule_talk.claims(asked):
                later, self._schedule_wanted = asked, None
        which = self._routine_wanted
        if which is not None and not self._nothing_done_since(which.turn):
            which = self._routine_wanted = None
        if which is not None and kind is None and not self._schedule_talk.claims(text):
            given = routine_answered(which.when, text, lambda w: find_routine(self.store, w))
            if given is not None and self._schedule_talk.claims(given):
                later, self._routine_wanted = given, None  # ("coffee" to "Which routine …?")
        readers: dict[str, Reader] = {"hunch": self._hunch_talk, "timer": self._timer_talk,
                                      "schedule": self._schedule_talk}
        for what in ("hunch", *SAID_LATER):  # (the order listen labels by: first_reader)
            if readers[what].turn(replies, later if later and what != "hunch" else text):
                replies.detail.setdefault("talk", what)
                # a question answered ("what's scheduled?") is no thing done: "why did
                # you do that?" next explains the turn before it, as after "what's on?"
                named = self._schedule_named  # ("run movie night in 10 minutes")
                self._log(text, source, confidence, "dialogue", 0.0,
                          named[1] if named and named[0] == self._turn else None,
                          "explain" if replies.detail.get("asked") else "awareness")
                if open_before is not None and replies.detail.get("asked") \
                        and self._pending is open_before:
                    self._still_open(replies, open_before)  # ("what time is it?")
                    return
                if open_before is not None and self._pending is open_before:
                    # a timer or schedule set talks ours over, as any request does (it
                    # was kept, asked again after the next question, and a "yes" two
                    # turns on unlocked the door); a question it asked did so already
                    self._pending = None
                    self._talked_over(replies, open_before)
                self._hold_talk_question(replies, text)
                return
        pending, self._pending = self._pending, None
        if pending is not None and self._clock() - pending.at \
                <= self.learning_settings.answer_window:
            if pending.kind == "talk":  # (its talk had the turn above and did not take it)
                if self._talk_asks_again(replies, pending, text, kind, source, confidence):
                    return
                rest = dialogue.after_no(text) if kind is None else None
                if rest:  # ("no, wake up" at "When should the alarm go off?": "OK, I
                    # won't run wake up.", the "no" to the alarm read as one to the routine)
                    replies.info(pending.data.declined)
                    self._command_turn(replies, rest, source, confidence)
                    return
            elif pending.kind == "confirm":
                if self._talk.answer(replies, pending, text, kind, source, confidence):
                    return
            elif pending.kind == "learn_shown" and self._shown_corrected(
                    replies, pending, text, kind, source, confidence):
                return
            elif self._answer(replies, pending, text, kind, source, confidence):
                return
            if self._asked_meanwhile(replies, pending, text, source, confidence):
                return
            self._talked_over(replies, pending)
        if self._waits.turn(replies, text, kind):
            self._log(text, source, confidence, "dialogue", 0.0, None, "waiting")
            return
        if kind is None and self._later_instead(replies, text, source, confidence,
                                                asked=open_before is not None):
            self._hold_talk_question(replies, text)  # ("at 7": the time, or 7 %?)
            return  # ("turn off the tv" [a pause] "in ten minutes": then, instead)
        if learning in ("forget alias", "list aliases"):
            # "what have you learned?" only asks: "why?" next explains the turn before it
            # (it said "You typed "what have you learned?". That was part of our …")
            self._log(text, source, confidence, "dialogue", 0.0, None,
                      "explain" if learning == "list aliases" else learning)
            self._hooks.voice(replies, learning)
            return
        then = dialogue.undo_then(text) if kind is None and not self._asked() else None
        if then is not None:
            # "undo that and turn on the tv": put the last run back, then the request
            self._log(text, source, confidence, "dialogue", 0.0, None, "undo")
            self._undo_turn(replies, feedback=right_after_run)
            if not self._multi.handle(replies, then, source, confidence):
                self._command_turn(replies, then, source, confidence)
            return
        meant = self._meant_instead(text, right_after_run) if kind is None else None
        if meant is not None:
            # "no, reading mode" right after movie mode ran: put it back, then the request;
            # "oops, I meant movie night" with nothing (else) just run: the request alone
            instead, continued = meant
            if right_after_run and not self._ran_just_now(instead):
                self._log(text, source, confidence, "dialogue", 0.0, None, "undo")
                self._undo_turn(replies, feedback=True)
            if continued is not None:  # (read before the undo: what it goes on from)
                self._device_command_turn(replies, instead, continued, source, confidence,
                                          sure=self._sure_command(continued), continuing=True)
            elif not self._multi.handle(replies, instead, source, confidence):
                self._command_turn(replies, instead, source, confidence)
            return
        if complaint:
            self._log(text, source, confidence, "dialogue", 0.0, None, "undo")
            self._undo_turn(replies, feedback=not takes_back,
                            hint=learning == "not meant" or kind == "no"
                            or dialogue.says_wrong(text))
            return
        if kind is None and (right_after_run or self._answered_since_run()) \
                and open_before is None and sounds_like_undo(text) \
                and not self._is_phrase(text):
            self._undo_misheard(replies, text, source, confidence)
            return
        if kind is None and dialogue.says_slip(text) and not self._is_phrase(text):
            self._slip_noticed(replies, text, source, confidence, right_after_run)
            return
        if dialogue.says_redo(text) and not self._is_phrase(text):
            self._log(text, source, confidence, "dialogue", 0.0, None, "redo")
            self._redo_turn(replies)
            return
        if kind is None and self._talk.handle(replies, text, source, confidence):
            return  # "why?", "forget X", "what does X do?": never the resolver's
        told = dialogue.taught_in_one(text) if kind is None else None
        shown_as = dialogue.taught_as_shown(text) if kind is None and told is None else None
        if shown_as is not None and not self._is_phrase(text):
            told = (shown_as, self._command_just_done())  # ("save that as movie time")
        if told is not None:
            self._log(text, source, confidence, "dialogue", 0.0, None, "teach")
            self._teach_in_one(replies, *told, source=source)
            self._after_teaching(replies)
            return
        phrase = dialogue.teach_phrase(text) if kind is None else None  # None for any intent
        if kind == "teach" or phrase is not None:
            self._log(text, source, confidence, "dialogue", 0.0, None, "teach")
            self._teacher.start(replies, phrase, heard=source == "audio")
            self._after_teaching(replies)
            return
        if kind is not None and kind != "help" and not self._is_phrase(text):
            # (a "yes" with nothing asked answers nothing: "why?" after it explains the
            # turn before, explain.NOTHING_ASKED)
            self._log(text, source, confidence, "dialogue", 0.0, None,
                      kind if kind == "cancel" else NOTHING_ASKED)
            if kind == "cancel":  # "never mind" with nothing open: leave things be
                replies.info("OK, I'll leave things as they are. Say \"undo\" to put back "
                             "the last run.")
            elif kind == "no" and dialogue.refuses_doing(text):
                replies.info("OK, I won't.")  # ("don't do it": as "don't turn it off")
            else:
                replies.info("There's nothing to answer right now. Say a phrase, or "
                             "\"teach\" to teach me a new one.")
            return
        if kind == "help" and not self._is_phrase(text):
            self._log(text, source, confidence, "dialogue", 0.0, None, "help")
            replies.info(self._help())
            return
        if self._offered(replies, text, source, confidence):
            return
        if self._unnamed_routine(replies, text, source, confidence):
            return  # ("run it again": the routine run last, not a pronoun's devices)
        repaired = self._repair_unpunctuated(text)  # ("… actually no turn it off")
        if not (repaired and self._multi.handle(replies, repaired, source, confidence)) \
                and not self._multi.handle(replies, text, source, confidence):
            self._command_turn(replies, text, source, confidence)
        if pending is not None and pending.kind in ("offer_teach", "learn_shown"):
            self._offer_what_was_shown(replies, pending, text)

    def _spoken_to(self, text: str) -> str:
        """``text`` less a wake word said first when chat answers what follows itself: a
        timer, schedule talk, talk about routines, a device question (``first_reader``,
        the order ``listen`` labels by) or what was learned ("alexa, what time is it?",
        "hey google, forget movie night", "computer, is the lamp on?": each was offered
        as a phrase to learn). Any other ``text`` as it is: the resolver and the device
        commands hear past a wake word themselves ("alexa movie night please")."""
        rest = dialogue.past_wake_word(text)
        if rest == text or not rest:
            return text
        if learning_intent(rest) is not None or first_reader(
                rest, self.store, self.resolve, self.resolve(rest)) is not None:
            return rest
        return text

    def _repair_unpunctuated(self, text: str) -> str | None:
        """``text`` with the pauses of a self-repair written in ("turn on the tv, actually
        no, turn it off"), when it has a marker between two requests and is no taught
        phrase said whole (``unpunctuated_repair``); else None."""
        def is_request(words: str) -> bool:
            if request_kind(words) == "command":
                return True
            chosen = self._choose(words, replace(self._input, text=words)).action
            return chosen in (Action.RUN_ROUTINE, Action.RUN_COMMAND, Action.ASK)

        parser = self._command_parser()
        paused = with_pauses(text, is_request,
                             lambda words: named_alone(words, parser) is not None)
        if paused is None or self._is_phrase(text) or (
                self.resolve(text).decision == Decision.RUN):
            return None
        return paused

    def _ask_over(self, replies: TurnReplies, routine: str, question: str,
                  data: dict[str, Any]) -> None:
        """A yes/no question of schedule talk ("Shall I run movie night every day at
        sunset?"), answered by ``TalkTurns.answer``; one still open is talked over
        first, so its "(I left ...)" comes before the new question."""
        self._talk_over_open(replies)
        self._talk._ask(replies, routine, question, **data)

    def _talk_over_open(self, replies: TurnReplies) -> None:
        """A question still open, talked over by a new one asked this turn (and said so
        before it: ``_talked_over``)."""
        if self._asked():
            assert self._pending is not None
            before, self._pending = self._pending, None
            self._talked_over(replies, before)

    def _talked_over(self, replies: TurnReplies, pending: Pending) -> None:
        """``pending`` left unanswered by a turn that asked for something else: dropped,
        and, where it asked to change a routine or open a way in, said so (it was dropped
        without a word, and "yes" later answered nothing). An offer to learn goes
        unsaid."""
        if pending.kind == "confirm" and pending.routine and (pending.data or {}).get(
                "op", "multipart") != "multipart" \
                and pending.routine.casefold() in map(str.casefold, self.store.routine_names()):
            replies.info(f"(I left {self._spoken_name(pending.routine)} as it was.)")
        if pending.kind == "command" and lets_people_in(pending.command):
            # ("Unlock Front door?" talked over: it stays locked, and said so)
            replies.info(f"(I left {self._left_as_they_are(pending.command)}.)")

    def _left_as_they_are(self, command: object) -> str:
        """"Front door locked", "Garage door closed": the devices a way-in question was
        about, as the question talked over leaves them."""
        ids = dict.fromkeys(s.device for s in getattr(command, "steps", ())
                            if isinstance(s, SetStep))
        devices = [self.backend.device(i) for i in ids]
        return spoken_list([f"{d.name} {spoken_state(d)}" for d in devices])

    def _asked_meanwhile(self, replies: TurnReplies, pending: Pending, text: str,
                         source: str, confidence: float | None) -> bool:
        """A question that changes nothing, asked while one of ours waits for its answer
        ("is the tv on?" at "Unlock Front door? Say yes or no."): answered as at any other
        time, as in the middle of teaching (``_answered_in_passing``), then ours said
        again and kept open. It was dropped, and the "yes" after it answered nothing
        ("There's nothing to answer right now.")."""
        if pending.kind == "alias" or not self._answered_in_passing(replies, text):
            return False
        self._log(text, source, confidence, "dialogue", 0.0, None, replies.outcome or (
            "explain" if replies.detail.get("asked") else Outcome.ANSWERED))
        self._still_open(replies, pending)
        return True

    def _still_open(self, replies: TurnReplies, pending: Pending) -> None:
        """``pending`` kept open past a question asked in passing, and said again. An
        offer to learn ("Shall I learn it?") is kept past one such question, not two: the
        person has moved on, and a "yes" minutes later taught words said long before (it
        was said again after every question, and stayed open as long as they came)."""
        if pending.kind in _OFFERS and pending.passed >= _OFFER_PASSED:
            if self._pending is pending:  # (lapsed; a question asked since stays)
                self._pending = None
            return
        self._pending = replace(pending, at=self._clock(), passed=pending.passed + 1)
        if pending.asked and pending.asked not in replies.lines:  # ("say that again")
            replies.question(pending.asked)

    def _command_just_done(self) -> str:
        """The words of the device command run last, when nothing was done since ("turn
        on the tv", then "save that as movie time"): what "that" is; "" for none (a
        routine ran, or nothing did: "What should movie time do?" is asked)."""
        last = self._last_run
        if last is None or last.routine is not None or not self._nothing_done_since(last.turn):
            return ""
        return last.request or last.utterance or ""

    def _teach_in_one(self, replies: TurnReplies, phrase: str, steps: str, *,
                      source: str) -> None:
        """"when i say movie time, turn off the ceiling light and turn on the tv": the
        teaching dialogue with its phrase and steps given at once, up to "Shall I save
        it?" (the question what it should do is left out when it was said)."""
        started = TurnReplies(lambda _event: None)
        self._teacher.start(started, phrase)
        session = self._teacher.session
        told = bool(steps) and session is not None and session.stage == "actions"
        for reply in started.replies:
            if not (told and reply.kind == "question"):
                replies.add(reply.text, reply.kind)
        if not told:
            return
        self._teacher.turn(replies, steps, None, source)
        session = self._teacher.session
        if session is not None and session.stage == "actions" and session.steps():
            self._teacher.turn(replies, "done", "done", source)

    def _offered(self, replies: TurnReplies, text: str, source: str,
                 confidence: float | None) -> bool:
        """"maybe movie mode, or reading mode, I don't know": routines offered as a
        choice; nothing runs, "Did you mean movie mode or reading mode?" is asked (its
        answer is read as any such question's: "the second one", "reading mode")."""
        if " or " not in f" {text.casefold()} " or self.store.phrase_owner(text) is not None:
            return False  # (most turns: no "or", nothing more read)
        offered = offered_routines(text, [(p, r) for p, r, _ in self.store.phrase_index()]
                                   + [(r, r) for r in self.store.routine_names()])
        if len(offered) < 2:
            return False
        asked = Resolution(text, Decision.CLARIFY, offered[0], 1.0,
                           tuple(Alternative(r, 1.0) for r in offered[1:]),
                           reason=Reason.AMBIGUOUS)
        self._ask_clarify(replies, text, source, confidence, asked, heard=asked,
                          outcome="asked which")
        return True

    def _meant_instead(self, text: str, after_run: bool) -> tuple[str, Any] | None:
        """The request a "no" right after a run opens ("no, reading mode", "nope, the tv
        off", "oops, I meant movie night"), or a correction said at any time opens ("sorry,
        I meant movie night"): what was meant instead of what ran or was said; None when
        the words after ask for nothing ("no problem", "I meant it"), or a question is
        open (then "no" answers it), or ``text`` is a taught phrase. With it, the device
        command it goes on from the last one with ("no, the desk lamp"), read before the
        undo that would end it; else None."""
        rest = dialogue.after_no(text) if after_run else dialogue.meant(text)
        if rest is None or self._asked() or self._is_phrase(text):
            return None
        action = self._choose(rest, replace(self._input, text=rest)).action
        if action in (Action.RUN_ROUTINE, Action.RUN_COMMAND, Action.ASK):
            return rest, None
        # ("turn on the tv", "no, I meant the desk lamp": the command, of the lamp; it
        # was 'I don't know "no i meant the desk lamp". Shall I learn it?')
        continued = (self._continued(rest) or self._narrowed(rest)) if after_run else None
        return (rest, continued) if continued is not None else None

    def _shown_corrected(self, replies: TurnReplies, offer: Pending, text: str,
                         kind: str | None, source: str, confidence: float | None) -> bool:
        """"no, the desk lamp" (or "no, turn on the desk lamp") at "Shall "X" do that from
        now on?": the command just shown went to the wrong device, so it is put back, done
        to the one meant, and the question asked again of what was shown then (it turned
        the lamp on, left the TV on, and the question went unasked). A routine named
        after the "no" ("no, reading mode") is run as before, the offer dropped."""
        rest = dialogue.after_no(text) if kind is None else None
        if not rest:
            return False
        continued = self._continued(rest) or self._narrowed(rest)
        if continued is None and self._choose(
                rest, replace(self._input, text=rest)).action != Action.RUN_COMMAND:
            return False
        last = self.store.last_run()
        undone = set(last.before) if last is not None else set()
        kept = list(offer.data)
        while kept and kept[-1].device in undone:  # (the command shown last: its steps)
            kept.pop()
        self._log(text, source, confidence, "dialogue", 0.0, None, "undo")
        self._undo_turn(replies, feedback=True)
        if continued is not None:
            self._device_command_turn(replies, rest, continued, source, confidence,
                                      sure=self._sure_command(continued), continuing=True)
        else:
            self._command_turn(replies, rest, source, confidence)
        self._offer_what_was_shown(replies, replace(offer, data=kept))
        return True

    def _narrowed(self, names: str) -> Any:
        """The device command just run, for some of its devices named now (``narrowed``)."""
        last = self._last_command
        if last is None or not self._nothing_done_since(last[2]):
            return None
        return narrowed(names, last[0], self._command_parser())

    def _meant_not_teaching(self, replies: TurnReplies, text: str, kind: str | None,
                            source: str, confidence: float | None) -> bool:
        """"oops, I meant movie night" at "What's the phrase?": the "teach" was the slip,
        so the teaching ends, movie night runs, and the end is said as a question talked
        over is ("(I stopped teaching: nothing was taught.)": it ended unsaid, and a person
        might think the teaching went on). Words that name no routine are the phrase
        (``Teacher.set_phrase``)."""
        session = self._teacher.session
        meant = dialogue.meant(text) if kind is None and session is not None \
            and session.stage == "phrase" else None
        if meant is None or self.store.phrase_owner(meant) is None:
            return False
        self._teacher.cancel(TurnReplies(lambda _event: None))
        self._log(text, source, confidence, "dialogue", 0.0, None, "cancel")
        if not self._multi.handle(replies, meant, source, confidence):
            self._command_turn(replies, meant, source, confidence)
        replies.info("(I stopped teaching: nothing was taught.)")
        return True

    def _ran_just_now(self, request: str) -> bool:
        """Whether ``request`` names the routine that just ran ("oops, I meant movie
        night" after movie night): nothing to put back, it runs again."""
        last = self._last_run
        routine = self.resolve(request).routine if last is not None and last.routine else None
        return routine is not None and last is not None and (
            routine.casefold() == (last.routine or "").casefold())

    def _answered_since_run(self) -> bool:
        """Whether the last run is recent and every turn after it only asked and was
        answered (or was told what a question wants)."""
        last = self._last_run
        return last is not None and self._nothing_done_since(last.turn) and (
            self._clock() - last.at <= self.learning_settings.undo_window)

    def _slip_noticed(self, replies: TurnReplies, text: str, source: str,
                      confidence: float | None, right_after_run: bool) -> None:
        """"oops", "my bad" right after a run asks whether to put it back (it may be the
        run that was the slip, or not: so asked, not undone as "that's wrong" is);
        otherwise it is said to be no harm. It was offered as a phrase to learn."""
        last = self._last_run
        if right_after_run and last is not None:
            name = (self._spoken_name(last.routine) if last.routine
                    else f"\"{last.request or last.utterance}\"")
            iid = self._log(text, source, confidence, "dialogue", 0.0, last.routine,
                            Outcome.OFFERED_UNDO)
            self._pending = Pending("undo_offer", text, self._clock(), last.routine or "",
                                    iid, source)
            replies.question(f"Shall I undo {name}?")
            return
        self._log(text, source, confidence, "dialogue", 0.0, None, NOTHING_ASKED)
        replies.info("No harm done." if last is None else
                     "No harm done. Say \"undo\" if you want me to put back what I did last.")

    def _undo_misheard(self, replies: TurnReplies, text: str, source: str,
                       confidence: float | None) -> None:
        """"i do" (or "undue") right after a run (questions answered between), nothing
        asked: "undo" misheard, so "Did you mean undo?" is asked; "yes" (or "undo") takes
        the run back, "no" leaves it. It was offered for teaching ("I don't know "i do".
        Shall I learn it?")."""
        last = self._last_run
        assert last is not None
        iid = self._log(text, source, confidence, "dialogue", 0.0, last.routine,
                        Outcome.OFFERED_UNDO)
        self._pending = Pending("undo_offer", text, self._clock(), last.routine or "", iid,
                                source)
        replies.question("Did you mean undo?")

    def _wrong_past_run(self, replies: TurnReplies, text: str, source: str,
                        confidence: float | None) -> None:
        """"that's wrong" not right after a run (an answer, an undo, nothing between):
        the run before is offered to undo, as "oops" right after it is ("Shall I undo
        "turn on the desk lamp"?"), never undone unasked; with none, what to say."""
        if self._last_run is not None and self._clock() - self._last_run.at \
                <= self.learning_settings.undo_window:
            self._slip_noticed(replies, text, source, confidence, right_after_run=True)
            return
        self._log(text, source, confidence, "dialogue", 0.0, None, NOTHING_ASKED)
        replies.info("Sorry. Say \"why?\" to hear why I did or said that, or \"undo\" to "
                     "put back what ran last.")

    def _undo_answered(self, replies: TurnReplies) -> None:
        """After a plain "undo" taken as the "no" to a question ("Shall I learn it?"
        "undo": "OK."), say that nothing was undone and how to undo (it read as if the
        last change had been put back); not when the turn asks again."""
        if replies.detail.pop("undo_answered", False) and self._pending is None \
                and self._teacher.session is None:
            replies.info("That \"undo\" answered my question, so nothing was undone; say "
                         "\"undo\" again to undo the last change.")

    def _asks_to_undo(self) -> bool:
        """Whether the open question asks whether to undo something: "Shall I undo X?",
        or the question "undo" right after saving asked ("Shall I forget it?")."""
        pending = self._pending
        return pending is not None and (pending.kind == "undo_offer" or (
            isinstance(pending.data, dict) and pending.data.get("undoes") is True))

    def _asked(self) -> bool:
        """Whether the last turn left a question open that this turn may answer."""
        pending = self._pending
        return pending is not None and pending.kind != "alias" and (
            self._clock() - pending.at <= self.learning_settings.answer_window)

    def _offer_what_was_shown(self, replies: TurnReplies, offer: Pending,
                              text: str = "") -> None:
        """"I don't know 'reading mode'. Shall I learn it?", answered by doing it ("living
        room lamp to 100 percent"): done, and "Shall 'reading mode' do that from now
        on?", so showing is teaching (the design's "the person shows it"). A person shows
        a routine of several changes one command at a time ("and turn the tv off"): each
        command while that question is open joins what was shown, and it is asked again.
        A command said with a reason of its own ("close the blinds, my sister is coming
        over" after "party time") is a request of its own, not a showing: done, and the
        offer dropped (it was asked as "party time"'s steps), unless its reason is the
        words offered ("my sister is coming over": it shows what they mean). It
        follows only the first "Shall I learn it?" of a session for the same words
        (``offers_asked``): after a "no", or none, the next showing is done and not
        asked about."""
        run = replies.run
        if replies.action != Action.RUN_COMMAND or run is None or not run.ok:
            return
        steps = [done.step for done in run.outcomes
                 if done.ok and isinstance(done.step, SetStep)]
        if not steps or self._is_phrase(offer.utterance) or not names_a_routine(
                offer.utterance) or self._says_of_a_routine(offer.utterance):
            return  # (the command was no answer: done, and the offer dropped)
        reason = self._command_parser().reason_said(text) if text else None
        if reason is not None and phrase_key(reason) != phrase_key(offer.utterance):
            return  # (a request with its own reason: done, and the offer dropped)
        shown = "that"  # (one command's changes were just read back)
        if offer.kind != "offer_teach":  # (each further command shown: all that was shown)
            steps = [*offer.data, *steps]
            names = list(dict.fromkeys(self.backend.device(step.device).name
                                       for step in steps))
            shown = "that" if len(names) == 1 else f"all that ({spoken_list(names)})"
        self._pending = Pending("learn_shown", offer.utterance, self._clock(), None, None,
                                offer.source, data=steps)
        replies.question(f"Shall \"{dialogue.taught_phrase(offer.utterance)}\" do {shown} "
                         "from now on?")

    def _nothing_heard(self, replies: TurnReplies, source: str) -> None:
        replies.action = Action.NOTHING
        self._log("", source, None, "reject", 0.0, None, Outcome.NOTHING_HEARD)
        session = self._teacher.session
        if session is not None and session.stage == "phrase":
            replies.question("I didn't catch that. What's the phrase?")
        else:
            replies.info("I didn't catch that.")
