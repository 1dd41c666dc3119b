"""Issue 16's store: a database of the first schema is upgraded in place (nothing
lost); deletions are kept and restored whole; renames keep phrase history."""

from __future__ import annotations

from datetime import time as dt_time

from _old_schema import schema_at
from sqlalchemy import inspect, text

from teachapp.conversation import library
from teachapp.domain import Phrase, Routine, SetStep
from teachapp.errors import ConflictError
from teachapp.home import ensure_default_home
from teachapp.store import Store
from teachapp.triggers import Trigger


def test_a_database_of_the_first_schema_is_upgraded_and_keeps_its_data(tmp_path):
    path = tmp_path / "old.sqlite3"
    with schema_at(f"sqlite:///{path}", "0001") as connection:
        connection.execute(text(
            "INSERT INTO interaction (at, heard, source, decision, score, outcome) "
            "VALUES ('2026-11-01 10:00:00', 'movie mode', 'text', 'run', 1.0, 'ok')"))
    with Store.open(path) as store:
        assert [t.heard for t in store.interactions()] == ["movie mode"]
        tables = set(inspect(store.engine).get_table_names())
        assert {"turn_detail", "deleted_routine"} <= tables
        # A turn logged before the upgrade has no record, and is still explained.
        from teachapp.conversation.explain import explained_history

        (_turn, lines), = explained_history(store)
        assert lines[0] == 'You typed "movie mode".'


def _routine(store: Store) -> None:
    store.save_routine(Routine(name="Movie mode", phrases=[
        Phrase("movie mode"), Phrase("film night", origin="learned")],
        steps=[SetStep("media_player.tv", {"on": True, "volume": 40})]))
    store.mark_used("Movie mode", "film night")


def test_a_deleted_routine_comes_back_whole(store):
    _routine(store)
    before = store.routine("Movie mode")
    library.delete_routine(store, "movie mode")
    assert store.routine_names() == []
    assert library.undo_deletion_if_newest(store) == ("Movie mode", [])
    after = store.routine("Movie mode")
    assert [(p.text, p.origin, p.uses) for p in after.phrases] == \
        [(p.text, p.origin, p.uses) for p in before.phrases]
    assert after.steps == before.steps
    assert library.undo_deletion_if_newest(store) is None


def test_a_deleted_routine_comes_back_with_its_schedules_and_switched_off(store):
    """Undoing a deletion brings back when it runs by itself and whether it is on;
    a run that fell due while it was gone is not owed (its cursor is the restore)."""
    _routine(store)
    routine = store.routine("Movie mode")
    routine.triggers = [Trigger("time", time=dt_time(20, 0), days=(4, 5)),
                        Trigger("sun", event="sunset", offset=-15)]
    routine.enabled = False
    store.save_routine(routine, replace=True)
    library.delete_routine(store, "movie mode")
    assert store.scheduled_triggers() == []
    library.undo_deletion_if_newest(store)
    after = store.routine("Movie mode")
    assert after.triggers == routine.triggers
    assert after.enabled is False
    scheduled = store.scheduled_triggers()
    assert [s.trigger for s in scheduled] == routine.triggers
    assert all(s.cursor is not None for s in scheduled)


def test_renaming_keeps_learned_phrases_and_names_a_clash(store):
    _routine(store)
    store.save_routine(Routine(name="Cinema", phrases=[Phrase("cinema")],
                               steps=[SetStep("light.desk_lamp", {"on": True})]))
    try:
        library.rename_routine(store, "movie mode", "cinema")
    except ConflictError as exc:
        assert "Cinema" in str(exc)
    else:
        raise AssertionError("a taken name must be refused")
    done = library.rename_routine(store, "movie mode", "Cinema",
                                  library.OnClash.KEEP_BOTH)
    assert done.new == "Cinema 2"
    phrases = {p.text: str(p.origin) for p in store.routine("Cinema 2").phrases}
    # (the phrase that was the name, written in lower case, stays so: p45conv's rename)
    assert phrases == {"cinema 2": "taught", "film night": "learned"}


def test_undo_takes_back_the_newest_of_a_run_and_a_deletion(store):
    ensure_default_home(store)
    _routine(store)
    store.record_run("Movie mode", "movie mode", {"media_player.tv": {"on": False}},
                     {"media_player.tv": {"on": True}})
    library.delete_routine(store, "Movie mode")
    assert library.undo_deletion_if_newest(store) is not None  # the deletion is newer
    library.delete_routine(store, "Movie mode")
    library.restore_deleted(store)
    store.record_run("Movie mode", "movie mode", {"media_player.tv": {"on": False}},
                     {"media_player.tv": {"on": True}})
    assert library.undo_deletion_if_newest(store) is None  # now the run is newer
