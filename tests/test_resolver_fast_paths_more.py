"""More of the resolver's fast paths against the plain versions they replace, kept here
as the reference and compared to the bit over random homes and utterances: the reading
(loops and each phrase's kept facts), the scorer's alignment sums (one lexsort and float32
sums as taken, in place of sorting tuples and ``np.add.at``), ``round6`` and the float32
floors. (tests/test_resolver_fast_paths.py has the earlier ones.)"""

from __future__ import annotations

import itertools
import math
import struct

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from teachapp.understanding import reading as rd
from teachapp.understanding._carriers import carrier_key
from teachapp.understanding._determiner_verb import not_for_verbs
from teachapp.understanding._ending_object import ending_span
from teachapp.understanding._hinted_word import hinted_other
from teachapp.understanding._other_word import other_word
from teachapp.understanding._over_complement import governs
from teachapp.understanding._rounding import round6
from teachapp.understanding._stand_in import routine_bar
from teachapp.understanding._unlike_word import unlike_word
from teachapp.understanding.normalize import carrier_parts, courteous_at
from teachapp.understanding.reading import Cues, Reading, cue_spans, read
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver
from teachapp.understanding.scoring import Heard, PhraseIndex

WORDS = ("movie", "night", "time", "bath", "the", "lights", "off", "on", "turn", "start",
         "please", "coffee", "my", "good", "all", "living", "room", "mode", "party", "a",
         "too", "hot", "here", "lock", "vacuum", "hoover", "night", "all")
HEARD = (*WORDS, "moovie", "nite", "thyme", "lites", "cofee", "hey", "can", "you", "it's",
         "for", "goodnight", "livingroom", "bathtime", "of", "morning", "start", "turn",
         "don't", "cancel", "unlock", "is", "yesterday", "watched", "she", "said", "every",
         "lamps", "hall", "too", "up", "what", "does", "do", "forget")

phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
home = st.lists(st.tuples(phrase, st.sampled_from("ABCDEF")), min_size=1, max_size=14)
utterance = st.lists(st.sampled_from(HEARD), min_size=1, max_size=9).map(" ".join)


def reference_cue_spans(heard: Heard, cues: Cues) -> list[tuple[int, int, str]]:
    """cue_spans as it was (the lead found by next() over a generator)."""
    words, free = heard.words, heard.free
    spans: list[tuple[int, int, str]] = []
    lead = next((i for i, f in enumerate(free) if not f), None)
    ending = ending_span(words, free, lead)  # ("kill movie night")
    i = 0
    starts = cues.starts
    while i < len(words):
        if ending is not None and i == lead:
            spans.append(ending)
            i += 1
            continue
        if words[i] not in starts:
            i += 1
            continue
        for size in range(min(cues.longest, len(words) - i), 0, -1):
            key = tuple(words[i:i + size])
            reason = cues.leading.get(key) if i == lead else None
            reason = reason or cues.anywhere.get(key)
            if reason == "conditional" and courteous_at(words, i):
                break  # (a condition of politeness asks now)
            if reason is not None:
                # (a cue inside a filler is not one: "when you get a chance"; nor is a
                # question word after an article, where only a noun can stand: "get the
                # how's ready" is "the house" misheard)
                if not all(free[i:i + size]) and not (
                        reason == "question" and i and words[i - 1] in rd.ARTICLES):
                    spans.append((i, i + size, reason))
                i += size - 1
                break
        else:
            # (a copula after a said word, only free words after it: "movie night is grand")
            if (words[i] in rd.COPULAS and lead is not None and i > lead
                    and i + 1 < len(words) and not free[i - 1] and free[i + 1]
                    and words[i - 1] not in rd.POINTING and all(free[i + 1:])):
                spans.append((i, len(words), "opinion"))
                break
        i += 1
    return spans


def reference_align(grid: np.ndarray, free: list[bool] | None = None,
                    taught_free: list[bool] | None = None) -> dict[int, tuple[int, float]]:
    """The reading's alignment as it was: one sort over a generator of every cell."""
    pairs = sorted(((carrier_key(v, bool(free and free[i]), bool(taught_free and taught_free[j])),
                     v, i, j)
                    for i, row in enumerate(grid.tolist())
                    for j, v in enumerate(row) if v >= rd.EXPLAINED), reverse=True)
    used: set[int] = set()
    out: dict[int, tuple[int, float]] = {}
    for _, v, i, j in pairs:
        if i not in out and j not in used:
            used.add(j)
            out[i] = (j, v)
    return out


