"""On a small screen with a large font (1280x720 at QT_SCALE_FACTOR=1.5) the second
teaching step's instructions were cut: the first line's top half missing ("Set the tiles
below to how …"), as the panel was sized for the words on fewer lines. The page now
keeps the height its wrapped lines need."""

from __future__ import annotations

from gui_helpers import settle, window_fixture  # noqa: F401 - the `window` fixture
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication


def test_the_instructions_are_not_cut_on_a_narrow_window(qtbot, window):
    app = QApplication.instance()
    font = app.font()
    large = QFont(font)
    large.setPointSizeF(font.pointSizeF() * 1.5)  # (a large font, as scale 1.5 gives)
    app.setFont(large)
    try:
        _teach_on_a_small_screen(qtbot, window)
    finally:
        app.setFont(font)


def _teach_on_a_small_screen(qtbot, window) -> None:  # noqa: ANN001
    window.setMinimumSize(0, 0)  # (as on a 1280x720 screen at scale 1.5: 853x480)
    window.resize(853, 480)
    window.act_teach.trigger()
    qtbot.waitUntil(lambda: window.teach.isVisible(), timeout=5000)
    qtbot.keyClicks(window.teach.phrase, "cosy time")
    qtbot.keyClick(window.teach.phrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.teach.session.stage == "actions", timeout=5000)
    settle(qtbot, window.bridge)
    qtbot.wait(50)
    label = window.teach.instructions
    assert label.height() >= label.heightForWidth(label.width()), (
        label.height(), label.heightForWidth(label.width()))
