"""Near siblings and questions said first (issue 14).

A heard word that is another English word in the taught word's place, not that word
misheard, makes another request: "charge the power bank" is not "charge the power tank",
"kids teatime" not "kids bedtime", "water the veg pots" not "water the veg beds"; while
"reading mood", "thinner time", "dime to read" and a word no dictionary knows still run
(:mod:`teachapp.understanding._other_word`).

A question said before the phrase that asks about the request itself ("is that right?
movie night", "can you? movie night") asks back instead of running; one about something
else ("is the car locked? focus mode") leaves the phrase its own request
(:mod:`teachapp.understanding._asked_first`)."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from resolver_helpers import needs_dictionary, taught_resolver

from teachapp.understanding._asked_first import asked_about_first
from teachapp.understanding._other_word import other_word, pronunciation
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("charge the power tank", "Power tank"), ("kids bedtime", "Kids bedtime"),
    ("water the veg beds", "Veg beds"), ("reading mode", "Reading mode"),
    ("dinner time", "Dinner time"), ("movie night", "Movie night"),
    ("focus mode", "Focus"), ("lights off", "Lights off"), ("make coffee", "Coffee"),
    ("chill out", "Relax"), ("nap time", "Nap"))



@needs_dictionary
@pytest.mark.parametrize("text", [
    "charge the power bank",  # another stop first: lips for the tongue tip
    "kids teatime",  # a compound of another head ("tea" for "bed")
    "water the veg pots",  # far, and the vowel at the other end of the mouth
])
def test_a_near_sibling_runs_nothing(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).decision != "run"


@pytest.mark.parametrize(("text", "routine"), [
    ("charge the power tenk", "Power tank"),  # no word: misheard
    ("reading mood", "Reading mode"),  # a vowel of one side
    ("thinner time", "Dinner time"),  # a fricative for a stop, one place
    ("kids bedtime", "Kids bedtime"),
    ("make toffee", "Coffee"),  # two syllables: the later one carries the word
    ("kill out", "Relax"),  # a stop for an affricate: a place recognisers blur
    ("map time", "Nap"),  # nasals swapped
])
def test_a_word_misheard_still_runs(resolver: Resolver, text: str, routine: str) -> None:
    found = resolver.resolve(text)
    assert (found.decision, found.routine) == ("run", routine)


@needs_dictionary
@pytest.mark.parametrize(("heard", "taught", "similarity", "other"), [
    ("bank", "tank", 0.44, True),
    ("teatime", "bedtime", 0.49, True),
    ("pots", "bed", 0.22, True),
    ("cell", "call", 0.4, False),  # one letter, near: a vowel misheard
    ("dime", "time", 0.8, False),  # voicing
    ("tread", "read", 0.6, False),  # a consonant put before the word
    ("light", "night", 0.6, False),  # a nasal for a liquid
    ("leghts", "light", 0.6, False),  # no word at all
    ("cable", "table", 0.6, False),  # two syllables
    ("lights", "light", 0.9, False),  # the word itself, inflected
])
def test_other_word_reads_sounds(heard: str, taught: str, similarity: float,
                                 other: bool) -> None:
    assert other_word(heard, taught, similarity) is other


@pytest.mark.parametrize("question", [
    "is that right?", "can you?", "could you do that?", "is that okay?", "shall we?",
    "is it safe?", "do you know how?", "are you able to?", "would that work?",
])
def test_a_question_about_the_request_said_first_asks_back(resolver: Resolver,
                                                            question: str) -> None:
    found = resolver.resolve(f"{question} movie night")
    assert found.decision != "run"


@pytest.mark.parametrize("text", [
    "is the car locked? focus mode", "have you seen my phone? focus mode",
    "where are my keys? movie night", "did the post come? lights off",
    "has the parcel arrived? nap time",
])
def test_a_question_about_something_else_said_first_leaves_the_request(
        resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).decision == "run"


def test_a_question_said_first_is_read_only_before_a_question_mark() -> None:
    lexicon = default_lexicon()
    assert asked_about_first("can you? movie night", lexicon)
    assert not asked_about_first("can you movie night", lexicon)  # (the clause readers')
    assert not asked_about_first("movie night? can you", lexicon)
    assert not asked_about_first("is that right?", lexicon)  # (nothing after it)
    assert not asked_about_first("is the oven off? movie night", lexicon)


# Questions said before a phrase, imagined for this test (no set's sentences): about the
# request itself, with a pro-form or nothing of their own ...
ABOUT_THE_REQUEST = (
    "is that right?", "can you?", "could you?", "would you?", "will you?",
    "can you do that?", "could you do that?", "is that possible?", "is it possible?",
    "is that okay?", "is that ok?", "is that allowed?", "am i allowed?", "may i?", "can i?",
    "should i?", "shall i?", "should we?", "shall we?", "can we?", "could we?",
    "is that a thing?", "does that work?", "will that work?", "would that work?",
    "does that exist?", "is that real?", "do you know how?", "do you know it?",
    "do you do that?", "can you do it?", "could you do it?", "will it work?",
    "does it work?", "is it okay?", "is it allowed?", "are you able to?", "are you able?",
    "is that something you do?", "is that something you can do?", "do you have that?",
    "have you got that?", "is that set up?", "is that taught?", "did i teach you that?",
    "do you remember that?", "do you know that one?", "is that wise?", "is that safe?",
    "is it safe?", "is that a good idea?", "would that be wise?", "are you sure?",
    "is that what you want?", "can you manage that?", "can you handle that?",
    "would you be able to?", "is that doable?", "do you understand?", "do you get it?",
    "is it working?", "is that working?", "does that ring a bell?",
    "do you know what that is?",
)
# ... and about something else, naming it.
ABOUT_SOMETHING_ELSE = (
    "what time is it?", "where are my keys?", "who's at the door?",
    "what's the weather like?", "is it raining?", "did you see the match?",
    "are the kids asleep?", "how was your day?", "where's the remote?",
    "what's for dinner?", "is the oven off?", "have you seen my phone?",
    "who left the door open?", "why is it so cold?", "did the post come?",
    "is dad home yet?", "what day is it?", "how late is it?", "where did i put my glasses?",
    "is the dog fed?", "did anyone call?", "are we out of milk?", "who ate the biscuits?",
    "is the car locked?", "what's on telly tonight?", "has the parcel arrived?",
    "is it sunny out?", "where's the cat?", "how long till tea?", "are you awake?",
    "did i leave the iron on?", "who's coming tonight?", "is the bin out?",
    "what's the score?", "how many sleeps till christmas?", "did mum ring?",
    "is it cold outside?", "are the windows shut?", "where are the kids?",
    "is the baby asleep?", "what was that noise?", "who's there?", "did you hear that?",
    "is it bedtime already?", "what's the date today?", "has the washing finished?",
    "is grandma coming?", "why is it so dark?", "how's the traffic?",
    "did the heating come on?", "is there any bread?", "are the lights on upstairs?",
    "where's my wallet?", "what's the time?", "is the kettle on?", "did you feed the fish?",
    "who's hungry?", "anyone for tea?", "is everyone ready?", "are we late?",
    "what's happening?",
)
PHRASES = ("nap time", "reading mode", "lights off", "focus mode", "make coffee", "movie night")


def test_no_question_about_the_request_said_first_runs_it(resolver: Resolver) -> None:
    ran = [f"{q} {PHRASES[k % len(PHRASES)]}" for k, q in enumerate(ABOUT_THE_REQUEST)]
    assert [u for u in ran if resolver.resolve(u).decision == "run"] == []


@pytest.mark.parametrize("question", [
    q for q in ABOUT_SOMETHING_ELSE if q.split()[0] in ("where", "who", "how", "what") or
    q.split()[1] in ("the", "my")])
def test_a_question_that_names_something_else_leaves_the_request(question: str) -> None:
    assert not asked_about_first(f"{question} movie night", default_lexicon())


@pytest.mark.parametrize("question", [
    "where are my keys?", "how was your day?", "where's the remote?",
    "have you seen my phone?", "who left the door open?", "did the post come?",
    "where did i put my glasses?", "is the dog fed?", "who ate the biscuits?",
    "is the car locked?", "has the parcel arrived?", "where's the cat?",
    "did i leave the iron on?", "are the windows shut?", "is the baby asleep?",
    "how's the traffic?", "did the heating come on?", "where's my wallet?",
    "is the kettle on?", "did you feed the fish?"])
def test_those_that_ran_still_run(resolver: Resolver, question: str) -> None:
    assert resolver.resolve(f"{question} movie night").decision == "run"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=1, max_size=9),
       st.floats(min_value=0.0, max_value=1.0))
@settings(max_examples=200, deadline=None)
def test_a_word_is_never_another_word_than_itself(word: str, similarity: float) -> None:
    assert not other_word(word, word, similarity)


@needs_dictionary
@given(st.sampled_from(["tank", "bedtime", "light", "time", "mode", "dinner", "coffee"]),
       st.text(alphabet="aeiouxzq", min_size=3, max_size=8),
       st.floats(min_value=0.0, max_value=1.0))
@settings(max_examples=200, deadline=None)
def test_a_heard_word_that_is_no_word_is_a_mishearing(taught: str, heard: str,
                                                     similarity: float) -> None:
    # (strings of vowels and rare letters: neither a word nor two)
    assume(pronunciation(heard) is None)
    assert not other_word(heard, taught, similarity)
