"""One typed input and one typed result per turn, and the closed sets they use.

Every front end (the window, ``chat``, ``listen``, ``run``) hands the engine a
``TurnInput`` and gets a ``TurnResult`` back, so the same words, from the same
source with the same confidence, are decided the same way wherever they are said.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from ..understanding.resolution import Decision, Resolution

if TYPE_CHECKING:
    from ..home.executor import RunResult
    from .events import Reply

__all__ = ["Action", "Decision", "Outcome", "PendingKind", "Source", "TurnInput", "TurnResult"]


class Source(StrEnum):
    """Where a turn's words came from (stored in the interaction log)."""

    TEXT = "text"
    """Typed in chat or the window's text box."""
    AUDIO = "audio"
    """A recogniser's transcript (microphone or a WAV file)."""
    GUI = "gui"
    """A button in the window (a routine chosen, a tile changed)."""
    CLI = "cli"
    """``teachapp run`` (one turn, no dialogue after it)."""


class Action(StrEnum):
    """What the engine chose to do with a turn."""

    RUN_ROUTINE = "run_routine"
    RUN_COMMAND = "run_command"
    """A built-in device command ("desk lamp to 80 percent")."""
    ASK = "ask"
    """A question: "did you mean X?", "do you want me to …?"."""
    REJECT = "reject"
    """Not a taught phrase nor a command; the engine offers to learn it."""
    DIALOGUE = "dialogue"
    """Teaching, an answer, undo, help: the conversation itself."""
    NOTHING = "nothing"
    """Nothing was heard."""


class Outcome(StrEnum):
    """How a turn ended, as the interaction log records it."""

    RUNNING = "running"
    OK = "ok"
    FAILED = "failed"
    CANCELLED = "cancelled"
    WAITING = "waiting"
    """A routine paused at a ``wait`` step; its rest goes on by itself (the outcome
    is written again when the rest is over)."""
    STOPPED = "stopped"
    """"cancel bedtime" while bedtime waited: the rest of it will not run."""
    ASKED = "asked"
    NOT_KNOWN = "not known"
    NOTHING_HEARD = "nothing heard"
    CHOSEN = "chosen"
    ASSIGNED = "assigned"
    """Given to a routine afterwards ("Assign to" in the history)."""
    ANSWERED = "answered"
    """A question about the devices or a routine, answered from the states."""
    NOT_RUN = "not run"
    """"don't start X": understood, and nothing was run."""
    NOT_A_REQUEST = "not a request"
    """Talk about a routine (a story, a question, someone else's words)."""
    OFFERED_UNDO = "offered undo"
    NOTHING_TO_CANCEL = "nothing to cancel"
    ASKED_AGAIN = "asked again"
    """A "yes" at a question it does not answer ("How long shall I wait …?"): told what
    the question wants, which stays open."""


ONLY_ANSWERED = frozenset({"explain", Outcome.ANSWERED, Outcome.ASKED_AGAIN,
                           Outcome.NOTHING_HEARD})
"""Outcomes of turns that only asked and were answered ("what time is it?", "is the tv
on?"), were told what an open question wants, or heard nothing (a voice front end's
empty transcript): they change nothing, so "cancel that" after one still means what
was set before it, and a question open before it is still open, what a timer's or
delay's question remembers with it (``Assistant._nothing_done_since``)."""

_UNDERSTOOD = frozenset({Outcome.ANSWERED, Outcome.NOT_RUN, Outcome.NOT_A_REQUEST,
                         Outcome.OFFERED_UNDO, Outcome.NOTHING_TO_CANCEL})
"""Turns the resolver turned down as no request to run, and that were understood."""


def worth_teaching(decision: str, outcome: str, *, now_a_phrase: bool = False) -> bool:
    """Whether a logged turn is a miss a person may teach or give to a routine: asked
    about or turned down, not given to one since, and not a question, a negation or
    talk that was understood and answered ("what's on?", "don't start movie night").
    ``now_a_phrase``: its words are a routine's phrase now (the "did you mean" answered
    yes, so learned; taught or added since), so there is nothing left to teach."""
    return decision in ("reject", "clarify") and outcome not in _UNDERSTOOD and outcome not in (
        Outcome.ASSIGNED, "taught") and not now_a_phrase


