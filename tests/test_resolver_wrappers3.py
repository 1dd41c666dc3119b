"""Wrapped phrases, the third round (issue 14): a taught phrase said exactly after a
self-repair ("kettle, no wait, kettle on", "what am i saying, reading mode"), asked as a
question that is a request ("how about movie night?", "any chance of bath time?"), and
inside politeness, urgency, discourse markers and words of address from all over the
English-speaking world ("if it's not too much trouble, ...", "... chop chop", "...,
squire") runs its routine. Their out-of-scope twins do not: a negation after the repair
("no, not movie night"), a repair with nothing after it, a question about the routine
("can movie night wait?"), and a cue inside the wrapper."""

from __future__ import annotations

import pytest
from resolver_helpers import runs as _runs

from teachapp.understanding._self_repair import after_repair
from teachapp.understanding.normalize import default_lexicon, free_mask, tokens
from teachapp.understanding.resolution import PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("kettle on", "Kettle"), ("movie night", "Movie night"), ("bath time", "Bath"),
    ("lights off", "Lights off"), ("garden lights on", "Garden"), ("reading mode", "Reading"),
    ("no visitors", "Do not disturb"), ("feed the fish", "Fish"),
    ("warm the conservatory", "Conservatory"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    # a false start, an editing term, and the request said whole
    ("kettle, no wait, kettle on", "Kettle"),
    ("movie - hold on - movie night", "Movie night"),
    ("feed the... i mean, feed the fish", "Fish"),
    ("warm the... what am i saying, warm the conservatory", "Conservatory"),
    ("garden, hang on a sec, garden lights on", "Garden"),
    # ... the false start a cue word of its own ("no" of "no visitors")
    ("no - hold on - no visitors", "Do not disturb"),
    # another request first, replaced by the last one
    ("bath time... sorry, movie night", "Movie night"),
    ("lights off, or rather, garden lights on", "Garden"),
    ("reading mode... i mean bath time", "Bath"),
    ("bath time, nope, reading mode", "Reading"),
    # a word search or a restart before the request
    ("what do you call it, reading mode", "Reading"),
    ("scratch that, bath time", "Bath"),
    ("no wait, kettle on", "Kettle"),
    ("let me start over, feed the fish please", "Fish"),
])
def test_a_phrase_said_whole_after_a_self_repair_runs(resolver: Resolver, text: str,
                                                       routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    # a negation is no repair, with or without a pause
    "no, not movie night", "no movie night", "no, movie night", "oh no, movie night",
    "bath time, no movie night",
    # what follows the term is no taught phrase said exactly
    "wait, don't start movie night", "movie night, no wait, don't",
    "i mean, movie night is nice", "bath time, no, cancel movie night",
    "kettle, hang on, is the kettle on?",
    # nothing follows the term, or no pause sets it apart
    "movie night, scratch that", "forget that movie night",
    # the speaker says they decided otherwise, with or without a pause
    "movie night, changed my mind", "movie night, i've changed my mind",
    "movie night i've changed my mind",
    "bath time. actually we changed our minds",
    # someone else's words or the past before the term frame what follows
    "she said, no wait, movie night", "i said movie night yesterday",
])
def test_a_repair_does_not_undo_a_cue(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("how about movie night?", "Movie night"), ("shall we have bath time?", "Bath"),
    ("any chance of reading mode?", "Reading"), ("could you do movie night?", "Movie night"),
    ("why don't we have movie night?", "Movie night"),
    ("do you fancy bath time?", "Bath"),
    ("is there any chance you could feed the fish?", "Fish"),
    ("would it be possible to have reading mode?", "Reading"),
    ("i need you to feed the fish", "Fish"),
    ("movie night, would you?", "Movie night"),
])
def test_a_request_asked_as_a_question_runs(resolver: Resolver, text: str,
                                            routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "is movie night on?", "can movie night wait?", "what does movie night do?",
    "when is movie night?", "how long is movie night?", "shall we skip movie night?",
    "how about we cancel movie night?", "why is movie night not working?",
    "how was movie night?",
])
def test_a_question_about_a_routine_does_not_run_it(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    # politeness formulae
    ("would you be so kind as to feed the fish", "Fish"),
    ("if it's not too much trouble, bath time", "Bath"),
    ("i'd be ever so grateful if you could do movie night", "Movie night"),
    ("sorry to bother you, reading mode", "Reading"),
    ("kettle on, nice one", "Kettle"),  # ("one" is read as the number 1)
    ("lights off, you're a legend", "Lights off"),
    # urgency
    ("kettle on, chop chop", "Kettle"), ("movie night on the double", "Movie night"),
    ("reading mode sharpish", "Reading"), ("lights off this instant", "Lights off"),
    ("bath time in two ticks", "Bath"), ("feed the fish when you get a mo", "Fish"),
    # discourse markers
    ("basically bath time", "Bath"), ("honestly, reading mode", "Reading"),
    ("plus movie night", "Movie night"), ("so yeah, kettle on", "Kettle"),
    # words of address
    ("kettle on, chuck", "Kettle"), ("movie night, squire", "Movie night"),
    ("reading mode, captain", "Reading"), ("bath time bab", "Bath"),
    ("feed the fish, machine", "Fish"),
])
def test_politeness_urgency_and_address_around_a_phrase(resolver: Resolver, text: str,
                                                         routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "don't do movie night, chop chop", "cancel bath time asap",
    "kettle on tomorrow", "movie night at 8", "kettle on, movie night",
    "basically we had movie night", "squire, is movie night on?",
])
def test_a_cue_or_a_second_request_inside_the_wrapper_does_not_run(resolver: Resolver,
                                                                   text: str) -> None:
    assert _runs(resolver, text) is None


