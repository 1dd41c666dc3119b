"""``teachapp listen`` and ``teachapp models`` through the real command line."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from teachapp.cli import main


@pytest.fixture
def env(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("TEACHAPP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("TEACHAPP_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("TEACHAPP_SETTINGS", str(tmp_path / "config" / "settings.json"))
    monkeypatch.setenv("TEACHAPP_LOG_DIR", str(tmp_path / "log"))
    monkeypatch.setenv("LANG", "C.UTF-8")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return tmp_path


def _wav(folder: Path, text: str) -> Path:
    raw, out = folder / "raw.wav", folder / (text.replace(" ", "_") + ".wav")
    subprocess.run(["espeak-ng", "-w", str(raw), text], check=True)
    subprocess.run(["sox", str(raw), "-r", "44100", "-c", "2", str(out), "pad", "0.3", "0.8"],
                   check=True)
    return out


def test_listen_wav_json_resolves(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(env / "db.sqlite3")
    assert main(["--db", db, "teach", "party mode",
                 "--set", "light.living_room_lamp.brightness=100"]) == 0
    assert main(["--db", db, "teach", "good night",
                 "--set", "light.living_room_lamp.on=false"]) == 0
    capsys.readouterr()
    assert main(["--db", db, "listen", "--wav", str(_wav(env, "good night")), "--json"]) == 0
    last = json.loads(capsys.readouterr().out.strip().splitlines()[-1])
    assert last["transcript"] == "good night"
    assert last["decision"] == "run" and last["routine"] == "good night"
    assert {"utterance", "score", "alternatives", "timings"} <= set(last)
    assert last["timings"]["end_of_speech_to_decision"] >= last["timings"]["resolve"]


def test_listen_errors_are_one_line(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(env / "db.sqlite3")
    bad = env / "bad.wav"
    bad.write_bytes(b"not audio")
    assert main(["--db", db, "listen", "--wav", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "not a WAV file" in err
    assert main(["--db", db, "listen", "--wav", str(_wav(env, "hello")),
                 "--mode", "teach"]) == 1
    assert "models install en" in capsys.readouterr().err


def test_models_list_and_use(env: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["models", "list", "--json"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert any(r["lang"] == "ko" and r["ok"] for r in rows)
    assert main(["models", "use", str(env)]) == 1
    assert "not a Vosk model" in capsys.readouterr().err
