"""Scoring an utterance against every taught phrase at once.

Each phrase is a bag of weighted words. An utterance word meets a phrase word
with a similarity in 0..1 (:mod:`_words`: spelling and sound, so misheard words
still count). A phrase scores

    coverage(phrase words by the utterance) ** a  *  coverage(utterance words by the phrase) ** b

so a missing phrase word costs, and so does an unexplained utterance word —
except wake words, fillers and carriers, which need no explaining. Sharing one
word with a longer unrelated request ("play the party playlist" vs "party mode")
therefore scores low from both sides. (What the words *mean* around a phrase —
"cancel", "is ... on", "yesterday" — is judged afterwards, by :mod:`reading`.)

Word weights fall with how many routines use a word (an IDF over routines) and
for function words ("the", "my"). Words split or joined by the recogniser
("read in", "readingmode") are repaired against the phrase vocabulary first
(:mod:`_repair`).

Two words of one lexicon *concept* ("dim" / "lower" / "darker") meet with
``concept_similarity`` even though they neither look nor sound alike. And a
routine taught many ways is treated as a class: heard words that the best
phrase leaves unexplained still count when the routine's other phrases use
them, in proportion to how many phrases the routine has.

Speed, also when thousands of phrases share a small vocabulary: a few rapidfuzz
``cdist`` calls give each heard word's similarity to every vocabulary word (the
taught words' rows are made with the index, in one batch; rows of other words heard
before, and the sound keys' ratios, come from bounded caches; a word heard for the first
time is spelled against only the taught words whose shared letters allow a ratio above
the floor, :mod:`_letters`, which changes no number). The best heard match of
each vocabulary word then bounds every phrase's score from above with one gather
(``coverage(phrase) ** a``, as the utterance coverage is at most 1); only the
phrases whose bound can still reach the best few are scored as bags, and the
best bags are rescored with a one-to-one alignment of heard and taught words.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from operator import ge

import numpy as np
from rapidfuzz import fuzz, process

from teachapp.understanding._alignment import aligned_sums, carrier_keys, pair_order
from teachapp.understanding._letters import MARGIN, LetterMasks, picked
from teachapp.understanding._meaning import meaningful_positions
from teachapp.understanding._other_word import load as load_pronunciations
from teachapp.understanding._records import quick_init
from teachapp.understanding._repair import Repairer
from teachapp.understanding._spoken import SpokenVocab
from teachapp.understanding._word_classes import load as load_word_classes
from teachapp.understanding._words import ScoringParams, blend, rescale, stem, token_similarity
from teachapp.understanding.normalize import Lexicon, free_mask, tokens
from teachapp.understanding.phonetic import loose_key, phonetic_key

__all__ = ["Heard", "PhraseIndex", "Scored", "ScoringParams", "stem", "token_similarity"]


@quick_init
@dataclass(frozen=True)
class Heard:
    """One utterance as the scorer sees it (after repairs)."""

    words: list[str]
    """Stemmed words, joined and split words repaired."""
    free: list[bool]
    """Which words are wake words, fillers or carriers."""
    weights: np.ndarray
    """Weight of each word as utterance evidence."""
    sim: np.ndarray
    """Similarity of each word (rows) to each vocabulary word (columns, plus a zero
    column for padding)."""
    said: Sequence[str] = ()
    """The same words as heard, before stemming ("lights", not "light")."""


@quick_init
@dataclass(frozen=True)
class Scored:
    """Phrase scores of one utterance: indices into the index's phrases, best first."""

    phrase_ids: np.ndarray
    scores: np.ndarray
    heard: Heard | None = None


_max = np.maximum.reduce
_sum = np.add.reduce
"""(ndarray.max and .sum call these through a Python wrapper; the results are the same)"""


def _total(weights: np.ndarray) -> float:
    return max(float(_sum(weights)), 1e-6)


def _nothing(heard: Heard) -> Scored:
    return Scored(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32), heard)


_PADDED_CELLS = 1 << 22
"""Largest routines x words table of the routines' words kept padded (16 MB)."""
_TOP = 48
"""Phrases with the best bounds that are scored as bags (of those, the best
``params_rescore`` are aligned)."""
_MARKED_POSTINGS = 1 << 10
"""Up to this many postings in all, every posting is summed, those of words not heard well
as 0, not only the postings of the words heard gathered range by range (fewer numpy calls;
past about a thousand postings the pass over all of them costs more than the calls it
saves: at 3,000, 26,000 instructions more a resolve)."""
_SLICED_POSTINGS = 64
"""From this many postings per word heard well, on average, the words' postings are
gathered as one slice each, not position by position (:meth:`PhraseIndex.score`): a slice
costs a few Python steps, a position a few numpy element steps (10,000 phrases of 70 words,
about 440 postings a word: 31 -> 24 us a resolve; 1,000 phrases, about 4 a word: the
positions, 15 us, against 70 by slices)."""
_NEAR_WORDS = 4
"""Up to this many new words at once, each is compared only with the vocabulary words it
may be like (:meth:`PhraseIndex._near_columns`); more (the taught words, in one batch when
the index is built) are compared with every word in one call."""
_COMPANIONS_KEPT = 4096
"""Words whose :meth:`PhraseIndex.companions` are kept."""
_CACHED_WEIGHTS = 4096
"""Utterance weight sequences whose total and reach are kept (:meth:`PhraseIndex._reach_of`)."""


