"""What a person meets on a first evening with an installed teachapp (the bundle, pipx):
the README's commands typed away from a checkout, through the real CLI in a subprocess."""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
from pathlib import Path

from teachapp.paths import assets_dir

REPO = Path(__file__).resolve().parent.parent


def _teachapp(cwd: Path, *args: str, now: str | None = None
              ) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "TEACHAPP_DATA_DIR": str(cwd / "data"),
           "TEACHAPP_CONFIG_DIR": str(cwd / "config"), "TEACHAPP_LOG_DIR": str(cwd / "log")}
    env.pop("TEACHAPP_DB", None)
    env.pop("TEACHAPP_NOW", None)
    if now is not None:  # (the clock every command reads: docs/cli.md)
        env["TEACHAPP_NOW"] = now
    return subprocess.run([sys.executable, "-m", "teachapp", "--no-speech", *args], cwd=cwd,
                          env=env, capture_output=True, text=True, timeout=120)


def test_the_readmes_example_import_away_from_a_checkout_names_teachapps_own_copy(
        tmp_path: Path) -> None:
    """README: `teachapp import assets/examples.yaml`. In a home folder (the bundle, a
    pipx install) it said "assets/examples.yaml: the file does not exist; check the
    path." and nothing said where the app's own copy is."""
    said = _teachapp(tmp_path, "import", "assets/examples.yaml")
    own = assets_dir() / "examples.yaml"
    assert said.returncode == 1 and said.stdout == ""
    assert said.stderr == (
        f"teachapp: assets/examples.yaml: the file does not exist here ({tmp_path}). "
        f"teachapp's own examples.yaml is at {own}; import it with: "
        f"teachapp import {shlex.quote(str(own))}\n")
    command = said.stderr.rsplit("import it with: ", 1)[1].split()
    done = _teachapp(tmp_path, *command[1:])
    assert done.returncode == 0, done.stderr
    assert "Imported 4 routines" in done.stdout


def test_a_missing_file_of_another_name_is_said_as_before(tmp_path: Path) -> None:
    said = _teachapp(tmp_path, "import", "my-routines.yaml")
    assert said.returncode == 1
    assert said.stderr == ("teachapp: my-routines.yaml: the file does not exist; check "
                           "the path.\n")


def _chat_on_a_terminal(tmp_path: Path, typed: bytes, *before: str) -> tuple[int, str]:
    import pty

    for args in before:
        assert _teachapp(tmp_path, *shlex.split(args)).returncode == 0
    env = {**os.environ, "PYTHONPATH": str(REPO), "TEACHAPP_DATA_DIR": str(tmp_path / "data"),
           "TEACHAPP_CONFIG_DIR": str(tmp_path / "config"),
           "TEACHAPP_LOG_DIR": str(tmp_path / "log")}
    env.pop("TEACHAPP_DB", None)
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "teachapp", "--no-speech", "chat"],
                            cwd=tmp_path, env=env, stdin=follower, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    os.close(follower)
    os.write(leader, typed + b"\x04")  # (Ctrl-D after it: a chat that did not leave ends)
    out, err = proc.communicate(timeout=120)
    os.close(leader)
    return proc.returncode, (out + err).decode()


def test_quit_typed_at_the_terminal_leaves_the_chat(tmp_path: Path) -> None:
    """A person types "quit" (or "exit") to leave, as in any terminal program; it was a
    turn ("OK, I'll leave things as they are. Say "undo" to put back the last run.")
    and the prompt came back."""
    status, said = _chat_on_a_terminal(tmp_path, b"quit\nhelp\n")
    assert status == 0, said
    assert '"quit" or Ctrl-D to leave.' in said
    assert "leave things as they are" not in said
    assert "to hear the words for anything else" not in said  # ("help" after: never read)


def test_a_routine_taught_as_exit_still_runs_from_the_terminal(tmp_path: Path) -> None:
    status, said = _chat_on_a_terminal(
        tmp_path, b"exit\n", "teach exit --set light.desk_lamp.brightness=30")
    assert status == 0, said
    assert "Desk lamp" in said and "30 %" in said


def test_list_shows_a_routines_schedule_and_who_runs_it(tmp_path: Path) -> None:
    """After "run study mode every weekday at 7pm", `teachapp list` showed the phrases
    and steps only: nothing said it had a schedule, nor that a schedule runs only while
    the window or `teachapp service` runs (a run missed meanwhile is not made up)."""
    env_now = "2026-12-06T12:00+00:00"  # a Sunday
    assert _teachapp(tmp_path, "teach", "study mode",
                     "--set", "light.desk_lamp.brightness=80").returncode == 0
    done = _teachapp(tmp_path, "run", "run study mode every weekday at 7pm", now=env_now)
    assert done.returncode == 0, done.stderr
    listed = _teachapp(tmp_path, "list", now=env_now)
    assert listed.returncode == 0, listed.stderr
    lines = listed.stdout.splitlines()
    assert lines[lines.index("  does: set Desk lamp on at 80 %") + 1] == (
        "  runs: every weekday at 19:00 (next: Mon 7 Dec 19:00)")
    assert lines[-1] == ("(Schedules and timers run while the teachapp window or "
                         "'teachapp service' is running; a run due while neither was is "
                         "not made up later.)")
    (tmp_path / "other").mkdir()
    plain = _teachapp(tmp_path / "other", "list")  # (another data folder: nothing taught)
    assert "runs:" not in plain.stdout and "Schedules and timers" not in plain.stdout
