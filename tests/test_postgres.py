"""A household database on a real PostgreSQL server: logins, passwords, a server that is
down or lost, nothing half-written, libpq options passed through."""

import logging
import os
import subprocess
import sys

import keyring
import pytest
from conftest import REPO
from keyring.backend import KeyringBackend
from keyring.backends import fail
from sqlalchemy import text

from teachapp.domain import Phrase, Routine, SayStep
from teachapp.errors import DatabaseUnreachableError
from teachapp.home import ensure_default_home
from teachapp.store import Store, database_url, describe_server, display_url

pytestmark = pytest.mark.postgres

SECRET = "s3cret-Pa55"


class _MemoryKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def __init__(self):
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.entries.get((service, username))

    def set_password(self, service, username, password):
        self.entries[(service, username)] = password

    def delete_password(self, service, username):
        self.entries.pop((service, username), None)


@pytest.fixture
def use_keyring():
    previous = keyring.get_keyring()
    ring = _MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


@pytest.fixture
def no_keyring():
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


@pytest.fixture
def household(pg_server, pg_url):
    """A database owned by the role 'household', which must give its password."""
    name = pg_url.split("@/", 1)[1].split("?", 1)[0]
    role = f"household_{name}"
    pg_server.add_role(role, SECRET, name)
    return pg_server, name, role


def _one_line(exc: BaseException) -> str:
    message = str(exc)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_a_postgresql_url_as_written_opens_with_the_shipped_driver(pg_url):
    assert pg_url.startswith("postgresql://")
    with Store.open(pg_url) as store:
        assert store.engine.dialect.driver == "psycopg"
        ensure_default_home(store)
        assert len(store.devices()) == 12


def test_wrong_credentials_are_one_line_naming_the_server_and_the_fix(household, no_keyring):
    server, name, role = household
    with pytest.raises(DatabaseUnreachableError) as caught:
        Store.open(server.url(name, user=role, password="wrong-guess"))
    message = _one_line(caught.value)
    assert f"household database {name} on {server.socket_dir}:{server.port} as {role}" \
        in message
    assert "refused the login" in message and "PGPASSFILE" in message
    assert "wrong-guess" not in message


def test_the_password_comes_from_the_keyring(household, use_keyring):
    server, name, role = household
    url = server.url(name, user=role)
    with pytest.raises(DatabaseUnreachableError, match="refused the login"):
        Store.open(url)
    use_keyring.set_password("teachapp-postgresql", f"{role}@{server.socket_dir}", SECRET)
    with Store.open(url) as store:
        assert store.routine_names() == []


def test_the_password_comes_from_pgpassfile(household, no_keyring, tmp_path, monkeypatch):
    server, name, role = household
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:{name}:{role}:{SECRET}\n", encoding="utf-8")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    with Store.open(server.url(name, user=role)) as store:
        store.save_routine(Routine(name="Tea", phrases=[Phrase("tea")], steps=[SayStep("x")]))
        assert store.routine_names() == ["Tea"]


def test_the_password_never_reaches_messages_or_logs(household, no_keyring, caplog,
                                                     capsys):
    server, name, role = household
    url = server.url(name, user=role, password=SECRET)
    caplog.set_level(logging.DEBUG)
    with Store.open(url) as store:
        assert SECRET not in store.url and "***" in store.url
        store.save_routine(Routine(name="Tea", phrases=[Phrase("tea")], steps=[SayStep("x")]))
    assert SECRET not in display_url(database_url(url))
    with pytest.raises(DatabaseUnreachableError) as caught:
        Store.open(server.url("nowhere", user=role, password=SECRET))
    assert SECRET not in str(caught.value) and "does not exist" in str(caught.value)
    from teachapp.cli import main

    assert main(["--db", url, "backup", "now"]) == 1  # the pg_dump advice
    assert SECRET not in capsys.readouterr().err
    assert SECRET not in caplog.text


def test_libpq_options_such_as_sslmode_pass_through(pg_url):
    url = pg_url + "&sslmode=verify-full&sslrootcert=/etc/ssl/certs/none.pem&application_name=x"
    with Store.open(url) as store:
        raw = store.engine.raw_connection()
        try:
            dsn = raw.driver_connection.info.dsn
        finally:
            raw.close()
    assert "sslmode=verify-full" in dsn and "sslrootcert=/etc/ssl/certs/none.pem" in dsn


