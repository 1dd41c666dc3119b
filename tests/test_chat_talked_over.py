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
        "Movie night will also turn on Desk lamp. Shall I change it?",
        "(I left movie night as it was.)",
        "Bedroom fan: on.",
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]
    # a question answered in passing ("what time is it?") keeps the question open
    assert lines[-1] == 'Forgot movie night. Say "undo" to bring it back.'



def _by_turn(lines: list[str]) -> list[tuple[str, list[str]]]:
    """``chat --echo`` lines as (what was said, its replies), in order."""
    turns: list[tuple[str, list[str]]] = []
    for line in lines:
        if line.startswith("> "):
            turns.append((line[2:], []))
        else:
            turns[-1][1].append(line)
    return turns


def test_a_timer_or_schedule_set_talks_a_question_over(teachapp_cli, db_path):
    # kept open past them, "Shall I learn it?" was asked again after the next question,
    # and a "yes" two turns after "Unlock Front door?" unlocked it
    chat_lines(db_path, "teach movie night", "tv on", "done", "yes")
    turns = _by_turn(chat_lines(
        db_path, "disco time", "run movie night at 9pm", "what time is it",
        "unlock the front door", "turn off the tv in 10 minutes", "yes",
        "forget movie night", "run movie night at 10pm", echo=True))
    replies = [r for _said, r in turns]
    assert len(replies[2]) == 1 and replies[2][0].startswith("It's ")  # not asked again
    assert replies[4][1:] == ["(I left Front door locked.)"]
    assert replies[5] == [
        "There's nothing to answer right now. Say a phrase, or \"teach\" to teach me a new one."]
    assert replies[7][0].startswith("Movie night will run every day at 22:00.")
    assert replies[7][1:] == ["(I left movie night as it was.)"]
