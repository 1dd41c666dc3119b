"""Answers to the assistant's questions: "did you mean X?", "should U also mean X?",
"shall I learn it?" and "do you want me to <device command>?".

A part of ``Assistant`` (see ``core.py``): the turn after a question the agent
asked, using the parts that run, ask and teach.
"""

from __future__ import annotations

from dataclasses import replace

from ..domain import spoken_list
from ..store import phrase_key
from ..understanding.normalize import strip_free_words
from ..understanding.resolution import Decision, Reason, Resolution
from . import intents as dialogue
from .command_turns import CommandTurns
from .events import TurnResolved
from .teaching_calls import TeachingCalls
from .turns import Pending, TurnReplies
from .which_one import asked_again, read_pick, read_routine_pick, which_of

__all__ = ["AnswersMixin"]


class AnswersMixin(CommandTurns, TeachingCalls):
    """Handles the turn after a question; see ``_answer``."""

    def _answer(self, replies: TurnReplies, pending: Pending, text: str, kind: str | None,
                source: str, confidence: float | None) -> bool:
        """Handle the answer to an open question; False when the turn is not an answer."""
        if pending.kind in ("offer_teach", "learn_shown"):
            if kind in ("no", "cancel"):
                self._log(text, source, confidence, "dialogue", 0.0, None, "no")
                replies.info("OK.")
                return True
            rest = dialogue.after_no(text) if kind is None else None
            if rest:  # ("no, reading mode": not to learn it; reading mode was meant)
                self._command_turn(replies, rest, source, confidence)
                return True
            if kind != "yes" and not (kind == "done" and pending.kind == "learn_shown"):
                return False  # ("that's it" after showing: the showing is over, keep it)
            self._log(text, source, confidence, "dialogue", 0.0, None, "teach")
            heard = pending.source == "audio"
            if pending.kind == "offer_teach":
                self._teacher.start(replies, pending.utterance, heard=heard)
            elif self._teacher.save_shown(replies, pending.utterance, pending.data,
                                          heard=heard) is None:
                return True  # (the phrase cannot be one: said why)
            self._after_teaching(replies)
            return True
        if pending.kind == "command":
            if kind == "yes" and getattr(pending.command, "pick", None):
                self._log(text, source, confidence, "dialogue", 0.0, None, "asked again")
                replies.question(which_of(pending.command))  # ("both" of three: which?)
                self._pending = replace(pending, at=self._clock())
                return True
            if kind == "yes":
                self._log(text, source, confidence, "dialogue", 0.0, None, "confirmed")
                if pending.interaction_id is not None:
                    self.store.update_interaction(pending.interaction_id,
                                                  feedback="confirmed")
                pending.command.confidence = 1.0
                replies.detail["asked_first"] = "confirmed"  # (what "why?" tells of it)
                self._device_command_turn(replies, pending.utterance, pending.command,
                                          pending.source, None, sure=True)
                return True
            if kind in ("no", "cancel"):
                self._log(text, source, confidence, "dialogue", 0.0, None, "declined")
                replies.info("OK, I won't.")
                return True
            return self._which_one(replies, pending, text, source, confidence)
        assert pending.routine is not None
        if pending.kind == "undo_offer":
            if kind == "yes":
                self._log(text, source, confidence, "dialogue", 0.0, pending.routine or None,
                          "undo")
                self._undo_turn(replies, feedback=False)
                return True
            if kind in ("no", "cancel"):
                self._log(text, source, confidence, "dialogue", 0.0, pending.routine or None,
                          "kept")
                replies.info("OK, I'll leave it as it is.")
                return True
            return False
        if pending.kind == "alias":
            if kind == "yes":
                self._log(text, source, confidence, "dialogue", 0.0, pending.routine,
                          "alias confirmed")
                answer = self._learner.answer(pending.utterance, pending.routine, True)
                if answer == "learned":
                    self._learned(replies, pending.utterance, pending.routine)
                elif answer == "check":
                    replies.info(f"OK. The next time I hear \"{pending.utterance}\", I'll "
                                 f"ask if you mean {self._spoken_name(pending.routine)}.")
                else:
                    replies.info("OK.")
                return True
            if kind == "no":
                self._log(text, source, confidence, "dialogue", 0.0, pending.routine,
                          "alias declined")
                self._learner.answer(pending.utterance, pending.routine, False)
                replies.info("OK, I won't.")
                return True
            return False
        # clarify: yes / no / the right name / which of two
        options = _options(pending)
        if len(options) > 1:
            named = self._routine_named(text)
            if named in options:  # "reading mode" of "movie mode or reading mode?"
                self._chosen(replies, pending, named, text, source, confidence)
                return True
            taken = None if named is not None else self._which_routine(
                replies, pending, options, text, kind, source, confidence)
            if taken is not None:
                return taken
        elif kind == "yes" or " ".join(phrase_key(text).split()) in _THE_ONE:
            self._chosen(replies, pending, pending.routine, text, source, confidence)
            return True
        # "no, reading mode", "oops, I meant movie night": declined, and what was meant
        rest = dialogue.after_no(text) or ""  # (none for "no no", "no, wrong")
        meant = self._routine_named(rest) if rest else None
        if meant is not None and meant in options:
            # "no, movie mode" to "Did you mean movie mode?": the routine offered, said
            # again, is a yes with a correction (it declined it, then ran it)
            self._chosen(replies, pending, meant, text, source, confidence)
            return True
        if kind in ("no", "cancel") or rest:
            self._declined(replies, pending, options, text, source, confidence,
                           quiet=bool(rest))
            if rest:
                self._command_turn(replies, rest, source, confidence)
            return True
        named = self._routine_named(text)
        if named is not None:
            iid = self._log(text, source, confidence, "run", 1.0, named, "chosen")
            # A run like any other: front ends (and the learning benchmark) see it.
            self._emit(TurnResolved(iid, Resolution(text, Decision.RUN, named, 1.0,
                                                    reason=Reason.EXACT)))
            self._execute(replies, named, utterance=text, interaction_id=iid)
            return True
        return False

    def _chosen(self, replies: TurnReplies, pending: Pending, routine: str, text: str,
                source: str, confidence: float | None, *, learn: bool = True) -> None:
        """"yes" to "did you mean R?", or R picked of "did you mean R or S?": run R.
        ``learn`` is False for "either": R ran, but was not said to be what was meant."""
        self._log(text, source, confidence, "dialogue", 0.0, routine, "confirmed")
        if pending.interaction_id is not None:
            self.store.update_interaction(pending.interaction_id, feedback="confirmed")
        if learn:
            # Strong evidence, settled at the next turn unless that turn objects
            # to what ran (a careless "yes" then "no" teaches nothing).
            self._learner.confirm(pending.utterance, routine,
                                  how="chosen in \"did you mean\"", defer=True)
        self._learner.drop_miss(pending.utterance)
        self._execute(replies, routine, utterance=text,
                      interaction_id=pending.interaction_id, learn=learn)
        if learn:
            self._hooks.defer(phrase_key(_core(pending.utterance)), routine)

    def _declined(self, replies: TurnReplies, pending: Pending, options: list[str],
                  text: str, source: str, confidence: float | None, *, quiet: bool) -> None:
        """"no" (or "neither") to "did you mean R?": evidence against each routine asked."""
        for routine in options:
            self._learner.against(pending.utterance, routine, why="declined")
        if pending.interaction_id is not None:
            self.store.update_interaction(pending.interaction_id, feedback="declined")
        if quiet:
            return
        self._log(text, source, confidence, "dialogue", 0.0, pending.routine, "declined")
        replies.info("OK. Say it another way, or say \"teach\" to teach it to me.")

    def _which_routine(self, replies: TurnReplies, pending: Pending, options: list[str],
                       text: str, kind: str | None, source: str,
                       confidence: float | None) -> bool | None:
        """An answer to "did you mean R or S?": "the second one", "reading", "either",
        "neither" (``which_one.read_routine_pick``); a bare "yes" asks which. None when
        it is a "no" or not an answer (the caller goes on)."""
        if kind in ("no", "cancel"):
            return None
        pick = None if kind == "yes" else read_routine_pick(text, options,
                                                            request=pending.utterance)
        if pick is None and kind != "yes":
            return None
        if pick is not None and pick.none:
            self._declined(replies, pending, options, text, source, confidence, quiet=False)
            return True
        if pick is None or len(pick.chosen) != 1:
            self._log(text, source, confidence, "dialogue", 0.0, pending.routine,
                      "asked again")
            names = spoken_list([self._spoken_name(r) for r in options], "or")
            replies.question(f"Which one: {names}?")
            self._pending = replace(pending, at=self._clock())
            return True
        self._chosen(replies, pending, pick.chosen[0], text, source, confidence,
                     learn=not pick.indifferent)
        return True

    def _which_one(self, replies: TurnReplies, pending: Pending, text: str, source: str,
                   confidence: float | None) -> bool:
        """"the first one", "the lamp", "neither", "brighter" after "do you want me to
        <command>? Say yes, or which one." (``which_one.read_pick``)."""
        if self.store.phrase_owner(text) is not None:
            return False  # a taught phrase: a request of its own
        command = pending.command
        pick = read_pick(text, command.devices, request=pending.utterance,
                         question=command.text, parser=self._command_parser())
        if pick is None:
            return False
        if pick.none:
            self._log(text, source, confidence, "dialogue", 0.0, None, "declined")
            replies.info("OK, I won't.")
            return True
        if not pick.chosen:  # a device not asked about, or "the third" of two
            self._log(text, source, confidence, "dialogue", 0.0, None, "asked again")
            replies.question(asked_again(pick, command.devices))
            self._pending = replace(pending, at=self._clock())
            return True
        self._log(text, source, confidence, "dialogue", 0.0, None, "picked")
        if pending.interaction_id is not None:
            self.store.update_interaction(pending.interaction_id, feedback="picked")
        replies.detail["asked_first"] = "picked"  # (what "why?" tells of it)
        self._device_command_turn(replies, pending.utterance, command.only(pick.chosen),
                                  pending.source, None, sure=True, narrowed=True)
        return True

    def _routine_named(self, text: str) -> str | None:
        key = phrase_key(text)
        return next((n for n in self.store.routine_names() if phrase_key(n) == key), None)


def _options(pending: Pending) -> list[str]:
    """The routines a "did you mean" question named, in order."""
    data = pending.data if isinstance(pending.data, dict) else {}
    return list(data.get("options") or [pending.routine])


def _core(utterance: str) -> str:
    return strip_free_words(utterance) or utterance


_THE_ONE = frozenset({"first one", "the first one", "that one", "this one", "the one",
                      "that's the one", "that is the one", "yes that one",
                      "yes the first one", "number one", "the 1st one", "1st one", "first"})
"""Answers to "did you mean X?" (one routine offered) that pick it as a list's answer
would ("the first one" was "I don't know 'the first one'. Shall I learn it?")."""
