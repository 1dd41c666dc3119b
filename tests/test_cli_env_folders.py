"""TEACHAPP_*_DIR pointing where no folder can be made: one line naming the variable.

They were "teachapp: unexpected error: FileExistsError: [Errno 17] File exists: …"
(or OSError: [Errno 30] Read-only file system) with a traceback in the log.
"""

from __future__ import annotations

import pytest


@pytest.fixture
def in_the_way(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder\n")
    return blocker


@pytest.mark.parametrize(("variable", "what"), [("TEACHAPP_DATA_DIR", "data"),
                                                ("TEACHAPP_CONFIG_DIR", "settings")])
def test_a_folder_variable_naming_a_file_says_which_and_how(teachapp_cli, tmp_path,
                                                            in_the_way, variable, what):
    env = {"TEACHAPP_DB": "", "TEACHAPP_DATA_DIR": str(tmp_path / "data"),
           "TEACHAPP_CONFIG_DIR": str(tmp_path / "config"), variable: str(in_the_way)}
    proc = teachapp_cli("list", env=env)
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"teachapp: Cannot make teachapp's {what} folder {in_the_way}: a file of that name "
        f"is in the way. Set {variable} to a folder you can write to, or unset it to use "
        + proc.stderr.strip().rsplit("unset it to use ", 1)[1])
    assert "unexpected error" not in proc.stderr
    assert in_the_way.read_text() == "not a folder\n"


def test_the_log_and_cache_folders_are_not_needed(teachapp_cli, tmp_path, in_the_way):
    env = {"TEACHAPP_LOG_DIR": str(in_the_way), "TEACHAPP_CACHE_DIR": str(in_the_way),
           "TEACHAPP_CONFIG_DIR": str(tmp_path / "config")}
    proc = teachapp_cli("--db", str(tmp_path / "home.sqlite3"), "run", "desk lamp on",
                        env=env)
    assert proc.returncode == 0, proc.stderr
    assert "Desk lamp" in proc.stdout


def test_a_database_url_of_an_unknown_kind_says_what_works(teachapp_cli, tmp_path):
    proc = teachapp_cli("list", env={"TEACHAPP_DB": "foo://bar/home"})
    assert proc.returncode == 1
    # was: "Cannot open the database foo://bar/home: Can't load plugin: sqlalchemy.dialects:foo"
    assert proc.stderr == ("teachapp: 'foo://bar/home' is not a kind of database teachapp can "
                           "use; give a file path, or a URL like "
                           "postgresql://user@host/teachapp.\n")


def test_a_missing_driver_other_than_postgresql_is_not_sent_to_the_postgres_extra(
        teachapp_cli):
    proc = teachapp_cli("--db", "mysql://me@127.0.0.1/home", "list")
    assert proc.returncode == 1
    # was: "… needs a driver that is not installed (…); install teachapp with the postgres
    # extra: pip install 'teachapp[postgres]'."
    assert "needs a driver that is not installed" in proc.stderr
    assert "postgres" not in proc.stderr and "install that Python driver" in proc.stderr
