"""A person said to move in place beside a request (issue 14): "party mode, she budged",
"tea time you fidgeted", a player caught moving in a game of statues or a child who cannot
sit still. A verb of body-internal motion takes no event for its object, so the past is
the remark's own, no story of the request: it runs, with the pause written or not. Before,
the -ed word read as the past and the request was turned down. A verb that may take the
request ("he watched"), "we" telling the household's story, "it" and more words after the
verb still read as the past."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._body_moved import body_moved
from teachapp.understanding.normalize import default_lexicon

resolver = taught_resolver(
    ("party mode", "Party"), ("ring nan back", "Nan"), ("tea time", "Tea"),
    ("porch light on", "Porch"))


@pytest.mark.parametrize(("text", "routine"), [
    ("party mode, she budged", "Party"),
    ("tea time, you fidgeted", "Tea"),
    ("ring nan back, so he squirmed", "Nan"),
    ("porch light on, they've wriggled about", "Porch"),
    ("party mode she twitched", "Party"),
    ("tea time you fidgeted", "Tea"),
    ("ring nan back he shuddered", "Nan"),
])
def test_a_person_moving_in_place_leaves_the_request_to_run(resolver, text: str,
                                                            routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "party mode, he watched",              # (a verb that may take the request)
    "tea time, she loved it",              # (and "it" may point back at it)
    "party mode, we fidgeted",             # (the household's story)
    "tea time, she budged it",             # (an object after the verb)
    "party mode, you fidgeted again",      # ("again" may point back at the request)
    "party mode, she fidgeted yesterday",  # (a time: a story)
    "party mode we fidgeted",
])
def test_the_past_of_a_story_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_reader_itself() -> None:
    lexicon = default_lexicon()
    never = lambda word: False  # noqa: E731
    assert body_moved(["she", "budged"], lexicon, never) == 1
    assert body_moved(["oh", "she", "is", "budged"], lexicon, never) == 3
    assert body_moved(["she", "budged"], lexicon, lambda w: w == "budged") is None
    assert body_moved(["she", "watched"], lexicon, never) is None
    assert body_moved(["the", "kids", "budged"], lexicon, never) is None
