"""A device as a tile: its live state at a glance, editors to change it, and a
teaching target previewed next to the current state."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..domain import ATTRIBUTES, Device, describe_state
from .attribute_editors import AttributeEditor, attribute_label, format_value
from .icons import kind_icon
from .widgets import tool_button

__all__ = ["DeviceTile", "glance"]

_TILE_WIDTH = 250


def glance(kind: str, state: dict[str, Any]) -> str:
    """The one line a person wants to read on a tile: "On · 80 %", "21 °C · heat"."""
    specs = ATTRIBUTES.get(kind, {})

    def fmt(name: str) -> str:
        return format_value(specs[name], state.get(name)) if name in specs else ""

    if kind == "light":
        return f"On · {fmt('brightness')}" if state.get("on") else "Off"
    if kind in ("switch",):
        return "On" if state.get("on") else "Off"
    if kind == "fan":
        return f"On · speed {fmt('speed')}" if state.get("on") else "Off"
    if kind == "media_player":
        if not state.get("on"):
            return "Off"
        source = state.get("source") or ""
        return f"On · volume {fmt('volume')}" + (f" · {source}" if source else "")
    if kind == "climate":
        return f"{fmt('target_temp')} · {state.get('mode', '')}"
    if kind == "lock":
        return "Locked" if state.get("locked") else "Unlocked"
    if kind == "cover":
        position = int(state.get("position") or 0)
        if position <= 0:
            return "Closed"
        return "Open" if position >= 100 else f"Open {position} %"
    return describe_state(kind, state)


class DeviceTile(QFrame):
    """One device. ``changeRequested(device_id, changes)`` when the person edits it."""

    changeRequested = Signal(str, dict)
    targetRemoved = Signal(str)

    def __init__(self, device: Device, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)  # (as tall as its name wrapped at the width given)
        self.setSizePolicy(policy)
        self.device = device
        self._target: dict[str, Any] | None = None
        self.setAccessibleName(device.name)

        outer = QVBoxLayout(self)
        outer.setContentsMargins(12, 10, 12, 10)
        outer.setSpacing(6)
        header = QHBoxLayout()
        header.setSpacing(8)
        self._icon = QLabel(self)
        self._icon.setFixedSize(28, 28)
        self._icon.setPixmap(kind_icon(device.kind).pixmap(QSize(24, 24)))
        header.addWidget(self._icon)
        names = QVBoxLayout()
        names.setSpacing(0)
        self._name = QLabel(device.name, self)
        self._name.setObjectName("tileName")
        self._name.setWordWrap(True)  # ("Living room lamp" beside its power button at
        # the width of a tile was cut to "Living room la"; it goes on two lines instead)
        self._glance = QLabel(self)
        self._glance.setObjectName("tileGlance")
        self._glance.setWordWrap(True)
        names.addWidget(self._name)
        names.addWidget(self._glance)
        header.addLayout(names, 1)
        self._power: AttributeEditor | None = None
        # (only what the device has: a lamp with no colour temperature showed a colour
        # slider that could be set, and taught, for nothing)
        specs = {k: v for k, v in ATTRIBUTES[device.kind].items()
                 if k in device.attributes} or ATTRIBUTES[device.kind]
        self._editors: dict[str, AttributeEditor] = {}
        first = next(iter(specs.values()))
        if first.type == "bool":
            self._power = self._editor(first)
            header.addWidget(self._power, 0, Qt.AlignmentFlag.AlignTop)
        outer.addLayout(header)

        grid = QGridLayout()
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(4)
        grid.setColumnStretch(1, 1)
        row = 0
        for name, spec in specs.items():
            if name in self._editors:
                continue
            label = QLabel(attribute_label(name), self)
            label.setObjectName("attrLabel")
            editor = self._editor(spec)
            label.setBuddy(editor.focus_widget())
            grid.addWidget(label, row, 0)
            grid.addWidget(editor, row, 1)
            row += 1
        if row:
            outer.addLayout(grid)

        self._target_row = QWidget(self)
        target_layout = QHBoxLayout(self._target_row)
        target_layout.setContentsMargins(0, 2, 0, 0)
        self._target_label = QLabel(self._target_row)
        self._target_label.setObjectName("tileTarget")
        self._target_label.setWordWrap(True)
        remove = tool_button(self._target_row, "close", "Remove this device from the phrase",
                             lambda: self.targetRemoved.emit(self.device.id),
                             name=f"Remove {device.name} from the phrase", flat=True)
        target_layout.addWidget(self._target_label, 1)
        target_layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        self._target_row.hide()
        outer.addWidget(self._target_row)
        self.set_device(device)

    def _editor(self, spec: Any) -> AttributeEditor:
        editor = AttributeEditor(spec, f"{self.device.name} {attribute_label(spec.name)}", self)
        editor.edited.connect(lambda value, n=spec.name: self._edited(n, value))
        self._editors[spec.name] = editor
        return editor

    def _edited(self, attribute: str, value: Any) -> None:
        changes = {attribute: value}
        # Changing the level of a light that is off also means "turn it on".
        if attribute in ("brightness", "speed", "volume") and "on" in self._editors \
                and not self._shown_state().get("on"):
            changes["on"] = True
        self.changeRequested.emit(self.device.id, changes)

    def sizeHint(self) -> QSize:  # noqa: N802
        hint = super().sizeHint()
        return QSize(_TILE_WIDTH, hint.height())

    # --------------------------------------------------------------- model -> view

    def _shown_state(self) -> dict[str, Any]:
        state = dict(self.device.state)
        if self._target:
            state.update(self._target)
        return state

    def set_device(self, device: Device) -> None:
        """Show a device's new state (the editors show the target while teaching)."""
        self.device = device
        self._name.setText(device.name)
        now = (device.unreported[:1].upper() + device.unreported[1:] if device.unreported
               else glance(device.kind, device.state))
        self._glance.setText(("Now: " + now) if self._target else now)
        self.setToolTip(f"{device.name} ({device.id})\n{device.describe()}")
        shown = self._shown_state()
        for name, editor in self._editors.items():
            editor.set_value(shown.get(name))
        self._refresh_style()

    def set_target(self, target: dict[str, Any] | None) -> None:
        """Preview a teaching target next to the current state; None clears it."""
        self._target = dict(target) if target else None
        if self._target:
            merged = dict(self.device.state)
            merged.update(self._target)
            specs = ATTRIBUTES[self.device.kind]
            parts = [format_value(specs[k], v) if k in ("on", "locked") else
                     f"{attribute_label(k).lower()} {format_value(specs[k], v)}"
                     for k, v in self._target.items() if k in specs]
            self._target_label.setText("→ Target: " + ", ".join(parts))
            self._target_row.show()
        else:
            self._target_row.hide()
        self.set_device(self.device)

    def target(self) -> dict[str, Any] | None:
        return dict(self._target) if self._target else None

    def _refresh_style(self) -> None:
        on = self.device.state.get("on", not self.device.state.get("locked", True)
                                   if self.device.kind == "lock" else None)
        if self.device.kind == "cover":
            on = int(self.device.state.get("position") or 0) > 0
        if self.device.kind == "climate":
            on = self.device.state.get("mode") != "off"
        self.setProperty("active", bool(on))
        self.setProperty("targeted", self._target is not None)
        self.style().unpolish(self)
        self.style().polish(self)

    def editor(self, attribute: str) -> AttributeEditor:
        return self._editors[attribute]
