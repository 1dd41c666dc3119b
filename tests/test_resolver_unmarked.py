"""A taught phrase beside a clause of the speaker's own with no pause marked between them
(issue 14; :mod:`teachapp.understanding._unmarked`): typed text or speech whose short pause
a recogniser missed ("goodbye house the lawn is overgrown") is read as it would be with the
pause at the phrase's edges, where the words on each side may end and begin a clause.
No boundary is put after a word that waits for more (a determiner, a preposition, "is",
a naming or command verb, the verb of a subject) nor before a word that continues the
phrase's clause (a preposition, "so", "is", "only"); a side whose shape is not plainly
a clause's edge is only asked about; and marked text is left to the readers as it is."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._unmarked import marked_readings
from teachapp.understanding._words import stem
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("movie night", "Movie"), ("make coffee", "Coffee"), ("nap time", "Nap"),
    ("storm mode", "Storm"), ("reading mode", "Reading"), ("goodbye house", "Away"),
    ("lock up", "Lock"), ("fan on", "Fan"))


@pytest.mark.parametrize(("text", "routine"), [
    # a clause of the speaker's own after the phrase: a subject opens it
    ("goodbye house the lawn is overgrown", "Away"),
    ("storm mode i've been queueing for ages", "Storm"),
    ("reading mode what's the capital of peru anyway", "Reading"),
    ("fan on there's a wasp in here", "Fan"),
    # ... or before it: a clause that ends in a complete argument
    ("i concede priya you've outfoxed me lock up", "Lock"),
    ("lawks i am knackered movie night", "Movie"),
])
def test_a_phrase_beside_an_unmarked_clause_runs(resolver: Resolver, text: str,
                                                 routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # the word before waits for the phrase: a copula, a preposition, a verb and its subject,
    # an imperative verb, an operator and its subject
    "my favourite is movie night",
    "tack a chime onto storm mode",
    "i hate reading mode",
    "move make coffee to weekends only",
    "the taxi driver muttered movie night",
    "may our lodger nap time",
    # the word after continues the phrase's clause: "so", "is", a focusing adverb
    "copy nap time so i can tweak it",
    "movie night is a great film",
    "storm mode only on weekdays",
    # the aside points back at the request
    "make coffee the neighbours want it",
])
def test_no_boundary_where_the_clause_goes_on(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_a_side_not_plainly_an_edge_is_asked_about(resolver: Resolver) -> None:
    # ("my chequebook" may end a clause, or "chequebook" may be one of its own)
    found = resolver.resolve("where did i stash my spare chequebook movie night")
    assert found.decision == "clarify"
    assert found.routine == "Movie"


def test_marked_text_is_left_as_it_is(resolver: Resolver) -> None:
    text = "goodbye house, the lawn's overgrown"
    toks = tokens(text)
    said = [False] * len(toks)
    assert marked_readings(text, toks, said, [stem(t) for t in toks],
                           {("goodby", "hous"): (0, [0])}, 2) == []


def test_the_pause_goes_at_each_licensed_edge() -> None:
    text = "i'm knackered movie night the kids are asleep"
    toks = tokens(text)
    stems = [stem(t) for t in toks]
    at = next(k for k in range(len(toks)) if toks[k:k + 2] == ["movie", "night"])
    marked = marked_readings(text, toks, [False] * len(toks), stems,
                             {tuple(stems[at:at + 2]): (0, [0])}, 2)
    assert [m.text for m in marked] == ["i am knackered, movie night, the kids are asleep"]
    assert marked[0].sure


@pytest.mark.parametrize(("text", "routine"), [
    # a noun phrase of its own, opened by an article or possessive, after a phrase that
    # opens the utterance: no compound head the phrase modifies, no verb it is subject of
    ("make coffee the hermit solitude", "Coffee"),
    ("storm mode a bouquet of gooseberry and nettles", "Storm"),
    ("movie night my webcam froze", "Movie"),
    # "a" before an adjective in -ing or -ed and its noun
    ("nap time a searing butterfly stroke", "Nap"),
    ("movie night a streamlined glide", "Movie"),
])
def test_a_noun_phrase_of_its_own_after_the_phrase_runs(resolver: Resolver, text: str,
                                                        routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a phrase ending in a particle or preposition may take it as its object or place
    "fan on the hermit solitude",
    # a time or a relation may bear on the request
    "movie night the whole weekend",
    "make coffee the usual way",
    # a word the home taught may go on with another request
    "nap time the storm lamp",
    # "a" before a verb form: no noun phrase ("a keeps going wrong")
    "movie night a keeps going wrong",
    "movie night a dripping taps",
    # the clause began before the phrase: an operator waits for its predicate
    "would nap time the disturb the neighbours",
])
def test_a_noun_phrase_after_is_not_sure_where_it_may_bear(resolver: Resolver,
                                                           text: str) -> None:
    assert runs(resolver, text) is None


def test_a_naming_verb_keeps_the_noun_phrase_its_complement() -> None:
    named = Resolver([PhraseEntry("call the driver", "Driver"),
                      PhraseEntry("movie night", "Movie")])
    assert runs(named, "call the driver a bouquet of roses") is None
    assert runs(named, "movie night a bouquet of roses") == "Movie"


def test_a_ban_of_its_own_after_the_phrase_runs(resolver: Resolver) -> None:
    assert runs(resolver, "movie night no wellies on the rug") == "Movie"
    assert runs(resolver, "make coffee no toffees for him") == "Coffee"
    # (no adjunct: a bare "no" and a noun may refuse or correct; a response refuses)
    assert runs(resolver, "movie night no crisps") is None
    assert runs(resolver, "movie night no way") is None


def test_a_noun_phrase_after_a_particle_said_of_a_noun_phrase_runs() -> None:
    switched = Resolver([PhraseEntry("lights off", "Lights"),
                         PhraseEntry("egg incubator on", "Incubator"),
                         PhraseEntry("lock up", "Lock")])
    assert runs(switched, "lights off the hermit solitude") == "Lights"
    assert runs(switched, "egg incubator on the hermit solitude") == "Incubator"
    # (a possessive after the particle may be the place it is on: "on my headstone")
    assert runs(switched, "egg incubator on my webcam froze") is None
    # (a place or thing of a home, or "a", may be the particle's object or measure)
    assert runs(switched, "lights off the landing") is None
    assert runs(switched, "lights off the main switch") is None
    assert runs(switched, "egg incubator on a timer") is None
    # (after a lone word and its particle, a verb's, the noun phrase is its object)
    assert runs(switched, "lock up the bins") is None


@pytest.mark.parametrize(("text", "routine"), [
    # an imperative of the speaker's own after the phrase: an uninflected word, then a
    # determiner or an object pronoun
    ("movie night admire the delicate brushwork", "Movie"),
    ("storm mode unfurrow your brow", "Storm"),
    ("nap time shiver me timbers", "Nap"),
])
def test_an_imperative_after_the_phrase_runs(resolver: Resolver, text: str,
                                             routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # the phrase as a subject: a verb with -s, an irregular past, a past like its base
    "movie night annoys the neighbours",
    "movie night made my day",
    "nap time let me down",
    # a time, a word of the home's requests or a word the home taught may bear on it
    "nap time skip the nap tonight",
    "movie night dim the lamp",
    "storm mode copy the reading mode",
    # a preposition the clause readers do not list: the phrase's clause goes on
    "nap time during the week",
])
def test_an_imperative_after_is_not_sure_where_the_phrase_may_be_its_subject(
        resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_a_plural_phrase_takes_a_verb_with_no_ending() -> None:
    plural = Resolver([PhraseEntry("fairy lights", "Fairy"), PhraseEntry("tea time", "Tea")])
    assert runs(plural, "fairy lights annoy the neighbours") is None
    assert runs(plural, "fairy lights mind your head") is None
    assert runs(plural, "tea time mind your head") == "Tea"


def test_a_call_said_twice_before_the_phrase_ends_its_clause(resolver: Resolver) -> None:
    assert runs(resolver, "percy percy movie night") == "Movie"
    assert runs(resolver, "huff huff lock up") == "Lock"
    # (no call: a negator, a word of time, the phrase's own first word stammered)
    assert runs(resolver, "no no movie night") is None
    assert runs(resolver, "later later movie night") is None
    assert runs(resolver, "movie movie movie night") is None


def test_a_verb_said_twice_is_no_call() -> None:
    # (a verb stammered may take the phrase as its object: the edge is only licensed)
    lexicon = default_lexicon()
    for text, sure in (("winnie winnie the tumble dryer on", True),
                       ("put put the tumble dryer on", False)):
        toks = tokens(text)
        stems = [stem(t) for t in toks]
        marked = marked_readings(text, toks, [False] * len(toks), stems,
                                 {tuple(stems[2:]): (0, [0])}, 4,
                                 (lexicon, lambda word: False))
        assert [m.sure for m in marked] == [sure]


def test_a_particle_after_a_verbs_object_may_be_a_preposition() -> None:
    dryer = Resolver([PhraseEntry("put the tumble dryer on", "Dryer")])
    assert runs(dryer, "put the tumble dryer on the family account") is None


@pytest.mark.parametrize(("text", "routine"), [
    # "so" after the phrase closes the speaker's move; what follows is a line of its own
    ("reading mode so a costly bogey", "Reading"),
    ("lock up so browse our website", "Lock"),
    ("fan on so twist or stick", "Fan"),
    ("storm mode so sloths can outlast dolphins underwater", "Storm"),
    ("goodbye house so diversions signposted eastbound", "Away"),
])
def test_a_phrase_then_so_and_a_line_of_its_own_runs(resolver: Resolver, text: str,
                                                     routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # "so" standing for the request after a verb of saying, or said of the request's clause
    # ("so much", "so soon", "so far"), or a line after it that bears on the request
    "movie night so the lodger tells me",
    "movie night so i'm told",
    "make coffee so soon has anyone seen my tweezers",
    "movie night so much fun",
    "movie night so far so good",
    "movie night so cancel it",
    "lock up so never mind",
    "reading mode so turn off the tv",
    "reading mode so yesterday was fun",
])
def test_so_said_of_the_request_keeps_its_clause(resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def test_so_after_the_phrase_is_marked_after_it() -> None:
    lexicon = default_lexicon()
    text = "reading mode so a costly bogey"
    toks = tokens(text)
    stems = [stem(t) for t in toks]
    marked = marked_readings(text, toks, [False] * len(toks), stems,
                             {tuple(stems[:2]): (0, [0])}, 4, (lexicon, lambda word: False))
    assert [(m.text, m.sure) for m in marked] == [("reading mode so, a costly bogey", True)]


@pytest.mark.parametrize(("text", "routine"), [
    # "so" after a sentence of the speaker's own opens the next move: the phrase
    ("i'm kneading pastry so movie night", "Movie"),
    ("my fingertips are all glittery so make coffee", "Coffee"),
    ("the hedge is finally trimmed so lock up", "Lock"),
])
def test_a_phrase_after_a_sentence_and_so_runs(resolver: Resolver, text: str,
                                               routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a sentence with a pro-form or a cue, "so" of the words before it ("or so", "ever so"),
    # or the phrase's own clause going on after it
    "we don't need it so movie night",
    "cancel the booking so movie night",
    "she said the kids are tired so nap time",
    "in an hour or so movie night",
    "the kids are ever so tired nap time",
    "i'm kneading pastry so no movie night",
    "i'm kneading pastry so movie night was cancelled",
    "i'm kneading pastry so movie night again give me strength",
])
def test_so_after_a_sentence_keeps_what_bears_on_the_phrase(resolver: Resolver,
                                                             text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    # an adverb of emphasis or focus after "be" leaves its complement to come: the phrase
    # says what a thing was, as right after "was" ("uncle ray's toast was make coffee")
    "uncle ray's toast was simply make coffee",
    "his last words were literally movie night",
    "the password is basically lock up",
])
def test_a_phrase_after_be_and_an_adverb_is_its_complement(resolver: Resolver,
                                                            text: str) -> None:
    assert runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    # the adverb's complement said, the phrase after it runs as before
    ("uncle ray's toast was simply wonderful, make coffee", "Coffee"),
])
def test_a_complement_said_after_the_adverb_still_ends_the_clause(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine
