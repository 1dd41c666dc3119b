"""``install_desktop.sh --service`` writes (and removes) the systemd user service."""

import os
import subprocess
from pathlib import Path

from conftest import REPO


def test_the_service_unit_runs_teachapp_service_and_is_removed_again(tmp_path: Path):
    env = {**os.environ, "PATH": f"{REPO / '.venv' / 'bin'}:{os.environ['PATH']}"}
    script = str(REPO / "packaging" / "install_desktop.sh")
    args = ["--data-home", str(tmp_path / "data"), "--config-home", str(tmp_path / "cfg")]
    done = subprocess.run(["sh", script, "--exec", "true", "--service", *args], env=env,
                          capture_output=True, text=True, check=True)
    unit = tmp_path / "cfg" / "systemd" / "user" / "teachapp.service"
    text = unit.read_text()
    assert "--no-speech service" in text and "WantedBy=default.target" in text
    assert "teachapp user service" in done.stdout
    subprocess.run(["sh", script, "--uninstall", *args], env=env, check=True,
                   capture_output=True)
    assert not unit.exists()
