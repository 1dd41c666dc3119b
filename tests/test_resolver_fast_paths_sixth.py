"""The sixth round of the resolver's fast paths, each against the plain version it replaces:
the routines after the first read only when their readings can change the answer; the
clause breaks not searched for in text without a break character; a word of other
letters than a hesitation's not matched against the hesitation pattern, and free phrases
tried only at the lengths of those a word starts; the phrase said among a call looked for
only at the lengths of the phrases a said word starts; ordinals looked for only in text
with a digit. Compared over random homes and utterances and over the latency benchmark's
1,000-phrase home, where the first shortcut is taken often.
(tests/test_resolver_fast_paths_fifth.py and the earlier files have the earlier rounds.)"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_resolver_fast_paths_more import HEARD, WORDS

from teachapp.understanding import _carriers
from teachapp.understanding import normalize as nz
from teachapp.understanding import resolver as rv
from teachapp.understanding._attributive_address import address_modifiers
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolution import PhraseEntry, Resolution
from teachapp.understanding.resolver import Resolver

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from _resolver_data import DATASETS, noisy, synthetic_phrases  # noqa: E402

phrase = st.lists(st.sampled_from(WORDS), min_size=1, max_size=5).map(" ".join)
home = st.lists(st.tuples(phrase, st.sampled_from("ABCDEF")), min_size=1, max_size=14)
utterance = st.lists(st.sampled_from(HEARD), min_size=1, max_size=9).map(" ".join)


def every_routine_read(resolver: Resolver, text: str, toks: list[str],
                       free: list[bool]) -> Resolution:
    """Resolver._scored as it was: the best ``_READ`` routines always read."""
    scored = resolver._index.score(text, toks, free)
    ranked = resolver._routines_of(scored, rv._ALTERNATIVES + 1)
    if not ranked or ranked[0].score <= 0.0:
        return Resolution(utterance=text, decision="reject", routine=None, score=0.0)
    assert scored.heard is not None
    said = rv.said_facts(resolver._index, scored.heard, resolver._cues)
    # (the free words as ``_scored`` gives them on both of its paths: a rule of the
    # settled reading may read them, ``_home_word`` does)
    found = resolver._settled(text, toks, ranked,
                              [resolver._read(r, scored, said) for r in ranked[:rv._READ]],
                              free=free)
    assert found is not None
    return found


def _same_as_every_routine_read(resolver: Resolver, texts: list[str]) -> int:
    """Checks each text; returns how many were settled with the first routine read alone."""
    lone = 0
    reads: list[int] = []
    plain_read = resolver._read

    def counted_read(*args):  # (the resolver's own _read, counted)
        reads.append(1)
        return plain_read(*args)

    for text in texts:
        toks = tokens(text, resolver._lexicon)
        if not toks:
            continue
        free = resolver._free(toks, text)
        reads.clear()
        resolver._read = counted_read  # type: ignore[method-assign]
        try:
            got = resolver._scored(text, toks, free)
        finally:
            del resolver._read
        expected = every_routine_read(resolver, text, toks, free)
        assert got == expected, text
        assert got.phrase == expected.phrase and got.reason == expected.reason
        lone += len(reads) == 1 and expected.alternatives == got.alternatives
    return lone


@settings(max_examples=200, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4))
def test_routines_after_the_first_are_read_when_they_can_matter(
        pairs: list[tuple[str, str]], said: list[str]) -> None:
    resolver = Resolver([PhraseEntry(p, r) for p, r in pairs])
    _same_as_every_routine_read(resolver, said)


@pytest.mark.skipif(not DATASETS.is_dir(), reason="the latency benchmark's home is drawn from "
                    "the words of ../shared/datasets, which this checkout does not have "
                    "(set TEACHAPP_DATASETS)")
def test_the_first_routine_alone_settles_many_utterances_of_a_large_home() -> None:
    """The latency benchmark's 1,000-phrase home: the same answers, and the shortcut taken
    (so the comparison above is not of the full path with itself)."""
    pairs = synthetic_phrases(1000)
    resolver = Resolver([PhraseEntry(t, r) for t, r in pairs])
    rng = random.Random(1000)
    texts = [noisy(rng.choice(pairs)[0], rng) for _ in range(300)]
    texts += ["what is the weather like tomorrow", "play the party playlist"]
    assert _same_as_every_routine_read(resolver, texts) >= 30


def test_a_close_second_routine_is_still_read() -> None:
    """ "all lights" of "all lights on" and "all lights off": the second routine is near,
    so it is read, and the answer asks."""
    resolver = Resolver([PhraseEntry("all lights on", "On"), PhraseEntry("all lights off", "Off")])
    assert resolver.resolve("all lites").decision != "run"
    assert _same_as_every_routine_read(resolver, ["all lites", "all lights of"]) == 0


BREAKING = ",;:!?.-\u2013\u2014\u2026 "
text_with_breaks = st.text(alphabet=st.sampled_from(list("ab1 ") + list(BREAKING)), max_size=14)


@settings(max_examples=400, deadline=None)
@given(text_with_breaks)
def test_clause_breaks_without_a_break_character_are_none(text: str) -> None:
    lex = default_lexicon()
    toks = tokens(text, lex)
    got = _carriers.clause_breaks(text, toks, lambda piece: tokens(piece, lex))
    if not _carriers._BREAK.search(text):
        assert got == frozenset()
    else:
        assert not _carriers._NO_BREAK.fullmatch(text)


def plain_free_mask(toks: list[str], lex: nz.Lexicon) -> list[bool]:
    """normalize.free_mask as it was: every word not starting a free phrase matched against
    the hesitation pattern."""
    mask = [False] * len(toks)
    i = 0
    while i < len(toks):
        if toks[i] not in lex.free_starts:
            if nz._HESITANT.fullmatch(toks[i]) and nz._drawn_out(toks[i], lex):
                mask[i] = True
            i += 1
            continue
        for size in range(min(lex.longest_free, len(toks) - i), 0, -1):
            if tuple(toks[i:i + size]) in lex.free_phrases:
                for j in range(i, i + size):
                    mask[j] = True
                break
        i += 1
    if any(mask) and not nz._ADDRESS_DETERMINERS.isdisjoint(toks):
        # (a word of address or thanks bound again as a noun's modifier after the loop, as
        # free_mask binds it: "the honey bees", "a thank you card"; the loop is what this
        # checks)
        address_modifiers(toks, mask, lex.addressees, lex.endearments, lex.courtesy)
    return mask


FREE_WORDS = sorted({w for p in default_lexicon().free_phrases for w in p})


@settings(max_examples=600, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=st.sampled_from(list("aehmrubl")), min_size=1,
                                  max_size=6), st.sampled_from(HEARD),
                          st.sampled_from(FREE_WORDS)), min_size=1, max_size=8))
def test_free_words_are_found_as_by_trying_every_length(words: list[str]) -> None:
    """Hesitations matched only in words of their letters, and free phrases tried only at
    the lengths of those the word starts: the mask of the plain version."""
    lex = default_lexicon()
    assert nz.free_mask(words, lex) == plain_free_mask(words, lex)


def test_a_long_carrier_and_a_filler_are_still_free() -> None:
    lex = default_lexicon()
    longest = max(lex.free_phrases, key=len)
    toks = [*longest, "lights", "ummm"]
    assert nz.free_mask(toks, lex) == plain_free_mask(toks, lex)
    assert nz.free_mask(toks, lex)[-2:] == [False, True]


@given(st.lists(st.sampled_from(["1st", "2nd", "3rd", "4th", "21st", "the", "may", "12",
                                 "bath", "time", "5pm"]), min_size=1, max_size=6))
def test_ordinals_are_read_as_before_with_or_without_digits(words: list[str]) -> None:
    """The ordinals looked for word by word only in text with a digit: the same words."""
    text = " ".join(words)
    toks = [nz._ORDINALS.get(t, t) for t in words]
    expected = nz.words_to_digits(
        nz._expand_contractions([w for t in toks for w in t.split()], default_lexicon()),
        default_lexicon())
    assert tokens(text) == " ".join(expected).split()


def test_a_drawn_out_hesitation_is_still_free() -> None:
    lex = default_lexicon()
    assert nz.free_mask(["ummmm", "lights", "errrr"], lex) == [True, False, True]


def plain_longest_said(around, stems: list[str], said: list[int]) -> tuple[int, int] | None:
    """Around's span search as it was: every span sorted longest first, the first taught."""
    from teachapp.understanding._around import SCAN

    lead = range(said[min(SCAN, len(said)) - 1] + 1)
    tail = range(said[-min(SCAN, len(said))] + 1, len(stems) + 1)
    spans = sorted(((i, j) for i in lead for j in tail
                    if 0 < j - i <= around._longest and (i > said[0] or j <= said[-1])),
                   key=lambda s: s[0] - s[1])
    return next(((i, j) for i, j in spans if tuple(stems[i:j]) in around._exact), None)


