""""forget everything", "delete all my routines" say how routines are forgotten (one at a
time, each after a yes) and ask which first; nothing is deleted at a word. They were
"I don't know "forget everything". Shall I learn it?"."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said, seed_routines


@pytest.mark.parametrize(("text", "verb"), [
    ("forget everything", "forget"), ("delete all my routines", "delete"),
    ("forget all routines", "forget"), ("remove every routine", "remove")])
def test_every_routine_asked_for_is_asked_one_at_a_time(store, text, verb):
    seed_routines(store)
    assistant, _events = make_assistant(store)
    assert said(assistant, text) == [
        f"I {verb} routines one at a time, and ask before each, so nothing is deleted yet "
        "(in a terminal, \"teachapp delete\" and the routine's name does the same). Which "
        f"routine should I {verb} first? Say its name, or \"{verb} movie mode\". I know "
        "movie mode, reading mode and wake up."]
    assert said(assistant, "reading mode")[-1].endswith("Shall I forget it?")
    assert said(assistant, "no") == ["OK, I'll keep reading mode."]
    assert len(store.routine_names()) == 3


def test_forget_it_stays_a_cancel_and_no_routines_says_so(store):
    assistant, _events = make_assistant(store)
    assert said(assistant, "forget everything") == [
        "You haven't taught me any routines yet. Say \"teach\" to teach me one."]
    assert not said(assistant, "forget it")[0].startswith("I forget routines")
