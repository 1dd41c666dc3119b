"""A routine with no steps (imported so, or every step removed), run: it says so.

On main `teachapp run "quiet please"` printed "quiet:" and nothing after it, exit 0, and
chat said "Quiet." as if it had done what it does; a person could not tell the routine
was empty. Now the engine says it, one line for chat, the window and `run`.
"""

from __future__ import annotations

from conftest import chat_lines

SAID = ("Quiet does nothing yet: it has no steps, so nothing changed. Give it one, e.g. "
        "\"add turn on the lamp to quiet\", or in the window's Routine tab.")


def _imported(teachapp_cli, tmp_path) -> str:
    db = str(tmp_path / "home.db")
    routines = tmp_path / "routines.yaml"
    routines.write_text("version: 1\nroutines:\n  - name: quiet\n    phrases: [quiet please]\n"
                        "    steps: []\n", encoding="utf-8")
    proc = teachapp_cli("--db", db, "import", str(routines))
    assert proc.returncode == 0, proc.stderr
    return db


def test_run_says_the_routine_has_no_steps(teachapp_cli, tmp_path):
    db = _imported(teachapp_cli, tmp_path)
    proc = teachapp_cli("--db", db, "--no-speech", "run", "quiet please")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [SAID]


def test_chat_says_it_and_the_advice_works(teachapp_cli, tmp_path):
    db = _imported(teachapp_cli, tmp_path)
    lines = chat_lines(db, "quiet please", "add turn on the desk lamp to quiet", "yes",
                       "quiet please")
    assert lines[0] == SAID
    assert lines[-1] == "Quiet: turned on Desk lamp."
