"""The one rule that turns what was understood into what to do.

Given the resolver's view of an utterance and the built-in command parser's, and
how sure the recogniser was, ``decide`` picks one of: run the routine, run the
device command, ask about one of them, or reject. A pure function, so the window,
``chat``, ``listen``, ``run`` and ``resolve`` cannot disagree about it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from ..domain import SetStep, opens_a_way_in
from ..settings import parse_section
from ..understanding.normalize import heard_as_taught
from ..understanding.resolution import Decision, Reason, Resolution
from .apostrophes import were_as_we_are
from .models import Action, TurnInput

__all__ = ["UNPARSED", "Choice", "ConversationSettings", "decide", "gate_resolution",
           "lets_people_in", "read_command"]

UNPARSED: Any = object()
"""Said for a device command not read yet (``_choose``'s ``parsed``): read it then; a
caller that read it already passes what it got (a command or None), so a part is parsed
once."""


@dataclass(frozen=True)
class ConversationSettings:
    """How sure a turn must be to act (settings section ``conversation``)."""

    sure_command: float = 0.7
    """A built-in device command runs without a question at this parser confidence
    or above ("turn up the volume" in a home with two media players is 0.67: ask)."""
    min_audio_confidence: float = 0.5
    """A recognised transcript below this recogniser confidence never runs a device
    command without a question (misheard speech read as "lights off" turned lights
    off at 0.06–0.13 before)."""

    @classmethod
    def from_section(cls, section: dict[str, Any]) -> ConversationSettings:
        return parse_section(cls, section, name="conversation")


@dataclass(frozen=True)
class Choice:
    """What to do with a turn, and why."""

    action: Action
    """RUN_ROUTINE, RUN_COMMAND, ASK or REJECT."""
    resolution: Resolution
    """The resolver's view after the closed-set rule (``gate_resolution``)."""
    command: Any = None
    """The device command to run or ask about, when that is the choice."""

    @property
    def routine(self) -> str | None:
        if self.action in (Action.RUN_ROUTINE, Action.ASK) and self.command is None:
            return self.resolution.routine
        return None

    @property
    def score(self) -> float:
        if self.command is not None:
            return float(self.command.confidence)
        return float(self.resolution.score)


def gate_resolution(resolution: Resolution, turn: TurnInput) -> Resolution:
    """The closed-set rule: a grammar can only output taught phrases, so an
    unverified closed-set transcript (or a doubtful one) is asked about, never run.
    The open-vocabulary rule: a transcript that is what was said runs a routine only
    when it is the taught phrase itself ("turn off lights in the office" does not run
    "turn off all of the lights in the office"; the resolver reports the phrase of the
    routine that was said, not only the one that scored best); a near miss is asked
    about, and the phrase itself, heard with confidence, runs even beside a similar
    taught phrase."""
    if resolution.decision == Decision.RUN and not turn.verified:
        return replace(resolution, decision=Decision.CLARIFY)
    if (resolution.decision == Decision.RUN and turn.open_vocabulary
            and not _as_taught(turn, resolution)):
        return replace(resolution, decision=Decision.CLARIFY)
    if (resolution.decision == Decision.CLARIFY and turn.open_vocabulary and turn.verified
            and resolution.routine is not None
            and heard_as_taught(turn.text, resolution.phrase)):
        # Said word for word as taught, and heard with confidence: a similar phrase
        # of another routine is no reason to ask.
        return replace(resolution, decision=Decision.RUN)
    return resolution


def _as_taught(turn: TurnInput, resolution: Resolution) -> bool:
    """The transcript is the taught phrase itself: free words aside, or, as the resolver
    read it, the phrase said exactly with only calls and politeness around it ("kettle
    on please house", "right house kettle on"), or beside a clause of the speaker's own
    set apart by a pause the recogniser kept ("movie night, we're off to bed";
    ``TurnInput.from_transcript``). Punctuation never makes ``heard_as_taught`` true of
    other words: "don't, movie night" is not the phrase."""
    return resolution.reason == Reason.EXACT or heard_as_taught(turn.text, resolution.phrase)


def lets_people_in(command: Any) -> bool:
    """Whether a device command lets people into the home (``domain.opens_a_way_in``): a
    lock unlocked, or a garage door or gate opened. A door opened by a misheard phrase is
    a safety problem, so such a command is always asked about first ("Unlock Front door?
    Say yes or no.", "Open Garage door? Say yes or no."); locking and closing need no
    question."""
    names = {d.id: d.name for d in getattr(command, "devices", None) or ()}
    return any(opens_a_way_in(step.device, names.get(step.device, ""), step.set)
               for step in getattr(command, "steps", None) or () if isinstance(step, SetStep))


def read_command(text: str, parser: Any) -> Any:
    """The device command ``parser`` (a ``CommandParser``) reads in ``text``, or None: as
    written, else with a first "were" read as "we are" ("were freezing"). What ``decide``
    is given, by chat's command turns and by ``listen`` alike."""
    command = parser.parse(text)
    said = were_as_we_are(text, parser.complains) if command is None else None
    return parser.parse(said) if said is not None else command


def decide(turn: TurnInput, resolution: Resolution, command: Any,
           settings: ConversationSettings) -> Choice:
    """Run, ask or reject; ``command`` is the parsed device command or None.

    A confident routine wins. Otherwise a device command runs when the parser is
    sure, the resolver saw no taught phrase, and (for speech) the recogniser was
    sure too, and it lets nobody in (``lets_people_in``); a plausible command or routine
    is asked about; the rest is rejected.
    """
    resolution = gate_resolution(resolution, turn)
    if resolution.decision == Decision.RUN:
        return Choice(Action.RUN_ROUTINE, resolution)
    if command is not None and getattr(command, "steps", None):
        sure = float(command.confidence) >= settings.sure_command
        heard_well = turn.confidence is None or turn.confidence >= settings.min_audio_confidence
        if sure or resolution.decision == Decision.REJECT:
            if sure and heard_well and turn.verified and not lets_people_in(command):
                return Choice(Action.RUN_COMMAND, resolution, command)
            return Choice(Action.ASK, resolution, command)
    if resolution.decision == Decision.CLARIFY and resolution.routine is not None:
        return Choice(Action.ASK, resolution)
    return Choice(Action.REJECT, resolution)
