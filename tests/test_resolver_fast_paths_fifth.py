"""The fifth round of the resolver's fast paths, each against the plain version it replaces,
compared to the bit over random homes and utterances and over the latency benchmark's
1,000-phrase home (large enough for the ranged postings and the best-bounds cut): what the
reading needs of the utterance alone, worked out once (``said_facts``), and the carriers in
two parts looked for only among those the heard words start; the bag's phrase coverage
from the column maxima; the routines' words gathered in the order they are reduced; the
total and the weight column kept with the weights; the bounds kept by a mask; the exact
phrase not looked for when a said word is in none. (tests/test_resolver_fast_paths.py and
tests/test_resolver_fast_paths_more.py have the earlier ones; the plain reading is theirs.)"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import numpy as np
from hypothesis import example, given, settings
from hypothesis import strategies as st
from test_resolver_fast_paths_more import (
    HEARD,
    WORDS,
    reference_aligned_scores,
    reference_cue_spans,
    reference_read,
)

from teachapp.understanding import reading as rd
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import carrier_parts, default_lexicon, tokens
from teachapp.understanding.reading import Cues, cue_spans, read, said_facts
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver
from teachapp.understanding.scoring import _TOP, PhraseIndex, Scored

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from _resolver_data import noisy, synthetic_phrases  # noqa: E402

phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
home = st.lists(st.tuples(phrase, st.sampled_from("ABCDEF")), min_size=1, max_size=14)
utterance = st.lists(st.sampled_from(HEARD), min_size=1, max_size=9).map(" ".join)

_max = np.maximum.reduce
_sum = np.add.reduce


def plain_bag(index: PhraseIndex, sim: np.ndarray, wu: np.ndarray, cand: np.ndarray,
              total: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The bag scores as they were: the phrase coverage reduced from a gather of every
    candidate's columns (returned too: the alignment took its candidates from it)."""
    ids = index.ids.take(cand, axis=0)
    by_phrase = sim.take(ids, axis=1)
    covered = _max(by_phrase, axis=0) * index.weights.take(cand, axis=0)
    phrase_cov = _sum(covered, axis=1) / index.weight_sums.take(cand)
    by_word = sim.take(ids.T, axis=1)
    utt_cov = _sum(_max(by_word, axis=1) * wu[:, None], axis=0) / total
    return index._combine(phrase_cov, utt_cov), by_phrase


def plain_routine_cover(index: PhraseIndex, sim: np.ndarray, wu: np.ndarray,
                        routines: np.ndarray, total: np.ndarray) -> np.ndarray | None:
    """The routines' cover as it was: the words gathered transposed, reduced over the middle."""
    if index.params.routine_evidence <= 0.0 or routines.size == 0 or not (
            (index._routine_share.take(routines) > 0.0).any()):
        return None
    if index._routine_cols is None:
        return index._routine_cover(sim, wu, routines, total)  # (this branch is unchanged)
    cols = index._routine_cols.take(routines, axis=0)
    best = _max(sim.take(cols.T, axis=1), axis=1)
    return (wu @ best) / total


def plain_score(index: PhraseIndex, text: str, said: list[str] | None = None,
                said_free: list[bool] | None = None) -> Scored:
    """PhraseIndex.score as it was before this round (numpy's own sums for the alignment:
    tests/test_resolver_fast_paths_more.py's reference)."""
    heard = index.hear(text, said, said_free)
    empty = Scored(np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.float32), heard)
    if not heard.words or len(index) == 0:
        return empty
    _wu, total_, most = index._reach_of(tuple(heard.weights.tolist()))
    total = np.array(total_, dtype=np.float32)
    sim, wu = heard.sim, heard.weights
    best_of_word = _max(sim, axis=0)
    heard_well = best_of_word >= index._cover_floor32
    said_ = heard_well.nonzero()[0]
    if not said_.size:
        return empty
    counts = index._posting_counts.take(said_)
    ends = counts.cumsum()
    at = np.arange(int(ends[-1])) + (index._posting_starts.take(said_) - (ends - counts)
                                     ).repeat(counts)
    share = index._posting_shares.take(at) * best_of_word.take(said_).repeat(counts)
    cover = np.bincount(index._posting_phrases.take(at), weights=share, minlength=len(index))
    idx = (cover >= index._cover_floor64).nonzero()[0]
    if idx.size == 0:
        return empty
    bound = (np.power(cover.take(idx), index._phrase_power64)
             * most.take(index._lengths.take(idx)))
    live = (bound >= index._floor64).nonzero()[0]
    if live.size == 0:
        return empty
    idx, bound = idx.take(live), bound.take(live)
    if idx.size > _TOP:
        idx = idx.take((-bound).argpartition(_TOP)[:_TOP])
    cand = idx
    bag, _by_phrase = plain_bag(index, sim, wu, cand, total)
    top = (-bag).argsort(kind="stable")[:index.params_rescore]
    top = np.array([k for k in top.tolist() if bag[k] >= index.params_floor], dtype=np.intp)
    cand = cand.take(top)
    if cand.size == 0:
        return empty
    rids = index.routine_of.take(cand)
    cover_r = plain_routine_cover(index, sim, wu, rids, total)
    scores = reference_aligned_scores(index, sim, wu, cand, total, rids, cover_r, heard.free)
    order = (-scores).argsort(kind="stable")
    return Scored(cand.take(order), scores.take(order), heard)


