"""Clauses of the speaker's own beside a request said exactly that only look like a cue
(issue 14): a question tag on a clause of the speaker's own and an exclamatory question
(:mod:`_negative_tags`: "i'm shouting, aren't i, ...", "..., aren't you gorgeous"), a
wh-clause the object of the speaker's "see" (:mod:`_embedded_question`: "see how smart it
is, ...", "..., we'll see how it goes"), and "off" before a place (:mod:`_off_place`: "off
the sofa, ..."). Their twins still stop the phrase: a negative question about the phrase,
a tag with no clause of its own, a question put to the listener, "off" before a device."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding import Resolver
from teachapp.understanding._embedded_question import embedded_wh
from teachapp.understanding._negative_tags import exclamatory_question, tag_of
from teachapp.understanding._off_place import off_place
from teachapp.understanding._prohibition_after import prohibition_after
from teachapp.understanding._thing_struck import struck_thing
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolution import PhraseEntry

resolver = taught_resolver(("movie night", "Movie"), ("tv time", "TV"),
                           ("close the blinds", "Blinds"), ("lights off", "Off"),
                           ("guests are coming", "Guests"))


def _t(text: str) -> list[str]:
    return tokens(text, default_lexicon())


@pytest.mark.parametrize("text", [
    "i'm shouting, aren't i, movie night",
    "i'm shouting, aren't i, tv time",
    "movie night, aren't you gorgeous",
    "aren't you clever, close the blinds",
    "see how smart it is, movie night",
    "movie night, we'll see how it goes",
    "tv time, let's see what happens",
    "off the sofa, movie night",
    "off the bed, tv time",
])
def test_a_clause_of_the_speakers_own_leaves_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "aren't you doing movie night",         # (a negative question about the phrase)
    "aren't i, movie night",                # (a tag on no clause of its own)
    "movie night, aren't you on",           # (a state, no adjective of praise)
    "did you see how it goes, movie night",  # (a question put to the listener)
    "see how movie night goes",             # (the phrase inside the wh-clause)
    "off the lights, movie night",          # (a device to turn off)
    "off the telly, movie night",
    "movie night off",
])
def test_their_twins_still_stop_the_phrase(resolver, text):
    assert runs(resolver, text) is None


def test_the_tag_repeats_its_anchors_subject_and_operator():
    assert tag_of(_t("aren't i"), _t("i'm shouting"))
    assert tag_of(_t("isn't it"), _t("it's raining"))
    assert tag_of(_t("can't you"), _t("you can hear me"))
    assert not tag_of(_t("aren't you"), _t("i'm shouting"))  # (another subject)
    assert not tag_of(_t("isn't it"), _t("she's leaving"))
    assert not tag_of(_t("aren't you doing"), _t("you're shouting"))  # (a verb: no tag)


def test_the_exclamatory_question_shape():
    pets = default_lexicon().endearments
    assert exclamatory_question(_t("aren't you gorgeous"), pets)
    assert exclamatory_question(_t("aren't you adorable poppet"), pets)
    assert not exclamatory_question(_t("aren't you tired"), pets)   # (a participle)
    assert not exclamatory_question(_t("isn't it gorgeous"), pets)  # (not the listener)
    assert not exclamatory_question(_t("aren't you on"), pets)


def test_the_embedded_wh_clause_of_see():
    assert embedded_wh(_t("see how smart it is")) == 1
    assert embedded_wh(_t("we'll see how it goes")) == 3
    assert embedded_wh(_t("let's see what happens")) == 3
    assert embedded_wh(_t("did you see how it goes")) is None
    assert embedded_wh(_t("see how")) is None
    assert embedded_wh(_t("how is it")) is None


def test_off_before_a_place_not_a_device():
    def taught(w: str) -> bool:
        return w in ("movie", "night")

    things = frozenset({"light", "lights", "telly", "tv"})
    assert off_place(_t("off the sofa"), taught, things, frozenset(), frozenset())
    assert not off_place(_t("off the lights"), taught, things, frozenset(), frozenset())
    assert not off_place(_t("off the movie"), taught, things, frozenset(), frozenset())
    assert not off_place(_t("off"), taught, things, frozenset(), frozenset())


@pytest.fixture(scope="module")
def wrapped() -> Resolver:
    return Resolver([PhraseEntry(p, r) for p, r in (
        ("ring ailsa", "Ailsa"), ("cool breeze", "Fan"), ("privacy please", "Blinds"),
        ("storm mode", "Storm"))])


@pytest.mark.parametrize("text", [
    "ffs scrap ring ailsa",                   # (a plan abandoned)
    "ooh goody reverse cool breeze",          # (a decision revoked)
    "shoot reverse privacy please please",
    "sprout duplicate storm mode",            # (a routine copied)
    "rechristen storm mode",                  # (a routine renamed)
    "privacy please is cracking",             # (praise)
])
def test_more_cues_of_a_request_not_made_stop_the_phrase(wrapped, text):
    assert runs(wrapped, text) is None


def test_a_liking_said_with_an_amplifier_is_an_opinion():
    opinion = default_lexicon().cues["opinion"]
    assert ("i", "absolutely", "love") in opinion and ("i", "do", "love") in opinion


def test_cracking_with_no_copula_is_no_praise_of_the_phrase(resolver):
    assert runs(resolver, "movie night, get cracking") == "Movie"


@pytest.mark.parametrize("text", [
    "movie night so, my prod's jostled it",
    "movie night so my prods jostled it",
    "tv time, the cat's nudged it aside",
])
def test_a_thing_striking_it_is_no_story_of_the_request(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "tv time so, my brother's jostled it",  # (a person, who may have done the routine)
    "tv time, the dog's watched it",        # (an event verb: "it" may be the routine)
    "tv time, he's jostled it",             # (a pronoun subject: no thing of its own)
    "tv time, we've watched it",
])
def test_a_story_of_the_request_still_stops_it(resolver, text):
    assert runs(resolver, text) is None


def test_the_struck_thing_shape():
    lexicon = default_lexicon()

    def taught(w: str) -> bool:
        return w in ("tv", "time")

    assert struck_thing(_t("my prod's jostled it"), lexicon, taught) == 2
    assert struck_thing(_t("so the cat has knocked it"), lexicon, taught) == 4
    assert struck_thing(_t("my prod's jostled it again"), lexicon, taught) is None
    assert struck_thing(_t("my prod's watched it"), lexicon, taught) is None
    assert struck_thing(_t("my wife's jostled it"), lexicon, taught) is None


@pytest.mark.parametrize("text", [
    "guests are coming no bouncing on the bunk beds",
    "movie night no slurping",
    "tv time no dawdling now",
])
def test_another_act_forbidden_after_the_phrase_lets_it_run_unmarked(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "movie night no skipping it",   # (a cue, and a pro-form that may be the phrase)
    "movie night no stopping",      # (a cue of its own)
    "movie night no movie night",
])
def test_a_negation_of_the_phrase_unmarked_still_stops_it(resolver, text):
    assert runs(resolver, text) is None


def test_the_prohibition_after_shape():
    lexicon = default_lexicon()

    def taught(w: str) -> bool:
        return w in ("movie", "night", "beds")

    assert prohibition_after(_t("no bouncing on the sofa"), lexicon, taught)
    assert prohibition_after(_t("no slurping"), lexicon, taught)
    assert not prohibition_after(_t("no bouncing on the beds"), lexicon, taught)  # (taught)
    assert not prohibition_after(_t("no bouncing it"), lexicon, taught)
    assert not prohibition_after(_t("no more"), lexicon, taught)


@pytest.mark.parametrize("text", [
    "movie night again, seriously",               # (the echo's "?" heard as a pause)
    "tv time, again, give me strength",
    "movie night again, for pity's sake",
    "tv time again, surely not, don't tread on the lego",
    "tv time, already",
])
def test_an_echo_of_wonder_with_a_pause_for_its_question_mark_asks_for_nothing(resolver, text):
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "movie night again, it's freezing",  # (asked for once more)
    "movie night, again",
    "tv time, give me strength",         # (pressed, no echo)
])
def test_again_said_flat_still_asks_for_the_phrase(resolver, text):
    assert runs(resolver, text) is not None
