"""A large routine file: read once, saved in bulk with every check a single save makes,
all or nothing, and its progress shown on a terminal (speed itself: benchmarks/import_large.py).
"""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import REPO
from sqlalchemy import event

from teachapp.conversation.library import OnClash, apply_import, plan_import
from teachapp.errors import ConflictError, TeachappError
from teachapp.store import Store

sys.path.insert(0, str(REPO / "benchmarks"))
from import_large import household_file  # noqa: E402  (the benchmark's own household)


def _write(tmp_path: Path, count: int, name: str = "routines.json") -> Path:
    path = tmp_path / name
    path.write_text(household_file(count), encoding="utf-8")
    return path


def _statements_to_import(tmp_path: Path, count: int) -> int:
    path = _write(tmp_path, count, f"r{count}.json")
    with Store.open(tmp_path / f"s{count}.sqlite3") as store:
        seen: list[str] = []
        event.listen(store.engine, "before_cursor_execute",
                     lambda *args: seen.append(args[2]))
        apply_import(store, plan_import(store, path))
        assert len(store.routine_names()) == count
        return len(seen)


def test_statements_do_not_grow_with_the_routines_in_the_file(tmp_path):
    """Saving one routine at a time ran ~8 statements a routine (88,000 routines: over
    ten minutes); in bulk, four times the routines take about as many statements."""
    few, many = _statements_to_import(tmp_path, 50), _statements_to_import(tmp_path, 200)
    assert many <= few + 10, (few, many)


def test_a_bulk_import_keeps_the_checks_and_changes_nothing_when_one_fails(tmp_path):
    path = _write(tmp_path, 300)
    doc = json.loads(path.read_text())
    with Store.open(tmp_path / "home.sqlite3") as store:
        apply_import(store, plan_import(store, path))
        for _ in range(3):  # used three times: the count survives a replacement
            store.mark_used("Routine 7", "time for harbor")
        before = {r.name: r.phrase_texts() for r in store.routines()}
        # Another routine's phrase, given to a new routine: nothing of the file goes in.
        late = {"name": "Late one", "phrases": ["amber mode"], "steps": [{"say": "hi"}]}
        doc["routines"] = [*doc["routines"][1:], late]
        clash = tmp_path / "clash.json"
        clash.write_text(json.dumps(doc), encoding="utf-8")
        with pytest.raises(ConflictError, match="'amber mode' already starts routine "
                           "'Routine 0'"):
            apply_import(store, plan_import(store, clash), OnClash.REPLACE)
        assert {r.name: r.phrase_texts() for r in store.routines()} == before
        # Without --replace the names that exist stop it before anything changes.
        with pytest.raises(ConflictError, match="already exists"):
            apply_import(store, plan_import(store, path))
        # Replacing: same routines, each a new version.
        report = apply_import(store, plan_import(store, path), OnClash.REPLACE)
        assert (report.imported, report.replaced) == (300, 300)
        assert {r.name: r.phrase_texts() for r in store.routines()} == before
        assert {r.version for r in store.routines()} == {2}
        uses = {p.text: p.uses for p in store.routine("Routine 7").phrases}
        assert uses == {"harbor mode": 0, "time for harbor": 3}


def test_a_step_on_a_device_not_in_the_home_names_the_routine(tmp_path):
    with Store.open(tmp_path / "home.sqlite3") as store:
        apply_import(store, plan_import(store, _write(tmp_path, 20)))
        from teachapp.domain import Phrase, Routine, SetStep

        bad = Routine(name="Ghost", phrases=[Phrase("ghost lamp on")],
                      steps=[SetStep("light.ghost", {"on": True})])
        with pytest.raises(TeachappError, match="Routine 'Ghost': there is no device "
                           "'light.ghost'"):
            store.import_all([], [bad])
        assert "Ghost" not in store.routine_names()


def test_a_large_import_on_a_terminal_shows_how_it_goes_then_the_result(tmp_path):
    path = _write(tmp_path, 1200)  # ~240 KiB
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "teachapp", "--db",
                             str(tmp_path / "big.sqlite3"), "import", str(path)],
                            cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                            stdout=subprocess.PIPE, stderr=follower)
    os.close(follower)
    screen = b""
    while True:
        try:
            chunk = os.read(leader, 4096)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        screen += chunk
    out, _ = proc.communicate(timeout=600)
    os.close(leader)
    assert proc.returncode == 0, screen.decode(errors="replace")
    text = screen.decode()
    assert f"Importing {path}: reading the file" in text
    assert "checking the routines" in text
    assert "saving 1,200 of 1,200 (100 %)" in text
    assert text.endswith("\r")  # the line is cleared for what comes after
    assert out.decode() == f"Imported 1200 routines and 40 devices from {path}.\n"


def test_a_large_import_into_a_pipe_prints_the_result_alone(teachapp_cli, tmp_path):
    path = _write(tmp_path, 700)
    proc = teachapp_cli("--db", str(tmp_path / "big.sqlite3"), "import", str(path))
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout == f"Imported 700 routines and 40 devices from {path}.\n"