def _same_scored(got: Scored, plain: Scored) -> None:
    assert got.phrase_ids.tolist() == plain.phrase_ids.tolist()
    assert got.scores.dtype == plain.scores.dtype
    assert got.scores.tobytes() == plain.scores.tobytes()


def _scored_alike(resolver: Resolver, text: str) -> None:
    index = resolver._index
    toks = tokens(text, resolver._lexicon)
    free = resolver._free(toks, text)
    _same_scored(index.score(text, toks, free), plain_score(index, text, toks, free))
    _same_scored(index.score(text), plain_score(index, text))


@settings(max_examples=150, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4))
def test_scores_are_the_plain_scores(pairs: list[tuple[str, str]], said: list[str]) -> None:
    resolver = Resolver([PhraseEntry(p, r) for p, r in pairs])
    for text in said:
        _scored_alike(resolver, text)


def test_scores_in_a_thousand_phrase_home_are_the_plain_scores() -> None:
    """The latency benchmark's home: past a thousand postings (gathered range by range)
    and past the best-bounds cut, with routines taught several ways."""
    pairs = synthetic_phrases(1000)
    resolver = Resolver([PhraseEntry(t, r) for t, r in pairs])
    index = resolver._index
    assert len(index._posting_words) > 1024
    rng = random.Random(1000)
    found = 0
    for _ in range(150):
        text = noisy(rng.choice(pairs)[0], rng)
        _scored_alike(resolver, text)
        found += int(len(plain_score(index, text).phrase_ids) > 0)
    assert found > 100


@settings(max_examples=150, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_bag_and_routine_cover_are_the_plain_ones(pairs: list[tuple[str, str]],
                                                  said: list[str], rng) -> None:
    """The bag with the column maxima and the weight column given or not, and the routines'
    cover, as the plain formulations, for any candidates in any order."""
    index = Resolver([PhraseEntry(p, r) for p, r in pairs])._index
    for text in said:
        heard = index.hear(text)
        if not heard.words:
            continue
        ids = list(range(len(index)))
        rng.shuffle(ids)
        cand = np.array(ids[:rng.randint(1, len(ids))], dtype=np.intp)
        sim, wu = heard.sim, heard.weights
        total = np.array(max(float(wu.sum()), 1e-6), dtype=np.float32)
        plain, _ = plain_bag(index, sim, wu, cand, total)
        for got in (index._bag_scores(sim, wu, cand, total),
                    index._bag_scores(sim, wu, cand, total, _max(sim, axis=0), wu[:, None])):
            assert got.dtype == plain.dtype and got.tobytes() == plain.tobytes()
        rids = index.routine_of.take(cand)
        cover = index._routine_cover(sim, wu, rids, total)
        expected = plain_routine_cover(index, sim, wu, rids, total)
        assert (cover is None) == (expected is None)
        assert cover is None or cover.tobytes() == expected.tobytes()


@settings(max_examples=150, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4))
@example(pairs=[("hot the", "A")], said=["the the"])  # (a determiner heard as the verb)
def test_read_with_the_utterance_facts_is_the_plain_read(pairs: list[tuple[str, str]],
                                                          said: list[str]) -> None:
    """Every phrase read with the utterance's facts worked out once, as the plain read
    reads it; and the cue spans, found or not, as the plain ones."""
    resolver = Resolver([PhraseEntry(p, r) for p, r in pairs])
    index, cues = resolver._index, resolver._cues
    for text in said:
        heard = index.hear(text)
        if not heard.words:
            continue
        spans = cue_spans(heard, cues)
        assert spans == reference_cue_spans(heard, cues)
        facts = said_facts(index, heard, cues)
        assert facts.spans == spans
        for pid in range(len(index)):
            plain = reference_read(index, heard, pid, cues, spans)
            assert read(index, heard, pid, cues, spans, facts) == plain
            assert read(index, heard, pid, cues) == plain


