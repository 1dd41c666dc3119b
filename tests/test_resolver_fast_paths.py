"""The resolver's fast paths give what their plain formulations give, to the bit, over
random homes, utterances and texts (the plain formulations are kept here as the
reference): carrier order keys in Python, the routine's other phrases explaining heard
words, the bound's utterance factor kept with the weights, normalising without the
no-op steps, word-pair repairs kept, and the quicker records."""

from __future__ import annotations

import dataclasses
import unicodedata

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teachapp.understanding import normalize as nz
from teachapp.understanding._alignment import carrier_keys
from teachapp.understanding._carriers import carriers_last
from teachapp.understanding._records import quick_init
from teachapp.understanding._repair import Repairer, _exact_join
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import default_lexicon, normalise, tokens
from teachapp.understanding.reading import (
    ROUTINE_EXPLAINED,
    ROUTINE_FUNCTION_EXPLAINED,
    Reading,
)
from teachapp.understanding.resolution import Alternative, Decision, PhraseEntry, Reason, Resolution
from teachapp.understanding.resolver import Resolver
from teachapp.understanding.scoring import Heard, PhraseIndex, Scored

WORDS = ("movie", "night", "time", "bath", "the", "lights", "off", "on", "turn", "start",
         "please", "coffee", "my", "good", "all", "living", "room", "mode", "party", "a")
HEARD = (*WORDS, "moovie", "nite", "thyme", "lites", "cofee", "hey", "can", "you", "it's",
         "for", "goodnight", "livingroom", "bathtime", "of", "morning", "start", "turn")

phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
home = st.lists(st.tuples(phrase, st.sampled_from("ABCDEF")), min_size=1, max_size=14)
utterance = st.lists(st.sampled_from(HEARD), min_size=1, max_size=9).map(" ".join)


@settings(max_examples=120, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4))
def test_carrier_keys_are_the_numpy_keys(pairs: list[tuple[str, str]], said: list[str]) -> None:
    index = Resolver([PhraseEntry(p, r) for p, r in pairs])._index
    for text in said:
        heard = index.hear(text)
        if not heard.words:
            continue
        cand = np.arange(len(index), dtype=np.intp)[::-1].copy()
        gathered = heard.sim.take(index.ids.take(cand, axis=0), axis=1)
        h, c, t = gathered.nonzero()
        values = gathered[h, c, t]
        expected = carriers_last(values, (c, h, t), heard.free, cand, index.free_at)
        got = carrier_keys(values.tolist(), c.tolist(), h.tolist(), t.tolist(), heard.free,
                           cand, index.phrase_free)
        assert np.array(got, dtype=np.float64).tobytes() == expected.astype(np.float64).tobytes()


@settings(max_examples=120, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4))
def test_routine_explains_as_the_numpy_comparison(pairs: list[tuple[str, str]],
                                                  said: list[str]) -> None:
    index = Resolver([PhraseEntry(p, r) for p, r in pairs])._index
    for text in said:
        heard = index.hear(text)
        rows = list(range(len(heard.words)))
        for routine in set(index.routine_of.tolist()):
            cols = index.routine_words(routine)
            if cols is None or not rows:
                continue
            bar = np.where(index.function[cols], ROUTINE_FUNCTION_EXPLAINED, ROUTINE_EXPLAINED)
            expected = np.any(heard.sim.take(rows, axis=0).take(cols, axis=1) >= bar,
                              axis=1).tolist()
            for _ in range(2):  # (the bars are kept after the first time)
                assert index.routine_explains(heard.sim, rows, routine, ROUTINE_EXPLAINED,
                                              ROUTINE_FUNCTION_EXPLAINED) == expected


