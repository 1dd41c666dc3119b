"""Questions asked in the middle of teaching: answered, and the teaching goes on.

A person teaching "reading mode" who asks "what time is it?", "is the lamp on?" or
"what can you do?" expects the answer, as at any other time; holding it back until
they leave the teaching ("We're still teaching ...") lost what they had shown so far.
The teacher asks here only about words no teaching step took ("lamp to 100 %",
"done", "cancel" keep their meaning), and adds where the teaching is
(``Teacher._answered``). Only answers that change nothing are given: the time and
what is scheduled (``ScheduleTalk.answer``), questions about the routines and the
last turns (``TalkTurns.asked``), the devices' states (``cues.py``) and help; a
question none of them answers is said to be one, as outside teaching.
"""

from __future__ import annotations

from ..understanding.rephrase import request_kind
from ..understanding.resolution import Decision
from . import intents as dialogue
from .command_turns import CommandTurns
from .cues import cue_answer
from .learning_hooks import learning_intent
from .models import Outcome
from .turns import TurnReplies

__all__ = ["TeachingAsides"]


class TeachingAsides(CommandTurns):
    """``_teaching_aside``: the teacher's way to the agent's answers."""

    def _teaching_aside(self, replies: TurnReplies, text: str) -> bool:
        """Answer ``text`` as a question asked in passing; False when it is none."""
        if self._answered_in_passing(replies, text):
            return True
        if request_kind(text) == "question":
            replies.info(f"I can't answer \"{text}\": I know this home's devices and the "
                         "routines you teach me.")
            return True
        return False

    def _answered_in_passing(self, replies: TurnReplies, text: str) -> bool:
        """Answer ``text`` when it only asks and one of the answers above has it; False
        otherwise (also for a question none of them answers). Read by the teacher and by
        a sentence of several questions ("is the tv on and what time is it": each part
        its own answer, ``multipart``)."""
        if learning_intent(text) == "list aliases":  # as outside teaching, not "taught"
            self._hooks.voice(replies, "list aliases")
            return True
        if self._schedule_talk.answer(replies, text) or self._talk.asked(replies, text):
            return True
        if self._talk.changes(text):
            return False  # ("have movie night dim the lamp too" at a question: an edit,
            # not "have (you run) movie night?", answered "No, not all of … is in effect")
        if dialogue.intent(text) == "help":
            replies.info(self._help())
            return True
        resolution = self.resolve(text)
        if resolution.decision == Decision.RUN:
            return False  # a taught phrase ("what's the weather" taught): not a question
        answer = cue_answer(text, resolution, self._mentioned(resolution),
                            self._command_parser(), last_run=None)
        if answer is not None and answer.outcome == Outcome.ANSWERED \
                and answer.undo_routine is None:
            replies.info(answer.text)
            return True
        return False
