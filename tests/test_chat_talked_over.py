"""A change to a routine asked about and then talked over, in ``teachapp chat`` (a child
process): the change is not made, and said so (it was dropped without a word, and a
"yes" said later answered nothing)."""

from __future__ import annotations

from conftest import chat_lines


def test_a_change_talked_over_is_said_to_be_left_undone(teachapp_cli, db_path):
    chat_lines(db_path, "teach movie night", "tv on", "done", "yes")
    lines = chat_lines(db_path, "add the desk lamp to movie night", "turn on the bedroom fan",
                       "yes", "forget movie night", "what time is it", "yes")
    assert lines[:4] == [
        "Movie night will also set Desk lamp on. Shall I change it?",
        "(I left movie night as it was.)",
        "Bedroom fan: on.",
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]
    # a question answered in passing ("what time is it?") keeps the question open
    assert lines[-1] == 'Forgot movie night. Say "undo" to bring it back.'
