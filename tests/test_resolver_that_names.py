"""A thing of the scene named with "that's" after a phrase said whole, no pause written,
marks the phrase's edge (:mod:`_that_names`): "fan on that's a kingfisher" runs as "fan
on, that's a kingfisher" does; "that" pointing back at the request ("that's my
favourite", "that's the one", "that's what ...") marks none."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._that_names import that_names
from teachapp.understanding.normalize import default_lexicon, tokens

resolver = taught_resolver(("fan on", "Fan"), ("feed the ponies", "Ponies"),
                           ("movie night", "Movie"), ("ring dorothea", "Dorothea"))


def _names(text: str) -> bool:
    lexicon = default_lexicon()
    return that_names(tokens(text, lexicon), lexicon, lambda w: w in {"fan", "ponies"})


@pytest.mark.parametrize("text", [
    "that's a kingfisher", "that's an earwig", "that's stalemate", "that is a grebe"])
def test_that_and_a_noun_of_the_scene_names_a_thing_of_its_own(text):
    assert _names(text)


@pytest.mark.parametrize("text", [
    "that's my favourite", "that's the one", "that's what she calls it", "that's lovely",
    "that's a plan", "that's an idea", "that's sorted", "that's boring", "that's a fan",
    "that's the kitchen", "that's tomorrow", "that's a mistake", "that's a heron again",
    "it's a kingfisher", "that's really", "that's a kitchen"])
def test_that_pointing_back_or_naming_the_home_names_nothing(text):
    assert not _names(text)


@pytest.mark.parametrize(("text", "routine"), [
    ("fan on that's a kingfisher", "Fan"),
    ("feed the ponies that's stalemate", "Ponies"),
    ("ring dorothea that's an earwig", "Dorothea"),
    ("movie night that's a grebe", "Movie"),
])
def test_a_thing_named_after_the_phrase_leaves_it_to_run(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "fan on that's my favourite", "movie night that's the one",
    "movie night that's what my gran calls her cat", "we had movie night that's a grebe",
    "don't feed the ponies that's a grebe", "movie night is a godsend that's a grebe",
    "movie night that's a godsend"])
def test_that_bearing_on_the_request_still_runs_nothing(resolver, text):
    assert runs(resolver, text) is None
