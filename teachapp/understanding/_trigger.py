"""When a reader can fire: what an utterance must hold for the reader's shape to be there,
met against the utterance's words, found once for every reader.

A reader that looks for one shape in the text ("la la la", "caption", "next week") has a
cue, most often a regular expression, that says whether the shape's words are there at
all. A scan of the text costs the same whether the words are there or not, and a long
alternation is tried at every position: the cues of the rows that take a run back cost a
tenth of a resolve at 1,000 phrases, two of them half of that (issue 14).
A :class:`Trigger` says the same more cheaply and never less often: the words the text
holds as runs of word characters (those ``\\b`` and ``\\w`` see), the starts or ends of
such a run, or pieces anywhere in it, any of which a match of the cue holds. The
utterance's runs are found once (:func:`runs_of`); a reader whose trigger they do not
meet cannot fire and is not asked, and one whose trigger they meet is asked its cue as
before, so no answer changes. A reader with no trigger is asked as before.

A table of readers meets all its triggers in one pass (:class:`TriggerTable`): each run of
the utterance is looked up once, for the bits of every trigger it meets, where each
trigger alone would go through the runs again (seven triggers, seven passes).

A trigger must hold whenever its cue does (``tests/test_resolver_triggers.py`` checks
each trigger against its cue over random texts of the cue's own words).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["Trigger", "TriggerTable", "runs_of"]

_RUN = re.compile(r"\w+")
_KEPT = 1 << 14
"""Runs whose answer a trigger keeps (people repeat words: most runs are met before)."""


def runs_of(low: str) -> frozenset[str]:
    """The runs of word characters of ``low`` (as ``\\w+`` finds them): what a
    :class:`Trigger` is met against, found once per utterance."""
    if low.replace(" ", "").isalpha():
        return frozenset(low.split())  # (letters and spaces alone: the runs are the words)
    return frozenset(_RUN.findall(low))


@dataclass(frozen=True)
class Trigger:
    """What a text must hold for a reader to fire: any one of these (a necessary
    condition of the reader's cue, never a sufficient one). Each is made of word
    characters, so a run of the text holds it or none does."""

    words: frozenset[str] = frozenset()
    """Runs of word characters, whole: ``\\bnext\\b`` needs the run "next"."""
    starts: tuple[str, ...] = ()
    """Beginnings of a run: ``\\bcapt`` needs a run starting "capt"."""
    ends: tuple[str, ...] = ()
    """Ends of a run: ``song\\b`` needs a run ending "song"."""
    pieces: tuple[str, ...] = ()
    """Text anywhere: ``lullaby`` needs a run holding "lullaby"."""
    _hits: dict[str, bool] = field(default_factory=dict, compare=False, repr=False)
    """Each run met before, and whether it starts, ends or holds one of the words."""
    _piece: re.Pattern[str] | None = field(default=None, compare=False, repr=False)
    """:attr:`pieces` as one pattern (a run new to the trigger is searched once)."""

    def __post_init__(self) -> None:
        for what in (*self.words, *self.starts, *self.ends, *self.pieces):
            if not _RUN.fullmatch(what):
                raise ValueError(f"a trigger's word {what!r} is not all word characters: "
                                 "write it as the runs it holds")
        if self.pieces:
            object.__setattr__(self, "_piece", re.compile("|".join(map(re.escape, self.pieces))))

    def met(self, runs: frozenset[str]) -> bool:
        """Whether a text whose runs are ``runs`` (:func:`runs_of`) holds any of the
        trigger's words."""
        if not self.words.isdisjoint(runs):
            return True
        if not (self.starts or self.ends or self._piece):
            return False
        hits = self._hits  # (the parts of runs, each run once: people repeat words)
        for run in runs:
            hit = hits.get(run)
            if hit is None:
                hit = self._holds(run)
                if len(hits) >= _KEPT:
                    hits.clear()
                hits[run] = hit
            if hit:
                return True
        return False

    def _holds(self, run: str) -> bool:
        """Whether one run of word characters starts, ends or holds one of the trigger's
        words (:attr:`words` are met apart, by the runs as a whole)."""
        return (run.startswith(self.starts) or run.endswith(self.ends)
                or (self._piece is not None and self._piece.search(run) is not None))

    def __or__(self, other: Trigger) -> Trigger:
        """A trigger met when either is: the cue of two readers scanned as one."""
        return Trigger(self.words | other.words, self.starts + other.starts,
                       self.ends + other.ends, self.pieces + other.pieces)


class TriggerTable:
    """The triggers of a table of readers, met in one pass over an utterance's runs:
    :meth:`mask` has bit ``i`` set when ``triggers[i]`` is met (:meth:`Trigger.met`) or is
    None (a reader asked always). Each run's bits are found once and kept (people repeat
    words), so an utterance costs one look-up per run, not one per run and trigger."""

    def __init__(self, triggers: tuple[Trigger | None, ...]) -> None:
        self.triggers = triggers
        self._always = sum(1 << i for i, t in enumerate(triggers) if t is None)
        self._bits: dict[str, int] = {}
        self._word_bits: dict[str, int] = {}
        """Each whole word of a trigger: the bits of the triggers it is a word of."""
        for i, t in enumerate(triggers):
            for word in t.words if t is not None else ():
                self._word_bits[word] = self._word_bits.get(word, 0) | 1 << i
        self._parts = tuple((1 << i, t) for i, t in enumerate(triggers)
                            if t is not None and (t.starts or t.ends or t.pieces))
        """The triggers met by a part of a run too, and their bits."""

    def mask(self, runs: frozenset[str]) -> int:
        """The bits of the triggers met by a text whose runs are ``runs`` (:func:`runs_of`),
        and of every row without one."""
        bits, found = self._bits, self._always
        for run in runs:
            hit = bits.get(run)
            if hit is None:
                hit = self._bits_of(run)
                if len(bits) >= _KEPT:
                    bits.clear()
                bits[run] = hit
            found |= hit
        return found

    def _bits_of(self, run: str) -> int:
        """The bits of the triggers one run of word characters meets on its own."""
        found = self._word_bits.get(run, 0)
        for bit, trigger in self._parts:
            if not found & bit and trigger._holds(run):
                found |= bit
        return found
