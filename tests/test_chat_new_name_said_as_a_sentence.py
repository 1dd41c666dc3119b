""""What should movie mode be called?" answered with a sentence ("call it cinema", "call
movie mode cinema") renamed the routine to the whole sentence ("Renamed movie mode to
call movie mode cinema"). The name in it is taken; a name alone is as before."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.conversation.new_name_said import new_name_said


@pytest.mark.parametrize("answer", ["call it cinema", "call movie mode cinema",
                                    "let's call it cinema instead", "rename it to cinema",
                                    "movie mode should be called cinema", "cinema"])
def test_the_new_name_in_a_sentence(store, answer):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "rename movie mode")
    assert said(assistant, answer)[0].startswith("Renamed movie mode to cinema.")
    assert "cinema" in [n.casefold() for n in store.routine_names()]


def test_a_name_that_only_looks_like_a_sentence_stays_whole():
    assert new_name_said("Call Me Maybe", ["Movie mode", "movie mode"]) == "Call Me Maybe"
    assert new_name_said("call it", ["Movie mode"]) == "call it"


def test_rename_with_the_new_name_but_no_to_renames_at_once(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assert said(assistant, "rename movie mode cinema")[0].startswith(
        "Renamed movie mode to cinema.")  # (it asked "What should movie mode be called?")
    assert said(assistant, "rename reading mode") == [
        "What should reading mode be called? Say the new name, or \"cancel\"."]
