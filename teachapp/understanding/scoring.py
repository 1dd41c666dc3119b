"""Scoring an utterance against every taught phrase at once.

Each phrase is a bag of weighted words. An utterance word meets a phrase word
with a similarity in 0..1 that blends spelling (rapidfuzz's Indel ratio) and
sound (:func:`phonetic_key`), so misheard words still count. A phrase scores

    coverage(phrase words by the utterance) ** a  *  coverage(utterance words by the phrase) ** b

so a missing phrase word costs, and so does an unexplained utterance word —
except wake words, fillers and carriers, which need no explaining. Sharing one
word with a longer unrelated request ("play the party playlist" vs "party mode")
therefore scores low from both sides.

Word weights fall with how many routines use a word (an IDF over routines) and
for function words ("the", "my"). Words split or joined by the recogniser
("read in", "readingmode") are repaired against the phrase vocabulary first.

Speed: phrase features are numpy arrays built once; per utterance, one
rapidfuzz ``cdist`` gives the similarity of each utterance word to every
vocabulary word, an inverted index picks the phrases sharing a similar
content word, and the coverages of those are computed vectorised.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

import numpy as np
from rapidfuzz import fuzz, process

from teachapp.understanding.normalize import Lexicon, free_mask, tokens
from teachapp.understanding.phonetic import phonetic_key

__all__ = ["PhraseIndex", "Scored", "ScoringParams", "stem", "token_similarity"]


_FREE_MATCH = 0.9
"""Similarity a wake word, filler or carrier needs to count as a taught word."""


@dataclass(frozen=True)
class ScoringParams:
    """Knobs of the scorer; defaults chosen on benchmarks/resolver.py (tuning seed)."""

    token_floor: float = 0.55
    """Spelling/sound similarity at or below this counts as no match at all."""
    phonetic_weight: float = 0.65
    """How much an equal sound key lifts a word pair above its spelling ratio."""
    function_weight: float = 0.25
    """Weight of a function word ("the", "my") relative to a content word."""
    phrase_free_weight: float = 0.5
    """Weight of a carrier word inside a taught phrase ("start the sprinkler")."""
    utterance_free_weight: float = 0.05
    """Weight of an unexplained wake word, filler or carrier in the utterance."""
    phrase_exponent: float = 0.6
    """Exponent a of phrase coverage."""
    utterance_exponent: float = 0.4
    """Exponent b of utterance coverage."""
    idf_share: float = 0.6
    """Share of a word's weight that depends on how few routines use it."""
    prefilter: float = 0.3
    """Word similarity above which a phrase sharing the word is scored at all."""
    merge_ratio: float = 0.88
    """Spelling ratio needed to join two heard words ("read in" -> "reading")."""
    concept_similarity: float = 0.8
    """Similarity of two different words of one lexicon concept ("dim" / "lower")."""

    @classmethod
    def from_extra(cls, extra: dict[str, Any] | None) -> ScoringParams:
        """Read overrides from ``ResolverSettings.extra``; unknown keys are ignored."""
        known = {f.name for f in fields(cls)}
        values = {k: float(v) for k, v in (extra or {}).items() if k in known}
        return cls(**values)


@dataclass(frozen=True)
class Scored:
    """Phrase scores of one utterance: indices into the index's phrases, best first."""

    phrase_ids: np.ndarray
    scores: np.ndarray


def stem(token: str) -> str:
    """A light suffix strip used for comparing words ("lights" -> "light",
    "cooking" -> "cook"), so shared endings do not make unrelated words look alike."""
    if len(token) > 3 and token.endswith("s") and not token.endswith("ss"):
        token = token[:-1]
    if len(token) > 5 and token.endswith("ing"):
        token = token[:-3]
    return token


def _blend(ratio: np.ndarray, key_ratio: np.ndarray, params: ScoringParams) -> np.ndarray:
    raw = ratio + params.phonetic_weight * np.maximum(key_ratio - ratio, 0.0)
    return np.clip((raw - params.token_floor) / (1.0 - params.token_floor), 0.0, 1.0)