def test_a_database_a_newer_teachapp_upgraded_names_it_as_a_person_does(pg_server, pg_url,
                                                                      capsys):
    """It said "postgresql+psycopg://postgres@/t123_4?host=%2Ftmp%2F…&port=… was written
    by a newer teachapp (schema 0099). …": the URL, percent-encoded."""
    name = pg_url.split("@/", 1)[1].split("?", 1)[0]
    pg_server.execute("UPDATE alembic_version SET version_num = '0099'", database=name)
    from teachapp.cli import main

    assert main(["--db", pg_url, "list"]) == 1
    said = capsys.readouterr()
    assert not said.out
    assert said.err == (
        f"teachapp: The household database {name} on {pg_server.socket_dir}:{pg_server.port} "
        "as postgres was written by a newer teachapp (schema 0099): another computer of the "
        "household has a newer version. It was left untouched; update teachapp on this "
        "computer to open it.\n")
    assert pg_server.execute("SELECT version_num FROM alembic_version",
                             database=name) == [("0099",)]


def test_a_server_that_is_down_is_one_line_saying_what_to_do(tmp_path):
    url = f"postgresql://me@/teachapp?host={tmp_path}&port=5999"
    with pytest.raises(DatabaseUnreachableError) as caught:
        Store.open(url)
    message = _one_line(caught.value)
    assert message.startswith(f"Cannot reach {describe_server(database_url(url))}")
    assert "server is down or not reachable" in message and "Start it" in message


def test_a_change_cut_off_mid_transaction_leaves_nothing_half_written(pg_server, pg_url):
    from teachapp.store.tables import RoutineRow

    with Store.open(pg_url) as store:
        with pytest.raises(DatabaseUnreachableError) as caught:
            with store.transaction() as s:
                s.add(RoutineRow(name="Half", name_key="half"))
                s.flush()
                pid = s.exec(text("SELECT pg_backend_pid()")).one()[0]
                pg_server.execute(f"SELECT pg_terminate_backend({pid})")
                s.add(RoutineRow(name="Other half", name_key="other half"))
                s.flush()
        message = _one_line(caught.value)
        assert "connection to the household database" in message and "was lost" in message
        assert "Nothing was half-written" in message
        # The next call reconnects by itself and finds nothing of the cut-off change.
        assert store.routine_names() == []


@pytest.fixture
def own_server():
    """A server of this test's own, to stop and start."""
    from pg_support import PostgresServer

    server = PostgresServer().init().start()
    yield server
    server.destroy()


def test_a_server_lost_mid_session_is_reported_then_reconnected_by_itself(own_server):
    url = own_server.url("postgres")
    with Store.open(url) as store:
        ensure_default_home(store)
        feed = store.changes()
        own_server.stop()
        with pytest.raises(DatabaseUnreachableError) as caught:
            store.routine_names()
        assert "Cannot reach the household database postgres" in _one_line(caught.value) \
            or "was lost" in str(caught.value)
        change = feed.poll()
        assert not change.reachable and change.problem
        _watch_passes(store, 3, said := [])  # chat's schedules while the server is down
        assert len(said) == 1 and "Cannot reach the household database" in said[0], said
        own_server.start()
        assert len(store.devices()) == 12  # the same Store, no restart
        assert feed.wait(30).reachable
        feed.close()


def _watch_passes(store: Store, passes: int, said: list[str]) -> None:
    """``passes`` passes of the schedule watch chat and the window run, without waiting:
    it said the server's trouble at every pass (every 15 s in chat, said again and
    again while the server was down)."""
    import threading

    from teachapp.conversation.awareness import HomeWatch
    from teachapp.home import SimulatedBackend
    from teachapp.settings import Settings

    class Passes:
        t = 1_800_000_000.0
        left = passes

        def now(self) -> float:
            return self.t

        def wait(self, seconds: float, stop: threading.Event) -> bool:
            self.t += seconds
            self.left -= 1
            return self.left <= 0

    HomeWatch(store, SimulatedBackend(store), Settings(), clock=Passes(),
              announce=said.append).run(threading.Event())


_HOLD_LOCK = """
import sys, time, psycopg
from teachapp.store.server import WRITE_LOCK_KEY
con = psycopg.connect(sys.argv[1])
con.execute(f"SELECT pg_advisory_xact_lock({WRITE_LOCK_KEY})")
print("holding", flush=True)
time.sleep(float(sys.argv[2]))
con.execute("INSERT INTO routine (name, name_key, enabled, source, created_at, updated_at, "
            "version) VALUES ('First', 'first', true, 'cli', now(), now(), 1)")
con.commit()
"""


