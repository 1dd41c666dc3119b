"""Settings → Speech: a folder that is no speech model is said in red, naming the
folder once, with the window's way out. It said, in the grey of a note, "/x/model
cannot be used as a Vosk model: /x/model is not a Vosk model (…). Point to … or install
one with `teachapp models install LANG`." (the folder twice, the command line's fix)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtWidgets import QFileDialog

from teachapp.errors import ModelError
from teachapp.speech.models import ModelManager


def test_a_broken_model_folder_is_said_once_in_red_with_the_windows_fix(
        qtbot, window, tmp_path, monkeypatch):
    from teachapp.gui.settings_dialog import SettingsDialog

    folder = tmp_path / "my-model"
    (folder / "conf").mkdir(parents=True)
    (folder / "notes.txt").write_text("not a model", encoding="utf-8")
    before = window.settings.get("speech", "model_path")
    dialog = SettingsDialog(window.bridge, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, window.bridge)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    dialog._use_folder()
    problem = dialog.model_problem
    qtbot.waitUntil(lambda: bool(problem.text()), timeout=10_000)
    text = problem.text()
    assert text.startswith(f"{folder.resolve()} is not a Vosk model (am/final.mdl")
    assert text.count(str(folder.resolve())) == 1
    assert "teachapp models" not in text and "“Use a folder…”" in text
    assert problem.objectName() == "error" and problem.isVisible()
    assert not dialog.model_note.isVisible()  # no empty note's gap above it
    assert window.settings.get("speech", "model_path") == before  # nothing chosen


def test_the_command_line_keeps_its_own_fix(tmp_path):
    folder = tmp_path / "my-model"
    folder.mkdir()
    with pytest.raises(ModelError) as info:
        ModelManager.validate(folder)
    said = str(info.value)
    assert said.count(str(folder.resolve())) == 1
    # (Whisper's files named too: an empty folder chosen for English was told only of
    # Vosk's am/, conf/ and graph/)
    assert said.endswith("(a Vosk model holds am/, conf/ and graph/; Whisper tiny.en holds "
                         "model.bin, config.json and tokenizer.json), or install one with "
                         "`teachapp models install LANG` (`whisper-tiny.en` for English).")
