""""what did you do today?" after a rename says the routine by the name it ran under and
the one it has now, as "why is the tv on?" does (``store.name_now``): it said the old
name alone, a routine the person no longer has (``teachapp chat``, a child process)."""

from __future__ import annotations

import re

from conftest import chat_lines, run_teachapp


def test_a_run_renamed_since_is_said_with_its_name_now(db_path):
    assert run_teachapp("--db", str(db_path), "--no-speech", "teach", "movie time", "--set",
                        "media_player.tv.on=true").returncode == 0
    lines = chat_lines(db_path, "movie time", "rename movie time to film night",
                       "what did you do today?", "undo", "what did you do today?")
    assert re.fullmatch(r"Today I ran movie time at \d\d:\d\d \(now called film night\)\.",
                        lines[2])
    # the rename undone: the name it ran under is its name again
    assert re.fullmatch(r"Today I ran movie time at \d\d:\d\d\.", lines[4])