def one_said(aligned: dict[int, tuple[int, float]], words: list[str],
             function: frozenset[str]) -> bool:
    """Whether exactly one heard word says a word of the phrase; a function word heard as
    another word says none beside others ("it" for the "i" of "i'm leaving")."""
    if len(aligned) == 1:
        return True
    return sum(1 for i, (_, v) in aligned.items() if v >= 1.0 or words[i] not in function) == 1


def reference_read(index: PhraseIndex, heard: Heard, phrase: int, cues: Cues,
                   spans: list[tuple[int, int, str]] | None = None) -> Reading:
    """read as it was: generators, and every fact of the phrase worked out each time."""
    ids = index.phrase_words[phrase]
    sim = heard.sim
    aligned = reference_align(sim.take(ids, axis=1), heard.free, index.phrase_free[phrase])
    words, free = heard.words, heard.free
    lexicon_function = index.lexicon.function_words
    # (a quantifier, or "too" grading a word, is meaning of its own: heard as itself, never
    # as another word misheard, "all lamps on" is not "hall lamp on", "too" is not "the")
    if not rd._OWN_MEANING.isdisjoint(words):
        for i in [i for i, (_, v) in aligned.items()
                  if (v < 1.0 and rd._quantifier(heard, i)) or (
                      v < rd.ROUTINE_FUNCTION_EXPLAINED and rd._grading(words, free, i,
                                                                  lexicon_function))]:
            del aligned[i]
    if spans is None:
        spans = reference_cue_spans(heard, cues)
    # (an article before a word of its own, and the copy of a phrase word inside a cue,
    # are not the phrase's)
    rd.own_words(aligned, sim.take(ids, axis=1).tolist(), words, free, spans,
                 lexicon_function)
    meaningful = index.meaningful[phrase]
    # (a determiner is the object's own, no verb misheard: "start the tumbler" is not
    # "hide tumbler on")
    if meaningful:
        not_for_verbs(aligned, words, free, [index.vocab[i] for i in ids], meaningful[0])
    said = {j for j, _ in aligned.values()}
    matched = sum(1 for j in meaningful if j in said)
    # Content words the phrase leaves unexplained; a routine taught several ways
    # explains with all its words.
    routine_cols = index.routine_words(int(index.routine_of[phrase]))
    if spans is None:
        spans = reference_cue_spans(heard, cues)
    in_cue = {k for s, e, _ in spans for k in range(s, e)}
    # (a carrier in two parts, "turn ... on", says nothing when the phrase does not use it)
    parts = (carrier_parts(words, free, cues.around)
             if cues.around_starts and not cues.around_starts.isdisjoint(words) else frozenset())
    # ("too" grading a heard word is meaning the phrase must have: "too hot" is not
    # "heating")
    open_words = [i for i, w in enumerate(words)
                  if not (free[i] or i in aligned or i in in_cue or i in parts
                          or (w in lexicon_function
                              and not (w in rd.EXCESS
                                       and rd._grading(words, free, i, lexicon_function))))]
    if open_words and routine_cols is not None:
        # (a function word of the routine explains only what is nearly that word: "hate"
        # sounds a little like "the", which explains nothing)
        # (beside a phrase word unsaid, only the other phrases' very words: _stand_in)
        unsaid_any = any(j not in said for j in meaningful)
        near = index.routine_explains(sim, open_words, int(index.routine_of[phrase]),
                                      routine_bar(rd.ROUTINE_EXPLAINED, unsaid_any),
                                      rd.ROUTINE_FUNCTION_EXPLAINED)
        open_words = [i for i, hit in zip(open_words, near, strict=True) if not hit]
    extra = len(open_words)
    # "-ed" words the home never uses read as the past ("we watched ...").
    past_form = any(len(words[i]) >= 5 and words[i].endswith("ed")
                    and words[i] not in index.vocab_ids for i in open_words)
    reasons = [r for s, e, r in spans
               if not any(k in aligned and aligned[k][1] >= rd.CUE_EXPLAINED
                          for k in range(s + (e - s > 1 and words[s] in rd.COPULAS), e))
               # ("over" before a noun of its own: a preposition, _over_complement)
               and not (e == s + 1 and governs(words, free, s, lexicon_function)
                        and s + 1 not in aligned)]
    if past_form:
        reasons.append("past")
    cue = min(reasons, key=rd._rank) if reasons else None
    unsaid = {index.vocab[ids[j]] for j in meaningful if j not in said}
    contradicted = bool(unsaid) and any(
        i not in aligned and cues.against.get(w, frozenset()) & unsaid for i, w in enumerate(words))
    order = [aligned[i][0] for i in sorted(aligned) if aligned[i][0] in meaningful]
    if len(set(ids)) < len(ids):
        order = rd._in_turn(order, ids)
    reordered = any(a > b for a, b in itertools.pairwise(order))
    # Clipped: an edge word of the phrase unsaid, and it says at least as much (by how
    # few routines use it) as the words that were said: "game night" of "board game
    # night" is another phrase; "porch light" of "porch light on" is not. An edge word
    # that names a kind of device is clipped whatever its weight ("front door" of
    # "front door light").
    weight = index.weight_list
    heard_weights = [weight[ids[j]] for j in meaningful if j in said]
    things = rd._thing_words()
    clipped = bool(heard_weights) and any(
        j not in said and (weight[ids[j]] >= sum(heard_weights) / len(heard_weights)
                           or index.vocab[ids[j]] in things)
        for j in {meaningful[0], meaningful[-1]})
    heard_as = [v for j, v in aligned.values() if j in meaningful]
    inexact = sum(1 for v in heard_as if v < 1.0)
    # A heard word the home taught as itself, elsewhere, read as a word of like meaning
    # in this phrase ("vacuum" of "start the vacuum" read as "hoover"): a guess, never
    # a run.
    borrowed = unlike = 0
    if inexact:
        vocab_ids, vocab, kin = index.vocab_ids, index.vocab, cues.kin
        for i, (j, v) in aligned.items():
            if v < 1.0 and j in meaningful:
                taught, word = vocab[ids[j]], words[i]
                if taught in kin.get(word, ()):
                    own = vocab_ids.get(word)
                    if own is not None and own not in ids and (
                            routine_cols is None or own not in routine_cols):
                        borrowed += 1
                # ("stop" heard for "start": its opposite, not a word misheard)
                if taught in cues.against.get(word, ()):
                    contradicted = True
                # ("unlock" heard for "lock": its opposite, not a word misheard)
                if 2 <= abs(len(word) - len(taught)) <= 3 and rd._undone(
                        words, free, i, taught, lexicon_function):
                    contradicted = True
                # ("bank" heard for "tank": another English word, not one misheard)
                elif word not in lexicon_function and taught not in kin.get(word, ()):
                    if other_word(heard.said[i], taught, v):
                        contradicted = True
                    # ("velvet" heard for "felt": a real word unlike it, asked about)
                    elif unlike_word(heard.said[i], taught, v) or hinted_other(
                            heard.said[i], index.as_taught(ids[j]), v):
                        unlike += 1
    return rd.Reading(len(meaningful), matched, extra, cue, reordered, contradicted, clipped,
                   inexact, min(heard_as, default=0.0), borrowed,
                   one_said(aligned, words, lexicon_function) and len(meaningful) <= 1
                   and rd._lone(index, phrase), unlike)


