"""A device change is shown (and so read by a screen reader) once: the engine's event,
a tile's own reply and the change feed's re-read of every device each redrew the tile,
two or three times per change, and every other tile with it after the re-read."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton


def _redraws(window) -> dict[str, list[dict]]:
    """Each tile's redraws, by device: the states it was given."""
    seen: dict[str, list[dict]] = {}
    for device_id, tile in window.panel.tiles.items():
        seen[device_id] = []

        def redraw(device, tile=tile, log=seen[device_id]):
            log.append(dict(device.state))
            type(tile).set_device(tile, device)

        tile.set_device = redraw
    return seen


def _until_reread(qtbot, window, action) -> None:
    """Do ``action`` and wait until the change feed has read the devices again."""
    with qtbot.waitSignal(window.bridge.household.changed, timeout=10_000,
                          check_params_cb=lambda topics: "devices" in topics):
        action()
    settle(qtbot, window.bridge)


def test_a_tile_change_redraws_its_tile_once(qtbot, window):
    seen = _redraws(window)
    toggle = window.panel.tiles["light.desk_lamp"].editor("on").findChild(QPushButton)
    on = not toggle.isChecked()
    _until_reread(qtbot, window,
                  lambda: qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton))
    assert [s["on"] for s in seen["light.desk_lamp"]] == [on]
    assert not any(states for device, states in seen.items() if device != "light.desk_lamp")


def test_a_typed_command_redraws_the_tile_it_changed_once(qtbot, window):
    on = not window.panel.tiles["light.desk_lamp"].device.state.get("on")
    seen = _redraws(window)

    def typed() -> None:
        window.strip.entry.setText(f"turn the desk lamp {'on' if on else 'off'}")
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)

    _until_reread(qtbot, window, typed)
    assert window.strip.lines()[-1].startswith("Desk lamp: ")
    assert [s["on"] for s in seen["light.desk_lamp"]] == [on]
    assert not any(states for device, states in seen.items() if device != "light.desk_lamp")
