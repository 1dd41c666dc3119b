"""One part of a sentence of several ("reading mode and close the blinds") and what it
means: the value ``multipart`` reads a sentence into, ``parts_acting`` acts on, and
``resolve --json`` reports (``Part.as_json``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from ..domain import Device, Step
from .missing_things import said_together

__all__ = ["Part", "said_answers"]


@dataclass
class Part:
    """One part of a sentence and what it means."""

    text: str
    state: str
    """sure, unsure, unknown, declined (a routine said not to run: "not reading mode",
    ``meaning`` its name), question (a question about the home, ``meaning`` its answer:
    "is the kitchen light on?"), remark (what people are doing or how it is, said as the
    reason for the rest: "we're off to bed"; nothing to do), skipped (a condition on a
    question's answer that does not hold, ``meaning`` says so) or missing (asks for a
    thing this home lacks, or a setting the things it names lack: "mute the desk lamp";
    ``meaning`` says so)."""
    meaning: str = ""
    routine: str | None = None
    command: Any = None
    steps: list[Step] = field(default_factory=list)
    score: float = 0.0
    pointed: bool = False
    """Read through "it" for the devices of an earlier part of the same sentence."""
    timer: Any = None
    """For a part in state "timer" (a device command for later: "lights off in ten
    minutes"): the ``TimerRequest`` and its moment, set when the sentence runs."""
    note: str = ""
    """Said before asking about the part: why it was not read of the part before it
    ("TV can't do "warm white"." of "tv on and warm white")."""
    missing: Any = None
    """For a part in state "missing": the ``MissingThing`` its ``meaning`` says, so parts
    that lack alike are said in one line (``missing_things.said_together``)."""

    def as_json(self) -> dict[str, Any]:
        """The part as ``resolve --json`` reports it: the resolve object's keys for its
        own words, with ``state`` (sure, unsure, unknown, declined, question, remark,
        skipped, timer), ``command`` (a device command's words, else null) and, for a
        timer, ``at`` (ISO-8601 with offset)."""
        decision = {"sure": "run", "timer": "run", "unsure": "clarify"}.get(self.state,
                                                                            "reject")
        out: dict[str, Any] = {
            "utterance": self.text, "decision": decision, "routine": self.routine,
            "score": round(self.score, 4), "state": self.state,
            "command": self.command.text if self.command is not None else None}
        if self.timer is not None:
            out["at"] = self.timer[1].isoformat()
        return out

    def as_record(self) -> dict[str, Any]:
        return {"text": self.text, "state": {"unknown": "not understood"}.get(
            self.state, self.state), "meaning": self.meaning, "score": round(self.score, 4)}


def said_answers(parts: list[Part], devices: Sequence[Device] = ()) -> list[str]:
    """What the parts answered say, in order; the parts lacking things said next to each
    other that lack alike are one line ("mute the desk lamp and the bedroom lamp": "Desk
    lamp and Bedroom lamp have no volume. ..."; was a line each, the same words)."""
    lines: list[str] = []
    lacking: list[Any] = []
    for part in [*parts, None]:
        if part is not None and part.state == "missing":
            lacking.append(part.missing)
            continue
        lines += said_together(lacking, devices)
        lacking = []
        if part is not None:
            lines.append(part.meaning)
    return lines
