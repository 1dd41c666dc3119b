"""Where the conversation meets self-learning (``understanding/learning.py``).

Kept out of ``agent.py``: what a miss records (the resolver's candidate), what a
success says (an alias learned, the one question), the voice commands of learning
("that's not what I meant", "forget that alias", "what have you learned") and the
learned aliases with where each came from, for the window.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from typing import TYPE_CHECKING

from ..domain import ALIAS_ORIGINS, LEARNED_ONLY, PhraseOrigin
from ..store import AliasEvidence, phrase_key
from ..understanding.learning import Credit, RephraseLearner
from ..understanding.normalize import normalise
from ..understanding.resolution import Decision, Reason, Resolution
from .events import AliasLearned, AliasOffered, RoutinesChanged
from .explain import OFFERED
from .turns import LastRun, Pending, TurnReplies

if TYPE_CHECKING:
    from .agent import Assistant

__all__ = ["LearnedAlias", "LearningHooks", "learning_intent"]

_NOT_MEANT = re.compile(r"^(?:no )?(?:that is|that was|this is|it is)? ?not what i (?:meant|wanted"
                        r"|said)$|^i did not mean (?:that|it)$|^wrong thing$")
_FORGET = re.compile(r"^(?:please )?(?:forget|unlearn|remove|delete|drop) (?:that|this|the|"
                     r"that new|the new|the last|what you (?:just )?learned)"
                     r"(?: alias| phrase| word| one)?$")
_LIST = re.compile(r"^what (?:have you|did you) learn(?:ed|t)?(?: so far)?$|"
                   r"^(?:list|show)(?: me)? (?:the |your )?(?:learned|learnt) "
                   r"(?:aliases|phrases)$|^what aliases (?:have you learned|do you know)$")


_OTHER_REQUESTS = {Reason.DIFFERENT_REQUEST, Reason.NEGATION, Reason.CANCELLATION,
                   Reason.QUESTION, Reason.STATE_QUESTION, Reason.PAST, Reason.REPORTED,
                   Reason.HYPOTHETICAL, Reason.CONDITIONAL, Reason.OPINION,
                   Reason.ROUTINE_COMMAND}
"""What the resolver reads as a request of another kind: never a rephrase."""


def learning_intent(text: str) -> str | None:
    """ "not meant", "forget alias" or "list aliases" for learning's own voice commands."""
    norm = normalise(text)
    if _NOT_MEANT.match(norm):
        return "not meant"
    if _FORGET.match(norm):
        return "forget alias"
    if _LIST.match(norm):
        return "list aliases"
    return None


_BY_HAND = ("assigned in the history", "added by hand")
"""The ``LearnedAlias.how`` of a phrase the person gave: never said to be learned."""
_LISTED = 8
"""How many phrases "what have you learned?" names."""


@dataclass(frozen=True)
class LearnedAlias:
    """A learned phrase and where it came from (the window's list)."""

    phrase: str
    routine: str
    how: str
    """ "heard 2 times", "confirmed", "chosen in did you mean", "assigned in the history"."""
    reason: str
    """Why the pair looked like a rephrase ("sounds like "reading mode"")."""
    sightings: int
    learned_at: datetime | None

    @property
    def by_hand(self) -> bool:
        """Given by the person (the window, a routine file, "also call it …", the
        history's Assign), not learned from use."""
        return self.how in _BY_HAND

    @property
    def origin(self) -> str:
        """ "learned 2026-11-30: heard 2 times; sounds like "reading mode"" for the window."""
        if self.by_hand:
            return "added by hand"
        when = f" {self.learned_at:%Y-%m-%d}" if self.learned_at else ""
        why = f"; {self.reason}" if self.reason and self.reason != self.how else ""
        return f"learned{when}: {self.how or 'from a rephrase'}{why}"


def learned_alias(e: AliasEvidence) -> LearnedAlias:
    at = datetime.fromtimestamp(e.promoted_at) if e.promoted_at else None
    return LearnedAlias(e.utterance, e.routine, e.how, e.reason, e.sightings, at)


