"""Every reply that names a run to come says its moment one way, "Fri 4 Dec at 20:00"
(``schedule.run_said``): a schedule said and asked about, a skip, and the timers ``list``
shows, in ``teachapp chat`` and ``list`` (child processes) on the real clock."""

from __future__ import annotations

import re

from conftest import chat_lines

_MOMENT = re.compile(r"\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d{1,2} [A-Z][a-z]{2}\b(?: at)?"
                     r"(?: \d\d:\d\d)?")
_SAID = re.compile(r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) [1-9]\d? [A-Z][a-z]{2}(?: at \d\d:\d\d)?")


def _moments(lines: list[str]) -> list[str]:
    return [m.group(0) for line in lines for m in _MOMENT.finditer(line)]


def test_a_next_run_reads_alike_in_every_reply(teachapp_cli, db_path):
    db = ("--db", str(db_path), "--no-speech")
    assert teachapp_cli(*db, "teach", "movie night", "--set",
                        "media_player.tv.on=true").returncode == 0
    lines = chat_lines(db_path, "run movie night every friday at 8 pm",
                       "when does movie night run", "skip movie night", "skip movie night",
                       "when does movie night run", "turn off the tv in ten minutes")
    assert lines[0].startswith("Movie night will run on Fridays at 20:00. Next: ")
    nexts = [line.split("Next: ")[1] for line in lines if "Next: " in line]
    # was "Next: Fri 4 Dec 20:00." here and "won't run on Fri 4 Dec at 20:00" after a skip
    assert len(nexts) == 3 and all(re.match(r"\w{3} \d{1,2} \w{3} at 20:00\.", n)
                                   for n in nexts), nexts
    listed = teachapp_cli(*db, "list").stdout.splitlines()
    timer = listed[listed.index("Timers:") + 1]
    # was "  Fri 04 Dec 21:45: turn off TV"
    assert re.fullmatch(r"  \w{3} [1-9]\d? \w{3} at \d\d:\d\d: turn off TV", timer), timer
    moments = _moments(lines + listed)
    assert len(moments) >= 6
    assert all(_SAID.fullmatch(m) for m in moments), moments
