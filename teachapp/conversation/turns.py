"""Pieces of a turn: its replies, the open question, the last run, the recogniser.

The replies are collected for the caller and emitted as they are made.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..settings import Settings
from ..understanding.resolution import Decision, Resolution
from .events import Event, Reply, ReplyKind
from .models import Action

if TYPE_CHECKING:
    from ..home.executor import RunResult
    from ..speech.transcript import Transcript

__all__ = ["CachedRecognizer", "LastRun", "Pending", "TalkQuestion", "TurnReplies", "outcome"]


class TurnReplies:
    """Reply lines of one turn, plus what the turn did (for the interaction log and
    the ``TurnResult``)."""

    def __init__(self, emit: Callable[[Event], None]) -> None:
        self._emit = emit
        self.replies: list[Reply] = []
        self.outcome = ""
        """A word or two for the interaction log: "phrase", "target", "saved", ..."""
        self.saved: Any = None
        """The routine a teaching turn saved, if it did."""
        self.action = Action.DIALOGUE
        self.decision = Decision.REJECT
        self.routine: str | None = None
        self.command: Any = None
        self.score = 0.0
        self.resolution: Resolution | None = None
        self.run: RunResult | None = None
        self.interaction_id: int | None = None
        self.detail: dict[str, Any] = {}
        """Extra facts for the turn's explanation record (``explain.record``)."""
        self.talk_asked: TalkQuestion | None = None
        """A question a talk asked this turn (``talk_question``)."""
        self.reported: list[Reply] = []
        """The replies that told how the run went (``run_report``), apart from answers
        said beside it: ``run`` prints the states in their place."""

    @property
    def lines(self) -> list[str]:
        return [r.text for r in self.replies]

    @property
    def spoken(self) -> list[str]:
        """The lines the speaker should say (``say`` steps were said while running)."""
        return [r.text for r in self.replies if r.kind != "say"]

    def add(self, text: str, kind: ReplyKind = "info") -> None:
        reply = Reply(text, kind)
        self.replies.append(reply)
        self._emit(reply)

    def say(self, text: str) -> None:
        self.add(text, "say")

    def info(self, text: str) -> None:
        self.add(text, "info")

    def report(self, text: str) -> None:
        """An info line that tells how the run went ("TV: off.", "Reading mode.")."""
        self.add(text, "info")
        self.reported.append(self.replies[-1])

    def question(self, text: str) -> None:
        self.add(text, "question")

    def talk_question(self, text: str, declined: str, wants: str = "") -> None:
        """A question a talk asks and reads the answer to itself ("When should I remind
        you?"); the dialogue holds it open as its own, so "no", "never mind" or "undo"
        decline it with ``declined`` ("OK, no reminder.") and undo nothing, and a "yes"
        or "done" that does not answer it is told what it wants (``wants``, by default
        the question again)."""
        self.question(text)
        self.talk_asked = TalkQuestion(declined, wants or text)

    def error(self, text: str) -> None:
        self.add(text, "error")


@dataclass(frozen=True)
class TalkQuestion:
    """What the dialogue needs of a question a talk asked, to hold it open."""

    declined: str
    """What "no" to it says ("OK, no timer.")."""
    wants: str
    """What a "yes" or "done" that does not answer it is told ("How long? Say, for
    example, "in 10 minutes".")."""


@dataclass
class Pending:
    """A question the assistant asked and waits to have answered."""

    kind: str
    """clarify ("did you mean X?"), alias ("should X also mean Y?"), offer_teach."""
    utterance: str
    at: float
    routine: str | None = None
    interaction_id: int | None = None
    source: str = "text"
    command: Any = None
    """The device command a "command" question is about."""
    data: Any = None
    """What a "confirm" question is about (``manage`` and ``multipart``); a "talk"
    question's ``TalkQuestion``."""
    asked: str = ""
    """The words that asked it (the turn's last question), said again when a question
    asked in passing leaves it open (``TurnOrder._asked_meanwhile``)."""
    passed: int = 0
    """How many questions were answered in passing while it stayed open: an offer to
    learn lapses at the second (``TurnOrder._still_open``)."""


@dataclass
class LastRun:
    """The run that "no" / "that's wrong" would refer to."""

    run_id: int | None
    routine: str | None
    utterance: str | None
    interaction_id: int | None
    at: float
    turn: int
    credited: list[str] = field(default_factory=list)
    """Aliases this run's success taught (taken away again by "no")."""
    phrase: str | None = None
    """The phrase the resolver matched (a learned one is blocked by "no")."""
    request: str | None = None
    """What was done in words, when ``utterance`` does not say it: "turn on Desk lamp"
    for "the desk lamp" picked of "turn on the lamp", or for "and the desk lamp". A
    time said alone next ("in ten minutes") sets this for then."""
    unconfirmed: list[str] = field(default_factory=list)
    """Ids of the devices whose step failed (never confirmed): nothing of them was
    recorded, so "undo" cannot put them back and says so."""


class CachedRecognizer:
    """``recognize_wav`` that keeps the loaded model while the vocabulary stays the same."""

    def __init__(self) -> None:
        self._key: tuple[Any, ...] | None = None
        self._recognizer: Any = None

    def __call__(self, path: str, *, mode: str, phrases: list[str],
                 settings: Settings | None = None) -> Transcript:
        from ..speech.recognizer import make_recognizer, phrase_language, recognize_wav

        key = (mode, phrase_language(phrases), tuple(phrases))
        if key != self._key:
            if self._recognizer is not None and self._key is not None \
                    and self._key[:2] == key[:2]:
                # Same engine, new words: swap the grammar (under 1 ms) rather than
                # reload the model and dictionary (about 200 ms for PocketSphinx).
                self._recognizer.set_phrases(phrases)
            else:
                self._recognizer = make_recognizer(mode, phrases, settings)  # type: ignore[arg-type]
            self._key = key
        return recognize_wav(path, mode=mode, phrases=phrases,  # type: ignore[arg-type]
                             settings=settings, recognizer=self._recognizer)


def outcome(result: RunResult) -> str:
    if result.cancelled:
        return "cancelled"
    if result.waiting is not None and not result.waiting.finished.is_set():
        return "waiting"  # (Outcome.WAITING; models imports nothing of this module)
    if result.ok:
        return "ok"
    return "failed: step " + ", ".join(str(f.index + 1) for f in result.failures)
