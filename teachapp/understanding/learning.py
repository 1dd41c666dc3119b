"""Learning from rephrasing: when a miss followed by a success means "X meant Y".

A rejected or clarified utterance followed within a short window by a successful
turn (a run, a yes to "did you mean", a choice in the window) is one piece of
evidence that the first utterance meant that routine. Evidence is counted per
(utterance, routine) pair in the store. A pair becomes a learned phrase after
``promote_after`` pieces of evidence, or at once after an explicit confirmation;
never from a single silent guess, and never once the pair got negative feedback
("no" / "undo" after it ran, "no" to "did you mean", a removed alias).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..errors import ConflictError, NotFoundError
from ..settings import parse_section
from ..store import AliasEvidence, Store, phrase_key
from .normalize import strip_free_words

__all__ = ["LearningSettings", "Miss", "RephraseLearner"]

log = logging.getLogger(__name__)


@dataclass
class LearningSettings:
    """The knobs of self-learning (settings section ``learning``)."""

    enabled: bool = True
    """Off: nothing is learned from rephrasing (explicit choices still are)."""
    rephrase_window: float = 30.0
    """Seconds within which a success after a miss counts as its rephrase."""
    promote_after: int = 2
    """Pieces of evidence, with no negative feedback, that make an alias."""
    ask_to_confirm: bool = True
    """Ask "Should X also mean Y?" the first time a pair is seen."""
    undo_window: float = 120.0
    """Seconds after a run in which "no" / "that's wrong" undoes it."""
    answer_window: float = 120.0
    """Seconds a question ("did you mean ...?") waits for its yes or no."""
    max_words: int = 8
    """Longer utterances are sentences, not phrases: never learned."""

    @classmethod
    def from_section(cls, section: dict[str, Any]) -> LearningSettings:
        """The ``learning`` section of settings.json (bad values ignored, logged)."""
        return parse_section(cls, section, name="learning")


@dataclass
class Miss:
    """An utterance that did not reach a routine."""

    utterance: str
    at: float
    interaction_id: int | None = None


class RephraseLearner:
    """Keeps the recent misses and turns later successes into alias evidence."""

    def __init__(self, store: Store, settings: LearningSettings,
                 clock: Callable[[], float]) -> None:
        self._store = store
        self.settings = settings
        self._clock = clock
        self._misses: list[Miss] = []

    # ------------------------------------------------------------- misses

    def miss(self, utterance: str, interaction_id: int | None = None) -> None:
        """Remember an utterance that was rejected, clarified or undone.

        Wake words, fillers and carriers ("alexa", "um", "switch to") are dropped, so
        "alexa lights out" and "lights out" are one piece of evidence and one alias.
        """
        utterance = _core(utterance)
        key = phrase_key(utterance)
        if not key or len(key.split()) > self.settings.max_words:
            return
        self._misses = [m for m in self._misses if phrase_key(m.utterance) != key]
        self._misses.append(Miss(utterance, self._clock(), interaction_id))

    def forget_misses(self) -> None:
        self._misses.clear()

    @property
    def misses(self) -> list[Miss]:
        return list(self._misses)

    def success(self, routine: str, utterance: str | None = None) -> list[str]:
        """A turn reached ``routine``: recent misses count as meaning it.

        Returns the credited utterances (their evidence was added); the misses are
        consumed either way, since the person has moved on.
        """
        now = self._clock()
        recent = [m for m in self._misses if now - m.at <= self.settings.rephrase_window]
        self._misses.clear()
        if not self.settings.enabled:
            return []
        said = phrase_key(_core(utterance or ""))
        credited: list[str] = []
        for miss in recent:
            key = phrase_key(miss.utterance)
            if key == said or self._store.phrase_owner(key) is not None:
                continue
            self._store.add_evidence(key, routine, positive=1)
            credited.append(key)
        return credited

    # ----------------------------------------------------------- evidence

    def against(self, utterance: str, routine: str) -> None:
        """Negative feedback: ``utterance`` did not mean ``routine``."""
        if phrase_key(utterance):
            self._store.add_evidence(utterance, routine, negative=1)

    def should_ask(self, utterance: str, routine: str) -> bool:
        """True when a pair deserves the question "Should X also mean Y?"."""
        if not self.settings.ask_to_confirm:
            return False
        evidence = self._pair(utterance, routine)
        return (evidence is not None and not evidence.promoted and evidence.negative == 0
                and evidence.positive < self.settings.promote_after)

    def settle(self, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
        """Promote the pairs whose evidence is now enough; the promoted pairs."""
        promoted: list[tuple[str, str]] = []
        for utterance, routine in pairs:
            evidence = self._pair(utterance, routine)
            if (evidence is None or evidence.promoted or evidence.negative > 0
                    or evidence.positive < self.settings.promote_after):
                continue
            if self.promote(utterance, routine):
                promoted.append((utterance, routine))
        return promoted

    def confirm(self, utterance: str, routine: str, *, origin: str = "learned") -> bool:
        """An explicit confirmation: the pair becomes an alias now (True when added);
        ``origin`` "alias" when the person assigned it by hand."""
        self._store.add_evidence(utterance, routine, positive=1)
        return self.promote(utterance, routine, origin=origin)

    def promote(self, utterance: str, routine: str, *, origin: str = "learned") -> bool:
        """Add ``utterance`` as a learned phrase of ``routine``; False when it cannot be."""
        key = phrase_key(utterance)
        owner = self._store.phrase_owner(key)
        if owner is not None:
            self._store.mark_promoted(key, routine)
            return False
        try:
            self._store.add_phrase(routine, key, origin=origin)
        except (ConflictError, NotFoundError) as exc:
            log.info("not learning %r for %r: %s", key, routine, exc)
            return False
        self._store.mark_promoted(key, routine)
        log.info("learned %r as a phrase of %r", key, routine)
        return True

    def _pair(self, utterance: str, routine: str) -> AliasEvidence | None:
        key = phrase_key(utterance)
        for evidence in self._store.evidence(key):
            if evidence.routine == routine:
                return evidence
        return None


def _core(utterance: str) -> str:
    """The utterance without the words people wrap a phrase in."""
    return strip_free_words(utterance) or utterance
