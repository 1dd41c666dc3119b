"""Speech beside a taught phrase that is plainly not the speaker's request (issue 14), read
by its shape: an initial adverbial bound to its own main clause inside a sentence said
first ("if the tide is out, walk along the causeway. ..."), an imperative about the
listener's own thing ("fold your napkin, then ..."), a demonstrative that is the
determiner of a noun of its own after the phrase ("..., this round is on the house"),
and, out of scope, a phrase given as the answer of a guess ("hint, it's ..."). Their
twins keep their readings: a condition with no main clause of its own, a request word
opening a request of its own, a demonstrative alone, and "it's X" said plainly."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs
from resolver_helpers import taught_resolver

from teachapp.understanding._carried_line import own_after
from teachapp.understanding._listeners_own import listeners_own
from teachapp.understanding._said_before import said_before
from teachapp.understanding.normalize import default_lexicon, tokens

resolver = taught_resolver(
    ("i'm off out", "Out"), ("reading mode", "Reading"), ("water the ferns", "Ferns"), ("sauna on", "Sauna"),
    ("movie night", "Movie"), ("lock the shed", "Shed"), ("ring petra", "Petra"))

LEX = default_lexicon()


def _never(_word: str) -> bool:
    return False


@pytest.mark.parametrize(("text", "routine"), [
    # an adverbial of condition, time or place bound to its own clause, then a full stop
    ("if the tide is out, walk along the causeway. sauna on", "Sauna"),
    ("when the whistle blows, swap ends. water the ferns", "Ferns"),
    ("before kickoff, shake hands with the referee. reading mode", "Reading"),
    # an imperative about the listener's own thing, said first
    ("fold your napkin, then movie night", "Movie"),
    ("take your seats please. lock the shed", "Shed"),
    # a demonstrative before a noun of the stretch's own, said after the phrase
    ("ring petra, this round is on the house", "Petra"),
])
def test_speech_of_someone_else_beside_a_phrase_leaves_it_to_run(
        resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a condition with nothing else in its sentence still frames the phrase
    "if the tide is out. sauna on",
    "if the tide is out, sauna on",
    # a condition whose main clause asks for a device
    "if it gets dark, switch on the lamp. reading mode",
    # a cue the adverbial holds that is not bound to it
    "when she said no, leave it. movie night",
    # a request word opening a request of its own
    "ring mum. movie night",
    # a demonstrative alone may point back at the phrase
    "movie night, this is the best",
    # the phrase given as an answer
    "guess the film, hint, it's movie night",
    "the answer is lock the shed",
    "riddle time, the answer's reading mode",
    "guess where i am, clue, it's i'm off out",
])
def test_its_twins_do_not_run(resolver, text: str) -> None:
    assert _runs(resolver, text) is None


def test_it_is_the_phrase_said_plainly_still_runs(resolver) -> None:
    assert _runs(resolver, "it's movie night") == "Movie"
    assert _runs(resolver, "hooray, it's movie night") == "Movie"


def test_the_adverbial_sentence_is_cut_off_only_with_a_main_clause() -> None:
    assert list(said_before("if the tide is out, walk along the causeway. sauna on", LEX,
                            _never)) == ["sauna on"]
    assert list(said_before("if the tide is out. sauna on", LEX, _never)) == []


def test_listeners_own_needs_your_and_a_noun_of_no_home() -> None:
    assert listeners_own(tokens("take your receipt", LEX), LEX, _never)
    assert not listeners_own(tokens("take the receipt", LEX), LEX, _never)
    assert not listeners_own(tokens("switch your lamp off", LEX), LEX, _never)
    assert not listeners_own(tokens("take your receipt", LEX), LEX,
                             lambda w: w == "receipt")


def test_a_determiner_demonstrative_after_the_phrase_points_at_its_noun() -> None:
    assert own_after("this round is on the house", LEX, _never)
    assert not own_after("this is on the house", LEX, _never)


def test_no_before_a_noun_of_its_own_is_a_local_negation(resolver) -> None:
    assert _runs(resolver, "sauna on, two teams, one trophy, no mercy") == "Sauna"
    assert own_after("one cup, no sugar", LEX, _never)
    for refusal in ("no way", "no need", "no thanks", "not now", "we don't"):
        assert not own_after(refusal, LEX, _never)
    assert _runs(resolver, "sauna on, no way") is None


def test_a_verb_negated_with_an_object_of_its_own_is_bound_to_its_sentence(resolver) -> None:
    assert _runs(resolver, "couldn't open the gate latch. sauna on") == "Sauna"
    assert _runs(resolver, "don't. sauna on") is None
    assert _runs(resolver, "i don't want to. sauna on") is None
    assert _runs(resolver, "don't forget it. sauna on") is None


@pytest.mark.parametrize(("text", "routine"), [
    ("sauna on, use fresh basil and ripe tomatoes", "Sauna"),
    ("start with sharp pencils and squared paper. reading mode", "Reading"),
])
def test_a_request_verb_in_its_general_sense_leaves_the_phrase_to_run(
        resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "ring mum. movie night",                # one thing named: a request of its own
    "play the party anthem. movie night",   # a request word among its objects
    "set an alarm. movie night",
])
def test_a_request_of_the_assistant_said_first_still_stops_the_phrase(
        resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    # a relative clause of a thing's words, "that" its pronoun, not the marker "that said"
    "my nephew sent me a meme that said movie night",
    "the sign that said lock the shed",
    # a verb of sending words with its recipient, the phrase the message sent
    "i accidentally emailed the whole office movie night",
    "she texted me sauna on",
    # a noun of words said: the subject of "be", the antecedent of "it", a question
    "i keep forgetting my line in the play, it's lock the shed",
    "his very first words? reading mode",
    "his very first words reading mode",
    "her words were water the ferns",
])
def test_words_quoted_sent_or_named_do_not_run(resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("that said, movie night", "Movie"),             # the marker said first
    ("movie night, that said, i'm shattered", "Movie"),  # after a pause
    ("i've texted mum, sauna on", "Sauna"),          # a pause: a clause of its own
    ("i've posted the valentine, lock the shed", "Shed"),  # a thing sent, not words
    ("word for word, reading mode", "Reading"),       # no determiner: no noun phrase
    ("hooray, it's movie night", "Movie"),
])
def test_their_twins_still_run(resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


def test_a_second_reading_that_only_asks_is_taken_back_by_the_frame_too(resolver) -> None:
    # (read again with a pause after "office", the phrase is only asked about; the frame of
    # the whole utterance, a message sent, takes that question back too)
    found = resolver.resolve("i accidentally emailed the whole office movie night")
    assert found.decision == "reject"
    assert found.reason == "reported"
