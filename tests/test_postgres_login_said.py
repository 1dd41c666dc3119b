"""What `teachapp --db postgresql://…` says when the shared database cannot be opened:
a wrong password, a user name the server does not know, a database that does not exist.
The command line as a child process against a real PostgreSQL server; each message says
what is wrong and how to fix it, and nothing in the database changes."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.postgres

SECRET = "s3cret-Pa55"
NOTHING = {"PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
           "PGPASSFILE": "/nonexistent/pgpass"}
"""No keyring and no password file: libpq has no password of its own to try."""


@pytest.fixture
def household(pg_server, pg_url):
    name = pg_url.split("@/", 1)[1].split("?", 1)[0]
    role = f"household_{name}"
    pg_server.add_role(role, SECRET, name)
    return pg_server, name, role


def _refused(teachapp_cli, url: str) -> str:
    proc = teachapp_cli("--db", url, "list", env=NOTHING)
    assert proc.returncode == 1 and not proc.stdout, proc.stdout
    message = proc.stderr.strip()
    assert "\n" not in message and "Traceback" not in message
    assert "refused the login" in message and "Nothing was changed" in message
    return message


def test_a_wrong_password_in_the_url_is_said_to_be_that(household, teachapp_cli):
    server, name, role = household
    message = _refused(teachapp_cli, server.url(name, user=role, password="wrong-guess"))
    assert "The user name or the password written in --db is wrong: correct it" in message
    assert f"account {role}@{server.socket_dir})" in message
    assert "wrong-guess" not in message


def test_no_password_anywhere_names_the_keyring_entry_to_make(household, teachapp_cli):
    server, name, role = household
    message = _refused(teachapp_cli, server.url(name, user=role))
    assert (f"No password was found for {role}: put it in the keyring (service "
            f"teachapp-postgresql, account {role}@{server.socket_dir})") in message
    assert "user@host" not in message


def test_a_wrong_password_kept_in_pgpass_is_not_blamed_on_the_url(household, teachapp_cli,
                                                                  tmp_path):
    server, name, role = household
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"*:*:*:{role}:kept-but-old\n", encoding="utf-8")
    pgpass.chmod(0o600)
    proc = teachapp_cli("--db", server.url(name, user=role), "list",
                        env={**NOTHING, "PGPASSFILE": str(pgpass)})
    assert proc.returncode == 1
    assert "The user name in --db or the password kept in the keyring" in proc.stderr
    assert "written in --db" not in proc.stderr and "kept-but-old" not in proc.stderr


def test_a_database_that_does_not_exist_names_it_and_creates_nothing(pg_server,
                                                                     teachapp_cli):
    proc = teachapp_cli("--db", pg_server.url("no_such_household"), "list", env=NOTHING)
    assert proc.returncode == 1
    assert "household database no_such_household" in proc.stderr
    assert "does not exist on that server" in proc.stderr and "createdb" in proc.stderr
    names = {n for (n,) in pg_server.execute("SELECT datname FROM pg_database")}
    assert "no_such_household" not in names
