"""A noun phrase of a great many things said alone after a taught phrase, no pause written
(issue 14; bare speech from an open-vocabulary recogniser): "storm mode dozens of herons",
"ring nan back hundreds of starlings". A numeral noun and "of" count things and say no verb
the phrase could be the subject or the object of, so the request runs as it does with the
pause written. Before, the edge after the phrase was not sure and the request was only
asked about. What may judge or time the request ("loads of fun", "dozens of times"), a
pro-form, a person, a thing of the home and more words said still leave it unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._counted_after import counted_after
from teachapp.understanding.normalize import default_lexicon

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("storm mode", "Storm"), ("ring nan back", "Nan"), ("porch light on", "Porch"),
    ("movie night", "Movie"), ("lights on", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("storm mode dozens of herons", "Storm"),
    ("ring nan back hundreds of starlings", "Nan"),
    ("porch light on thousands of midges", "Porch"),
    ("movie night scores of grey geese", "Movie"),
])
def test_things_counted_alone_after_the_phrase_leave_it_to_run(resolver, text: str,
                                                               routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie night loads of fun",              # (no numeral noun: an opinion of it)
    "storm mode dozens of times",            # (how often: it may bear on the request)
    "storm mode dozens of them",             # (a pro-form that may point back)
    "movie night dozens of kids",            # (people, who may want or refuse it)
    "lights on dozens of lamps",             # (a thing of the home: which to switch)
    "storm mode dozens of herons flew off",  # (more said: a story maybe)
])
def test_no_count_of_its_own_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_reader_itself() -> None:
    lexicon = default_lexicon()
    never = lambda word: False  # noqa: E731
    assert counted_after(["dozens", "of", "herons"], lexicon, never)
    assert not counted_after(["dozens", "of", "herons"], lexicon, lambda w: w == "herons")
    assert not counted_after(["lots", "of", "herons"], lexicon, never)
    assert not counted_after(["dozens", "herons"], lexicon, never)
