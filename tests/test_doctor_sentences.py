"""Every line of ``teachapp doctor`` reads as a sentence (a capital, a full stop):
"database: sqlite:///…: 0 routines, 0 devices", "settings: /…/settings.json",
"devices: simulated home (… for real devices)" and the MQTT row's
"…('teachapp backend show'). (Cannot read the MQTT password …)" were not.
``--json`` keeps its messages as they were."""

from __future__ import annotations

import json
import re

_LINE = re.compile(r"^(ok|missing) +(?P<name>[^:]+): (?P<text>.*)$")


def _lines(teachapp_cli, *args: str, env: dict[str, str]) -> list[re.Match[str]]:
    proc = teachapp_cli(*args, "doctor", env=env)
    found = [_LINE.match(line) for line in proc.stdout.splitlines()]
    assert all(found), proc.stdout
    return [m for m in found if m]


def _sentence(text: str) -> bool:
    """A capital (or a name, path or command as it is spelt) first; a stop last."""
    first = text.split()[0]
    return text.endswith((".", "!", "?")) and (
        text[0].isupper() or text[0].isdigit() or "/" in first or any(
            c.isdigit() for c in first) or text[0] in "'`\"")


def test_every_line_is_a_sentence_and_json_keeps_its_messages(teachapp_cli, tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"backend": {"type": "mqtt", "host": "127.0.0.1",
                                                "port": 1, "username": "me"}}))
    env = {"TEACHAPP_SETTINGS": str(settings), "TEACHAPP_MQTT_PASSWORD": ""}
    db = tmp_path / "home.sqlite3"
    assert teachapp_cli("--db", str(db), "list", env=env).returncode == 0  # (doctor makes none)
    lines = _lines(teachapp_cli, "--db", str(db), env=env)
    said = {m["name"]: m["text"] for m in lines}
    assert [name for name, text in said.items() if not _sentence(text)] == [], said
    assert said["database"].startswith(f"The database sqlite:///{db} holds 0 routines "), said
    assert said["settings"] == f"Settings are read from {settings}."
    assert said["devices"].startswith("Cannot reach the MQTT broker at 127.0.0.1:1; ")
    assert ". (" not in said["devices"] and "))" not in said["devices"], said["devices"]

    proc = teachapp_cli("--db", str(db), "doctor", "--json", env=env)
    checks = {c["check"]: c["message"] for c in map(json.loads, proc.stdout.splitlines())}
    assert checks["database"].startswith(f"sqlite:///{db}: 0 routines, "), checks
    assert checks["settings"] == str(settings)
    assert checks["teachapp"].startswith("version ")


def test_the_simulated_home_row_is_a_sentence(teachapp_cli, tmp_path):
    env = {"TEACHAPP_SETTINGS": str(tmp_path / "none.json")}
    said = {m["name"]: m["text"] for m in _lines(teachapp_cli, "--db",
                                                  str(tmp_path / "h.sqlite3"), env=env)}
    assert said["devices"] == ("Simulated home ('teachapp backend homeassistant --url URL' "
                               "or 'teachapp backend mqtt --host HOST' for real devices).")
    assert said["settings"] == (f"The defaults are used ({tmp_path / 'none.json'} is not "
                                "there yet).")
