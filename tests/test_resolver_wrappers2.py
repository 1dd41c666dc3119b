"""A call, politeness and a repair around a taught phrase said exactly (issue 14, the
seventh set's wrapped speech): a word the home never taught at the edge ("kettle on
mabel", "er, wednesday, kettle on"), "do us a favour, ...", "..., there's a dear", and the
phrase said again after "I said" run the routine; a verb before the phrase ("scrub movie
night"), a noun after it ("the disco festival"), a word a longer taught phrase has there
("or lights off" for "all lights off"), a weekday that may say when, a fragment with a
name, and someone else's words do not."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding._carriers import around_phrase, restarts
from teachapp.understanding.normalize import default_lexicon, free_mask, tokens
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("kettle on", "Kettle"), ("movie night", "Movie night"),
    ("movie night for max", "Max's film"), ("coffee time", "Coffee"),
    ("lights off", "Lights off"), ("all lights off", "All off"), ("early start", "Early"),
    ("house party", "Party"), ("hey jude time", "Jude"), ("nora's bath", "Nora bath"),
    ("disco", "Disco"), ("check the post", "Post"), ("fan speed 2", "Fan"),
    ("the vet is coming at ten", "Vet"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    # a name last, with or without a comma or a stop
    ("kettle on mabel", "Kettle"), ("coffee time bertram.", "Coffee"),
    ("check the post, otto", "Post"), ("movie night, zebedee", "Movie night"),
    # ... a name ending in -ed set apart is no past tense
    ("kettle on, winifred", "Kettle"), ("check the post alfreda", "Post"),
    # a name first, set apart
    # (one like a taught word too: "hal" is like "all", but no phrase has "all" before
    # "kettle on")
    ("uh, hal, kettle on", "Kettle"), ("go on then hal, coffee time", "Coffee"),
    # a weekday set apart is a name (the assistant called Wednesday)
    ("er, wednesday, kettle on", "Kettle"), ("coffee time please, wednesday", "Coffee"),
    # the phrase ends in a carrier word, and is not a lead-in before the comma
    ("early start, mabel", "Early"),
])
def test_a_word_the_home_never_taught_beside_a_phrase_said_exactly_is_a_call(
        resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("do us a favour, kettle on", "Kettle"), ("do me a favour, coffee time", "Coffee"),
    ("kettle on, there's a good lad", "Kettle"), ("movie night, there's a love", "Movie night"),
    ("check the post, there's a pet", "Post"),
])
def test_politeness_around_a_phrase(resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("kettle on, i said kettle on", "Kettle"), ("movie night or rather movie night", "Movie night"),
    ("coffee time, like i said, coffee time", "Coffee"), ("kettle on i repeat kettle on", "Kettle"),
    ("fan speed 2. fan speed 2 please", "Fan"),
    ("the vet's coming at ten... the vet's coming at ten", "Vet"),
])
def test_a_phrase_said_again_after_a_repair_runs(resolver: Resolver, text: str,
                                                 routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a verb before the phrase (no pause: likelier a verb than a name)
    "scrub movie night", "ditch coffee time", "bin check the post",
    # a noun after it, the phrase saying which one; a thing a request names
    "the disco festival", "play movie night playlist", "coffee time tickets",
    # two words of content, or a word and a function word after it
    "movie night is over", "text jane movie night", "movie night later tonight",
    # a verb's -ing or -ed form after it, no pause
    "house movie night going", "movie night finished", "coffee time started",
    # a weekday may say when
    "kettle on wednesday", "movie night friday",
    # a fragment with a name
    "movie, mabel", "coffee mabel",
    # someone else's words, and a cue among the words around
    "she said movie night", "kettle on, she said kettle on", "movie night, cancel it mabel",
    "no kettle on, mabel",
])
def test_more_than_a_call_around_a_phrase_does_not_run(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


def test_a_word_a_longer_phrase_has_there_is_no_call(resolver: Resolver) -> None:
    # "or" is "all" misheard ("all lights off"), "max" is taught ("movie night for max")
    assert _runs(resolver, "or lights off") != "Lights off"
    assert _runs(resolver, "movie night max") not in ("Movie night",)
    assert _runs(resolver, "movie night mux") not in ("Movie night",)


@pytest.mark.parametrize(("text", "routine"), [
    ("house party", "Party"), ("hey jude time", "Jude"), ("nora's bath", "Nora bath"),
    ("house party, mabel", "Party"), ("disco", "Disco"), ("movie night for max", "Max's film"),
])
def test_taught_phrases_holding_such_words_still_run(resolver: Resolver, text: str,
                                                     routine: str) -> None:
    assert _runs(resolver, text) == routine


def test_around_phrase_marks_only_a_call_and_politeness_free() -> None:
    lex = default_lexicon()
    toks = tokens("kettle on mabel", lex)
    free = free_mask(toks, lex)
    marked = around_phrase(toks, free, frozenset(), (0, 2), lex, lambda k, side, c: True)
    assert marked == [False, False, True]
    toks = tokens("kettle on and toast", lex)
    assert around_phrase(toks, free_mask(toks, lex), frozenset(), (0, 2), lex,
                         lambda k, side, c: True) is None


def test_restarts_frees_the_first_copy_and_the_repair() -> None:
    lex = default_lexicon()
    toks = tokens("kettle on i said kettle on", lex)
    assert restarts(toks, free_mask(toks, lex), frozenset(), lex.function_words) == [
        True, True, True, True, False, False]
    toks = tokens("kettle on she said kettle on", lex)
    assert not any(restarts(toks, free_mask(toks, lex), frozenset(), lex.function_words))


@pytest.mark.parametrize(("text", "routine"), [
    ("cofee time, mabel", "Coffee"), ("movie nite, otto", "Movie night"),
    ("er, wednesday, kettel on", "Kettle"), ("chek the post, hal", "Post"),
])
def test_a_name_set_apart_around_a_phrase_misheard_runs(resolver: Resolver, text: str,
                                                        routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "cofee time, kitchen", "movie nite, tonight", "movie nite, reviews",
    "cofee time, right", "movie nite, cancel", "movie, otto",
])
def test_a_word_set_apart_that_is_no_name_still_asks(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None
