""""undo" said at a question declines it, as "no" does; the run before the question
stays. It was "(I left movie night as it was.) Undone: Desk lamp put back." after
"dim the desk lamp", "forget movie night": the lamp put back, not asked for. Then it said
only the "no"'s reply ("OK."), as if the lamp had been put back: now that nothing was
undone, and how to undo."""

from __future__ import annotations

import pytest
from _assistant_helpers import STRICT, add_routine, make_assistant, said

from teachapp.domain import SetStep

ANSWERED = ("That \"undo\" answered my question, so nothing was undone; say \"undo\" again "
            "to undo the last change.")


@pytest.mark.parametrize(("question", "declined"), [
    ("forget movie night", "OK, I'll keep movie night."),
    ("unlock the front door", "OK, I won't."),
    ("party time", "OK."),                                    # Shall I learn it?
    ("movie", "OK. Say it another way, or say \"teach\" to teach it to me."),  # Did you mean?
    ("movie night at 9pm", "OK, I won't schedule movie night."),
    ("turn on both lamps", "OK, I won't."),                   # which two?
])
def test_undo_at_a_question_declines_it_and_keeps_the_run_before(store, question, declined):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store, resolver_settings=STRICT)
    said(assistant, "desk lamp to 30 percent")
    asked = assistant.handle_text(question)
    assert asked[-1].endswith("?") or "Say yes" in asked[-1], asked
    assert said(assistant, "undo") == [declined, ANSWERED]
    assert store.device("light.desk_lamp").state["brightness"] == 30
    assert store.routine("movie night") is not None and not store.routine("movie night").triggers
    assert store.device("lock.front_door").state["locked"] is True


def test_undo_at_shall_i_undo_it_still_undoes(store):
    add_routine(store, "movie night", ["movie night"], [SetStep("media_player.tv", {"on": True})])
    assistant, _ = make_assistant(store)
    said(assistant, "movie night")
    assert said(assistant, "cancel movie night") == ["Shall I undo movie night?"]
    assert said(assistant, "undo") == ["Undone: TV put back."]
    assert not store.device("media_player.tv").state["on"]
