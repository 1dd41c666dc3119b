"""A taught name said in a recipient's place ("give hedda a ring": :mod:`_recipient`), as a
possessive beside the word its phrase says after it ("mirror's brownies": :mod:`_name_framed`),
and spelled "ai" as "cider" says it (:mod:`_name_unrhotic`), runs its phrase when a
recogniser writes it as a word; the home's own phrase of that word still runs."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._name_unrhotic import unrhotic_alike
from teachapp.understanding._recipient import recipients

resolver = taught_resolver(
    ("drop hedda a line", "Hedda"), ("give hedda a ring", "Hedda ring"),
    ("phone hedda back", "Hedda ring"), ("text hedda about the book club", "Hedda club"),
    ("give anka a ring", "Anka"), ("phone anka", "Anka"),
    ("message meeta and anka", "Meeta and Anka"), ("anka's drama at eight", "Drama"),
    ("stow the dinghy anchor", "Anchor"),
    ("give mira a ring", "Mira"), ("mira's brownies at seven", "Brownies"),
    ("polish the hall mirror", "Mirror"),
    ("ring saida", "Saida"), ("renew saida's breakdown cover", "Breakdown cover"),
    ("movie night", "Movie"))


def test_a_recipient_and_its_coordinate_are_names():
    assert recipients(["give", "hedda", "a", "ring"], (), frozenset({"a"})) == {"hedda"}
    assert recipients(["message", "meeta", "and", "anka"], {"meeta"},
                      frozenset({"and"})) == {"anka"}
    assert recipients(["give", "the", "dog", "a", "bath"], (),
                      frozenset({"the", "a"})) == set()


def test_a_borrowed_names_ai_is_the_vowel_of_cider():
    assert unrhotic_alike("cider", "saida")
    assert not unrhotic_alike("cedar", "saida")


@pytest.mark.parametrize(("text", "routine"), [
    ("give header a ring", "Hedda ring"),        # (a phrase with the name as recipient)
    ("drop header a line", "Hedda"),
    ("text header about the book club", "Hedda club"),
    ("give anchor a ring", "Anka"),
    ("message meeta and anchor", "Meeta and Anka"),
    ("anchor's drama at eight", "Drama"),        # (a possessive: "drama" after it)
    ("mirror's brownies at seven", "Brownies"),
    ("ring cider", "Saida"),
    ("renew cider's breakdown cover", "Breakdown cover"),
])
def test_the_name_written_as_a_word_runs_its_phrase(resolver, text, routine):
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("stow the dinghy anchor", "Anchor"),
    ("polish the hall mirror", "Mirror"),
    ("give hedda a ring", "Hedda ring"),
])
def test_the_words_own_phrase_and_the_name_said_right_still_run(resolver, text, routine):
    assert runs(resolver, text) == routine
