"""A group called before a taught phrase, with no pause written (issue 14; bare speech from
an open-vocabulary recogniser): "legato violas brazier on", "upbeat oboes close the
blinds", a conductor's call said first. A modifier and a noun the English lexicon lists
only as a plural, said first with no determiner, are a vocative, so the phrase runs as it
does with the pause written ("legato violas, brazier on"). Before, the side was only asked
about ("clarify ... unsure"), whatever was said after the phrase. People ("hungry kids feed the cat"), a plural alone, a
determiner, a verb before it, a word of time or place, and a cue still leave the phrase
unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("brazier on", "Brazier"), ("close the blinds", "Blinds"),
    ("bedroom lights on", "Bedroom"), ("feed the cat", "Cat"), ("movie night", "Movie"))


@pytest.mark.parametrize(("text", "routine"), [
    ("upbeat oboes close the blinds a roquet", "Blinds"),
    ("legato violas brazier on so mallet clonk", "Brazier"),
    ("accelerando trombones bedroom lights on and the rovers peeled", "Bedroom"),  # (a word
    # no lexicon lists)
    ("upbeat oboes movie night a bisque", "Movie"),
])
def test_a_group_called_first_leaves_it_to_run(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "hungry kids feed the cat a bisque",            # (people: what they do)
    "sleepy neighbours close the blinds a bisque",
    "the noisy oboes close the blinds a bisque",    # (a determiner: an argument)
    "my noisy oboes close the blinds a bisque",
    "sharpen pencils close the blinds a bisque",    # (a verb and its object: a request)
    "sforzando strings close the blinds a bisque",  # ("strings" may be a verb)
    "tonight oboes close the blinds a bisque",      # (a time before it)
    "noisy oboes never close the blinds a bisque",  # (a cue)
])
def test_no_group_called_or_a_cue_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_the_lexicon_says_which_words_are_only_plurals() -> None:
    from teachapp.understanding import _word_classes as classes

    assert classes.loaded()
    assert classes.plural_noun("oboes") and classes.plural_noun("violas")
    assert not classes.plural_noun("strings") and not classes.plural_noun("sheep")
    assert not classes.plural_noun("oboe") and not classes.plural_noun("people")
