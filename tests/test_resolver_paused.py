"""A pause written as a comma (issue 14): a recogniser writes the end of a sentence as a
comma, so "whisk until stiff peaks appear. reading mode." reaches the resolver as "whisk
until stiff peaks appear, reading mode". A whole sentence of the speaker's own set off by
such a comma, before or after the phrase, leaves the phrase to run as it would alone;
a clause joined to the phrase by a cue, a subordinator, a question, a request word or
a pro-form does not. Also the take-backs and stories said after a phrase that ran."""

from __future__ import annotations

import pytest
from resolver_helpers import runs, taught_resolver

from teachapp.understanding._paused import paused_apart, whole_sentence
from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolver import Resolver

resolver = taught_resolver(
    ("reading mode", "Reading"), ("movie night", "Movie"), ("sauna on", "Sauna"),
    ("lights off", "LightsOff"), ("stargazing mode", "Stars"), ("water the ferns", "Ferns"))


@pytest.mark.parametrize(("text", "routine"), [
    # a recipe step or a knitting pattern read out, then the phrase, heard with a pause
    ("whisk until stiff peaks appear, reading mode", "Reading"),
    ("cast on forty stitches, movie night", "Movie"),
    ("fold in the egg whites gently, sauna on", "Sauna"),
    # a remark of the speaker's own before or after the phrase
    ("the kids are asleep, reading mode", "Reading"),
    ("reading mode, the kids are asleep", "Reading"),
    ("water the ferns, whisk until stiff peaks appear", "Ferns"),
    # typed with a full stop, as before
    ("whisk until stiff peaks appear. reading mode", "Reading"),
])
def test_a_whole_sentence_beside_a_pause_leaves_the_phrase_to_run(
        resolver: Resolver, text: str, routine: str) -> None:
    assert runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a clause a comma joins to the phrase: a condition, a time, a reason, a question
    "when the kids are asleep, reading mode",
    "if the rain stops, movie night",
    "is the kettle on, reading mode",
    # another request, or the home named
    "ring grandma, movie night",
    "octavia says congrats on the promotion, movie night",  # (someone else's words)
    "turn off the lamp, reading mode",
    "we had reading mode yesterday, it was great",
    # a story or a judgement of the request
    "we had a lovely weekend, we watched movie night",
    "the film was great, movie night",
    # taken back, or a story of its runs, said after it
    "lights off, just joking",
    "stargazing mode, a ran twice yesterday",
])
def test_a_clause_that_bears_on_the_phrase_still_stops_it(
        resolver: Resolver, text: str) -> None:
    assert runs(resolver, text) is None


def _taught(word: str) -> bool:
    return word in {"reading", "mode", "movie", "night"}


@pytest.mark.parametrize(("said", "whole"), [
    ("whisk until stiff peaks appear", True),
    ("cast on forty stitches", True),
    ("the kids are asleep", True),
    ("the kids aren't asleep", False),  # (a negation may reach the phrase)
    ("so the kids are asleep", False),
    ("because the kids are asleep", False),
    ("we watched movie night", False),
    ("she said the kids are asleep", False),
    ("play the news", False),  # (a request of its own)
    ("cheese", False),
    ("the tank's full already", False),  # (done already: it may be the request's state)
])
def test_whole_sentence_reads_a_sentence_of_its_own(said: str, whole: bool) -> None:
    lexicon = default_lexicon()
    assert whole_sentence(tokens(said, lexicon), lexicon, _taught) is whole


def test_paused_apart_cuts_before_then_after_then_both() -> None:
    lexicon = default_lexicon()
    text = "cast on forty stitches, reading mode, the kids are asleep"
    assert list(paused_apart(text, lexicon, _taught)) == [
        "reading mode, the kids are asleep", "cast on forty stitches, reading mode",
        "reading mode"]
    assert list(paused_apart("reading mode", lexicon, _taught)) == []
