"""A statement of the speaker's own beside a taught phrase owns its tense, negation and
question (teachapp/understanding/_own_clause.py), and a reply or a concession said to
someone named beside it asks for nothing (_addressed.py); clauses that bear on the
request still stop it."""

from __future__ import annotations

import pytest

from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

PHRASES = [("aviary lights on", "Aviary"), ("open the mews", "Mews"),
           ("fill the drinking bowls", "Bowls"), ("water the seed trays", "Seed trays"),
           ("feed waffle", "Waffle"), ("ring imogen", "Imogen"), ("movie night", "Movie"),
           ("lights on", "Lights on")]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver([PhraseEntry(text=p, routine=r) for p, r in PHRASES])


@pytest.mark.parametrize("said,routine", [
    # (a subject with no determiner, its own negation: generic plurals, a name and its "'s")
    ("no, ottilie, koalas aren't bears. aviary lights on", "Aviary"),
    ("no, rupert, canberra's in australia. open the mews", "Mews"),
    ("no no, lysander, penguins can't fly. feed waffle", "Waffle"),
    # (the speaker's own negation and past, a person its object)
    ("water the seed trays, i haven't a clue where my wallet's got to", "Seed trays"),
    ("i wasn't on about you, lysander. aviary lights on", "Aviary"),
    ("go on then, you've persuaded me. aviary lights on", "Aviary"),
    # (a state of something else: its own -ed word, "all" a degree word though taught)
    ("feed waffle, the dishes are all dried", "Waffle"),
    ("my fingertips are all glittery, so ring imogen", "Imogen"),
    # (a noun subject, its "'s" joined to it, and a particle of its own)
    ("movie night, the fare's just hopped out", "Movie"),
    ("ring imogen and my knee's playing up", "Imogen"),
    # (identified as a thing of the one addressed)
    ("open the mews, mea culpa, rupert, that was your ankle", "Mews"),
])
def test_a_statement_of_its_own_leaves_the_request_made(resolver: Resolver, said: str,
                                                         routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine), found


@pytest.mark.parametrize("said,routine", [
    ("not you, ottilie, mind your sudoku. open the mews", "Mews"),
    ("oh, whatever you say, wendell. fill the drinking bowls", "Bowls"),
    ("alright, have it your way, cressida. feed waffle", "Waffle"),
])
def test_a_reply_or_a_concession_to_someone_named_asks_for_nothing(
        resolver: Resolver, said: str, routine: str) -> None:
    found = resolver.resolve(said)
    assert (found.decision, found.routine) == ("run", routine), found


@pytest.mark.parametrize("said", [
    # (a pro-form pointing back, "already", "again")
    "movie night, he started it",
    "movie night, we did that already",
    "feed waffle, the kids have done it again",
    # (an elliptical clause with no content of its own)
    "movie night, i meant to",
    "movie night, i was going to",
    "movie night, we watched",
    "movie night, i was only joking",
    # (an idiom that takes the request back, whatever its subject)
    "movie night, i've changed my mind", "movie night, we have changed our minds",
    "no, ottilie, don't. open the mews",
    "no. open the mews",
    # (a taught word, a device, a time inside it)
    "movie night, the lights are all on",
    "movie night, i'm out tomorrow",
    "we had movie night yesterday",
    # (about the assistant or its run)
    "movie night, that was the wrong one",
    "movie night, you did it wrong",
    # (someone else's words, a hypothetical)
    "movie night, she said",
    "no, ottilie, she says koalas aren't bears. aviary lights on",
    "imagine if i said movie night",
    # (a thing judged in the past: it may be the request under another name)
    "movie night, the film was great",
    # (a general noun identified: the request under another name)
    "movie night, that's my idea",
])
def test_a_clause_that_bears_on_the_request_still_stops_it(resolver: Resolver,
                                                          said: str) -> None:
    assert resolver.resolve(said).decision != "run"
