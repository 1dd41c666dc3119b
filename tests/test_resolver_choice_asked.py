"""Someone else's question said first, and a question after the phrase about a name.

A question that asks its listener what they want ("what'll it be, love?", "what can i get
you?") or offers its listener a thing of its own ("would you like fries with that?") is
someone else's line with the speaker for its listener: the phrase said after it is the
answer, a request of its own; so is the phrase after a check that the listener attends
("are you listening?") (:mod:`teachapp.understanding._choice_asked`). A question the
speaker asks about the request itself still asks back ("can you? movie night", "would you
like that? movie night"). A wh-question after the phrase whose subject is a name or a
plural with its verb in the progressive ("where's rex hiding?") asks about its own
subject (:func:`teachapp.understanding._clause_shape.own_shape`). The sentences are
imagined for these tests (no set's sentences).
"""

from __future__ import annotations

import pytest
from resolver_helpers import taught_resolver

from teachapp.understanding._asked_first import asked_about_first
from teachapp.understanding._choice_asked import choice_asked, offered_thing
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie night"), ("lights off", "Lights off"),
    ("make coffee", "Coffee"), ("reading mode", "Reading mode"))


@pytest.mark.parametrize("question", [
    "what'll it be?", "what can i get you?", "what would you like, love?",
    "what do you fancy?", "which would you prefer, sir?", "what'll you have?",
    "would you like a receipt?", "do you want a bag for that?",
    "are you listening?", "are you still listening?",
])
def test_a_question_asking_the_listener_what_they_want_leaves_the_request(
        resolver: Resolver, question: str) -> None:
    found = resolver.resolve(f"{question} movie night")
    assert (found.decision, found.routine) == ("run", "Movie night")


@pytest.mark.parametrize("question", [
    "can you?", "would you?", "would you like that?", "do you want it?", "is that okay?",
    "are you sure?", "are you able to?", "are you doing it?",
])
def test_a_question_about_the_request_itself_still_asks_back(
        resolver: Resolver, question: str) -> None:
    assert resolver.resolve(f"{question} movie night").decision != "run"


@pytest.mark.parametrize("text", [
    "what'll it be? don't make coffee", "what can i get you? did we have movie night",
    "would you like a receipt? lights off yesterday",
])
def test_the_answer_is_judged_alone(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).decision != "run"


def test_choice_asked_reads_the_shape() -> None:
    lexicon = default_lexicon()

    def asked(text: str) -> bool:
        return choice_asked(tokens(text, lexicon), lexicon)

    assert asked("what'll it be, luv")
    assert asked("what can i get you")
    assert not asked("what does it do")  # (no verb of choice)
    assert not asked("what will it cost you today")
    assert not asked("what is it")  # (no modal: asks what a thing is)
    assert not asked("would you like that")  # (the request itself)
    assert offered_thing(tokens("would you like fries with that", lexicon), lexicon)
    assert not offered_thing(tokens("can you do that", lexicon), lexicon)
    assert not asked_about_first("would you like fries with that? movie night", lexicon)
    assert asked_about_first("would you like that? movie night", lexicon)


@pytest.mark.parametrize(("text", "ran"), [
    ("reading mode, where's rex hiding?", True),
    ("lights off, why are prices rising?", True),
    ("reading mode, where's it going?", False),  # (a pro-form: may be the request)
    ("reading mode, where's the reading going?", False),  # (a word of the phrase)
])
def test_a_question_after_about_a_name_of_its_own(resolver: Resolver, text: str,
                                                  ran: bool) -> None:
    assert (resolver.resolve(text).decision == "run") is ran


@pytest.mark.parametrize("first", [
    "red leather, yellow leather.", "golden hour, purple sky.", "white horses, green fields.",
])
def test_a_colour_before_a_noun_said_first_is_no_request(resolver: Resolver,
                                                         first: str) -> None:
    """A colour is a request word as the value a request sets ("turn the lamp red"), never
    as its verb: a sentence opening with a colour before a noun of its own is a noun phrase
    of the speaker's own (:func:`teachapp.understanding._said_before.own_sentence`)."""
    found = resolver.resolve(f"{first} movie night")
    assert (found.decision, found.routine) == ("run", "Movie night")


def test_a_request_word_said_first_still_makes_a_request(resolver: Resolver) -> None:
    assert resolver.resolve("play the blue album. movie night").decision != "run"
