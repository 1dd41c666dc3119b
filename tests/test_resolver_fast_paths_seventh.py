"""The seventh round of the resolver's fast paths, each against the plain version it
replaces: a text with no character a pause needs is not searched for a pause (``paused``);
a text of ASCII letters and spaces is not scanned for other characters and digits when it
is tokenised; the starts of a taught phrase said before a clause of the speaker's own are
tried in a loop, not a generator per length (``joined_cuts``). Compared over random text
and over the latency benchmark's 100-phrase home.
(tests/test_resolver_fast_paths_sixth.py and the earlier files have the earlier rounds.)"""

from __future__ import annotations

import random
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from teachapp.understanding import _carriers
from teachapp.understanding import _clause_shape as cs
from teachapp.understanding import normalize as nz
from teachapp.understanding._clause_shape import joined_cuts
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import default_lexicon, free_mask, tokens

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from _resolver_data import noisy, synthetic_phrases  # noqa: E402

PUNCTUATED = st.text(alphabet="ab 3.,;:!?-\u2013\u2014\u2026'\t", max_size=16)


@settings(max_examples=400, deadline=None)
@given(PUNCTUATED)
def test_paused_is_the_plain_search(text: str) -> None:
    assert _carriers.paused(text) is (_carriers._BREAK.search(text) is not None)


@pytest.mark.parametrize(("text", "pause"), [
    ("kettle on please", False), ("kettle on, please", True), ("set it to 3.5", False),
    ("lights off.", True), ("well - lights off", True), ("lights\u2014off", True),
    ("movie night...", True), ("heat to 21", False)])
def test_paused_reads_a_pause_only_where_one_is_written(text: str, pause: bool) -> None:
    assert _carriers.paused(text) is pause


def _plain_tokens(text: str) -> list[str]:
    """tokens() as it was: every text scanned for other characters and for digits."""
    lex = default_lexicon()
    text = text.casefold()
    text = nz._NOT_WORD.sub(" ", text)
    if "." in text:
        text = nz._STRAY_DOT.sub(" ", text)
    toks = text.split()
    if nz._DIGIT.search(text) and any(t[:1].isdigit() and t[-2:] in nz._ORDINAL_ENDINGS
                                      for t in toks):
        toks = [w for t in toks for w in nz._ORDINALS.get(t, t).split()]
    if nz._DRAWN.search(text):
        toks = [nz._undrawn(t, lex) for t in toks]
    if not lex.contraction_starts.isdisjoint(toks):
        toks = nz._expand_contractions(toks, lex)
    return " ".join(nz.words_to_digits(toks, lex)).split()


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcdeoRTS ", max_size=30))
def test_letters_and_spaces_tokenise_as_the_plain_path(text: str) -> None:
    assert tokens(text, default_lexicon()) == _plain_tokens(text)


@pytest.mark.parametrize(("text", "words"), [
    ("Turn ON the Lights", ["turn", "on", "the", "lights"]),
    ("the 3rd lamp", ["the", "third", "lamp"]),
    ("heat to twenty one", ["heat", "to", "21"]),
    ("lights at 50%", ["lights", "at", "50", "percent"]),
    ("kettle\ton", ["kettle", "on"]),
    ("sooo cosy", ["so", "cosy"]),
    ("caf\u00e9 lights", ["cafe", "lights"])])
def test_text_of_other_characters_still_takes_the_full_path(text: str, words: list[str]) -> None:
    assert tokens(text, default_lexicon()) == words


def _plain_joined_cuts(toks, free, stems, exact, lexicon, taught, not_names):
    """joined_cuts as it was: the phrase's start found by a generator per length."""
    said = [k for k, f in enumerate(free) if not f]
    if len(said) < 4:
        return frozenset(), frozenset()
    first, last = said[0], said[-1] + 1
    for n in range(min(cs.LONGEST_PHRASE, last - first - 2), 0, -1):
        at = next((i for i in range(first + 1) if i + n > first
                   and tuple(stems[i:i + n]) in exact), None)
        if at is not None:
            rest = at + n
            joiner = rest < last and toks[rest] in ("and", "but")
            clause = cs.clause_words(toks[rest + joiner:], free[rest + joiner:], lexicon)
            if clause and (joiner or cs.subject_first(clause)) and (cs.own_shape(
                    clause, lexicon, taught, enclitic=toks[rest] == "but") or (
                    joiner and cs._joined_aside.joined_clause(clause, lexicon, taught))):
                return frozenset({rest - 1}), frozenset({rest} if joiner else ())
            if toks[rest] == "if" and cs.courteous_clause(toks[rest:], lexicon, taught,
                                                          not_names):
                return frozenset({rest - 1}), frozenset()
        if tuple(stems[last - n:last]) in exact:
            end = last - n
            joiner = toks[end - 1] == "and"
            clause = cs.clause_words(toks[:end - joiner], free[:end - joiner], lexicon)
            if clause and (joiner or cs.stated(clause, lexicon, taught)) and cs.own_shape(
                    clause, lexicon, taught):
                return frozenset({end - 1}), frozenset({end - 1} if joiner else ())
    return frozenset(), frozenset()


JOINED = ["please start the dishwasher and my knee is playing up",
          "could you start the dishwasher but my tea's cold",
          "hey house start the dishwasher the kids are filthy",
          "i've mislaid my brolly start the dishwasher",
          "start the dishwasher if that's agreeable", "dishwasher and the cat's asleep"]


def test_a_phrase_begun_by_free_words_is_cut_from_a_clause_of_its_own() -> None:
    lex = default_lexicon()
    toks = tokens(JOINED[0], lex)
    free = free_mask(toks, lex)
    stems = [stem(t) for t in toks]
    exact = {tuple(stem(t) for t in tokens("start the dishwasher", lex)): (0, [0])}
    breaks, joiners = joined_cuts(toks, free, stems, exact, lex, lambda w: False, frozenset())
    assert breaks == frozenset({toks.index("dishwasher")})
    assert joiners == frozenset({toks.index("and")})


def test_joined_cuts_are_the_plain_ones_over_the_benchmark_home() -> None:
    lex = default_lexicon()
    pairs = [*synthetic_phrases(100), ("start the dishwasher", "D")]
    exact = {tuple(stem(t) for t in tokens(p, lex)): None for p, _ in pairs}
    rng = random.Random(100)
    texts = [*JOINED, *(noisy(rng.choice(pairs)[0], rng) + " and my knee is playing up"
                        for _ in range(150)),
             *(noisy(rng.choice(pairs)[0], rng) for _ in range(150))]
    for text in texts:
        toks = tokens(text, lex)
        free = free_mask(toks, lex)
        stems = [stem(t) for t in toks]
        args = (toks, free, stems, exact, lex, lambda w: stem(w) in exact, frozenset())
        assert joined_cuts(*args) == _plain_joined_cuts(*args), text
