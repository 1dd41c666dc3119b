"""Issue 14, fifth pass: words whose own meaning a reading must keep, one test per rule.

A fuzzy join of two heard words is scored as misheard and never adds a syllable to a
taught word; "too" grading a word is meaning; one word alone is a fragment of a longer
phrase; a quantifier is heard as itself; a phrase heard whole beats one heard in part or
misheard more; a clock time written as one number is two.
"""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding._meaning import meaningful_positions
from teachapp.understanding._repair import Repairer, _beats, _same_beats
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("playtime", "Playtime"), ("tea time", "Tea"), ("story time", "Story"),
    ("hallway lights", "Hallway"), ("too loud", "Quieter"), ("dark in here", "Brighter"),
    ("the heater", "Heater"), ("hall lamp on", "Hall"), ("wake me at 7 15", "Alarm"),
    ("alarm 10 45", "Late alarm"), ("lights off", "Off"), ("movie night", "Movie"),
    ("bar light", "Bar"), ("car lights on", "Car"), ("garden lights on", "Garden"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


def _decision(resolver: Resolver, text: str) -> tuple[str, str | None]:
    result = resolver.resolve(text)
    return str(result.decision), result.routine


# -- a fuzzy join ---------------------------------------------------------------------------
@pytest.mark.parametrize(("word", "beats"), [
    ("show", 1), ("shower", 2), ("play", 1), ("player", 2), ("myth", 1), ("yes", 1),
    ("hal", 1), ("kitchen", 2)])
def test_syllables_are_counted_by_vowel_groups(word: str, beats: int) -> None:
    assert _beats(word) == beats


def test_a_join_never_adds_a_syllable_to_a_taught_word(resolver: Resolver) -> None:
    """ "player time" is two words of English, not "playtime" with a syllable more; a
    word split at its cut ("hal way") still joins."""
    assert not _same_beats("player", "time", "playtime", {"time": 0})
    assert _same_beats("hal", "way", "hallway", {"way": 0})
    assert _runs(resolver, "player time") is None
    assert _runs(resolver, "hal way lights") == "Hallway"
    assert _runs(resolver, "play time") == "Playtime"   # (an exact join, as before)


def test_a_fuzzy_join_keeps_what_was_heard() -> None:
    """The joined pair is compared with the taught word like any misheard word, so a
    reading sees it as misheard, not as the taught word said exactly."""
    repairer = Repairer(["kitchen", "light"], 0.8)
    words, _ = repairer.repair(["kit", "chin", "light"], [False, False, False])
    assert words == ["kitchin", "light"]
    words, _ = repairer.repair(["kit", "chen", "light"], [False, False, False])
    assert words == ["kitchen", "light"]   # (an exact join is the taught word)


# -- "too" ----------------------------------------------------------------------------------
def test_too_grading_a_word_is_part_of_a_phrase() -> None:
    assert meaningful_positions(["too", "loud"], [True, False]) == (0, 1)
    assert meaningful_positions(["me", "too"], [True, True]) == ()
    assert meaningful_positions(["too", "the"], [True, True]) == ()


@pytest.mark.parametrize("text", ["loud", "loud?", "alexa, loud"])
def test_a_phrase_heard_without_its_too_is_asked_about(resolver: Resolver, text: str) -> None:
    assert _decision(resolver, text) == ("clarify", "Quieter")


def test_a_phrase_with_its_too_runs(resolver: Resolver) -> None:
    assert _runs(resolver, "too loud") == "Quieter"
    assert _runs(resolver, "too lowd please") == "Quieter"


@pytest.mark.parametrize("text", ["too hot", "too warm", "way too hot"])
def test_too_heard_is_meaning_no_phrase_without_it_explains(resolver: Resolver,
                                                             text: str) -> None:
    """ "too hot" complains of heat: it is not "the heater" by a word of like meaning,
    and "too" is not "the" misheard."""
    assert _runs(resolver, text) is None
    assert _runs(resolver, "heater") == "Heater"


# -- one word alone -------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["dark", "dark?", "hey google dark", "dark please"])
def test_one_word_of_a_longer_phrase_is_asked_about(resolver: Resolver, text: str) -> None:
    """ "in here" says little, but one word said alone may mean anything: ask."""
    assert _decision(resolver, text) == ("clarify", "Brighter")


def test_an_article_is_not_more_than_the_word(resolver: Resolver) -> None:
    assert _runs(resolver, "heater") == "Heater"
    assert _runs(resolver, "dark in here") == "Brighter"
    assert _runs(resolver, "it's dark in here") == "Brighter"


# -- quantifiers ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["all lamps on", "all the lamps on", "every lamp on"])
def test_a_quantifier_is_heard_as_itself(resolver: Resolver, text: str) -> None:
    """ "all lamps on" asks for every lamp: it is not "hall lamp on" misheard."""
    assert _runs(resolver, text) is None


def test_a_misheard_word_that_is_no_quantifier_still_reads(resolver: Resolver) -> None:
    assert _runs(resolver, "hal lamp on") == "Hall"
    assert _runs(resolver, "haul lamp on") == "Hall"


# -- a phrase heard whole -------------------------------------------------------------------
_ROOMS = ("kitchen", "porch", "desk", "garden", "study", "attic", "garage", "landing")
LAMPS = Resolver([PhraseEntry(p, r) for p, r in (
    *((f"{x} lights on", x) for x in _ROOMS), *((f"{x} lights off", x + " off") for x in _ROOMS),
    ("ball lamp on", "Ball"), ("all lights on", "Bright"), ("all lamps off", "All off"),
    ("movie night", "Movie"))])
"""Many routines say "lights", so "all" and "ball" carry those phrases."""


def test_a_phrase_heard_whole_has_no_rival_in_one_heard_in_part_or_misheard_more() -> None:
    """ "balllamp on" is "ball lamp on" said whole and exactly; "all lights on" with "ball"
    for "all" and "lamp" for "lights" is no rival to it. Nor is it to "bal lamp on", one
    word misheard against two."""
    assert _runs(LAMPS, "balllamp on") == "Ball"
    assert _runs(LAMPS, "bal lamp on") == "Ball"
    assert _runs(LAMPS, "all lights on") == "Bright"


def test_a_misheard_phrase_keeps_a_rival_heard_in_part() -> None:
    """ "lamps on" is heard in part by every phrase: nothing runs."""
    assert _runs(LAMPS, "lamps on") is None


# -- a clock time ---------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "routine"), [
    ("wake me at 715", "Alarm"), ("alarm 1045", "Late alarm"), ("alarm 1045 please", "Late alarm")])
