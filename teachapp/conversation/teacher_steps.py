"""Teaching: the steps taught so far (a device's target, a pause, a reply, another
routine's steps), changed, taken out and taken back."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from ..domain import (
    ATTRIBUTES,
    MAX_WAIT_SECONDS,
    SayStep,
    SetStep,
    WaitStep,
    name_in_sentence,
    sentence_start,
    spoken_list,
    validate_changes,
)
from ..errors import TeachappError
from ..store import phrase_key
from . import intents as dialogue
from .knowledge import find_routine
from .steps_taken_out import (
    devices_named,
    done_otherwise,
    not_doing,
    not_done,
    pause_or_reply_named,
    start_again,
    starts_again,
    take_out,
    take_out_pauses_or_replies,
    taught_states,
    words_taken_out,
)
from .teacher_phrase import TeacherPhrase
from .teacher_state import LastCommand, steps_so_far
from .teaching import (
    TeachingSession,
    describe_target,
    duration_words,
    step_words,
    target_readback,
)
from .teaching_talk import renamed_to
from .turns import TurnReplies

__all__ = ["TeacherSteps"]


class TeacherSteps(TeacherPhrase):
    """The steps of the routine being taught."""

    def set_target(self, replies: TurnReplies, device_id: str, changes: dict[str, Any]) -> None:
        """Add or change one device's target state (validated, not carried out)."""
        session = self._require()
        device = self._backend.device(device_id)
        values = validate_changes(device_id, changes)
        if self._after_a_pause(session, device_id):
            # ("bedroom lamp to 10 percent, wait 10 minutes, turn off the bedroom lamp":
            # the lamp dims, and after the pause goes off; merged into the first target,
            # the routine switched it off at once and then waited)
            session.extras.append((len(session.targets), SetStep(device_id, values)))
            session.names[device_id] = device.name
            self._last = LastCommand()
            if session.stage == "confirm":
                session.stage = "actions"
            replies.outcome = "target"
            replies.info(target_readback(device, values).replace(
                ", when the routine runs.", ", after the pause."))
            return
        before = session.targets.get(device_id)
        self._last = LastCommand([device_id], {} if before is None else {
            device_id: dict(before)})
        session.targets.setdefault(device_id, {}).update(values)
        session.names[device_id] = device.name
        if session.stage == "confirm":
            session.stage = "actions"
        replies.outcome = "target"
        line = target_readback(device, session.targets[device_id])
        index = list(session.targets).index(device_id)
        if any(position <= index and isinstance(step, WaitStep)
               for position, step in session.extras):  # (a device first named after a pause)
            line = line.replace(", when the routine runs.", ", after the pause.")
        replies.info(line)

    @staticmethod
    def _after_a_pause(session: TeachingSession, device_id: str) -> bool:
        """Whether ``device_id`` was given a target before a pause said since: then a new
        change of it happens after the pause, as a step of its own."""
        if device_id not in session.targets:
            return False
        index = list(session.targets).index(device_id)
        return any(position > index and isinstance(step, WaitStep)
                   for position, step in session.extras)

    def remove_target(self, replies: TurnReplies, device_id: str) -> None:
        session = self._require()
        name = session.names.get(device_id, device_id)
        replies.outcome = "removed"
        if session.targets.pop(device_id, None) is None:
            replies.info(f"{name} was not part of it.")
            return
        if session.stage == "confirm":
            session.stage = "actions"
        replies.info(f"Removed {name}.")

    def capture(self, replies: TurnReplies, device_ids: list[str]) -> None:
        """Use the devices' current states as their targets."""
        session = self._require()
        for device_id in device_ids:
            device = self._backend.device(device_id)
            known = ATTRIBUTES.get(device.kind, {})
            state = {k: v for k, v in device.state.items()
                     if k in known and not (k == "source" and v in ("", None))}
            session.targets[device_id] = validate_changes(device_id, state)
            session.names[device_id] = device.name
            replies.info(target_readback(device, session.targets[device_id]))
        if session.stage == "confirm":
            session.stage = "actions"
        replies.outcome = "captured"

    def _left_after_drop(self, replies: TurnReplies) -> None:
        """After "cancel that" dropped a step: what is left, and how to end the teaching
        (the person may have meant the whole of it)."""
        session = self._require()
        then = ("Tell me what else it should do, or say \"done\"" if session.has_actions()
                else "Tell me what it should do")
        replies.question(f"{sentence_start(steps_so_far(session))}. {then}; say \"stop teaching\" "
                         "to leave without saving.")

    def _drop_last(self, replies: TurnReplies) -> None:
        session = self._require()
        whole, self._last = self._last.taken_out, replace(self._last, taken_out=None)
        if whole is not None:
            back = [describe_target(d, t, whole.names.get(d, d))
                    for d, t in whole.targets.items() if d not in session.targets]
            session.targets, session.extras = whole.targets, whole.extras
            replies.outcome = "removed"
            replies.info(f"Put back {spoken_list(back) or 'the steps taken out'}.")
            return
        last_extra = max((pos for pos, _ in session.extras), default=-1)
        if session.extras and last_extra >= len(session.targets):
            _, step = session.extras.pop()
            if isinstance(step, SetStep):
                replies.info(f"Removed the later change of "
                             f"{session.names.get(step.device, step.device)}.")
            else:
                replies.info("Removed the " + ("pause." if isinstance(step, WaitStep)
                                                else f"reply \"{step.text}\"."))
        elif session.targets:
            added = [d for d in self._last.devices if d in session.targets]
            if not added:
                self.remove_target(replies, next(reversed(session.targets)))
            else:
                self._take_back(replies, added)
            self._last = LastCommand()
        else:
            # ("teach", "lights on", "no": the phrase may be what was wrong; it said only
            # "There's nothing to take back yet.")
            other = "lights out" if phrase_key(session.phrase) == "bedtime" else "bedtime"
            replies.info(f"There's nothing to take back yet. To use other words than "
                         f"\"{session.phrase}\", say \"call it\" and them, e.g. \"call it "
                         f"{other}\"; or say \"cancel\" to stop teaching.")

    def _targets_of(self, device_ids: Any) -> dict[str, dict[str, Any]]:
        """The targets these devices have now, for those that have one (copies)."""
        targets = self._require().targets
        return {d: dict(targets[d]) for d in device_ids if d in targets}

    def _take_back(self, replies: TurnReplies, device_ids: list[str]) -> None:
        """Undo the last command while teaching, in one line: a device it added goes,
        a device it changed gets back the target it had before."""
        session = self._require()
        removed: list[str] = []
        restored: list[str] = []
        for device_id in device_ids:
            name = session.names.get(device_id, device_id)
            before = self._last.before.get(device_id)
            if before is None:
                session.targets.pop(device_id, None)
                removed.append(name)
            else:
                session.targets[device_id] = before
                restored.append(describe_target(device_id, before, name))
        if session.stage == "confirm":
            session.stage = "actions"
        replies.outcome = "removed"
        said = []
        if removed:
            said.append(f"Removed {spoken_list(removed)}.")
        if restored:
            said.append(f"Put back {spoken_list(restored)}.")
        replies.info(" ".join(said))

    def _pause(self, replies: TurnReplies, seconds: float, said: str) -> bool:
        """A pause of ``seconds`` taught (said as ``said``); False, said why, when it is
        longer than a routine's pause may be."""
        if seconds > MAX_WAIT_SECONDS:
            # ("wait 90 minutes" was taken, and the save at the end failed: "Routine 'x':
            # a wait is 0 to 3600 seconds, not 5400.")
            replies.outcome = "invalid"
            replies.error(f"A pause can be at most {duration_words(MAX_WAIT_SECONDS)}, so "
                          f"\"{said}\" was not added. Say a shorter one, e.g. \"wait 30 "
                          "minutes\".")
            return False
        pause = WaitStep(_seconds(seconds))
        self._require().extras.append((len(self._require().targets), pause))
        replies.outcome = "wait"
        replies.info(f"Then {step_words(pause, {})}.")
        return True

    def _special(self, replies: TurnReplies, text: str) -> bool:
        """Phrase corrections, pauses, spoken replies, captures and removals."""
        session = self._require()
        new_phrase = dialogue.parse_rename(text) or renamed_to(text, session.phrase)
        if new_phrase:
            self.set_phrase(replies, new_phrase, heard=None)
            return True
        seconds = dialogue.parse_wait(text)
        if seconds is not None:
            self._pause(replies, seconds, text)
            return True
        words = dialogue.parse_say(text)
        if words:
            session.extras.append((len(session.targets), SayStep(words)))
            replies.outcome = "say"
            replies.info(f"Then say \"{words}\".")
            return True
        devices = self._backend.devices()
        if dialogue.is_capture(text):
            chosen = dialogue.find_devices(text, devices)
            if not chosen:
                replies.question("Which devices should I take as they are now? Name them, "
                                 "e.g. \"use how the desk lamp and the TV are now\".")
            else:
                self.capture(replies, [d.id for d in chosen])
            return True
        if starts_again(text):  # ("start again": "undo" next puts the steps back)
            replies.outcome = "removed"
            whole = session.snapshot()
            replies.question(start_again(session))
            if whole.has_actions():
                self._last = LastCommand(taken_out=whole)
            return True
        words = words_taken_out(text)  # ("no, not the lights", "take the tv out")
        extra = pause_or_reply_named(words) if words else None
        if words and extra is not None:  # ("remove the wait", "take the message out")
            self._taken_out(replies, lambda: take_out_pauses_or_replies(session, words, extra))
            return True
        named = devices_named(words, devices, self._parser()) if words else []
        ids = [d.id for d in named]
        request = not_done(text) if named else None  # ("don't turn off the lights")
        if words and request is not None:
            other = done_otherwise(session, self._steps_of(request))
            if other and not set(ids) & set(taught_states(session)) - other:
                replies.outcome = "kept"  # (its steps already do as asked: left in)
                replies.question(not_doing(session, request, words, several=len(other) > 1))
                return True
            ids = [i for i in ids if i not in other]
        if words and named:
            self._taken_out(replies, lambda: take_out(session, words, ids))
            return True
        return False

    def _taken_out(self, replies: TurnReplies, take: Callable[[], str]) -> None:
        """Steps taken out by ``take`` (which says what is left): "undo" next puts them
        back in place."""
        session = self._require()
        replies.outcome = "removed"
        whole = session.snapshot()
        said = take()
        if whole.steps() != session.steps():
            self._last = LastCommand(taken_out=whole)
        (replies.question if session.stage == "confirm" else replies.info)(said)

    def _steps_of(self, request: str) -> list[SetStep]:
        """The device steps ``request`` would set; [] when it is no device command."""
        try:
            command = self._parser().parse(request)
        except TeachappError:
            return []
        return [] if command is None else [s for s in command.steps if isinstance(s, SetStep)]

    def _routine_steps(self, replies: TurnReplies, text: str) -> bool:
        """"wind down", "and then run lock up", "everything good night does": another
        routine's steps, copied in (a later change to that routine does not change this
        one). False when ``text`` names no routine."""
        match = _ROUTINE_LEAD.match(" ".join(text.lower().split()))
        if match is None:
            return False
        owner = find_routine(self._store, match.group("name"))  # name or phrase, no guess
        if owner is None:
            return False
        routine = self._store.routine(owner)
        session = self._require()
        replies.info(f"What {name_in_sentence(routine.name)} does:")
        before = self._targets_of(step.device for step in routine.steps
                                  if isinstance(step, SetStep))
        added: list[str] = []
        for step in routine.steps:
            if isinstance(step, (WaitStep, SayStep)):
                session.extras.append((len(session.targets), step))
                continue
            self.set_target(replies, step.device, dict(step.set))
            added.append(step.device)
        self._last = LastCommand(added, before)
        replies.outcome = "routine steps"
        return True


_ROUTINE_LEAD = re.compile(r"^(?:and\s+)?(?:then\s+)?(?:(?:also\s+)?(?:run|do|start|play|"
                           r"what|everything|the\s+same\s+as|same\s+as|like)\s+)?"
                           r"(?:the\s+)?(?P<name>.+?)(?:\s+does|\s+routine)?$")


def _seconds(value: float) -> float:
    return int(value) if float(value).is_integer() else value  # type: ignore[return-value]
