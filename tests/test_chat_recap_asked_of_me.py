""""what did I do today?" (the person's doing, as "what did you do today?" asks the app's)
was offered for teaching; it is the day's recap."""

from __future__ import annotations

import pytest
from _assistant_helpers import make_assistant, said, seed_routines

from teachapp.conversation.talk import parse_talk


@pytest.mark.parametrize(("text", "when"), [("what did I do today", "today"),
                                            ("what have we done this morning", "this morning"),
                                            ("what did i do yesterday", "yesterday")])
def test_what_i_did_is_the_recap(text, when):
    talk = parse_talk(text)
    assert talk is not None and (talk.kind, talk.value) == ("recap", when)


def test_what_i_did_today_tells_the_runs(store):
    seed_routines(store)
    assistant, _ = make_assistant(store)
    said(assistant, "movie mode")
    assert said(assistant, "what did I do today")[0].startswith("Today I ran movie mode at ")
