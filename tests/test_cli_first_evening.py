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


def _teachapp(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "TEACHAPP_DATA_DIR": str(cwd / "data"),
           "TEACHAPP_CONFIG_DIR": str(cwd / "config"), "TEACHAPP_LOG_DIR": str(cwd / "log")}
    env.pop("TEACHAPP_DB", None)
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
