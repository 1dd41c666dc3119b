"""Teaching's first step in the window: with the phrase box open, a person who first
shows the app what to do on a tile (the design: "the person shows it") switched the real
device at once, and the routine never learned it (step 2 then said "No targets yet.").
Now a tile set while teaching is a target on any step: nothing moves, the tile shows
it, and the first step says what the phrase will set."""

from __future__ import annotations

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt

from teachapp.domain import SetStep

LAMP = "light.desk_lamp"


def test_a_tile_set_before_the_phrase_is_what_the_phrase_does(qtbot, window):
    bridge = window.bridge
    store = bridge.engine.store
    window.act_teach.trigger()
    qtbot.waitUntil(lambda: window.teach.isVisible(), timeout=5000)
    assert window.teach.pages.currentIndex() == 0
    hint = window.teach.shown_first.text() if hasattr(window.teach, "shown_first") else ""
    before = store.device(LAMP).state
    tile = window.panel.tiles[LAMP]
    qtbot.mouseClick(tile.editor("on").focus_widget(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: LAMP in window.teach.session.targets
                    or store.device(LAMP).state != before, timeout=5000)
    settle(qtbot, bridge)
    assert store.device(LAMP).state == before  # was: the lamp switched on at once
    assert "nothing moves until it runs" in hint
    assert tile.target() == {"on": True}
    assert window.teach.pages.currentIndex() == 0  # still asking for the phrase
    shown = window.teach.shown_first.text()
    assert shown.startswith("It will set: Desk lamp") and "nothing has moved" in shown

    qtbot.keyClicks(window.teach.phrase, "lamp please")
    qtbot.keyClick(window.teach.phrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.teach.session.stage == "actions", timeout=5000)
    settle(qtbot, bridge)
    assert window.teach.targets.text().startswith("Targets: Desk lamp")
    qtbot.mouseClick(window.teach.review_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.teach.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.teach.session is None, timeout=5000)
    settle(qtbot, bridge)
    assert store.routine("lamp please").steps == [SetStep(LAMP, {"on": True})]
    assert store.device(LAMP).state == before


def test_a_tile_out_of_teaching_still_changes_the_device(qtbot, window):
    store = window.bridge.engine.store
    tile = window.panel.tiles[LAMP]
    qtbot.mouseClick(tile.editor("on").focus_widget(), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.device(LAMP).state["on"] is True, timeout=5000)
    settle(qtbot, window.bridge)
    assert tile.target() is None
