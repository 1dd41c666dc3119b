"""A schedule "after sunset" runs at sunset, as "30 minutes after sunset" runs 30 minutes
on, in ``teachapp chat``: "run movie night after sunset" was "I don't know "run movie
night after sunset". Shall I learn it?" (and "open the blinds after sunset" too)."""

from __future__ import annotations

import json
import re

from conftest import run_teachapp


def test_after_sunset_is_at_sunset(db_path, tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"location": {
        "timezone": "Europe/London", "latitude": 51.5, "longitude": -0.1}}), encoding="utf-8")
    env = {"TEACHAPP_SETTINGS": str(settings)}
    assert run_teachapp("--db", str(db_path), "teach", "movie night", "--set",
                        "media_player.tv.on=true", env=env).returncode == 0
    turns = ["run movie night after sunset", "run movie night 30 minutes after sunset",
             "run movie night just after sunrise on fridays", "open the blinds after sunset"]
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat",
                        input="\n".join(turns) + "\n", env=env)
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Movie night will run every day at sunset. Next: ")
    assert lines[1].startswith("Movie night will run every day 30 minutes after sunset. ")
    assert lines[2].startswith("Movie night will run on Fridays at sunrise. Next: ")
    # (today's sunset, or tomorrow's once it has passed: the test may run at any hour)
    assert re.match(r"I'll open Living room blinds (?:tomorrow )?at \d\d:\d\d\b", lines[3]), \
        lines[3]