CARRIED = ("turn", "movie", "night", "on", "start", "up", "the", "get", "going", "kettle",
           "off", "switch", "please", "fire", "lights", "hey", "set", "let", "put")


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(CARRIED), min_size=1, max_size=9))
def test_carriers_in_two_parts_found_among_those_the_words_start(words: list[str]) -> None:
    """The carrier parts said_facts leaves open are those of carrier_parts over every
    carrier of the lexicon, in its order."""
    lexicon = default_lexicon()
    cues = Cues.from_lexicon(lexicon)
    resolver = Resolver([PhraseEntry("movie night", "A"), PhraseEntry("kettle", "B")])
    heard = resolver._index.hear(" ".join(words))
    stems, free = heard.words, heard.free
    parts = (carrier_parts(stems, free, cues.around)
             if cues.around_starts and not cues.around_starts.isdisjoint(stems) else frozenset())
    facts = said_facts(resolver._index, heard, cues)
    in_cue = {k for s, e, _ in facts.spans for k in range(s, e)}
    function = lexicon.function_words
    assert facts.open_words == [
        i for i, w in enumerate(stems)
        if not (free[i] or i in in_cue or i in parts
                or (w in function and not (w in rd.EXCESS
                                           and rd._grading(stems, free, i, function))))]
    assert facts.opposed == [(i, cues.against[w]) for i, w in enumerate(stems)
                             if w in cues.against]


def test_every_carrier_is_listed_under_its_first_word() -> None:
    cues = Cues.from_lexicon(default_lexicon())
    assert cues.around
    for k, (head, _tail) in enumerate(cues.around):
        assert k in cues.around_at[head[0]]
    assert sorted(k for ks in cues.around_at.values() for k in ks) == list(range(len(cues.around)))
    # a carrier with no first part is looked for whatever starts one
    odd = Cues({}, {}, 0, {}, around=((("turn",), ("on",)), ((), ("up",))),
               around_starts=frozenset({"turn"}))
    assert odd.around_at == {"turn": (0, 1)}


def plain_exact_match(resolver: Resolver, toks: list[str],
                      free: list[bool]) -> tuple[int, list[int]] | None:
    """Resolver._exact_match as it was: every span around the said words looked up."""
    if not toks or not resolver._exact:
        return None
    stems = [stem(t) for t in toks]
    said = [i for i, f in enumerate(free) if not f]
    first, last = (said[0], said[-1] + 1) if said else (len(toks), 0)
    best: tuple[int, list[int]] | None = None
    best_len = 0
    for i in range(first + 1):
        for j in range(len(toks), max(last, i + 1) - 1, -1):
            if j - i <= best_len or j - i > resolver._longest:
                continue
            found = resolver._exact.get(tuple(stems[i:j]))
            if found is not None:
                best, best_len = found, j - i
    return best


@settings(max_examples=300, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=6))
def test_exact_phrase_found_as_by_every_span(pairs: list[tuple[str, str]],
                                             said: list[str]) -> None:
    resolver = Resolver([PhraseEntry(p, r) for p, r in pairs])
    texts = [*said, *(p for p, _ in pairs), *(f"hey {p} please" for p, _ in pairs)]
    for text in texts:
        toks = tokens(text, resolver._lexicon)
        free = resolver._free(toks, text)
        assert resolver._exact_match(toks, free) == plain_exact_match(resolver, toks, free)


def test_a_phrase_said_whole_is_still_found_exactly() -> None:
    """(the shortcut must not hide a phrase whose words are all taught)"""
    resolver = Resolver([PhraseEntry("movie night", "A"), PhraseEntry("bath time", "B")])
    for text, routine in (("movie night", "A"), ("hey movie night please", "A"),
                          ("bath time", "B")):
        toks = tokens(text, resolver._lexicon)
        free = resolver._free(toks, text)
        found = resolver._exact_match(toks, free)
        assert found is not None and resolver._routines[found[1][0]] == routine
    toks = tokens("movie time night", resolver._lexicon)
    assert resolver._exact_match(toks, resolver._free(toks)) is None
