"""Two processes on one database (the window and the CLI, or two computers of a
household): no lost update, and no "database is locked" shown to the person under
normal use. Tests taking ``db_url`` run on SQLite and on a real PostgreSQL server.
"""

import os
import subprocess
import sys
import threading
import time

import pytest
from conftest import REPO

from teachapp.domain import Phrase, Routine, SayStep
from teachapp.home import ensure_default_home
from teachapp.store import HEAD_REVISION, Store

_WORKER = """
import sys, time
from teachapp.domain import Phrase, Routine, SayStep
from teachapp.store import Store

path, tag, rounds, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
while time.time() < start:
    time.sleep(0.001)
with Store.open(path) as store:
    for i in range(rounds):
        store.add_evidence("shared phrase", "Shared", positive=1)
        level = i % 101
        attribute = "brightness" if tag == "a" else "color_temp"
        value = level if tag == "a" else 2000 + 40 * level
        store.update_states({"light.desk_lamp": {attribute: value}})
        store.mark_used("Shared", "shared phrase")
        if i % 10 == 0:
            store.save_routine(Routine(name=f"{tag} {i}", phrases=[Phrase(f"{tag} phrase {i}")],
                                       steps=[SayStep(str(i))]))
print("done", flush=True)
"""


@pytest.fixture
def store(db_store):
    """Every store test runs on SQLite, then PostgreSQL (conftest's ``db_store``)."""
    return db_store


def _spawn(*args):
    return subprocess.Popen([sys.executable, "-c", *args], cwd=REPO, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True,
                            env={**os.environ, "PYTHONPATH": str(REPO)})


def test_two_processes_writing_at_once_lose_no_update(store, db_url):
    store.save_routine(Routine(name="Shared", phrases=[Phrase("shared phrase")],
                               steps=[SayStep("hi")]))
    rounds = 60
    start = time.time() + 1.5
    workers = [_spawn(_WORKER, db_url, tag, str(rounds), str(start)) for tag in "ab"]
    results = [w.communicate(timeout=120) for w in workers]
    for worker, (out, err) in zip(workers, results, strict=True):
        assert worker.returncode == 0, err
        assert out.strip() == "done" and "locked" not in err
    (evidence,) = store.evidence("shared phrase")
    assert evidence.positive == 2 * rounds
    assert store.routine("Shared").phrases[0].uses == 2 * rounds
    lamp = store.device("light.desk_lamp").state
    # Each process changed its own attribute; neither overwrote the other's.
    assert lamp["brightness"] == (rounds - 1) % 101
    assert lamp["color_temp"] == 2000 + 40 * ((rounds - 1) % 101)
    names = set(store.routine_names())
    assert {f"{tag} {i}" for tag in "ab" for i in range(0, rounds, 10)} <= names


def test_the_window_reads_while_the_cli_teaches_and_runs(store, db_url, teachapp_cli):
    errors: list[BaseException] = []
    seen: set[int] = set()
    stop = threading.Event()

    def window():  # what the window does: refresh its lists, log turns
        while not stop.is_set():
            try:
                seen.add(len(store.routines()))
                store.devices()
                store.interactions(limit=5)
            except BaseException as exc:
                errors.append(exc)
                return
            stop.wait(0.02)  # a window refreshes, it does not spin

    thread = threading.Thread(target=window)
    thread.start()
    try:
        for number in range(2):
            proc = teachapp_cli("--db", db_url, "teach", f"study mode {number}",
                                "--set", "light.desk_lamp.brightness=80")
            assert proc.returncode == 0, proc.stderr
        proc = teachapp_cli("--db", db_url, "run", "study mode 1")
        assert proc.returncode == 0, proc.stderr
    finally:
        stop.set()
        thread.join(timeout=60)
    assert errors == []
    assert len(store.routines()) == 2 and seen <= {0, 1, 2}
    assert store.device("light.desk_lamp").state["brightness"] == 80


