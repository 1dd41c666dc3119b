"""The first `make run` says what it is doing while pip installs (issue 17, item 22)."""

from __future__ import annotations

import shutil
import subprocess

import pytest
from conftest import REPO


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_first_make_run_announces_the_install_and_shows_pip_progress(tmp_path):
    venv = tmp_path / "fresh-venv"  # no environment yet: what a new clone meets
    proc = subprocess.run(["make", "-n", "-C", str(REPO), "run", f"VENV={venv}"],
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    install = next(line for line in lines if "install" in line and " -e ." in line)
    assert " -q" not in install and "--progress-bar on" in install
    said = [line for line in lines if line.startswith("echo") and "installing" in line]
    assert said and lines.index(said[0]) < lines.index(install)