def reference_greedy_pairs(cands: list[int], heard: list[int], taught: list[int],
                           values: list[float], keys: list[float]) -> tuple[list[int], list[int], list[int], list[float]]:
    """The pairs each candidate takes, in the order taken, as it was: one sort of tuples."""
    # Best first within a candidate; equal keys to the later heard, then taught word.
    pairs = sorted(zip([-c for c in cands], keys, heard, taught, values, strict=True),
                   reverse=True)
    out_c: list[int] = []
    out_h: list[int] = []
    out_t: list[int] = []
    out_v: list[float] = []
    current = 1
    rows: set[int] = set()
    cols: set[int] = set()
    for c, _, h, t, v in pairs:
        if c != current:
            current, rows, cols = c, set(), set()
        if h in rows or t in cols:
            continue
        rows.add(h)
        cols.add(t)
        out_c.append(-c)
        out_h.append(h)
        out_t.append(t)
        out_v.append(v)
    return out_c, out_h, out_t, out_v


def reference_aligned_scores(index: PhraseIndex, sim: np.ndarray, wu: np.ndarray,
                             cand: np.ndarray, total: float, rids: np.ndarray,
                             routine_cov: np.ndarray | None, free: list[bool]) -> np.ndarray:
    """The alignment's coverages as they were: pairs sorted as tuples, summed by np.add.at
    over arrays built from lists."""
    from teachapp.understanding._alignment import carrier_keys

    gathered = sim.take(index.ids.take(cand, axis=0), axis=1)
    heard_at, cand_at, taught_at = gathered.nonzero()
    values = gathered[heard_at, cand_at, taught_at]
    v_l: list[float] = values.tolist()
    c_l, h_l, t_l = cand_at.tolist(), heard_at.tolist(), taught_at.tolist()
    keys = carrier_keys(v_l, c_l, h_l, t_l, free, cand, index.phrase_free)
    c_l, h_l, t_l, v_l = reference_greedy_pairs(c_l, h_l, t_l, v_l, keys)
    n = len(cand)
    covered = np.zeros(2 * n, dtype=np.float32)
    if c_l:
        rows, cands, heard = index._weight_rows, cand.tolist(), wu.tolist()
        weights = [rows[cands[a]][b] for a, b in zip(c_l, t_l, strict=True)]
        weights += [heard[i] for i in h_l]
        np.add.at(covered, np.array(c_l + [n + a for a in c_l], dtype=np.intp),
                  np.array(v_l + v_l, dtype=np.float32) * np.array(weights, dtype=np.float32))
    phrase_cov = covered[:n] / index.weight_sums.take(cand)
    utt_cov = covered[n:] / total
    if routine_cov is not None:
        utt_cov = np.maximum(utt_cov, index._routine_b.take(rids) * routine_cov
                             + index._routine_rest.take(rids) * utt_cov)
    return reference_combine(index, phrase_cov, utt_cov)