class PendingKind(StrEnum):
    """The question a turn left open, waiting for its answer."""

    CLARIFY = "clarify"
    """"Did you mean X?"."""
    ALIAS = "alias"
    """"Should U also mean X?"."""
    OFFER_TEACH = "offer_teach"
    """"I don't know U. Shall I learn it?"."""
    LEARN_SHOWN = "learn_shown"
    """"Shall U do that from now on?" after the offer was answered by doing it."""
    COMMAND = "command"
    """"Do you want me to <device command>?"."""
    UNDO_OFFER = "undo_offer"
    """"Shall I undo X?" after "cancel X" right after X ran."""
    CONFIRM = "confirm"
    """"Forget X?", a name already taken, one part of a sentence of several."""
    TALK = "talk"
    """"How long shall I wait …?", "When should I remind you?", a timer's "Do you want
    me to … at 20:16?": a talk reads the answer; "no" declines it."""
    TEACHING = "teaching"
    """The teaching dialogue waits for its next step."""


@dataclass(frozen=True)
class TurnInput:
    """One turn as a front end hands it to the engine."""

    text: str
    """Typed text, or the recogniser's transcript: lower case, with a comma (or the
    recogniser's own clause punctuation) where the speaker paused between clauses
    (``Transcript.clause_text``), so speech is read as the same words typed would be."""
    source: Source = Source.TEXT
    confidence: float | None = None
    """The recogniser's confidence in 0..1; None for typed text."""
    verified: bool = True
    """False for a closed-set transcript (a grammar can only output taught phrases)
    that the acoustic check did not confirm: such a turn never runs anything without
    a question."""
    engine: str | None = None
    """Which recogniser wrote the transcript, for explanations."""
    open_vocabulary: bool = False
    """True when the recogniser writes any words it hears (Whisper): the transcript
    is what was said, so it runs a routine only when it is the taught phrase itself
    (wake words and fillers aside), never through a fuzzy match."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", " ".join(str(self.text or "").split()))
        object.__setattr__(self, "source", Source(self.source))

    @classmethod
    def from_transcript(cls, transcript: Any) -> TurnInput:
        """The input of a recognised utterance (``teachapp.speech.Transcript``): its
        words with the boundaries between clauses the speech had ("movie night, we're
        off to bed" when the speaker paused after "night")."""
        text = getattr(transcript, "clause_text", None) or transcript.text
        return cls(text, Source.AUDIO, transcript.confidence,
                   verified=not transcript.needs_confirmation, engine=transcript.engine,
                   open_vocabulary=bool(getattr(transcript, "open_vocabulary", False)))


@dataclass
class TurnResult:
    """What one turn decided, did and said."""

    input: TurnInput
    action: Action = Action.DIALOGUE
    decision: Decision = Decision.REJECT
    """The resolver-contract view: run (something ran), clarify (asked), reject."""
    routine: str | None = None
    """The routine the turn ran or asked about."""
    command: Any = None
    """The built-in device command it ran or asked about (``DeviceCommand``)."""
    score: float = 0.0
    resolution: Resolution | None = None
    run: RunResult | None = None
    """What the run (or undo) did, device by device."""
    replies: list[Reply] = field(default_factory=list)
    """The assistant's words, in order (questions and errors included)."""
    awaiting: PendingKind | None = None
    """The question left open, if any: the next turn may answer it."""
    interaction_id: int | None = None
    reported: list[Reply] = field(default_factory=list)
    """Those of ``replies`` that told how the run went ("TV: off.", "The other 7 were
    already off."): a front end that prints the new states instead (``run``) leaves
    them out and keeps the rest (answers to questions said beside the request)."""

    @property
    def lines(self) -> list[str]:
        return [r.text for r in self.replies]

    @property
    def question(self) -> str | None:
        """The last question asked: the next turn may answer it (the dialogue holds it
        open, ``awaiting``, also one a talk asked: "How long shall I wait before …?"), so
        a front end that cannot hear an answer (``run``) knows it asked."""
        asked = [r.text for r in self.replies if r.kind == "question"]
        return asked[-1] if asked else None

    @property
    def said(self) -> list[str]:
        """What the routine's ``say`` steps said."""
        return [r.text for r in self.replies if r.kind == "say"]