@settings(max_examples=200, deadline=None)
@given(home, st.lists(utterance, min_size=1, max_size=4))
def test_the_longest_phrase_said_is_found_as_by_sorting_every_span(
        pairs: list[tuple[str, str]], said: list[str]) -> None:
    resolver = Resolver([PhraseEntry(p, r) for p, r in pairs])
    around = resolver._around
    for text in said + [p for p, _ in pairs[:3]] + [f"hey {p} jeeves" for p, _ in pairs[:3]]:
        toks = tokens(text, resolver._lexicon)
        free, _breaks = resolver._free_breaks(toks, text)
        words = [i for i, f in enumerate(free) if not f]
        if len(words) < 2:
            continue
        stems = [rv.stem(t) for t in toks]
        assert around._longest_said(stems, words) == plain_longest_said(around, stems, words)
        assert around.match(toks, free, _breaks, stems) == around.match(toks, free, _breaks)


def test_a_call_after_a_phrase_is_still_found() -> None:
    resolver = Resolver([PhraseEntry("tea time", "Tea"), PhraseEntry("bath time", "Bath")])
    toks = ["tea", "time", "jeeves"]
    assert resolver._around._longest_said(toks, [0, 1, 2]) == (0, 2)
    assert resolver.resolve("tea time jeeves").routine == "Tea"


