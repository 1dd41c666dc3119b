"""A sunrise or sunset schedule asked for with no home location set: refused when it
is added, by chat, ``teachapp run`` and the window's editor alike (one check,
``schedule.check_trigger``), saying where the location is set."""

from __future__ import annotations

import json

import pytest
from conftest import REPO, chat_lines, run_teachapp


@pytest.fixture
def household(db_path):
    proc = run_teachapp("--db", str(db_path), "import", str(REPO / "assets" / "examples.yaml"))
    assert proc.returncode == 0, proc.stderr
    return db_path


def _triggers(db_path) -> dict[str, list]:
    proc = run_teachapp("--db", str(db_path), "list", "--json")
    return {r["name"]: r["triggers"] for r in map(json.loads, proc.stdout.splitlines())}


def test_chat_says_where_the_location_is_set(household):
    lines = chat_lines(household, "movie night every day at sunset")
    assert lines[0].startswith("A sunset trigger needs the home's location"), lines
    assert "Settings → Location" in lines[0] and '"location"' in lines[0], lines
    assert "every day at 19:00" in lines[0], lines  # or a time instead
    assert _triggers(household)["Movie night"] == []


def test_run_refuses_it_with_the_same_words(household):
    proc = run_teachapp("--db", str(household), "--no-speech", "run",
                        "movie night every day at sunset")
    assert proc.returncode == 1
    assert "Settings → Location" in proc.stderr, proc.stderr
    assert _triggers(household)["Movie night"] == []
