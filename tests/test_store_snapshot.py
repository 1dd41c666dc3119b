"""The snapshot (stdlib sqlite3, for ``list``, ``resolve`` and the first paint) reads
exactly what the Store reads, and hands over to the Store whenever it cannot."""

from __future__ import annotations

import argparse
import shutil
import sqlite3
from dataclasses import fields
from datetime import UTC, datetime, time
from pathlib import Path

import pytest

from teachapp.conversation.snapshot import read_home
from teachapp.domain import Device, Phrase, Routine, SayStep, SetStep, WaitStep
from teachapp.store import HEAD_REVISION, Snapshot, Store, read_snapshot
from teachapp.store.backup import backup_database
from teachapp.triggers import Trigger


def _everything(record: object) -> dict[str, object]:
    """All fields, including those left out of ``==`` (version, updated_by)."""
    return {f.name: getattr(record, f.name) for f in fields(record)}  # type: ignore[arg-type]


def _assert_same(fast: Snapshot | None, store: Store) -> None:
    slow = Snapshot.of_store(store)
    assert fast is not None
    assert [_everything(r) for r in fast.routines] == [_everything(r) for r in slow.routines]
    assert [_everything(d) for d in fast.devices] == [_everything(d) for d in slow.devices]
    assert fast.phrase_index() == store.phrase_index()


def _fill(store: Store) -> None:
    store.save_devices([
        Device("light.kitchen", "Kitchen light", "Kitchen"),
        Device("light.desk", "Desk lamp", "Study"),
        Device("media_player.tv", "TV", "Living room"),
        Device("climate.hall", "Thermostat", "Hall"),
        Device("switch.fan", "fan", ""),
    ])
    store.update_states({"light.kitchen": {"on": True, "brightness": 40},
                         "climate.hall": {"target_temp": 21.5}})
    store.save_routine(Routine(
        name="Movie night",
        phrases=[Phrase("movie night"), Phrase("cinema time", origin="alias"),
                 Phrase("film please", origin="learned")],
        steps=[SetStep("light.kitchen", {"on": False}), WaitStep(2.5),
               SetStep("media_player.tv", {"on": True, "volume": 30}), SayStep("Enjoy!"),
               WaitStep(10)],
        triggers=[Trigger(kind="time", time=time(20, 30), days=(4, 5)),
                  Trigger(kind="sun", event="sunset", offset=-15),
                  Trigger(kind="once", at=datetime(2030, 1, 2, 7, 0, tzinfo=UTC))],
        source="gui"))
    store.save_routine(Routine(name="away", phrases=[Phrase("we are leaving")],
                               steps=[SetStep("switch.fan", {"on": False})], enabled=False))
    store.save_routine(Routine(name="Ärger", phrases=[Phrase("ärger aus")],
                               steps=[SayStep("Ruhe.")]))
    store.save_routine(Routine(name="bedtime", phrases=[Phrase("good night")], steps=[]))
    store.add_phrase("bedtime", "sleep now")  # an alias added later
    store.remove_phrase("Movie night", "cinema time")
    store.add_phrase("Movie night", "cinema time", origin="alias")
    store.mark_used("Movie night", "film please")
    store.mark_used("Movie night", "film please")
    store.set_enabled("bedtime", True)  # version 2+, updated_by set
    backup_database(store.path, reason="daily")  # no daily backup due: the quick read applies


def test_the_snapshot_reads_what_the_store_reads(tmp_path: Path) -> None:
    path = tmp_path / "home.sqlite3"
    with Store.open(path) as store:
        _fill(store)
        _assert_same(read_snapshot(path), store)
        _assert_same(read_snapshot(str(path), check=False), store)
        fast = read_snapshot(path)
        assert fast is not None
        names = [r.name for r in fast.routines]
        assert names == ["away", "bedtime", "Movie night", "Ärger"]  # by name_key
        movie = fast.routines[2]
        assert [p.text for p in movie.phrases] == ["movie night", "film please",
                                                   "cinema time"]
        assert movie.phrases[1].uses == 2 and movie.phrases[1].last_used is not None
        assert movie.updated_at is not None and movie.updated_at.tzinfo is not None
        assert len(movie.triggers) == 3 and movie.source == "gui"


