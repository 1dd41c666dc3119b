"""At "Did you mean movie mode?", "no, movie mode" (the routine offered, said again after
a "no") is a yes with a correction: it was declined, counted against learning the words,
and then run, so "moving mode" was later "I don't know …"; now it is chosen as "yes"
chooses it, and learned alike (``answers``)."""

from __future__ import annotations

from _assistant_helpers import STRICT, make_assistant, said, seed_routines


def test_no_then_the_routine_offered_is_a_yes(store):
    seed_routines(store)
    assistant, _events = make_assistant(store, resolver_settings=STRICT)
    assert said(assistant, "moving mode") == ["Did you mean movie mode?"]
    assert said(assistant, "no, movie mode") == ["Movie mode: set TV on at 40 % and then set Living room lamp on at 20 %."]
    assert store.device("media_player.tv").state["on"] is True
    lines = said(assistant, "turn off the tv")
    assert lines[0].startswith("I'll take \"moving mode\" to mean movie mode")
    assert said(assistant, "moving mode") == ["Movie mode: set TV on at 40 %; the rest was already so."]


def test_no_then_another_routine_is_still_declined(store):
    seed_routines(store)
    assistant, _events = make_assistant(store, resolver_settings=STRICT)
    said(assistant, "moving mode")
    assert said(assistant, "no, reading mode") == ["Reading mode: set Living room lamp on at 100 %."]
    said(assistant, "turn off the living room lamp")
    assert not said(assistant, "moving mode")[0].startswith(("Movie mode.", "Movie mode:"))
