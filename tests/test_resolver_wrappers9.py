"""Requests imagined, liked or asked about, a privative prefix, and clauses that address a
group, set the scene or say how the speaker is, the ninth round (issue 14).

A request relayed under a condition ("imagine if i asked you to movie night", "if mum said
you have to ...") is only supposed; a world other than this one ("in a made up
world, ...", "in a parallel universe, ...") imagines the request; a phrase as the subject
of a copula ("movie night is grand", "movie night is ace") says how the routine is; "do"
before a subject other than the listener ("do we really need movie night") asks whether it
is needed. A taught word with the privative "de-" heard without it ("humidifier" for
"dehumidifier") is the other thing, and "stop" heard where "start" was taught is its
opposite, not a word misheard.

A clause beside the phrase asks for nothing when it calls a group to listen ("attention
all guests, ..."), opens with a preposition of circumstance ("..., during the adverts"),
says how the listener is on a call ("..., you're muffled"), opens with an -ed adjective
before its noun ("..., wretched cough"), says a noun of its own ends ("..., broadcast
ends"), or is an old greeting ("wotcha, ..."). A cue in any of them still wins. The
sentences below are this file's own, in no benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("lock all doors", "Lock up"), ("movie night", "Movie night"), ("bath time", "Bath"),
    ("feed the cat", "Cat"), ("porch light on", "Porch"), ("wake up the house", "Wake"),
    ("dehumidifier on", "Damp"), ("defrost the freezer", "Freezer"),
    ("deactivate the sprinklers", "Sprinklers"), ("descale the kettle", "Kettle"),
    ("demist the windscreen", "Windscreen"), ("start the dishwasher", "Dishes"),
    ("start the tumble dryer", "Dryer"), ("begin the slideshow", "Slides"),
    ("resume the podcast", "Podcast"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


def _never_runs(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text)
    assert res.decision != "run", (text, res.routine, res.reason)


def _runs(resolver: Resolver, text: str, routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine), (text, res.reason)


@pytest.mark.parametrize("text", [
    "imagine if i asked you to movie night", "if i asked you to feed the cat",
    "if mum said you have to lock all doors", "suppose dad told you to bath time",
    "if my wife asked you to porch light on", "imagine if gran says you have to movie night",
    "if the boss said you must wake up the house", "unless dad asks you to feed the cat",
    "if my son says you need to bath time", "if anyone asked you to lock all doors",
    "imagine my mum asked you to porch light on",
])
def test_a_request_relayed_under_a_condition_is_only_supposed(resolver: Resolver,
                                                              text: str) -> None:
    _never_runs(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("mama says you have to movie night", "Movie night"),
    ("my dad wants you to feed the cat", "Cat"),
    ("gran asked me to ask you to lock all doors", "Lock up"),
])
def test_a_request_relayed_without_a_condition_still_runs(resolver: Resolver, text: str,
                                                          routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "in a pretend world, movie night", "in a perfect world, bath time",
    "in an ideal world, feed the cat", "in a parallel universe, lock all doors",
    "in an alternate universe, porch light on", "in my dreams, wake up the house",
    "in an imaginary house, movie night", "in another life, bath time",
    "in a made up story, feed the cat", "in a fantasy land, porch light on",
    "for a role play, lock all doors",
])
def test_a_request_in_a_world_other_than_this_one_is_imagined(resolver: Resolver,
                                                              text: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.reason) == ("reject", "hypothetical")


@pytest.mark.parametrize("text", [
    "movie night is grand", "bath time is ok", "feed the cat is alright",
    "porch light on is lovely stuff", "movie night was brilliant",
    "lock all doors is ace", "wake up the house is genius", "bath time is smashing",
    "movie night is spot on", "feed the cat is a lifesaver", "porch light on is top notch",
    "hiya, movie night is grand", "movie night is okay", "bath time is alright",
    "porch light on are lovely", "lock all doors is ok thanks",
])
def test_a_phrase_said_as_the_subject_of_a_copula_says_how_it_is(resolver: Resolver,
                                                                  text: str) -> None:
    _never_runs(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night please", "Movie night"), ("movie night, grand", "Movie night"),
    ("movie night if that's ok", "Movie night"), ("bath time, lovely", "Bath"),
])
def test_praise_around_a_request_is_still_politeness(resolver: Resolver, text: str,
                                                     routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "do we really need movie night", "do we need bath time", "do i need feed the cat",
    "does anyone want porch light on", "does anybody need lock all doors",
    "do they really want wake up the house", "do we even need movie night",
    "um do we actually need bath time", "does everyone want feed the cat",
    "does she need porch light on", "do people need movie night",
    "do i really want movie night", "do they need bath time", "do we want feed the cat",
    "do we still need porch light on", "do i even want lock all doors",
])
def test_a_need_of_anyone_but_the_listener_asked_about_is_a_question(resolver: Resolver,
                                                                     text: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.reason) == ("reject", "question")


@pytest.mark.parametrize(("text", "routine"), [
    ("do you wanna movie night", "Movie night"), ("we need bath time", "Bath"),
    ("i need feed the cat", "Cat"), ("do turn the porch light on", "Porch"),
])
def test_a_want_of_the_speaker_or_the_listener_still_asks(resolver: Resolver, text: str,
                                                          routine: str) -> None:
    res = resolver.resolve(text)
    assert res.decision in ("run", "clarify") and res.routine == routine, (text, res)


@pytest.mark.parametrize("text", [
    "humidifier on", "the humidifier on", "frost the freezer", "activate the sprinklers",
    "scale the kettle", "mist the windscreen", "humidifier on please",
    "hey house, humidifier on", "activate the sprinklers now", "frost the freezer please",
])
def test_a_word_heard_without_its_privative_prefix_is_another_thing(resolver: Resolver,
                                                                    text: str) -> None:
    _never_runs(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("dehumidifier on", "Damp"), ("dehumidifer on", "Damp"),
    ("defrost the freezer", "Freezer"), ("the dehumidifier on please", "Damp"),
])
def test_the_prefixed_word_itself_still_runs(resolver: Resolver, text: str,
                                             routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "stop the dishwasher", "stop the tumble dryer", "halt the slideshow", "stop the podcast",
    "stop the dish washer", "hey house, stop the dishwasher", "um stop the tumble dryer",
    "stop the tumble dryer please", "halt the tumble dryer", "stop the slideshow",
    "halt the podcast now", "stop the dishwasher please", "right, stop the tumble dryer",
    "stop the dishwasher now", "stop the tumble dryer now", "ok stop the dishwasher",
])
def test_a_verb_heard_as_the_opposite_of_a_taught_one_never_runs(resolver: Resolver,
                                                                  text: str) -> None:
    _never_runs(resolver, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("start the dishwasher", "Dishes"), ("start the tumble drier", "Dryer"),
    ("begin the slideshow please", "Slides"), ("resume the podcast", "Podcast"),
])
def test_the_taught_verb_itself_still_runs(resolver: Resolver, text: str,
                                           routine: str) -> None:
    _runs(resolver, text, routine)


@pytest.mark.parametrize("text", [
    "attention all guests, movie night", "paging all passengers, bath time",
    "calling all crew, feed the cat", "attention everyone, porch light on",
    "attention all staff, lock all doors", "calling all campers, movie night",
    "attention everybody, wake up the house",
    "listen up everyone, bath time", "paging all the family, feed the cat",
    "movie night, attention all visitors", "attention all tenants, porch light on",
    "attention all passengers, movie night", "paging all hands, bath time",
    "calling all pupils, feed the cat",
])
def test_a_group_called_to_listen_beside_a_phrase(resolver: Resolver, text: str) -> None:
    _runs(resolver, text, next(e.routine for e in HOME if e.text in text))


@pytest.mark.parametrize("text", [
    "movie night, between rounds", "bath time, during the adverts", "feed the cat, mid workout",
    "porch light on, amid the chaos", "lock all doors, despite the rain",
    "wake up the house, throughout the morning", "during the interval, movie night",
    "between sets, bath time", "among friends, feed the cat", "movie night, amidst the noise",
    "movie night, between meetings", "bath time, during the match",
    "feed the cat, between calls", "porch light on, despite the hour",
    "lock all doors, during the meeting",
])
def test_a_clause_of_circumstance_beside_a_phrase(resolver: Resolver, text: str) -> None:
    _runs(resolver, text, next(e.routine for e in HOME if e.text in text))


@pytest.mark.parametrize("text", [
    "movie night, you're pixelated", "bath time, you're muffled", "feed the cat, you're garbled",
    "porch light on, you're distorted", "lock all doors, you're cropped",
    "wake up the house, you're muted", "movie night, you're delayed",
    "bath time, you're stretched", "feed the cat, you're unmuted",
    "porch light on, you're blurred",
])
def test_how_the_listener_is_on_a_call_beside_a_phrase(resolver: Resolver, text: str) -> None:
    _runs(resolver, text, next(e.routine for e in HOME if e.text in text))


@pytest.mark.parametrize("text", [
    "movie night, wretched cough", "bath time, blessed relief", "feed the cat, cursed sneezes",
    "porch light on, crooked glasses", "lock all doors, wicked headache",
    "wake up the house, dratted neighbours", "movie night, ragged voice",
    "bath time, jagged nails", "feed the cat, rugged terrain", "porch light on, naked flame",
])
def test_an_adjective_in_ed_before_its_noun_is_no_past(resolver: Resolver, text: str) -> None:
    _runs(resolver, text, next(e.routine for e in HOME if e.text in text))


@pytest.mark.parametrize("text", [
    "movie night, broadcast ends", "bath time, transmission ends", "feed the cat, bulletin ends",
    "porch light on, memo ends", "lock all doors, sermon over", "wake up the house, speech ends",
    "movie night, lesson finishes", "bath time, rehearsal stops", "feed the cat, shift ends",
    "porch light on, story concludes", "movie night, broadcast finishes",
    "bath time, meeting ends", "feed the cat, call ends",
])
def test_a_noun_of_its_own_ending_beside_a_phrase(resolver: Resolver, text: str) -> None:
    _runs(resolver, text, next(e.routine for e in HOME if e.text in text))


@pytest.mark.parametrize("text", [
    "what ho, movie night", "wotcha, bath time", "wotcher, feed the cat",
    "ey up, porch light on", "eh up, lock all doors", "what cheer, wake up the house",
    "tally ho, movie night", "good day to you, bath time", "top of the morning, feed the cat",
    "what ho, porch light on please", "what ho there, movie night", "what ho chaps, bath time",
    "what cheer, feed the cat please", "what ho, lock all doors", "wake up the house, what ho",
])
def test_an_old_greeting_before_a_phrase(resolver: Resolver, text: str) -> None:
    _runs(resolver, text, next(e.routine for e in HOME if e.text in text))


@pytest.mark.parametrize("text", [
    "movie night, it's cancelled", "bath time, we watched it", "feed the cat, stop",
    "what ho, don't feed the cat", "attention all guests, cancel movie night", "stop the dishwasher, between sets",
    "movie night, end", "during the adverts, forget movie night",
    "porch light on, you're not listening",
])
def test_a_cue_beside_these_clauses_still_wins(resolver: Resolver, text: str) -> None:
    _never_runs(resolver, text)


NAMED = [PhraseEntry(p, r) for p, r in (
    ("ring nia at work", "Nia"), ("message nora about tea", "Nora"), ("text mila good luck", "Mila"),
    ("call nicky now", "Nicky"), ("tell mona dinner is ready", "Mona"),
    ("phone norris", "Norris"), ("ring myla at home", "Myla"), ("text nell happy birthday", "Nell"),
    ("call mira on speaker", "Mira"), ("message nettie", "Nettie"), ("call katherine", "Katherine"))]


@pytest.fixture(scope="module")
def named() -> Resolver:
    return Resolver(NAMED)


@pytest.mark.parametrize("text", [
    "ring mia at work", "message mora about tea", "text nila good luck", "call micky now",
    "tell nona dinner is ready", "phone morris", "ring nyla at home", "text mell happy birthday",
    "call nira on speaker",
    "message mettie", "hey house, ring mia at work", "text nila good luck please",
])
def test_a_name_that_opens_with_another_consonant_is_another_person(named: Resolver,
                                                                    text: str) -> None:
    _never_runs(named, text)


@pytest.mark.parametrize(("text", "routine"), [
    ("ring nia at work", "Nia"), ("text nel happy birthday", "Nell"), ("call catherine", "Katherine"),
    ("phone noris", "Norris"),
])
def test_the_same_name_spelled_another_way_still_runs(named: Resolver, text: str,
                                                      routine: str) -> None:
    _runs(named, text, routine)
