"""A taught phrase said whole before or amid someone else's patter of dictionary words,
written with no punctuation (issue 14): "the ferrets scampering make coffee", "a jugful a
pailful porch lights on cockles steaming". The words beside it have no shape of a clause
edge the readers of an unmarked edge know, so the request was only asked about or refused
as another one; words like none the home was taught, bearing on no request, are another's
talk beside it, so it runs, and every cue the marked reading hears still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._patter_around import patter_around
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("make coffee", "Coffee"), ("movie night", "Movie"), ("porch lights on", "Porch"),
    ("water the ferns", "Ferns"), ("ring grandad", "Grandad"),
    ("night light on", "Nightlight"))


@pytest.mark.parametrize(("text", "routine"), [
    # patter before the phrase, nothing after it
    ("the ferrets scampering make coffee", "Coffee"),
    ("piglets squealing now movie night", "Movie"),
    # a word like a taught word of no phrase taught with the phrase's words ("wringing",
    # "ring" of "ring grandad") is none misheard beside it
    ("the ferrets wringing movie night", "Movie"),
    ("a jugful a pailful cockles steaming movie night", "Movie"),
    ("cockles steaming cockles ring grandad", "Grandad"),
    ("steamed winkles peppered blistered make coffee", "Coffee"),
    ("winkles winkles briny and peppered water the ferns", "Ferns"),
    # amid the patter
    ("a jugful a pailful porch lights on cockles steaming", "Porch"),
    ("ducklings ducklings movie night dozens of moorhens", "Movie"),
    ("winkles for sixpence make coffee steamed a jugful", "Coffee"),
])
def test_a_phrase_before_or_amid_patter_runs(resolver: Resolver, text: str,
                                             routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a cue said anywhere, a word that bears on a request, or one joining another
    "the ferrets scampering never make coffee",
    "the ferrets scampering make coffee yesterday",
    "the ferrets scampering make coffee and cockles steaming",
    "a jugful a pailful is movie night cockles steaming",
    "the ferrets scampering make coffee it cockles steaming",
    "the ferrets scampering tomorrow make coffee",
    "the ferrets scampering not now make coffee",
    # a verb before it that may take it as its object
    "the ferrets enjoying movie night",
    "the parrots squawking porch lights on",
    "the crossing keeper hollered movie night",
    # a plural right before it: a subject or a possessor
    "the scampering ferrets movie night",
    # two words of one noun phrase, which may modify it
    "fat cats the reading group movie night",
    # a word that waits for it, or one word of patter only
    "the ferrets scampering at the make coffee",
    "a ferret make coffee",
    # a word like a taught word of a phrase sharing the phrase's words: "lite" may be the
    # "light" of "night light on" misheard, the phrase part of a longer one
    "ferrets scampering lite movie night",
    # (words said after it only are left to the readers of remarks said after: "make
    # coffee cockles steaming" runs by scope55b's `_bare_subject_after` since the merge)
])
def test_words_that_may_belong_to_its_clause_still_stop_it(resolver: Resolver,
                                                           text: str) -> None:
    assert runs(resolver, text) is None


def test_each_side_is_read_as_patter_or_not() -> None:
    lexicon = default_lexicon()

    def taught(word: str) -> bool:
        return word in {"make", "coffee", "movie", "night"}

    def unlike(word: str) -> bool:
        return word not in {"coffees", "moovie"}

    def around(before: str, after: str = "", phrase: str = "movie night") -> bool:
        return patter_around(tokens(before, lexicon), tokens(phrase, lexicon),
                             tokens(after, lexicon), lexicon, taught, unlike)

    assert around("the ferrets scampering")
    assert around("a jugful a pailful", "cockles steaming")
    assert around("whelks whelks", "dozens of moorhens")
    assert not around("")  # (nothing before it)
    assert not around("the ferrets scampering", "steaming")  # (one word after it)
    assert not around("the coffees scampering")  # (a word like a taught one)
    assert not around("the ferrets moovie")
    assert not around("the ferrets scampering", "and cockles steaming")
    assert not around("the ferrets scampering the")
    assert not around("fat cat")  # (one noun phrase: it may modify the phrase)
    assert not around("the reading group")  # (a participle before its noun)
    assert around("hotties for tuppence") and around("cats roasting")
    assert not around("the ferrets scampering gardeners")  # (a plural: a subject)
    assert around("gardeners scampering gardeners")  # (unless called already)
    assert not around("the ferrets hollered")  # (a verb after its subject)
    assert not around("ferrets scampering chanting")  # (a verb of words performed)
    assert not around("ferrets scampering kept repeating")  # (a verb of saying)
    assert not around("the ferret weighed")  # (a past verb after its subject)
    assert around("ferrets steamed peppered")  # (a list of participles)
    assert not around("the ferrets zig zag")  # (one word said in two)
    assert not around("ferrets scampering yew tree", phrase="lights off")  # (which device)
    assert around("ferrets ferrets", phrase="lights off")  # (a call said again)
    assert not around("ferrets scampering grandma grandpa")  # (people)
