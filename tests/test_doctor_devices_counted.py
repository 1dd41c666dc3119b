"""`doctor`'s database line counts the devices as `devices` lists them: the simulated
home a new database starts with is not a real home's (`home.counted`); the rows a real
home no longer lists are against a real Home Assistant in test_homeassistant_counted."""

from __future__ import annotations

import json

from teachapp.cli import main
from teachapp.store import Store


def _database_line(db: str, capsys) -> str:  # type: ignore[no-untyped-def]
    capsys.readouterr()
    assert main(["--db", db, "doctor", "--json"]) == 0
    checks = {c["check"]: c for c in map(json.loads, capsys.readouterr().out.splitlines())}
    return str(checks["database"]["message"])


def test_the_simulated_home_counts_on_its_own_backend_only(tmp_path, monkeypatch, capsys):
    db = str(tmp_path / "home.sqlite3")
    assert main(["--db", db, "list"]) == 0  # (a new database: the simulated home)
    with Store.open(db) as store:
        stored = len(store.devices())
    assert stored > 0
    assert f", {stored} devices;" in _database_line(db, capsys)
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"backend": {"type": "homeassistant",
                                                "url": "http://127.0.0.1:9"}}))
    monkeypatch.setenv("TEACHAPP_SETTINGS", str(settings))
    monkeypatch.delenv("TEACHAPP_HA_TOKEN", raising=False)
    # (Home Assistant never listed any: `devices` lists none, and the simulated home's
    # rows are not devices it no longer lists; was "12 devices")
    line = _database_line(db, capsys)
    assert ", 0 devices;" in line and "no longer listed" not in line, line
