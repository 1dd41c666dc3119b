"""A phrase quoted as the words to say reads as a person says it: a routine imported as
"Film Night" with the phrase "Cinema Time" was 'Say "Film Night" or "Cinema Time" to
start it.' beside "film night" in the same reply (``domain.phrase_quoted``)."""

from __future__ import annotations

from _assistant_helpers import add_routine, make_assistant, said

from teachapp.domain import SetStep, phrase_quoted


def test_a_phrase_is_quoted_in_lower_case_an_abbreviation_kept():
    assert phrase_quoted("Film Night") == "film night"
    assert phrase_quoted("TV Time") == "TV time"
    assert phrase_quoted("MOVIE NIGHT") == "movie night"


def test_replies_quote_the_phrases_as_said(store):
    add_routine(store, "Film Night", ["Film Night", "Cinema Time"],
                [SetStep("media_player.tv", {"on": True})])
    assistant, _events = make_assistant(store)
    assert said(assistant, "what does film night do") == [
        "Film night will turn on TV.", 'Say "film night" or "cinema time" to start it.']
    assert said(assistant, "what routines do you know")[1] == (
        'Film Night: say "film night" or "cinema time"; it will turn on TV.')
    assert said(assistant, "disable film night") == [
        'Film night is switched off: it won\'t run, by voice, until you say "enable film '
        'night".']
    assert said(assistant, "enable film night") == [
        'Film night is switched on again: say "film night" to start it.']
    assert said(assistant, "forget film night") == [
        'Film night will turn on TV. Its phrase "cinema time" goes too. Shall I forget it?']
    said(assistant, "no")
    assert said(assistant, "i love film night")[-1].endswith(
        'Say "film night" to run it.')


def test_which_routine_quotes_the_names_as_said(store):
    add_routine(store, "Film Night", ["Film Night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _events = make_assistant(store)
    assert said(assistant, "run a routine") == ['Which routine? Say its name: "film night".']
