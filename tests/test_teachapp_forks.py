"""The tests' ``teachapp`` children forked from a server that has imported it
(tests/_teachapp_forks.py) are the children a plain ``python -m teachapp`` is: the same
replies, errors and exit codes, their own environment (a clock, a time zone) and input."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import _FORKS, REPO, run_teachapp


def _plain(*args: str, input: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "teachapp", *args], input=input,
                          capture_output=True, text=True, cwd=REPO,
                          env={**os.environ, **env})


def test_a_forked_chat_answers_as_a_plain_one_in_its_own_zone_and_clock(db_path):
    env = {"TZ": "America/New_York", "TEACHAPP_NOW": "2027-03-14T18:45:00+00:00"}
    turns = "what time is it\nturn on the lamp\nwhat's on?\n"
    forked = run_teachapp("--db", str(db_path), "--no-speech", "chat", input=turns, env=env)
    assert _FORKS.served({**os.environ, **env})
    plain = _plain("--db", str(db_path.with_suffix(".plain")), "--no-speech", "chat",
                   input=turns, env=env)
    assert forked.returncode == plain.returncode == 0
    assert forked.stdout == plain.stdout and forked.stderr == plain.stderr
    assert forked.stdout.splitlines()[0] == "It's 14:45."


def test_a_forked_failure_exits_and_says_why_as_a_plain_one(tmp_path):
    folder = tmp_path / "not a database"
    folder.mkdir()
    forked = run_teachapp("--db", str(folder), "run", "turn on the lamp")
    plain = _plain("--db", str(folder), "run", "turn on the lamp", input="", env={})
    assert forked.returncode == plain.returncode != 0
    assert forked.stdout == plain.stdout and forked.stderr == plain.stderr
    assert forked.stderr.startswith("teachapp: ")


def test_an_interpreter_setting_of_its_own_starts_a_plain_child():
    assert _FORKS.served(dict(os.environ))
    assert not _FORKS.served({**os.environ, "PYTHONHASHSEED": "7"})
    assert not _FORKS.served({**os.environ, "LC_ALL": "C"})
