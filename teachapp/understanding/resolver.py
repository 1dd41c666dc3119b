"""The resolver: heard text -> run a routine, ask which one, or "I don't know that one".

Layers, as in hassil: :mod:`scoring` yields scored candidate phrases ("recognise
all"), this module ranks routines and decides ("recognise best"). A routine's
score is its best phrase's score, mapped through a logistic calibration so that
it reads as the chance the routine is what was meant. The decision follows
:class:`ResolverSettings`:

- ``run`` when the best routine scores at least ``run_threshold`` and beats the
  runner-up by ``margin`` (two taught phrases that sound alike never run
  silently on a near tie),
- ``clarify`` when it scores at least ``clarify_threshold``,
- ``reject`` otherwise (``routine`` is then ``None``; the alternatives still
  name the closest routines for a "did you mean" list).
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

from teachapp.understanding.normalize import Lexicon, default_lexicon, normalise
from teachapp.understanding.phonetic import PhraseSounds
from teachapp.understanding.resolution import (
    Alternative,
    Confusion,
    PhraseEntry,
    Resolution,
    ResolverSettings,
)
from teachapp.understanding.scoring import PhraseIndex, ScoringParams

__all__ = ["DEFAULT_CALIBRATION", "Candidate", "Resolver", "resolve"]

DEFAULT_CALIBRATION = (13.507, -7.454)
"""Slope and offset of the logistic map from raw score to calibrated score
(fitted by ``benchmarks/resolver.py --tune`` on its first tuning home and HWU64-iot;
override with
``settings.extra["calibration"] = [slope, offset]``)."""

_ALTERNATIVES = 3
_MEANINGFUL = 0.42
"""Raw score below which a routine is not worth naming as an alternative (raw, so
the "did you mean" list does not change when the calibration is refitted)."""
_CONFUSABLE = 0.7
"""Similarity at which ``confusable`` reports an existing phrase."""


@dataclass(frozen=True)
class _Ranked:
    routine: int
    phrase: int
    raw: float
    score: float


@dataclass(frozen=True)
class Candidate:
    """A routine an utterance could mean, before any decision (for ranking and tuning)."""

    routine: str
    phrase: str
    """The routine's best-matching taught phrase."""
    raw: float
    """The scorer's uncalibrated score in 0..1."""
    score: float
    """The calibrated score, as in :class:`Resolution`."""


