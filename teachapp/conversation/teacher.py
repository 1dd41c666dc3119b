"""The teaching dialogue: phrase -> what it does -> "Shall I save it?" -> saved.

The person can leave at any step ("cancel"), correct the phrase ("the phrase is
..."), add device targets by voice ("desk lamp to 80 percent"), from the window
(``set_target``) or from how things are now ("use how the desk lamp is now"), and
add spoken replies and pauses ("then say good night", "wait 5 seconds"). Device
commands given while teaching are recorded, not carried out.

The dialogue's parts, one job each: ``teacher_state`` (the session and the words of
the prompts), ``teacher_phrase`` (the phrase and the save), ``teacher_steps`` (the
steps so far, taken out and back), ``teacher_prompts`` (where we are, when a turn is no
step), ``teacher_commands`` (device commands taught); here, the turn that picks one.
"""

from __future__ import annotations

from ..understanding.rephrase import request_kind
from . import intents as dialogue
from .asked_to_run import routine_unnamed
from .step_later import step_later
from .steps_taken_out import last_step_taken_out
from .teacher_commands import TeacherCommands
from .teacher_state import HELP
from .teaching_talk import small_talk
from .turns import TurnReplies

__all__ = ["Teacher"]


class Teacher(TeacherCommands):
    """Holds the teaching session and moves it on, one request at a time."""

    def turn(self, replies: TurnReplies, text: str, kind: str | None, source: str) -> None:
        """One turn of the dialogue while teaching."""
        missed = self._missed
        self._turn(replies, text, kind, source)
        if self._missed == missed:
            self._missed = 0

    def _step_later(self, replies: TurnReplies, text: str) -> bool:
        """"dim the lights in 5", "in 10 minutes turn off the tv": a pause, then the
        change (``step_later``); False when no delay is said or the rest is no device
        command ("remind me to stir in 5" is a reminder, set as a request)."""
        later = step_later(text)
        if later is None or self._planned_parser().parse(later[0]) is None:
            return False
        if self._pause(replies, later[1], text):
            self._device_command(replies, later[0])
        return True

    def _turn(self, replies: TurnReplies, text: str, kind: str | None, source: str) -> None:
        session = self._require()
        if (kind == "undo" or (kind == "cancel" and dialogue.cancels_last(text))) \
                and self._requested(replies, text):
            return  # ("cancel that", "undo" right after a timer set or a run: that, no step)
        if kind == "cancel" and not (dialogue.cancels_last(text) and session.stage == "actions"
                                     and session.has_actions()):
            self.cancel(replies)
            return
        if kind == "help" and request_kind(text) == "question" and self._answered(
                replies, text):
            return  # "what can you do?": the app's answer, then back to teaching
        if kind == "help":
            replies.outcome = "help"
            replies.question(HELP[session.stage].format(phrase=session.phrase,
                                                         **self._examples()))
            return
        heard_just_now, self._heard_just_now = self._heard_just_now, None
        if session.stage == "phrase":
            if request_kind(text) is not None and self._answer is not None and \
                    self._answer(replies, text):  # ("what does bedtime do?": not a name)
                replies.outcome = "answered"
                self._remind(replies)
                return
            if kind is None and self._requested(replies, text):
                return  # ("set a timer for 5 minutes": no words for a routine)
            # ("oops, I meant study mode", "the phrase is study mode", "call it study mode")
            said = dialogue.meant(text) or dialogue.phrase_named(text) or text
            self.set_phrase(replies, said, heard=said if source == "audio" else None)
            return
        if heard_just_now and self._replace_heard(replies, text, kind, source, heard_just_now):
            return
        unsure, self._unsure = self._unsure, None
        if unsure is not None and self._which_one(replies, text, kind, *unsure):
            return
        if unsure is not None:  # another step, or "done": the question was passed over
            replies.info(f"I left \"{unsure[0]}\" out, since I wasn't sure which device you "
                         "meant. Say it again with the device's name to add it.")
        if session.stage == "confirm":
            if kind == "yes":
                self.save(replies, None)
                return
            if kind == "no":
                session.stage = "actions"
                replies.outcome = "not saved"
                replies.question("Not saved yet. Change what it should do and say \"done\", "
                                 "or say \"cancel\".")
                return
            chat = small_talk(text) if kind is None else None
            if chat is not None:  # (not an answer: the question, shortly)
                replies.outcome = chat[1]
                replies.question(f"{chat[0]} Shall I save \"{session.phrase}\"? Say yes or "
                                 "no.")
                return
            if kind is None and self._requested(replies, text):
                return  # ("reading mode": run, not copied in; "set a timer …")
        if kind == "done" or (kind == "yes" and session.stage == "actions"):
            self._to_confirm(replies)
            return
        if kind in ("undo", "no"):
            self._drop_last(replies)
            return
        if kind == "cancel":  # "cancel that" with steps shown: the last one goes
            self._drop_last(replies)
            self._left_after_drop(replies)
            return
        if last_step_taken_out(text):  # ("remove the last step": as "scratch that")
            self._drop_last(replies)
            self._left_after_drop(replies)
            return
        if dialogue.says_slip(text) and session.stage == "actions":
            # ("oops" after a step: it was "I didn't get "oops" as something to do", the
            # devices listed; which step was the slip is the person's to say)
            replies.outcome = "slip"
            replies.question("No harm done. Say \"undo\" to take out the last step, or "
                             "go on." if session.has_actions() else
                             f"No harm done. Tell me what \"{session.phrase}\" should do.")
            return
        if self._several_steps(replies, text) or self._special(replies, text) \
                or self._step_later(replies, text):
            return
        if routine_unnamed(text) == "last" and "routine" not in text.casefold():
            # ("turn off the tv", "run it again": it was "TV → on, when the routine
            # runs.", "it" read as the TV and "run" as "turn on"; nothing runs while
            # teaching, and a step said twice is the same step)
            replies.outcome = "repeat"
            replies.question(f"Nothing runs while I'm learning \"{session.phrase}\". "
                             "Say the next thing it should do, or say \"done\".")
            return
        self._device_command(replies, text)
