"""Calls, openers, politeness and hesitations around a request (issue 14: in-scope
accuracy on wrapped speech). The assistant or the house called by a word or a name at
either edge ("house, ...", "... please house", "..., ta love", "jeeves please ..."), a
discourse marker first ("right, ..."), a drawn-out "ummm", and a restart ("turn the, er,
turn the kettle on") cost nothing; a taught phrase that holds such a word still runs as
taught, and no call makes a fragment, a cue or another request run."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from resolver_helpers import runs as _runs

from teachapp.understanding._carriers import clause_breaks, edge_words, named_last, restarts
from teachapp.understanding.normalize import default_lexicon, free_mask, tokens
from teachapp.understanding.resolution import Decision, PhraseEntry
from teachapp.understanding.resolver import Resolver

HOME = [PhraseEntry(p, r) for p, r in (
    ("kettle on", "Kettle"), ("movie night", "Movie night"), ("bath time", "Bath"),
    ("coffee time", "Coffee"), ("lights off", "Lights off"),
    ("kitchen lights off", "Kitchen dark"), ("goodbye house", "Leaving"),
    ("wake up the house", "Wake up"), ("house party", "Party"), ("party mode", "Party mode"),
    ("hey jude time", "Jude"), ("good morning", "Morning"), ("right lamp on", "Right lamp"),
    ("love island", "Telly"), ("music in the kitchen", "Radio"))]


@pytest.fixture(scope="module")
def resolver() -> Resolver:
    return Resolver(HOME)


@pytest.mark.parametrize(("text", "routine"), [
    # the house or the assistant called first: set apart, after a greeting or an opener,
    # or before "please"
    ("house, kettle on", "Kettle"), ("oi house movie night", "Movie night"),
    ("right house, bath time", "Bath"), ("house please coffee time", "Coffee"),
    ("zelda please movie night", "Movie night"), ("jeeves please kettle on", "Kettle"),
    ("morning jeeves, coffee time", "Coffee"),
    # ... or last, after "please" or thanks, or set apart
    ("bath time please house", "Bath"), ("movie night, ta love", "Movie night"),
    ("coffee time cheers duck", "Coffee"), ("kettle on, thanks jeeves", "Kettle"),
    ("lights off please chief", "Lights off"), ("movie night, love", "Movie night"),
    ("kettle on house please", "Kettle"),
    # a discourse marker first, with or without a comma
    ("anyway movie night", "Movie night"), ("right, bath time", "Bath"),
    # politeness of other kinds of English
    ("movie night pretty please", "Movie night"), ("kettle on thanks heaps", "Kettle"),
    ("bath time when you've a minute", "Bath"), ("lights off if it's no bother", "Lights off"),
    ("do me a favour and coffee time", "Coffee"), ("movie night innit", "Movie night"),
    # hesitations drawn out, stammers and restarts
    ("ummm movie night", "Movie night"), ("errrm bath time", "Bath"),
    ("turn the, er, turn the kettle on", "Kettle"), ("movie, movie night", "Movie night"),
    ("coffee, coffee time", "Coffee"), ("look house bath time", "Bath"),
    ("put the ket- kettle on", "Kettle"), ("mo... movie night", "Movie night"),
    # a term of endearment closing a request with no comma, as a transcript writes it
    ("kettle on love", "Kettle"), ("movie night guys", "Movie night"),
    # a name written with a capital last, as Whisper writes it; a greeting with "there"
    ("Put the kettle on, Jeeves.", "Kettle"), ("hey there house movie night", "Movie night"),
    # British politeness with a negation in it, and a filler with a question word
    ("you couldn't put the kettle on, could you", "Kettle"),
    ("right then, you know what, movie night", "Movie night")])
def test_a_call_an_opener_or_a_hesitation_around_a_phrase_runs_it(
        resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


@pytest.mark.parametrize(("text", "routine"), [
    ("house party", "Party"), ("hey jude time", "Jude"), ("good morning", "Morning"),
    ("goodbye house", "Leaving"), ("wake up the house", "Wake up"),
    ("right lamp on", "Right lamp"), ("love island", "Telly"),
    ("kitchen lights off", "Kitchen dark"),
    # said with calls around them, they are still the whole phrase
    ("house, house party", "Party"), ("goodbye, house", "Leaving"),
    ("wake up the house please house", "Wake up"), ("love island, love", "Telly"),
    ("right, right lamp on", "Right lamp"), ("good morning, love", "Morning"),
    ("good morning, thanks jeeves", "Morning")])
def test_a_taught_phrase_that_holds_such_a_word_runs_as_taught(
        resolver: Resolver, text: str, routine: str) -> None:
    assert _runs(resolver, text) == routine


def test_a_word_of_a_taught_phrase_is_not_taken_for_a_call(resolver: Resolver) -> None:
    """ "house" first without a comma or "please" is said ("house partey" is "house
    party", not "party mode"); "the house" names the house; "right" is a taught word where
    the home taught it ("right lamb on")."""
    assert _runs(resolver, "house partey") == "Party"
    assert resolver.resolve("wake up the house please").routine == "Wake up"
    assert _runs(resolver, "right lamb on") == "Right lamp"
    # a misheard taught word after a greeting is no name
    assert _runs(resolver, "hey muvie night") == "Movie night"
    # one content word twice in a row may be a word misheard: "light light" of "night light"
    assert restarts(["light", "light"], [False, False], frozenset()) == [False, False]
    assert restarts(["light", "light"], [False, False], frozenset({0})) == [True, False]


@pytest.mark.parametrize("text", [
    "house, movie",                      # a fragment stays a fragment
    "coffee please house",
    "no movie night please house",       # a cue stays a cue
    "cancel bath time, ta love",
    "jeeves, don't put the kettle on",
    "is the kettle on, house",
    "we had movie night yesterday, love",
    "she said bath time, jeeves",
    "forget movie night please house",
    "play the movie night soundtrack please jeeves",   # another request
    "movie night, tomorrow",             # a time is no name
    "kettle on, dishwasher",
    "hey google jeeves kettle",          # a wake word is the call; "jeeves" is said
])
def test_a_call_never_makes_an_out_of_scope_utterance_run(resolver: Resolver,
                                                          text: str) -> None:
    assert _runs(resolver, text) is None


OUT_OF_SCOPE = ["movie", "coffee", "telly", "don't start movie night", "cancel bath time",
                "is the kettle on", "we had movie night last week", "he told me coffee time",
                "rename movie night", "what time is bath time", "play the party anthem",
                "turn the kitchen radio on", "what is the weather like",
                "set an alarm for seven", "never mind the kettle", "lights off in the garage"]
WRAPPERS = ["house, {}", "{} please house", "{}, ta love", "right house, {}", "oi jeeves, {}",
            "jeeves please {}", "{} thanks jeeves", "{}, cheers mate", "ummm {}",
            "right {}", "look, {}", "{} pretty please", "hiya love, {}", "{}, love",
            "morning jeeves, {}", "{} if it's no bother", "er, {}, er, {}"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(OUT_OF_SCOPE), st.sampled_from(WRAPPERS))
def test_wrapping_an_utterance_that_does_not_run_never_makes_it_run(
        resolver: Resolver, text: str, wrapper: str) -> None:
    """Calls and politeness only take words away that say nothing of the request."""
    assert _runs(resolver, text) is None
    assert _runs(resolver, wrapper.format(text, text)) is None


@given(st.lists(st.sampled_from(["house", "love", "jeeves", "please", "ta", "right", "um",
                                 "kettle", "on", "movie", "night", "the", "don't", ","]),
                min_size=1, max_size=8))
def test_calls_never_free_every_word(words: list[str]) -> None:
    """Something said is always left to be read: calls and openers are only ever the
    edges of a request, never all of it."""
    lex = default_lexicon()
    text = " ".join(words).replace(" ,", ",")
    toks = tokens(text, lex)
    free = free_mask(toks, lex)
    breaks = clause_breaks(text, toks, lambda piece: tokens(piece, lex))
    out = edge_words(toks, restarts(toks, free, breaks, lex.function_words), breaks, lex,
                     lambda w: w in {"kettle", "on", "movie", "night"}, lambda w, strict: True)
    assert not (all(out) and not all(free))


def test_clause_breaks_mark_the_words_a_pause_follows() -> None:
    lex = default_lexicon()
    text = "right house, kettle on - thanks. love"
    toks = tokens(text, lex)
    assert clause_breaks(text, toks, lambda piece: tokens(piece, lex)) == {1, 3, 4}
    assert clause_breaks("kettle on", ["kettle", "on"], lambda p: tokens(p, lex)) == set()


def test_a_name_last_is_marked_by_a_capital_after_a_comma() -> None:
    assert named_last("kettle on, Jeeves.") and named_last("kettle on - Nova!")
    assert not named_last("kettle on. Jeeves")      # a new sentence
    assert not named_last("coffee, black")          # no capital: not a name
    assert not named_last("kettle on, JEEVES")      # shouted


def test_a_transcript_written_as_said_runs_when_only_calls_are_around_the_phrase(
        resolver: Resolver) -> None:
    """An open-vocabulary recogniser (Whisper) writes what was said: a routine runs from
    it when it is the taught phrase itself; calls and politeness around it are no more
    than wake words are ("kettle on please house"), while a near miss is still asked."""
    from teachapp.conversation.decision import gate_resolution
    from teachapp.conversation.models import Source, TurnInput

    def gated(text: str) -> Decision:
        turn = TurnInput(text, Source.AUDIO, 0.9, open_vocabulary=True)
        return gate_resolution(resolver.resolve(text), turn).decision

    assert gated("kettle on please house") == Decision.RUN
    assert gated("oi house movie night") == Decision.RUN
    assert gated("kettle on") == Decision.RUN
    assert gated("kettel on please house") == Decision.CLARIFY   # a near miss: ask


def test_a_user_lexicon_names_the_assistant(tmp_path) -> None:
    """ "Friday" is a day to the resolver ("lights off, friday" may be a plan); someone
    who calls the assistant Friday adds it to ``addressees`` in their own lexicon."""
    from teachapp.understanding.normalize import load_lexicon

    # (set apart by thanks or a pause, a weekday is a call since the seventh set's
    # "... if you please, friday"; said bare after a phrase it may still say when)
    assert _runs(Resolver(HOME), "lights off friday") is None
    user = tmp_path / "lexicon.yaml"
    user.write_text("addressees: [friday]\n", encoding="utf-8")
    named = Resolver(HOME, lexicon=load_lexicon(user))
    assert _runs(named, "lights off please friday") == "Lights off"
    assert _runs(named, "friday, movie night") == "Movie night"
