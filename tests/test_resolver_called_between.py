"""A call said before a taught phrase and a call or clause of the speaker's own after it,
no pause written (issue 14; bare speech from an open-vocabulary recogniser): a
conductor's "sforzando strings" or a dog agility handler's "chute yip" said first, a
croquet player's "croqueted thwack" or a spillikins player's "a spillikin prised up"
after. Words that ask for nothing before a phrase were read as a call only with nothing
said after it; past a sure edge after it no word can make the phrase part of its clause,
so the call before it is read the same way and the request runs as it does with the
pauses written. Before, it was only asked about.

One reader of a call (:mod:`teachapp.understanding._called_before`) serves both sides and
the group called first (:mod:`_group_called`): a verb and its object ("sharpen pencils"),
a plural noun that may be the subject of the phrase's verb ("strings feed the cat"), a
noun phrase that may modify the phrase's first noun ("fat cat", "zig zag"), people and a
cue are no call, whatever is said after the phrase."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding.normalize import default_lexicon

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("tea time", "Tea"), ("feed the cat", "Cat"), ("movie night", "Movie"),
    ("lights on", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("sforzando strings tea time croqueted thwack", "Tea"),
    ("chute yip tea time a spillikin prised up", "Tea"),
    ("seesaw contacts movie night so my spillikin's twitched", "Movie"),
])
def test_a_call_before_and_a_sure_edge_after_leave_it_to_run(resolver, text: str,
                                                             routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "sforzando strings feed the cat croqueted thwack",   # (its subject: a statement)
    "sharpen pencils feed the cat croqueted thwack",     # (a verb and its object)
    "zig zag movie night a spillikin prised up",         # (one word when joined: a modifier)
    "grandma grandpa movie night a spillikin prised up",  # (people)
    "cellos rallentando movie night tickets are sold out",  # (its clause may go on)
    "christmas tree lights on jeepers",                  # (which lights)
    "cellos rallentando tea time yesterday ugh",         # (a cue still judged)
])
def test_no_call_or_words_that_may_be_its_clause_run_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "sharpen pencils feed the cat",
    "sforzando strings feed the cat",
    "zig zag movie night",
])
def test_the_same_reader_holds_with_nothing_after(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_one_reader_of_a_call() -> None:
    from teachapp.understanding._called_before import called_before, group_form

    lexicon = default_lexicon()

    def never(word: str) -> bool:
        return False

    assert called_before(["chute", "yip"], ["tea", "time"], lexicon, never)
    assert called_before(["cheeky", "beakface"], ["movie", "night"], lexicon, never)
    assert called_before(["upbeat", "oboes"], ["feed", "the", "cat"], lexicon, never)
    assert called_before(["sforzando", "strings"], ["tea", "time"], lexicon, never)
    assert not called_before(["sforzando", "strings"], ["feed", "the", "cat"], lexicon, never)
    assert not called_before(["sharpen", "pencils"], ["tea", "time"], lexicon, never)
    assert called_before(["hunker", "pullers"], ["tea", "time"], lexicon, never)  # (those bidden)
    assert not called_before(["fat", "cat"], ["party", "mode"], lexicon, never)
    assert not called_before(["zig", "zag"], ["party", "mode"], lexicon, never)
    assert not called_before(["hungry", "kids"], ["tea", "time"], lexicon, never)
    # (people as the lexicon lists them: a given name with an "s" is none)
    assert called_before(["goatlings", "nannies"], ["tea", "time"], lexicon, never)
    assert group_form(["legato", "violas"]) and not group_form(["sforzando", "strings"])
