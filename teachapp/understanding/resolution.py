"""The values of the resolver contract (DESIGN.md, "The resolver contract")."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ..settings import parse_section
from ._records import quick_init

__all__ = ["REASONS", "Alternative", "Confusion", "Decision", "PhraseEntry", "Reason", "Resolution",
           "ResolverSettings", "phrase_entries"]

class Decision(StrEnum):
    """What the resolver says of an utterance (the ``decision`` of ``resolve --json``)."""

    RUN = "run"
    """Confident: run the routine."""
    CLARIFY = "clarify"
    """Plausible: ask "did you mean X?"."""
    REJECT = "reject"
    """Not a taught phrase."""



class Reason(StrEnum):
    """Why the resolver decided as it did (:attr:`Resolution.reason` says more)."""

    EXACT = "exact"
    MATCH = "match"
    UNSURE = "unsure"
    AMBIGUOUS = "ambiguous"
    FRAGMENT = "fragment"
    EXTRA_WORDS = "extra_words"
    WORD_ORDER = "word_order"
    DIFFERENT_REQUEST = "different_request"
    NEGATION = "negation"
    CANCELLATION = "cancellation"
    QUESTION = "question"
    STATE_QUESTION = "state_question"
    PAST = "past"
    REPORTED = "reported"
    HYPOTHETICAL = "hypothetical"
    CONDITIONAL = "conditional"
    OPINION = "opinion"
    ROUTINE_COMMAND = "routine_command"
    NO_MATCH = "no_match"


REASONS: tuple[str, ...] = tuple(r.value for r in Reason)
_DECISIONS: dict[str, Decision] = {d.value: d for d in Decision}
_REASONS: dict[str, Reason] = {r.value: r for r in Reason}


@dataclass(frozen=True)
class PhraseEntry:
    """One phrase the resolver knows, and the routine it starts."""

    text: str
    routine: str
    origin: str = "taught"


def phrase_entries(index: Iterable[tuple[str, str, str]]) -> list[PhraseEntry]:
    """Entries from ``Store.phrase_index()`` rows (text, routine, origin)."""
    return [PhraseEntry(text, routine, origin) for text, routine, origin in index]


@quick_init
@dataclass(frozen=True)
class Alternative:
    """Another routine the utterance could have meant."""

    routine: str
    score: float


@quick_init
@dataclass(frozen=True)
class Resolution:
    """What an utterance means: run a routine, ask, or say it is not known."""

    utterance: str
    decision: Decision | str
    """Coerced to Decision."""
    routine: str | None
    score: float
    """Calibrated confidence in 0..1 that ``routine`` is what was meant."""
    alternatives: tuple[Alternative, ...] = ()
    phrase: str | None = None
    """The taught phrase that matched best, when there is one; of a routine taught
    several, the one the utterance says where another scored best ("turn the reading
    mode on": "reading mode", not "time to read"; :mod:`._phrase_said`)."""
    reason: Reason | str = Reason.NO_MATCH
    """Why this decision, so the conversation can answer what was really said:

    - ``run``: ``exact`` (a taught phrase, normalised, with at most wake words,
      fillers and carriers around it: always runs) or ``match`` (a confident match
      of misheard, split or joined words, or the whole phrase with one word misheard,
      nothing else said and no other routine near).
    - ``clarify``: ``unsure`` (plausible, below ``run_threshold``), ``ambiguous``
      (two routines within ``margin``, or one phrase taught to two routines),
      ``fragment`` (at most half of a phrase: "coffee" for "coffee time"),
      ``extra_words`` (the whole phrase and one content word it does not explain),
      ``word_order`` (the phrase's words in another order).
    - ``reject``: ``no_match`` (no taught phrase is close), ``different_request``
      (a phrase's words among other content words: "play the party anthem"), or a
      cue said around a phrase: ``negation`` ("don't ..."), ``cancellation``
      ("cancel ...", "... off": offer undo when it just ran), ``question``
      ("what does ... do"), ``state_question`` ("is ... on": answer from the device
      states), ``past`` ("we had ... yesterday"), ``reported`` ("she said ..."),
      ``hypothetical`` ("hypothetically, ...", "what if ..."), ``conditional`` ("if it
      snows, ...", "... once everyone's asleep": for later, never now), ``opinion`` ("i love
      ...", "... is brilliant"),
      ``routine_command`` ("forget ...", "rename ...").
    """
    mentions: str | None = None
    """The routine the utterance names or nearly names, whatever the decision
    (``routine`` is None on a reject): the X of "cancel X" or "is X on"."""
    taken_back: bool = False
    """A run taken back for what is said beside the phrase, which speaks of it ("reading
    mode, so it's already on", "feed the cat, she's been fed"): the utterance is one
    whole, its other clauses no requests of their own to be split off and run."""

    def __post_init__(self) -> None:
        # (a dict lookup first: Enum lookups by value are slow, and this runs per utterance)
        object.__setattr__(self, "decision",
                           _DECISIONS.get(self.decision) or Decision(self.decision))
        object.__setattr__(self, "reason", _REASONS.get(self.reason) or Reason(self.reason))

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of ``teachapp resolve --json``."""
        return {
            "utterance": self.utterance,
            "decision": str(self.decision),
            "routine": self.routine,
            "score": round(float(self.score), 4),
            "alternatives": [
                {"routine": a.routine, "score": round(float(a.score), 4)}
                for a in self.alternatives
            ],
        }


@dataclass(frozen=True)
class Confusion:
    """An existing phrase that a new phrase could be mistaken for."""

    phrase: str
    routine: str
    similarity: float


@dataclass
class ResolverSettings:
    """Decision thresholds; defaults chosen on benchmarks/resolver.py."""

    run_threshold: float = 0.84
    """At or above this score (and clear of the runner-up) the routine runs."""
    clarify_threshold: float = 0.63
    """Between this and ``run_threshold`` the app asks "did you mean ...?"."""
    margin: float = 0.05
    """The best routine must beat the second best by this much to run."""
    extra: dict[str, Any] = field(default_factory=dict)
    """Room for tuning knobs of the scorer, kept with the settings."""

    @classmethod
    def from_section(cls, section: dict[str, Any]) -> ResolverSettings:
        """The ``resolver`` section of settings.json (bad values ignored, logged)."""
        return parse_section(cls, section, name="resolver")
