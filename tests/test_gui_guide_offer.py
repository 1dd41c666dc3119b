"""The first-run guide offers a phrase no routine has: after importing the examples
(or from Help › First steps in a taught home) its "Teach “reading mode”" led to
'"reading mode" already starts Reading mode. Say another phrase, or "cancel".'
Real engine, real SQLite, real widgets (offscreen)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import REPO, close_window, open_window, settle, window_fixture  # noqa: F401
from PySide6.QtWidgets import QFileDialog


def _taught(window) -> set[str]:  # noqa: ANN001
    return {p.text.casefold() for r in window.routines for p in r.phrases}


def _teach_offered(qtbot, window) -> str:  # noqa: ANN001
    """Press the guide's button and the teach panel's Next: the phrase being taught."""
    window.guide.action.click()
    qtbot.waitUntil(lambda: window.teach.session is not None, timeout=10_000)
    window.teach.next_button.click()
    qtbot.waitUntil(lambda: window.teach.session is not None
                    and window.teach.session.stage == "actions", timeout=10_000)
    return window.teach.session.phrase


def test_first_steps_in_a_taught_home_offers_a_free_phrase(qtbot, window):
    assert "reading mode" in _taught(window)
    window.show_guide()
    assert window.guide.isVisible()
    assert "reading mode" not in window.guide.action.text()
    assert "a new phrase" in window.guide.text.text()
    phrase = _teach_offered(qtbot, window)
    assert phrase.casefold() not in _taught(window)
    assert phrase in window.guide.action.text()


def test_an_import_after_the_welcome_moves_the_offer_on(qtbot, db_path, monkeypatch):
    window, bridge = open_window(qtbot, db_path)
    try:
        qtbot.waitUntil(window.guide.isVisible, timeout=10_000)
        assert window.guide.action.text() == "Teach “reading mode”"
        assert "your first phrase" in window.guide.text.text()
        monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(
            lambda *_a, **_k: (str(REPO / "assets" / "examples.yaml"), "")))
        window.act_import.trigger()
        qtbot.waitUntil(lambda: len(window.routines) == 4, timeout=10_000)
        settle(qtbot, bridge)
        assert "reading mode" not in window.guide.action.text()
        phrase = _teach_offered(qtbot, window)
        assert phrase.casefold() not in _taught(window)
        assert "already starts" not in " ".join(window.strip.lines())
    finally:
        close_window(window, bridge)
