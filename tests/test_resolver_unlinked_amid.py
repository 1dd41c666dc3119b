"""A taught phrase said whole in the middle of someone else's talk, written with no
punctuation (issue 14): "shove it budge it make coffee nudges for all comers", "gotcha gotcha
you're it movie night scramble scramble". The talk either side has pronouns and verbs of
its own, so it is no patter of content words alone, and the request inside it was only
asked about or refused as past; words that link to the phrase in no way at its seams,
sharing no word with the home, are another's talk, so it runs, and every cue the reading
with pauses hears still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._unlinked_amid import unlinked_amid
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("make coffee", "Coffee"), ("movie night", "Movie"), ("lights off", "Lights"),
    ("water the ferns", "Ferns"), ("ring grandad", "Grandad"))


@pytest.mark.parametrize(("text", "routine"), [
    ("shove it budge it make coffee nudges for all comers", "Coffee"),
    ("gotcha gotcha you're it movie night scramble scramble", "Movie"),
    ("hop it hop it water the ferns so you're the catcher", "Ferns"),
    ("gotcha gotcha ring grandad you're the catcher", "Grandad"),
    ("heave away shipmate make coffee a tot for the bosun", "Coffee"),
])
def test_a_phrase_amid_talk_that_links_to_it_in_no_way_runs(resolver: Resolver, text: str,
                                                             routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a verb of performing, naming or saying before it: the phrase may be its object
    "our roofer hums make coffee up the ladder",
    "grandad named his robot mower movie night last spring",
    "the parrot squawked lights off at the vicar",
    # a word at the seam before it that waits for it
    "my houseplant is called movie night in the porch",
    "let's not bother with movie night grumbles",
    "is the au pair permitted to make coffee sneezes",
    "now picture movie night keeping going",
    "shove it budge it the make coffee nudges",
    # one word said in two before it, or a word of the dictionary: a modifier of it
    "shove it budge it zig zag movie night nudges",
    "shove it budge it wooden movie night nudges for all comers",
    # a plural right before a phrase that opens with a verb: its subject
    "the grumpy ferrets water the ferns scurry scurry",
    # a word right after it that takes it in: a predicate, a preposition, a conjunction
    "shove it budge it make coffee was grand",
    "shove it budge it make coffee for the builders",
    "shove it budge it make coffee and biscuits",
    "ferrets scampering make coffee tumbling ferrets",
    # a word that bears on the request on either side, or a cue the pauses still hear
    "shove it budge it never make coffee scramble",
    "shove it budge it make coffee tomorrow evening",
    "shove it budge it make coffee she said",
    "gotcha gotcha movie night that was scramble",
    "gotcha gotcha movie night it goes scramble",
    # one word before it: not amid talk
    "budge make coffee scramble",
])
def test_words_that_may_link_to_it_still_stop_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_seams_are_read() -> None:
    lexicon = default_lexicon()

    def taught(word: str) -> bool:
        return word in {"make", "coffee", "movie", "night", "water", "the", "ferns"}

    def unlike(word: str) -> bool:
        return word not in {"coffees", "moovie"}

    def amid(before: str, after: str, phrase: str = "movie night") -> bool:
        return unlinked_amid(tokens(before, lexicon), tokens(phrase, lexicon),
                             tokens(after, lexicon), lexicon, taught, unlike)

    assert amid("shove it budge it", "nudges for all comers")
    assert amid("gotcha gotcha you're it", "scramble scramble")
    assert amid("gotcha gotcha", "you're the catcher")  # (a clause of its own after it)
    assert not amid("gotcha gotcha", "you're it")  # (a pro-form after it may point back)
    assert not amid("gotcha gotcha", "")  # (nothing after it)
    assert not amid("gotcha", "scramble scramble")  # (one word before it)
    assert not amid("gotcha gotcha it's", "scramble")  # (a word that waits for it)
    assert not amid("we all hum", "scramble scramble")  # (a verb that takes an object)
    assert not amid("shove it budge it", "coffees")  # (a word like a taught one)
    assert not amid("shove it budge it", "with gusto")
    assert not amid("shove it budge it", "rocking")  # (a participle: a predicate of it)
    assert not amid("the grumpy ferrets", "scurry", phrase="water the ferns")
    assert amid("gerbils gerbils", "scurry", phrase="water the ferns")  # (a call again)
