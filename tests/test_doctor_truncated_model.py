"""``teachapp doctor`` on a speech model whose weights are cut short (a copy or a
download that stopped): it said "ok"; now it says what is wrong and how to fix it,
from the file's size against the model's own (cheap: nothing is hashed or loaded)."""

from __future__ import annotations

import json
import shutil

import pytest

from teachapp.speech.whisper_model import packaged_whisper


@pytest.fixture
def cut_short(tmp_path):
    source = packaged_whisper()
    if source is None:
        pytest.skip("the Whisper model package is not installed")
    folder = tmp_path / "whisper copy"
    folder.mkdir()
    for name in ("config.json", "tokenizer.json", "vocabulary.txt"):
        shutil.copy(source / name, folder / name)
    with (source / "model.bin").open("rb") as whole, (folder / "model.bin").open("wb") as cut:
        cut.write(whole.read(3 * 1024 * 1024))
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"speech": {"whisper_path": str(folder)}}))
    return folder, {"TEACHAPP_SETTINGS": str(settings)}


def test_doctor_says_a_truncated_model_is_cut_short_and_how_to_fix_it(teachapp_cli,
                                                                    cut_short):
    folder, env = cut_short
    proc = teachapp_cli("doctor", env=env)
    row = next(line for line in proc.stdout.splitlines() if f"{folder} (settings)" in line
               and line.split()[1] == "model")
    assert not row.startswith("ok"), row
    assert "model.bin is cut short (3.0 MB of 72.0 MB: a truncated copy)" in row
    assert "`teachapp models install whisper-tiny.en`" in row


def test_a_config_file_cut_short_is_named(teachapp_cli, cut_short):
    folder, env = cut_short
    shutil.copy(packaged_whisper() / "model.bin", folder / "model.bin")
    text = (folder / "config.json").read_text()
    (folder / "config.json").write_text(text[: len(text) // 2])
    proc = teachapp_cli("doctor", env=env)
    assert "config.json is not whole" in proc.stdout
