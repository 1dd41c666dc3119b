"""Words before a taught phrase said with no pause written that no English verb is among
(issue 14; bare speech from an open-vocabulary recogniser): a ballet teacher's count
("demi plie and echappe, heat the bathroom"), terms of another language joined by "and".
No word there can take the phrase as its object, so it runs as it does with the pause
written. Before, a word there was read as an imperative's verb ("copy nap time") or, after
"and", as a second request, and the phrase was asked about or rejected. A word the English
lexicon (LemmInflect's table) lists as a verb, a word right before the phrase it lists at
all (a noun may be its subject or modify it), a cue, a request word or a word of time
still leave the phrase unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("party mode", "Party"), ("heat the bathroom", "Shower"), ("coffee time", "Coffee"),
    ("lights off", "Dark"), ("living room lights off", "Lounge dark"))


@pytest.mark.parametrize(("text", "routine"), [
    ("chasse chasse and bourree heat the bathroom", "Shower"),
    ("demi plie and echappe coffee time", "Coffee"),
    ("pirouette and soutenu party mode", "Party"),   # (a verb, then "and" and a term)
    ("and plie coffee time", "Coffee"),              # (the count's "and" said first)
    ("chasse heat the bathroom", "Shower"),
    ("hoiladio oh and coffee time", "Coffee"),       # (fillers between: "oh and")
    ("chasse oh party mode", "Party"),
])
def test_words_no_verb_is_among_leave_the_phrase_to_run(
        resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "dude scrap party mode",            # (a verb whose object the phrase is)
    "our plumber hums coffee time",     # (a subject and its verb)
    "pirouette party mode",             # (a verb right before it)
    "chasse and party mode",            # ("and" right before it joins it)
    "the boys chasse heat the bathroom",  # (a determiner: their noun phrase)
    "chasse tonight coffee time",       # (a word of time may say when)
    "chasse cancel party mode",         # (a cue between)
    "chasse chasse don't heat the bathroom",
    "kids party mode",                  # (a noun the lexicon lists may modify it)
    "pirouette oh party mode",          # (a verb, a filler between)
    "june party mode",                  # (a month may say when)
])
def test_a_verb_a_listed_word_or_a_cue_before_it_still_runs_nothing(
        resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_lexicon_says_which_words_may_be_verbs() -> None:
    from teachapp.understanding import _word_classes as classes

    assert classes.loaded()
    assert classes.verb("scrap") and classes.verb("hums") and classes.verb("pirouette")
    assert not classes.verb("plumber") and not classes.verb("easy")
    assert not classes.verb("soutenu") and not classes.listed("soutenu")
    assert classes.listed("plumber")