class Resolver:
    """Resolves utterances against a fixed set of taught phrases.

    Build one per set of phrases (construction precomputes the index); resolving
    is then fast and thread-safe (no state changes after construction).
    """

    def __init__(self, phrases: Iterable[PhraseEntry], settings: ResolverSettings | None = None,
                 *, lexicon: Lexicon | None = None) -> None:
        self.settings = settings or ResolverSettings()
        self._lexicon = lexicon or default_lexicon()
        self._params = ScoringParams.from_extra(self.settings.extra)
        slope, offset = self.settings.extra.get("calibration", DEFAULT_CALIBRATION)
        self._slope, self._offset = float(slope), float(offset)
        entries: list[PhraseEntry] = []
        seen: set[tuple[str, str]] = set()
        for entry in phrases:
            key = (normalise(entry.text, self._lexicon), entry.routine)
            if key[0] and key not in seen:
                seen.add(key)
                entries.append(entry)
        self._entries = tuple(entries)
        routine_ids: dict[str, int] = {}
        for entry in entries:
            routine_ids.setdefault(entry.routine, len(routine_ids))
        self._routines = list(routine_ids)
        self._sounds: PhraseSounds | None = None
        self._index = PhraseIndex([e.text for e in entries],
                                  [routine_ids[e.routine] for e in entries],
                                  len(self._routines), self._lexicon, self._params)

    def _sound_index(self) -> PhraseSounds:
        """Whole-phrase sound keys, built on the first confusability check and kept."""
        if self._sounds is None:
            self._sounds = PhraseSounds([e.text for e in self._entries], self._lexicon)
        return self._sounds

    @property
    def phrases(self) -> tuple[PhraseEntry, ...]:
        """The phrases this resolver knows (empty-text and duplicate entries dropped)."""
        return self._entries

    def calibrate(self, raw: float) -> float:
        """Raw phrase score -> calibrated score in 0..1 (1.0 only for a perfect match)."""
        if raw >= 1.0 - 1e-6:
            return 1.0
        if raw <= 0.0:
            return 0.0
        return 1.0 / (1.0 + math.exp(-(self._slope * raw + self._offset)))

    def _rank(self, utterance: str, limit: int) -> list[_Ranked]:
        scored = self._index.score(utterance)
        ranked: list[_Ranked] = []
        seen: set[int] = set()
        routine_of = self._index.routine_of
        for pid, raw in zip(scored.phrase_ids.tolist(), scored.scores.tolist(), strict=True):
            rid = int(routine_of[pid])
            if rid in seen:
                continue
            seen.add(rid)
            ranked.append(_Ranked(rid, pid, raw, round(self.calibrate(raw), 6)))
            if len(ranked) >= limit:
                break
        return ranked

    def rank(self, utterance: str, limit: int = 4) -> list[Candidate]:
        """The best routines for ``utterance``, one entry per routine, best first."""
        if not str(utterance).strip() or limit <= 0:
            return []
        return [Candidate(self._routines[r.routine], self._entries[r.phrase].text, r.raw, r.score)
                for r in self._rank(str(utterance), limit)]

    def resolve(self, utterance: str) -> Resolution:
        """Decide what ``utterance`` means (see the module docstring)."""
        text = str(utterance)
        ranked = self._rank(text, _ALTERNATIVES + 1) if text.strip() else []
        if not ranked or ranked[0].score <= 0.0:
            return Resolution(utterance=text, decision="reject", routine=None, score=0.0)
        s = self.settings
        best = ranked[0]
        runner_up = ranked[1].score if len(ranked) > 1 else 0.0
        if best.score >= s.run_threshold and best.score - runner_up >= s.margin:
            decision = "run"
        elif best.score >= s.clarify_threshold:
            decision = "clarify"
        else:
            decision = "reject"
        chosen = best if decision != "reject" else None
        others = [r for r in ranked if r is not chosen and r.raw >= _MEANINGFUL]
        return Resolution(
            utterance=text,
            decision=decision,
            routine=self._routines[best.routine] if chosen else None,
            score=best.score,
            alternatives=tuple(Alternative(self._routines[r.routine], r.score)
                               for r in others[:_ALTERNATIVES]),
            phrase=self._entries[best.phrase].text,
        )

    def confusable(self, phrase: str, *, exclude_routine: str | None = None,
                   limit: int = 3) -> list[Confusion]:
        """Existing phrases a new ``phrase`` could be mistaken for, most similar first.

        Similarity is the better of the resolver's own score (both ways round, so
        a short phrase inside a long one counts) and how alike the two phrases
        sound as a whole ("bath time" / "nap time").
        """
        text = normalise(phrase, self._lexicon)
        if not text or not self._entries or limit <= 0:
            return []
        forward = self._index.score(text)
        sims = self._sound_index().similarity(text)
        for pid, raw in zip(forward.phrase_ids.tolist(), forward.scores.tolist(), strict=True):
            sims[pid] = max(sims[pid], raw)
        out: list[Confusion] = []
        excluded = exclude_routine.casefold() if exclude_routine is not None else None
        for pid in np.nonzero(sims >= _CONFUSABLE)[0].tolist():
            entry = self._entries[pid]
            sim = float(sims[pid])
            if entry.routine.casefold() != excluded:
                out.append(Confusion(phrase=entry.text, routine=entry.routine,
                                     similarity=round(sim, 4)))
        out.sort(key=lambda c: -c.similarity)
        return out[:limit]


def resolve(utterance: str, phrases: Iterable[PhraseEntry],
            settings: ResolverSettings | None = None) -> Resolution:
    """One-off resolve; build a :class:`Resolver` instead when resolving repeatedly."""
    return Resolver(phrases, settings).resolve(utterance)