def test_a_write_waits_for_another_computers_write_instead_of_failing(pg_server, pg_url):
    name = pg_url.split("@/", 1)[1].split("?", 1)[0]
    conninfo = f"host={pg_server.socket_dir} port={pg_server.port} user=postgres dbname={name}"
    with Store.open(pg_url) as store:
        holder = subprocess.Popen([sys.executable, "-c", _HOLD_LOCK, conninfo, "1.5"],
                                  cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, env={**os.environ, "PYTHONPATH": str(REPO)})
        assert holder.stdout.readline().strip() == "holding"
        store.save_routine(Routine(name="Patient", phrases=[Phrase("patient")],
                                   steps=[SayStep("waited")]))
        holder.communicate(timeout=60)
        assert holder.returncode == 0
        # The save waited for the other writer's commit: it was written after it.
        with store.engine.connect() as connection:
            order = [row[0] for row in connection.exec_driver_sql(
                "SELECT name FROM routine ORDER BY id")]
        assert order == ["First", "Patient"]


def test_backup_on_postgresql_says_what_to_do_and_the_advice_works(pg_url, capsys, tmp_path):
    from pg_support import find_bin_dir

    from teachapp.cli import main

    with Store.open(pg_url) as store:
        store.save_routine(Routine(name="Tea", phrases=[Phrase("tea")], steps=[SayStep("x")]))
    assert main(["--db", pg_url, "backup", "now"]) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Nothing was backed up" in err and "pg_dump" in err
    command = err.split("tool: ", 1)[1].split(" (put it back", 1)[0]
    target = command.split("'")[1]
    assert target.startswith("postgresql://postgres@/")
    dump = tmp_path / "teachapp.dump"
    subprocess.run([str(find_bin_dir() / "pg_dump"), "--format=custom", f"--file={dump}",
                    target], check=True, capture_output=True, timeout=120)
    listing = subprocess.run([str(find_bin_dir() / "pg_restore"), "--list", str(dump)],
                             check=True, capture_output=True, text=True).stdout
    assert "TABLE public routine" in listing


# ------------------------------------------------- the command line, as a person meets it

NOTHING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PGPASSFILE": "/nonexistent/pgpass"}
"""No keyring and no password file: libpq has no password of its own to try."""


def _login_refused(teachapp_cli, url: str) -> str:
    proc = teachapp_cli("--db", url, "list", env=NOTHING)
    assert proc.returncode == 1 and not proc.stdout, proc.stdout
    message = proc.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert "refused the login" in message and "Nothing was changed" in message
    return message


def test_a_wrong_password_in_the_url_is_said_to_be_that(household, teachapp_cli):
    server, name, role = household
    message = _login_refused(teachapp_cli, server.url(name, user=role, password="wrong-guess"))
    assert "The user name or the password written in --db is wrong: correct it" in message
    assert "put it in the file PGPASSFILE names (~/.pgpass by default: this computer has " \
        "no usable keyring)" in message  # (the keyring's account: in a test with one)
    assert "wrong-guess" not in message


def test_no_password_anywhere_names_the_keyring_entry_to_make(household, use_keyring,
                                                              capsys):
    from teachapp.cli import main

    server, name, role = household
    assert main(["--db", server.url(name, user=role), "list"]) == 1
    message = capsys.readouterr().err
    assert (f"No password was found for {role}: put it in the keyring (service "
            f"teachapp-postgresql, account {role}@{server.socket_dir}) or in the file "
            "PGPASSFILE names") in message
    assert "user@host" not in message


def test_no_password_and_no_keyring_says_where_else_to_keep_it(household, teachapp_cli):
    """A computer without a keyring service (a server, no desktop): it said "put it in
    the keyring (service teachapp-postgresql, …)", which that computer cannot do."""
    server, name, role = household
    message = _login_refused(teachapp_cli, server.url(name, user=role))
    assert message.endswith(f"No password was found for {role}: put it in the file "
                            "PGPASSFILE names (~/.pgpass by default: this computer has no "
                            "usable keyring), never in settings."), message


def test_a_wrong_password_kept_in_pgpass_is_not_blamed_on_the_url(household, teachapp_cli,
                                                                  tmp_path):
    server, name, role = household
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{role}:kept-but-old\n", encoding="utf-8")
    pgpass.chmod(0o600)
    proc = teachapp_cli("--db", server.url(name, user=role), "list",
                        env={**NOTHING, "PGPASSFILE": str(pgpass)})
    assert proc.returncode == 1
    assert "The user name in --db or the password kept in the file PGPASSFILE names" \
        in proc.stderr
    assert "written in --db" not in proc.stderr and "kept-but-old" not in proc.stderr


def test_a_database_that_does_not_exist_names_it_and_creates_nothing(pg_server,
                                                                     teachapp_cli):
    proc = teachapp_cli("--db", pg_server.url("no_such_household"), "list", env=NOTHING)
    assert proc.returncode == 1
    assert "household database no_such_household" in proc.stderr
    assert "does not exist on that server" in proc.stderr and "createdb" in proc.stderr
    names = {n for (n,) in pg_server.execute("SELECT datname FROM pg_database")}
    assert "no_such_household" not in names
