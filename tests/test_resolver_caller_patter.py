"""A taught phrase said exactly amid a caller's patter, written with no punctuation
(issue 14): "a spurtle dwangers movie night grimbles round floost". A run of a game's
own words, which no dictionary holds, has no shape of a clause's edge the readers of an
unmarked edge know, so the phrase was only asked about; such words can take it as no
object, modify it or say anything of it, so it runs, and every word that may bear on it
or join more to it, and every cue the marked reading hears, still stops it."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._caller_patter import amid_patter, patter
from teachapp.understanding.normalize import default_lexicon
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("tea time", "Tea"), ("movie night", "Movie"), ("porch lights on", "Porch"),
    ("water the ferns", "Ferns"), ("ring grandad", "Grandad"))


@pytest.mark.parametrize(("text", "routine"), [
    # amid the patter: game words either side
    ("a spurtle dwangers movie night grimbles round floost", "Movie"),
    ("quoggers a wanton skeelies water the ferns dwangers round skeels", "Ferns"),
    ("a spurtle dwangers water the ferns grimbles round floost", "Ferns"),
    # the patter before it, ending right before it
    ("a spurtle dwangers grimbles round floost ring grandad", "Grandad"),
])
def test_a_phrase_amid_a_callers_patter_runs(resolver: Resolver, text: str,
                                             routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a cue the marked reading hears, a word that bears on the request or joins another
    "a spurtle dwangers never movie night grimbles round floost",
    "a spurtle dwangers movie night grimbles round floost yesterday",
    "quoggers skeels tea time and grimbles floost",
    "quoggers skeels tea time then grimbles floost",
    "a spurtle dwangers is movie night on grimbles round floost",
    "quoggers skeels movie night it grimbles floost",
    # words a dictionary holds on one side: they may be a verb or a noun of the clause
    "the referee whistled movie night grimbles round floost",
    "a spurtle dwangers movie night tickets are sold out",
    # a listed word right before the phrase: a verb it may be the object of, a plural
    # noun that may be the subject of its verb; one word said in two, a modifier
    "grimbles floost scrap movie night",
    "a spurtle dwangers squares water the ferns grimbles round floost",
    "a spurtle dwangers zig zag movie night grimbles round floost",
])
def test_an_edge_it_may_belong_to_still_stops_it(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_a_word_like_a_taught_word_is_no_game_word() -> None:
    lexicon = default_lexicon()

    def taught(word: str) -> bool:
        return word in {"tea", "time", "movie", "night"}

    def unlike(word: str) -> bool:
        return word != "moovi"

    assert patter(["grimbles", "floost"], lexicon, taught, unlike) == 2
    assert patter(["grimbles", "moovi"], lexicon, taught, unlike) == 1
    assert patter(["moovi", "zzkl"], lexicon, taught, lambda w: w == "zzkl") == 1
    assert not amid_patter(["grimbles", "moovi"], [], lexicon, taught, unlike)
    assert amid_patter(["grimbles", "floost"], [], lexicon, taught, unlike)