@settings(max_examples=120, deadline=None)
@given(home, st.lists(st.sampled_from([0.1, 0.3, 0.5, 1.0]), min_size=1, max_size=12))
def test_the_bound_factor_kept_with_the_weights(pairs: list[tuple[str, str]],
                                                weights: list[float]) -> None:
    """The shares of the heaviest words, raised to the utterance exponent once per weight
    sequence: what the bound took of them phrase by phrase."""
    index = Resolver([PhraseEntry(p, r) for p, r in pairs])._index
    # (the same weights in other orders too: the shares are kept by the weights heaviest
    # first, so a later order meets what an earlier one kept, and must get its own numbers)
    for order in (weights, weights[::-1], weights[1:] + weights[:1], sorted(weights)):
        _assert_plain_reach(index, order)


def _assert_plain_reach(index: PhraseIndex, weights: list[float]) -> None:
    """:meth:`PhraseIndex._reach_of` of ``weights`` is what the bound took of them."""
    wu, total, kept = index._reach_of(tuple(weights))
    assert wu.tolist() == np.array(weights, dtype=np.float32).tolist()
    assert total == max(float(np.add.reduce(np.array(weights, dtype=np.float32))), 1e-6)
    most = np.concatenate(([0.0], np.cumsum(np.sort(wu)[::-1]))) / total
    longest = int(index._lengths.max(initial=0))
    if longest >= len(most):
        most = np.concatenate((most, np.repeat(most[-1], longest - len(most) + 1)))
    at = np.arange(len(index)) % len(most)
    plain = np.power(most.take(at), index.params.utterance_exponent)
    assert kept.take(at).tobytes() == plain.tobytes()


def test_the_shares_kept_apart_for_other_weights_of_one_total() -> None:
    """Weights of one count and one total but other weights ("0.5 0.1" and "0.3 0.3": both
    0.6 as float32 sums) have other shares: a key of the count and the total alone would
    give the second the first's."""
    index = Resolver([PhraseEntry("kettle on", "tea"),
                      PhraseEntry("open the garden gate please", "gate")])._index
    for weights in ([0.5, 0.1], [0.3, 0.3], [0.1, 0.5], [1.0, 0.1, 0.3], [0.5, 0.5, 0.4]):
        _assert_plain_reach(index, weights)


def reference_normalise(text: str) -> str:
    """normalise as it was: every step taken whatever the text."""
    lex = default_lexicon()
    text = str(text)
    if text.isascii():
        text = text.translate(nz._QUOTES)
    else:
        text = unicodedata.normalize("NFKC", text).translate(nz._QUOTES)
        text = "".join(c for c in unicodedata.normalize("NFKD", text)
                       if not unicodedata.combining(c))
    text = text.casefold()
    for symbol, word in lex.symbols.items():
        if symbol in text:
            text = text.replace(symbol, f" {word} ")
    text = nz._NOT_WORD.sub(" ", text)
    text = nz._STRAY_DOT.sub(" ", text)
    toks = [t.strip("'") for t in text.split()]
    if any(t[:1].isdigit() and t[-2:] in nz._ORDINAL_ENDINGS for t in toks):
        toks = [w for t in toks for w in nz._ORDINALS.get(t, t).split()]
    toks = [nz._undrawn(t, lex) for t in toks if t]  # ("aaand" -> "and")
    toks = nz._expand_contractions(toks, lex)
    toks = nz.words_to_digits(toks, lex)
    return nz._SPACES.sub(" ", " ".join(toks)).strip()


TEXT_PIECES = ("it's", "don't", "i'mhome", "`", "’", "´", "ʼ", "1.5", "v.2", ". ", "...",
               "21st", "twenty one", "%", "&", "café", "ｆｕｌｌ", "\t", "\u00a0", "\n", "lights",
               "off", "o'clock", "we'd", "'s", "what's", "y'all", " ", "3rd", "hundred", "and")


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.text(max_size=40),
                 st.lists(st.sampled_from(TEXT_PIECES), max_size=10).map("".join),
                 st.lists(st.sampled_from(TEXT_PIECES), max_size=10).map(" ".join)))
def test_normalise_and_tokens_as_every_step_taken(text: str) -> None:
    expected = reference_normalise(text)
    assert normalise(text) == expected
    assert tokens(text) == expected.split()


