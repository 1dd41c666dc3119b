"""A name said with the taught name's sounds runs its routine; another name alike in letters
never does (issue 14: "a taught name spelt otherwise", "another name alike at both ends")."""

from __future__ import annotations

import pytest
from resolver_helpers import taught_resolver

from teachapp.understanding._name_respelled import NameSpellings
from teachapp.understanding._name_sounds import sounds_alike, sounds_other
from teachapp.understanding._names import possessors
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("ring kirsty", "Kirsty"), ("feed corrie", "Corrie"), ("dry corrie's coat", "Coat"),
    ("ring catriona", "Catriona"), ("tell shona the path's washed out", "Shona"),
    ("feed mango", "Mango"), ("cover mango's cage", "Cage"), ("call grandma", "Grandma"),
    ("ring stephen", "Stephen"), ("feed biscuit", "Biscuit"), ("message siobhan", "Siobhan"),
    ("read tom's bedtime story", "Tom story"), ("ring ella", "Ella"), ("wake kwame at six", "Kwame"),
    ("ring paul", "Paul"), ("lights off", "Lights"), ("feed the cat", "Cat"),
)


@pytest.mark.parametrize(("text", "routine"), [
    ("ring kirstie", "Kirsty"), ("ring kirsti", "Kirsty"), ("feed cory", "Corrie"),
    ("feed corey", "Corrie"), ("dry corey's coat", "Coat"), ("ring katriona", "Catriona"),
    ("ring catrina", "Catriona"), ("tell shauna the path's washed out", "Shona"),
    ("ring steven", "Stephen"), ("feed biskit", "Biscuit"), ("message shivaun", "Siobhan"),
    ("feed mangoe", "Mango"), ("cover mangoe's cage", "Cage"), ("call granma", "Grandma"),
])
def test_the_taught_name_spelled_otherwise_runs(resolver: Resolver, text: str,
                                                routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine)


@pytest.mark.parametrize(("text", "routine"), [
    ("ring kirstie but the hedgehog's hibernating", "Kirsty"),
    ("feed corey, where did i put my monocle?", "Corrie"),
    ("whose are these mittens? ring steven", "Stephen"),
])
def test_a_name_spelled_otherwise_beside_an_aside_runs_as_the_taught_name_does(
        resolver: Resolver, text: str, routine: str) -> None:
    taught = resolver.resolve(text.replace("kirstie", "kirsty").replace("corey", "corrie")
                              .replace("steven", "stephen"))
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == (taught.decision, taught.routine) == ("run", routine)


@pytest.mark.parametrize("text", [
    "feed margo", "feed marco", "feed mungo", "cover margo's cage", "cover mungo's cage",
    "ring cristina", "call grandpa", "call grandad", "read tim's bedtime story",
    "ring ellie",
    "wake kane at six",
])
def test_another_name_alike_in_letters_never_runs(resolver: Resolver, text: str) -> None:
    assert resolver.resolve(text).decision != "run"


def test_the_resolution_says_what_was_said_not_the_taught_spelling(resolver: Resolver) -> None:
    res = resolver.resolve("ring kirsti")
    assert res.utterance == "ring kirsti"
    assert res.phrase == "ring kirsty"


@pytest.mark.parametrize(("heard", "taught"), [
    ("kirsti", "kirsty"), ("corey", "corrie"), ("catrina", "catriona"), ("jazmine", "jasmine"),
    ("nichola", "nicola"), ("stewart", "stuart"), ("aiden", "aidan"),
    ("shivaun", "siobhan"), ("kwamey", "kwame"), ("geoff", "jeff"), ("andy", "aunty"),
])
def test_one_pronunciation_spelled_two_ways_sounds_alike(heard: str, taught: str) -> None:
    assert sounds_alike(heard, taught)
    assert not sounds_other(heard, taught)


@pytest.mark.parametrize(("heard", "taught"), [
    ("mungo", "mango"), ("margo", "mango"), ("marco", "mango"), ("grandpa", "grandma"),
    ("tim", "tom"), ("umm", "mum"),
])
def test_a_stressed_vowel_side_or_a_consonant_other_is_another_name(
        heard: str, taught: str) -> None:
    assert not sounds_alike(heard, taught)
    assert sounds_other(heard, taught)


@pytest.mark.parametrize(("heard", "taught"), [("ellie", "ella"), ("mario", "maria")])
def test_a_last_vowel_other_is_another_name_when_a_name_is_heard(heard: str,
                                                                  taught: str) -> None:
    assert sounds_other(heard, taught, ending=True)
    assert not sounds_other(heard, taught)  # (a recogniser's word for it: "tenda", "tendai")


@pytest.mark.parametrize(("heard", "taught"), [
    ("elsa", "ailsa"), ("tenda", "tendai"), ("pigger", "bigger"),
])
def test_what_a_recogniser_gets_wrong_is_not_read_as_another_name(heard: str,
                                                                   taught: str) -> None:
    assert not sounds_other(heard, taught)


def test_a_name_clipped_at_its_end_is_not_told_apart_as_another() -> None:
    assert not sounds_other("emm", "emma")


def test_an_owner_after_a_verb_without_a_determiner_is_a_name() -> None:
    lexicon = default_lexicon()
    assert possessors("cover mango's cage", lexicon, frozenset()) == {"mangos"}
    assert possessors("fill the dog's bowl", lexicon, frozenset()) == set()
    assert possessors("let's party", lexicon, frozenset()) == set()
    assert possessors("shower's free", lexicon, frozenset()) == set()


def test_a_word_is_respelled_only_as_the_one_taught_name_it_sounds_as() -> None:
    spellings = NameSpellings({"kirsty", "mango"}, {"ring", "kirsty", "feed", "mango"},
                              frozenset({"kirsty", "margo"}), frozenset({"the"}))
    assert spellings.respell("ring Kirsti, please") == "ring kirsty, please"
    assert spellings.respell("feed mangoe's friend") == "feed mango's friend"
    assert spellings.respell("feed margo") == "feed margo"
