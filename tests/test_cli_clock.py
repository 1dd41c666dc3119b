"""``TEACHAPP_NOW`` (an extension): days of use tried by hand through the real CLI, each
process starting its clock where it is told. There was no way to: a person who wanted
to hear Friday's schedule, a hunch at 02:00 or "what happened yesterday?" had to wait
for that day."""

from __future__ import annotations

import json

from conftest import run_teachapp


def _cli(db_path, now: str, *args: str, input: str | None = None):
    proc = run_teachapp("--db", str(db_path), "--no-speech", *args, input=input,
                        env={"TEACHAPP_NOW": now, "TZ": "UTC"})
    assert proc.returncode == 0, proc.stderr
    return proc.stdout.splitlines()


def test_each_process_starts_its_clock_where_it_is_told(db_path):
    run_teachapp("--db", str(db_path), "teach", "movie night", "--set", "media_player.tv.on=true")
    thursday = "2026-12-03T21:00+00:00"
    assert _cli(db_path, thursday, "chat", input="what time is it?\nwhat day is it?\n"
                "run movie night every friday at 8pm\nturn on the desk lamp\n") == [
        "It's 21:00.", "It's Thursday 3 December.",
        "Movie night will run on Fridays at 20:00. Next: Fri 4 Dec at 20:00.",
        "Desk lamp: on."]
    (listed,) = _cli(db_path, thursday, "list", "--json")
    assert json.loads(listed)["next_run"] == "2026-12-04T20:00:00+00:00"
    (listed,) = _cli(db_path, "2026-12-05T09:00Z", "list", "--json")
    assert json.loads(listed)["next_run"] == "2026-12-11T20:00:00+00:00"
    friday = _cli(db_path, "2026-12-04T09:00", "chat",
                  input="what happened yesterday?\nwhat's scheduled today?\n")
    assert friday == ["Device commands changed Desk lamp.",
                      "Today (Fri 4 Dec): movie night at 20:00."]


def test_a_time_it_cannot_read_is_said_with_how_to_write_one(db_path):
    proc = run_teachapp("--db", str(db_path), "list", env={"TEACHAPP_NOW": "yesterday"})
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        "teachapp: TEACHAPP_NOW='yesterday' is not a time; write it as ISO-8601, e.g. "
        "TEACHAPP_NOW=2026-12-07T07:00 or 2026-12-07T07:00+01:00, or unset it for the "
        "real time.")
