"""A taught phrase followed by "and then" and the next event of a story, in the past, is
told, not asked (issue 14): "water the garden and then the cat went mad" is what was said
or done before, whatever the event's subject. A request followed by "and then" and more of
what is wanted still reads as one. The sentences are this file's own."""

from __future__ import annotations

import pytest
from resolver_helpers import taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("water the garden", "Garden"), ("lights on", "Lights"), ("good morning", "Morning"))


@pytest.mark.parametrize("said", [
    "water the garden and then the cat went mad",
    "water the garden, and then the cat went mad",
    "lights on and then my sister screamed",
    "good morning and then we lost power",
    "lights on then the dog barked",
])
def test_the_next_event_of_a_story_takes_the_request_back(resolver: Resolver,
                                                          said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("water the garden", "Garden"),
    ("good morning and then the news", "Morning"),
])
def test_a_request_and_then_more_still_reads(resolver: Resolver, said: str,
                                             routine: str) -> None:
    assert resolver.resolve(said).routine == routine
