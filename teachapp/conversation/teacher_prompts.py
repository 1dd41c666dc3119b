"""Teaching: what is said when a turn is no step: where the teaching is, what it does
so far, how to go on or leave, a question in passing answered."""

from __future__ import annotations

from ..domain import sentence_start
from ..understanding.rephrase import request_kind
from .teacher_state import EXAMPLES, HELP, TeacherState, steps_so_far
from .teaching import summarise_steps
from .teaching_talk import asked_what_it_does, asks_so_far, small_talk
from .turns import TurnReplies

__all__ = ["TeacherPrompts"]


class TeacherPrompts(TeacherState):
    """Prompts and reminders of where the teaching is."""

    def _not_understood(self, replies: TurnReplies, text: str) -> None:
        """Words that are not something to do. The first time, what can be said; then,
        or at once for a question or a request of another kind ("what time is it",
        "list my routines"), where we are and how to leave: a person who has forgotten
        that teaching is under way must not be held in it by a list of devices."""
        session = self._require()
        if asked_what_it_does(text, session.phrase) or asks_so_far(text):
            self._tell_unsaved(replies)
            return
        chat = small_talk(text)
        if chat is not None:  # (it was "We're still teaching …": a thank-you is no step)
            replies.outcome = chat[1]
            replies.info(chat[0])
            self._remind(replies)
            return
        if self._answered(replies, text) or self._requested(replies, text):
            return
        replies.outcome = "not understood"
        self._missed += 1
        if session.stage == "confirm":
            replies.question(f"\"{session.phrase}\" will {summarise_steps(session)}. Say "
                             "\"yes\" to save it, \"no\" to change it, or \"cancel\".")
            return
        kind = request_kind(text)
        other = kind in ("question", "conversation", "impossible")
        # (a device command for a device the home lacks gets the devices' names again)
        if (kind == "command" or (self._missed == 1 and not other)) and \
                not self._backend.devices():
            # (a real home that has listed no device yet: it said "Name one of the
            # devices () and what to set, e.g. "desk lamp to 80 percent" …")
            replies.question(f"I didn't get \"{text}\" as something to do. This home has "
                             "no devices yet, so for now a routine can only wait or speak, "
                             "e.g. \"wait 5 seconds\" or \"then say good night\"; or say "
                             "\"cancel\".")
            return
        if kind == "command" or (self._missed == 1 and not other):
            replies.question(f"I didn't get \"{text}\" as something to do. Name one of the "
                             f"devices ({self._device_names()}) and what to set, "
                             f"{EXAMPLES.format(**self._examples())}; "
                             "or say \"done\".")
            return
        so_far = f" {sentence_start(steps_so_far(session))}."
        leave = ("Say \"done\" to save it, or \"cancel\" to stop teaching"
                 if session.has_actions() else "Say \"cancel\" to stop teaching")
        ask = " and ask me again" if other else ""
        more = " else" if session.has_actions() else ""
        replies.question(f"We're still teaching \"{session.phrase}\".{so_far} Tell me what"
                         f"{more} it should do. {leave}{ask}.")

    def wanted(self, yes: bool, thanks: bool) -> str | None:
        """What the teaching's question still wants, when it wants words of the person's
        own (the phrase, a step): what a hesitation there is told ("hmm" at "What should
        X do?" was read as a step). None at "Shall I save it?" and at a "which one?" of
        its own; with steps taught, none for a ``yes`` ("ok": that's all); past the
        phrase, none for ``thanks`` (answered as small talk, then where we are)."""
        session = self.session
        if session is None or session.stage == "confirm" or self._unsure is not None:
            return None
        if session.stage == "phrase":
            return HELP["phrase"]
        if thanks:
            return None
        if session.has_actions():
            return None if yes else (f"Tell me what else \"{session.phrase}\" should do, or "
                                     "say \"done\".")
        return (f"Tell me what \"{session.phrase}\" should do, "
                f"{EXAMPLES.format(**self._examples())}; or say \"cancel\".")

    def _tell_unsaved(self, replies: TurnReplies) -> None:
        """"what does bedtime do?" of the phrase being taught: its steps so far, and
        that it is not saved yet (it was "I don't know a routine called "bedtime"")."""
        session = self._require()
        replies.outcome = "answered"
        unsaved = f"\"{session.phrase}\" isn't saved yet"
        if session.stage == "confirm":
            replies.question(f"{unsaved}: it will {summarise_steps(session)}. Shall I save "
                             "it?")
        elif session.has_actions():
            replies.question(f"{unsaved}: {steps_so_far(session)}. Tell me what else it should "
                             "do, or say \"done\".")
        else:
            replies.question(f"{unsaved}, and it doesn't do anything yet. Tell me what it "
                             f"should do, {EXAMPLES.format(**self._examples())}.")

    def _answered(self, replies: TurnReplies, text: str) -> bool:
        """A question asked in passing, not a step ("what time is it?", "is the lamp
        on?"): answered as it would be outside teaching, then where we are (the phrase,
        what it does so far, what to say next), so the teaching goes on. A person who
        asks expects the answer; holding it back until "cancel" lost what was taught.
        Only words no step took come here, so "lamp to 100 %", "done" or "cancel" keep
        their teaching meaning."""
        if self._aside is None or not self._aside(replies, text):
            return False
        replies.outcome = "answered"
        self._remind(replies)
        return True

    def _requested(self, replies: TurnReplies, text: str) -> bool:
        """A request of its own said while a teaching question waits ("set a timer for
        5 minutes", "run good night at 10 pm"; "reading mode" at "Shall I save it?"):
        done as it would be outside teaching, then the question again, so the teaching
        goes on from where it was. It was taken as the phrase or a step, or refused."""
        session = self._require()
        if self._request is None or not self._request(replies, text, session.stage):
            return False
        replies.outcome = "request"
        if not replies.detail.pop("request_asked", False):  # ("When should I remind you?"
            self._remind(replies)  # waits for its answer: the teaching's question after it)
        return True

    def _remind(self, replies: TurnReplies) -> None:
        """Where the teaching is, as a question to go on from."""
        session = self._require()
        if session.stage == "phrase":
            replies.question("Back to teaching. " + HELP["phrase"])
        elif session.stage == "confirm":
            replies.question(f"Back to teaching: \"{session.phrase}\" will "
                             f"{summarise_steps(session)}. Shall I save it?")
        elif session.has_actions():
            replies.question(f"Back to teaching \"{session.phrase}\": {steps_so_far(session)}. "
                             "Tell me what else it should do, or say \"done\".")
        else:
            replies.question(f"Back to teaching \"{session.phrase}\": {steps_so_far(session)}. "
                             f"Tell me what it should do, "
                             f"{EXAMPLES.format(**self._examples())}; or say \"cancel\".")

    def _to_confirm(self, replies: TurnReplies) -> None:
        session = self._require()
        if not session.has_actions():
            replies.question(f"\"{session.phrase}\" doesn't do anything yet. Tell me what it "
                             f"should do, {EXAMPLES.format(**self._examples())}.")
            return
        session.stage = "confirm"
        replies.outcome = "confirm"
        replies.question(f"\"{session.phrase}\" will {summarise_steps(session)}. "
                         "Shall I save it?")
