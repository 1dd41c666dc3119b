"""One order for "undo" (revision 0032): every undoable record takes the next number of
one counter as it is written, so the newest is the one written last, whatever the
clock of the computer that wrote it said; on SQLite and a real PostgreSQL server, and
a database from before 0032 upgraded with the order its undo history had."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from _assistant_helpers import add_routine
from _old_schema import schema_at
from sqlalchemy import inspect, text

from teachapp.conversation import library
from teachapp.domain import SetStep
from teachapp.home import ensure_default_home
from teachapp.store import (
    History,
    Store,
    database_url,
    newest_undoable,
    save_phrase_removal,
    save_unconfirmed_run,
)

AT = datetime(2026, 12, 7, 21, 0, tzinfo=UTC)
LAMP = {"light.desk_lamp": {"on": False}}, {"light.desk_lamp": {"on": True}}


def _undo_all(store: Store) -> list[str]:
    """The kind of each thing "undo" takes back, newest first, until none is left."""
    taken: list[str] = []
    undo = {"run": lambda: store.mark_undone(store.last_run().id),  # type: ignore[union-attr]
            "deletion": lambda: library.restore_deleted(store),
            "rename": lambda: library.undo_rename_if_newest(store),
            "phrase removal": lambda: library.undo_phrase_removal_if_newest(store),
            "unconfirmed run": lambda: library.undo_unconfirmed_run_if_newest(store)}
    while (kind := newest_undoable(store)) is not None and len(taken) < 10:
        undo[kind]()
        taken.append(kind)
    return taken


def test_the_one_written_last_is_undone_first_whatever_each_clock_says(db_store: Store):
    """Two computers on one database, the kitchen's clock five minutes fast: the
    kitchen deleted a routine, then the lounge ran one; "undo" in the lounge restored the
    routine (its time read as the newer) and left the lamp on."""
    add_routine(db_store, "Movie night", ["movie night"],
                [SetStep("media_player.tv", {"on": True})])
    with Store(db_store.url, machine="kitchen") as kitchen:
        library.delete_routine(kitchen, "Movie night", at=AT + timedelta(minutes=5))
    lounge = db_store
    lounge.record_run(None, "turn on the desk lamp", *LAMP, at=AT + timedelta(minutes=1))
    assert newest_undoable(lounge) == "run"  # was "deletion"
    # A clock standing still (a test's, TEACHAPP_NOW): a rename, then a run, then phrases
    # taken off, at one instant: undone in the reverse order, not by kind (the rename
    # went first, before the run made after it).
    add_routine(lounge, "Reading", ["reading mode", "book time"],
                [SetStep("light.desk_lamp", {"on": True})])
    library.rename_routine(lounge, "Reading", "Reading mode", at=AT)
    lounge.record_run("Reading mode", None, *LAMP, at=AT)
    save_phrase_removal(lounge, "Reading mode", [("book time", "taught")], at=AT)
    save_unconfirmed_run(lounge, None, "turn on the broken lamp",
                         [("light.broken_lamp", "Broken lamp")], at=AT - timedelta(hours=1))
    assert _undo_all(lounge) == ["unconfirmed run", "phrase removal", "run", "rename",
                                 "run", "deletion"]


def test_runs_an_import_brings_in_are_undone_after_the_persons_own(db_store: Store):
    """A backup exported with its history (a run of the desk lamp) imported after the
    person turned the kitchen lights on: "undo" put the desk lamp back (the imported run
    took the newest number) and left the kitchen lights on. Now the person's own runs,
    before the import and after it, are taken back first, then the imported ones,
    newest first."""
    store = db_store
    store.record_run(None, "turn on the kitchen lights",
                     {"light.kitchen_lights": {"on": False}},
                     {"light.kitchen_lights": {"on": True}}, at=AT)
    old = [{"at": (AT - timedelta(days=d)).isoformat(), "utterance": f"desk lamp {d}",
            "before": LAMP[0], "after": LAMP[1], "machine": store.machine} for d in (3, 2)]
    store.import_all([], [], history=History(runs=old), source="backup.yaml")
    store.record_run(None, "turn off the kitchen lights",
                     {"light.kitchen_lights": {"on": True}},
                     {"light.kitchen_lights": {"on": False}}, at=AT - timedelta(days=9))
    taken = []
    while (run := store.last_run()) is not None and len(taken) < 5:
        assert newest_undoable(store) == "run"
        taken.append(run.utterance)
        store.mark_undone(run.id)
    assert taken == ["turn off the kitchen lights", "turn on the kitchen lights",
                     "desk lamp 2", "desk lamp 3"]
    # Exported again, the runs keep that order (an exact copy undoes alike).
    assert [r["utterance"] for r in store.history_snapshot()["runs"]] == taken[::-1]


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request, db_path) -> str:
    """An SQLite file, then an empty PostgreSQL database (no schema yet)."""
    if request.param == "sqlite":
        return str(db_path)
    server = request.getfixturevalue("pg_server")
    name = server.new_database(migrated=False)
    request.addfinalizer(lambda: server.drop_database(name))
    return server.url(name)


def test_a_database_from_before_0032_keeps_its_undo_order(empty_url):
    """Rows written by 0031's teachapp are numbered in the order its "undo" read them:
    by time, a run first at one instant, an unconfirmed run just after the run it was
    written after (its clock stood still); the counter goes on after them."""
    run = ("INSERT INTO run (at, utterance, before_json, after_json, undone) VALUES "
           "(:t, 'turn on the desk lamp', '{\"light.desk_lamp\": {\"on\": false}}', '{}', "
           ":undone)")
    with schema_at(database_url(empty_url), "0031") as connection:
        connection.execute(text(run), {"t": "2026-12-07 19:00:00", "undone": False})  # 1
        connection.execute(text(
            "INSERT INTO removed_phrase (at, name, phrases_json, undone) VALUES "
            "('2026-12-07 19:30:00', 'Reading', '[[\"book time\", \"taught\"]]', false)"))
        connection.execute(text(run), {"t": "2026-12-07 20:00:00", "undone": False})  # 2
        connection.execute(text(
            "INSERT INTO unconfirmed_run (at, utterance, devices_json, after_run, undone) "
            "VALUES ('2026-12-07 19:00:00', 'turn on the broken lamp', "
            "'[[\"light.broken_lamp\", \"Broken lamp\"]]', 2, false)"))
        connection.execute(text(run), {"t": "2026-12-07 21:00:00", "undone": True})  # 3
    with Store.open(empty_url) as store:
        ensure_default_home(store)
        add_routine(store, "Reading", ["reading mode"],
                    [SetStep("light.desk_lamp", {"on": True})])
        store.record_run(None, "turn off the desk lamp", *LAMP,
                         at=datetime(2026, 12, 7, 18, 0, tzinfo=UTC))  # a clock gone back
        assert _undo_all(store) == ["run", "unconfirmed run", "run", "phrase removal", "run"]


def test_a_database_at_0032_loses_its_unused_after_run_and_nothing_else(empty_url):
    """Revision 0033 drops ``unconfirmed_run.after_run`` (read by 0032 alone, to number
    the rows already there); the rows, their numbers and what "undo" says of them stay."""
    with schema_at(database_url(empty_url), "0032") as connection:
        connection.execute(text(
            "INSERT INTO run (at, utterance, before_json, after_json, undone, seq) VALUES "
            "('2026-12-07 19:00:00', 'turn on the desk lamp', "
            "'{\"light.desk_lamp\": {\"on\": false}}', '{}', false, 1)"))
        connection.execute(text(
            "INSERT INTO unconfirmed_run (at, utterance, devices_json, after_run, undone, seq)"
            " VALUES ('2026-12-07 19:00:00', 'turn on the broken lamp', "
            "'[[\"light.broken_lamp\", \"Broken lamp\"]]', 1, false, 2)"))
        connection.execute(text("UPDATE undo_sequence SET last = 2"))
    with Store.open(empty_url) as store:
        with store.engine.connect() as connection:
            columns = {c["name"] for c in inspect(connection).get_columns("unconfirmed_run")}
            indexes = {i["name"] for i in inspect(connection).get_indexes("unconfirmed_run")}
        assert "after_run" not in columns and {"seq", "devices_json", "machine"} <= columns
        assert {"ix_unconfirmed_run_seq", "ix_unconfirmed_run_machine"} <= indexes
        ensure_default_home(store)
        save_unconfirmed_run(store, None, "turn on the porch light",
                             [("light.porch", "Porch light")])
        taken = library.undo_unconfirmed_run_if_newest(store)
        assert taken is not None and taken.names == ["Porch light"]
        assert _undo_all(store) == ["unconfirmed run", "run"]
