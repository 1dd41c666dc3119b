"""What the agent learns, as the window and the turns reach it.

Aliases learned from rephrases, "this meant X" in the history, and removing a learned
phrase: the learner (``understanding/learning.py``) keeps the evidence, these calls
are the agent's side (the lock, the events, the history's explanations).
"""

from __future__ import annotations

from ..domain import ALIAS_ORIGINS, PhraseOrigin
from ..errors import NotFoundError
from ..store import Interaction, phrase_key
from . import explain
from .core import AgentCore
from .events import RoutinesChanged
from .learning_hooks import LearnedAlias
from .models import Outcome
from .turns import TurnReplies

__all__ = ["LearningCalls"]


class LearningCalls(AgentCore):
    """Learned phrases and the history they came from."""

    def _settle(self, replies: TurnReplies) -> None:
        """A learned phrase removed in any way (window, voice) is never relearned."""
        self._learner.notice_removals()
        self._hooks.settle(replies)

    def _learned(self, replies: TurnReplies, utterance: str, routine: str) -> None:
        self._hooks.announce(replies, utterance, routine)

    def assign(self, interaction_id: int, routine: str) -> None:
        """The history's "this meant X": the heard text becomes a phrase of ``routine``."""
        with self._lock:
            turn = self._interaction(interaction_id)
            target = self.store.routine(routine).name
            if not phrase_key(turn.heard):
                raise NotFoundError(f"Turn {interaction_id} heard nothing to learn from.")
            self.store.update_interaction(interaction_id, routine=target,
                                          feedback=f"meant {target}", outcome=Outcome.ASSIGNED)
            if self._learner.confirm(turn.heard, target, how="assigned in the history",
                                     explicit=True, origin=PhraseOrigin.ALIAS):
                self._hooks.announce(TurnReplies(self._emit), phrase_key(turn.heard), target)

    def _interaction(self, interaction_id: int) -> Interaction:
        for turn in self.store.interactions(limit=10_000):
            if turn.id == interaction_id:
                return turn
        raise NotFoundError(f"There is no turn number {interaction_id} in the history.")

    def history(self, limit: int = 300) -> list[tuple[Interaction, list[str]]]:
        """The newest turns with their explanations (the window's history)."""
        with self._lock:
            return explain.explained_history(self.store, limit=limit,
                                             recorder=self._recorder)

    def learned_aliases(self) -> list[tuple[str, str, str]]:
        """(phrase, routine, origin) for every phrase learned or added after teaching
        (from a rephrase, assigned in the history, or added by hand)."""
        return [(p.text, r.name, p.origin) for r in self.store.routines()
                for p in r.phrases if p.origin in ALIAS_ORIGINS]

    def learned_alias_details(self) -> list[LearnedAlias]:
        """The learned phrases with where each came from (how, when, why)."""
        with self._lock:
            return self._hooks.aliases()

    def remove_alias(self, routine: str, phrase: str) -> None:
        """Remove a learned phrase; it counts against the pair so it is not relearned."""
        with self._lock:
            name = self.store.routine(routine).name
            if not self._learner.against(phrase, name, why="removed in the window"):
                self.store.remove_phrase(name, phrase)
            self._emit(RoutinesChanged())
