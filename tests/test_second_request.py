"""The one rule that says whether a clause joined by "and" is a request of its own
(:func:`teachapp.understanding._second_request.second_request`), which the readers of a
clause beside a taught phrase all ask (issue 14, "two requests, one not taught").

Before it, each reader asked in its own way whether the word after "and" was on a list of
request words or carriers, so a verb no list knows ("renew my passport", "knit a scarf")
was read as the speaker's own words and the phrase beside it ran. The rule reads the
shape of an imperative instead: a word in the place of the verb and its object after it."""

from __future__ import annotations

import pytest

from teachapp.understanding._second_request import second_request
from teachapp.understanding.normalize import default_lexicon, tokens

LEXICON = default_lexicon()
TAUGHT_WORDS = frozenset({"reading", "mode", "movie", "night", "lights", "on"})


def _asks(text: str, *, joined: bool = False) -> bool:
    return second_request(tokens(text, LEXICON), LEXICON, TAUGHT_WORDS.__contains__,
                          joined=joined)


@pytest.mark.parametrize("text", [
    "and renew my passport",
    "and knit a scarf",
    "and wash the car",
    "and teach me french",
    "and then sharpen the knives",
    "and also polish my boots",
    "and could you defrost the chicken",
    "and um fold the laundry",
    "then tune the guitar",
    "and make coffee",
    "and play some jazz",
])
def test_an_imperative_after_and_is_a_request_of_its_own(text: str) -> None:
    assert _asks(text)


@pytest.mark.parametrize("text", ["knit a scarf", "renew my passport", "text my brother"])
def test_an_imperative_before_a_clause_that_opens_with_and_is_one_too(text: str) -> None:
    assert _asks(text, joined=True)
    assert not _asks(text)  # (joined by nothing: "knit a scarf. reading mode" is not read here)


@pytest.mark.parametrize("text", [
    "and it's gone midnight",
    "and all that",
    "and rain stops play groan",
    "and the baby is asleep",
    "and i'm off to bed",
    "and thanks a lot",
    "and take your coat",
    "and get this",
    "and what shall we do with the drunken sailor",
    "and reading the paper",
    "and woke the baby",
    "and especially the kids",
    "and on the big screen",
    "and not the cat",
    "and both the kids are in bed",
    "and dougie stop hogging the beanbag",
])
def test_a_clause_of_the_speakers_own_after_and_is_none(text: str) -> None:
    assert not _asks(text)


@pytest.mark.parametrize("text", [
    "and big red bus",
    "and then purple elephant dance",
    "and also garden party music",
])
def test_a_bare_noun_phrase_after_and_names_a_request_of_its_own(text: str) -> None:
    """Named as a routine's phrase is ("reading mode, and big red bus"): no verb, two open
    words or more, none taught; False on main, where only a verb or its object asked."""
    assert _asks(text)
    assert _asks(text.removeprefix("and ").removeprefix("then ").removeprefix("also "),
                 joined=True)


@pytest.mark.parametrize("text", [
    "and rain stops play",
    "and velvet mode",
    "and jane smith",
    "and happy",
    "and the big red bus is late",
])
def test_a_noun_phrase_with_a_verb_a_taught_word_a_name_or_one_word_is_none(
        text: str) -> None:
    """A subject and its verb, a taught word (the phrase's own), a name, one word, or a
    determiner first is no bare name of another request."""
    assert not _asks(text)
