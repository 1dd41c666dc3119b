""""why did that happen?" after a "yes" said with no question open explains the turn
before it, in ``teachapp chat`` (a child process): the stray "yes" answered nothing and
changed nothing (``explain.NOTHING_ASKED``)."""

from __future__ import annotations

from conftest import chat_lines


def test_why_explains_the_turn_before_a_stray_yes(teachapp_cli, db_path):
    lines = chat_lines(db_path, "turn on the tv", "yes", "why did that happen", "done",
                       "what did you just do")
    assert lines[0] == "TV: on."
    assert lines[1].startswith("There's nothing to answer right now.")
    # was "You typed "yes"." and "That was part of our conversation (yes); it changed no
    # device."
    assert lines[2] == "You typed \"turn on the tv\"."
    assert "Steps: turned on TV." in lines[2:6]
    assert not any("part of our conversation" in line for line in lines)
    assert lines.count("You typed \"turn on the tv\".") == 2  # (past "done" too)