def reference_combine(index: PhraseIndex, phrase_cov: np.ndarray,
                      utt_cov: np.ndarray) -> np.ndarray:
    """The score of coverages with the exponents as Python numbers, as it was."""
    p = index.params
    return np.power(phrase_cov, p.phrase_exponent) * np.power(utt_cov, p.utterance_exponent)


def reference_bag(index: PhraseIndex, sim: np.ndarray, wu: np.ndarray, cand: np.ndarray,
                  total: float) -> np.ndarray:
    """The bag scores as they were: Python numbers for the total and the exponents."""
    ids = index.ids.take(cand, axis=0)
    by_phrase = sim.take(ids, axis=1)
    covered = np.maximum.reduce(by_phrase, axis=0) * index.weights.take(cand, axis=0)
    phrase_cov = np.add.reduce(covered, axis=1) / index.weight_sums.take(cand)
    by_word = sim.take(ids.T, axis=1)
    utt_cov = np.add.reduce(np.maximum.reduce(by_word, axis=1) * wu[:, None], axis=0) / total
    return reference_combine(index, phrase_cov, utt_cov)


def _heard_all(pairs: list[tuple[str, str]], said: list[str]):
    resolver = Resolver([PhraseEntry(p, r) for p, r in pairs])
    index = resolver._index
    for text in said:
        heard = index.hear(text)
        if heard.words:
            yield resolver, index, heard


@settings(max_examples=150, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4))
def test_read_is_the_plain_read(pairs: list[tuple[str, str]], said: list[str]) -> None:
    """Every phrase of the home read against every utterance, twice (the second time from
    the facts kept on the index), as the plain read reads it."""
    for resolver, index, heard in _heard_all(pairs, said):
        cues = resolver._cues
        spans = cue_spans(heard, cues)
        assert spans == reference_cue_spans(heard, cues)
        for _ in range(2):
            for pid in range(len(index)):
                assert read(index, heard, pid, cues, spans) == reference_read(
                    index, heard, pid, cues, spans)
        assert read(index, heard, 0, cues) == reference_read(index, heard, 0, cues)


