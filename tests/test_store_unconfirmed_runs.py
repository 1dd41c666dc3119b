"""Runs no device confirmed, kept in the store (revision 0031) so "undo" in any later
process says so rather than take back the run before it: their order against runs
by the order they were written, whatever the clocks say; on SQLite and a real
PostgreSQL server, and an old database upgraded."""

from __future__ import annotations

from datetime import UTC, datetime

from _old_schema import schema_at
from sqlalchemy import text

from teachapp.conversation import library
from teachapp.store import Store, newest_undoable, save_unconfirmed_run

AT = datetime(2026, 12, 6, 20, 0, tzinfo=UTC)  # one instant for all: a clock standing still
LAMP = {"light.desk_lamp": {"on": False}}, {"light.desk_lamp": {"on": True}}


def test_the_order_written_decides_against_runs_at_one_instant(db_store: Store):
    db_store.record_run(None, "turn on the desk lamp", *LAMP, at=AT)
    save_unconfirmed_run(db_store, None, "turn on the broken lamp",
                         [("light.broken_lamp", "Broken lamp")], at=AT)
    assert newest_undoable(db_store) == "unconfirmed run"
    later = Store(db_store.url)  # another process: a restart
    try:
        taken = library.undo_unconfirmed_run_if_newest(later)
        assert taken is not None and taken.names == ["Broken lamp"]
        assert library.nothing_confirmed_said(later, taken) == (
            "Nothing was put back: \"turn on the broken lamp\" changed nothing that I could "
            "confirm. Broken lamp never confirmed its change, so nothing of it was recorded "
            "to put back. Say \"undo\" again to take back the run before it.")
        assert newest_undoable(later) == "run"  # the run before it is next
        assert library.undo_unconfirmed_run_if_newest(later) is None
    finally:
        later.close()
    save_unconfirmed_run(db_store, "Movie night", None,
                         [("media_player.tv", "TV"), ("light.lamp", "Lamp")], at=AT)
    db_store.record_run(None, "turn off the desk lamp", *LAMP, at=AT)  # written after it
    assert newest_undoable(db_store) == "run"


def test_a_database_from_before_0031_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    with schema_at(f"sqlite:///{path}", "0030") as connection:
        connection.execute(text(
            "INSERT INTO run (at, utterance, before_json, after_json, undone) VALUES "
            "(:t, 'turn on the desk lamp', '{}', '{}', false)"), {"t": "2026-12-06 19:00:00"})
    with Store.open(path) as store:
        assert newest_undoable(store) == "run"
        save_unconfirmed_run(store, "Movie night", None, [("media_player.tv", "TV")])
        taken = library.undo_unconfirmed_run_if_newest(store)
        assert taken is not None
        assert library.nothing_confirmed_said(store, taken).startswith(
            "Nothing was put back: Movie night changed nothing that I could confirm. TV "
            "never confirmed its change")
