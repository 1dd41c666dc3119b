"""A taught phrase misheard (a word said twice, an article dropped, a letter misspelt, a word
split or joined) beside words that ask for nothing runs as the misheard phrase runs alone
(issue 14): the words are found by their letters, the phrase said as taught is put in their
place, and the utterance so repaired is read by every reader of asides. Its out-of-scope
twins do not run: a near sibling or a fragment beside the same asides, a phrase that alone
would only be asked about, and a span that would take a word of the aside with it."""

from __future__ import annotations

from functools import partial

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding._heard_beside import heard_closely, heard_spans, respoken
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("garden lights on", "Garden"), ("start the dishwasher", "Dishes"),
    ("movie night", "Movie"), ("feed the rabbit", "Rabbit"), ("call grandma", "Grandma"),
    ("bedtime story", "Story"), ("lock the back door", "Back door"),
    ("play the rain sounds", "Rain"), ("kettle on", "Kettle"),
    ("hoover the landing", "Hoover"), ("ring maureen", "Maureen"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    # a word said twice
    ("blimey, what a mess! garden garden lights on", "Garden"),
    ("kettle on on, what a day it's been", "Kettle"),
    ("movie movie night because it's freezing", "Movie"),
    ("oh, the kids are filthy. call call grandma", "Grandma"),
    ("bedtime story story, i'm absolutely shattered", "Story"),
    # an article dropped, or said twice
    ("start dishwasher, what a day it's been", "Dishes"),
    ("lock back door, what a day it's been", "Back door"),
    ("feed the the rabbit, what a day it's been", "Rabbit"),
    # an article heard between two of its words (main turned them down: a "question")
    ("lock the a back door, what a day it's been", "Back door"),
    ("bedtime a story, what a day it's been", "Story"),
    ("feed the a rabbit, i'm absolutely shattered", "Rabbit"),
    ("garden a lights on, what a day it's been", "Garden"),
    # a letter misspelt
    ("lock the back dor, what a day it's been", "Back door"),
    # a word joined
    ("lock the backdoor, what a day it's been", "Back door"),
    # a carrier or a lead-in inside it: "play", "start ...,"
    ("play rain sounds, what a day it's been", "Rain"),
    # a taught name, its word said twice
    ("ring ring maureen, what a day it's been", "Maureen"),
])
def test_a_misheard_phrase_beside_an_aside_runs(resolver: Resolver, text: str,
                                                routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a near sibling, said right or misheard, beside the same asides
    "blimey, what a mess! start the washing machine",
    "feed the hamster, where's my phone?",
    "crikey, it's pouring out there! lock the frnt door",
    "feed feed the hamster, i'm absolutely shattered",
    "kettle off, what a day it's been",
    # a word of like meaning in its place is no recogniser's error
    "garden lamps lamps on, what a day it's been",
    # a fragment beside an aside
    "oh, the kids are filthy. the dishwasher",
    "movie movie, where's my phone?",
    "blimey, what a mess! rabit",
    # an opinion of the phrase: "is" belongs to the clause, not the phrase
    "movie night is rather lovely",
    # an article before a word the phrase does not end on: more said than the phrase
    "movie the night before, what a day it's been",
    "feed the a rabbit a carrot, what a day it's been",
    # another name in the taught one's place, a time or a condition said beside it
    "ring ring doreen, what a day it's been",
    "kettle kettle on tomorrow, what a day it's been",
    "garden lights on on once the kids are in bed",
    "movie movie night, she said, what a day it's been",
])
def test_a_lookalike_beside_an_aside_does_not_run(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


def test_it_runs_beside_an_aside_only_what_runs_alone(resolver: Resolver) -> None:
    # "kettle kettle kettle on" is not "kettle on" alone either: it is asked about, so
    # beside an aside it does not run
    alone = resolver.resolve("kettle kettle kettle on")
    beside = resolver.resolve("blimey, what a mess! kettle kettle kettle on")
    assert alone.decision != "run" and beside.decision != "run"


def test_a_cue_beside_it_still_rejects(resolver: Resolver) -> None:
    assert _runs(resolver, "don't start start the dishwasher, what a day it's been") is None
    assert _runs(resolver, "yesterday i said garden garden lights on, what a mess") is None


def test_the_spans_found_are_the_phrase_heard_with_errors() -> None:
    lex = default_lexicon()
    toks = tokens("blimey, what a mess! solar solar filter on", lex)
    free = [False] * len(toks)
    spans = heard_spans(toks, free, frozenset({0, 3}), ["solar", "filter", "on"],
                        lex.function_words)
    first = spans[0]
    assert toks[first.start:first.stop] == ["solar", "solar", "filter", "on"]
    # no span takes a pause inside, or a word the phrase does not say at its edge
    toks = tokens("movie night is rather lovely", lex)
    spans = heard_spans(toks, [False] * len(toks), frozenset(), ["movie", "night"],
                        lex.function_words)
    assert all(toks[s.stop - 1] != "is" for s in spans)


def test_respoken_keeps_what_is_said_beside_it_as_written() -> None:
    lex = default_lexicon()
    text = "Blimey, what a mess! gardn lights on?"
    toks = tokens(text, lex)
    span = range(toks.index("gardn"), len(toks))
    assert respoken(text, toks, span, ["garden", "lights", "on"],
                    partial(tokens, lexicon=lex)).split() == [
        "Blimey,", "what", "a", "mess!", "garden", "lights", "on", "?"]


def test_a_phrase_is_heard_closely_only_with_its_own_words_and_names() -> None:
    lex = default_lexicon()
    names = lex.given_names
    function = lex.function_words
    assert heard_closely(["lock", "the", "back", "door"], ["lock", "back", "dor"], function,
                         names)
    assert heard_closely(["star", "party"], ["starparty"], function, names)
    # another word as far off as a near sibling's, another given name
    assert not heard_closely(["take", "juniper", "out"], ["take", "jupiter", "out"],
                             function, names)
    assert not heard_closely(["ring", "maureen"], ["ring", "doreen"], function, names)


def test_no_span_ends_in_a_short_word_like_the_phrase_s_last() -> None:
    lex = default_lexicon()
    toks = tokens("garden lights on once the match is over", lex)
    spans = heard_spans(toks, [False] * len(toks), frozenset(), ["garden", "lights", "on"],
                        lex.function_words)
    assert all(toks[s.stop - 1] != "once" for s in spans)


def test_a_word_heard_with_only_its_vowels_otherwise_is_heard_closely() -> None:
    lex = default_lexicon()
    names = lex.given_names
    function = lex.function_words
    assert heard_closely(["movie", "night"], ["muvee", "night"], function, names)
    assert heard_closely(["storm", "mode"], ["storm", "mood"], function, names)
    assert heard_closely(["feed", "the", "rabbit"], ["food", "the", "rabbit"], function, names)
    # "h" and "w" after the first letter mostly spell a vowel or nothing
    assert heard_closely(["bath", "time"], ["bath", "thyme"], function, names)
    assert heard_closely(["storm", "mode"], ["storm", "mowed"], function, names)
    # a consonant heard otherwise is not; nor one consonant alone, nor another first letter
    assert not heard_closely(["storm", "mode"], ["storm", "mate"], function, names)
    assert not heard_closely(["tea", "time"], ["toe", "time"], function, names)
    assert not heard_closely(["kettle", "on"], ["kettle", "in"], function, names)


def test_a_span_does_not_run_on_across_a_pause() -> None:
    # "mood" joined to the "i" after the comma is likelier "mode" than "mood" is; a word
    # split by a recogniser is never written with a pause inside it
    lex = default_lexicon()
    toks = tokens("storm mood, i'm on till lent", lex)
    spans = heard_spans(toks, [False] * len(toks), frozenset({1}), ["storm", "mode"],
                        lex.function_words)
    assert [toks[s.start:s.stop] for s in spans] == [["storm", "mood"]]


@pytest.mark.parametrize(("text", "routine"), [
    ("muvee muvee night, i'm on till lent", "Movie"),
    ("blimey, what a mess! kettle kettle on, i'm on till lent", "Kettle"),
    ("food the rabbit, what a day it's been", "Rabbit"),
])
def test_a_vowel_misheard_beside_an_aside_runs(resolver: Resolver, text: str,
                                               routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "kettle off, i'm on till lent",
    "movie nut, what a day it's been",
    "mouse night, what a day it's been",
])
def test_a_consonant_misheard_beside_an_aside_does_not_run(resolver: Resolver,
                                                           text: str) -> None:
    assert _runs(resolver, text) is None