@settings(max_examples=150, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4), st.randoms(use_true_random=False))
def test_alignment_sums_are_the_add_at_sums(pairs: list[tuple[str, str]], said: list[str],
                                            rng) -> None:
    """The aligned scores and the bag scores of any candidates, in any order, to the bit,
    the total given as the Python number it was or as the float32 array it is now."""
    for _resolver, index, heard in _heard_all(pairs, said):
        ids = list(range(len(index)))
        rng.shuffle(ids)
        cand = np.array(ids[:rng.randint(1, len(ids))], dtype=np.intp)
        rids = index.routine_of.take(cand)
        total = float(max(heard.weights.sum(), 1e-6))
        cover = index._routine_cover(heard.sim, heard.weights, rids, total)
        got = index._aligned_scores(heard.sim, heard.weights, cand, total, rids, cover,
                                    heard.free)
        expected = reference_aligned_scores(index, heard.sim, heard.weights, cand, total, rids,
                                            cover, heard.free)
        assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes()
        total32 = np.array(total, dtype=np.float32)  # (as the scorer passes it)
        cover32 = index._routine_cover(heard.sim, heard.weights, rids, total32)
        assert (cover32 is None and cover is None) or cover32.tobytes() == cover.tobytes()
        got = index._aligned_scores(heard.sim, heard.weights, cand, total32, rids, cover32,
                                    heard.free)
        assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes()
        bag = index._bag_scores(heard.sim, heard.weights, cand, total32)
        plain = reference_bag(index, heard.sim, heard.weights, cand, total)
        assert bag.dtype == plain.dtype and bag.tobytes() == plain.tobytes()


def _bits(x: float) -> bytes:
    return struct.pack("<d", x)


@settings(max_examples=2000, deadline=None)
@given(st.one_of(st.floats(min_value=0.0, max_value=20.0),
                 st.floats(allow_nan=True, allow_infinity=True),
                 st.integers(0, 16_000_000).map(lambda k: (k + 0.5) / 1e6),
                 st.integers(0, 16_000_000).map(lambda k: math.nextafter((k + 0.5) / 1e6, 0)),
                 st.integers(0, 16_000_000).map(lambda k: math.nextafter((k + 0.5) / 1e6, 1))))
def test_round6_is_round(x: float) -> None:
    expected = round(x, 6)
    got = round6(x)
    assert _bits(got) == _bits(expected) or (math.isnan(got) and math.isnan(expected))


def test_round6_rounds_halves_as_round_does() -> None:
    for k in range(0, 3_000_000, 997):
        for x in (k / 1e6, (k + 0.5) / 1e6, math.nextafter((k + 0.5) / 1e6, 0),
                  math.nextafter((k + 0.5) / 1e6, 1), (k + 0.4999999) / 1e6):
            assert _bits(round6(x)) == _bits(round(x, 6)), x


def test_float32_floors_compare_as_the_python_floors() -> None:
    """The scorer's float32 floors let through what comparing with the Python floats did."""
    index = Resolver([PhraseEntry("movie night", "A"), PhraseEntry("bath time", "B")])._index
    rng = np.random.default_rng(7)
    for floor, as32, python in ((index._cover_floor, index._cover_floor32, False),
                                (index.params_floor, index._floor32, True)):
        edge = np.float32(floor)
        values = np.concatenate((
            [np.nextafter(edge, np.float32(0)), edge, np.nextafter(edge, np.float32(1))],
            rng.random(20000).astype(np.float32))).astype(np.float32)
        expected = values >= floor
        got = [v >= as32 for v in values.tolist()] if python else (values >= as32).tolist()
        assert got == expected.tolist()


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 5), st.integers(1, 4), st.lists(st.booleans(), min_size=5, max_size=5),
       st.lists(st.booleans(), min_size=4, max_size=4),
       st.lists(st.sampled_from([0.0, 0.1, 0.2, 0.35, 0.5, 0.9, 1.0, 1.0]), min_size=20,
                max_size=20))
def test_align_is_the_plain_align(rows: int, cols: int, free: list[bool],
                                  taught_free: list[bool], cells: list[float]) -> None:
    """The reading's alignment of any grid, carriers on either side, as the plain one."""
    grid = np.array(cells[:rows * cols], dtype=np.float32).reshape(rows, cols)
    assert rd._align(grid.tolist(), free[:rows], taught_free[:cols]) == reference_align(
        grid, free[:rows], taught_free[:cols])


@settings(max_examples=300, deadline=None)
@given(st.integers(1, 6), st.integers(1, 5), st.integers(1, 5),
       st.lists(st.floats(0.0625, 1.0, width=32), min_size=150, max_size=150),
       st.lists(st.booleans(), min_size=150, max_size=150))
