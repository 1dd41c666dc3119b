"""Renames kept in the store (revision 0026) so "undo" in any process renames back:
on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

import pytest
from _old_schema import schema_at
from sqlalchemy import text

from teachapp.conversation import library
from teachapp.domain import Phrase, Routine, SetStep
from teachapp.errors import NotFoundError
from teachapp.store import RenameUndone, Store, newest_undoable, phrase_key


@pytest.fixture
def store(db_store: Store) -> Store:
    db_store.save_routine(Routine(name="Evening", phrases=[Phrase("evening")],
                                  steps=[SetStep("light.kitchen_lights", {"on": True})]))
    db_store.save_routine(Routine(name="Cosy", phrases=[Phrase("cosy"), Phrase(
        "snug", origin="learned")], steps=[SetStep("light.desk_lamp", {"on": True})]))
    return db_store


def _run(store: Store, routine: str) -> None:
    store.record_run(routine, routine.lower(), {"light.kitchen_lights": {"on": False}},
                     {"light.kitchen_lights": {"on": True}})


def test_undo_takes_back_the_newest_of_a_run_a_rename_and_a_deletion(store):
    _run(store, "Evening")
    library.rename_routine(store, "evening", "Late")
    assert newest_undoable(store) == "rename"
    library.delete_routine(store, "cosy")
    assert newest_undoable(store) == "deletion"
    assert library.undo_rename_if_newest(store) is None
    assert library.undo_deletion_if_newest(store) == ("Cosy", [])
    later = Store(store.url)  # another process
    try:
        assert library.undo_rename_if_newest(later) == RenameUndone("Evening", "Late")
        assert newest_undoable(later) == "run"
        assert library.undo_rename_if_newest(later) is None
    finally:
        later.close()
    evening = store.routine("evening")
    assert [phrase_key(p.text) for p in evening.phrases] == ["evening"]
    assert store.last_run_of("Evening") is not None  # its runs follow the name back


def test_undoing_a_rename_that_replaced_a_routine_brings_both_back(store):
    done = library.rename_routine(store, "evening", "cosy", library.OnClash.REPLACE)
    assert (done.new, done.replaced) == ("cosy", "Cosy")
    assert store.routine_names() == ["cosy"]
    back = library.undo_rename_if_newest(store)
    assert back == RenameUndone("Evening", "cosy", "Cosy", [])
    assert store.routine_names() == ["Cosy", "Evening"]
    cosy = store.routine("Cosy")
    assert {p.text: str(p.origin) for p in cosy.phrases} == {"cosy": "taught",
                                                            "snug": "learned"}
    assert cosy.steps == [SetStep("light.desk_lamp", {"on": True})]
    assert newest_undoable(store) is None


def test_two_renames_are_taken_back_newest_first(store):
    library.rename_routine(store, "evening", "Late")
    library.rename_routine(store, "late", "Later")
    assert library.undo_rename_if_newest(store) == RenameUndone("Late", "Later")
    assert library.undo_rename_if_newest(store) == RenameUndone("Evening", "Late")
    assert library.undo_rename_if_newest(store) is None


def test_a_rename_that_can_no_longer_be_taken_back_is_said_and_then_dropped(store):
    _run(store, "Evening")
    library.rename_routine(store, "evening", "Late")
    # The window renames through a whole save, which "undo" does not take back.
    late = store.routine("Late")
    store.save_routine(Routine(name="Night", phrases=late.phrases, steps=late.steps),
                       replace=True, previous_name="Late")
    with pytest.raises(NotFoundError, match="couldn't rename Late back to Evening"):
        library.undo_rename_if_newest(store)
    assert newest_undoable(store) == "run"  # the next "undo" goes on
    assert store.routine_names() == ["Cosy", "Night"]


def test_another_computers_newer_run_is_not_what_undo_weighs(store):
    library.rename_routine(store, "evening", "Late")
    other = Store(store.url, machine="another-computer")
    try:
        _run(other, "Late")
    finally:
        other.close()
    assert newest_undoable(store) == "rename"


def test_a_database_from_before_0026_is_upgraded_and_its_renames_undoable(tmp_path):
    path = tmp_path / "old.sqlite3"
    with schema_at(f"sqlite:///{path}", "0025") as connection:
        connection.execute(text(
            "INSERT INTO routine (id, name, name_key, enabled, source, created_at, "
            "updated_at) VALUES (1, 'Evening', 'evening', true, 'cli', :t, :t)"),
            {"t": "2026-01-01 10:00:00"})
        connection.execute(text(
            "INSERT INTO phrase (routine_id, position, text, normalized, origin, uses, "
            "created_at) VALUES (1, 0, 'evening', 'evening', 'taught', 3, :t)"),
            {"t": "2026-01-01 10:00:00"})
    with Store.open(path) as store:
        library.rename_routine(store, "evening", "Cosy")
        assert library.undo_rename_if_newest(store) == RenameUndone("Evening", "Cosy")
        assert [(p.text, p.uses) for p in store.routine("Evening").phrases] == [
            ("evening", 3)]  # (written as it was: it came back as "Evening")
