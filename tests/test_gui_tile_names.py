"""A device's name is shown whole on its tile, whatever the window's width.

On main a tile is as wide as the flow of tiles gives it (about 260 px at 1920x1080 and
at the default 1280x820 with the sidebar), and its power button takes a third of that, so
"Living room lamp" read "Living room la" and "Office speaker" lost its last letter: the
name label was one line, cut where the button begins. It now wraps to a second line and
the tile is as tall as that needs.
"""

from __future__ import annotations

import pytest
from gui_helpers import close_window, open_window
from PySide6.QtCore import QRect, Qt


def _cut(label) -> bool:  # noqa: ANN001
    """Whether ``label`` shows less than its text: the text, wrapped at the label's width,
    is wider or taller than the label."""
    needed = label.fontMetrics().boundingRect(
        QRect(0, 0, label.width(), 10_000), int(Qt.TextFlag.TextWordWrap), label.text())
    return needed.width() > label.width() or needed.height() > label.height()


@pytest.mark.parametrize("size", [(1920, 1080), (1280, 820), (900, 600)])
def test_every_tile_shows_its_whole_name(qtbot, tmp_path, size):
    window, bridge = open_window(qtbot, tmp_path / "home.db")
    try:
        window.resize(*size)
        qtbot.waitUntil(lambda: window.panel.viewport().width() > size[0] // 2)
        qtbot.wait(50)
        tiles = window.panel.tiles.values()
        assert len(tiles) == 12
        cut = [t._name.text() for t in tiles if _cut(t._name) or _cut(t._glance)]
        assert cut == []
        for tile in tiles:  # (the tile grew to hold the name: nothing spills out of it)
            assert tile._name.geometry().bottom() < tile.height()
    finally:
        close_window(window, bridge)
