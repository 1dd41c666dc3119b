"""A taught phrase quoted as what a thing reads is no request when a filler or a misheard
first word stands between the verb and the phrase (issue 14): "the headstone reads um
disarm the alarm", "the old sign reads rink sherry" quote it as "the headstone reads
disarm the alarm" does. The sentences are this file's own."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("disarm the alarm", "Alarm"), ("ring sherry", "Sherry"), ("gaming mode", "Gaming"),
    ("wake up", "Wake"))


@pytest.mark.parametrize("said", [
    "the old headstone in the churchyard reads um disarm the alarm",
    "the old headstone in the churchyard reads um disarm the alar",
    "the old headstone in the churchyard reads rink sherry",
    "the old headstone in the churchyard reads gamin gamin mode",
])
def test_a_phrase_quoted_as_what_a_thing_reads_does_not_run(resolver: Resolver,
                                                            said: str) -> None:
    assert resolver.resolve(said).decision != "run"


@pytest.mark.parametrize(("said", "routine"), [
    ("um disarm the alarm", "Alarm"),
    ("rink sherry", "Sherry"),
    ("wake up", "Wake"),
])
def test_the_phrase_said_alone_still_runs(resolver: Resolver, said: str,
                                          routine: str) -> None:
    assert runs(resolver, said) == routine
