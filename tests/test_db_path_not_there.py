"""``--db`` naming a folder that does not exist: decided, kept, and said everywhere.

DESIGN.md's contract is ``teachapp --db PATH import FILE`` on a path of the person's
choosing, and first start must need nothing configured, so a new path is made (folder
included), never refused. A mistyped path must not pass silently, so every command that
makes one says it in one line (``created_note``); ``doctor`` only looks. On main
``hunches`` made the folder without a word, and ``doctor`` made the folder, the database
and a backup, then reported "The database … holds 0 routines and 12 devices" as if it
had always been there.
"""

from __future__ import annotations

import json


def _made(path) -> str:
    return (f"teachapp: Created a new, empty database at {path} (the folder {path.parent} "
            "did not exist, so it was made too).")


def test_doctor_makes_nothing_and_says_the_folder_is_not_there(teachapp_cli, tmp_path):
    db = tmp_path / "typo" / "home.db"
    proc = teachapp_cli("--db", str(db), "doctor", "--json")
    checks = {c["check"]: c for c in map(json.loads, proc.stdout.splitlines())}
    assert checks["database"] == {
        "check": "database", "ok": False,
        "message": f"There is no database at {db}, and its folder {db.parent} does not exist "
                   "either. Check the path: the first command that uses it makes both."}
    assert not db.parent.exists()


def test_doctor_on_a_new_file_in_a_folder_that_exists(teachapp_cli, tmp_path):
    db = tmp_path / "home.db"
    proc = teachapp_cli("--db", str(db), "doctor")
    assert (f"ok      database: There is no database at {db} yet; the first command that "
            "uses it makes it there.") in proc.stdout.splitlines()
    assert not db.exists()


def test_hunches_says_it_made_the_folder(teachapp_cli, tmp_path):
    db = tmp_path / "typo" / "home.db"
    proc = teachapp_cli("--db", str(db), "hunches")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines() == [_made(db)]
    assert db.exists()
    again = teachapp_cli("--db", str(db), "hunches")
    assert again.stderr == ""  # said once: the next time the folder is there
