"""Small generic widgets: a flow layout for tiles, a level meter, styled labels, icon
buttons."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QLayout,
    QLayoutItem,
    QSizePolicy,
    QToolButton,
    QWidget,
    QWidgetItem,
)

from .icons import icon

__all__ = ["FlowLayout", "LevelMeter", "LineLabel", "styled_label", "tool_button"]


def styled_label(text: str, parent: QWidget, style: str, *, wrap: bool = False) -> QLabel:
    """A label the style sheet picks out by name (``sectionTitle``, ``muted`` ...)."""
    label = QLabel(text, parent)
    label.setObjectName(style)
    if wrap:
        label.setWordWrap(True)
    return label


def tool_button(parent: QWidget, icon_name: str, tip: str, clicked: Callable[..., Any] | Any,
                *, name: str | None = None, text: str = "",
                flat: bool = False) -> QToolButton:
    """A tool button with the icon ``icon_name``, the tooltip ``tip`` and the accessible name
    ``name`` (none when None), that calls or emits ``clicked`` when pressed; ``text`` beside
    the icon when given; flat until hovered when ``flat``. One place for what each of the
    window's icon buttons had set line by line."""
    button = QToolButton(parent)
    button.setIcon(icon(icon_name))
    if text:
        button.setText(text)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    button.setAutoRaise(flat)
    button.setToolTip(tip)
    if name is not None:
        button.setAccessibleName(name)
    button.clicked.connect(clicked)
    return button


class LineLabel(QLabel):
    """A line of words shown only while it has some: an empty label still took its
    height and the spacing around it (the editor's schedule kept 40 px of blank under
    its entry, which a routine's steps needed)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.hide()

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setVisible(bool(text))

    def clear(self) -> None:
        super().clear()
        self.hide()


class FlowLayout(QLayout):
    """Lays children out left to right and wraps, like words in a paragraph."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 10) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt override
        self._items.append(item)

    def addWidget(self, widget: QWidget) -> None:  # noqa: N802 - Qt override
        self.addChildWidget(widget)
        self.addItem(QWidgetItem(widget))

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802
        return self.minimumSize()

    def minimumSize(self) -> QSize:  # noqa: N802
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line = area.x(), area.y(), 0
        visible = [i for i in self._items if not i.isEmpty()]
        # Stretch tiles so each row is filled edge to edge.
        hint = visible[0].sizeHint().width() if visible else 1
        columns = max(1, (area.width() + self._spacing) // (hint + self._spacing))
        width = max(hint, (area.width() - (columns - 1) * self._spacing) // columns) \
            if visible else hint
        for index, item in enumerate(visible):
            # (as tall as the item is at the width it gets: a name wrapped to two lines)
            height = max(item.sizeHint().height(), item.heightForWidth(width)) \
                if item.hasHeightForWidth() else item.sizeHint().height()
            if index and index % columns == 0:
                x = area.x()
                y += line + self._spacing
                line = 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, height)))
            x += width + self._spacing
            line = max(line, height)
        return y + line - rect.y() + margins.bottom()


class LevelMeter(QWidget):
    """The microphone level, 0..1, as a bar that turns amber when loud."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._level = 0.0
        self.setMinimumSize(80, 10)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName("Microphone level")

    def set_level(self, value: float) -> None:
        value = min(1.0, max(0.0, float(value)))
        if abs(value - self._level) > 0.005:
            self._level = value
            self.setAccessibleDescription(f"{round(value * 100)} %")
            self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(120, 10)

    def paintEvent(self, _event: object) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        rect = self.rect().adjusted(0, 1, 0, -1)
        radius = rect.height() / 2
        groove = palette.color(QPalette.ColorRole.Mid)
        groove.setAlpha(90)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(groove)
        painter.drawRoundedRect(rect, radius, radius)
        if self._level > 0:
            fill = QRect(rect)
            fill.setWidth(max(int(rect.height()), int(rect.width() * self._level)))
            colour = palette.color(QPalette.ColorRole.Highlight) if self._level < 0.85 \
                else QColor("#e0a020")
            painter.setBrush(colour)
            painter.drawRoundedRect(fill, radius, radius)
        painter.end()