def reference_repair(repairer: Repairer, words: list[str], free: list[bool],
                     said: list[str] | None) -> dict[int, str]:
    """The merges of neighbouring words as the loop found them, word pair by word pair."""
    vocab = repairer._ids
    merges: dict[int, str] = {}
    for i in range(len(words) - 1):
        joined = _exact_join(vocab, words[i], words[i + 1])
        if joined is None and said is not None:
            joined = _exact_join(vocab, said[i], said[i + 1])
        if joined is not None:
            merges[i] = joined
            continue
        if (words[i] in vocab and words[i + 1] in vocab) or free[i] or free[i + 1]:
            continue
        target = repairer._merge(words[i], words[i + 1])
        if target is None and said is not None and (said[i], said[i + 1]) != (
                words[i], words[i + 1]):
            target = repairer._merge(said[i], said[i + 1])
        if target is not None:
            merges[i] = target
    return merges


PIECES = ("sun", "set", "sunset", "read", "in", "reading", "mode", "readingmode", "bath",
          "time", "bathtime", "kit", "chen", "kitchen", "lights", "light", "of", "f", "please")


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), min_size=1, max_size=7),
       st.lists(st.booleans(), min_size=7, max_size=7), st.booleans())
def test_word_pairs_repaired_as_the_loop_did(heard: list[str], marks: list[bool],
                                             as_said: bool) -> None:
    vocab = ["sunset", "reading", "mode", "bath", "time", "kitchen", "light", "off"]
    free = marks[:len(heard)]
    words = [stem(w) for w in heard]
    said = heard if as_said else None
    repairer = Repairer(vocab, 0.85)
    expected = reference_repair(Repairer(vocab, 0.85), words, free, said)
    s = said or [None] * len(words)
    got = {i: t for i in range(len(words) - 1)
           if (t := repairer._pair(words[i], words[i + 1], s[i], s[i + 1], free[i],
                                   free[i + 1])) is not None}
    assert got == expected
    first = repairer.repair(list(words), list(free), said)
    assert repairer.repair(list(words), list(free), said) == first  # (the pairs kept)
    assert Repairer(vocab, 0.85).repair(list(words), list(free), said) == first


def test_quick_records_are_the_dataclass_records() -> None:
    res = Resolution(utterance="x", decision="run", routine="A", score=1.0)
    assert res.decision is Decision.RUN and res.reason is Reason.NO_MATCH  # (__post_init__)
    assert res.alternatives == () and res.phrase is None and res.mentions is None
    again = Resolution("x", Decision.RUN, "A", 1.0, (), None, "no_match", None)
    assert res == again and hash(res) == hash(again)
    assert dataclasses.replace(res, score=0.5).score == 0.5
    with pytest.raises(dataclasses.FrozenInstanceError):
        res.score = 0.3  # type: ignore[misc]
    reading = Reading(2, 1, 0, None, False)
    assert (reading.contradicted, reading.clipped, reading.inexact, reading.weakest,
            reading.borrowed) == (False, False, 0, 1.0, 0)
    assert Alternative("A", 0.5) == Alternative(routine="A", score=0.5)
    heard = Heard(["a"], [False], np.ones(1), np.zeros((1, 2)))
    assert Scored(np.zeros(0), np.zeros(0)).heard is None and heard.words == ["a"]
    assert "Reading(phrase_words=2" in repr(reading)
    with pytest.raises(TypeError):
        Reading()  # type: ignore[call-arg]


def test_quick_init_refuses_what_it_cannot_build() -> None:
    with pytest.raises(TypeError):
        @quick_init
        @dataclasses.dataclass(frozen=True)
        class Listed:
            items: list[int] = dataclasses.field(default_factory=list)

    with pytest.raises(TypeError):
        @quick_init
        @dataclasses.dataclass
        class Open:
            x: int

    @quick_init
    @dataclasses.dataclass(frozen=True)
    class Plain:
        x: int
        y: str = "y"

    assert vars(Plain(1)) == {"x": 1, "y": "y"} and Plain(1, y="z").y == "z"