_HOLD_WRITE = """
import sqlite3, sys, time
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("BEGIN IMMEDIATE")
con.execute("UPDATE device SET name = name")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("COMMIT")
"""


def test_a_write_waits_for_another_process_instead_of_failing(sqlite_store, db_path):
    store = sqlite_store
    holder = _spawn(_HOLD_WRITE, str(db_path), "1.5")
    assert holder.stdout.readline().strip() == "holding"
    started = time.monotonic()
    store.save_routine(Routine(name="Patient", phrases=[Phrase("patient")],
                               steps=[SayStep("waited")]))
    waited = time.monotonic() - started
    holder.communicate(timeout=60)
    assert holder.returncode == 0
    assert store.routine_names() == ["Patient"]
    assert waited > 0.5, "the save should have waited for the other process's lock"


_OPEN_NEW = """
import sys, time
from teachapp.store import Store
path, start = sys.argv[1], float(sys.argv[2])
while time.time() < start:
    pass
with Store.open(path) as store:
    print(len(store.routine_names()), flush=True)
"""


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def new_db_url(request, tmp_path):
    """A database that does not exist yet (SQLite) or is empty (PostgreSQL)."""
    if request.param == "sqlite":
        yield str(tmp_path / "new.sqlite3")
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_database(migrated=False)
    yield server.url(name)
    server.drop_database(name)


def test_two_processes_creating_the_same_new_database_both_succeed(new_db_url):
    start = time.time() + 1.0
    procs = [_spawn(_OPEN_NEW, new_db_url, str(start)) for _ in range(3)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert out.strip() == "0"
    with Store.open(new_db_url) as store, store.engine.connect() as con:
        assert con.exec_driver_sql("SELECT version_num FROM alembic_version").fetchall() \
            == [(HEAD_REVISION,)]


def test_parallel_cli_runs_all_succeed_and_are_all_logged(db_url, teachapp_cli):
    with Store.open(db_url) as store:
        ensure_default_home(store)
        store.save_routine(Routine(name="Tea", phrases=[Phrase("tea time")],
                                   steps=[SayStep("kettle on")]))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    procs = [subprocess.Popen([sys.executable, "-m", "teachapp", "--db", db_url, "run",
                               "tea time"], cwd=REPO, env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(3)]
    for proc in procs:
        out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
        assert "locked" not in err and "Says: kettle on" in out
    with Store.open(db_url) as store:
        turns = store.interactions()
        assert len(turns) == 3 and {t.routine for t in turns} == {"Tea"}
        assert store.routine("Tea").phrases[0].uses == 3


_CHILD_WRITES = """
import sys
from teachapp.domain import Phrase, Routine, SayStep
from teachapp.store import Store

with Store.open(sys.argv[1]) as store:
    for i in range(10):
        store.save_routine(Routine(name=f"child {sys.argv[2]} {i}",
                                   phrases=[Phrase(f"child {sys.argv[2]} {i}")],
                                   steps=[SayStep("y")]))
"""


def test_opening_the_database_again_in_a_process_keeps_it_intact(sqlite_store, db_path):
    """The window and chat open the file more than once. Checking its header with a
    plain file descriptor while a connection is live used to drop that process's
    SQLite locks (POSIX locks are per process); another process then took itself
    for the last user, checkpointed and deleted the WAL, and the file was damaged."""
    import sqlite3

    for round_ in range(6):
        Store.open(db_path).close()  # a second open in this process, then closed
        sqlite_store.routines()
        subprocess.run([sys.executable, "-c", _CHILD_WRITES, str(db_path), str(round_)],
                       cwd=REPO, check=True, env={**os.environ, "PYTHONPATH": str(REPO)})
        sqlite_store.save_routine(Routine(name=f"parent {round_}",
                                          phrases=[Phrase(f"parent {round_}")],
                                          steps=[SayStep("z")]))
    names = {r.name for r in sqlite_store.routines()}
    assert {f"parent {i}" for i in range(6)} <= names
    assert len([n for n in names if n.startswith("child ")]) == 60
    with sqlite3.connect(db_path) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)