class LearningHooks:
    """Learning's part of the assistant's turns; see the module docstring."""

    def __init__(self, assistant: Assistant, learner: RephraseLearner) -> None:
        self._a = assistant
        self._learner = learner
        self.last_learned: tuple[str, str] | None = None
        """The alias learned last in this session ("forget that alias")."""
        self._deferred: tuple[str, str] | None = None
        """A "did you mean" choice waiting for the next turn to settle it."""
        self._listed: tuple[int, list[tuple[str, str]]] = (-1, [])
        """The turn "what have you learned?" was answered on, and the aliases it said."""
        learner.settle_all()

    def defer(self, utterance: str, routine: str) -> None:
        self._deferred = (utterance, routine)

    def settle(self, replies: TurnReplies) -> None:
        """The turn after a "did you mean" choice did not object: learn it now."""
        deferred, self._deferred = self._deferred, None
        if deferred is not None and self._learner.settle(*deferred):
            self.announce(replies, *deferred)

    # ------------------------------------------------------------- turns

    def miss(self, text: str, interaction_id: int | None, resolution: Resolution) -> None:
        """A reject or a "did you mean": remember it with the resolver's candidate."""
        candidate = resolution.routine
        if candidate is None and resolution.alternatives:
            candidate = resolution.alternatives[0].routine
        near = {a.routine: float(a.score) for a in resolution.alternatives}
        if resolution.routine is not None:
            near[resolution.routine] = float(resolution.score)
        self._learner.miss(text, interaction_id, candidate=candidate,
                           kind=self._other_kind(text, resolution), near=near)

    def _other_kind(self, text: str, resolution: Resolution) -> str | None:
        """What the words are when they are no phrase for a routine: the resolver's
        reading of another kind of request, or a remark of what people are doing or
        how they are ("i'm so tired today", "my sister is coming over"), which a command
        said next does not make a phrase of (it became "Did you mean reading mode?")."""
        if resolution.reason in _OTHER_REQUESTS:
            return str(resolution.reason)
        return "remark" if self._a._command_parser().is_remark(text) else None

    def refused(self, text: str, resolution: Resolution) -> bool:
        """The person said no to "did you mean R?" (or undid R) for these words before."""
        return resolution.routine is not None and self._learner.refused(
            text, resolution.routine)

    def suggest(self, replies: TurnReplies, text: str, resolution: Resolution, source: str,
                confidence: float | None) -> bool:
        """A miss whose words the ledger knows: "did you mean R?" instead of "I don't
        know" (``RephraseLearner.suggestion``). Its answer is the clarify answer: a
        yes runs R and is strong evidence, a no blocks the pair. False: no offer."""
        offer = self._learner.suggestion(text, kind=self._other_kind(text, resolution))
        if offer is None:
            return False
        near = {alt.routine: float(alt.score) for alt in resolution.alternatives}
        offered = replace(resolution, decision=Decision.CLARIFY, routine=offer.routine,
                          score=near.get(offer.routine, 0.0))
        self._a._ask_clarify(replies, text, source, confidence, offered, heard=resolution,
                             outcome=OFFERED)
        self._a._emit(AliasOffered(offer.utterance, offer.routine))
        return True

    def success(self, replies: TurnReplies, routine: str, utterance: str | None,
                ok: bool) -> list[Credit]:
        """A routine ran: record the sightings, tell what was learned, maybe ask."""
        credits = self._learner.success(routine, utterance)
        for credit in credits:
            if credit.learned:
                self.announce(replies, credit.utterance, routine)
        question = self._learner.question(credits) if ok else None
        if question is not None:
            self._a._pending = Pending("alias", question.utterance, self._a._clock(), routine)
            replies.question(f"Should \"{question.utterance}\" also mean "
                             f"{self._a._spoken_name(routine)}?")
        return credits

    def announce(self, replies: TurnReplies, utterance: str, routine: str) -> None:
        self.last_learned = (utterance, routine)
        replies.info(f"I'll take \"{utterance}\" to mean {self._a._spoken_name(routine)} "
                     "from now on. Say \"that's not what I meant\" if it isn't.")
        self._a._emit(AliasLearned(utterance, routine))
        self._a._emit(RoutinesChanged())

    def unlearned(self, replies: TurnReplies, utterance: str, routine: str) -> None:
        replies.info(f"I won't take \"{utterance}\" to mean "
                     f"{self._a._spoken_name(routine)} any more.")
        if self.last_learned == (utterance, routine):
            self.last_learned = None
        self._a._emit(RoutinesChanged())

    def voice(self, replies: TurnReplies, intent: str) -> None:
        """ "forget that alias" and "what have you learned"."""
        if intent == "list aliases":
            self._list(replies)
            return
        turn, listed = self._listed
        if turn == self._a._turn - 1 and listed:  # (right after "what have you learned?")
            if len(listed) > 1:
                replies.info("Which one? Say \"forget\" and its words, e.g. \"forget "
                             f"{listed[0][0]}\".")
                return
            target: tuple[str, str] | None = listed[0]
        else:
            target = self.alias_that_ran() or self.last_learned
        if target is None:
            replies.info("There is no learned phrase to forget right now. Say \"what have "
                         "you learned?\" to hear them, and \"remove the phrase\" and its "
                         "words to take one away (or use the window's history).")
            return
        if self._learner.against(target[0], target[1], why="forgotten by voice"):
            self.unlearned(replies, *target)
        else:
            replies.info(f"I won't learn \"{target[0]}\" for "
                         f"{self._a._spoken_name(target[1])}.")

    def _list(self, replies: TurnReplies) -> None:
        """ "what have you learned?": the phrases learned from use, then apart those the
        person added (it said "I learned: "cinema" for movie night (added by hand)")."""
        aliases = self.aliases()
        shown = ([a for a in aliases if not a.by_hand]
                 + [a for a in aliases if a.by_hand])[:_LISTED]
        learned = [a for a in shown if not a.by_hand]
        given = [a for a in shown if a.by_hand]
        said = ("I learned: " + "; ".join(self._named(a) for a in learned) + "." if learned
                else "I haven't learned any phrases of my own yet.")
        if not shown:
            replies.info(said)
            return
        if given:
            said += " Added by you: " + "; ".join(
                self._named(a, how=a.how != "added by hand") for a in given) + "."
        self._listed = (self._a._turn, [(a.phrase, a.routine) for a in shown])
        replies.info(said + (" Say \"forget that alias\" to take it away." if len(aliases) == 1
                             else f" Say \"forget\" and one of them, e.g. \"forget "
                             f"{shown[0].phrase}\", to take it away."))

    def _named(self, alias: LearnedAlias, *, how: bool = True) -> str:
        """ "\"book time\" for reading mode (heard 2 times)"."""
        said = f"\"{alias.phrase}\" for {self._a._spoken_name(alias.routine)}"
        return f"{said} ({alias.how})" if how and alias.how else said

    def alias_that_ran(self, last: LastRun | None = None, *,
                       origins: tuple[str, ...] = ALIAS_ORIGINS
                       ) -> tuple[str, str] | None:
        """(learned phrase, routine) when the last run came from a phrase of one of
        ``origins`` (learned from use, or added by hand)."""
        last = last or self._a.last_run
        if last is None or last.routine is None:
            return None
        for heard in (last.phrase, last.utterance):
            key = phrase_key(heard or "")
            if key and any(u == key and r == last.routine
                           for u, r in self._learned_pairs(origins)):
                return key, last.routine
        return None

    def complaint(self, replies: TurnReplies, last: LastRun) -> None:
        """ "no" / "undo" / "that's not what I meant" right after a run: the learned
        phrase that ran is taken away at once and never learned again."""
        deferred, self._deferred = self._deferred, None
        if deferred is not None and deferred[1] == last.routine:
            self._learner.against(*deferred, why="undone after it ran")
        added = self.alias_that_ran(last)  # (one store read when no such phrase ran)
        if added is None:
            return
        target = self.alias_that_ran(last, origins=LEARNED_ONLY)
        if target is not None and self._learner.against(*target, why="undone after it ran",
                                                        removes=LEARNED_ONLY):
            self.unlearned(replies, *target)
        else:
            replies.info(f"\"{added[0]}\" stays a phrase of "
                         f"{self._a._spoken_name(added[1])}, since it was added by hand. "
                         "Say \"forget that alias\" to take it away.")

    # ------------------------------------------------------------ window

    def aliases(self) -> list[LearnedAlias]:
        """Every learned phrase, newest first; one learned before the ledger kept its
        story says only that it was learned."""
        known = {(e.utterance, e.routine): e for e in self._learner.learned()}
        found = [learned_alias(e) for e in known.values()]
        for text, routine, origin in self._a.store.phrase_index():
            if origin in ALIAS_ORIGINS and (phrase_key(text), routine) not in known:
                how = "added by hand" if origin == PhraseOrigin.ALIAS else ""
                found.append(LearnedAlias(text, routine, how, "", 0, None))
        return found

    def _learned_pairs(self, origins: tuple[str, ...] = ALIAS_ORIGINS
                       ) -> list[tuple[str, str]]:
        return [(phrase_key(t), r) for t, r, origin in self._a.store.phrase_index()
                if origin in origins]
