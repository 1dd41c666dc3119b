"""One household, several computers on one database (SQLite file and PostgreSQL server):
versions that refuse stale saves, undo per computer, shared learning, the change feed
across processes, upgrading from the previous schema, moving between the two."""

import queue
import sys

import pytest
from _old_schema import schema_at
from conftest import REPO, run_teachapp

from teachapp.domain import Phrase, Routine, SayStep, SetStep
from teachapp.errors import ConflictError, EditConflictError
from teachapp.home import ensure_default_home
from teachapp.store import HEAD_REVISION, Store, database_url


def _open(url, machine):
    store = Store.open(url) if machine is None else Store(database_url(url), machine=machine)
    ensure_default_home(store)
    return store


@pytest.fixture
def two_computers(db_url):
    """The living-room PC and the kitchen laptop, on one database."""
    living, kitchen = _open(db_url, "living-room"), _open(db_url, "kitchen")
    yield living, kitchen
    living.close()
    kitchen.close()


def _reading(name="Reading mode", phrases=("reading mode",), brightness=100):
    return Routine(name=name, phrases=[Phrase(p) for p in phrases],
                   steps=[SetStep("light.living_room_lamp", {"brightness": brightness}),
                          SayStep("Enjoy your book")])


# ---------------------------------------------------------------- versions


def test_a_save_based_on_an_old_version_is_refused_and_says_what_changed(two_computers):
    living, kitchen = two_computers
    living.save_routine(_reading())
    mine = living.routine("Reading mode")  # the living room opens it in the editor
    theirs = kitchen.routine("Reading mode")
    assert mine.version == theirs.version == 1
    theirs.phrases.append(Phrase("time to read"))
    theirs.steps[0] = SetStep("light.living_room_lamp", {"brightness": 40})
    kitchen.save_routine(theirs, replace=True)

    mine.steps.append(SayStep("Quiet please"))
    with pytest.raises(EditConflictError) as caught:
        living.save_routine(mine, replace=True)
    message = str(caught.value)
    assert "'Reading mode' was changed by kitchen" in message
    assert "'time to read'" in message and "brightness=40" in message
    assert "version 1" in message and "version 2" in message
    assert "nothing was overwritten" in message and "\n" not in message
    assert isinstance(caught.value, ConflictError)
    assert caught.value.current.phrase_texts() == ["reading mode", "time to read"]
    # The kitchen's edit is intact; nothing of the refused save got in.
    stored = kitchen.routine("Reading mode")
    assert stored.version == 2 and stored.updated_by == "kitchen"
    assert [type(s).__name__ for s in stored.steps] == ["SetStep", "SayStep"]
    # Saving again from the current version works.
    current = living.routine("Reading mode")
    current.steps.append(SayStep("Quiet please"))
    assert living.save_routine(current, replace=True).version == 3


def test_saving_a_routine_deleted_elsewhere_is_refused(two_computers):
    living, kitchen = two_computers
    living.save_routine(_reading())
    mine = living.routine("Reading mode")
    kitchen.delete_routine("Reading mode")
    with pytest.raises(EditConflictError, match="deleted or renamed on another computer"):
        living.save_routine(mine, replace=True)
    assert living.routine_names() == []


def test_every_change_raises_the_version_and_deleting_a_changed_one_is_refused(
        two_computers):
    living, kitchen = two_computers
    living.save_routine(_reading())
    seen = living.routine("Reading mode").version
    kitchen.add_phrase("Reading mode", "book time")
    kitchen.set_enabled("Reading mode", False)
    assert living.routine("Reading mode").version == seen + 2
    with pytest.raises(EditConflictError, match="changed by kitchen"):
        living.delete_routine("Reading mode", version=seen)
    living.delete_routine("Reading mode", version=seen + 2)
    assert kitchen.routine_names() == []


def test_an_edit_keeps_the_uses_counted_by_another_computer_meanwhile(two_computers):
    living, kitchen = two_computers
    living.save_routine(_reading())
    mine = living.routine("Reading mode")
    for _ in range(3):
        kitchen.mark_used("Reading mode", "reading mode")
    mine.steps.append(SayStep("Quiet please"))
    saved = living.save_routine(mine, replace=True)  # usage is no edit: no conflict
    assert saved.phrases[0].uses == 3


# ------------------------------------------------- shared and per computer


def test_learning_and_history_are_shared_undo_is_per_computer(two_computers):
    living, kitchen = two_computers
    living.add_evidence("reading mood", "Reading mode", positive=1)
    kitchen.add_evidence("Reading Mood", "Reading mode", positive=1)
    assert [e.positive for e in living.evidence("reading mood")] == [2]

    lamp = {"light.living_room_lamp": {"brightness": 10}}
    kitchen_run = kitchen.record_run("Reading mode", "reading mode", lamp, lamp)
    assert living.last_run() is None  # the kitchen's run is not the living room's to undo
    living_run = living.record_run("Movie night", "movie night", lamp, lamp)
    assert living.last_run().id == living_run
    assert kitchen.last_run().id == kitchen_run
    kitchen.mark_undone(kitchen_run)
    assert kitchen.last_run() is None and living.last_run().id == living_run


