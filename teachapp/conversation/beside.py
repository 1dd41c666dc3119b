"""What is said beside a request in one breath, read before each part is decided: a
reason ("because it's sunny"), a condition on a question's answer ("if so turn it off"),
a self-repair ("..., no, 60 percent"), names or a value that borrow the action of the
part before, a part said of the devices of the part before ("... and warm white").
Pure helpers of ``multipart``; the devices as earlier parts leave them."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from ..domain import Device, SetStep, Step, merged_sets, spoken_list
from ..understanding.parts import split_reason

if TYPE_CHECKING:
    from ..understanding.commands import CommandParser, DeviceCommand
    from .sentence_part import Part

__all__ = ["BECAUSE", "CONDITION", "NEGATED", "REPAIR", "REPAIR_MARKER", "after_steps", "borrowed",
           "follow_answer", "merged_steps", "revalued", "with_reasons"]

BECAUSE = re.compile(r"^\s*(?:because|cause|cos|coz|cuz)\b", re.IGNORECASE)
CONDITION = re.compile(r"^\s*if\s+(?P<cond>so|yes|not|it\s+is(?:\s+not)?|it'?s(?:\s+not)?|"
                       r"it\s+isn'?t|they\s+are(?:\s+not)?|they'?re(?:\s+not)?|they\s+aren'?t)"
                       r"\b[\s,]*(?P<rest>.*)$", re.IGNORECASE)
"""A condition on the answer to the question said before it: "if so turn it off", "if
not, lock it", "if it is, turn it off"."""
_FILLER = r"(?:oh|um+|uh+|er+m?|hmm+|ah+|well)"
_TAKES_BACK = (r"(?:sorry|wait|no\s+wait|hang\s+on|hold\s+on|i\s+mean|i\s+meant|or\s+rather|"
               r"actually|no\s+sorry|sorry\s+i\s+mean|scratch\s+that|make\s+that|my\s+bad|"
               r"my\s+mistake|on\s+second\s+thoughts?)")
"""Words that take back what was said before them, with what stands for it after them
("..., actually, turn it off", "... make that 60 percent")."""
_BREAK = rf"(?:{_TAKES_BACK}|no|nope|nah|oops|rather)"
"""Those, and the words that take it back only said alone ("..., no, 60 percent"): "no
lights" is a request."""
_CHAIN = rf"(?:{_BREAK}|{_FILLER})"
REPAIR_MARKER = rf"(?:{_FILLER}[\s,]+)*{_BREAK}(?:[\s,.!]+{_CHAIN})*"
"""A repair marker said as a part of its own: the markers strung together, with fillers
among them ("actually no", "oh no wait", "um sorry"). The one source of the words of a
self-repair in what is said to the conversation: :data:`REPAIR` reads it after a pause,
``unpunctuated_repair`` between two requests said with no pause written."""
REPAIR = re.compile(
    rf"^\s*(?:{REPAIR_MARKER}[\s,.!]*|"
    rf"(?:(?:no|nope|nah|oops)[\s,]+)*{_TAKES_BACK}(?:[\s,]+{_CHAIN})*[\s,]+"
    r"(?P<rest>.+))$", re.IGNORECASE)
"""A self-repair: what was said before it is taken back ("..., no, 60 percent", "...,
sorry, the fan", "... i mean the fan", "..., actually no, turn it off", "..., oh no, the
tv"). Markers may be strung together, with fillers among them; a bare "no" only takes
back when said alone ("no lights" is a request)."""
_VALUE_AFTER = re.compile(r"\b(to|at|by)\s+.+$", re.IGNORECASE)
_LEAD_TO = re.compile(r"^\s*(?:to|at|by)\s+", re.IGNORECASE)
NEGATED = re.compile(r"\bnot\b|n'?t\b", re.IGNORECASE)


def with_reasons(texts: list[str]) -> list[str]:
    """The parts with any reason said after a request as a part of its own ("movie mode
    because we're watching a film" -> "movie mode", "because we're watching a film"), and
    a bare condition joined to the request it governs ("if not", "lock it")."""
    out: list[str] = []
    for text in texts:
        bare = CONDITION.fullmatch(out[-1]) if out else None
        if bare is not None and not bare.group("rest"):
            out[-1] = f"{out[-1]}, {text}"
            continue
        request, reason = split_reason(text)
        out += [request, reason] if reason is not None else [text]
    return out


def revalued(parser: CommandParser, value: str, taken_back: Part) -> DeviceCommand | None:
    """"60 percent" said for the "50 percent" of "set the lamp to 50 percent": the command
    taken back with the value said now, for the same devices; None when ``value`` is no
    value of such a command (or is a command of its own)."""
    assert taken_back.command is not None
    said = _VALUE_AFTER.search(taken_back.text)
    if said is None or parser.parse(value) is not None:
        return None
    new = _VALUE_AFTER.sub(lambda m: f"{m.group(1)} {_LEAD_TO.sub('', value)}",
                           taken_back.text, count=1)
    command = parser.parse(new)
    if command is None or [d.id for d in command.devices] != [
            d.id for d in taken_back.command.devices]:
        return None
    return command


def borrowed(parser: CommandParser, names: str, previous: Part) -> DeviceCommand | None:
    """"the fan in the bedroom" after "turn on the lamp in the living room": the action
    of the command before, for the devices named now. A plain on or off is said again
    with the names ("turn on the fan in the bedroom"); anything else goes as a follow-up
    does (``CommandParser.continued``)."""
    from ..understanding.commands import switched_said

    assert previous.command is not None
    sentence = switched_said(previous.command, names)
    if sentence is not None:
        command = parser.parse(sentence)
        return command if command is not None and command.steps else None
    return parser.continued(names, previous.text)


def after_steps(devices: list[Device], steps: list[Step]) -> list[Device]:
    """``devices`` as ``steps`` leave them (what a later part of the sentence starts
    from)."""
    changes: dict[str, dict[str, Any]] = {}
    for step in steps:
        if isinstance(step, SetStep):
            changes.setdefault(step.device, {}).update(step.set)
    if not changes:
        return devices
    return [replace(d, state={**d.state, **changes[d.id]}) if d.id in changes else d
            for d in devices]


def merged_steps(steps: list[Step]) -> list[Step] | None:
    """The device changes of several command parts, one step a device, when some device
    is changed by more than one part ("living room lamp to 30 percent and warm white",
    "turn on the lamp and dim it"): then each device is read back once with all it was
    set to ("Living room lamp: on, brightness 30 %, colour temp 2700 K."), as a command
    read whole is; None when each part changes devices of its own."""
    sets = [step for step in steps if isinstance(step, SetStep)]
    if len(sets) < len(steps):
        return None
    merged = merged_sets(sets)
    return list(merged) if len(merged) < len(steps) else None


def follow_answer(parts: list[Part], asked: Part) -> None:
    """The parts right after ``asked`` that were said of its devices ("the lamp to 30
    percent and warm white", "... and dim it") take its answer: sure, for the devices
    chosen; one that fits none of those is left out, saying so."""
    devices = asked.command.devices if asked.command is not None else None
    chosen = {d.id for d in devices} if devices is not None else None
    for later in parts[parts.index(asked) + 1:]:
        if not later.pointed:
            return
        later.state = "sure"
        if chosen is None or later.command is None:
            continue
        keep = [d for d in later.command.devices if d.id in chosen]
        if not keep:
            names = spoken_list([d.name for d in devices or []])
            later.state, later.steps = "skipped", []
            later.meaning = f"{names} can't do \"{later.text}\", so I left it out."
            continue
        later.command = later.command.only(keep)
        later.steps = list(later.command.steps)
