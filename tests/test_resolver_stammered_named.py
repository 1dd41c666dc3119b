"""A word said twice in a row, read once, runs the phrase even when the heard reading
named another one and rejected (:meth:`Resolver._said_once`): the copy and an aside's
particle can make the words heard look like another phrase ("kiln off off, a beetle's
glued on" read as "kiln on" and the past). On the code before, the run had to name the
routine the heard reading named, and each case below was rejected. The text said once
keeps its cues, and a copy that is no word of the phrase run is no stammer of it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(("kiln off", "Kiln"), ("kiln on", "Kiln on"),
                           ("night lantern", "Night"), ("lanterns off", "Off"),
                           ("all lanterns off", "All"))


@pytest.mark.parametrize(("text", "routine"), [
    ("kiln off off, a beetle's glued on", "Kiln"),
    ("kiln kiln off, a beetle's stuck on", "Kiln"),
    ("kiln off off, a moth's pinned on", "Kiln"),
])
def test_a_copy_read_once_runs_the_phrase_the_heard_reading_missed(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "don't don't kiln off, a beetle's glued on",   # (the cue stays)
    "kiln off off, we glued it on",                # (the past of a pro-form's object)
    "kiln kiln, a beetle's glued on",              # (no phrase said once)
    "kiln off off? a beetle's glued on",           # (a question)
    "knock knock, a beetle's glued on",            # (a copy of no phrase word)
])
def test_cues_and_copies_of_no_phrase_word_still_stop(
        resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None
