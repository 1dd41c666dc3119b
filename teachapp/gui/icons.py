"""Icons from ``assets/icons``: the app icon and symbolic SVGs tinted by the palette.

Symbolic icons are drawn with ``currentColor``; an icon engine renders them at the
exact device pixel size it is asked for, so they stay sharp on high-DPI screens and
follow the light or dark palette (disabled icons use the disabled text colour).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from ..paths import assets_dir

__all__ = ["app_icon", "icon", "icons_dir", "kind_icon"]


def icons_dir() -> Path:
    return assets_dir() / "icons"


@cache
def _svg_text(name: str) -> str:
    path = icons_dir() / f"{name}.svg"
    try:
        return path.read_text(encoding="utf-8")
    except OSError:
        return ""


class _SymbolicEngine(QIconEngine):
    """Paints one SVG in the palette's text colour (or a fixed colour) at any size."""

    def __init__(self, name: str, color: QColor | None = None) -> None:
        super().__init__()
        self._name = name
        self._color = color

    def _colour(self, mode: QIcon.Mode) -> QColor:
        if self._color is not None and mode != QIcon.Mode.Disabled:
            return self._color
        palette = QGuiApplication.palette()
        group = QPalette.ColorGroup.Disabled if mode == QIcon.Mode.Disabled else \
            QPalette.ColorGroup.Active
        role = QPalette.ColorRole.HighlightedText if mode == QIcon.Mode.Selected else \
            QPalette.ColorRole.WindowText
        return palette.color(group, role)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode,
              state: QIcon.State) -> None:
        text = _svg_text(self._name)
        if not text:
            return
        text = text.replace("currentColor", self._colour(mode).name())
        renderer = QSvgRenderer(QByteArray(text.encode("utf-8")))
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State,  # noqa: N802
                     scale: float) -> QPixmap:
        pixmap = self.pixmap(size * scale, mode, state)
        pixmap.setDevicePixelRatio(scale)
        return pixmap

    def clone(self) -> QIconEngine:
        return _SymbolicEngine(self._name, self._color)

    def key(self) -> str:
        return "teachapp-symbolic"


def icon(name: str, color: str | QColor | None = None) -> QIcon:
    """A symbolic icon by file name (``mic``, ``run``, ``light`` ...)."""
    return QIcon(_SymbolicEngine(name, QColor(color) if color is not None else None))


def kind_icon(kind: str) -> QIcon:
    """The icon of a device kind (``light``, ``climate`` ...)."""
    return icon(kind if _svg_text(kind) else "device")


def app_icon() -> QIcon:
    """The application icon, from ``teachapp.svg`` (Qt's SVG icon engine scales it)."""
    path = icons_dir() / "teachapp.svg"
    return QIcon(str(path)) if path.is_file() else QIcon()
