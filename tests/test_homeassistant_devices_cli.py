"""`teachapp devices` on Home Assistant, against a real one the tests start: asked of
Home Assistant while it answers (a removed entity gone, an unavailable one said to be),
and while it does not, the devices it last listed, said to be so and when."""

from __future__ import annotations

import io
import json

import pytest
from ha_support import Relay

from teachapp.cli import main
from teachapp.home.backend import listed_said
from teachapp.home.homeassistant import listed_home
from teachapp.home.listed import last_listed

pytest_plugins = ["ha_support", "mqtt_support"]  # ha_server; memory_keyring
pytestmark = [pytest.mark.slow, pytest.mark.homeassistant]

GONE = "light.tidy_removed_lamp"
OUT = "light.tidy_unplugged_lamp"


def _set_up(url, token, db, monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(token + "\n"))
    assert main(["--db", str(db), "backend", "homeassistant", "--url", url]) == 0
    capsys.readouterr()


def _listed(db, capsys) -> tuple[dict[str, dict], str]:
    assert main(["--db", str(db), "devices", "--json"]) == 0
    said = capsys.readouterr()
    return {d["id"]: d for d in map(json.loads, said.out.splitlines())}, said.err


def test_devices_asks_home_assistant_a_removed_entity_gone_an_unavailable_one_said(
        ha_server, memory_keyring, tmp_path, monkeypatch, capsys):
    for lamp in (GONE, OUT):
        ha_server.rest("POST", f"/api/states/{lamp}", {
            "state": "on", "attributes": {"friendly_name": lamp.split(".")[1]}})
    db = tmp_path / "home.sqlite3"
    try:
        _set_up(ha_server.url, ha_server.token, db, monkeypatch, capsys)
        devices, err = _listed(db, capsys)
        assert {GONE, OUT, "light.bed_light"} <= set(devices) and not err
        assert "unreported" not in devices[OUT]

        ha_server.rest("DELETE", f"/api/states/{GONE}")
        ha_server.rest("POST", f"/api/states/{OUT}", {
            "state": "unavailable", "attributes": {"friendly_name": "tidy_unplugged_lamp"}})
        devices, err = _listed(db, capsys)
        # was: both listed as the database last had them, the unplugged one "on"
        assert GONE not in devices and "light.bed_light" in devices and not err
        assert devices[OUT]["unreported"] == "unavailable, Home Assistant says"
        assert main(["--db", str(db), "devices"]) == 0
        line = next(x for x in capsys.readouterr().out.splitlines() if x.startswith(OUT))
        assert line.endswith("unavailable, Home Assistant says")
    finally:
        for lamp in (GONE, OUT):
            if lamp in {s["entity_id"] for s in ha_server.rest("GET", "/api/states")}:
                ha_server.rest("DELETE", f"/api/states/{lamp}")


def test_with_home_assistant_down_devices_are_the_last_listed_said_so_and_when(
        ha_server, memory_keyring, tmp_path, monkeypatch, capsys):
    relay = Relay(ha_server.port)
    db = tmp_path / "home.sqlite3"
    ha_server.rest("POST", f"/api/states/{GONE}", {
        "state": "on", "attributes": {"friendly_name": "tidy_removed_lamp"}})
    try:
        _set_up(relay.url, ha_server.token, db, monkeypatch, capsys)
        ha_server.rest("DELETE", f"/api/states/{GONE}")
        live, _err = _listed(db, capsys)  # asked: the removed lamp leaves the list
        assert GONE not in live
    finally:
        relay.close()
        if GONE in {s["entity_id"] for s in ha_server.rest("GET", "/api/states")}:
            ha_server.rest("DELETE", f"/api/states/{GONE}")
    from teachapp.store import Store

    with Store.open(db) as store:
        at = last_listed(store, listed_home(relay.url)).listed_at
    devices, err = _listed(db, capsys)
    assert set(devices) == set(live) and GONE not in devices  # the last list, not the db's
    # was: the database's devices, the removed lamp among them, and not a word
    assert err == (f"teachapp: Home Assistant is not answering at {relay.url}; these are "
                   f"the devices it last listed, on {listed_said(at)}:\n")
    assert main(["--db", str(db), "devices"]) == 0  # the contract: devices listed, exit 0
    said = capsys.readouterr()
    assert "light.bed_light" in said.out and "not answering" in said.err
