"""A taught phrase said first, then household speech, with no pause marked (issue 14; text
as an open-vocabulary recogniser such as Vosk writes it): "movie night we're off to bed".
The words after the phrase are a clause of the speaker's own when they have a subject
that cannot be a noun the phrase modifies (a pronoun, a determiner and its noun, maybe
after an interjection) and a finite verb, or are a whole exclamative ("what a palaver"),
and name nothing of the home nor point back at the request: then the request runs. A bare
noun after the phrase, a verb with no subject, a pro-form or a cue of the whole utterance
keeps it asked about or rejected."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("reading mode", "Reading"), ("lock up", "Lock"),
    ("nap time", "Nap"))


@pytest.mark.parametrize(("text", "routine"), [
    # a clause with a subject of its own and a finite verb
    ("movie night we're off to bed", "Movie"),
    ("lock up i'm off to work", "Lock"),
    ("reading mode the kids are finally asleep", "Reading"),
    ("nap time the baby is shattered", "Nap"),
    # a whole exclamative
    ("movie night what a palaver", "Movie"),
])
def test_the_phrase_then_a_clause_of_the_speakers_own_runs(resolver: Resolver, text: str,
                                                           routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a bare noun may be the head of a compound the phrase modifies
    "movie night tickets are sold out",
    # no subject of its own: the phrase is the subject
    "movie night keeps playing up",
    # a verb whose object may be the request
    "movie night the kids loved",
    # a pro-form or the cancellation "off" ending its clause
    "movie night we're calling it off",
    "movie night we're off",
    # a general noun in the exclamative may be the request itself
    "movie night what a good idea",
    # a home's word in it
    "movie night what a rubbish film",
])
def test_the_phrase_then_words_that_may_go_on_with_it_does_not_run(resolver: Resolver,
                                                                    text: str) -> None:
    assert runs(resolver, text) is None


def test_off_before_a_preposition_is_a_verb_of_motion_not_a_cancellation(
        resolver: Resolver) -> None:
    assert runs(resolver, "lock up we're off to the shops") == "Lock"
    assert resolver.resolve("movie night we're off").decision != "run"
