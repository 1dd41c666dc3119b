"""Every reply that names a run to come says its moment one way, "Fri 4 Dec at 20:00"
(``schedule.run_said``): a schedule said and asked about, a skip, and the timers ``list``
shows, in ``teachapp chat`` and ``list`` (child processes). The clock is set
(``TEACHAPP_NOW``, a Tuesday evening), so each reply is pinned whole (a regex accepted
any day and hour, whatever the clock said when the test ran)."""

from __future__ import annotations

from conftest import chat_lines

_ENV = {"TEACHAPP_NOW": "2026-12-01T19:00+00:00", "TZ": "UTC"}


def test_a_next_run_reads_alike_in_every_reply(teachapp_cli, db_path):
    db = ("--db", str(db_path), "--no-speech")
    assert teachapp_cli(*db, "teach", "movie night", "--set",
                        "media_player.tv.on=true", env=_ENV).returncode == 0
    lines = chat_lines(db_path, "run movie night every friday at 8 pm",
                       "when does movie night run", "skip movie night", "skip movie night",
                       "when does movie night run", "turn off the tv at 9:45 pm", env=_ENV)
    # was "Next: Fri 4 Dec 20:00." here and "won't run on Fri 4 Dec at 20:00" after a skip
    assert lines[:5] == [
        "Movie night will run on Fridays at 20:00. Next: Fri 4 Dec at 20:00.",
        "Movie night runs on Fridays at 20:00. Next: Fri 4 Dec at 20:00.",
        "OK, movie night won't run on Fri 4 Dec at 20:00; its schedule stays. Next run: "
        "Fri 11 Dec at 20:00. Say \"run movie night on Friday after all\" to take it back.",
        "Movie night already skips Fri 4 Dec at 20:00 and next runs Fri 11 Dec at 20:00. To "
        "skip that one too, say \"skip movie night on 11 December\".",
        "Movie night runs on Fridays at 20:00. Next: Fri 11 Dec at 20:00. It is skipping "
        "Fri 4 Dec."]
    # (how long is left is said by the clock running on: only the moment is pinned)
    assert lines[5].startswith("I'll turn off TV at 21:45 (in 2 hours 4"), lines[5]
    listed = teachapp_cli(*db, "list", env=_ENV).stdout.splitlines()
    # was "  Fri 04 Dec 21:45: turn off TV"
    assert listed[listed.index("Timers:") + 1] == "  Tue 1 Dec at 21:45: turn off TV"