def test_undo_on_the_command_line_undoes_this_computers_run_only(db_url, monkeypatch,
                                                                capsys):
    from teachapp.cli import main

    errors = []

    def on(machine, *args):
        monkeypatch.setenv("TEACHAPP_MACHINE", machine)
        status = main(["--db", db_url, "--no-speech", *args])
        errors.append(capsys.readouterr().err)
        return status

    assert on("living-room", "teach", "bright", "--set", "light.desk_lamp.brightness=90") == 0
    assert on("kitchen", "teach", "dim", "--set", "light.desk_lamp.brightness=5") == 0
    assert on("living-room", "run", "bright") == 0
    assert on("kitchen", "run", "dim") == 0
    assert on("living-room", "undo") == 0
    with Store.open(db_url) as store:
        runs = dict(_runs(store))
    assert runs == {"bright": True, "dim": False}  # the kitchen's run is not undone
    assert on("hallway", "undo") == 1  # a third computer has nothing of its own to undo
    # (it said "no routine has run yet", with two runs in the household's database)
    assert errors[-1] == ("teachapp: There is nothing to undo: no run on this computer is "
                          "left to take back (each was undone, or none has run here yet).\n")


@pytest.mark.postgres
def test_undo_after_another_computer_deleted_the_routine_says_whose_and_loses_nothing(
        pg_url, monkeypatch, capsys):
    """Deletions are shared, runs are undone per computer: 'undo' on the living-room PC
    after the kitchen deleted the routine it had run brings the routine back first. It
    said only "Restored routine 'Reading mode'.", and the lamp stayed on, unexplained."""
    from teachapp.cli import main

    def on(machine, *args):
        monkeypatch.setenv("TEACHAPP_MACHINE", machine)
        status = main(["--db", pg_url, "--no-speech", *args])
        return status, capsys.readouterr()

    first = _open(pg_url, "living-room")
    first.save_routine(_reading(brightness=60))
    first.close()
    assert on("living-room", "run", "reading mode")[0] == 0
    assert on("kitchen", "delete", "Reading mode")[0] == 0
    status, said = on("living-room", "undo")
    assert status == 0 and said.out == (
        "Restored routine 'Reading mode'. It was deleted on kitchen. Undo again to put "
        "back what this computer's last run changed.\n")
    status, said = on("living-room", "undo")
    assert status == 0 and said.out.startswith("Undone: Living room lamp put back.")
    with Store(database_url(pg_url), machine="kitchen") as store:
        assert store.routine("Reading mode").phrase_texts() == ["reading mode"]
        assert store.device("light.living_room_lamp").state["brightness"] == 100
        assert store.last_run() is None  # nothing of the kitchen's own to undo
    assert on("living-room", "undo")[0] == 1  # nothing more here to undo


def _runs(store):
    from sqlmodel import select

    from teachapp.store.tables import RunRow

    with store._read() as s:
        return [(r.routine, r.undone) for r in s.exec(select(RunRow)).all()]


# ----------------------------------------------------------- change feed

_TEACHER = """
import sys
from teachapp.domain import Phrase, Routine, SayStep
from teachapp.store import Store
with Store.open(sys.argv[1]) as store:
    print("ready", flush=True)
    for action in sys.stdin:  # one change per line, when the test asks for it
        action = action.strip()
        if action == "teach":
            store.save_routine(Routine(name="Tea", phrases=[Phrase("tea time")],
                                       steps=[SayStep("kettle on")]))
        elif action == "edit":
            tea = store.routine("Tea")
            tea.steps.append(SayStep("milk"))
            store.save_routine(tea, replace=True)
        elif action == "delete":
            store.delete_routine("Tea")
        print("done", action, flush=True)
"""


def test_the_change_feed_sees_another_process_teach_edit_and_delete(db_url):
    import subprocess

    other = subprocess.Popen([sys.executable, "-c", _TEACHER, db_url], cwd=REPO, text=True,
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE)
    assert other.stdout.readline().strip() == "ready"
    with _open(db_url, None) as store:
        feed = store.changes()
        try:
            for action, check in (
                    ("teach", lambda: store.routine_names() == ["Tea"]),
                    ("edit", lambda: store.routine("Tea").steps[-1] == SayStep("milk")),
                    ("delete", lambda: store.routine_names() == [])):
                other.stdin.write(action + "\n")
                other.stdin.flush()
                assert other.stdout.readline().strip() == f"done {action}"
                change = feed.wait(60)
                assert "routines" in change.topics and change.reachable
                # PostgreSQL wakes the feed by NOTIFY; SQLite polls the counters.
                assert feed.listening == (store.engine.dialect.name == "postgresql")
                assert check()
                assert feed.poll().topics == frozenset()  # seen once, not again
        finally:
            feed.close()
            other.stdin.close()
            other.wait(60)
    assert other.returncode == 0, other.stderr.read()


