"""What the agent learns, as the window and the turns reach it.

Aliases learned from rephrases, "this meant X" in the history, and removing a learned
phrase: the learner (``understanding/learning.py``) keeps the evidence, these calls
are the agent's side (the lock, the events, the history's explanations).
"""

from __future__ import annotations

from ..domain import ALIAS_ORIGINS, PhraseOrigin, Routine
from ..errors import NotFoundError
from ..store import Interaction, phrase_key
from . import explain, library
from .core import AgentCore
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
        for turn in self.store.interactions(limit=1, before=interaction_id + 1):
            if turn.id == interaction_id:  # (an older turn than the newest 10,000 too)
                return turn
        raise NotFoundError(f"There is no turn number {interaction_id} in the history.")

    def history(self, limit: int = 300, before: int | None = None
                ) -> list[tuple[Interaction, list[str]]]:
        """The newest turns with their explanations (the window's history); ``before``:
        the page older than that turn id."""
        with self._lock:
            return explain.explained_history(self.store, limit=limit, before=before,
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
        """Remove a learned phrase; it counts against the pair so it is not relearned,
        and "undo" puts it back (``ManageTalk.phrases_taken_off``)."""
        with self._lock:
            current = self.store.routine(routine)
            key = phrase_key(phrase)
            found = next((p for p in current.phrases if phrase_key(p.text) == key), None)
            if not self._learner.against(phrase, current.name, why="removed in the window"):
                self.store.remove_phrase(current.name, phrase)
            taken = [(found.text, str(found.origin))] if found is not None else []
            self._talk.phrases_taken_off(current.name, taken)

    def save_edited(self, routine: Routine, *, previous_name: str | None) -> Routine:
        """Save ``routine`` as edited in the window (``library.save_edited``). Its
        phrases given after teaching (learned, or added by hand) that the edit left out
        are taken off as History's Remove takes one: a learned one is not learned again,
        and the next "undo" puts them back (``ManageTalk.phrases_taken_off``; removing
        one in the editor could not be undone, "undo" took back the newest run)."""
        with self._lock:
            try:
                before = self.store.routine(previous_name).phrases if previous_name else []
            except NotFoundError:
                before = []
            saved = library.save_edited(self.store, routine, previous_name=previous_name)
            kept = {phrase_key(p.text) for p in saved.phrases}
            taken = [(p.text, str(p.origin)) for p in before
                     if p.origin in ALIAS_ORIGINS and phrase_key(p.text) not in kept]
            for text, origin in taken:
                if origin == PhraseOrigin.LEARNED:
                    self._learner.against(text, saved.name, why="removed in the window")
            if taken:
                self._talk.phrases_taken_off(saved.name, taken)
            return saved
