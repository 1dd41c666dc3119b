"""Phrases left out in the window's routine editor are taken off as "forget …" said
takes one: the window's Undo (or "undo" said next) puts them back. It could not: Undo
took back the newest run, and a learned phrase removed there stayed gone."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt

from teachapp.domain import PhraseOrigin


def _phrases(store, name):
    return {p.text: str(p.origin) for p in store.routine(name).phrases}


def test_phrases_removed_in_the_editor_come_back_with_undo(qtbot, window):
    assistant = window.bridge.assistant
    store = assistant.store
    assistant.handle_text("turn on the desk lamp")  # (a run Undo took back instead)
    assistant.handle_text("also call reading mode book time")
    store.add_phrase("Reading mode", "reading time", origin=PhraseOrigin.LEARNED)
    window.reload_routines()
    settle(qtbot, window.bridge)
    window.open_routine("Reading mode")
    qtbot.waitUntil(lambda: window.editor.routine_name == "Reading mode", timeout=5000)
    editor = window.editor
    for text in ("book time", "reading time"):
        row = next(r for r in editor.phrase_rows() if r.text() == text)
        qtbot.mouseClick(row.remove, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not editor.dirty, timeout=5000)
    settle(qtbot, window.bridge)
    assert not {"book time", "reading time"} & set(_phrases(store, "Reading mode"))

    window.undo()
    settle(qtbot, window.bridge)
    assert window.statusBar().currentMessage() == (
        'Undone: "book time" and "reading time" start reading mode again.')
    phrases = _phrases(store, "Reading mode")
    assert phrases["book time"] == "alias" and phrases["reading time"] == "learned"
    assert store.device("light.desk_lamp").state["on"] is True  # the run stays
    qtbot.waitUntil(lambda: {"book time", "reading time"} <= {
        r.text() for r in editor.phrase_rows()}, timeout=5000)


def test_a_phrase_removed_in_the_history_comes_back_with_undo_said(qtbot, window):
    assistant = window.bridge.assistant
    store = assistant.store
    assistant.handle_text("also call reading mode book time")
    assistant.remove_alias("Reading mode", "book time")
    assert "book time" not in _phrases(store, "Reading mode")
    assert assistant.handle_text("undo") == ['Undone: "book time" starts reading mode again.']
    assert _phrases(store, "Reading mode")["book time"] == "alias"