class PhraseIndex:
    """Precomputed features of the taught phrases, and the vectorised scorer."""

    def __init__(self, texts: Sequence[str], routine_ids: Sequence[int], n_routines: int,
                 lexicon: Lexicon, params: ScoringParams) -> None:
        self.params = params
        self.lexicon = lexicon
        vocab: dict[str, int] = {}
        surface: dict[str, str] = {}
        said: set[str] = set()  # (every word as taught: "sleeping" and "sleep", for _repair)
        phrase_toks: list[list[int]] = []
        phrase_free: list[list[bool]] = []
        for text in texts:
            toks = tokens(text, lexicon)
            mask = free_mask(toks, lexicon)
            if all(mask):  # a phrase made only of carriers ("start"): its words are the phrase
                mask = [False] * len(toks)
            phrase_toks.append([vocab.setdefault(stem(t), len(vocab)) for t in toks])
            for t in toks:
                surface.setdefault(stem(t), t)
            said.update(toks)
            phrase_free.append(mask)
        self.vocab = list(vocab)
        self.phrase_words = phrase_toks
        """Vocabulary ids of each phrase's words, in order."""
        self.phrase_free = phrase_free
        """Which of each phrase's words are carriers (or wake words, fillers)."""
        self._vocab_ids = vocab
        # (the sound keys of the vocabulary, each once: about 40 % of a large vocabulary's
        # words share a key with another, "light" and "lit", so a heard word's key is
        # compared with each key once and the ratios spread to the words by one gather)
        keys = [phonetic_key(v) for v in self.vocab]
        key_at = {k: i for i, k in enumerate(dict.fromkeys(keys))}
        self._vocab_keys = list(key_at)
        self._key_cols = np.array([key_at[k] for k in keys], dtype=np.intp)
        self._spoken = SpokenVocab(self.vocab)
        # (the letters of each word: a word heard for the first time is compared by spelling
        # only with the words it may be like, :meth:`_near_columns`)
        self._word_letters = LetterMasks(self.vocab)
        # Words as taught ("reading", not "read"): a misheard ending ("readeng") is
        # compared with the whole word too, not only with the stem.
        diff = [i for i, v in enumerate(self.vocab) if surface[v] != v]
        self._surface_cols = np.array(diff, dtype=np.intp)
        self._surface = [surface[self.vocab[i]] for i in diff]
        self._surface_letters = LetterMasks(self._surface)
        floor = params.token_floor
        self._surface_cutoff = floor * 100.0 - 1.0 if 0.0 < floor < 1.0 else None
        """The spelling ratio (0..100) under which a word as taught rescales to 0 whatever
        rounding the ratio meets (a point below the floor), or None when a ratio of 0
        rescales above 0 (a floor of 0 or less: every word as taught is compared)."""
        self._taught_at: dict[int, str] | None = None
        """:attr:`_surface` by column, made on first use (:meth:`as_taught`)."""
        """The letters of :attr:`_surface`: a new word is spelled only against the words as
        taught that it may be like (:meth:`_surface_near`)."""
        n_vocab = len(self.vocab)
        # Routines using each word -> IDF over routines.
        routine_sets: list[set[int]] = [set() for _ in range(n_vocab)]
        for ids, rid in zip(phrase_toks, routine_ids, strict=True):
            for v in ids:
                routine_sets[v].add(rid)
        if n_routines > 1:
            idf = np.array([math.log((n_routines + 1) / len(s)) / math.log(n_routines + 1)
                            for s in routine_sets], dtype=np.float32)
        else:
            idf = np.ones(n_vocab, dtype=np.float32)
        function = np.array([v in lexicon.function_words for v in self.vocab], dtype=bool)
        base = np.where(function, params.function_weight, 1.0).astype(np.float32)
        self._vocab_weight = base * ((1.0 - params.idf_share) + params.idf_share * idf)
        # Padded phrase matrices; column n_vocab of a similarity matrix is all zeros.
        width = max((len(t) for t in phrase_toks), default=1) or 1
        n = len(phrase_toks)
        # (as intp, the index type: a gather by int32 indices converts them first)
        self.ids = np.full((n, width), n_vocab, dtype=np.intp)
        self._count = n
        self.weights = np.zeros((n, width), dtype=np.float32)
        for p, (ids, mask) in enumerate(zip(phrase_toks, phrase_free, strict=True)):
            self.ids[p, : len(ids)] = ids
            for j, (v, free) in enumerate(zip(ids, mask, strict=True)):
                w = self._vocab_weight[v] * (params.phrase_free_weight if free else 1.0)
                self.weights[p, j] = w
        self.free_at = self.weights < 0  # (which padded phrase words are carriers)
        for p, mask in enumerate(phrase_free):
            self.free_at[p, : len(mask)] = mask
        self.weight_sums = np.maximum(self.weights.sum(axis=1), 1e-6)
        self._weight_rows: list[list[float]] = self.weights.tolist()
        self._unit_weights = (self.weights / self.weight_sums[:, None]).astype(np.float32)
        self._lengths = np.array([len(t) for t in phrase_toks], dtype=np.int64)
        self._longest = int(self._lengths.max(initial=0))
        """The most words a phrase has (:meth:`_weights_kept`, on each new weight sequence)."""
        # Every phrase holding each word, with the word's share of the phrase's weight,
        # word after word (postings): the phrases an utterance can reach are those of the
        # words it says, gathered in one go.
        where_of: list[list[int]] = [[] for _ in range(n_vocab)]
        share_of: list[list[float]] = [[] for _ in range(n_vocab)]
        for p, ids in enumerate(phrase_toks):
            for j, v in enumerate(ids):
                where_of[v].append(p)
                share_of[v].append(float(self._unit_weights[p, j]))
        self._posting_counts = np.array([len(w) for w in where_of], dtype=np.intp)
        self._posting_starts = np.concatenate(([0], np.cumsum(self._posting_counts)[:-1])
                                              ).astype(np.intp)
        self._posting_phrases = np.array([p for w in where_of for p in w], dtype=np.intp)
        self._posting_shares = np.array([x for w in share_of for x in w], dtype=np.float64)
        self._posting_words = np.repeat(np.arange(n_vocab, dtype=np.intp), self._posting_counts)
        """The word of each posting."""
        self._cover_floor = self.params_floor ** (1.0 / params.phrase_exponent) - 1e-9
        # (the same floors as float32 numbers: a float32 array compared with a Python float
        # is compared with that float rounded to float32, only for more; and a float32
        # number as a Python float is at or above the float32 floor when it is at or above
        # the floor's own value as a Python float)
        self._cover_floor32 = np.array(self._cover_floor, dtype=np.float32)
        # (and the numbers the scorer's arrays meet, as arrays of their dtype: a ufunc given
        # a Python number converts it on every call, for the same result)
        self._cover_floor64 = np.array(self._cover_floor)
        self._floor64 = np.array(self.params_floor)
        self._phrase_power64 = np.array(params.phrase_exponent)
        self._powers32 = (np.array(params.phrase_exponent, dtype=np.float32),
                          np.array(params.utterance_exponent, dtype=np.float32))
        self._floor32 = float(np.float32(self.params_floor))
        self._repairer = Repairer(self.vocab, params.merge_ratio,
                                  {w: str(n) for w, n in (*lexicon.units.items(),
                                                          *lexicon.tens.items())},
                                  taught=said)
        self.function = function
        """Which vocabulary words are function words."""
        self.meaningful = [meaningful_positions([self.vocab[v] for v in ids], function[ids])
                           for ids in phrase_toks]
        """Positions of each phrase's words that carry its meaning (:mod:`_meaning`)."""
        self.weight_list: list[float] = self._vocab_weight.tolist()
        """:attr:`word_weight` as Python numbers (for per-word reading)."""
        self.routine_of = np.asarray(routine_ids, dtype=np.intp)
        self._concept_cols = self._concept_columns()
        self._rows: dict[tuple, np.ndarray] = {}
        self._rows_lock = threading.Lock()
        self._rows_limit = int(params.word_cache // (len(self.vocab) + 1))
        self._key_rows: dict[str, np.ndarray] = {}
        """Ratios of a heard sound key to each of :attr:`_vocab_keys`, by key: a word
        heard for the first time often sounds as one heard before ("kitchn" and "kitchen"
        are both "ktxn"), and its key costs a quarter of a new word's row."""
        self._key_rows_limit = int(params.word_cache // (len(self._vocab_keys) + 1))
        loose: dict[str, list[int]] = {}
        for i, word in enumerate(self.vocab):
            if key := loose_key(word):
                loose.setdefault(key, []).append(i)
        self._loose_cols = {k: np.array(v, dtype=np.intp) for k, v in loose.items()}
        by_routine: dict[int, set[int]] = {}
        for ids, rid in zip(phrase_toks, routine_ids, strict=True):
            by_routine.setdefault(rid, set()).update(ids)
        self._routine_vocab = {r: np.array(sorted(v), dtype=np.intp)
                               for r, v in by_routine.items()}
        counts = np.bincount(np.asarray(routine_ids, dtype=np.int64), minlength=max(n_routines, 1))
        # The same, padded with the zero column: one gather per utterance (when that fits).
        longest = max((len(v) for v in self._routine_vocab.values()), default=0)
        self._routine_cols: np.ndarray | None = None
        if longest and max(n_routines, 1) * longest <= _PADDED_CELLS:
            padded = np.full((max(n_routines, 1), longest), n_vocab, dtype=np.intp)
            for r, cols in self._routine_vocab.items():
                padded[r, :len(cols)] = cols
            self._routine_cols = padded
        self._routine_share = ((counts - 1).clip(min=0)
                               / (counts + params.routine_prior)).astype(np.float32)
        # (per routine, the float32 arithmetic the aligned score did per candidate)
        self._routine_b = params.routine_evidence * self._routine_share
        self._routine_rest = 1 - self._routine_b
        self._every_routine_shared = bool((self._routine_share > 0.0).all())
        self._routine_shared: list[bool] = (self._routine_share > 0.0).tolist()
        """Which routines were taught several ways."""
        self._reach: dict[tuple[float, ...], tuple[np.ndarray, float, np.ndarray, np.ndarray,
                                                   np.ndarray]] = {}
        self._shares: dict[tuple[tuple[float, ...], float], np.ndarray] = {}
        """:meth:`_shares_kept`, by the weights heaviest first and their total."""
        self._routine_bars: dict[tuple[int, float, float], list[float]] = {}
        self._companions: dict[int, frozenset[int]] = {}
        """:meth:`companions`, by word."""
        load_pronunciations()  # (read by :mod:`reading` on a word misheard: read it now)
        load_word_classes()  # (read by :mod:`_no_verb_before` in bare speech: the same)
        self.reading_facts: dict[int, tuple] = {}
        """What :mod:`reading` works out of a phrase alone, kept per phrase on its first
        reading."""
        self._taught_rows = self._rows_of_taught(surface)
        """The similarity rows of the taught words, as taught and as their stems, made with
        the index (:meth:`_rows_of_taught`); never dropped."""
        self._rows_limit = max(0, self._rows_limit - len(self._taught_rows))

    def _rows_of_taught(self, surface: dict[str, str]) -> dict[tuple[str, str], np.ndarray]:
        """The rows :meth:`_similarity` gives each taught word, said as its stem and as
        taught ("light", "lights"), made in one batch when the index is built: most words an
        utterance says for the first time are the home's own (seven in ten of the latency
        benchmark's at 1,000 phrases), and one batch costs about a third per word of the
        rows made one utterance at a time (rapidfuzz converts the vocabulary once, not once
        per call). Only when they take at most half of ``word_cache``; the rest is the
        cache of other words' rows."""
        pairs = list(dict.fromkeys((v, said) for v in self.vocab for said in (v, surface[v])))
        if not pairs or 2 * len(pairs) > self._rows_limit:
            return {}
        fresh = np.zeros((len(pairs), len(self.vocab) + 1), dtype=np.float32)
        fresh[:, :-1] = self._word_rows([v for v, _ in pairs], [said for _, said in pairs])
        ids = self._vocab_ids
        fresh[np.arange(len(pairs)), [ids[v] for v, _ in pairs]] = 1.0
        return dict(zip(pairs, fresh, strict=True))

    def _concept_columns(self) -> dict[str, np.ndarray]:
        """Stemmed word -> vocabulary columns sharing one of its concepts."""
        members: dict[str, set[str]] = {}
        for words in self.lexicon.concepts.values():
            group = {stem(w) for w in words}
            for w in group:
                members.setdefault(w, set()).update(group)
        out: dict[str, np.ndarray] = {}
        for word, group in members.items():
            cols = sorted(self._vocab_ids[g] for g in group if g in self._vocab_ids and g != word)
            if cols:
                out[word] = np.array(cols, dtype=np.intp)
        return out

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def word_weight(self) -> np.ndarray:
        """Weight of each vocabulary word: lower for function words and for words many
        routines use."""
        return self._vocab_weight

    @property
    def vocab_ids(self) -> dict[str, int]:
        """Stemmed taught word -> vocabulary column."""
        return self._vocab_ids

    def as_taught(self, column: int) -> str:
        """The vocabulary word of ``column`` as first taught ("waiting", not its stem
        "wait")."""
        at = self._taught_at
        if at is None:
            at = self._taught_at = dict(zip(self._surface_cols.tolist(), self._surface,
                                            strict=True))
        return at.get(column, self.vocab[column])

    def routine_words(self, routine: int) -> np.ndarray | None:
        """Vocabulary columns of every phrase of a routine taught several ways (else None)."""
        if self._routine_share[routine] <= 0.0:
            return None
        return self._routine_vocab[routine]

    def companions(self, column: int) -> frozenset[int]:
        """The vocabulary columns of every word of the phrases that hold word ``column`` (its
        own among them), gathered from its postings and kept per word (at most
        :data:`_COMPANIONS_KEPT` words): a scan of every phrase for those holding it cost a
        home of 10,000 phrases 10,000 steps each time a phrase's words were asked for."""
        kept = self._companions
        found = kept.get(column)
        if found is None:
            start = int(self._posting_starts[column])
            at = self._posting_phrases[start:start + int(self._posting_counts[column])]
            words = self.phrase_words
            found = frozenset([v for p in at.tolist() for v in words[p]])
            if len(kept) >= _COMPANIONS_KEPT:
                kept.clear()
            kept[column] = found
        return found

    def routine_explains(self, sim: np.ndarray, rows: list[int], routine: int, bar: float,
                         function_bar: float) -> list[bool]:
        """For each heard word (``rows`` of ``sim``), whether a word of the routine's
        phrases (:meth:`routine_words`, not None) is like it at ``bar`` or above, or at
        ``function_bar`` for the routine's function words (the bars of each routine kept:
        two gathers and a comparison in Python, in place of six numpy calls)."""
        key = (routine, bar, function_bar)
        bars = self._routine_bars.get(key)
        if bars is None:
            bars = [function_bar if f else bar
                    for f in self.function.take(self._routine_vocab[routine]).tolist()]
            if len(self._routine_bars) >= len(self._routine_vocab) + 8:
                self._routine_bars.clear()
            self._routine_bars[key] = bars
        # (each row compared with the bars in C: map(ge) and any(), no Python loop per word)
        return [any(map(ge, row, bars)) for row in
                sim.take(rows, axis=0).take(self._routine_vocab[routine], axis=1).tolist()]

    # -- per utterance -------------------------------------------------------------

    def _similarity(self, words: Sequence[str], heard: Sequence[str] | None = None,
                    exact_only: Sequence[bool] | None = None) -> np.ndarray:
        """Rows: words; columns: vocabulary (+ a zero column for padding).

        ``words`` are stemmed; ``heard`` are the same words as heard, also compared
        with the taught words as taught (the better of the two counts). Rows marked
        ``exact_only`` (wake words, fillers, carriers) only meet their own word.
        Rows of words met before come from a bounded cache (people repeat words).
        """
        width = len(self.vocab) + 1
        if not words or not self.vocab:
            return np.zeros((len(words), width), dtype=np.float32)
        heard = heard if heard is not None else words
        taught = self._taught_rows
        rows: list[np.ndarray | None] = []
        missing: list[int] = []
        for i, word in enumerate(words):
            if exact_only and exact_only[i]:
                rows.append(self._free_row(word, heard[i]))
                continue
            row = taught.get((word, heard[i]))
            if row is None:
                row = self._rows.get((word, heard[i]))
            rows.append(row)
            if row is None:
                missing.append(i)
        if missing:
            fresh = np.zeros((len(missing), width), dtype=np.float32)
            fresh[:, :-1] = self._word_rows([words[i] for i in missing],
                                            [heard[i] for i in missing])
            for k, i in enumerate(missing):
                v = self._vocab_ids.get(words[i])
                if v is not None:
                    fresh[k, v] = 1.0
                rows[i] = fresh[k]
            if self._rows_limit:
                with self._rows_lock:
                    for k, i in enumerate(missing):
                        if len(self._rows) >= self._rows_limit:
                            del self._rows[next(iter(self._rows))]
                        self._rows[(words[i], heard[i])] = fresh[k]
        return np.array(rows)

    def _free_row(self, word: str, heard: str) -> np.ndarray:
        """The row of a wake word, filler or carrier: itself, and taught words it is
        very like (at ``free_similarity`` or above)."""
        key = (word, heard, True)
        row = self._rows.get(key)
        if row is not None:
            return row
        row = np.zeros(len(self.vocab) + 1, dtype=np.float32)
        if self.params.free_similarity <= 1.0:
            known = self._taught_rows.get((word, heard))
            # (a taught word's row is its similarity row, but for its own column, which is
            # 1.0 here too)
            sim = self._word_rows([word], [heard])[0] if known is None else known[:-1]
            row[:-1] = np.where(sim >= self.params.free_similarity, sim, 0.0)
        v = self._vocab_ids.get(word)
        if v is not None:
            row[v] = 1.0
        if self._rows_limit:
            with self._rows_lock:
                if len(self._rows) >= self._rows_limit:
                    del self._rows[next(iter(self._rows))]
                self._rows[key] = row
        return row

    def _word_rows(self, some: list[str], said: list[str]) -> np.ndarray:
        """Similarity of stemmed words ``some`` (heard as ``said``) to the vocabulary."""
        # (the ratios stay by sound key, :attr:`_vocab_keys`, until spread to the columns
        # that need them: a new word compared by spelling with a few columns needs the key
        # ratios of those alone, not a row of every word)
        by_key = self._key_ratios([phonetic_key(w) for w in some])
        # A final s is sound too: "knows" sounds like "noise", "know" does not.
        plural = [k for k in range(len(some)) if said[k] == some[k] + "s"]
        if plural:
            more = self._key_ratios([phonetic_key(said[k]) for k in plural])
            by_key[plural] = np.maximum(by_key[plural], more)
        near = self._near_columns(some, by_key)
        # (``cdist`` gives a similarity scorer's ratios as float32 when no dtype is named;
        # naming one costs each call nine dtype comparisons, half of what a call costs
        # against a hundred words)
        if near is None:
            ratio = process.cdist(some, self.vocab, scorer=fuzz.ratio)
            ratio /= 100.0
            sim = blend(ratio, by_key.take(self._key_cols, axis=1), self.params)
        else:
            # (the same numbers: a column left out blends to exactly 0, see _near_columns)
            sim = np.zeros((len(some), len(self.vocab)), dtype=np.float32)
            if near.size:
                ratio = process.cdist(some, picked(self.vocab, near), scorer=fuzz.ratio)
                ratio /= 100.0
                sim[:, near] = blend(ratio, by_key.take(self._key_cols.take(near), axis=1),
                                     self.params)
        self._spoken.lift(sim, some, said)  # sound-alikes spelled apart ("why" / "white")
        if self._surface:
            # Spelling only: whole-word sound keys of "cooking" and "gaming" are equal.
            surface, cols = self._surface, self._surface_cols
            near = self._surface_near(said)
            if near is not None:
                # (the same numbers: a word as taught left out rescales to exactly 0, which
                # raises no similarity)
                surface = [surface[c] for c in near.tolist()]
                cols = cols.take(near)
            if surface:
                # (a ratio below the cutoff rescales to 0, which raises nothing: the cutoff
                # returns it as 0, and a new word spelled like no word as taught, about half
                # of them, costs one comparison, not seven array operations)
                cutoff = self._surface_cutoff
                spelled = process.cdist(said, surface, scorer=fuzz.ratio,
                                        score_cutoff=cutoff)
                # (count_nonzero in C: ndarray.any goes through a Python wrapper that costs
                # five times as much)
                if cutoff is None or np.count_nonzero(spelled):
                    spelled /= 100.0
                    sim[:, cols] = np.maximum(sim[:, cols], rescale(spelled, self.params))
        # Hints that reach beyond spelling: looser sound keys, then concepts.
        loose, concept = self.params.loose_similarity, self.params.concept_similarity
        for k, w in enumerate(some):
            for cols, value in ((self._loose_cols.get(loose_key(w)), loose),
                                (self._concept_cols.get(w), concept)):
                if cols is not None and value > 0.0:
                    sim[k, cols] = np.maximum(sim[k, cols], value)
        return sim

    def _near_columns(self, some: list[str], by_key: np.ndarray) -> np.ndarray | None:
        """The vocabulary columns where a word of ``some`` may blend above 0 with the sound-key
        ratios ``by_key`` (words x :attr:`_vocab_keys`), or None to compare with every column
        (many words, as when the index is built; or settings under which the bound below
        does not hold).

        A pair's blend (:func:`blend`) before rescaling is its spelling ratio ``r`` lifted
        towards its sound-key ratio ``k``, ``r + w * max(k - r, 0)`` (``w``:
        ``phonetic_weight``), and rescales to 0 when that is at or below ``token_floor``.
        With ``0 <= w <= 1`` it grows with ``r`` and is at most ``max(R, (1 - w) * R + w * k)``
        for any ``R >= r``; :mod:`_letters` bounds ``r`` from above by the letters the
        words share, so a column whose bound stays below the floor for every word blends
        to exactly 0 and is not compared by spelling. (A column whose key alone is above
        the floor is spelled only when its letters allow the lift to reach the floor:
        at 1,000 phrases a fifth of the columns spelled before, "ktxn" heard for "kitchen"
        is near most keys of four letters.)"""
        floor, lift = self.params.token_floor, self.params.phonetic_weight
        if len(some) > _NEAR_WORDS or not (0.0 <= lift <= 1.0) or not (
                0.0 < floor < 1.0 and self._word_letters.usable):
            return None
        reach = self._word_letters.reach
        best = reach(some[0])
        for word in some[1:]:
            np.maximum(best, reach(word), out=best)
        # (a word's columns share its key's ratio: the best of the words per key, spread;
        # the bound grows with both, so the best of each bounds every word's blend; one
        # word, most new words, is its own best: its row, not a reduction over one row)
        keys = by_key[0] if len(by_key) == 1 else _max(by_key, axis=0)
        lifted = np.subtract(keys.take(self._key_cols), best)  # (float64)
        lifted *= lift
        lifted += best
        np.maximum(best, lifted, out=best)
        # (a row's nonzero, not np.flatnonzero: the same positions, without the two Python
        # wrappers it goes through, ravel and nonzero, a third of its cost)
        return (best > floor - MARGIN).nonzero()[0]

    def _surface_near(self, said: Sequence[str]) -> np.ndarray | None:
        """The positions in :attr:`_surface` of the words as taught that a word of ``said``
        may be spelled like above ``token_floor``, or None to compare with all (as
        :meth:`_near_columns`). A ratio at or below the floor rescales to 0, and every
        similarity is 0 or more, so the words left out raise nothing."""
        floor = self.params.token_floor
        if len(said) > _NEAR_WORDS or not (0.0 < floor < 1.0 and self._surface_letters.usable):
            return None
        reach = self._surface_letters.reach
        best = reach(said[0])
        for word in said[1:]:
            np.maximum(best, reach(word), out=best)
        return (best > floor - MARGIN).nonzero()[0]

    def _key_ratios(self, keys: list[str]) -> np.ndarray:
        """Spelling ratio in 0..1 of each sound key to each of :attr:`_vocab_keys` (rows of
        keys met before come from a bounded cache, :attr:`_key_rows`)."""
        known = self._key_rows
        rows = [known.get(k) for k in keys]
        missing = list(dict.fromkeys(k for k, row in zip(keys, rows, strict=True) if row is None))
        if missing:
            fresh = process.cdist(missing, self._vocab_keys, scorer=fuzz.ratio)
            fresh /= 100.0
            found = dict(zip(missing, fresh, strict=True))
            rows = [found[k] if row is None else row for k, row in zip(keys, rows, strict=True)]
            if self._key_rows_limit:
                with self._rows_lock:
                    for key, row in found.items():
                        if len(known) >= self._key_rows_limit:
                            del known[next(iter(known))]
                        known[key] = row
        return np.array(rows)

    def prepare(self, utterance: str) -> tuple[list[str], np.ndarray]:
        """The utterance's comparison words and their weights (free words weigh
        ``utterance_free_weight``)."""
        words, _, weights, _, _ = self._prepare(utterance)
        return words, weights

    def _prepare(self, utterance: str, said: list[str] | None = None,
                 said_free: list[bool] | None = None,
                 ) -> tuple[list[str], list[str], np.ndarray, list[bool],
                            tuple[np.ndarray, np.ndarray, np.ndarray]]:
        """Stemmed words, the same words as heard, their weights, free marks, and the
        weights' total, reach and column (:meth:`_weights_kept`) (``said``/``said_free``:
        the utterance's tokens and free marks, when known)."""
        heard = said if said is not None else tokens(utterance, self.lexicon)
        free = list(said_free) if said_free is not None else free_mask(heard, self.lexicon)
        stems = list(map(stem, heard))
        as_heard = dict(zip(stems, heard, strict=True))
        words, free = self._repairer.repair(stems, free, heard)
        p = self.params
        function_words = self.lexicon.function_words
        weights, _, reach, total, column = self._weights_kept(tuple([
            p.utterance_free_weight if f
            else p.function_weight if w in function_words else 1.0
            for w, f in zip(words, free, strict=True)]))
        return words, [as_heard.get(w, w) for w in words], weights, free, (total, reach, column)

    def hear(self, utterance: str, said: list[str] | None = None,
             said_free: list[bool] | None = None) -> Heard:
        """The utterance's words, weights and similarity rows."""
        return self._hear(utterance, said, said_free)[0]

    def _hear(self, utterance: str, said: list[str] | None = None,
              said_free: list[bool] | None = None,
              ) -> tuple[Heard, tuple[np.ndarray, np.ndarray, np.ndarray]]:
        words, heard, wu, free, reach = self._prepare(utterance, said, said_free)
        # A carrier explains a taught word only when it is that word: "can you" must not
        # pass for "game".
        sim = self._similarity(words, heard, free)
        return Heard(words, free, wu, sim, heard), reach

    def score(self, utterance: str, said: list[str] | None = None,
              said_free: list[bool] | None = None) -> Scored:
        """Scores of the phrases that share a similar content word, best first."""
        # (``total`` comes as a float32 array: it divides float32 arrays only)
        heard, (total, most, column) = self._hear(utterance, said, said_free)
        n = self._count  # (len(self), without a Python call)
        if not heard.words or n == 0:
            return _nothing(heard)
        sim, wu = heard.sim, heard.weights
        best_of_word = _max(sim, axis=0)  # each vocabulary word's best heard match
        # Bound on the aligned score of every phrase sharing a heard word at all: the
        # phrase coverage by each taught word's best heard match (summed from the word's
        # postings), and the utterance coverage by as many heard words as the phrase
        # has words (the alignment is one to one).
        # (words heard only faintly, below what could lift a phrase over the floor on
        # their own, are left out: they would touch most of a large vocabulary)
        # (the padding column is zero, below the floor; one-dimensional gathers use take,
        # the same values as indexing at a fraction of the cost)
        cover = self._cover(best_of_word)
        if cover is None:
            return _nothing(heard)
        idx = (cover >= self._cover_floor64).nonzero()[0]
        if idx.size == 0:
            return _nothing(heard)
        # (``most`` is padded to the longest phrase: most[k] for k past the utterance's
        # length is all of it)
        # (``most`` comes raised to ``utterance_exponent``: the same powers, kept with the
        # weights, not taken of every phrase)
        bound = (np.power(cover.take(idx), self._phrase_power64)
                 * most.take(self._lengths.take(idx)))
        live = bound >= self._floor64
        idx = idx[live]  # (a mask picks the same, in order, in one call per array)
        if idx.size == 0:
            return _nothing(heard)
        bound = bound[live]
        keep = self.params_rescore
        if idx.size > _TOP:  # the best bounds; a bag score is at most its bound
            idx = idx.take((-bound).argpartition(_TOP)[:_TOP])
        cand = idx
        bag = self._bag_scores(sim, wu, cand, total, best_of_word, column)
        top = (-bag).argsort(kind="stable")[:keep]
        bags, floor = bag.tolist(), self._floor32
        kept = [k for k in top.tolist() if bags[k] >= floor]
        if len(kept) < len(top):
            top = np.array(kept, dtype=np.intp)
        cand = cand.take(top)
        if cand.size == 0:
            return _nothing(heard)
        rids = self.routine_of.take(cand)
        scores = self._aligned_scores(sim, wu, cand, total, rids,
                                      self._routine_cover(sim, wu, rids, total), heard.free)
        order = (-scores).argsort(kind="stable")
        return Scored(cand.take(order), scores.take(order), heard)

    def _cover(self, best_of_word: np.ndarray) -> np.ndarray | None:
        """Each phrase's coverage by the best heard match of each of its words
        (``best_of_word``, by vocabulary column), summed word after word from the postings,
        the words heard below :attr:`_cover_floor` counting 0; None when no word is heard
        that well in a home of many postings."""
        heard_well = best_of_word >= self._cover_floor32
        n = self._count
        if len(self._posting_words) <= _MARKED_POSTINGS:
            # every posting at once, a word not heard well counting 0 (few postings in all:
            # four numpy calls, fewer than gathering ranges; the sums are the same to the
            # bit, as adding an exact 0.0 changes no sum and the order is the same)
            share = self._posting_shares * (best_of_word * heard_well).take(
                self._posting_words)
            return np.bincount(self._posting_phrases, weights=share, minlength=n)
        said = heard_well.nonzero()[0]
        if not said.size:
            return None
        counts = self._posting_counts.take(said)
        ends = counts.cumsum()
        if int(ends[-1]) >= _SLICED_POSTINGS * len(said):
            # (many phrases to a word, as when thousands share a small vocabulary: each
            # word's postings are one slice, the slices joined and scaled by the words' best
            # matches in one product, not one product a word, which costs a Python number's
            # conversion each: the same products in the same order, so the same sums to the
            # bit; a float32 match meets a float64 share as the float64 it is)
            first = self._posting_starts.take(said)
            spans = list(zip(first.tolist(), (first + counts).tolist(), strict=True))
            shares, phrases = self._posting_shares, self._posting_phrases
            share = np.concatenate([shares[a:b] for a, b in spans])
            share *= best_of_word.take(said).repeat(counts)
            return np.bincount(np.concatenate([phrases[a:b] for a, b in spans]),
                               weights=share, minlength=n)
        # the positions of the said words' postings, word after word, range by range
        # (ndarray.repeat, not np.repeat: the same, without a Python wrapper)
        at = np.arange(int(ends[-1])) + (self._posting_starts.take(said) - (ends - counts)
                                         ).repeat(counts)
        share = self._posting_shares.take(at) * best_of_word.take(said).repeat(counts)
        return np.bincount(self._posting_phrases.take(at), weights=share, minlength=n)

    def _reach_of(self, weights: tuple[float, ...]) -> tuple[np.ndarray, float, np.ndarray]:
        """The utterance's weights as an array (read-only), their total (:func:`_total`),
        and the share of it that the k heaviest words carry (k = 0, 1, ... up to the
        longest phrase), raised to ``utterance_exponent``. Functions of the weights alone,
        of which there are three kinds (content, function and free words): kept per weight
        sequence, so an utterance builds and sums its weights once, not once per scoring
        step."""
        return self._weights_kept(weights)[:3]

    def _weights_kept(self, weights: tuple[float, ...]
                      ) -> tuple[np.ndarray, float, np.ndarray, np.ndarray, np.ndarray]:
        """:meth:`_reach_of`, and the total as a float32 array and the weights as a column
        (as the scorer's arithmetic meets them: made once per weight sequence, not once
        per utterance)."""
        found = self._reach.get(weights)
        if found is None:
            wu = np.array(weights, dtype=np.float32)
            wu.flags.writeable = False
            total = _total(wu)
            found = (wu, total, self._shares_kept(weights, wu, total),
                     np.array(total, dtype=np.float32), wu[:, None])
            if len(self._reach) >= _CACHED_WEIGHTS:
                self._reach.clear()
            self._reach[weights] = found
        return found

    def _shares_kept(self, weights: tuple[float, ...], wu: np.ndarray, total: float
                     ) -> np.ndarray:
        """The shares of the k heaviest words, raised to ``utterance_exponent``
        (:meth:`_reach_of`), kept by the weights in order of weight and their total: an
        utterance of a new word order (most first hearings) has the same heaviest words as
        one heard before, so it costs one lookup, not seven numpy calls. (The sum of the
        heaviest k is taken in the same order, heaviest first, whatever the words' order,
        so the shares are the same to the bit; the total is summed in the words' own order,
        as ever, and is part of the key.)"""
        key = (tuple(sorted(weights, reverse=True)), total)
        most = self._shares.get(key)
        if most is None:
            most = np.concatenate(([0.0], np.cumsum(np.sort(wu)[::-1]))) / total
            longest = self._longest
            if longest >= len(most):
                most = np.concatenate((most, np.repeat(most[-1], longest - len(most) + 1)))
            most = np.power(most, self.params.utterance_exponent)
            most.flags.writeable = False
            if len(self._shares) >= _CACHED_WEIGHTS:
                self._shares.clear()
            self._shares[key] = most
        return most

    params_rescore = 10
    """How many best bag-of-words candidates are rescored with a one-to-one alignment."""
    params_floor = 0.3
    """Bag-of-words scores below this cannot matter to any decision; they are dropped."""

    def _combine(self, phrase_cov: np.ndarray, utt_cov: np.ndarray) -> np.ndarray:
        # (float32 coverages give float32 scores: no conversion needed; the exponents are
        # float32 arrays, as a Python exponent of a float32 array is taken)
        a, b = self._powers32
        return np.power(phrase_cov, a) * np.power(utt_cov, b)

    def _bag_scores(self, sim: np.ndarray, wu: np.ndarray, cand: np.ndarray,
                    total: float, best: np.ndarray | None = None,
                    column: np.ndarray | None = None) -> np.ndarray:
        """Upper bounds: every word may match its best counterpart, even one already used
        (``total``: the utterance's total weight, :meth:`_reach_of`; ``best``: each
        vocabulary word's best heard match, ``sim``'s maximum down its columns, when at
        hand; ``column``: ``wu`` as a column, the same)."""
        # (np.take lays each gather out in the order it is reduced in: fast on small arrays,
        # where a reduction over a short last axis is not; rows too are gathered with take,
        # a fraction of the cost of fancy indexing)
        ids = self.ids.take(cand, axis=0)
        if best is None:
            best = _max(sim, axis=0)
        # (each taught word's best heard match: the column maxima gathered, the same
        # numbers as the maxima of the candidates' columns gathered from ``sim``)
        covered = best.take(ids) * self.weights.take(cand, axis=0)
        phrase_cov = _sum(covered, axis=1) / self.weight_sums.take(cand)
        by_word = sim.take(ids.T, axis=1)  # words x phrase width x candidates
        utt_cov = _sum(_max(by_word, axis=1) * (wu[:, None] if column is None else column),
                       axis=0) / total
        return self._combine(phrase_cov, utt_cov)

    def _routine_cover(self, sim: np.ndarray, wu: np.ndarray, routines: np.ndarray,
                       total: float) -> np.ndarray | None:
        """Share of the utterance explained by any word the candidate's routine was taught with
        (``routines``: each candidate's routine)."""
        if self.params.routine_evidence <= 0.0 or routines.size == 0 or not (
                self._every_routine_shared
                or any(map(self._routine_shared.__getitem__, routines.tolist()))):
            return None
        if self._routine_cols is not None:
            cols = self._routine_cols.take(routines, axis=0)  # candidates x words
            best = _max(sim.take(cols, axis=1), axis=2)  # heard x candidates
            return (wu @ best) / total  # (float32 throughout)
        rids = routines.tolist()
        order = {r: k for k, r in enumerate(dict.fromkeys(rids))}
        groups = [self._routine_vocab[r] for r in order]
        starts, at = [], 0
        for c in groups:
            starts.append(at)
            at += len(c)
        best = np.maximum.reduceat(sim.take(np.concatenate(groups), axis=1), starts, axis=1)
        cover = (wu @ best) / total
        return cover[[order[r] for r in rids]].astype(np.float32)

    def _aligned_scores(self, sim: np.ndarray, wu: np.ndarray, cand: np.ndarray, total: float,
                        rids: np.ndarray, routine_cov: np.ndarray | None = None,
                        free: Sequence[bool] | None = None,
                        gathered: np.ndarray | None = None) -> np.ndarray:
        """Coverages under a greedy one-to-one alignment of heard and taught words, so one
        heard word cannot explain two taught ones ("arm the alarm" vs "disarm the alarm")
        (``gathered``: ``sim`` of the candidates' words, words x candidates x phrase width,
        when already at hand)."""
        # (:mod:`_alignment` takes the pairs; the sums run in float32 in the order taken)
        if gathered is None:
            gathered = sim.take(self.ids.take(cand, axis=0), axis=1)
        # The pairs that meet at all (in any order: they are sorted whole), as candidate,
        # heard word and taught place.
        heard_at, cand_at, taught_at = gathered.nonzero()
        values = gathered[heard_at, cand_at, taught_at]
        v_l: list[float] = values.tolist()
        c_l, h_l, t_l = cand_at.tolist(), heard_at.tolist(), taught_at.tolist()
        keys = carrier_keys(v_l, c_l, h_l, t_l, free, cand, self.phrase_free)
        order = pair_order(cand_at, heard_at, taught_at,
                           values if keys is v_l else np.array(keys))
        rows = self._weight_rows
        phrase, said = aligned_sums(order, c_l, h_l, t_l, v_l,
                                    list(map(rows.__getitem__, cand.tolist())), wu.tolist(),
                                    len(cand))
        phrase_cov = np.frombuffer(phrase, dtype=np.float32) / self.weight_sums.take(cand)
        utt_cov = np.frombuffer(said, dtype=np.float32) / total
        if routine_cov is not None:
            utt_cov = np.maximum(utt_cov, self._routine_b.take(rids) * routine_cov
                                 + self._routine_rest.take(rids) * utt_cov)
        return self._combine(phrase_cov, utt_cov)
