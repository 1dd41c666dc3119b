"""A taught phrase said last after someone else's talk, written with no punctuation (issue
14): "heave ho shipmate open the hatch", "gotcha gotcha you're it ring grandad". The talk
has an imperative, a vocative, a pronoun or a game's verb of its own, no shape of a clause
edge the readers of an unmarked edge know, so the request was only asked about or refused
as past; talk that links to it in no way at the seam, sharing no word with the home, ends
before it, so it runs, and every cue the reading with a pause hears still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._unlinked_before import unlinked_before
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("make coffee", "Coffee"), ("movie night", "Movie"), ("open the hatch", "Hatch"),
    ("lights off", "Lights"),
    ("water the ferns", "Ferns"), ("ring grandad", "Grandad"))


@pytest.mark.parametrize(("text", "routine"), [
    ("heave ho shipmate open the hatch", "Hatch"),
    ("gotcha gotcha you're it ring grandad", "Grandad"),
    ("nabbed you nabber kingpin movie night", "Movie"),
    ("shove it budge it make coffee", "Coffee"),
])
def test_a_phrase_after_talk_that_links_to_it_in_no_way_runs(resolver: Resolver, text: str,
                                                             routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a verb of naming, performing or an event before it: the phrase may be its object
    "my houseplant is called movie night",
    "grandad named his robot mower movie night",
    "who'd call a sourdough starter make coffee",
    "our roofer hums make coffee",
    "the twins adore movie night",
    "the kids loved movie night",
    # a word at the seam that waits for it
    "let's not bother with movie night",
    "is the au pair permitted to make coffee",
    "we had movie night",
    "my favourite is movie night",
    # a noun that may modify it, or a plural that may be the subject of its verb
    "the school movie night",
    "the gardeners water the ferns",
    # any word before a kind of device: it may say which one
    "shove it budge it lamppost lights off",
    # an adverb after a word that waits for it: "be" and its complement
    "the best man's speech was mainly make coffee",
    # an adjective waiting for its noun
    "the drowsy make coffee",
    # a word that bears on the request, or a cue the reading with a pause still hears
    "shove it budge it never make coffee",
    "shove it budge it tomorrow make coffee",
    "shove it budge it grandma make coffee",
    "he said shove it make coffee",
])
def test_words_that_may_link_to_it_still_stop_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_words_before_are_read() -> None:
    lexicon = default_lexicon()

    def taught(word: str) -> bool:
        return word in {"make", "coffee", "movie", "night"}

    def unlike(word: str) -> bool:
        return word != "moovie"

    def before(said: str, phrase: str = "movie night", after: str = "") -> bool:
        return unlinked_before(tokens(said, lexicon), tokens(phrase, lexicon),
                               tokens(after, lexicon), lexicon, taught, unlike)

    assert before("gotcha gotcha you're it")
    assert before("shove it budge it", phrase="make coffee")
    assert not before("gotcha gotcha", after="scramble")  # (words after it: not last)
    assert not before("gotcha")  # (one word)
    assert not before("gotcha moovie")  # (a word like a taught one)
    assert not before("gotcha gotcha the")  # (a word that waits for it)
    assert not before("gotcha the school")  # (a noun that may modify it)
    assert before("gotcha gotcha bingo bingo")  # (unless called already)
    assert not before("we all chant")  # (a verb that may take it as its object)
    assert not before("gotcha the drowsy")  # (an adjective waiting for its noun)
    assert not unlinked_before(["polish", "brass"], ["movie", "night"], [], lexicon, taught,
                               unlike, freed=["then"])  # (a second request joined)
