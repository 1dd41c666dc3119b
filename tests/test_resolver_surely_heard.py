"""A taught phrase heard surely (a word said twice in a row, a word split or two run
together, one letter wrong in a long word no dictionary lists) before one word said last
in bare text runs as the phrase said exactly there does; damage that may make another
request (a word dropped, two letters wrong, a word of the dictionary) keeps the question
(:mod:`_surely_heard`). The words heard, read alone to see that they run the routine, are
read with a word said twice said once (:func:`_misheard_again.read_repaired`); and a
taught word that is no name heard surely as a word a list of names holds ("offie" of
"office") is that word misheard, not someone else named (:func:`_heard_beside.heard_closely`)."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding import _word_classes as classes
from teachapp.understanding._surely_heard import surely_heard

resolver = taught_resolver(
    ("make coffee", "Coffee"), ("call the plumber", "Plumber"), ("study mode", "Study"),
    ("bath time", "Bath"), ("start the vacuum", "Cleaning"), ("night light", "Night light"),
    ("warm up the attic", "Attic"), ("office mode", "Office"),
    ("gemma's cello at seven", "Cello"))


@pytest.mark.parametrize(("words", "phrase", "sure"), [
    ("bath time time", "bath time", True),  # (a word said twice)
    ("bath bath time", "bath time", True),
    ("of fice mode", "office mode", True),  # (a word split)
    ("officemode", "office mode", True),  # (two run together)
    ("studdy mode", "study mode", True),  # (one letter added)
    ("stdy mode", "study mode", True),  # (one letter dropped)
    ("mke coffee", "make coffee", True),
    ("make coffe coffe", "make coffee", True),  # (a stammer and one letter)
    ("bat time", "bath time", False),  # (a word of the dictionary: another thing)
    ("bath tim", "bath time", True),
    ("bth tme", "bath time", False),  # (two words wrong)
    ("make cofe", "make coffee", False),  # (two letters)
    ("start vacuum", "start the vacuum", False),  # (a word dropped)
    ("bath time", "bath time", False),  # (no damage)
    ("nite lite", "night light", False),
])
def test_which_damage_is_sure(words: str, phrase: str, sure: bool) -> None:
    assert classes.loaded()
    assert surely_heard(words.split(), phrase.split()) is sure


def test_a_short_word_is_not_heard_surely_with_a_letter_wrong() -> None:
    # (in a word of three letters a letter is much of it: "tea", "sea")
    assert not surely_heard(["tee", "time"], ["tea", "time"])


@pytest.mark.parametrize(("text", "routine"), [
    ("bath time time kerfuffle", "Bath"),
    ("studdy mode zingaroo", "Study"),
    ("make coffe coffe flibbertigibbet", "Coffee"),
    ("call the plumer jeepers", "Plumber"),
    ("of fice mode skedaddle", "Office"),
    ("night night light whoopsie", "Night light"),
    ("warm up up the attic wahey", "Attic"),
])
def test_a_phrase_heard_surely_before_one_last_word_runs(resolver, text: str,
                                                         routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "start vacuum bot",  # (a word dropped: "vacuum bot" may be a device)
    "make cofe pot",  # (two letters wrong)
    "bat time mat",  # (a word of the dictionary)
])
def test_damage_that_may_be_another_request_keeps_the_question(resolver, text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    # the cues that stop the phrase said exactly stop it heard surely too
    "dont make coffe coffe zingaroo",
    "was it bath time time kerfuffle",
])
def test_a_cue_still_stops_it(resolver, text: str) -> None:
    assert runs(resolver, text) is None



@pytest.mark.parametrize("text", [
    "gemma's cello at seven seven so the wind's howling",
    "gemmas cello at 7 7 so the wind's howling",
    "jemma's cello at seven seven so the wind's howling",
])
def test_the_words_heard_are_read_alone_with_a_stammer_said_once(resolver, text: str) -> None:
    # (the words alone, "gemmas cello at 7 7", were asked about: extra words)
    assert runs(resolver, text) == "Cello"


@pytest.mark.parametrize("text", [
    "offie mode that statue's quivering",
    "tig you're it offie mode scarper scarper",
    "hoppity hop offie mode",
])
def test_a_word_heard_surely_as_a_name_is_the_taught_word(resolver, text: str) -> None:
    # ("offie" is a given name too: it was read as someone else named beside the talk)
    assert runs(resolver, text) == "Office"


@pytest.mark.parametrize(("text", "longer"), [
    ("alexa studdy mode", "alexa studdy mode zingaroo"),
    ("um bath tim", "um bath tim kerfuffle"),
])
def test_a_word_beside_it_never_raises_its_score(resolver, text: str, longer: str) -> None:
    # (the run is read from the words heard alone, without the wake word or the filler;
    # its score is at most the routine's among all the words)
    assert runs(resolver, longer) == runs(resolver, text) is not None
    assert resolver.resolve(longer).score <= resolver.resolve(text).score
