"""Four shapes that make a taught phrase something other than a request (issue 14, the
twenty-second held-out set): the request named in a frame rather than made ("picture me
asking you to ..."), an "or" question or a confirming tag after it ("..., or what do you
think?", "..., yes or no?", "..., right?"), the thing it acts on said to be in the state it
would leave ("..., the bath's full already", "..., corrie's been fed"), and an echo
question about the hour after a phrase whose home taught "this" or "at" elsewhere. Each
has in-scope twins of the same surface that still run. The sentences are this file's own,
in no benchmark set."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("imagine dragons on", "Music"), ("picture frame lights on", "Frame"),
    ("party mode", "Party"), ("feed corrie", "Corrie"), ("boil the kettle", "Tea"),
    ("goodbye house", "Leave"), ("walk the dog", "Dog"), ("tidy the playroom", "Playroom"),
    ("fill the bird bath", "Birdbath"), ("empty the bins", "Bins"), ("ring gran", "Gran"),
    ("movie night", "Movie"), ("lock the back door", "Lock"),
    # (a phrase that teaches "this" and "at", function words of an echo of the hour)
    ("how many steps this week", "Steps"), ("swim practice at four", "Swim"))


@pytest.mark.parametrize("said", [
    "envision me asking you to party mode",
    "just picture us telling you to movie night",
    "think of my sister begging you to ring gran",
    "picture yourself being told to walk the dog",
    "picture the day i ask you to lock the back door",
    "dream about someone ordering you to boil the kettle",
])
def test_a_request_named_in_a_frame_does_not_run(resolver: Resolver, said: str) -> None:
    result = resolver.resolve(said)
    assert result.decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("imagine dragons on", "Music"),
    ("picture frame lights on", "Frame"),
    ("picture frame lights on, please", "Frame"),
    ("i'm asking you to ring gran", "Gran"),
    ("mum's asking you to walk the dog", "Dog"),
    ("just asking you to feed corrie", "Corrie"),
])
def test_a_request_made_with_a_verb_of_asking_runs(resolver: Resolver, said: str,
                                                   routine: str) -> None:
    assert runs(resolver, said) == routine


@pytest.mark.parametrize("said", [
    "party mode, or what do you think?",
    "movie night, or how does that sound?",
    "walk the dog, or, what's your view?",
    "ring gran, yes or no?",
    "boil the kettle, yay or nay?",
    "tidy the playroom, or better not?",
    "lock the back door, right?",
])
def test_an_or_question_or_a_confirming_tag_makes_it_a_question(resolver: Resolver,
                                                                  said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("party mode, or else!", "Party"),
    ("movie night, or something", "Movie"),
    ("movie night, shall we?", "Movie"),
    ("feed corrie, yeah?", "Corrie"),
    ("walk the dog, right now", "Dog"),
    ("party mode, what do you reckon it'll be like?", "Party"),
])
def test_a_tag_that_presses_or_proposes_still_runs(resolver: Resolver, said: str,
                                                   routine: str) -> None:
    assert runs(resolver, said) == routine


@pytest.mark.parametrize("said", [
    "feed corrie, corrie's been fed",
    "ring gran, gran's been rung already",
    "tidy the playroom, it's tidy already",
    "fill the bird bath, it's full already",
    "fill the bird bath, the water's full already",
    "boil the kettle, the water's hot already",
    "walk the dog, the dog's been walked",
])
def test_the_state_the_request_would_leave_said_to_hold_does_not_run(resolver: Resolver,
                                                                     said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("feed corrie, she's hungry", "Corrie"),
    ("walk the dog, he's desperate", "Dog"),
    ("empty the bins, they're overflowing", "Bins"),
    ("lock the back door, it's unlocked", "Lock"),
    ("party mode, the guests are here already", "Party"),
    # (the phrase said again, for emphasis, says no state of it)
    ("movie night, movie night now", "Movie"),
    ("goodbye house, goodbye house", "Leave"),
    ("movie night, the popcorn's ready already", "Movie"),
])
def test_another_state_or_a_reason_still_runs(resolver: Resolver, said: str,
                                              routine: str) -> None:
    assert runs(resolver, said) == routine


@pytest.mark.parametrize("said", [
    "empty the bins, the bins are full already",
    "fill the bird bath, it's empty already",
])
def test_a_state_that_is_no_result_of_the_verb_is_not_taken_for_one(resolver: Resolver,
                                                                     said: str) -> None:
    # (a reason: full bins want emptying; the phrase may still be asked about for the
    # extra words, but never refused as done already)
    assert resolver.resolve(said).reason != "opinion"


@pytest.mark.parametrize("said", [
    "goodbye house? at this hour?",
    "party mode? at this time of night?",
    "movie night? this late?",
])
def test_an_echo_question_about_the_hour_does_not_run(resolver: Resolver,
                                                      said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("goodbye house, see you at six", None),
    ("party mode now!", "Party"),
    ("ring gran? yes please", "Gran"),
])
def test_a_time_said_with_the_request_is_no_echo_question(resolver: Resolver, said: str,
                                                           routine: str | None) -> None:
    if routine is not None:
        assert runs(resolver, said) == routine
    else:
        assert resolver.resolve(said).reason != "opinion"
