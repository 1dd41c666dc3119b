"""A schedule "after sunset" runs at sunset, as "30 minutes after sunset" runs 30 minutes
on, in ``teachapp chat``: "run movie night after sunset" was "I don't know "run movie
night after sunset". Shall I learn it?" (and "open the blinds after sunset" too).

The clock is set (``TEACHAPP_NOW``), so each reply is pinned whole: before sunset it is
today's, after it tomorrow's (a regex accepted either, whatever the hour the test ran)."""

from __future__ import annotations

import json

import pytest
from conftest import run_teachapp

_TURNS = ["run movie night after sunset", "run movie night 30 minutes after sunset",
          "run movie night just after sunrise on fridays", "open the blinds after sunset"]
_CANCEL = " Say \"cancel that\" if you change your mind."


@pytest.mark.parametrize(("now", "replies"), [
    ("2026-12-01T12:00+00:00", [
        "Movie night will run every day at sunset. Next: Tue 1 Dec at 15:54.",
        "Movie night will run every day 30 minutes after sunset. Next: Tue 1 Dec at 16:24.",
        "Movie night will run on Fridays at sunrise. Next: Fri 4 Dec at 07:48.",
        "I'll open Living room blinds at 15:54." + _CANCEL]),
    ("2026-12-01T17:00+00:00", [  # (sunset has passed: tomorrow's, a minute earlier)
        "Movie night will run every day at sunset. Next: Wed 2 Dec at 15:53.",
        "Movie night will run every day 30 minutes after sunset. Next: Wed 2 Dec at 16:23.",
        "Movie night will run on Fridays at sunrise. Next: Fri 4 Dec at 07:48.",
        "I'll open Living room blinds tomorrow at 15:53." + _CANCEL]),
])
def test_after_sunset_is_at_sunset(db_path, tmp_path, now, replies):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"location": {
        "timezone": "Europe/London", "latitude": 51.5, "longitude": -0.1}}), encoding="utf-8")
    env = {"TEACHAPP_SETTINGS": str(settings), "TEACHAPP_NOW": now, "TZ": "UTC"}
    assert run_teachapp("--db", str(db_path), "teach", "movie night", "--set",
                        "media_player.tv.on=true", env=env).returncode == 0
    proc = run_teachapp("--db", str(db_path), "--no-speech", "chat",
                        input="\n".join(_TURNS) + "\n", env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == replies
