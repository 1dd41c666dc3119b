"""A taught phrase said after a whole clause of the speaker's own, no pause marked between
them (issue 14; :mod:`teachapp.understanding._unmarked_before`): a recogniser without
punctuation writes "the kids are finally asleep reading mode". The phrase runs only when
the words before it are a clause that can take nothing more (a complement of "be", a
person as object, a sequence said twice over) and name nothing of the home; where the
phrase may be their object or complement, or they point at it, nothing runs."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._unmarked_before import clause_before
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("reading mode", "Reading"), ("ring emrys", "Emrys"),
    ("lights on", "Lights"), ("nap time", "Nap"))


@pytest.mark.parametrize(("text", "routine"), [
    ("the kids are finally asleep reading mode", "Reading"),
    ("my sister is really sleepy nap time", "Nap"),
    ("the dog is very dirty lights on", "Lights"),
    ("rural juror rural juror ring emrys", "Emrys"),
    ("unique new york unique new york movie night", "Movie"),
])
def test_a_phrase_after_a_whole_clause_of_ones_own_runs(resolver: Resolver, text: str,
                                                          routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # the phrase is the object or complement of the clause before it
    "i love movie night",
    "did you say reading mode",
    "my favourite is movie night",
    "the kids are excited about movie night",
    "the sign on the door says reading mode",
    # the clause points at the phrase or names the home
    "this is the best movie night",
    "the lights are broken lights on",
    "it is great reading mode",
])
def test_no_run_where_the_clause_may_go_on(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("before", [
    "the kids are finally asleep",
    "my granny is very proud",
    "the babies are sleepy",
    "rural juror rural juror",
    "greek grapes greek grapes greek grapes",
])
def test_a_whole_clause_before_the_phrase(before: str) -> None:
    assert clause_before(tokens(before), default_lexicon(), _nothing_taught)


@pytest.mark.parametrize("before", [
    # what the phrase would complete: a verb and its subject, an operator, "be", a
    # preposition, a determiner, an adverb before its complement, a noun that may modify it
    "i love", "we had", "can you", "did you say", "my favourite is", "we are watching",
    "the kids are excited about", "the kids want the bedroom", "the kids are finally",
    "the kids love", "we owe him", "the theme is retro", "the dog outfoxed me",
    # a repetition that governs what follows, or a word said over
    "i want i want", "play the play the", "yes yes", "rural juror rural",
    "greek greek greek greek",
    # a pro-form
    "this is the best", "it is great",
])
def test_no_whole_clause_before_the_phrase(before: str) -> None:
    assert not clause_before(tokens(before), default_lexicon(), _nothing_taught)


def _nothing_taught(word: str) -> bool:
    return False


def test_a_taught_word_misheard_before_the_phrase_never_runs_the_shorter_phrase() -> None:
    # ("mews lights on" may be the end of "aviary mews lights on" misheard: the longer
    # phrase, read as misheard by :mod:`_misheard_again`, or nothing)
    home = Resolver([PhraseEntry(text="aviary mews lights on", routine="Aviary"),
                     PhraseEntry(text="mews lights on", routine="Mews")])
    assert runs(home, "the dog is very dirty aviay mews lights on") in (None, "Aviary")
    assert runs(home, "the dog is very dirty mews lights on") == "Mews"