def test_a_phrase_word_split_in_two_at_the_span_s_edge_is_found() -> None:
    # "ee" alone is too short to be compared with "coffee"; "coff ee" together is it
    lex = default_lexicon()
    toks = tokens("make coff ee, on your left, the old cathedral", lex)
    spans = heard_spans(toks, [False] * len(toks), frozenset({2, 5}), ["make", "coffee"],
                        lex.function_words)
    assert [toks[s.start:s.stop] for s in spans] == [["make", "coff", "ee"]]
    # a word said whole after another is no split word: "and meditation" is not one
    toks = tokens("transaction complete, oh and meditation time", lex)
    free = [False, False, True, True, False, False]
    spans = heard_spans(toks, free, frozenset({1}), ["meditation", "time"], lex.function_words)
    assert all(toks[s.start] != "and" for s in spans)


@pytest.mark.parametrize(("text", "routine"), [
    ("call grand ma, they've equalised, get in", "Grandma"),
    ("kett le on, the salmon leap upstream", "Kettle"),
    # a conjunction said last before a pause links the request to what follows it
    ("bedtime storey and, stalemate, phooey", "Story"),
    ("lock the back dor so, stalemate, phooey", "Back door"),
])
def test_a_split_word_or_a_linking_word_beside_an_aside_runs(resolver: Resolver, text: str,
                                                             routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a word other than a conjunction said right after it, before a pause, may be the
    # request's own
    "movie movie night tonight, stalemate, phooey",
    "kettle kettle off and, stalemate, phooey",
])
def test_a_lone_word_beside_it_still_asks_or_rejects(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.fixture(scope="module")
def clipped_home() -> Resolver:
    """A home whose words, cut short or with a vowel heard otherwise, are given names."""
    return Resolver([PhraseEntry(p, r) for p, r in (
        ("tea time", "Tea"), ("knock in the cask bung", "Bung"), ("calm down", "Calm"),
        ("how many casks are hooped", "Casks"), ("ring timothy", "Timothy"))])


@pytest.mark.parametrize(("text", "routine"), [
    # a word cut short, or its vowel heard otherwise, that a list of names holds (main
    # turned them down: a given name said for a word of the phrase is someone else)
    ("tea tea tim, what a day it's been", "Tea"),
    ("knock in the cas bung, what a day it's been", "Bung"),
    ("how many casks ari hooped, what a day it's been", "Casks"),
    # another name is still someone else; a name cut short stays the name's
    ("tea tea tina, what a day it's been", None),
    ("ring tim, what a day it's been", None),
])
def test_a_word_heard_as_a_name_is_the_word(clipped_home: Resolver, text: str,
                                            routine: str | None) -> None:
    assert _runs(clipped_home, text) == routine


@pytest.fixture(scope="module")
def joined_home() -> Resolver:
    """A home whose phrases end on a word too short to be compared alone ("on", "up")."""
    return Resolver([PhraseEntry(p, r) for p, r in (
        ("porch light on", "Porch"), ("lock up", "Lock"), ("tumbler on", "Tumbler"),
        ("ropewalk light on", "Ropewalk"), ("dinner time", "Dinner"))])


@pytest.mark.parametrize(("text", "routine"), [
    # the last two words run together, the one before the last misheard or split (main
    # asked about them, or turned them down)
    ("borch lighton, what a day it's been", "Porch"),
    ("hajime hajime porch lighton", "Porch"),
    ("hajime hajime lockup", "Lock"),
    ("osaekomi tumbleron", "Tumbler"),
    ("jeepers rope walk lighton", "Ropewalk"),
    # the other state, a noun of its own, or a cue: not the phrase
    ("osaekomi borch lightoff", None),
    ("my lockup is flooded, what a day it's been", None),
    ("don't turn the porch lighton", None),
    ("we had the porch lighton yesterday", None),
])
def test_the_last_two_words_run_together(joined_home: Resolver, text: str,
                                         routine: str | None) -> None:
    assert _runs(joined_home, text) == routine
