"""Wrapped phrases, the fourth round (issue 14): a taught phrase said exactly beside words
nobody listed. An aside that says no word of a request ("lights on, dead serious", "ey up,
bath time", "movie, beg pardon, movie night"), a reason with a subject of its own ("...,
my shift's over", "... seeing as it's chilly"), the speaker's plans ("we're driving to
cornwall tomorrow, ..."), politeness in the conditional ("..., i'd be
chuffed"), a word drawn out ("aaand bath time"), punctuation said aloud ("... new line"),
and the phrase as what is wanted, needed or asked to be possible ("can we try ...", "i
am requesting ...", "... is needed", "is ... doable") run their routine. Their twins do
not: an aside that asks for something else ("..., text jane"), a taught phrase misheard
beside it ("movie night, barth tyme"), a cue anywhere ("don't", "is ... on", "yesterday",
"she said", "forget"), and the past of the phrase itself ("the kids loved it")."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding.normalize import default_lexicon, tokens
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("movie night", "Movie night"), ("bath time", "Bath"), ("lights on", "Lights on"),
    ("kitchen radio", "Radio"), ("start the vacuum", "Vacuum"), ("feed the fish", "Fish"),
    ("sunset scene", "Sunset"), ("lunch break", "Lunch"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    # an aside of words no request is made of, after the phrase or before it
    ("lights on, dead serious", "Lights on"),
    ("movie night, heaven knows", "Movie night"),
    ("ey up, bath time", "Bath"),
    ("cutting to the chase, feed the fish", "Fish"),
    ("bottom line, kitchen radio", "Radio"),
    ("sunset scene, sweet as", "Sunset"),
    # a false start, an aside, and the phrase said whole
    ("lunch, beg pardon, lunch break", "Lunch"),
    ("movie, brain fog, movie night", "Movie night"),
    # a reason with a subject of its own, a pause or a joiner of two words before it
    ("bath time, my shift's over", "Bath"),
    ("feed the fish, the postie's dropped by", "Fish"),
    ("lights on, it's tipping down", "Lights on"),
    ("kitchen radio seeing as it's chilly", "Radio"),
    ("movie night now that we're back", "Movie night"),
    # the speaker's own plans, with when they happen
    ("we're driving to cornwall tomorrow, movie night", "Movie night"),
    ("we're popping over to grandma's, bath time", "Bath"),
    ("we're having folk round later, lights on", "Lights on"),
    # politeness in the conditional: an -ed word after "be" is no past
    ("movie night, i'd be chuffed", "Movie night"),
    ("start the vacuum, that'd be appreciated", "Vacuum"),
])
def test_a_phrase_beside_words_of_no_request_runs(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # the aside asks for something else, or names what the home knows
    "lights on, text jane", "movie night, play some jazz", "bath time, remind me",
    "movie night, the weather", "movie night, kitchen radio too",
    # a taught phrase misheard beside it: two requests
    "movie night, barth tyme",
    # a cue in the aside or around the phrase
    "movie night, she said", "movie night, the kids loved it", "movie night, the kids watched",
    "bath time, my shift's not over", "movie night, the film was great",
    "movie night, we watched it yesterday", "don't movie night, dead serious",
    "is movie night on, dead serious", "forget movie night, beg pardon",
    # the phrase asked about in a clause of its own
    "movie night, is it on",
    # a time said of the phrase, or of a plan that may be the phrase itself
    "movie night, tomorrow", "movie night, we're watching tomorrow",
    "we're watching it tomorrow, movie night", "we're doing that later, movie night",
])
def test_a_phrase_beside_a_request_or_a_cue_does_not_run(resolver: Resolver,
                                                         text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    # the phrase as the object of a verb of wanting or trying
    ("can we try movie night?", "Movie night"),
    ("i request lights on", "Lights on"),
    ("i am requesting start the vacuum", "Vacuum"),
    ("requesting feed the fish", "Fish"),
    ("do you wanna bath time?", "Bath"),
    ("we need to try kitchen radio", "Radio"),
    # ... of a verb of getting, asked whether the speaker may
    ("can i nab lunch break?", "Lunch"),
    ("could we grab bath time please", "Bath"),
    # needed, or asked whether it can be done
    ("kitchen radio is needed", "Radio"),
    ("is movie night doable?", "Movie night"),
    ("would sunset scene be possible", "Sunset"),
    # "how's about" run together
    ("howzabout bath time?", "Bath"),
    # the imperative of kindness before it
    ("be a sweetie and movie night", "Movie night"),
    ("be an angel and lights on", "Lights on"),
])
def test_a_phrase_wanted_or_asked_to_be_possible_runs(resolver: Resolver, text: str,
                                                      routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a negation, the past, another's want, a question about the want
    "i don't want movie night", "we tried movie night", "we needed movie night",
    "movie night was needed", "did you want movie night", "what do you want movie night",
    "she wants movie night", "they need movie night",
    # another verb between the want and the phrase, or a verb of getting not asked
    "i want to watch movie night", "i nab movie night", "can i nab the movie night",
    # kindness that names another request, or a cue after it
    "be a text and movie night", "be a sweetie and don't movie night",
    # a question about state, not about possibility
    "is movie night on", "is movie night ok", "is movie night over",
    # the usual cues and other requests
    "play movie night on the radio", "add movie night to my list", "don't movie night",
    "movie night yesterday", "forget movie night", "she said movie night",
])
def test_a_phrase_not_wanted_does_not_run(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    # a word drawn out, as a recogniser writes it said slowly
    ("aaand bath time", "Bath"),
    ("pleeease movie night", "Movie night"),
    ("sooo lights on", "Lights on"),
    # punctuation said aloud after the phrase
    ("movie night new line", "Movie night"),
    ("lights on exclamation mark", "Lights on"),
    ("feed the fish full stop", "Fish"),
])
def test_drawn_out_words_and_spoken_punctuation_are_free(resolver: Resolver, text: str,
                                                         routine: str) -> None:
    assert _runs(resolver, text) == routine


def test_only_the_lexicons_own_words_are_squeezed() -> None:
    lex = default_lexicon()
    assert tokens("aaand sooo pleeease", lex) == ["and", "so", "please"]
    # (a word that squeezes to no lexicon word stays as written)
    assert tokens("cooool zzzap", lex) == ["cooool", "zzzap"]


def test_the_request_words_come_from_the_datasets_and_the_intent_names() -> None:
    words = default_lexicon().request_words
    # from HWU64's and SLURP's intent names, and from the crowd-written requests
    assert {"email", "text", "remind", "weather", "play"} <= words
    assert {"dim", "brightness", "vacuum"} <= words
    # words of wanting, asking or doing are none
    assert not {"try", "want", "need", "request", "do", "have", "go"} & words


@pytest.mark.parametrize(("text", "routine"), [
    # a phrase misheard beside an aside of words no request is made of runs as it would
    # alone ...
    ("movie nite, dead serious", "Movie night"),
    ("bath tyme, sweet as", "Bath"),
])
def test_a_misheard_phrase_beside_words_of_no_request_runs(resolver: Resolver, text: str,
                                                           routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # ... but not beside another request or another phrase misheard
    "movie nite, text jane", "movie nite, barth tyme", "movie nite, the kids loved it",
])
def test_a_misheard_phrase_beside_a_request_does_not_run(resolver: Resolver,
                                                         text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    # the going-to future of a want, as "i will need ..." is
    ("i'm gonna need bath time", "Bath"),
    ("we're going to need kitchen radio", "Radio"),
    ("gonna need movie night", "Movie night"),
])
def test_a_phrase_wanted_in_the_going_to_future_runs(resolver: Resolver, text: str,
                                                     routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "i was going to need movie night", "i'm not gonna need movie night",
    "she's gonna need movie night", "are they going to need movie night",
    "i'm going to watch movie night",
])
def test_a_going_to_future_not_of_the_speakers_want_does_not_run(resolver: Resolver,
                                                                 text: str) -> None:
    assert _runs(resolver, text) is None
