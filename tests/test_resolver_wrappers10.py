"""A condition said with the request, the tenth round (issue 14).

"if it rains tomorrow, lights on", "porch light on once the kids are asleep", "unless
someone's in, lock all doors": a condition of fact the app cannot check, said before or
after the phrase, asks for the routine when the condition holds, later; never now. The
reason is "conditional" (the lexicon's ``cues.conditional``, Quirk et al. 1985,
15.33-15.35). A condition of politeness is none: "lights off if that's ok", "if you
could, movie night", "..., if poss" ask now (``courteous_conditions``). The other cue
groups still win where they are said too. The sentences below are this file's own, in no
benchmark set.
"""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("lock all doors", "Lock up"), ("movie night", "Movie night"), ("bath time", "Bath"),
    ("feed the cat", "Cat"), ("porch light on", "Porch"), ("wake up the house", "Wake"),
    ("start the dishwasher", "Dishes"), ("heating on", "Heat"), ("lights off", "Dark"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize("text", [
    "if it snows, heating on",
    "unless it's sunny, porch light on",
    "once i'm home, heating on",
    "if the kids are late, bath time",
    "if we're out past midnight, porch light on",
    "whenever it gets dark, porch light on",
    "provided that it's quiet, movie night",
    "if the dog barks, lights off",
    "unless mum rings first, movie night",
    "once the guests leave, start the dishwasher",
    "if the cat comes in, feed the cat",
    "only if it's windy, lock all doors",
    "if it's foggy, porch light on",
    "unless it's late, bath time",
    "once we're back, heating on",
    "lights off once everyone's asleep",
    "heating on if it freezes",
    "lock all doors unless gran is staying",
])
def test_a_condition_of_fact_is_for_later_never_now(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text)
    assert res.decision != "run", (text, res.routine, res.reason)


@pytest.mark.parametrize(("text", "routine"), [
    ("lights off if that's ok", "Dark"),
    ("if you could, movie night", "Movie night"),
    ("feed the cat, if poss", "Cat"),
    ("heating on if it's no bother", "Heat"),
    ("lock all doors if you don't mind", "Lock up"),
    ("bath time, if that suits", "Bath"),
    ("porch light on if possible", "Porch"),
    ("if you would, start the dishwasher", "Dishes"),
    ("wake up the house if it's not too much trouble", "Wake"),
    ("porch light on in case the courier comes", "Porch"),
    ("movie night if you please", "Movie night"),
    ("heating on if it pleases you", "Heat"),
])
def test_a_condition_of_politeness_asks_now(resolver: Resolver, text: str,
                                            routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine), (text, res.reason)


def test_a_condition_of_fact_gives_its_reason(resolver: Resolver) -> None:
    res = resolver.resolve("if it rains tomorrow, lock all doors")
    assert (res.decision, res.reason) == ("reject", "conditional")


@pytest.mark.parametrize(("text", "reason"), [
    ("she said if it rains, bath time", "reported"),
    ("if it rained yesterday we had movie night", "past"),
    ("what if it rains tomorrow, lights off", "hypothetical"),
    ("if you don't mind, don't start the dishwasher", "negation"),
    ("if that's ok, cancel bath time", "cancellation"),
    ("if you could, forget movie night", "routine_command"),
    ("if you don't mind, is the porch light on", "state_question"),
])
def test_other_cues_still_win_beside_a_condition(resolver: Resolver, text: str,
                                                 reason: str) -> None:
    res = resolver.resolve(text)
    assert res.decision != "run", (text, res.routine, res.reason)
    assert res.reason == reason, (text, res.reason)


@pytest.mark.parametrize("text", [
    "if it rains tomorrow, don't lock all doors",
    "if it rains tomorrow, cancel movie night",
    "imagine if it snowed, heating on",
    "if it rains, is the porch light on",
    "if the cat's hungry, i love feed the cat",
])
def test_a_condition_beside_another_cue_never_runs(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text)
    assert res.decision != "run", (text, res.routine, res.reason)


# Requests asked as questions (Searle 1975, "Indirect speech acts"; Aijmer 1996): the
# lexicon's carriers, "any chance, ...", "would you ever ...", "any joy with ...".
@pytest.mark.parametrize(("text", "routine"), [
    ("any chance, bath time?", "Bath"),
    ("any chance, heating on?", "Heat"),
    ("any chance, feed the cat?", "Cat"),
    ("would you ever lock all doors?", "Lock up"),
    ("would you ever start the dishwasher", "Dishes"),
    ("any hope of porch light on?", "Porch"),
    ("is there any hope of wake up the house?", "Wake"),
    ("any joy with lights off?", "Dark"),
    ("don't suppose you could feed the cat?", "Cat"),
    ("don't suppose you would lock all doors", "Lock up"),
])
def test_a_request_asked_as_a_question_runs(resolver: Resolver, text: str,
                                            routine: str) -> None:
    res = resolver.resolve(text)
    assert (res.decision, res.routine) == ("run", routine), (text, res.reason)


@pytest.mark.parametrize("text", [
    "what about cancelling movie night?",
    "any chance you could stop the dishwasher?",
    "would you ever not lock all doors?",
    "what about movie night yesterday, was it good?",
    "any joy with feed the cat, did she eat?",
    "is the porch light on, what about it?",
    "what about if it rains, bath time?",
    "don't suppose you could forget movie night?",
    "any hope she said lights off?",
    "what about the heating, is it on?",
    "would you ever skip bath time tonight?",
])
def test_a_question_as_a_request_keeps_its_cues(resolver: Resolver, text: str) -> None:
    res = resolver.resolve(text)
    assert res.decision != "run", (text, res.routine, res.reason)


@pytest.mark.parametrize("text", [
    "in principle, could you lights off", "for argument's sake, movie night",
    "just for arguments sake, bath time", "heating on, in principle",
    "in principle could you feed the cat"])
def test_a_request_weighed_in_principle_is_hypothetical(resolver, text):
    """The eighteenth set's first reading ran 33 % of them ("in principle, could you X",
    "just for argument's sake, X"): said as "in theory" is, they ask nothing now."""
    result = resolver.resolve(text)
    assert result.decision.value == "reject" and result.reason.value == "hypothetical", result


@pytest.mark.parametrize("text", ["could you lights off", "lights off please"])
def test_without_them_the_request_still_runs(resolver, text):
    assert resolver.resolve(text).decision.value == "run"
