"""Step edits kept in the store (revision 0029) so "undo" in any later process puts the
steps back, as deletions and renames are: on SQLite and on a real PostgreSQL server.
They were kept in the session's memory: after a restart "undo" said "There is nothing
to undo."."""

from __future__ import annotations

from dataclasses import replace

import pytest
from _old_schema import schema_at
from sqlalchemy import text

from teachapp.conversation import library
from teachapp.domain import Phrase, Routine, SayStep, SetStep, WaitStep
from teachapp.errors import ConflictError
from teachapp.store import Store, newest_undoable, save_step_edit

STEPS = [SetStep("light.desk_lamp", {"on": True, "brightness": 40}), WaitStep(2.0),
         SetStep("fan.bedroom_fan", {"on": True}), SayStep("Enjoy")]


@pytest.fixture
def store(db_store: Store) -> Store:
    db_store.save_routine(Routine(name="Reading", phrases=[Phrase("reading")], steps=STEPS))
    return db_store


def test_a_step_edit_is_undone_by_another_process(store):
    store.record_run("Reading", "reading", {"fan.bedroom_fan": {"on": False}},
                     {"fan.bedroom_fan": {"on": True}})
    before, saved = save_step_edit(store, replace(store.routine("reading"),
                                                  steps=STEPS[:2] + STEPS[3:]))
    assert before.steps == STEPS and saved.steps == STEPS[:2] + STEPS[3:]
    assert newest_undoable(store) == "step edit"
    later = Store(store.url)  # another process: a restart
    try:
        back = library.undo_step_edit_if_newest(later)
        assert back is not None and back.before.name == "Reading"
        assert later.routine("reading").steps == STEPS
        assert newest_undoable(later) == "run"  # the run before it is next
        assert library.undo_step_edit_if_newest(later) is None
    finally:
        later.close()


def test_an_edit_changed_since_is_said_and_dropped(store):
    save_step_edit(store, replace(store.routine("reading"), steps=STEPS[:1]))
    store.save_routine(replace(store.routine("reading"), steps=STEPS[2:3], version=None),
                       replace=True)  # (the window's editor, meanwhile)
    with pytest.raises(ConflictError, match="Reading's steps were changed since"):
        library.undo_step_edit_if_newest(store)
    assert store.routine("reading").steps == STEPS[2:3]  # nothing was put over it
    assert newest_undoable(store) is None


def test_a_database_from_before_0029_is_upgraded_and_its_edits_undoable(tmp_path):
    path = tmp_path / "old.sqlite3"
    with schema_at(f"sqlite:///{path}", "0028") as connection:
        connection.execute(text(
            "INSERT INTO routine (id, name, name_key, enabled, source, created_at, "
            "updated_at) VALUES (1, 'Evening', 'evening', true, 'cli', :t, :t)"),
            {"t": "2026-01-01 10:00:00"})
        connection.execute(text(
            "INSERT INTO phrase (routine_id, position, text, normalized, origin, uses, "
            "created_at) VALUES (1, 0, 'evening', 'evening', 'taught', 3, :t)"),
            {"t": "2026-01-01 10:00:00"})
    with Store.open(path) as store:
        save_step_edit(store, replace(store.routine("evening"), steps=STEPS[3:]))
        assert library.undo_step_edit_if_newest(store) is not None
        assert store.routine("evening").steps == []
