"""A remark of how others are ("my sister is coming over", "the kids are asleep") followed
by a taught phrase is no phrase for its routine: the third time it was "Did you mean
movie mode?", and on one more run learnt as an alias. A request said another way still
is (``understanding/learning.py``)."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said, seed_routines


@pytest.mark.parametrize("remark", ["my sister is coming over", "the kids are asleep",
                                    "john is coming round", "granny's here"])
def test_a_remark_before_a_routine_is_not_learnt(store, remark):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, remark, "movie mode", remark, "movie mode")
    assert said(assistant, remark) == [  # (not "Did you mean …?"; offered once a session)
        f"I don't know \"{remark}\". Say \"teach {remark}\" to teach it to me."]
    assert store.phrase_owner(remark) is None


def test_a_request_said_another_way_is_still_learnt(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    assert said(assistant, "cinema please", "movie mode", "cinema please")[-1] == (
        "Did you mean movie mode?")
    assert said(assistant, "movie mode")[-1].startswith(
        "I'll take \"cinema\" to mean movie mode from now on.")
