"""The scorer's kernels, rewritten for speed, give the same scores to the bit as the
numpy formulations they replaced (kept here as the reference), over random homes and
utterances: the one-to-one alignment taken in plain Python (:mod:`_alignment`), and
the bag-of-words coverages from one gather."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from teachapp.understanding import scoring
from teachapp.understanding._carriers import carriers_last
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver
from teachapp.understanding.scoring import PhraseIndex

WORDS = ("movie", "night", "time", "bath", "the", "lights", "off", "on", "turn", "start",
         "please", "coffee", "my", "good", "all", "living", "room", "mode", "party")
HEARD = (*WORDS, "moovie", "nite", "thyme", "lites", "cofee", "hey", "can", "you", "it's",
         "for", "a", "goodnight", "livingroom", "bathtime", "of", "morning")


def reference_aligned(index: PhraseIndex, sim: np.ndarray, wu: np.ndarray, cand: np.ndarray,
                      total: float, free: Sequence[bool]) -> tuple[np.ndarray, np.ndarray]:
    """The phrase and utterance coverages of the greedy alignment, as numpy did them."""
    grid = sim.take(index.ids.take(cand, axis=0), axis=1).transpose(1, 0, 2)
    at = np.array(grid.nonzero())[:, ::-1]
    values = grid[at[0], at[1], at[2]]
    key = carriers_last(values, at, free, cand, index.free_at)
    order = ((at[0] << 32) - key.view(np.int32)).argsort(kind="stable")
    taken: list[int] = []
    current, rows, cols = -1, set(), set()
    for k, (c, i, j) in enumerate(zip(*at[:, order].tolist(), strict=True)):
        if c != current:
            current, rows, cols = c, set(), set()
        if i in rows or j in cols:
            continue
        rows.add(i)
        cols.add(j)
        taken.append(k)
    n = len(cand)
    covered_p = np.zeros(n, dtype=np.float32)
    covered_u = np.zeros(n, dtype=np.float32)
    if taken:
        pick = order[taken]
        c, i, j = at[:, pick]
        value = values[pick]
        np.add.at(covered_p, c, value * index.weights.take(cand[c] * index.ids.shape[1] + j))
        np.add.at(covered_u, c, value * wu[i])
    return covered_p / index.weight_sums[cand], covered_u / total


def reference_bag(index: PhraseIndex, sim: np.ndarray, wu: np.ndarray, cand: np.ndarray,
                  total: float) -> np.ndarray:
    """Bag-of-words scores from two gathers, as before."""
    ids = index.ids.take(cand, axis=0)
    by_phrase = sim.take(ids, axis=1)
    covered = np.max(by_phrase, axis=0) * index.weights.take(cand, axis=0)
    phrase_cov = np.sum(covered, axis=1) / index.weight_sums[cand]
    by_word = sim.take(ids.T, axis=1)
    utt_cov = np.sum(np.max(by_word, axis=1) * wu[:, None], axis=0) / total
    return reference_combine(index, phrase_cov, utt_cov)


def reference_combine(index: PhraseIndex, phrase_cov: np.ndarray,
                      utt_cov: np.ndarray) -> np.ndarray:
    p = index.params
    return (np.power(phrase_cov, p.phrase_exponent)
            * np.power(utt_cov, p.utterance_exponent)).astype(np.float32)


def _same(a: np.ndarray, b: np.ndarray) -> bool:
    return a.dtype == b.dtype and a.tobytes() == b.tobytes()


phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
home = st.lists(st.tuples(phrase, st.sampled_from("ABCDEF")), min_size=1, max_size=14)
utterance = st.lists(st.sampled_from(HEARD), min_size=1, max_size=9).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4))
def test_python_alignment_gives_the_numpy_scores_to_the_bit(pairs: list[tuple[str, str]],
                                                            said: list[str]) -> None:
    resolver = Resolver([PhraseEntry(p, r) for p, r in pairs])
    index = resolver._index
    for text in said:
        heard = index.hear(text)
        if not heard.words:
            continue
        sim, wu = heard.sim, heard.weights
        total = max(float(wu.sum()), 1e-6)
        cand = np.arange(len(index), dtype=np.intp)[::-1].copy()
        rids = index.routine_of.take(cand)
        expected_p, expected_u = reference_aligned(index, sim, wu, cand, total, heard.free)
        got = index._aligned_scores(sim, wu, cand, total, rids, None, heard.free)
        assert _same(got, reference_combine(index, expected_p, expected_u))
        bag = index._bag_scores(sim, wu, cand, total)
        gathered = sim.take(index.ids.take(cand, axis=0), axis=1)
        assert _same(bag, reference_bag(index, sim, wu, cand, total))
        again = index._aligned_scores(sim, wu, cand, total, rids, None, heard.free, gathered)
        assert _same(again, got)
        # with the evidence of the routines' other phrases
        cover = index._routine_cover(sim, wu, rids, total)
        if cover is not None:
            lifted = np.maximum(expected_u, index._routine_b[rids] * cover
                                + index._routine_rest[rids] * expected_u)
            got = index._aligned_scores(sim, wu, cand, total, rids, cover, heard.free, gathered)
            assert _same(got, reference_combine(index, expected_p, lifted))


def test_a_carrier_that_is_the_taught_word_is_taken_last() -> None:
    """ "it's time for nap thyme": the heard carrier "time" explains "time" only after
    "thyme" has had its turn, in the Python alignment as in the numpy one."""
    resolver = Resolver([PhraseEntry("nap time", "Nap"), PhraseEntry("bath time", "Bath")],
                        lexicon=default_lexicon())
    index = resolver._index
    heard = index.hear("it's time for nap thyme")
    assert any(heard.free)
    cand = np.arange(len(index), dtype=np.intp)
    total = max(float(heard.weights.sum()), 1e-6)
    expected_p, expected_u = reference_aligned(index, heard.sim, heard.weights, cand, total,
                                               heard.free)
    got = index._aligned_scores(heard.sim, heard.weights, cand, total,
                                index.routine_of.take(cand), None, heard.free)
    assert _same(got, reference_combine(index, expected_p, expected_u))
    assert resolver.rank("it's time for nap thyme", 1)[0].routine == "Nap"


@settings(max_examples=60, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4))
def test_marked_and_gathered_postings_score_alike(pairs: list[tuple[str, str]],
                                                  said: list[str]) -> None:
    """The postings of the words heard, found by marking every posting (small homes) or
    by gathering each word's range (large ones): the same scores, in the same order."""
    index = Resolver([PhraseEntry(p, r) for p, r in pairs])._index
    for text in said:
        marked = index.score(text)
        saved = scoring._MARKED_POSTINGS
        scoring._MARKED_POSTINGS = -1
        try:
            gathered = index.score(text)
        finally:
            scoring._MARKED_POSTINGS = saved
        assert _same(marked.phrase_ids, gathered.phrase_ids)
        assert _same(marked.scores, gathered.scores)