def token_similarity(a: str, b: str, params: ScoringParams | None = None) -> float:
    """Similarity of two words in 0..1 by spelling and sound (1.0 when equal)."""
    params = params or ScoringParams()
    a, b = stem(a), stem(b)
    if a == b:
        return 1.0
    ka, kb = phonetic_key(a), phonetic_key(b)
    r = fuzz.ratio(a, b) / 100.0
    k = fuzz.ratio(ka, kb) / 100.0 if ka and kb else r
    return float(_blend(np.array([r]), np.array([k]), params)[0])


class PhraseIndex:
    """Precomputed features of the taught phrases, and the vectorised scorer."""

    def __init__(self, texts: Sequence[str], routine_ids: Sequence[int], n_routines: int,
                 lexicon: Lexicon, params: ScoringParams) -> None:
        self.params = params
        self.lexicon = lexicon
        vocab: dict[str, int] = {}
        phrase_toks: list[list[int]] = []
        phrase_free: list[list[bool]] = []
        for text in texts:
            toks = tokens(text, lexicon)
            mask = free_mask(toks, lexicon)
            if all(mask):  # a phrase made only of carriers ("start"): its words are the phrase
                mask = [False] * len(toks)
            phrase_toks.append([vocab.setdefault(stem(t), len(vocab)) for t in toks])
            phrase_free.append(mask)
        self.vocab = list(vocab)
        self._vocab_ids = vocab
        self._vocab_keys = [phonetic_key(v) for v in self.vocab]
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
        self.ids = np.full((n, width), n_vocab, dtype=np.int32)
        self.weights = np.zeros((n, width), dtype=np.float32)
        content_phrases: list[list[int]] = [[] for _ in range(n_vocab)]
        weak: list[int] = []
        for p, (ids, mask) in enumerate(zip(phrase_toks, phrase_free, strict=True)):
            self.ids[p, : len(ids)] = ids
            for j, (v, free) in enumerate(zip(ids, mask, strict=True)):
                w = self._vocab_weight[v] * (params.phrase_free_weight if free else 1.0)
                self.weights[p, j] = w
                if not free and not function[v]:
                    content_phrases[v].append(p)
            if not any(not free and not function[v] for v, free in zip(ids, mask, strict=True)):
                weak.append(p)
        self.weight_sums = np.maximum(self.weights.sum(axis=1), 1e-6)
        self._weight_lists = [self.weights[p, : len(ids)].tolist()
                              for p, ids in enumerate(phrase_toks)]
        self._weight_totals = self.weight_sums.tolist()
        self._postings = [np.array(p, dtype=np.int32) for p in content_phrases]
        self._weak = np.array(weak, dtype=np.int32)
        self._function = function
        self.routine_of = np.asarray(routine_ids, dtype=np.int32)
        self._concept_cols = self._concept_columns()

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
                out[word] = np.array(cols, dtype=np.int32)
        return out

    def __len__(self) -> int:
        return len(self.ids)

    # -- per utterance -------------------------------------------------------------
    def _similarity(self, words: Sequence[str]) -> np.ndarray:
        """Rows: words; columns: vocabulary (+ a zero column for padding)."""
        out = np.zeros((len(words), len(self.vocab) + 1), dtype=np.float32)
        if not words or not self.vocab:
            return out
        ratio = process.cdist(words, self.vocab, scorer=fuzz.ratio, dtype=np.float32) / 100.0
        keys = [phonetic_key(w) for w in words]
        key_ratio = process.cdist(keys, self._vocab_keys, scorer=fuzz.ratio,
                                  dtype=np.float32) / 100.0
        sim = _blend(ratio, key_ratio, self.params)
        exact = [self._vocab_ids.get(w) for w in words]
        for i, v in enumerate(exact):
            if v is not None:
                sim[i, v] = 1.0
        concept = self.params.concept_similarity
        if concept > 0.0:
            for i, w in enumerate(words):
                cols = self._concept_cols.get(w)
                if cols is not None:
                    sim[i, cols] = np.maximum(sim[i, cols], concept)
        out[:, :-1] = sim
        return out

    def _repair(self, words: list[str], free: list[bool]) -> tuple[list[str], list[bool]]:
        """Join words the recogniser split and split words it joined, against the vocabulary."""
        vocab = self._vocab_ids
        if not vocab:
            return words, free
        # Joins: "read in" -> "readin" ~ "reading", when a part is not itself a known word.
        spots = [i for i in range(len(words) - 1)
                 if not (words[i] in vocab and words[i + 1] in vocab)]
        merges: dict[int, str] = {}
        if spots:
            pairs = [words[i] + words[i + 1] for i in spots]
            ratios = process.cdist(pairs, self.vocab, scorer=fuzz.ratio, dtype=np.float32,
                                   score_cutoff=self.params.merge_ratio * 100.0)
            for i, pair, row in zip(spots, pairs, ratios, strict=True):
                if row.max() <= 0:
                    continue
                target = pair if pair in vocab else self.vocab[int(row.argmax())]
                # Only when the pair is clearly closer than either word alone: "8 night"
                # is not "night".
                alone = max(fuzz.ratio(words[i], target), fuzz.ratio(words[i + 1], target))
                if fuzz.ratio(pair, target) >= alone + 5.0:
                    merges[i] = target
        i, joined, joined_free = 0, [], []
        while i < len(words):
            if i in merges:
                joined.append(merges[i])
                joined_free.append(False)
                i += 2
                continue
            joined.append(words[i])
            joined_free.append(free[i])
            i += 1
        # Splits: "readingmode" -> "reading mode", "thevacoum" -> "the vacoum": one half
        # a known word, the other close to one, and the whole word close to none.
        out, out_free = [], []
        for w, f in zip(joined, joined_free, strict=True):
            parts = self._split(w) if w not in vocab and len(w) >= 5 else None
            out.extend(parts or [w])
            out_free.extend([f] * len(parts or [w]))
        return out, out_free

    def _word_break(self, word: str) -> list[str] | None:
        """``word`` as known words run together ("startthemovie"), fewest parts first."""
        vocab = self._vocab_ids
        best: list[list[str] | None] = [None] * (len(word) + 1)
        best[0] = []
        for end in range(2, len(word) + 1):
            for start in range(max(0, end - 20), end - 1):
                prefix = best[start]
                part = stem(word[start:end])
                if prefix is not None and part in vocab and (
                        best[end] is None or len(prefix) + 1 < len(best[end])):
                    best[end] = [*prefix, part]
        found = best[len(word)]
        return found if found and len(found) > 1 else None

    def _split(self, word: str) -> list[str] | None:
        vocab = self._vocab_ids
        exact = self._word_break(word)
        if exact:
            return exact
        if process.extractOne(word, self.vocab, scorer=fuzz.ratio, score_cutoff=75):
            return None  # a misheard known word ("homawork"), not two words
        best: tuple[float, list[str]] | None = None
        for cut in range(2, len(word) - 1):
            left, right = stem(word[:cut]), stem(word[cut:])
            if left in vocab or right in vocab:
                other = right if left in vocab else left
                if len(other) < 4:
                    continue
                near = process.extractOne(other, self.vocab, scorer=fuzz.ratio, score_cutoff=80)
                if near is not None and (best is None or near[1] > best[0]):
                    best = (near[1], [left, right])
        return best[1] if best else None

    def prepare(self, utterance: str) -> tuple[list[str], np.ndarray]:
        """The utterance's comparison words and their weights (free words weigh
        ``utterance_free_weight``)."""
        words = tokens(utterance, self.lexicon)
        free = free_mask(words, self.lexicon)
        words = [stem(w) for w in words]
        words, free = self._repair(words, free)
        p = self.params
        weights = np.array([
            p.utterance_free_weight if f
            else p.function_weight if w in self.lexicon.function_words else 1.0
            for w, f in zip(words, free, strict=True)
        ], dtype=np.float32)
        return words, weights

    def score(self, utterance: str) -> Scored:
        """Scores of the phrases that share a similar content word, best first."""
        words, wu = self.prepare(utterance)
        empty = Scored(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32))
        if not words or len(self) == 0:
            return empty
        sim = self._similarity(words)
        # A carrier explains a taught word only when it is (nearly) that word: "can you"
        # must not pass for "game".
        free_rows = wu == np.float32(self.params.utterance_free_weight)
        sim[free_rows] = np.where(sim[free_rows] >= _FREE_MATCH, sim[free_rows], 0.0)
        # Candidates: phrases holding a content word similar to some heard word.
        hits = np.nonzero((sim[:, :-1] > self.params.prefilter).any(axis=0) & ~self._function)[0]
        parts = [self._postings[v] for v in hits]
        if len(self._weak):
            parts.append(self._weak)
        if not parts:
            return empty
        cand = np.unique(np.concatenate(parts))
        if cand.size == 0:
            return empty
        scores = self._bag_scores(sim, wu, cand)
        top = np.argsort(-scores, kind="stable")[: self.params_rescore]
        top = top[scores[top] >= self.params_floor]
        cand, scores = cand[top], self._aligned_scores(sim, wu, cand[top])
        order = np.argsort(-scores, kind="stable")
        return Scored(cand[order], scores[order])

    params_rescore = 10
    """How many best bag-of-words candidates are rescored with a one-to-one alignment."""
    params_floor = 0.3
    """Bag-of-words scores below this cannot matter to any decision; they are dropped."""

    def _combine(self, phrase_cov: np.ndarray, utt_cov: np.ndarray) -> np.ndarray:
        p = self.params
        return (np.power(phrase_cov, p.phrase_exponent)
                * np.power(utt_cov, p.utterance_exponent)).astype(np.float32)

    def _bag_scores(self, sim: np.ndarray, wu: np.ndarray, cand: np.ndarray) -> np.ndarray:
        """Upper bounds: every word may match its best counterpart, even one already used."""
        gathered = sim[:, self.ids[cand]]  # words x candidates x phrase width
        covered = gathered.max(axis=0) * self.weights[cand]
        phrase_cov = covered.sum(axis=1) / self.weight_sums[cand]
        utt_cov = (gathered.max(axis=2) * wu[:, None]).sum(axis=0) / max(float(wu.sum()), 1e-6)
        return self._combine(phrase_cov, utt_cov)

    def _aligned_scores(self, sim: np.ndarray, wu: np.ndarray, cand: np.ndarray) -> np.ndarray:
        """Coverages under a greedy one-to-one alignment of heard and taught words, so one
        heard word cannot explain two taught ones ("arm the alarm" vs "disarm the alarm")."""
        phrase_cov = np.zeros(len(cand), dtype=np.float32)
        utt_cov = np.zeros(len(cand), dtype=np.float32)
        heard_weights = wu.tolist()
        wu_sum = max(sum(heard_weights), 1e-6)
        for k, p in enumerate(cand.tolist()):
            taught_weights = self._weight_lists[p]
            rows = sim[:, self.ids[p, : len(taught_weights)]].tolist()
            pairs = sorted(((v, i, j) for i, row in enumerate(rows) for j, v in enumerate(row)
                            if v > 0.0), reverse=True)
            used_u: set[int] = set()
            used_p: set[int] = set()
            covered_p = covered_u = 0.0
            for value, i, j in pairs:
                if i in used_u or j in used_p:
                    continue
                used_u.add(i)
                used_p.add(j)
                covered_p += value * taught_weights[j]
                covered_u += value * heard_weights[i]
            phrase_cov[k] = covered_p / self._weight_totals[p]
            utt_cov[k] = covered_u / wu_sum
        return self._combine(phrase_cov, utt_cov)
