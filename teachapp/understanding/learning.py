"""Learning from rephrasing: when a miss followed by a success means "X meant Y".

A rejected or clarified utterance followed within a short window by a successful
turn is a *sighting* of the pair (utterance, routine). ``rephrase.score_pair``
judges the pair itself (sound, words, resolver candidate, time, what came
between, what kind of request the miss was) and the ledger in the store
(``store.EvidenceLedger``) keeps the evidence per household across sessions and
restarts:

* a strong pair (a mishearing, or a routine the resolver had near that the person
  ran at once) becomes an alias after two sightings, or one confirmation ("yes" to
  "should U also mean R?", the choice in "did you mean R?"), as long as it has two
  thirds of its utterance's sightings or twice any other routine's;
* a plausible pair (the person's own words) only when the person says so;
* an unrelated pair (a question, a device command, something the app cannot do,
  something else in between) never, however often it is seen;
* an assignment in the window's history is the person's own act: it always counts;
* any negative sign ("no", "undo", "that's not what I meant" after the alias ran, a
  "no" to the question, a removed alias) blocks the pair for good and takes a
  learned alias away at once.

"Should U also mean R?" is asked at most once per pair, only for a plausible pair
seen ``ask_after`` times, on two days or more, with at least two thirds of its
utterance's sightings (a habit, not a burst nor a person who asks for this and that
after the same words); a strong one needs no question: its next sighting teaches it.
At most one question per ``question_every_days`` per household. A "yes" to it does
not make an alias of a pair that is not alike (a thoughtless "yes" would teach a
wrong one): it asks once more, in the moment, the next time the words are heard.

That is the ledger's "did you mean R?" (``suggestion``): a miss of words the ledger
has seen followed by R ``suggest_after`` times, more than by any other routine (or
whose question was answered "yes"), is answered with "did you mean R?" instead of
"I don't know" (and in place of a resolver's "did you mean" the person said no to
before), until ``suggest_times`` offers for the words went unanswered. The answer is the person's
own choice with R in front of them: "yes" runs R and is strong evidence (the alias is
learned once nobody objects to the run), "no" blocks the pair. The words of a
request of another kind are never offered anything.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..domain import ALIAS_ORIGINS, PhraseOrigin
from ..errors import ConflictError, NotFoundError
from ..settings import parse_section
from ..store import AliasEvidence, EvidenceLedger, Store, phrase_key
from .normalize import strip_free_words
from .rephrase import (
    CONFIRMATION_WEIGHT,
    PROMOTE_AT,
    Pair,
    PairScore,
    Strength,
    request_kind,
    score_pair,
)

__all__ = ["Credit", "LearningSettings", "Miss", "RephraseLearner", "offer_from"]

log = logging.getLogger(__name__)

DAY = 86400.0


@dataclass
class LearningSettings:
    """The knobs of self-learning (settings section ``learning``)."""

    enabled: bool = True
    """Off: nothing is learned from rephrasing or answers (assignments in the history
    still are: they are the person's own act)."""
    rephrase_window: float = 30.0
    """Seconds within which a success after a miss counts as its rephrase."""
    promote_after: int = 2
    """Sightings of a strong (sound-alike) pair that make an alias."""
    ask_to_confirm: bool = True
    """Ask "Should X also mean Y?" for a pair that could be a rephrase."""
    ask_after: int = 3
    """Sightings of a plausible (not alike) pair before it is worth the question."""
    question_every_days: float = 7.0
    """At most one learning question per household in this many days."""
    recur_hours: float = 12.0
    """A pair is asked about only once it has been seen this many hours apart (on
    another day): the question goes to a pair that recurs."""
    undo_window: float = 120.0
    """Seconds after a run in which "no" / "that's wrong" undoes it."""
    answer_window: float = 120.0
    """Seconds a question ("did you mean ...?") waits for its yes or no."""
    max_words: int = 8
    """Longer utterances are sentences, not phrases: never learned."""
    suggest_after: int = 2
    """Sightings of a plausible pair after which a miss of its words asks "did you mean
    R?" (a strong pair is offered after one)."""
    suggest_times: int = 2
    """No more "did you mean R?" from the ledger for words whose offers went unanswered
    this many times (0: never offer)."""

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
    candidate: str | None = None
    """The routine the resolver had nearest (it asked, or rejected with it nearest)."""
    near: dict[str, float] | None = None
    """Each routine the resolver had as a candidate, with its score."""
    is_command: bool = False
    heard: str = ""
    """The utterance as said (carriers and all), to tell what kind of request it was."""
    kind: str | None = None
    """The resolver's reading when it was a request of another kind (a question...)."""


@dataclass
class Credit:
    """One sighting of a pair, as ``success`` recorded it."""

    utterance: str
    routine: str
    score: PairScore
    evidence: AliasEvidence
    learned: bool = False
    """This sighting made the pair an alias."""



class RephraseLearner:
    """Keeps the recent misses and turns later successes into alias evidence."""

    def __init__(self, store: Store, settings: LearningSettings,
                 clock: Callable[[], float], wall_clock: Callable[[], float] = time.time
                 ) -> None:
        self._store = store
        self.ledger = EvidenceLedger(store)
        self.settings = settings
        self._clock = clock
        self._wall = wall_clock
        self._misses: list[Miss] = []

    # ------------------------------------------------------------- misses

    def miss(self, utterance: str, interaction_id: int | None = None, *,
             candidate: str | None = None, is_command: bool = False,
             kind: str | None = None, near: dict[str, float] | None = None) -> None:
        """Remember an utterance that was rejected, clarified or undone.

        Wake words, fillers and carriers ("alexa", "um", "switch to") are dropped, so
        "alexa lights out" and "lights out" are one piece of evidence and one alias.
        """
        heard, utterance = utterance, _core(utterance)
        key = phrase_key(utterance)
        if not key or len(key.split()) > self.settings.max_words:
            return
        self._misses = [m for m in self._misses if phrase_key(m.utterance) != key]
        self._misses.append(Miss(utterance, self._clock(), interaction_id, candidate,
                                 near, is_command, heard, kind))

    def drop_miss(self, utterance: str) -> None:
        """The miss is settled otherwise (its "did you mean" was answered)."""
        key = phrase_key(_core(utterance))
        self._misses = [m for m in self._misses if phrase_key(m.utterance) != key]

    def forget_misses(self) -> None:
        """The person moved on (something else succeeded): no miss is rephrased now."""
        self._misses.clear()

    @property
    def misses(self) -> list[Miss]:
        return list(self._misses)

    def success(self, routine: str, utterance: str | None = None) -> list[Credit]:
        """A turn reached ``routine``: each recent miss is a sighting of its pair.

        Returns the sightings recorded (strong ones that reached the bar were
        promoted); the misses are consumed either way, since the person has moved on.
        """
        now = self._clock()
        misses, self._misses = self._misses, []
        if not self.settings.enabled:
            return []
        said = phrase_key(_core(utterance or ""))
        phrases = self._phrases(routine)
        credits: list[Credit] = []
        for index, miss in enumerate(misses):
            seconds = now - miss.at
            key = phrase_key(miss.utterance)
            if seconds > self.settings.rephrase_window or key == said \
                    or self._store.phrase_owner(key) is not None:
                continue
            if routine in self.ledger.blocked(key):
                continue
            score = score_pair(Pair(miss.utterance, routine, phrases, utterance or "",
                                    candidate=miss.candidate == routine,
                                    candidate_score=(miss.near or {}).get(routine, 0.0),
                                    seconds=seconds,
                                    between=len(misses) - index - 1,
                                    is_command=miss.is_command, heard=miss.heard,
                                    kind=miss.kind),
                               window=self.settings.rephrase_window)
            weight = score.sighting_weight * 2.0 / max(1, self.settings.promote_after)
            evidence = self.ledger.sighting(key, routine, weight=weight,
                                            strength=str(score.strength),
                                            reason=score.reason, now=self._wall())
            credit = Credit(key, routine, score, evidence)
            if (score.strength == Strength.STRONG and evidence.weight >= PROMOTE_AT
                    and not evidence.promoted and self._dominant(evidence)):
                credit.learned = self._promote(key, routine,
                                               how=f"heard {evidence.sightings} times")
            credits.append(credit)
        return credits

    # ----------------------------------------------------------- questions

    def question(self, credits: list[Credit]) -> Credit | None:
        """The pair worth asking "Should U also mean R?" about now, marked asked."""
        if not self.settings.ask_to_confirm:
            return None
        last = self.ledger.last_question()
        now = self._wall()
        if last is not None and now - last < self.settings.question_every_days * DAY:
            return None
        for credit in sorted(credits, key=lambda c: -c.evidence.sightings):
            e = credit.evidence
            if credit.learned or e.promoted or e.blocked or e.asked_at is not None:
                continue
            # A strong pair is learned at its next sighting anyway: the one question a
            # week goes to a pair that cannot be learned without it.
            if (credit.score.strength == Strength.PLAUSIBLE
                    and e.sightings >= self.settings.ask_after and self._worth_asking(e)):
                self.ledger.asked(credit.utterance, credit.routine, now)
                return credit
        return None

    def _worth_asking(self, e: AliasEvidence) -> bool:
        """The one question a week goes to a habit: a pair seen on two days or more
        (``recur_hours`` apart), with at least two thirds of its utterance's sightings.
        A burst on one day, or an utterance followed by this and that routine, is as
        likely someone who gave up and asked for something else: asking would look
        foolish, and a careless "yes" would teach a wrong alias."""
        span = (e.last_seen or 0.0) - (e.first_seen or 0.0)
        total = sum(x.sightings for x in self.ledger.pairs(e.utterance))
        return span >= self.settings.recur_hours * 3600 and e.sightings * 3 >= total * 2

    def answer(self, utterance: str, routine: str, yes: bool) -> str:
        """The answer to "Should U also mean R?", remembered.

        "learned" (an alias now), "check" (a "yes" for a pair that is not alike: the
        next miss of the words asks "did you mean R?", and only a yes to that, with R
        in front of the person, teaches it) or "" (nothing learned)."""
        self.ledger.answered(utterance, routine, "yes" if yes else "no", self._wall())
        if not yes:
            self.against(utterance, routine, why="declined")
            return ""
        e = self.ledger.pair(_core(utterance), routine)
        if e is not None and e.strength != Strength.STRONG:
            return "check" if request_kind(utterance) is None else ""
        return "learned" if self.confirm(utterance, routine, how="confirmed") else ""

    def refused(self, utterance: str, routine: str) -> bool:
        """``routine`` is blocked for ``utterance`` (a "no" to it, an undo, a removal)."""
        return routine in self.ledger.blocked(phrase_key(_core(utterance)))

    def suggestion(self, utterance: str, *, kind: str | None = None
                   ) -> AliasEvidence | None:
        """The pair whose routine to offer ("did you mean R?") for a miss of
        ``utterance``, marked offered; None when there is none worth offering.

        The pair leads its words' evidence (seen ``suggest_after`` times and more
        often than with any other routine), or its question was answered "yes"; it
        was offered fewer than ``suggest_times`` times (words followed by R out of
        habit, never meant for it, stop being offered R when it is passed over);
        ``utterance`` is no request of another kind (``kind``: the resolver's
        reading)."""
        if not self.settings.enabled or self.settings.suggest_times <= 0:
            return None
        key = phrase_key(_core(utterance))
        if (not key or len(key.split()) > self.settings.max_words or kind is not None
                or request_kind(utterance) is not None):
            return None
        names = set(self._store.routine_names())
        best = offer_from([e for e in self.ledger.pairs(key) if e.routine in names],
                          after=self.settings.suggest_after,
                          times=self.settings.suggest_times)
        return None if best is None else self.ledger.offered(key, best.routine,
                                                             self._wall())

    # ----------------------------------------------------------- evidence

    def confirm(self, utterance: str, routine: str, *, how: str = "confirmed",
                explicit: bool = False, defer: bool = False,
                origin: str = PhraseOrigin.LEARNED) -> bool:
        """Strong evidence: a yes, the choice in "did you mean", or (``explicit``) an
        assignment in the history. True when the pair became an alias now.

        Only an explicit assignment makes an alias of a request of another kind (a
        question, a command) or of a pair refused before. ``defer``: record it, and
        let ``settle`` promote it once nobody objected to what it ran.
        """
        key = phrase_key(_core(utterance))
        if not key:
            return False
        kind = request_kind(utterance)
        evidence = self.ledger.confirmation(
            key, routine, weight=CONFIRMATION_WEIGHT, how=how, now=self._wall(),
            strength="explicit" if explicit else "",
            reason="assigned in the history" if explicit else "")
        if not explicit and (kind is not None or evidence.blocked
                             or not self.settings.enabled):
            return False
        if explicit and evidence.blocked:
            self.ledger.unblock(key, routine, self._wall())
        return False if defer else self._promote(key, routine, how=how, origin=origin)

    def settle(self, utterance: str, routine: str) -> bool:
        """Promote a deferred confirmation (True when it became an alias now); never of
        a request of another kind, as ``confirm`` and ``settle_all`` hold too ("movie
        night at sunset" answered "yes": a time said, no other way to say the phrase)."""
        key = phrase_key(_core(utterance))
        e = self.ledger.pair(key, routine)
        if (not self.settings.enabled or e is None or e.promoted or e.blocked
                or e.weight < PROMOTE_AT or not e.how or request_kind(utterance) is not None):
            return False
        return self._promote(key, routine, how=e.how)

    def settle_all(self) -> None:
        """At start: promote confirmations left deferred when the app last closed."""
        if not self.settings.enabled:
            return
        for e in self.ledger.pairs():
            if not e.promoted and not e.blocked and e.how and e.weight >= PROMOTE_AT \
                    and request_kind(e.utterance) is None:
                self._promote(e.utterance, e.routine, how=e.how)

    def against(self, utterance: str, routine: str, *, why: str = "refused",
                removes: tuple[str, ...] = ALIAS_ORIGINS) -> bool:
        """Negative evidence: block the pair; a learned alias of it is removed at once.

        ``removes``: the phrase origins taken away. An undo passes ``LEARNED_ONLY``: a
        phrase the person added by hand stays until they remove it themselves.
        True when a learned phrase was taken away.
        """
        key = phrase_key(_core(utterance)) or phrase_key(utterance)
        if not key:
            return False
        self.ledger.block(key, routine, self._wall(), why=why)
        try:
            phrases = self._store.routine(routine).phrases
        except NotFoundError:
            return False
        learned = next((p for p in phrases if phrase_key(p.text) == key
                        and p.origin in removes), None)
        if learned is None:
            return False
        self._store.remove_phrase(routine, learned.text)
        log.info("unlearned %r for %r: %s", key, routine, why)
        return True

    def notice_removals(self) -> list[AliasEvidence]:
        """Block promoted pairs whose phrase is gone (removed in any way, in the window
        or by voice), so they are never learned again; the pairs blocked."""
        gone = [e for e in self.ledger.pairs() if e.promoted and not e.blocked
                and self._store.phrase_owner(e.utterance) is None]
        for e in gone:
            self.ledger.block(e.utterance, e.routine, self._wall(), why="removed")
        return gone

    def learned(self) -> list[AliasEvidence]:
        """The evidence of each learned alias still in use (newest first)."""
        owners = {phrase_key(text): routine for text, routine, origin
                  in self._store.phrase_index() if origin in ALIAS_ORIGINS}
        return [e for e in self.ledger.pairs() if e.promoted and not e.blocked
                and owners.get(e.utterance) == e.routine]

    def _dominant(self, evidence: AliasEvidence) -> bool:
        """The pair has at least two thirds of its utterance's sightings, or (seen three
        times or more) twice as many as any other routine: evidence for other routines
        weighs against it. A person who gives up asks for whatever comes to mind, so
        their give-ups spread over many routines; a second meaning would gather on one."""
        others = [e.sightings for e in self.ledger.pairs(evidence.utterance)
                  if e.routine != evidence.routine]
        total = evidence.sightings + sum(others)
        return evidence.sightings * 3 >= total * 2 or (
            evidence.sightings >= 3 and evidence.sightings >= 2 * max(others, default=0))

    def _promote(self, key: str, routine: str, *, how: str,
                 origin: str = PhraseOrigin.LEARNED) -> bool:
        owner = self._store.phrase_owner(key)
        if owner is not None:
            return False
        try:
            self._store.add_phrase(routine, key, origin=str(origin))
        except (ConflictError, NotFoundError) as exc:
            log.info("not learning %r for %r: %s", key, routine, exc)
            return False
        self.ledger.promoted(key, routine, how=how, now=self._wall())
        log.info("learned %r as a phrase of %r (%s)", key, routine, how)
        return True

    def _phrases(self, routine: str) -> tuple[str, ...]:
        try:
            return tuple(p.text for p in self._store.routine(routine).phrases
                         if p.origin != PhraseOrigin.LEARNED)
        except NotFoundError:
            return ()


def offer_from(pairs: list[AliasEvidence], *, after: int, times: int
               ) -> AliasEvidence | None:
    """Of one utterance's evidence, the pair whose routine "did you mean" offers.

    Blocked and learned pairs are out. First a pair whose question was answered
    "yes"; then a strong pair (alike: it would be learned at its next sighting) seen
    more often than any other strong one; then a plausible pair seen ``after`` times,
    more often than with any other routine (a person who gives up asks for this and
    that: no routine leads). Offers passed over (neither taken nor refused) count for
    the utterance: after ``times`` of them, whatever the routine, nothing more is
    offered for it (words never meant for a routine, said before it out of habit)."""
    live = [e for e in pairs if not e.blocked and not e.promoted]
    if not live or sum(e.offered for e in live) >= times:
        return None
    best = max(live, key=lambda e: (e.answer == "yes", e.strength == Strength.STRONG,
                                    e.sightings, e.weight))
    if best.answer == "yes":
        return best
    rivals = [e.sightings for e in live if e is not best and (
        best.strength != Strength.STRONG or e.strength == Strength.STRONG)]
    if best.strength == Strength.STRONG:
        enough = best.sightings >= 1
    else:
        enough = best.strength == Strength.PLAUSIBLE and best.sightings >= after
    return best if enough and best.sightings > max(rivals, default=0) else None


def _core(utterance: str) -> str:
    """The utterance without the words people wrap a phrase in."""
    return strip_free_words(utterance) or utterance
