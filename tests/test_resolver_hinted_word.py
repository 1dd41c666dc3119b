"""A phrase heard with one real word in a taught word's place, the two met by the scorer only
through a hint of sound and more than a contrast apart as said, is asked about, never run
(issue 14: near siblings): "tell nan her bus is late" is not "... is waiting" misheard, nor
"sand the cedar edges" "... ends". A word a recogniser writes for the taught one still
runs: one contrast away ("likes" for "lights", "coat" for "goat"), its vowels kept and
only consonants changed ("tardy" for "party", "beans" for "peas"), or no word at all (:mod:`teachapp.understanding._hinted_word`)."""

from __future__ import annotations

from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._hinted_word import hinted_other
from teachapp.understanding.resolution import Decision

resolver = taught_resolver(
    ("tell nan her bus is waiting", "Bus"), ("put the frozen peas away", "Peas"),
    ("sand the cedar ends", "Cedar"), ("warm the goat milk", "Goat milk"),
    ("lights on", "Lights on"), ("bath time", "Bath"), ("party mode", "Party"))


@needs_dictionary
def test_another_real_word_met_by_a_hint_is_asked_about(resolver) -> None:
    for said, meant in (("tell nan her bus is late", "Bus"),
                        ("sand the cedar edges", "Cedar")):
        found = resolver.resolve(said)
        assert (found.decision, found.routine) == (Decision.CLARIFY, meant), said


@needs_dictionary
def test_a_word_a_recogniser_writes_for_the_taught_one_still_runs(resolver) -> None:
    for said, meant in (("likes on", "Lights on"), ("warm the coat milk", "Goat milk"),
                        ("tell nan her bus is waitin", "Bus"),
                        ("put the frozen peas away", "Peas"),
                        # (vowels kept, consonants changed: a slip, as noise makes them)
                        ("tardy mode", "Party"), ("put the frozen beans away", "Peas")):
        assert runs(resolver, said) == meant, said


@needs_dictionary
def test_the_words_are_compared_as_said_with_their_endings() -> None:
    assert hinted_other("late", "waiting", 0.26)  # ("wait", the stem, is one contrast)
    assert hinted_other("edges", "ends", 0.26)  # (another vowel, another consonant)
    assert not hinted_other("beans", "peas", 0.26)  # (the vowel kept: a voicing, a nasal)
    assert not hinted_other("tardy", "party", 0.26)  # (the vowels kept)
    assert not hinted_other("likes", "lights", 0.26)  # (one contrast: a stop's place)
    assert not hinted_other("late", "waiting", 0.4)  # (met by more than a hint)
    assert not hinted_other("zorbly", "waiting", 0.26)  # (no word a dictionary holds)
