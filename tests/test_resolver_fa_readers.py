"""Readers of false accepts that must not fire on a request said beside words of their own
(issue 14): a demonstrative's own noun and its state ("..., that wink's potted",
:mod:`_cue_scope.own_state`), "over" before a noun of its own (a preposition, no routine
ended: "..., over crest", :mod:`_over_complement`), and a verbless exclamative ("...,
what iridescent plumes", :mod:`_exclaimed`). Their twins still stop the phrase: the past
said of the phrase or pointing back at it, "over" said of the phrase, a question with a
verb or a lone noun. And "be up" said of a thing of the clause's own ("..., the tapes are
up": :mod:`_cue_scope`), and a wh-word subject ranked by a superlative ("..., which is
closest": :mod:`_ranked`), whose twins "time's up", "the kids are up" and "which is on"
still stop the phrase."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._exclaimed import verbless_exclamative
from teachapp.understanding._over_complement import governs
from teachapp.understanding._ranked import superlative
from teachapp.understanding.normalize import default_lexicon, tokens

resolver = taught_resolver(("tv time", "TV"), ("curry combs", "Curry"),
                           ("movie night", "Movie"), ("feed the goats", "Goats"))


@pytest.mark.parametrize("text", [
    "tv time so, that wink's potted",
    "feed the goats, this gate's bolted",
    "movie night, those quoits clanked",
])
def test_a_demonstrative_nouns_own_state_leaves_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "movie night, that's finished",       # (the demonstrative points back)
    "movie night, that one's finished",   # (a pro-form for the phrase)
    "tv time so, that wink's potted it",  # (an object pointing back)
    "we watched movie night",
])
def test_the_past_said_of_the_phrase_still_stops_it(resolver, text):
    assert runs(resolver, text) is None


def test_over_before_a_noun_of_its_own_is_a_preposition():
    lexicon = default_lexicon()
    function = lexicon.function_words
    for text, at, expected in (("curry combs over crest", 2, True),
                               ("movie night over now", 2, False),
                               ("movie night is over", 3, False),
                               ("over finally", 0, False),
                               ("over the bridge", 0, False)):
        words = tokens(text, lexicon)
        assert governs(words, [False] * len(words), at, function) is expected, text


@pytest.mark.parametrize("text", [
    "movie night's over", "is movie night over", "movie night over now",
    "movie night is over thanks",
])
def test_over_said_of_the_phrase_still_says_it_ended(resolver, text):
    assert resolver.resolve(text).reason == "past"


def test_over_a_noun_of_its_own_is_no_past(resolver):
    # (the clause of a place is not read as an aside, but no longer as the past either)
    assert resolver.resolve("curry combs, over crest").reason != "past"


@pytest.mark.parametrize("text", [
    "tv time, what iridescent plumes",
    "what glorious weather, feed the goats",
    "movie night, what enormous hailstones",
])
def test_a_verbless_exclamative_leaves_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "tv time, what colour",          # (an elliptical question: one noun)
    "tv time, what time is it",      # (a question with its verb)
    "tv time, what happened next",   # (a past verb)
    "tv time, what movie night",     # (a taught word: an echo of a request)
])
def test_a_what_question_still_stops_the_phrase(resolver, text):
    assert runs(resolver, text) is None


def test_the_exclamative_shape():
    def content(w: str) -> bool:
        return w not in ("is", "it", "the")

    assert verbless_exclamative(["what", "iridescent", "plumes"], content)
    assert not verbless_exclamative(["what", "colour"], content)
    assert not verbless_exclamative(["what", "time", "is", "it"], content)
    assert not verbless_exclamative(["what", "needs", "doing"], content)
    assert not verbless_exclamative(["what", "crowded", "trains"], content)


@pytest.mark.parametrize("text", [
    "movie night, the tapes are up",
    "feed the goats, the sun is up",
])
def test_up_said_of_a_thing_of_its_own_leaves_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "movie night, the kids are up",   # (people, who may have got up for it)
    "movie night, time is up",        # (the routine's time)
    "movie night, the tapes are up again",
])
def test_up_said_of_people_or_time_still_stops_the_phrase(resolver, text):
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "movie night, which is closest",
    "feed the goats, who's fastest",
])
def test_a_question_ranking_things_of_its_own_leaves_the_phrase_to_run(resolver, text):
    assert runs(resolver, text) is not None


@pytest.mark.parametrize("text", [
    "movie night, which is on",          # (a state asked of a device)
    "movie night, which lights are on",
    "movie night, which is it",
])
def test_a_state_question_still_stops_the_phrase(resolver, text):
    assert runs(resolver, text) is None


def test_the_superlative_form():
    assert superlative("closest") and superlative("best") and superlative("nearest")
    assert not superlative("request") and not superlative("forest") and not superlative("on")