def test_the_snapshot_reads_an_empty_database_as_the_store_does(tmp_path: Path) -> None:
    path = tmp_path / "home.sqlite3"
    with Store.open(path) as store:
        backup_database(path, reason="daily")
        _assert_same(read_snapshot(path), store)


def test_the_resolver_decides_alike_on_the_snapshot_and_the_store(tmp_path: Path) -> None:
    from teachapp.conversation.resolving import PhraseResolver

    path = tmp_path / "home.sqlite3"
    with Store.open(path) as store:
        _fill(store)
        fast = read_snapshot(path)
        assert fast is not None
        for text in ("movie night", "film pleas", "we are leaving", "sleep now", "xyz"):
            assert PhraseResolver(fast).resolve(text) == PhraseResolver(store).resolve(text)


def _copy(path: Path, tmp_path: Path, name: str) -> Path:
    target = tmp_path / Path(name).stem / name  # its own folder: its own backups
    target.parent.mkdir()
    with sqlite3.connect(path) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    backup_database(target, reason="daily")
    return target


def test_what_only_the_store_can_open_is_left_to_it(tmp_path: Path) -> None:
    path = tmp_path / "home.sqlite3"
    with Store.open(path) as store:
        _fill(store)
    assert read_snapshot(tmp_path / "missing.sqlite3") is None
    assert read_snapshot("postgresql://someone@localhost/teachapp") is None
    assert read_snapshot("") is None
    older = _copy(path, tmp_path, "older.sqlite3")
    with sqlite3.connect(older) as con:
        con.execute("UPDATE alembic_version SET version_num = '0021'")
    assert read_snapshot(older) is None
    not_sqlite = tmp_path / "notes.sqlite3"
    not_sqlite.write_text("not a database at all " * 20)
    assert read_snapshot(not_sqlite) is None
    no_backup = _copy(path, tmp_path, "fresh.sqlite3")
    shutil.rmtree(no_backup.parent / "backups")  # the daily backup is due: the Store makes it
    assert read_snapshot(no_backup) is None
    odd = _copy(path, tmp_path, "odd.sqlite3")
    with sqlite3.connect(odd) as con:
        con.execute("UPDATE routine SET created_at = 'yesterday'")
    assert read_snapshot(odd) is None  # a value it does not expect: the Store decides
    assert read_snapshot(path) is not None
    assert HEAD_REVISION


def test_read_home_opens_the_store_when_the_quick_read_does_not_apply(tmp_path: Path) -> None:
    new = tmp_path / "new" / "home.sqlite3"
    opened: list[Store] = []
    home = read_home(argparse.Namespace(db=str(new)), opened=opened.append)
    assert home is not None and opened and new.exists()
    assert home.devices  # the simulated home, as ``open_store`` adds it
    assert read_home(argparse.Namespace(db=str(tmp_path / "x.sqlite3")),
                     fallback=False) is None
    backup_database(new, reason="daily")
    opened.clear()
    again = read_home(argparse.Namespace(db=str(new)), opened=opened.append)
    assert not opened and again == home


@pytest.mark.parametrize("command", [["list"], ["list", "--json"],
                                     ["resolve", "movie night", "film pleas", "xyz"]])
def test_list_and_resolve_print_the_same_from_the_snapshot_and_the_store(
        tmp_path: Path, command: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    from teachapp.cli import main

    path = tmp_path / "home.sqlite3"
    with Store.open(path) as store:
        _fill(store)
    assert main(["--db", str(path), *command]) == 0
    fast = capsys.readouterr().out
    shutil.rmtree(tmp_path / "backups")  # the quick read no longer applies
    assert main(["--db", str(path), *command]) == 0
    slow = capsys.readouterr().out
    assert read_snapshot(path) is not None  # the Store made the daily backup meanwhile
    assert fast == slow and "Movie night" in fast
