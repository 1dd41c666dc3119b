"""Undo: "undo" and "no" right after a run put the devices back and count against it.

Kept apart from the turn order because undo is reached in several ways (a turn, the
window's button, ``teachapp undo``) and must remember which run it refers to and
what it taught the learner.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..domain import LEARNED_ONLY, Device, SetStep, spoken_list
from ..errors import NotFoundError, TeachappError
from ..home.executor import RunResult
from ..store import RunRecord
from . import explain, library
from .core import AgentCore
from .events import RunFinished, Undone
from .models import TurnInput
from .turns import LastRun, TurnReplies

__all__ = ["Undoing"]


class Undoing(AgentCore):
    """The last run and how to take it back."""

    def _undo_turn(self, replies: TurnReplies, *, feedback: bool, hint: bool = False,
                   past_nothing: bool = True) -> None:
        """Take back the newest run, deletion or rename. A run that changed nothing
        because it repeated the run before it ("turn on the lamp" twice: "Desk lamp is
        already on.") is taken back with that run (``past_nothing``; not for "no", which
        is about the run itself): "undo" then puts the lamp back, as the person means (it
        said "Undone: it changed nothing, so nothing needed putting back." and a second
        "undo" was needed). That run is taken back even when a rename or deletion came
        between the two ("movie mode", "rename movie mode to film night", "film night":
        the undo renamed it back, and the lamp stayed on); it is taken back next."""
        before = len(replies.replies)
        if past_nothing and (self._talk.undo_phrase_removal(replies)
                             or self._talk.undo_step_edit(replies)
                             or self._talk.undo_rename(replies)
                             or self._talk.undo_deletion(replies)):
            said = replies.replies[before:before + 1]
            back = replies.detail.get("undone") or {}
            if said and said[0].kind != "error":
                self._emit(Undone(said[0].text, back.get("renamed") or back.get("restored")))
            return
        last = self._last_run
        if past_nothing and self._nothing_confirmed(replies):
            return
        runs = self.store.recent_runs(limit=2) if past_nothing and not hint else []
        try:
            undone = TurnReplies(lambda _event: None)  # added below, in order
            result = self._undo(feedback=feedback, replies=undone)
        except NotFoundError:
            replies.detail["undone"] = {"nothing": True}  # ("why?": not "I put it back")
            replies.info("There is nothing to undo.")
            return
        if result.ok and _repeated(runs, result.run_id) and not self.changed_devices(result):
            further = TurnReplies(lambda _event: None)
            self._undo_turn(further, feedback=False, past_nothing=False)
            if further.replies and further.replies[0].kind != "error" \
                    and further.replies[0].text != "There is nothing to undo.":
                replies.detail.update(further.detail)
                for reply in further.replies:
                    replies.add(reply.text, reply.kind)
                self._emit(Undone(result.summary))
                return
        if result.ok:
            # what "why did you undo that?" tells later (``explain``)
            ran = last if last is not None and last.run_id == result.run_id else None
            unconfirmed = self._names(ran.unconfirmed) if ran is not None else []
            replies.detail["undone"] = {"devices": self._changed_names(result), "what": (
                ran.routine or (f'"{ran.utterance}"' if ran.utterance else None)
                if ran is not None else None), "left": list(result.not_known),
                "unconfirmed": unconfirmed}
            replies.info(self.undone_said(result))  # (the run said which step failed)
            for reply in undone.replies:
                replies.add(reply.text, reply.kind)
            if hint and last is not None and last.routine is not None:
                # (a question: the next turn says what was meant, and the learner takes
                # it as the rephrase of the words that ran the wrong thing)
                replies.question("What did you mean? Say it another way, or say \"teach\" "
                                 "to teach me.")
        elif result.unreachable_summary():  # the reason once, and that it can be redone
            replies.error(result.summary)
        else:
            for failure in result.failures:
                replies.error(f"Could not put back {failure.step.device}: "  # type: ignore[union-attr]
                              f"{failure.message}")
        self._emit(Undone(result.summary))

    def _nothing_confirmed(self, replies: TurnReplies) -> bool:
        """"undo" when the newest undoable thing is a run whose every device step failed
        (in this session or a later one): none confirmed, so none was recorded. It said
        "There is nothing to undo." (and "why?" then: "You asked me to undo the last
        thing, so I put it back."), or took back an older run unasked: after a restart
        always. That older run stays for a second "undo"."""
        run = library.undo_unconfirmed_run_if_newest(self.store)
        if run is None:
            return False
        last = self._last_run
        if last is not None and last.run_id is None:
            self._last_run = None  # (the run "no" would refer to is answered)
        replies.detail["undone"] = {"devices": [], "what": library.unconfirmed_what(run),
                                    "unconfirmed": run.names}
        replies.info(library.nothing_confirmed_said(self.store, run))
        self._emit(Undone("Nothing was put back."))
        return True

    def _names(self, device_ids: Sequence[str]) -> list[str]:
        out = []
        for device_id in device_ids:
            try:
                out.append(self.backend.device(device_id).name)
            except TeachappError:
                out.append(device_id)
        return out

    def _undo(self, *, feedback: bool, replies: TurnReplies | None = None) -> RunResult:
        replies = replies or TurnReplies(self._emit)
        last, self._last_run = self._last_run, None
        result = self._executor.undo()
        self._emit(RunFinished(result))
        if result.ok and result.run_id is not None:
            self._undone.append(result.run_id)
            self._hunch_talk.undone(result.run_id)
        if not (feedback and last is not None and last.run_id == result.run_id):
            return result
        self._hooks.complaint(replies, last)
        if last.interaction_id is not None:
            self.store.update_interaction(last.interaction_id, feedback="wrong")
        if last.routine is not None and last.utterance:
            self._learner.against(last.utterance, last.routine, removes=LEARNED_ONLY)
            for utterance in last.credited:
                if self._learner.against(utterance, last.routine, why="undone",
                                         removes=LEARNED_ONLY):
                    self._hooks.unlearned(replies, utterance, last.routine)
                self._learner.miss(utterance)
        if last.utterance:
            # What ran was not what was meant: the next success may say what was.
            self._learner.miss(last.utterance, last.interaction_id)
        return result

    def _redo_turn(self, replies: TurnReplies) -> None:
        """"Redo" right after "undo": the states the undone run set, set again."""
        try:
            result = self.redo()
        except NotFoundError as exc:
            replies.info(str(exc))
            return
        changed = self._changed_names(result)
        names = spoken_list(changed)
        if result.ok:
            # what "why?" and "what did you do?" tell of it (``explain``): it was "That
            # was part of our conversation (redo); it changed no device."
            record = self.store.run_record(result.run_id) if result.run_id is not None \
                else None
            replies.detail["redone"] = {"devices": changed, "what": result.routine or (
                f'"{record.utterance}"' if record is not None and record.utterance else None)}
            replies.info(f"Redone{': ' + names + ' set again' if names else ''}. Say "
                         "\"undo\" to take it back.")
        for failure in result.failures:
            replies.error(f"Could not set {failure.step.device} again: "  # type: ignore[union-attr]
                          f"{failure.message}")

    def undone_said(self, result: RunResult) -> str:
        """What an undo that worked says, in chat and by ``teachapp undo`` alike: "Undone:
        Desk lamp and TV put back.", or that the run changed nothing."""
        names = spoken_list(self._changed_names(result))
        said = (f"Undone: {names} put back." if names else "Undone: it changed nothing, so "
                "nothing needed putting back." if result.devices else "Undone.")
        if not names and result.devices and self.store.recent_runs(limit=1):
            # ("turn the lamp off", "lights off" with all off, "undo": the lamp stayed off
            # and nothing said the next "undo" would put it back)
            said += " Say \"undo\" again to take back the change before it."
        if not result.not_known:
            return said
        # (a device that had not reported its state: "Undone: Desk lamp put back." set a
        # state nobody had seen, the kind's default)
        one = len(result.not_known) == 1
        left = (f"{spoken_list(result.not_known)} {'was' if one else 'were'} left as "
                f"{'it is' if one else 'they are'}: teachapp had not heard "
                f"{'its' if one else 'their'} state before the run, so it cannot know what "
                "to put back.")
        return f"{said if names or result.devices else 'Nothing was put back.'} {left}"

    def changed_devices(self, result: RunResult) -> list[Device]:
        """The devices an undo or redo of ``result``'s run put back or set again that the
        run changed: "turn off everything" with one light on is undone as "Undone: Kitchen
        lights put back." (it named the nine devices already off as well)."""
        record = self.store.run_record(result.run_id) if result.run_id is not None else None
        if record is None:
            return list(result.devices)
        changed = {d for d, after in record.after.items() if after != record.before.get(d)}
        return [d for d in result.devices if d.id in changed]

    def _changed_names(self, result: RunResult) -> list[str]:
        return [d.name for d in self.changed_devices(result)]

    def redo(self) -> RunResult:
        """Put back what the last undo of this session took back, if nothing ran since;
        ``NotFoundError`` (saying so) otherwise. A new run ends what can be redone."""
        with self._lock:
            if not self._undone:
                raise NotFoundError("There is nothing to redo: redo puts back what the "
                                    "last undo took back.")
            result = self._executor.redo(self._undone[-1])
            self._emit(RunFinished(result))
            if result.ok:
                self._undone.pop()
                self.remember_run(result.run_id, None, None, routine=result.routine,
                                  redone=True)
            return result

    @property
    def last_run(self) -> LastRun | None:
        """The run "no" or "undo" refers to; None once it was undone."""
        return self._last_run

    def remember_run(self, run_id: int | None, utterance: str | None, interaction_id: int | None,
                     *, routine: str | None = None, credited: Sequence[str] = (),
                     phrase: str | None = None, redone: bool = False,
                     request: str | None = None, result: RunResult | None = None) -> None:
        """This turn's run becomes the one "no" or "undo" refers to; a new run (not a
        redo) ends what "redo" can put back. ``result``: the run, for the devices that
        never confirmed their step."""
        if not redone:
            self._undone.clear()
        failed = [] if result is None else [
            o.step.device for o in result.failures if isinstance(o.step, SetStep)]
        self._last_run = LastRun(run_id, routine, utterance, interaction_id, self._clock(),
                                 self._turn, list(credited), phrase, request,
                                 list(dict.fromkeys(failed)))

    def keep_undo_offer(self) -> None:
        """A turn that only talked about the last run ("why did you do that?") keeps its
        "say no to put things back" for the next turn."""
        last = self._last_run
        if last is not None and last.turn == self._turn - 1:
            last.turn = self._turn

    def undo_newest(self) -> list[str]:
        """Take back the newest of a run, a deletion and a rename (any session), as
        "undo" said does; the window's Undo. Returns the lines saying what was undone,
        also emitted as replies, so the window shows them as a turn's. Logged as a turn
        ("undo" from a button), as the Run button's run is: the window's history listed
        every turn but the undo made with its button."""
        with self._lock:
            last = self._last_run
            recent = last is not None and (self._clock() - last.at
                                           <= self.learning_settings.undo_window)
            replies = TurnReplies(self._emit)
            self._turn += 1
            logged = self._log("undo", "button", None, "dialogue", 0.0, None, "undo")
            self._undo_turn(replies, feedback=recent)
            self._recorder.keep(explain.record(self.store, logged, TurnInput("undo"),
                                               replies, self.config, self._phrases.origin))
            return replies.lines

    def undo(self) -> RunResult:
        """Restore what the last run changed; counts against it when right after it."""
        with self._lock:
            last = self._last_run
            recent = last is not None and (self._clock() - last.at
                                           <= self.learning_settings.undo_window)
            return self._undo(feedback=recent)


def _repeated(runs: Sequence[RunRecord], run_id: int | None) -> bool:
    """Whether the newest of ``runs`` (the one undone, ``run_id``) set only what the
    run before it had set: a request said again."""
    if len(runs) < 2 or runs[0].id != run_id or not runs[0].after:
        return False
    return all(runs[1].after.get(device) == state for device, state in runs[0].after.items())
