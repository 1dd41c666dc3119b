"""A clause said after a clause of the speaker's own, beside a taught phrase said before
both (issue 14): its cue is that clause's, so the phrase runs. A reporting frame closing a
horoscope or a rhyme ("..., libra: a stranger brings news, it says", "..., hickory dickory
dock, says the old rhyme"), a negated clause whose subject the line before supplies ("...,
we'll meet again, don't know how"), a comment said last ("..., the capital's canberra,
duh"), a clause joined by "and" before the first pause ("... and it's the amazon, you
muppet"), a connective before a vocative and a question to someone else ("... and, maisie,
where's your reading book?"), a sibling told to stop an activity of their own ("...,
stop pinching me"), and where the speaker calls from ("..., from the cellar"). Said right after the phrase, or pointing back at it, each cue still
reaches it: "porch light on, it says", "..., i don't think so", "..., did it work?",
"..., not now", "..., we did that yesterday", "..., stop it"."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(("porch light on", "Porch"), ("story time", "Story"),
                           ("bath time", "Bath"), ("fan on", "Fan"),
                           ("warm the conservatory", "Conservatory"),
                           ("where's my phone", "Phone"))


@pytest.mark.parametrize(("text", "routine"), [
    # a reporting frame after a quote of the speaker's own: a text reports it
    ("porch light on, libra: a stranger brings news, it says", "Porch"),
    ("warm the conservatory, sagittarius: rest your feet, my stars say", "Conservatory"),
    ("story time, hickory dickory dock, says the old rhyme", "Story"),
    # a negated clause whose subject the line before supplies
    ("bath time, we'll meet again, don't know how", "Bath"),
    ("bath time, we'll meet again, don't know where", "Bath"),
    # a comment said last on the clause before it
    ("story time, the capital's canberra, duh", "Story"),
])
def test_a_cue_after_a_clause_of_its_own_is_that_clauses(resolver: Resolver, text: str,
                                                         routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("story time and it's the nile, you muppet", "Story"),
    ("fan on and, maisie, where's your reading book?", "Fan"),
])
def test_a_clause_joined_before_the_first_pause_is_its_own(resolver: Resolver, text: str,
                                                           routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("porch light on, stop pinching me", "Porch"),
    ("bath time, quit kicking my chair", "Bath"),
])
def test_stopping_an_activity_of_someone_elses_cancels_nothing(resolver: Resolver,
                                                                text: str,
                                                                routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("porch light on, from the cellar", "Porch"),
    ("bath time, from upstairs", "Bath"),
])
def test_where_the_speaker_calls_from_asks_for_nothing(resolver: Resolver, text: str,
                                                      routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a position says which one; a device, a time or a taught word after "from" may say
    # what to take something from
    "fan on, in the cellar",
    "fan on, from the speaker",
    "fan on, from six",
    "fan on, from the porch",
    # the cue right after the phrase reaches it
    "porch light on, it says",
    "porch light on, i don't think so",
    "porch light on, did it work?",
    "porch light on, not now",
    "porch light on, we did that yesterday",
    "porch light on, and, not now",
    # a person who reports may have said the request too
    "porch light on, the postman's here, my mum says",
    # a clause that points back at the request, or refuses with no verb of its own
    "story time, the capital's canberra, don't do it",
    "story time, the capital's canberra, not now",
    # stopping the request itself
    "porch light on, stop it",
    "porch light on, stop doing that",
    "fan on, quit running",
])
def test_a_cue_that_reaches_the_phrase_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
