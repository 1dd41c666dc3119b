"""A taught phrase offered to someone in the room, or imagined (issue 14): the speaker
offering to do it themselves for a listener ("shall i lock up for you?", "would you like
me to feed the dog?", "i could call grandma for you if you like") asks the assistant
nothing, and neither does a request set in a supposition ("as a thought experiment, ...",
"hypothetically speaking, ..."). First-person requests ("can i have movie night", "let's
have bath time") and requests with the speaker as beneficiary ("lock up for me") still
run."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs
from resolver_helpers import taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("lock up", "Lock"), ("feed the dog", "Dog"),
    ("porch light on", "Porch"), ("call grandma", "Grandma"), ("party mode", "Party"),
    ("lights on", "Lights"), ("water the plants", "Plants"), ("open the garage", "Garage"))


@pytest.mark.parametrize("text", [
    # a first-person subject and a modal, with a benefit to the listener after the phrase
    "shall i lock up for you, love?",
    "i could feed the dog for you if you like",
    "i can water the plants for you",
    "we'll feed the dog for you",
    "i might call grandma for you if you want",
    "let me open the garage for you, nan",
    "right then, i could porch light on for you if you'd like",
    # a wish of the listener's with the speaker for its object
    "would you like me to lock up?",
    "do you want us to water the plants?",
    "want me to open the garage?",
    "do you need me to call grandma, dad?",
    "you look frozen. would you like me to party mode, sweetie?",
])
def test_an_offer_to_someone_in_the_room_runs_nothing(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "just as a thought experiment, call grandma",
    "hypothetically speaking, lock up",
    "theoretically speaking, party mode",
    "notionally, lights on",
    "in the abstract, open the garage",
    "just a hypothetical, feed the dog",
    "purely in theory, movie night",
    "lock up, hypothetically speaking",
])
def test_a_request_set_in_a_supposition_runs_nothing(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("can i have movie night", "Movie"),
    ("could i get the lights on", "Lights"),
    ("i'd like movie night", "Movie"),
    ("i want movie night", "Movie"),
    ("can we have party mode please", "Party"),
    ("shall we have movie night", "Movie"),
    ("let's have movie night", "Movie"),
    ("i could do with movie night", "Movie"),
    # the speaker, not the listener, is the beneficiary; a wish with "you" for object
    ("could you lock up for me", "Lock"),
    ("call grandma for me please", "Grandma"),
    ("please feed the dog for us", "Dog"),
    ("i want you to lock up", "Lock"),
    ("i need you to feed the dog", "Dog"),
    ("lock up, if you don't mind", "Lock"),
    ("movie night, if you could", "Movie"),
])
def test_a_first_person_request_still_runs(resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine
