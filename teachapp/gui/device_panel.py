"""The home: every device as a tile, grouped by room."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ..domain import Device
from .device_tile import DeviceTile
from .icons import icon
from .widgets import FlowLayout

__all__ = ["DevicePanel"]


class DevicePanel(QScrollArea):
    """Tiles by room. Edits become ``changeRequested`` (the window routes them to the
    engine: the device itself, or the phrase being taught)."""

    changeRequested = Signal(str, dict)
    targetRemoved = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setAccessibleName("Devices")
        self._body = QWidget(self)
        self._body.setObjectName("devicePanelBody")
        self._layout = QVBoxLayout(self._body)
        self._layout.setContentsMargins(16, 12, 16, 16)
        self._layout.setSpacing(8)
        self._placeholder = QLabel("Opening the home…", self._body)
        self._placeholder.setObjectName("placeholder")
        self._layout.addWidget(self._placeholder)
        self._layout.addStretch(1)
        self.setWidget(self._body)
        self.tiles: dict[str, DeviceTile] = {}
        self._message = True
        """A placeholder is shown (opening, or the database did not open)."""
        self._unreachable = ""
        """The backend's problem shown in place of the tiles, if any."""

    def show_message(self, text: str) -> None:
        """Only ``text`` in place of the tiles (e.g. why the home cannot be shown)."""
        self._clear()
        self.tiles = {}
        label = QLabel(text, self._body)
        label.setObjectName("placeholder")
        label.setWordWrap(True)
        self._layout.addWidget(label)
        self._layout.addStretch(1)
        self._message = True

    def show_backend(self, status: Any) -> bool:
        """Follow the device backend's status: with no device to show and the backend
        not connected, say what is wrong and how to fix it in place of "No devices yet.
        … connect a backend in Settings" (which it was: a backend chosen but out of
        reach read as none chosen). True when the devices should be read again: the
        backend connected after such a message."""
        if not status.connected and not self.tiles:
            text = unreachable_text(status)
            if text != self._unreachable:  # (asked every 5 s: redrawn only on a change)
                self.show_message(text)
                self._unreachable = text
            return False
        if status.connected and self._unreachable:
            self._unreachable = ""
            return True
        return False

    def _clear(self) -> None:
        while self._layout.count():
            item = self._layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()

    def set_devices(self, devices: list[Device]) -> None:
        """Show these devices; rebuilds only when the set of devices or rooms changed."""
        layout_key = [(d.room, d.id, d.name) for d in devices]
        if not self._message and \
                layout_key == [(t.device.room, i, t.device.name) for i, t in self.tiles.items()]:
            for device in devices:
                self.tiles[device.id].set_device(device)
            return
        targets = {i: t.target() for i, t in self.tiles.items()}
        self._clear()
        self._message = False
        self._unreachable = ""
        self.tiles = {}
        rooms: dict[str, list[Device]] = {}
        for device in devices:
            rooms.setdefault(device.room or "Other", []).append(device)
        if not devices:
            empty = QLabel("No devices yet. Import a routine file with devices "
                           "(File → Import) or connect a backend in Settings.", self._body)
            empty.setWordWrap(True)
            empty.setObjectName("placeholder")
            self._layout.addWidget(empty)
        for room, members in rooms.items():
            self._layout.addWidget(self._room_header(room))
            holder = QWidget(self._body)
            flow = FlowLayout(holder, spacing=10)
            for device in members:
                tile = DeviceTile(device, holder)
                tile.changeRequested.connect(self.changeRequested)
                tile.targetRemoved.connect(self.targetRemoved)
                if targets.get(device.id):
                    tile.set_target(targets[device.id])
                flow.addWidget(tile)
                self.tiles[device.id] = tile
            self._layout.addWidget(holder)
        self._layout.addStretch(1)

    def _room_header(self, room: str) -> QWidget:
        header = QWidget(self._body)
        row = QHBoxLayout(header)
        row.setContentsMargins(0, 8, 0, 2)
        row.setSpacing(6)
        glyph = QLabel(header)
        glyph.setPixmap(icon("room").pixmap(QSize(18, 18)))
        title = QLabel(room, header)
        title.setObjectName("roomTitle")
        title.setAccessibleName(f"Room {room}")
        row.addWidget(glyph)
        row.addWidget(title)
        row.addStretch(1)
        return header

    def update_device(self, device: Device) -> None:
        tile = self.tiles.get(device.id)
        if tile is not None:
            tile.set_device(device)

    def set_targets(self, targets: dict[str, dict[str, Any]] | None) -> None:
        """Show teaching targets on the tiles (None or {} clears them all)."""
        targets = targets or {}
        new = [d for d in targets if self.tiles.get(d) is not None
               and self.tiles[d].target() != targets[d]]
        for device_id, tile in self.tiles.items():
            tile.set_target(targets.get(device_id))
        if new:  # show the tile the person (or their voice) just set
            tile = self.tiles[new[-1]]
            QTimer.singleShot(0, lambda: self.ensureWidgetVisible(tile, 20, 40))


def unreachable_text(status: Any) -> str:
    """What the Home page says while the chosen backend is out of reach: the backend's
    own words (what is wrong), then whether teachapp keeps trying (``status.retrying``)
    and that nothing is lost, then where in the window to fix it. A refused password or
    token is not waited out: it said "teachapp keeps trying to connect, and the devices
    appear here as soon as it does" of a login only Settings can fix."""
    problem = (status.reason or f"{status.name} is not connected").rstrip(".")
    if status.retrying:
        return (f"The devices cannot be shown: {problem}.\n\n"
                "teachapp keeps trying to connect, and the devices appear here as soon as "
                "it does; your routines are kept. The address is under Settings → "
                "Devices; choose “Simulated home” there to use teachapp without it (a new "
                "backend is used from the next start).")
    return (f"The devices cannot be shown: {problem}.\n\n"
            "Waiting will not fix this: correct it under Settings → Devices, or choose "
            "“Simulated home” there to use teachapp without it (a new backend is used "
            "from the next start). Your routines are kept.")
