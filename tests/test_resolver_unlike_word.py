"""A phrase one real word from a taught one, that word neither written nor said like the
taught word, is asked about, never run (issue 14: near siblings): "order more velvet
squares" is not "order more felt squares" misheard, nor "count the reed bales" "... reed
bundles". A word a recogniser writes for the taught one still runs: no word at all
("fel"), one contrast away ("tide" for "time"), two sounds of a word of one syllable ("cell"
for "call"), a word cut or grown at an edge ("muse" of "music"), a boundary put in the
wrong place ("a lamb" of "alarm"). A compound the dictionary does not hold is read by its
parts ("order more hairnets" is not "order more hairpins")
(:mod:`teachapp.understanding._unlike_word`)."""

from __future__ import annotations

from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._unlike_word import unlike_word
from teachapp.understanding.resolution import Decision

resolver = taught_resolver(
    ("order more felt squares", "Felt squares"), ("count the reed bundles", "Reed bundles"),
    ("is the brine salty enough", "Brine"), ("has the lavender oil settled", "Lavender oil"),
    ("forge blower on", "Forge blower"), ("pay the kiosk rent", "Kiosk rent"),
    ("story time", "Story"), ("call the plumber", "Plumber"), ("loud music", "Concert"),
    ("alarm for six", "Alarm"), ("lights off", "Lights off"), ("movie night", "Movie"),
    ("order more hairpins", "Hairpins"), ("bunkroom lights on", "Bunkroom"),
    ("what does the hygrometer read", "Hygrometer"))


@needs_dictionary
def test_a_real_word_unlike_the_taught_one_is_asked_about(resolver) -> None:
    for said, meant in (("order more velvet squares", "Felt squares"),
                        ("count the reed bales", "Reed bundles"),
                        ("is the brine sweet enough", "Brine"),
                        ("has the lavender oil sold", "Lavender oil"),
                        ("forge bellows on", "Forge blower"),
                        ("pay the kiosk rates", "Kiosk rent"),
                        ("order more hairnets", "Hairpins"),
                        ("bedroom lights on", "Bunkroom"),
                        ("what does the barometer read", "Hygrometer")):
        found = resolver.resolve(said)
        assert (found.decision, found.routine) == (Decision.CLARIFY, meant), said


@needs_dictionary
def test_a_word_a_recogniser_writes_for_the_taught_one_still_runs(resolver) -> None:
    for said, meant in (("order more fel squares", "Felt squares"),
                        ("count the reed bundels", "Reed bundles"),
                        ("story tide", "Story"), ("cell the plumber", "Plumber"),
                        ("loud muse", "Concert"), ("a lamb for six", "Alarm"),
                        ("forge blower on", "Forge blower")):
        assert runs(resolver, said) == meant, said


@needs_dictionary
def test_unlike_is_read_in_spelling_and_in_sounds() -> None:
    assert unlike_word("velvet", "felt", 0.48)
    assert unlike_word("sold", "settl", 0.44)  # (one syllable: 2.5 contrasts)
    assert not unlike_word("velvet", "felt", 0.55)  # (written alike enough)
    assert unlike_word("barometer", "hygrometer", 0.51)  # (but far in sound: 4 contrasts)
    assert not unlike_word("cell", "call", 0.44)  # (two of three sounds)
    assert not unlike_word("tide", "time", 0.44)  # (one contrast)
    assert not unlike_word("woman", "man", 0.44)  # (grown at an edge)
    assert not unlike_word("lamb", "alarm", 0.45)  # (no onset: "a lamb")
    assert not unlike_word("heatink", "heat", 0.39)  # (no word)
    assert unlike_word("hairnets", "hairpin", 0.44)  # (hair|nets, hair|pins)
    assert not unlike_word("caring", "karen", 0.32)  # (no part shared)
