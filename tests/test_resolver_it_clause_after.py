"""A remark whose subject is "it" said right after a taught phrase, no pause written (issue
14; bare speech from an open-vocabulary recogniser): "security off it's skimming the
waterlilies", "lights off and it's unwound". "It" after a phrase was read as a pro-form
that may join the phrase's clause, so no edge was seen there and the request was turned
down ("different request") where the same words with the pause written ran. "It" and its
participle open a clause of their own, so the text is read as it is with the pause.
A copula's description ("it's a film club", "it's been great"), a name given ("it's
called"), and every cue the readers judge after the pause (a story, a cancellation)
still leave the phrase unrun."""

from __future__ import annotations

import pytest
from resolver_helpers import needs_dictionary, runs, taught_resolver

pytestmark = needs_dictionary

resolver = taught_resolver(
    ("security off", "Alarm"), ("reading mode", "Reading"), ("movie night", "Movie"),
    ("lights off", "Lights"))


@pytest.mark.parametrize(("text", "routine"), [
    ("security off it's skimming the waterlilies", "Alarm"),
    ("reading mode it's clambering the windowsill", "Reading"),
    ("lights off and it's unwound", "Lights"),
    ("movie night it's unfurling its wingcases", "Movie"),
])
def test_a_remark_with_it_after_leaves_it_to_run(resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie night it's a film club",         # (a copula: it may be the request)
    "movie night it's been great",
    "movie night it's called",              # (a name given)
    "movie night it was cancelled",         # (cues still judged)
    "movie night it's been cancelled",
    "security off it's not working",
])
def test_a_description_or_a_cue_still_runs_nothing(resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_which_words_open_a_clause_of_an_event() -> None:
    from teachapp.understanding._it_clause_after import it_clause_after

    def never(words: object) -> bool:
        return False

    def participle(word: str) -> bool:
        return word.endswith("ing")

    assert it_clause_after(["it", "is", "skimming", "the", "lilies"], participle, never)
    assert not it_clause_after(["it", "is"], participle, never)
    assert not it_clause_after(["it", "is", "boring"], lambda w: False, never)
    assert not it_clause_after(["it", "is", "being", "fixed"], participle, never)
    assert not it_clause_after(["they", "are", "skimming"], participle, never)
