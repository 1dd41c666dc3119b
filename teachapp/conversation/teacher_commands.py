"""Teaching: device commands said while teaching, recorded (not carried out): read
against the routine so far, "it" and "and the fan" followed, asked which one when
unsure; several steps said in one breath."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from ..errors import AttributeValueError, UnknownDeviceError
from ..understanding.parts import split_parts
from .just_named import the_one_just_set
from .pointing import THAT_CHANGED
from .steps_taken_out import CHANGE_OF_MIND
from .teacher_prompts import TeacherPrompts
from .teacher_state import LastCommand, pause_or_reply
from .teacher_steps import TeacherSteps
from .teaching import joined_readbacks
from .turns import TurnReplies
from .which_one import Pick, asked_again, read_pick, which_of

_IT = re.compile(r"\b(?:it|them)\b(?!\s*['’]\s*s\b|\s+is\b|\s+was\b|\s+feels\b)",
                 re.IGNORECASE)
""""it"/"them" naming devices ("turn it off"), not the "it" of a room described ("it's
too loud in here", "it is too dark"): that one read as the devices last added made
"the Thermostat's too loud in here", which no parser reads."""

_THAT = THAT_CHANGED  # ("make that 30 percent": the devices last added)

_VALUE_ALONE = re.compile(
    r"^(?:(?:no|nope|actually|sorry|oops|rather|i mean|make that|make it)[\s,]+)*"
    r"(?P<value>(?:to\s+)?\d+(?:\.\d+)?\s*(?:percent|per cent|%|degrees|°c?)?)[.!]?$",
    re.IGNORECASE)
"""A value said alone right after a step, maybe as a correction ("30 percent", "no, 40
percent", "actually 30 percent"): the step's devices set to it ("make it 30 percent")."""

_CHANGE_OF_MIND = re.compile(rf"^(?:(?:{CHANGE_OF_MIND})[\s,.!]+)+", re.IGNORECASE)
"""Words a corrected step opens with ("no wait, make the living room lamp 30"): they say
nothing to the device parser, which read the rest as unsure ("Say it again with the
device's name", the name said); the step replaces the device's earlier one as any does.
Not "and", "so" or "ok", which ``steps_taken_out`` reads past too: "and the fan" is a step
continued, read with its "and"."""

__all__ = ["TeacherCommands"]


class TeacherCommands(TeacherSteps, TeacherPrompts):
    """Device commands taught."""

    def _several_steps(self, replies: TurnReplies, text: str) -> bool:
        """"bedroom lamp to 10 percent, wait 10 minutes, then turn it off" in one breath:
        the commands between pauses and replies are taught as if said one turn each (the
        device parser reads commands only, and gave up on the whole sentence); "it" after
        a pause is the devices of the command before it. False when no part is a pause
        or a reply."""
        parts = split_parts(text)
        special = [pause_or_reply(p) for p in parts]
        if len(parts) < 2 or not any(special):
            return False
        chunk: list[str] = []
        for part, is_special in [*zip(parts, special, strict=True), ("", True)]:
            if not is_special:
                chunk.append(part)
                continue
            if chunk:
                self._device_command(replies, self._it_named(", ".join(chunk)))
                chunk = []
            if part:
                self._special(replies, part)
        return True

    def _it_named(self, words: str) -> str:
        """``words`` with "it"/"them"/"that" naming the devices last added ("turn it
        off", "make that 30 percent"); a value alone is said of them ("no, 40 percent":
        it was 'I didn't get "no, 40 percent" as something to do', the devices listed)."""
        session = self._require()
        if not self._last.devices:
            return words
        alone = _VALUE_ALONE.match(words.strip())
        if alone is not None:
            words = f"make it {alone.group('value')}"
        said = _IT if _IT.search(words) else _THAT
        if not said.search(words):
            return words
        names = [session.names.get(d, d) for d in self._last.devices]
        return said.sub("the " + " and the ".join(names), words, count=1)

    def _device_command(self, replies: TurnReplies, said: str) -> None:
        # ("turn it up by two" after "turn the heating up"; "no wait, …" read past)
        text = self._it_named(_CHANGE_OF_MIND.sub("", said) or said)
        parser = self._planned_parser()
        try:
            command = None
            if self._last_said is not None:  # "and the fan" after "turn on the lamp"
                command = parser.continued(text, self._last_said)
            continuing = command is not None
            if command is None:
                command = parser.parse(text)
        except (AttributeValueError, UnknownDeviceError) as exc:
            replies.outcome = "invalid"
            replies.error(f"{exc} Nothing was added.")
            return
        if (command is None or not command.steps) and self._routine_steps(replies, text):
            return
        if command is None or not command.steps:
            self._not_understood(replies, said)
            return
        just_set = the_one_just_set(command, self._last.devices, text) \
            if float(command.confidence) < self._sure_command else None
        if just_set is not None:  # ("make the lamp 30" after a step on the living room lamp)
            command = just_set
        elif float(command.confidence) < self._sure_command:
            replies.outcome = "unsure"
            if len(command.devices) > 1:
                self._unsure = (text, command)
                if getattr(command, "pick", None):  # "both lamps" of three
                    replies.question(which_of(command))
                    return
                replies.question(f"I'm not sure which device you mean in \"{text}\": "
                                 f"{command.text}? Say yes, or which one.")
                return
            replies.question(f"I'm not sure which device you mean in \"{text}\" (my guess: "
                             f"{command.text}). Say it again with the device's name "
                             f"({self._device_names()}).")
            return
        self._add_command(replies, text, command, continuing=continuing)

    def _planned_parser(self) -> Any:
        """A parser over the devices as the routine so far leaves them: "turn it up by
        two" after "turn the heating up" (21 °C) is 23 °C, not two above the room now."""
        targets = self._require().targets
        return self._parser([replace(d, state={**d.state, **targets.get(d.id, {})})
                             for d in self._backend.devices()])

    def _add_command(self, replies: TurnReplies, text: str, command: Any, *,
                     continuing: bool = False) -> None:
        merged: dict[str, dict[str, Any]] = {}
        for step in command.steps:
            merged.setdefault(step.device, {}).update(step.set)
        before = self._targets_of(merged)
        told = TurnReplies(lambda _event: None)  # (the lines, joined before they are said)
        for device_id, changes in merged.items():
            self.set_target(told, device_id, changes)
        replies.outcome = told.outcome or replies.outcome
        for line in joined_readbacks(told.lines):
            replies.info(line)
        self._last = LastCommand(list(merged), before)
        if not continuing:
            self._last_said = text

    def _which_one(self, replies: TurnReplies, answer: str, kind: str | None, text: str,
                   command: Any) -> bool:
        """The answer to "which device do you mean in <text>?": "yes", "the first one",
        "the lamp", "brighter", "neither" (``which_one.read_pick``). False when the
        answer is something else, read as any teaching turn is."""
        if kind == "yes" and getattr(command, "pick", None):
            replies.outcome = "unsure"
            replies.question(which_of(command))  # ("both lamps" of three: never all)
            self._unsure = (text, command)
            return True
        if kind == "yes":
            self._add_command(replies, text, command)
            return True
        pick = Pick[Any]() if kind in ("no", "cancel") else read_pick(
            answer, command.devices, request=text, question=command.text,
            parser=self._parser())
        if pick is None:
            return False
        if pick.none:
            replies.outcome = "left out"
            replies.info(f"OK, I left \"{text}\" out.")
        elif not pick.chosen:
            replies.outcome = "unsure"
            replies.question(asked_again(pick, command.devices))
            self._unsure = (text, command)
        else:
            self._add_command(replies, text, command.only(pick.chosen))
        return True
