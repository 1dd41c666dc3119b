"""A taught phrase said beside a clause addressed to someone else in the room (issue 14):
a vocative and a directive to that person ("..., and priya, pass me the butter", "boys,
stop wrestling. ...", "you lot, coats on. ..."), or thanks to them ("..., thanks for the
flowers, ingrid"), ask the assistant for nothing, so the phrase runs as it would alone.
Their out-of-scope twins do not: a directive that says a taught phrase or names a
device, a vocative that is a taught name or a wake word, a cancellation said to the
assistant beside a vocative ("no, jasper, don't"), a pro-form that may point back, "tell
X to ..." and "X wants ...", which address nobody, and a directive with no phrase beside
it. A greeting to someone arriving ("look who's turned up!") is said to them too."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding._addressed import addressed_clauses, directive
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("porch light on", "Porch"), ("story time", "Story"), ("lights off", "Lights off"),
    ("message graham", "Graham"), ("start the dishwasher", "Dishwasher"),
    ("kettle on", "Kettle"), ("lock the back door", "Back door"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    # a vocative, then an imperative to that person, after "and" or a pause
    ("porch light on and priya, pass me the butter", "Porch"),
    ("story time, hamish, wash your hands", "Story"),
    ("start the dishwasher and esme, hang your coat up", "Dishwasher"),
    # said first, to a group of people, "you" with a numeral, or a family term
    ("boys, stop wrestling. kettle on", "Kettle"),
    ("you lot, coats on. story time", "Story"),
    ("you two, teeth brushed. lights off", "Lights off"),
    ("mum, pass the gravy. porch light on", "Porch"),
    # a verbless directive: a thing and where it goes
    ("seren, feet off the sofa. kettle on", "Kettle"),
    # a negated imperative with a deed of the addressee's own
    ("arlo, don't kick the table. story time", "Story"),
    ("kettle on and bonnie, don't lick the knife", "Kettle"),
    # the vocative after its clause; thanks to someone in the room
    ("lights off, shoes on, everyone", "Lights off"),
    ("porch light on, thanks for the flowers, ingrid", "Porch"),
    ("story time, cheers for the lift, marcus", "Story"),
    # a verb idiom whose "it" is a prop
    ("kettle on, knock it off, lads", "Kettle"),
    # a particle a taught phrase holds said in the directive ("lock the *back* door")
    ("beatrix, give your brother the crayon back. story time", "Story"),
    # a taught name first is the phrase's own, the vocative after it someone else
    ("message graham and otis, fetch the scissors", "Graham"),
    # thanks alone still runs, as before
    ("porch light on, thanks", "Porch"),
    # a place adverb that premodifies the directive's own noun, though it may name a room
    ("inside voice, munchkin, story time", "Story"),
    # a greeting to someone arriving, said to them
    ("well well, look who's turned up! kettle on", "Kettle"),
])
def test_a_phrase_beside_a_clause_said_to_someone_else_runs(
        resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a vocative whose directive is a taught phrase: a second request
    "story time and jasper, lights off",
    "jasper, lights off. story time",
    # a directive that names a device or room, or a taught word
    "kettle on, ivy, switch the telly off",
    "porch light on and kit, start the dishwasher",
    # a cancellation said to the assistant beside a vocative, or with none
    "lights off, no, jasper, don't",
    "kettle on, stop, leave it",
    "porch light on, ezra, stop",
    "story time, actually, dad, never mind",
    # a condition, a time or someone else's words said to them
    "lights off, boys, at nine",
    "kettle on, esme, tell your dad",
    # addressed to nobody: "tell X to", a report
    "tell jasper to wipe his feet and lights off",
    "lights off, jasper says he's scared",
    # a directive to a person with no phrase beside it
    "jasper, wipe your feet",
    "thanks for the flowers, ingrid",
])
def test_a_clause_said_to_someone_else_frees_no_second_request(
        resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "alexa, play some jazz. lights off",
    "computer, open the pod bay doors. kettle on",
])
def test_a_wake_word_or_the_assistants_name_is_no_person_in_the_room(
        resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


def test_a_taught_name_after_and_is_no_vocative() -> None:
    lexicon = default_lexicon()
    toks = tokens("lights off and graham, fetch the scissors", lexicon)
    said, _ = addressed_clauses(toks, frozenset({3}), lexicon, lambda w: w == "graham",
                                frozenset())
    assert not said


def test_the_clause_and_its_vocative_are_freed_and_cut_from_the_phrase() -> None:
    lexicon = default_lexicon()
    toks = tokens("kettle on and otis, fetch the scissors", lexicon)
    said, cuts = addressed_clauses(toks, frozenset({3}), lexicon, lambda w: False,
                                   frozenset())
    assert [toks[k] for k in sorted(said)] == ["and", "otis", "fetch", "the", "scissors"]
    assert cuts == frozenset({1})


@pytest.mark.parametrize(("clause", "known", "said_to"), [
    ("pass me the butter", True, True),
    ("stop wrestling", True, True),
    ("coats on", True, True),
    ("stop", True, False),              # (a cancellation alone)
    ("do not", True, False),
    ("do it", True, False),             # (a pro-form that may point back)
    ("not that one", True, False),
    ("put that recorder down", True, True),  # ("that" a determiner of its own noun)
    ("play some jazz", False, False),   # (a request verb beside a name no list knows)
    ("play some jazz", True, True),
])
def test_what_a_directive_to_someone_else_may_hold(
        clause: str, known: bool, said_to: bool) -> None:
    lexicon = default_lexicon()
    assert directive(tokens(clause, lexicon), lexicon, lambda w: False, frozenset(),
                     known) is said_to