def test_a_watcher_calls_back_from_its_thread(db_url):
    got: queue.Queue = queue.Queue()
    with _open(db_url, None) as store:
        watcher = store.watch(got.put)
        try:
            run = run_teachapp("--db", db_url, "teach", "lamp on", "--set",
                               "light.desk_lamp.on=true")
            assert run.returncode == 0, run.stderr
            topics: set[str] = set()
            while "routines" not in topics:
                topics |= got.get(timeout=60).topics
        finally:
            watcher.stop()


# ------------------------------------------------------------- upgrading


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request, db_path):
    if request.param == "sqlite":
        yield str(db_path)
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_database(migrated=False)
    yield server.url(name)
    server.drop_database(name)


def _previous_revision() -> str:
    from alembic.script import ScriptDirectory

    from teachapp.store.database import _MIGRATIONS

    return ScriptDirectory(str(_MIGRATIONS)).get_revision(HEAD_REVISION).down_revision


PREVIOUS = _previous_revision()


def test_a_database_at_the_previous_revision_is_upgraded_keeping_everything(empty_url):
    """From the revision before this issue's (PREVIOUS) to the head, on both databases."""
    from sqlalchemy import text

    with schema_at(database_url(empty_url), PREVIOUS) as connection:
        connection.execute(text(
            "INSERT INTO routine (id, name, name_key, enabled, source, created_at, "
            "updated_at) VALUES (1, 'Old', 'old', true, 'cli', :t, :t)"),
            {"t": "2026-01-01 10:00:00"})
        connection.execute(text(
            "INSERT INTO phrase (routine_id, position, text, normalized, origin, uses, "
            "created_at) VALUES (1, 0, 'old times', 'old times', 'taught', 4, :t)"),
            {"t": "2026-01-01 10:00:00"})
        connection.execute(text(
            "INSERT INTO step (routine_id, position, kind, text) VALUES (1, 0, 'say', 'hi')"))
        connection.execute(text(
            "INSERT INTO run (at, routine, before_json, after_json, undone) "
            "VALUES (:t, 'Old', '{}', '{}', false)"), {"t": "2026-01-01 10:00:00"})

    with Store(database_url(empty_url), machine="kitchen") as store:
        old = store.routine("old")
        assert old.version == 1 and old.phrases[0].uses == 4 and old.steps == [SayStep("hi")]
        assert store.last_run().routine == "Old"  # runs from before sharing stay undoable
        assert set(store.change_counters()) >= {"routines", "devices", "history"}
        with store.engine.connect() as connection:
            assert connection.exec_driver_sql(
                "SELECT version_num FROM alembic_version").scalar() == HEAD_REVISION


# --------------------------------------------------------------- moving


@pytest.mark.postgres
def test_export_then_import_moves_a_household_between_sqlite_and_postgres(
        pg_url, tmp_path, capsys):
    """SQLite -> PostgreSQL -> SQLite with ``export --history``: routines, devices and
    their states, phrase usage, turns, learning and runs all arrive, byte for byte."""
    from teachapp.cli import main

    def cli(db, *args):
        status = main(["--db", str(db), "--no-speech", *args])
        out = capsys.readouterr().out
        assert status == 0, args
        return out

    first = tmp_path / "first.sqlite3"
    cli(first, "teach", "reading mode", "--set", "light.living_room_lamp.brightness=70",
        "--say", "Enjoy your book")
    cli(first, "teach", "movie night", "--set", "media_player.tv.volume=35")
    cli(first, "run", "reading mode")
    cli(first, "run", "movie night")
    cli(first, "undo")
    with Store.open(first) as store:
        store.add_evidence("reading mood", "reading mode", positive=2, negative=1)
    exported = tmp_path / "household.yaml"
    cli(first, "export", "--history", str(exported))
    cli(pg_url, "import", str(exported))
    again = tmp_path / "again.yaml"
    cli(pg_url, "export", "--history", str(again))
    back = tmp_path / "back.sqlite3"
    cli(back, "import", str(again))
    final = cli(back, "export", "--history")
    text = exported.read_text(encoding="utf-8")
    assert again.read_text(encoding="utf-8") == text == final
    with Store.open(pg_url) as store:
        assert store.device("light.living_room_lamp").state["brightness"] == 70
        assert store.routine("reading mode").phrases[0].uses == 1
        assert [t.heard for t in store.interactions()] == ["movie night", "reading mode"]
        assert store.evidence("reading mood")[0].positive == 2
        last = store.last_run(include_undone=True)
        assert last.routine == "movie night" and last.undone
        assert store.last_run().routine == "reading mode"  # undo goes on from there


def test_an_import_with_bad_history_is_one_line_and_changes_nothing(db_url, tmp_path,
                                                                    capsys):
    from teachapp.cli import main

    bad = tmp_path / "bad.yaml"
    bad.write_text("version: 1\nroutines:\n  - {name: Tea, phrases: [tea], steps: "
                   "[{say: hi}]}\nhistory:\n  turns:\n    - {heard: x, when: yesterday}\n",
                   encoding="utf-8")
    assert main(["--db", db_url, "--no-speech", "import", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert "history.turns[0]" in err and "\n" not in err
    with Store.open(db_url) as store:
        assert store.routine_names() == [] and store.interactions() == []