def test_the_request_is_read_from_after_the_last_editing_term() -> None:
    lexicon = default_lexicon()
    toks = tokens("bath, no wait, bath time", lexicon)
    start = after_repair(toks, free_mask(toks, lexicon), frozenset({0, 2}), lexicon)
    assert start is not None and toks[start:] == ["bath", "time"]
    # (without a pause there is no repair to read)
    assert after_repair(toks, free_mask(toks, lexicon), frozenset(), lexicon) is None


@pytest.mark.parametrize(("text", "routine"), [
    ("kettel, no wait, kettel on", "Kettle"),
    ("what do you call it, reeding mode", "Reading"),
    ("bath time, sorry, moovie night", "Movie night"),
])
def test_a_phrase_misheard_after_a_self_repair_runs_as_it_would_alone(
        resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "no wait, don't start moovie night", "bath time, no wait, moovie",
    "she said, hang on, moovie night",
])
def test_a_misheard_twin_of_a_repair_does_not_run(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    # a name in -is or -us last is rarely a plural ("reviews" is)
    ("movie night doris", "Movie night"), ("kettle on marcus", "Kettle"),
    # as it always is
    ("movie night as usual", "Movie night"), ("bath time once more", "Bath"),
    # exasperation, young speakers' markers, borrowed politeness
    ("for crying out loud, kettle on", "Kettle"), ("lowkey movie night", "Movie night"),
    ("reading mode, por favor", "Reading"),
])
def test_more_of_everyday_english_around_a_phrase(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "movie night reviews", "movie night tickets", "any chance of cancelling movie night?",
    "how about skipping bath time?", "for crying out loud, no more movie night",
])
def test_a_plural_after_a_phrase_or_a_cancellation_in_ing_does_not_run(
        resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


@pytest.mark.parametrize("text", [
    "bath time... i mean kettle", "reading mode, no wait, the weather please",
    "movie night - sorry - privacy please",
])
def test_a_phrase_before_the_repair_is_replaced_and_runs_nothing(resolver: Resolver,
                                                                 text: str) -> None:
    assert _runs(resolver, text) is None


def test_the_request_after_the_term_is_read_as_if_said_alone(resolver: Resolver) -> None:
    # ("it is" does not run across the pause: "... call it, is movie night on" asks)
    assert _runs(resolver, "what do you call it, is movie night on") is None
    assert _runs(resolver, "what do you call it, movie night") == "Movie night"


def test_free_words_that_overlap_are_all_free() -> None:
    lexicon = default_lexicon()
    toks = tokens("cooking mode on the double", lexicon)
    # ("mode on" is a carrier, "on the double" a filler)
    assert free_mask(toks, lexicon) == [False, True, True, True, True]


@pytest.mark.parametrize(("text", "routine"), [
    ("movie night, won't you?", "Movie night"), ("bath time, shall we?", "Bath"),
    ("reading mode, what do you say?", "Reading"), ("why not movie night?", "Movie night"),
    ("kettle on at the double", "Kettle"), ("movie night, my friend", "Movie night"),
    ("cooking... er, i mean, kettle on", "Kettle"),
])
def test_tags_idioms_and_address_of_several_words(resolver: Resolver, text: str,
                                                  routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize("text", [
    "why is movie night not working?", "why not cancel movie night?",
    "movie night is not working, what do you think?", "my lord, is movie night on?",
])
def test_a_tag_or_an_address_does_not_hide_a_cue(resolver: Resolver, text: str) -> None:
    assert _runs(resolver, text) is None


def test_a_carrier_before_a_no_is_a_false_start(resolver: Resolver) -> None:
    assert _runs(resolver, "feed, nope, feed the fish") == "Fish"
    assert _runs(resolver, "play, no, play movie night") == "Movie night"
    assert _runs(resolver, "now, no, movie night") is None


def test_an_initialism_spelled_letter_by_letter_is_the_taught_word() -> None:
    home = Resolver([PhraseEntry("rgb rainbow", "Rainbow"), PhraseEntry("bath time", "Bath")])
    assert _runs(home, "r g b rainbow") == "Rainbow"
    assert _runs(home, "a b c rainbow") is None


@pytest.mark.parametrize("text", [
    # a routine said to have ended is a statement, as "bath time finished" was
    "bath time's over", "movie night done", "bath time is over", "is movie night over",
    "bath time is up", "movie night's done now",
])
def test_a_routine_said_to_be_over_never_runs(resolver: Resolver, text: str):
    assert _runs(resolver, text) is None


@pytest.mark.parametrize(("text", "routine"), [
    # ... while "done" in a frame of politeness is not about the routine
    ("kettle on when you're done", "Kettle"), ("movie night, over to you", "Movie night"),
    ("bath time once you're done", "Bath"),
])
def test_done_in_a_polite_frame_still_runs(resolver: Resolver, text: str, routine: str):
    assert _runs(resolver, text) == routine