def test_aligned_sums_are_the_add_at_sums(n: int, words: int, width: int, draws: list[float],
                                          late: list[bool]) -> None:
    """Any pairs, similarities and weights (float32): what each candidate takes, and the
    float32 sums of what it covers, as sorting the tuples and np.add.at gave them."""
    from teachapp.understanding._alignment import aligned_sums, pair_order

    cells = [(c, h, t) for c in range(n) for h in range(words) for t in range(width)]
    at = [k for k, cell in enumerate(cells) if draws[k % len(draws)] > 0.4]
    c_l = [cells[k][0] for k in at]
    h_l = [cells[k][1] for k in at]
    t_l = [cells[k][2] for k in at]
    v_l = [float(np.float32(draws[(k * 7) % len(draws)])) for k in at]
    keys = [float(np.float32(v) * np.float32(0.05)) if late[k % len(late)] else v
            for k, v in zip(at, v_l, strict=True)]
    phrase_weights = [[float(np.float32(draws[(c * 5 + t) % 150])) for t in range(width)]
                      for c in range(n)]
    heard_weights = [float(np.float32(draws[(h * 11 + 3) % 150])) for h in range(words)]
    order = pair_order(np.array(c_l, dtype=np.intp), np.array(h_l, dtype=np.intp),
                       np.array(t_l, dtype=np.intp), np.array(keys))
    phrase, said = aligned_sums(order, c_l, h_l, t_l, v_l, phrase_weights, heard_weights, n)
    rc, rh, rt, rv = reference_greedy_pairs(c_l, h_l, t_l, v_l, keys)
    covered = np.zeros(2 * n, dtype=np.float32)
    weights = [phrase_weights[c][t] for c, t in zip(rc, rt, strict=True)]
    weights += [heard_weights[h] for h in rh]
    np.add.at(covered, np.array(rc + [n + c for c in rc], dtype=np.intp),
              np.array(rv + rv, dtype=np.float32) * np.array(weights, dtype=np.float32))
    got = np.concatenate((np.frombuffer(phrase, dtype=np.float32),
                          np.frombuffer(said, dtype=np.float32)))
    assert got.tobytes() == covered.tobytes()


def reference_repair(repairer, words: list[str], free: list[bool],
                     said: list[str] | None) -> tuple[list[str], list[bool]]:
    """Repairer.repair as it was: every word joined and split in one pass, whatever it is."""
    from teachapp.understanding._repair import _across_fillers, _digits_apart

    vocab = repairer._ids
    if not vocab:
        return words, free
    if len(words) >= 3 and any(free[1:-1]):
        words, free, said = _across_fillers(vocab, words, free, said)
    merges: dict[int, str] = {}
    for i in range(len(words) - 1):
        target = repairer._pair(words[i], words[i + 1], said[i] if said is not None else None,
                                said[i + 1] if said is not None else None, free[i], free[i + 1])
        if target is not None:
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
    out, out_free = [], []
    for w, f in zip(joined, joined_free, strict=True):
        parts = None
        if w not in vocab and not f:
            parts = (_digits_apart(vocab, w) if w[-1:].isdigit()
                     else repairer._split_cached(w) if len(w) >= 5 else None)
        out.extend(parts or [w])
        out_free.extend([f] * len(parts or [w]))
    return out, out_free


SPLITS = ("sun", "set", "sunset", "read", "in", "reading", "mode", "readingmode", "bath",
          "time", "bathtime", "kit", "chen", "kitchen", "light", "of", "f", "please", "um",
          "preset2", "presetone", "startthemovie", "homawork", "moviemode", "movie", "the",
          "start", "tv", "go", "a", "lite")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SPLITS), min_size=1, max_size=7),
       st.lists(st.booleans(), min_size=7, max_size=7), st.booleans())
def test_repair_is_the_one_pass_repair(heard: list[str], marks: list[bool],
                                       as_said: bool) -> None:
    """Joining and splitting with the shortcuts for nothing joined and nothing to split,
    as the one pass over every word gave them."""
    from teachapp.understanding._repair import Repairer
    from teachapp.understanding._words import stem

    vocab = ["sunset", "reading", "mode", "bath", "time", "kitchen", "light", "off", "movie",
             "start", "the", "preset", "2", "1", "homework", "tv"]
    free = marks[:len(heard)]
    words = [stem(w) for w in heard]
    said = heard if as_said else None
    expected = reference_repair(Repairer(vocab, 0.85, {"one": "1"}), list(words), list(free),
                                said)
    assert Repairer(vocab, 0.85, {"one": "1"}).repair(list(words), list(free), said) == expected
