"""The Store on a real SQLite file and on a real PostgreSQL server: transactions,
migrations, bad databases. Tests taking ``store`` run on both."""

import sqlite3

import pytest

from teachapp.domain import Phrase, Routine, SayStep, SetStep, WaitStep
from teachapp.errors import ConflictError, DatabaseError, NotFoundError, UnknownDeviceError
from teachapp.store import HEAD_REVISION, Interaction, Store, database_url


@pytest.fixture
def store(db_store):
    """Every store test runs on SQLite, then PostgreSQL (conftest's ``db_store``)."""
    return db_store


def _routine(name="Reading mode", phrases=("reading mode",), **kw):
    steps = kw.pop("steps", [SetStep("light.living_room_lamp", {"on": True, "brightness": 100}),
                             WaitStep(2), SayStep("Enjoy your book")])
    return Routine(name=name, phrases=[Phrase(p) for p in phrases], steps=steps, **kw)


def test_a_new_database_is_sqlite_in_wal_mode_at_the_head_revision(sqlite_store, db_path):
    with sqlite3.connect(db_path) as con:
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            HEAD_REVISION


def test_the_default_home_has_twelve_devices_in_five_rooms(store):
    devices = store.devices()
    assert len(devices) == 12
    assert len({d.room for d in devices}) == 5
    assert {d.kind for d in devices} >= {"light", "switch", "climate", "lock", "cover",
                                         "media_player", "fan"}


def test_a_routine_round_trips_with_ordered_steps_and_phrases(store):
    store.save_routine(_routine(phrases=("reading mode", "time to read")))
    got = store.routine("READING MODE")
    assert got.name == "Reading mode"
    assert got.phrase_texts() == ["reading mode", "time to read"]
    assert got.steps == [SetStep("light.living_room_lamp", {"on": True, "brightness": 100}),
                         WaitStep(2), SayStep("Enjoy your book")]


def test_names_are_unique_without_regard_to_case(store):
    store.save_routine(_routine())
    with pytest.raises(ConflictError, match="--replace"):
        store.save_routine(_routine(name="reading MODE", phrases=("read now",)))
    store.save_routine(_routine(name="reading MODE", phrases=("read now",)), replace=True)
    assert store.routine_names() == ["reading MODE"]


def test_a_phrase_belongs_to_one_routine(store):
    store.save_routine(_routine())
    with pytest.raises(ConflictError, match="already starts routine 'Reading mode'"):
        store.save_routine(_routine(name="Other", phrases=("Reading  Mode!",)))


def test_a_failed_save_changes_nothing(store):
    bad = _routine(steps=[SetStep("light.living_room_lamp", {"on": True}),
                          SetStep("light.nowhere", {"on": True})])
    with pytest.raises(UnknownDeviceError, match="light.nowhere"):
        store.save_routine(bad)
    assert store.routines() == []


def test_another_process_sees_what_was_saved(store, db_url):
    store.save_routine(_routine())
    with Store.open(db_url) as other:
        assert other.routine_names() == ["Reading mode"]


def test_phrases_add_and_remove_and_the_last_one_stays(store):
    store.save_routine(_routine())
    store.add_phrase("Reading mode", "reading mood", origin="learned")
    assert ("reading mood", "Reading mode", "learned") in store.phrase_index()
    store.remove_phrase("Reading mode", "reading mood")
    with pytest.raises(ConflictError, match="only phrase"):
        store.remove_phrase("Reading mode", "reading mode")
    with pytest.raises(NotFoundError):
        store.remove_phrase("Reading mode", "nothing like it")


def test_disabled_routines_leave_the_phrase_index(store):
    store.save_routine(_routine())
    store.set_enabled("reading mode", False)
    assert store.phrase_index() == []


def test_the_phrase_signature_changes_with_phrases(store):
    before = store.phrases_signature()
    store.save_routine(_routine())
    assert store.phrases_signature() != before


def test_interactions_are_logged_newest_first(store):
    first = store.log_interaction(Interaction(heard="reading mood", decision="clarify",
                                              score=0.6, routine="Reading mode"))
    store.log_interaction(Interaction(heard="reading mode", decision="run", score=0.95,
                                      routine="Reading mode", outcome="done"))
    store.update_interaction(first, feedback="yes")
    turns = store.interactions()
    assert [t.heard for t in turns] == ["reading mode", "reading mood"]
    assert turns[1].feedback == "yes"


def test_alias_evidence_is_counted_per_pair(store):
    store.add_evidence("reading mood", "Reading mode", positive=1)
    evidence = store.add_evidence("Reading Mood", "Reading mode", positive=1)
    assert evidence.positive == 2
    store.add_evidence("reading mood", "Movie night", negative=1)
    assert len(store.evidence("reading mood")) == 2


def test_a_file_that_is_not_sqlite_is_refused_and_kept(tmp_path):
    path = tmp_path / "notes.db"
    path.write_text("my shopping list\n" * 20)
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        Store.open(path)
    assert path.read_text() == "my shopping list\n" * 20


def test_a_folder_cannot_be_created_under_a_file(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(DatabaseError, match="Cannot create the folder"):
        Store.open(blocker / "sub" / "db.sqlite3")


def test_an_sqlite_file_of_another_program_is_refused(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute("CREATE TABLE photos (id INTEGER)")
    with pytest.raises(DatabaseError, match="not a teachapp database"):
        Store.open(path)


def test_a_newer_schema_is_refused_untouched(tmp_path):
    path = tmp_path / "future.sqlite3"
    Store.open(path).close()
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")
    with pytest.raises(DatabaseError, match="newer teachapp"):
        Store.open(path)


def test_urls_and_paths(tmp_path):
    assert database_url(tmp_path / "a.db") == f"sqlite:///{tmp_path / 'a.db'}"
    # The driver teachapp ships (psycopg 3) is picked for URLs written the usual way.
    assert database_url("postgresql://me@host/teachapp") == \
        "postgresql+psycopg://me@host/teachapp"
    assert database_url("postgres://me@host/teachapp?sslmode=require") == \
        "postgresql+psycopg://me@host/teachapp?sslmode=require"
    assert database_url("postgresql+psycopg2://me@host/x") == "postgresql+psycopg2://me@host/x"
    with pytest.raises(DatabaseError):
        database_url("  ")
