"""A taught phrase said beside a question of the speaker's own about something else runs
(issue 14): a wh-phrase with a noun of its own ("how many wheels has a tricycle", "whose
umbrella is this", "which of you pinched my pen"), "do" with a noun of its own and no
determiner ("how do you pronounce quinoa", "why do cats purr"), "why" and "be" before a
noun phrase and its state ("why's the cat so grumpy"), an existential "there" ("why is
there sand in my shoe"), a demonstrative identified as a thing not yet named ("is that a
heron"), or a partitive subject ("none of you washed my mug"). A question that bears on
the request or the home does not let it run: a pro-form, a taught word, a noun of
relation ("what time is that", "is that a problem", "whose idea was this"), a device or a
room ("which lamp is that"), the definite article of identification ("is that the
bath"), or "or" before a question of its own ("..., or what do you reckon?"). The
sentences are this file's own, in no benchmark set (see :mod:`_asked_aside`)."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("bath time", "Bath"), ("defrost the car", "Car"),
    ("story time", "Story"), ("porch light on", "Porch"), ("how many steps today", "Steps"))


@pytest.mark.parametrize(("said", "routine"), [
    # "how many" / "how much" and a noun of its own, then an operator and a subject
    ("movie night, how many wheels has a tricycle?", "Movie"),
    ("how many eggs does a hen lay? bath time", "Bath"),
    ("defrost the car, how many goals has kane scored?", "Car"),
    # ... the wh-phrase the subject, its verb a plain form or a past with no -ed
    ("how many people live in wales? movie night", "Movie"),
    ("bath time, which of the kids drew on the wall?", "Bath"),
    # "how much" alone before a subject of its own
    ("how much does a giraffe weigh? story time", "Story"),
    # ... in a home that taught "how many" in a phrase: a quantifier is a closed class
    ("story time, how many moons has jupiter?", "Story"),
    # "whose", "which", "what" and a noun, then "be" and a demonstrative or "mine"
    ("whose umbrella is this? movie night", "Movie"),
    ("bath time, what flower is that?", "Bath"),
    ("which mug is mine? story time", "Story"),
    # a partitive subject, its verb and an object of its own
    ("movie night, which of you pinched my pen?", "Movie"),
    ("which of you lot scoffed my sandwich? bath time", "Bath"),
    ("story time, none of you washed my mug?", "Story"),
    # "do", a subject and its verb, a noun with no determiner
    ("how do you pronounce quinoa? movie night", "Movie"),
    ("bath time, why do cats purr?", "Bath"),
    ("defrost the car, where do hedgehogs sleep?", "Car"),
    # "why" and "be" before a noun phrase and its state, "why's" as said
    ("why's the cat so grumpy? story time", "Story"),
    ("movie night, why are my socks damp?", "Movie"),
    # an existential "there" after a wh-word
    ("bath time, why is there sand in my shoe?", "Bath"),
    ("how come there's a hole in my sock? movie night", "Movie"),
    # a demonstrative identified as a thing not yet named
    ("is that a heron? defrost the car", "Car"),
    ("story time, are those swallows?", "Story"),
])
def test_a_phrase_beside_a_question_about_something_else_runs(
        resolver: Resolver, said: str, routine: str) -> None:
    assert runs(resolver, said) == routine


@pytest.mark.parametrize("said", [
    # a pro-form or a taught word: the question is about the request
    "movie night, how long will it take?",
    "bath time, how many lamps does bath time use?",
    "which of you wants bath time? bath time",
    "is that the bath? bath time",
    "story time, is this the right one?",
    # a noun of relation: its time, kind or worth
    "defrost the car, what time is that?",
    "movie night, is that a problem?",
    "is that a good idea? movie night",
    "movie night, whose idea was this?",
    "bath time, is there a problem?",
    # a device, a room or a thing a request asks for
    "story time, which lamp is that?",
    "movie night, why is the heating on?",
    "bath time, why is the bathroom so cold?",
    # the existential negated
    "bath time, why is there no hot water?",
    # "or" before a question of its own: an alternative question, the request open
    "movie night, or what do you reckon?",
    "story time, or how does that sound?",
])
def test_a_question_bearing_on_the_request_or_the_home_does_not_run(
        resolver: Resolver, said: str) -> None:
    assert runs(resolver, said) is None


def test_or_what_alone_still_presses_the_request(resolver: Resolver) -> None:
    # ("or what" alone is no alternative question: it presses, and its "what" is read
    # as it was before)
    assert runs(resolver, "movie night, what do you reckon?") == "Movie"
