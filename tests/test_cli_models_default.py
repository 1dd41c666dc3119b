"""A model folder chosen with `models use` that later went missing: the way back to
the models teachapp finds itself is a command, not a hand-edited settings file."""

from __future__ import annotations

import json

import pytest
from conftest import REPO

WAV = REPO / "tests" / "data" / "speech" / "wav" / "stp__next.wav"


@pytest.fixture
def gone_model(tmp_path):
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"speech": {"model_path": str(tmp_path / "moved-model"),
                                               "model_lang": "en"}}))
    return {"TEACHAPP_SETTINGS": str(settings)}


def test_models_use_default_forgets_a_folder_that_is_gone(teachapp_cli, tmp_path,
                                                          gone_model):
    db = str(tmp_path / "home.sqlite3")
    broken = teachapp_cli("--db", db, "listen", "--wav", str(WAV), "--json", env=gone_model)
    assert broken.returncode == 1
    # was: "… Run `teachapp models use PATH` with a complete model, or `teachapp models
    # install LANG`." (a download; no command put the bundled Whisper back)
    assert "`teachapp models use --default`" in broken.stderr
    back = teachapp_cli("models", "use", "--default", env=gone_model)
    assert back.returncode == 0, back.stderr
    assert json.loads((tmp_path / "settings.json").read_text())["speech"] == {}
    heard = teachapp_cli("--db", db, "listen", "--wav", str(WAV), "--json", env=gone_model)
    assert heard.returncode == 0, heard.stderr
    assert json.loads(heard.stdout.splitlines()[-1])["transcript"]


def test_models_use_needs_a_folder_or_default(teachapp_cli, gone_model):
    proc = teachapp_cli("models", "use", env=gone_model)
    assert proc.returncode == 2
    assert "give a model folder (PATH), or --default" in proc.stderr
