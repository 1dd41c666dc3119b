"""A remark of the speaker's own on a creature or a thing of the scene beside a request said
exactly (issue 14): an existential statement whose place may name a word the home taught
(:mod:`_existential`: "movie night, there's a snail on the patio door"), a wh-clause
bidden by "look" (:mod:`_embedded_question`: "..., look how gauzy it is") and a
commentary in which "it" is a thing moving or sent (:mod:`_thing_moved`: "..., it
quivered", "..., flicked it with the hook"). Their twins still stop the phrase: "it" of
an event, a pro-form, a story in the past, a taught thing
pointed out, a question put to the listener, the phrase inside the wh-clause."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._clause_shape import content_word
from teachapp.understanding._embedded_question import embedded_wh
from teachapp.understanding._existential import existential
from teachapp.understanding._thing_moved import moved_thing
from teachapp.understanding.normalize import default_lexicon, tokens

resolver = taught_resolver(("movie night", "Movie"), ("lock the patio door", "Lock"),
                           ("garage door", "Garage"), ("lights off", "Off"),
                           ("feed the goldfish", "Fish"))


def _t(text: str) -> list[str]:
    return tokens(text, default_lexicon())


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night, there's a snail on the patio door", "Movie"),
    ("movie night. there's a slug by the garage door.", "Movie"),
    ("there's a fox by the garage door, lights off", "Off"),
    ("lights off, there's a moth fluttering at the window", "Off"),
    ("lights off, there are some ants on the door", "Off"),
    ("movie night, look how gauzy it is", "Movie"),
    ("look how fast they go, lights off", "Off"),
    ("garage door. look how shiny it is!", "Garage"),
    ("movie night, it quivered", "Movie"),
    ("lights off, oh it wobbled", "Off"),
    ("movie night, flicked it with the hook", "Movie"),
    ("lights off. he's soloed it goalwards!", "Off"),
])
def test_a_remark_on_a_thing_of_the_scene_leaves_the_phrase_to_run(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie night, there's one on the patio door",  # (a pro-form that may point back)
    "movie night, there was a fox by the door",    # (a story in the past)
    "movie night, there's a goldfish by the door",  # (a taught thing pointed out)
    "movie night, did you look how it is",         # (a question put to the listener)
    "look how movie night goes",                   # (the phrase inside the wh-clause)
    "movie night, it failed",                      # ("it" of an event)
    "movie night, we watched it",
    "movie night, he's moved it forward",          # (an event moved in time)
    "movie night, flicked it with the remote again",
])
def test_their_twins_still_stop_the_phrase(resolver, text):
    assert runs(resolver, text) is None


def test_the_existential_shape_and_its_landmark():
    lexicon = default_lexicon()

    def taught(w: str) -> bool:
        return w in ("door", "patio", "snail")

    own = lambda w: content_word(w, lexicon, taught)  # noqa: E731
    word = lambda w: content_word(w, lexicon, lambda _: False)  # noqa: E731
    said = _t("there's a moth on the patio door")
    assert existential(said, own, word) == said.index("the")  # (a taught landmark)
    assert existential(_t("there's a fox"), own, word) == 4
    assert existential(_t("there's a moth fluttering by the lamp"), own, word) == 6
    assert existential(_t("there's a snail on the step"), own, word) is None  # (taught thing)
    assert existential(_t("there was a fox by the lamp"), own, word) is None
    assert existential(_t("there's no milk"), own, word) is None
    assert existential(_t("there's a fox because the door"), own, word) is None


def test_the_embedded_wh_clause_of_look():
    assert embedded_wh(_t("look how gauzy it is")) == 1
    assert embedded_wh(_t("so look how fast they go")) == 2
    assert embedded_wh(_t("we'll look how it goes")) is None  # (only "see" so)
    assert embedded_wh(_t("did you look how it is")) is None


def test_the_commentary_of_a_thing_moved():
    lexicon = default_lexicon()

    def taught(w: str) -> bool:
        return w in ("movie", "night", "hook")

    assert moved_thing(_t("it quivered"), lexicon, taught) == 1
    assert moved_thing(_t("so it's wobbling about"), lexicon, taught) == 3
    assert moved_thing(_t("flicked it with the stick"), lexicon, taught) == 0
    assert moved_thing(_t("he's soloed it goalwards"), lexicon, taught) == 2
    assert moved_thing(_t("flicked it with the hook"), lexicon, taught) is None  # (taught)
    assert moved_thing(_t("it failed"), lexicon, taught) is None
    assert moved_thing(_t("we watched it"), lexicon, taught) is None
    assert moved_thing(_t("he's moved it forward"), lexicon, taught) is None
    assert moved_thing(_t("it quivered again"), lexicon, taught) is None
