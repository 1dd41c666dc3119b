""""we're freezing" as a recogniser writes it, "were freezing": said first, "were" asks
a question ("were the lights on?"), so it was 'I don't know "were freezing". Shall I
learn it?', and after a request with no comma ("turn up the heating were freezing") the
reason was no reason. With no subject after it, "were" is "we're"."""

from __future__ import annotations

import json

from conftest import chat_lines, run_teachapp

_ENV = {"TEACHAPP_NOW": "2026-12-07T21:00+00:00", "TZ": "UTC"}


def test_were_freezing_is_we_are(db_path):
    lines = chat_lines(db_path, "we're freezing", "were freezing", "were so cold",
                       "were the lights on", "turn off the fan were freezing", env=_ENV)
    assert lines == ["Thermostat: set to 21 °C.", "Thermostat: set to 22 °C.",
                     "Thermostat: set to 23 °C.", "None of them is on: all 5 are off.",
                     "Bedroom fan is already off."]


def test_resolve_json_shows_a_reason_said_without_a_comma(db_path):
    """``resolve --json`` gave no "parts" for "turn off the fan i cant hear the tv"
    (only with a comma), though chat reads it as a request and its reason."""
    proc = run_teachapp("--db", str(db_path), "resolve", "--json",
                        "turn off the fan i cant hear the tv",
                        "turn off the fan because the tv is too loud",
                        "turn up the heating were freezing", env=_ENV)
    assert proc.returncode == 0, proc.stderr
    out = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [[(p["utterance"], p["state"]) for p in o.get("parts", [])] for o in out] == [
        [("turn off the fan", "sure"), ("i cant hear the tv", "remark")],
        [("turn off the fan", "sure"), ("because the tv is too loud", "remark")],
        [("turn up the heating", "sure"), ("were freezing", "remark")]]