def test_a_clock_time_run_together_is_split(resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


def test_a_number_not_made_of_taught_numbers_is_left_whole() -> None:
    repairer = Repairer(["alarm", "10", "45"], 0.8)
    assert repairer.repair(["alarm", "1045"], [False, False])[0] == ["alarm", "10", "45"]
    assert repairer.repair(["alarm", "1046"], [False, False])[0] == ["alarm", "1046"]


# -- a question word after an article -------------------------------------------------------
def test_a_question_word_after_an_article_is_a_noun_misheard() -> None:
    """Only a noun can follow "the": "get the how's ready for guests" is "the house"
    misheard, while "how's the house" still asks."""
    home = Resolver([PhraseEntry(p, r) for p, r in (
        ("get the house ready for guests", "Guests"), ("lock up the house", "Lock up"),
        ("movie night", "Movie"), ("house party", "Party"))])
    assert _runs(home, "get the how's ready for guests") == "Guests"
    assert _runs(home, "how's the house ready for guests") is None
    assert _runs(home, "when is movie night") is None


# -- a prefix that undoes -------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "unlock the back door", "please unlock back door", "unplug the heater", "disarm the alarm"])
def test_a_prefix_that_undoes_a_taught_word_is_never_that_word(text: str) -> None:
    """ "unlock" is the opposite of "lock": never run "lock the back door" for it."""
    home = Resolver([PhraseEntry(p, r) for p, r in (
        ("lock the back door", "Lock"), ("back door lock", "Lock"), ("plug in the heater", "Heat"),
        ("arm the alarm", "Arm"), ("movie night", "Movie"))])
    assert _runs(home, text) is None
    assert _runs(home, "lock the back door please") == "Lock"
    assert _runs(home, "arm the alarm") == "Arm"


def test_a_bare_word_is_not_its_undoing_taught_form() -> None:
    """ "lock the shed" is not "unlock the shed"; "anlock the shed", the recogniser's split
    of "unlock", still is."""
    home = Resolver([PhraseEntry(p, r) for p, r in (
        ("unlock the shed", "Unlock"), ("unmute the radio", "Unmute"), ("movie night", "Movie"))])
    assert _runs(home, "lock the shed") is None
    assert _runs(home, "mute the radio") is None
    assert _runs(home, "anlock the shed") == "Unlock"
    assert _runs(home, "unlock shed please") == "Unlock"
