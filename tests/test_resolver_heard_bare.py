"""A taught phrase misheard (a word said twice, a letter misspelt) in text with no pause
marked, as an open-vocabulary recogniser writes it, runs where the same phrase said exactly
runs: beside a call said twice ("yoohoo yoohoo"), one word said alone ("jeepers",
"osaekomi", a name), or a general extender. Its out-of-scope twins do not run: a cue the
readers stop the exact phrase with stops it misheard, and words beside it that make the
exact phrase a question still make the misheard one a question (:mod:`_heard_bare`)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolution import Decision, PhraseEntry
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("make coffee", "Coffee"), ("dinner time", "Dinner"), ("open the blinds", "Blinds"),
    ("birthday party", "Party"), ("welcome home", "Home"), ("ring stacey", "Stacey"),
    ("garage door", "Garage"), ("white noise", "Sleep"), ("call the plumber", "Plumber"),
    ("feed the chickens", "Chickens"), ("lights off", "Lights off"),
    ("movie night", "Movie"), ("start the vacuum", "Cleaning"))


@pytest.mark.parametrize(("exact", "misheard", "routine"), [
    # a word of the phrase said twice beside a call said twice (main asked about each)
    ("yoohoo yoohoo feed the chickens", "yoohoo yoohoo feed feed the chickens", "Chickens"),
    ("hajime hajime ring stacey", "hajime hajime ring ring stacey", "Stacey"),
    ("hajime hajime welcome home", "hajime hajime welcome welcome home", "Home"),
    ("brr brr lights off", "brr brr lights lights off", "Lights off"),
    # a letter misspelt after one word said alone: an interjection, a judo call, a
    # farewell, a name, a held sound; before a general extender (main asked: "extra words")
    ("osaekomi call the plumber", "osaekomi call the plumer", "Plumber"),
    ("jeepers birthday party", "jeepers birthday pardy", "Party"),
    ("cheerio welcome home", "cheerio wellcome home", "Home"),
    ("yikes white noise", "yikes white noice", "Sleep"),
    ("marvin open the blinds", "marvin open the blins", "Blinds"),
    ("haaah open the blinds", "haaah open the blins", "Blinds"),
    ("open the blinds and whatnot", "open the blins and whatnot", "Blinds"),
    # with a word alone after it that has more said after it (main turned them down)
    ("jeepers welcome home so boules in the lavender",
     "jeepers wellcome home so boules in the lavender", "Home"),
    ("brr brr white noise doublets again", "brr brr white noice doublets again", "Sleep"),
    ("dilly dilly dinner time so lavenders for me", "dilly dilly dinnertime so lavenders for me",
     "Dinner"),
])
def test_a_misheard_phrase_in_bare_speech_runs_as_said_exactly(
        resolver, exact: str, misheard: str, routine: str) -> None:
    assert runs(resolver, exact) == routine
    assert runs(resolver, misheard) == routine


@pytest.mark.parametrize("text", [
    # a cue that stops the exact phrase stops it misheard
    "hajime hajime dont make make coffee",
    "hajime hajime was it dinner dinner time",
    "we had birthday birthday party yesterday",
    "never mind dinner dinner time",
    "jeepers cancel movie nite",
    "jeepers no movie nite",
    "she said make make coffee",
    # what frames the text takes the run back, as it does the phrase said exactly
    "my spanish exchange partner is learning welcome welcome home",
    # the phrase said exactly beside a word of the speaker's is not it misheard: "love"
    # is no "movie" heard with errors ("i love movie night" says an opinion)
    "i love movie night",
    "we love movie movie night",
    # another name or another word, not the phrase misheard
    "jeepers ring tracey",
    "jeepers garage floor",
])
def test_its_out_of_scope_twins_do_not_run(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("exact", "misheard"), [
    # a verb whose object the phrase may be: the exact phrase is asked about, so is it
    # misheard (the one word beside it is read by the readers of the repaired text)
    ("paint garage door", "paint garage dor"),
    ("buy white noise", "buy white noice"),
    ("hate movie night", "hate movie nite"),
    ("ring stacey tomorrow", "ring stacy tomorrow"),
])
def test_a_question_of_the_exact_phrase_stays_a_question_misheard(
        resolver, exact: str, misheard: str) -> None:
    assert resolver.resolve(exact).decision == Decision.CLARIFY
    assert resolver.resolve(misheard).decision == Decision.CLARIFY


@pytest.mark.parametrize("text", [
    # one word alone after the words heard may be the head of a compound the phrase
    # modifies: a device, not the routine ("start the vacuum bot" runs as said exactly);
    # after a phrase ending in a plural or a particle it heads nothing and the phrase
    # runs ("feed the chikens jeepers": test_resolver_compound_head.py), and so it does
    # when heard surely ("call the plumer jeepers": test_resolver_surely_heard.py)
    "start vacuum bot",
    "call the plomer jeepers",
])
def test_one_word_after_a_misheard_phrase_keeps_it_a_question(resolver, text: str) -> None:
    assert resolver.resolve(text).decision == Decision.CLARIFY


def test_marked_text_keeps_its_question() -> None:
    """With a pause marked, a question already asked stays asked (the rule of
    :meth:`Resolver._heard_beside_read_again`): the pause says where clauses end."""
    from teachapp.understanding._heard_bare import read_again_bare
    from teachapp.understanding.resolution import Resolution

    asked = Resolution(utterance="", decision=Decision.CLARIFY, routine="Home", score=0.8,
                       phrase="welcome home")
    names = frozenset({"stacey"})
    assert read_again_bare("hajime, wellcome home", asked, names) is None
    bare = read_again_bare("hajime wellcome home", asked, names)
    assert bare is not None and bare.lone
    rejected = replace(asked, decision=Decision.REJECT)
    marked = read_again_bare("hajime, wellcome home", rejected, names)
    assert marked is not None and not marked.lone
    # (a name written as a word of its sounds is the name there too)
    assert marked.named(["give", "brandy", "a", "ring"], ["brandi"])
    assert not marked.named(["ring", "tracey"], ["stacey"])
    ran = replace(asked, decision=Decision.RUN)
    assert read_again_bare("hajime wellcome home", ran, names) is None


@pytest.fixture(scope="module")
def name_home() -> Resolver:
    """A home whose names another phrase says as a word of the same sounds."""
    return Resolver([PhraseEntry(p, r) for p, r in (
        ("give brandi a ring", "Brandi"), ("warm the brandy snifters", "Snifters"),
        ("ring blair", "Blair"), ("mute the blare of the alarm", "Alarm"),
        ("dinner time", "Dinner"))])


@pytest.mark.parametrize(("text", "routine"), [
    # a taught name written as a word of its sounds that another phrase says, beside a
    # call in bare speech (main: asked, or turned down)
    ("osaekomi give brandy a ring", "Brandi"),
    ("hajime hajime give brandy a ring", "Brandi"),
    ("osaekomi ring blare", "Blair"),
    # the word's own phrase runs as taught; another name is not the taught one
    ("osaekomi warm the brandy snifters", "Snifters"),
    ("osaekomi give candy a ring", None),
    ("osaekomi give brandon a ring", None),
    ("osaekomi ring clare", None),
])
def test_a_name_written_with_its_sounds_runs(name_home, text: str, routine: str | None) -> None:
    assert runs(name_home, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    # the same names beside a clause set apart by a pause (main turned them down: a
    # "past" or a "question" of the aside, the name not heard as taught)
    ("give brandy a ring, a fastball, fouled", "Brandi"),
    ("give brandy a ring, what a day it's been", "Brandi"),
    ("compass swung, ring blare, yoke checked", "Blair"),
    # another name, or a name with a syllable more, is someone else with a pause too
    ("give candy a ring, what a day it's been", None),
    ("give brandon a ring, a fastball, fouled", None),
    ("ring clare, what a day it's been", None),
    ("give brandy a ring, she's my aunt, she said", None),
])
def test_a_name_written_with_its_sounds_runs_beside_a_pause(
        name_home, text: str, routine: str | None) -> None:
    assert runs(name_home, text) == routine


def test_names_sounded() -> None:
    from teachapp.understanding._heard_bare import names_sounded
    from teachapp.understanding.normalize import default_lexicon

    given = default_lexicon().given_names
    assert names_sounded(["give", "brandy", "a", "ring"], ["brandi"], given)
    assert names_sounded(["ring", "blare"], ["blair"], given)
    assert not names_sounded(["ring", "tracey"], ["stacey"], given)
    assert not names_sounded(["ring", "candy"], ["brandi"], given)


def test_said_beside() -> None:
    from teachapp.understanding._heard_bare import said_beside

    assert said_beside(["love", "movie", "night"], ("movie", "night"))
    assert not said_beside(["movie", "movie", "night"], ("movie", "night"))
    assert not said_beside(["movie", "nite"], ("movie", "night"))
