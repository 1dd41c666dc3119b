"""Formulaic clauses said beside a taught phrase (issue 14, :mod:`_formula_aside`): a
rhetorical question ("who would have thought? ..."), a proverb or generic statement ("...,
many hands make light work"), a leave-taking with its vocative ("..., take care, bertie,
see you friday"), a compliment ("... and gorgeous cardigan, bertie") and counting in ("one
two three four, ...") ask the assistant for nothing, so the phrase runs as it would
alone. Their twins still stop it: a question to the assistant about the request, a
pro-form pointing back, a taught word, time or number in the clause, a cancellation, a
count said after the phrase, someone else's words."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._formula_aside import formula_frees
from teachapp.understanding.normalize import default_lexicon, tokens

resolver = taught_resolver(("porch light on", "Porch"), ("feed the goats", "Goats"),
                           ("ring marjorie", "Marjorie"), ("lamp to five", "Lamp"))


@pytest.mark.parametrize("text", [
    "who would have thought? porch light on",
    "who'd have known? feed the goats",
    "how tricky can it be? feed the goats",
    "why do i bother? feed the goats",
    "what have i done to earn this? ring marjorie",
    "why does nobody ever listen? feed the goats",
    "whatever next? porch light on",
    "why me, of all days? feed the goats",
])
def test_a_rhetorical_question_said_first_leaves_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "porch light on, every little helps",
    "feed the goats, knowledge is power",
    "feed the goats, it takes all kinds",
    "porch light on, that's the way it goes",
    "feed the goats, there's no accounting for taste",
    "ring marjorie, you can't win every battle",
    "feed the goats, fear not",
    "feed the goats and, well, all roads lead to rome",
])
def test_a_proverb_said_after_leaves_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "feed the goats, safe travels, bertie",
    "feed the goats and take care, bertie, see you friday",
    "porch light on, sleep tight, bertie, right as rain",
    "ring marjorie, cheerio, wilfred, do come again",
])
def test_a_leave_taking_and_its_vocative_leave_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "feed the goats and gorgeous cardigan, bertie",
    "feed the goats, that jumper suits you, bertie",
    "ring marjorie, what a splendid hat",
])
def test_a_compliment_leaves_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "one two three four, feed the goats",
    "and a one, and a two, porch light on",
    "a one two, a one two three, ring marjorie",
    "one two three, lamp to five",
])
def test_counting_in_leaves_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    # a question to the assistant about the request or its run
    "who told you to do that? porch light on",
    "did it work? porch light on",
    "what did you just do? porch light on",
    # a pro-form pointing back, a taught word, a time or a number in the clause
    "did i leave them on? porch light on",
    "why is the porch always dark? feed the goats",
    "feed the goats, see you at eight",
    # a cancellation, someone else's words, a count said after the phrase
    "porch light on, never mind",
    "porch light on, no, don't",
    "porch light on, she says every penny counts",
    "feed the goats, five six seven eight",
    # a number for the request is no count
    "lamp to six",
    "one two three, lamp to six",
])
def test_what_bears_on_the_request_still_stops_it(resolver, text):
    assert runs(resolver, text) is None


def test_formulae_are_freed_and_the_request_is_not():
    lexicon = default_lexicon()
    text = "how hard can it be? porch light on, so long, bertie"
    toks = tokens(text, lexicon)
    breaks = frozenset({4, 7, 9})
    taught = {"porch", "light", "on"}.__contains__
    free = formula_frees(toks, [False] * len(toks), breaks, lexicon, taught, frozenset())
    assert [t for t, f in zip(toks, free, strict=True) if not f] == ["porch", "light", "on"]


def test_nothing_but_formulae_frees_nothing():
    lexicon = default_lexicon()
    toks = tokens("whatever next, so long, bertie", lexicon)
    free = [False] * len(toks)
    assert formula_frees(toks, free, frozenset({1, 3}), lexicon, lambda w: False,
                         frozenset()) is free
