"""Editing one routine step: a device and its attributes, a wait, or a spoken reply."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..conversation import describe_target
from ..domain import ATTRIBUTES, Device, SayStep, SetStep, Step, WaitStep, default_state, kind_of
from .attribute_editors import AttributeEditor, attribute_label
from .icons import icon, kind_icon

__all__ = ["CaptureDialog", "StepEditor", "step_icon", "step_summary"]


def step_summary(step: Step, names: dict[str, str]) -> str:
    """A step in words: "Desk lamp on at 80 %", "Wait 2 s", "Say “Enjoy your book”"."""
    if isinstance(step, SetStep):
        if not step.set:
            return f"{names.get(step.device, step.device)}: choose what to set"
        return describe_target(step.device, step.set, names.get(step.device, step.device))
    if isinstance(step, WaitStep):
        seconds = step.seconds
        text = str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"
        return f"Wait {text} s"
    return f"Say “{step.text}”" if step.text else "Say: (nothing yet)"


def step_icon(step: Step):  # noqa: ANN201 - QIcon
    if isinstance(step, SetStep):
        return kind_icon(kind_of(step.device))
    return icon("wait" if isinstance(step, WaitStep) else "say")


class StepEditor(QStackedWidget):
    """Edits the selected step; ``stepEdited(step)`` with the new (immutable) step."""

    stepEdited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._devices: list[Device] = []
        self._step: Step | None = None
        self._empty = QLabel("Select a step to edit it, or add one.", self)
        self._empty.setObjectName("placeholder")
        self._empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.addWidget(self._empty)

        self._device_page = QWidget(self)
        device_layout = QVBoxLayout(self._device_page)
        device_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        self.device_combo = QComboBox(self._device_page)
        self.device_combo.setAccessibleName("Step device")
        self.device_combo.activated.connect(self._device_chosen)
        form.addRow("&Device", self.device_combo)
        device_layout.addLayout(form)
        self._attr_host = QWidget(self._device_page)
        self._attr_grid = QGridLayout(self._attr_host)
        self._attr_grid.setContentsMargins(0, 0, 0, 0)
        self._attr_grid.setColumnStretch(1, 1)
        device_layout.addWidget(self._attr_host)
        device_layout.addStretch(1)
        self.addWidget(self._device_page)
        self._include: dict[str, QCheckBox] = {}
        self._editors: dict[str, AttributeEditor] = {}

        self._wait_page = QWidget(self)
        wait_form = QFormLayout(self._wait_page)
        self.wait_spin = QDoubleSpinBox(self._wait_page)
        self.wait_spin.setRange(0.1, 3600)
        self.wait_spin.setDecimals(1)
        self.wait_spin.setSuffix(" s")
        self.wait_spin.setAccessibleName("Wait seconds")
        self.wait_spin.valueChanged.connect(self._wait_changed)
        wait_form.addRow("&Wait", self.wait_spin)
        self.addWidget(self._wait_page)

        self._say_page = QWidget(self)
        say_form = QFormLayout(self._say_page)
        self.say_edit = QLineEdit(self._say_page)
        self.say_edit.setAccessibleName("Text to say")
        self.say_edit.setPlaceholderText("What the assistant says")
        self.say_edit.textEdited.connect(self._say_changed)
        say_form.addRow("&Say", self.say_edit)
        self.addWidget(self._say_page)

    def set_devices(self, devices: list[Device]) -> None:
        self._devices = list(devices)
        self.device_combo.blockSignals(True)
        self.device_combo.clear()
        for device in devices:
            label = f"{device.name} — {device.room}" if device.room else device.name
            self.device_combo.addItem(kind_icon(device.kind), label, device.id)
        self.device_combo.blockSignals(False)
        if self._step is not None:
            self.show_step(self._step)

    def show_step(self, step: Step | None) -> None:
        """Show a step without emitting ``stepEdited``."""
        self._step = step
        if step is None:
            self.setCurrentWidget(self._empty)
        elif isinstance(step, SetStep):
            index = self.device_combo.findData(step.device)
            self.device_combo.blockSignals(True)
            self.device_combo.setCurrentIndex(index)
            self.device_combo.blockSignals(False)
            self._build_attributes(step.device, step.set)
            self.setCurrentWidget(self._device_page)
        elif isinstance(step, WaitStep):
            self.wait_spin.blockSignals(True)
            self.wait_spin.setValue(float(step.seconds))
            self.wait_spin.blockSignals(False)
            self.setCurrentWidget(self._wait_page)
        else:
            if self.say_edit.text() != step.text:
                self.say_edit.setText(step.text)
            self.setCurrentWidget(self._say_page)

    def focus_step(self) -> None:
        """Put the keyboard on the shown step's first field (its device, seconds or
        words): a step added from the menu is filled in next."""
        page = self.currentWidget()
        target = (self.device_combo if page is self._device_page else self.wait_spin
                  if page is self._wait_page else self.say_edit if page is self._say_page
                  else None)
        if target is not None:
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def _build_attributes(self, device_id: str, values: dict[str, Any]) -> None:
        while self._attr_grid.count():
            item = self._attr_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().hide()  # (at once; the delete waits for the event loop)
                item.widget().deleteLater()
        self._include.clear()
        self._editors.clear()
        kind = kind_of(device_id)
        current = next((d.state for d in self._devices if d.id == device_id), None) \
            or default_state(kind) if kind in ATTRIBUTES else {}
        name = next((d.name for d in self._devices if d.id == device_id), device_id)
        for row, (attr, spec) in enumerate(ATTRIBUTES.get(kind, {}).items()):
            box = QCheckBox(attribute_label(attr), self._attr_host)
            box.setChecked(attr in values)
            box.setAccessibleName(f"Set {attribute_label(attr)}")
            editor = AttributeEditor(spec, f"{name} {attribute_label(attr)} in step",
                                     self._attr_host)
            editor.set_value(values.get(attr, current.get(attr)))
            editor.setEnabled(attr in values)
            box.toggled.connect(editor.setEnabled)
            box.toggled.connect(self._attributes_changed)
            editor.edited.connect(lambda _v: self._attributes_changed())
            self._attr_grid.addWidget(box, row, 0)
            self._attr_grid.addWidget(editor, row, 1)
            self._include[attr] = box
            self._editors[attr] = editor

    def _device_chosen(self, _index: int) -> None:
        device_id = self.device_combo.currentData()
        if not device_id:
            return
        first = next(iter(ATTRIBUTES[kind_of(device_id)]))
        state = next((d.state for d in self._devices if d.id == device_id), {})
        values = {first: state.get(first)} if first in state else {}
        self._build_attributes(device_id, values)
        self._emit(SetStep(device=device_id, set=values))

    def _attributes_changed(self) -> None:
        device_id = self.device_combo.currentData()
        if not device_id:
            return
        values = {a: self._editors[a].value() for a, box in self._include.items()
                  if box.isChecked()}
        self._emit(SetStep(device=device_id, set=values))

    def _wait_changed(self, value: float) -> None:
        self._emit(WaitStep(seconds=int(value) if float(value).is_integer() else value))

    def _say_changed(self, text: str) -> None:
        self._emit(SayStep(text=text))

    def _emit(self, step: Step) -> None:
        self._step = step
        self.stepEdited.emit(step)

    def editor(self, attribute: str) -> AttributeEditor:
        return self._editors[attribute]

    def include_box(self, attribute: str) -> QCheckBox:
        return self._include[attribute]


class CaptureDialog(QDialog):
    """Choose devices whose current states become steps ("capture current states")."""

    def __init__(self, devices: list[Device], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Capture current states")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("Add a step for each device ticked below, set to how it "
                                "is right now:", self))
        self.list = QListWidget(self)
        self.list.setAccessibleName("Devices to capture")
        self.list.setWordWrap(True)  # a long state wraps instead of running off the edge
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for device in devices:
            item = QListWidgetItem(kind_icon(device.kind),
                                   f"{device.name} ({device.room}) — {device.describe()}")
            item.setData(Qt.ItemDataRole.UserRole, device.id)
            item.setToolTip(item.text())
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.list.addItem(item)
        layout.addWidget(self.list)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 440)

    def chosen(self) -> list[str]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())
                if self.list.item(i).checkState() == Qt.CheckState.Checked]
