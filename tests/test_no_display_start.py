"""``teachapp`` with no display, on a terminal: the chat it starts gives its hint once
(the start line repeated "Type 'help' for ideas, Ctrl-D to leave")."""

from __future__ import annotations

import os
import pty
import subprocess
import sys

from conftest import REPO


def test_the_hint_line_is_given_once(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["PYTHONPATH"] = str(REPO)
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "teachapp", "--db",
                             str(tmp_path / "home.sqlite3"), "--no-speech"],
                            cwd=REPO, env=env, stdin=follower, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    os.close(follower)
    os.write(leader, b"\x04")  # Ctrl-D: leave at once
    out, err = proc.communicate(timeout=120)
    os.close(leader)
    said = (err + out).decode()
    assert proc.returncode == 0, said
    assert "no display found; starting the terminal dialogue ('teachapp chat')." in said
    assert said.count("Ctrl-D to leave") == 1, said
    assert said.count("help") == 1, said
