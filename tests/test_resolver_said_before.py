"""A sentence of its own said before a taught phrase (issue 14): a sum worked out, a recipe
step, a clue solved, a message or a label read out, a remark about something else. Set off
by sentence punctuation, with words of its own and nothing that points at the request, it
leaves the phrase's sentence to be judged alone. Its out-of-scope twins do not run: the
home named first, a pro-form, a negation or a cancellation with nothing of its own, a
question about the phrase, a request said first, and a story whose next sentence is the
phrase in the past."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding._said_before import own_sentence, said_before
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("reading mode", "Reading"), ("water the ferns", "Ferns"), ("sauna on", "Sauna"),
    ("movie night", "Movie"), ("lock the shed", "Shed"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    # a sum worked out aloud, with its result or not
    ("twelve times four is forty eight. sauna on", "Sauna"),
    ("eighty take away thirty, fifty. water the ferns", "Ferns"),
    ("nine and six, that's fifteen. reading mode", "Reading"),
    # an instruction of something else, read or said to oneself
    ("fold in the egg whites gently. movie night", "Movie"),
    ("bear left at the roundabout! lock the shed", "Shed"),
    # a clue solved, a label or a message read out
    ("four down, small songbird, wren. water the ferns", "Ferns"),
    ("contents may settle, it says. reading mode", "Reading"),
    ("from ingrid: running late, save me a plate? sauna on", "Sauna"),
    ("barnaby says the ferry was cancelled. lock the shed", "Shed"),
    # a remark of the speaker's own, negated within it, or a question of its own
    ("the cat doesn't like rain. movie night", "Movie"),
    ("has barnaby passed his driving test? reading mode", "Reading"),
    ("council approves new cycle lanes. water the ferns", "Ferns"),
])
def test_a_sentence_of_its_own_said_first_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # the home, or the phrase, named first
    "we had reading mode yesterday. it was great",
    "turn off reading mode. reading mode",
    # a pro-form or an adverb that points at the request
    "is it on? reading mode",
    "i can't wait for this. movie night",
    "we did that already. movie night",
    # a negation or a cancellation with nothing of its own
    "no. not reading mode",
    "don't. sauna on",
    "cancel. lock the shed",
    # a question about the phrase, a request said first, a time or a level said first
    "can you? movie night",
    "ring grandma. movie night",
    "computer, play some jazz. sauna on",
    "what's the weather tomorrow? reading mode",
    "at seven. sauna on",
    "twenty. sauna on",
    # a story whose next sentence is the phrase in the past
    "we had a lovely weekend. we watched movie night",
    # no sentence punctuation: the whole is read as before
    "the kids are asleep reading mode was on",
])
def test_its_out_of_scope_twins_do_not_run(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("first", "own"), [
    ("the hedge needs trimming", True),
    ("seven plus five is twelve", True),
    ("it says handle with care", True),
    ("she told me", False),
    ("stop", False),
    ("the parade was cancelled", True),
    ("i love it", False),
    ("imagine a world without bees", False),
    ("tomorrow at nine", False),
])
def test_which_sentences_are_turns_of_their_own(first: str, own: bool) -> None:
    lexicon = default_lexicon()
    assert own_sentence(tokens(first, lexicon), lexicon, lambda word: False) is own


def test_each_run_of_own_sentences_offers_what_follows_it() -> None:
    lexicon = default_lexicon()
    said = "the bins went out. the hedge needs trimming. reading mode"
    assert list(said_before(said, lexicon, lambda word: False)) == [
        "the hedge needs trimming. reading mode", "reading mode"]
    assert list(said_before("no. reading mode", lexicon, lambda word: False)) == []


@pytest.mark.parametrize(("first", "own"), [
    # a condition closing a main clause of the sentence's own is bound inside it
    ("click once the hazard develops", True),
    ("brake hard if the road is icy", True),
    # no main clause before it: the condition may bear on the request
    ("once the kids are asleep", False),
    ("maybe if the kids sleep", False),
    ("after dinner once the plates are cleared", False),
    ("tonight if the kids sleep", False),
])
def test_a_final_condition_is_bound_to_its_sentence(first: str, own: bool) -> None:
    lexicon = default_lexicon()
    assert own_sentence(tokens(first, lexicon), lexicon, lambda word: False) is own


@pytest.mark.parametrize(("text", "routine"), [
    # an afterthought's "oh, and" ends the sentence before it, with no mark or a comma
    ("transaction complete oh and reading mode", "Reading"),
    ("clubcard holders earn extra points oh and movie night", "Movie"),
    ("vocabulary quiz available, oh and water the ferns", "Ferns"),
    ("tailgating penalties explained oh and lock the shed", "Shed"),
])
def test_a_phrase_said_after_oh_and_runs(resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # what follows "oh, and" is judged as it would be alone
    "transaction complete oh and no movie night",
    "transaction complete oh and is the sauna on",
    "transaction complete oh and don't water the ferns",
    # the sentence before it is no turn of its own
    "no oh and reading mode",
    "turn off the lamp oh and movie night",
    # "and" may join the phrase to it, in the scope of its cue
    "cancel the order oh and movie night",
    "the match was over oh and reading mode",
])
def test_oh_and_leaves_its_cues_and_the_sentence_before_it(resolver: Resolver,
                                                           text: str) -> None:
    assert _runs(resolver, text) is None


def test_oh_and_ends_a_sentence_the_phrase_cannot_be_joined_to() -> None:
    lexicon = default_lexicon()
    assert list(said_before("transaction complete, oh and reading mode", lexicon,
                            lambda word: False)) == ["oh and reading mode"]
    # (the phrase may be a second object of the speaker's verb, or in a cue's scope)
    for said in ("we loved the pizza oh and movie night", "cancel the order oh and movie night"):
        assert list(said_before(said, lexicon, lambda word: False)) == []


@pytest.mark.parametrize(("text", "routine"), [
    ("purl it all then sauna on", "Sauna"),
    ("treehouse secured then lock the shed", "Shed"),
    ("sideburns squared neatly then movie night", "Movie"),
    ("the bread has risen then lock the shed", "Shed"),
    ("the glue has set and then water the ferns", "Ferns"),
])
def test_a_phrase_said_as_the_next_move_after_then_runs(resolver: Resolver, text: str,
                                                        routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # what follows "then" is judged as it would be alone
    "purl it all then no movie night",
    "purl it all then is the sauna on",
    # the sentence before it is no turn of its own, or may carry the phrase
    "turn off the lamp then movie night",
    "cancel the order then movie night",
    # "then" an adverb of its own phrase
    "the kids were tiny back then reading mode",
    # a request of its own said first: two requests, one not taught (issue 14)
    "chisel the mortise pare the tenon and then water the ferns",
])
def test_then_leaves_its_cues_and_the_sentence_before_it(resolver: Resolver,
                                                         text: str) -> None:
    assert _runs(resolver, text) is None


def test_then_ends_a_sentence_the_phrase_cannot_be_joined_to() -> None:
    lexicon = default_lexicon()
    assert list(said_before("purl it all then reading mode", lexicon,
                            lambda word: False)) == ["then reading mode"]
    for said in ("we loved the pizza then movie night", "cancel the order then movie night",
                 "since then movie night"):
        assert list(said_before(said, lexicon, lambda word: False)) == []
