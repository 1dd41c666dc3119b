"""A remark of the speaker's own after a taught phrase, no pause written, whose subject is a
bare noun and whose predicate is an -ing participle or an adjective (issue 14; bare speech from an
open-vocabulary recogniser): "storm mode herons wading", "ring nan back greensleeves
tinkling". The noun is no verb form, so the phrase cannot be the subject of a verb there
("bath time keeps crashing"); the request runs as it does with the pause written. Before,
the edge after the phrase was not sure and the request was only asked about. A person, a
verb form, a verb of saying, a thing of the home, a time and a word before the phrase
still leave it unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

from teachapp.understanding._bare_subject_after import bare_subject_after
from teachapp.understanding._word_classes import loaded
from teachapp.understanding.normalize import default_lexicon

pytestmark = [needs_dictionary,
              pytest.mark.skipif(not loaded(), reason="the word classes are not installed")]

resolver = taught_resolver(
    ("storm mode", "Storm"), ("ring nan back", "Nan"), ("porch light on", "Porch"),
    ("bath time", "Bath"), ("lock the woodshed", "Woodshed"), ("lights on", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("storm mode herons wading", "Storm"),
    ("ring nan back greensleeves tinkling", "Nan"),
    ("porch light on moths fluttering", "Porch"),
    ("lock the woodshed sparrows squabbling", "Woodshed"),
    ("bath time otters splashing", "Bath"),
    ("bath time herons greyish", "Bath"),       # (an adjective and nothing else)
    ("lock the woodshed magpies sleepy", "Woodshed"),
])
def test_a_remark_of_its_own_after_the_phrase_leaves_it_to_run(resolver, text: str,
                                                               routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "bath time keeps crashing",             # (a verb: the phrase its subject)
    "storm mode starts flashing",           # (a catenative verb too)
    "bath time kids refusing",              # (people, who may refuse the request)
    "ring nan back parrots squawking",      # (a verb of saying: the phrase its words)
    "lights on lamps flickering",           # (a thing of the home)
    "storm mode herons wading yesterday",   # (more said: not the remark alone)
    "we loved storm mode herons wading",    # (the phrase is no clause's opening)
    "don't start storm mode herons wading",  # (a cue still judged)
])
def test_no_remark_of_its_own_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_reader_itself() -> None:
    lexicon = default_lexicon()
    never = lambda word: False  # noqa: E731
    assert bare_subject_after(["herons", "wading"], lexicon, never)
    assert not bare_subject_after(["herons", "wading"], lexicon, lambda w: w == "herons")
    assert not bare_subject_after(["streaks", "wading"], lexicon, never)  # (a verb form)
    assert not bare_subject_after(["herons", "watching"], lexicon, never)  # (an event verb)
    assert not bare_subject_after(["herons", "waded"], lexicon, never)  # (no -ing)
    assert bare_subject_after(["herons", "greyish"], lexicon, never)
    assert not bare_subject_after(["herons", "cold"], lexicon, never)  # (a noun too)