def plain_words(text: str) -> list[str]:
    """normalize._words as it was after the symbols and stray dots: every word stripped of
    quote marks, empty ones dropped, and every word looked at for a contraction."""
    lex = default_lexicon()
    text = str(text).casefold()
    for symbol, word in lex.symbols.items():
        if symbol in text:
            text = text.replace(symbol, f" {word} ")
    text = nz._NOT_WORD.sub(" ", text)
    if "." in text:
        text = nz._STRAY_DOT.sub(" ", text)
    toks = [t.strip("'") for t in text.split()]
    if any(t[:1].isdigit() and t[-2:] in nz._ORDINAL_ENDINGS for t in toks):
        toks = [w for t in toks for w in nz._ORDINALS.get(t, t).split()]
    toks = [nz._undrawn(t, lex) for t in toks]
    toks = nz._expand_contractions([t for t in toks if t], lex)
    return nz.words_to_digits(toks, lex)


SAYINGS = ["don't", "it's", "i'm", "im", "cant", "gonna", "lets", "o'clock", "'", "''", "2nd",
           "21st", "the", "lights", "on", "twenty", "one", "rock'n'roll", "'tis", "bath",
           "5", "x'", "iiim", "sooo", "pleeease", "aaand"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SAYINGS), min_size=1, max_size=7))
def test_words_without_a_quote_mark_are_read_as_before(words: list[str]) -> None:
    """Words split without stripping quote marks, and contractions expanded only when a word
    has a quote mark or starts one: the words of the plain version."""
    text = " ".join(words)
    assert nz._words(text, default_lexicon()) == plain_words(text)
