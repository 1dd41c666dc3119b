"""Phrases taken off a routine kept in the store (revision 0030) so "undo" in any later
process puts them back, as step edits (0029), renames and deletions are: on SQLite and
on a real PostgreSQL server. They were kept in the session's memory: after a restart
"undo" took back the newest run instead, and the phrase stayed gone."""

from __future__ import annotations

import pytest
from _old_schema import schema_at
from sqlalchemy import text

from teachapp.conversation import library
from teachapp.domain import Phrase, PhraseOrigin, Routine, SetStep
from teachapp.store import EvidenceLedger, Store, newest_undoable, save_phrase_removal

STEPS = [SetStep("light.desk_lamp", {"on": True, "brightness": 40})]


@pytest.fixture
def store(db_store: Store) -> Store:
    db_store.save_routine(Routine(name="Reading", phrases=[Phrase("reading")], steps=STEPS))
    db_store.add_phrase("Reading", "book time", origin=PhraseOrigin.LEARNED)
    db_store.add_phrase("Reading", "time to read", origin=PhraseOrigin.ALIAS)
    return db_store


def _take_off(store: Store, *phrases: str) -> None:
    """As ``ManageTalk.phrases_taken_off`` does after "forget …", Remove or the editor."""
    origins = {p.text: p.origin for p in store.routine("reading").phrases}
    for phrase in phrases:
        store.remove_phrase("Reading", phrase)
    save_phrase_removal(store, "Reading", [(p, str(origins[p])) for p in phrases])


def test_phrases_taken_off_are_put_back_by_another_process(store):
    store.record_run("Reading", "reading", {"light.desk_lamp": {"on": False}},
                     {"light.desk_lamp": {"on": True}})
    ledger = EvidenceLedger(store)
    ledger.promoted("book time", "Reading", how="learned", now=1000.0)
    ledger.block("book time", "Reading", 1001.0, why="removed")  # (as "forget" blocks it)
    _take_off(store, "book time", "time to read")
    assert newest_undoable(store) == "phrase removal"
    later = Store(store.url)  # another process: a restart
    try:
        back = library.undo_phrase_removal_if_newest(later)
        assert back is not None and back.routine == "Reading" and not back.left_out
        assert [p.text for p in later.routine("reading").phrases] == [
            "reading", "book time", "time to read"]
        origins = {p.text: p.origin for p in later.routine("reading").phrases}
        assert origins["book time"] == PhraseOrigin.LEARNED
        assert origins["time to read"] == PhraseOrigin.ALIAS
        pair = EvidenceLedger(later).pair("book time", "Reading")
        assert pair is not None and pair.promoted and not pair.blocked  # listed again
        assert newest_undoable(later) == "run"  # the run before it is next
        assert library.undo_phrase_removal_if_newest(later) is None
    finally:
        later.close()


def test_a_phrase_another_routine_took_since_is_left_out(store):
    _take_off(store, "time to read")
    store.save_routine(Routine(name="Study", phrases=[Phrase("time to read")], steps=STEPS))
    back = library.undo_phrase_removal_if_newest(store)
    assert back is not None and back.phrases == () and back.left_out == ("time to read",)
    assert store.phrase_owner("time to read") == "Study"
    assert newest_undoable(store) is None


def test_a_database_from_before_0030_is_upgraded_and_its_removals_undoable(tmp_path):
    path = tmp_path / "old.sqlite3"
    with schema_at(f"sqlite:///{path}", "0029") as connection:
        connection.execute(text(
            "INSERT INTO routine (id, name, name_key, enabled, source, created_at, "
            "updated_at) VALUES (1, 'Evening', 'evening', true, 'cli', :t, :t)"),
            {"t": "2026-01-01 10:00:00"})
        for position, phrase in enumerate(("evening", "dusk")):
            connection.execute(text(
                "INSERT INTO phrase (routine_id, position, text, normalized, origin, uses, "
                "created_at) VALUES (1, :p, :x, :x, 'taught', 0, :t)"),
                {"p": position, "x": phrase, "t": "2026-01-01 10:00:00"})
    with Store.open(path) as store:
        store.remove_phrase("Evening", "dusk")
        save_phrase_removal(store, "Evening", [("dusk", "taught")])
        assert library.undo_phrase_removal_if_newest(store) is not None
        assert [p.text for p in store.routine("evening").phrases] == ["evening", "dusk"]
