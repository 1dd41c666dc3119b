"""A name made of a taught name is another person, not the taught name misheard (issue 14:
held-out routines): a name the list knows heard as the taught name with a name's ending
after it ("ring bethany" does not ring Bethan, though no list knows "bethan"), or the
taught name's start with the diminutive "-y" in the place of its end ("feed barney" does not
feed Barnacle). The taught name misheard still runs
(:func:`teachapp.understanding._name_spelling.grown_name`,
:func:`teachapp.understanding._names.heard_as`)."""

from __future__ import annotations

from resolver_helpers import runs, taught_resolver

from teachapp.understanding._name_spelling import grown_name
from teachapp.understanding._names import heard_as

resolver = taught_resolver(("ring bethan", "Bethan"), ("message ama", "Ama"),
                           ("feed barnacle", "Barnacle"), ("warm the rayburn", "Rayburn"),
                           ("movie night", "Movie"))


def test_a_name_made_of_the_taught_one_does_not_run_it(resolver) -> None:
    for said in ("ring bethany", "ring ring bethany", "feed barney", "oya, feed barney"):
        assert runs(resolver, said) is None, said


def test_the_taught_name_misheard_still_runs(resolver) -> None:
    for said, meant in (("ring bethan", "Bethan"), ("ring bethn", "Bethan"),
                        ("message ama", "Ama"), ("feed barnakle", "Barnacle"),
                        ("feed barnacle", "Barnacle"), ("warm the ruy burn", "Rayburn")):
        assert runs(resolver, said) == meant, said


def test_a_name_grows_by_an_ending_after_it() -> None:
    assert grown_name("bethany", "bethan")
    assert grown_name("paula", "paul")
    assert not grown_name("tellama", "ama")  # (a word put before)
    assert not grown_name("bethan", "bethan")


def test_a_diminutive_in_the_place_of_the_end_is_another_name() -> None:
    assert not heard_as("barney", "barnacle")
    assert heard_as("halhis", "hal")  # (run together with the next word)
    assert heard_as("barnakle", "barnacle")
    assert heard_as("ruy", "rayburn")  # (no syllable closed before the "-y": split)
