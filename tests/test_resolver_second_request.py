"""A second request joined to a taught phrase by "and" after a pause (issue 14: "two
requests, one not taught, a pause before and", benchmarks/_resolver_multipart.py): the
phrase does not run alone with the rest dropped. Without the pause the text was already
no phrase ("reading mode and make coffee"); with it, "and" opened the clause as a function
word does, so the request verb after it was not seen and the phrase ran. A clause of the
speaker's own after "and" still leaves the phrase to run."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("reading mode", "Reading"), ("lock up", "Lock"),
    ("bath time", "Bath"), ("good night", "Night"), ("lights on", "Lights"))


@pytest.mark.parametrize("text", [
    "reading mode, and make coffee",
    "reading mode. and make coffee",
    "reading mode, and then make coffee",
    "reading mode, then make coffee",
    "reading mode, and call mum",
    "reading mode, and could you make coffee",
    "reading mode, and um make coffee",
    "movie night, and play some jazz",
    "lock up, and then play some jazz",
    "and then make coffee. reading mode",
])
def test_a_second_request_after_and_runs_nothing(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("reading mode, and the baby is asleep", "Reading"),
    ("reading mode, and i'm off to bed", "Reading"),
    ("movie night, and thanks", "Movie"),
    ("bath time, and relax", "Bath"),
    ("good night, and thanks nora", "Night"),
    ("reading mode", "Reading"),
])
def test_a_clause_of_the_speakers_own_after_and_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "reading mode, and renew my passport",
    "reading mode, and then knit a scarf",
    "movie night, and wash the car",
    "lock up, and teach me french",
    "bath time, and um polish my boots",
    "reading mode. and sharpen the knives",
    "knit a scarf, and reading mode.",
    "renew my passport, and movie night",
    "wash the car. and lock up",
])
def test_a_second_request_no_list_knows_runs_nothing(resolver: Resolver, text: str) -> None:
    """The verb is on no list of request words; the clause has an imperative's shape, a
    verb and its object (:mod:`teachapp.understanding._second_request`). These ran the
    phrase alone on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("lights on, and it's gone midnight", "Lights"),
    ("reading mode, and all that", "Reading"),
    ("movie night, and the kids are asleep", "Movie"),
    ("bath time, and thanks a lot", "Bath"),
    ("lock up, and take your coat", "Lock"),
    ("cast on forty stitches, movie night", "Movie"),
])
def test_no_imperative_of_its_own_beside_and_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "reading mode, and big red bus",
    "movie night, and then purple elephant dance",
    "big red bus, and lights on.",
    "text my brother, and reading mode.",
    "email my sister, and movie night.",
])
def test_a_second_request_named_or_with_its_object_freed_runs_nothing(
        resolver: Resolver, text: str) -> None:
    """A bare noun phrase said as a request ("big red bus"), and a request whose object is
    also an address ("text my brother": "my brother" was freed as said to the listener,
    the verb then as a call set apart by the comma). On main "big red bus" and "text my
    brother" ran the phrase alone."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("right, and reading mode.", "Reading"),
    ("okay my love, and movie night", "Movie"),
    ("lights on, and rain stops play", "Lights"),
])
def test_a_lead_in_or_a_statement_beside_and_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "renew my passport then reading mode",
    "wash the car then movie night",
    "renew my passport and then reading mode",
    "first wash the car then lock up",
    "wash the car, then movie night",
    "wash the car, and then movie night",
    "wash the car, after that movie night",
    "Wash the car. Then movie night.",
    "polish the brass then bath time, the kids are asleep",
    "renew my passport then lights on, the kids are asleep",
    "wash the car then movie night, ooh, a biplane",
])
def test_a_request_before_then_runs_nothing(resolver: Resolver, text: str) -> None:
    """An untaught request said first and joined to the phrase by "then" (issue 14, the
    forty-fifth set's "an untaught request joined to it by then"): the two are asked
    about, as with "and", not the phrase run with the request dropped. Each ran the
    phrase on main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("right then, movie night", "Movie"),
    ("right then movie night", "Movie"),
    ("movie night then", "Movie"),
    ("ok then reading mode", "Reading"),
    ("go on then lock up", "Lock"),
    ("the dealer reveals the trump suit then movie night", "Movie"),
    ("treehouse secured then lock up", "Lock"),
    ("i wash the car then movie night", "Movie"),
    ("cinderella fled the palace then movie night", "Movie"),
])
def test_then_as_a_filler_or_after_a_statement_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    """"then" that closes a formula, or follows a statement of the speaker's own or a
    verb in the third person, joins no request: the phrase runs."""
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "hajime wash the car then movie night",
    "hajime, wash the car then movie night",
    "heave ho heave renew my passport then reading mode",
    "heave, ho, heave, renew my passport then reading mode",
    "here kitty kitty polish the brass then bath time",
    "ding ding round one clear the gutters and then lock up",
])
def test_a_request_after_a_call_before_then_runs_nothing(resolver: Resolver,
                                                         text: str) -> None:
    """An untaught request said after a call or a cry, written with no sentence end
    between them, then joined to the phrase by "then" (issue 14, the forty-fifth set's
    "an untaught request joined to it by then, wrapped", bare and with commas): the two
    are asked about, not the phrase run with the request dropped. Each ran the phrase on
    main."""
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("the knight slew the dragon then movie night", "Movie"),
    ("grandpa dug the garden then movie night", "Movie"),
    ("we wash the car then movie night", "Movie"),
    ("the kids wash the car then movie night", "Movie"),
    ("we'll wash the car then movie night", "Movie"),
    ("my sister renews her passport then reading mode", "Reading"),
    ("chains rattled beneath the vestry then movie night", "Movie"),
    ("the ghost walking across the attic then lock up", "Lock"),
])
def test_a_story_or_a_plan_before_then_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    """What a subject did, does or will do, said before "then", is no request: its verb
    is past, agrees with the subject or follows an operator, and the phrase runs."""
    assert runs(resolver, text) == routine
