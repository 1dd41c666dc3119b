"""One editor per attribute kind (switch, slider, spin box, choice, text).

Used by the device tiles and by the routine editor's device steps, so a lamp's
brightness is edited the same way everywhere. ``set_value`` never emits; only a
person's change does (napari's "update the widget with its signals blocked").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSignalBlocker, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSlider,
    QWidget,
)

from ..domain import AttributeSpec, attribute_words

__all__ = ["AttributeEditor", "attribute_label", "format_value"]

_BOOL_TEXT = {"locked": ("Locked", "Unlocked")}


def attribute_label(name: str) -> str:
    """``color_temp`` -> ``Colour temp``: how an attribute is named on screen."""
    return {"target_temp": "Target", "on": "Power"}.get(
        name, attribute_words(name).capitalize())


def format_value(spec: AttributeSpec, value: Any) -> str:
    """A value as a person reads it: "80 %", "21.5 °C", "On"."""
    if spec.type == "bool":
        on, off = _BOOL_TEXT.get(spec.name, ("On", "Off"))
        return on if value else off
    if spec.type in ("int", "float") and value is not None:
        number = float(value)
        text = str(int(number)) if number.is_integer() else f"{number:g}"
        return f"{text} {spec.unit}".strip()
    return str(value if value is not None else "")


class AttributeEditor(QWidget):
    """Edits one attribute; ``edited(value)`` when the person changed it."""

    edited = Signal(object)

    def __init__(self, spec: AttributeSpec, accessible: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        self._readout: QLabel | None = None
        if spec.type == "bool":
            self._button = QPushButton(self)
            self._button.setCheckable(True)
            self._button.setObjectName("toggle")
            self._button.toggled.connect(self._toggled)
            self._button.setAccessibleName(accessible)
            self._button.setCursor(Qt.CursorShape.PointingHandCursor)
            layout.addWidget(self._button)
            layout.addStretch(1)
            self._toggled(False, emit=False)
        elif spec.type == "int":
            self._slider = QSlider(Qt.Orientation.Horizontal, self)
            self._slider.setRange(int(spec.minimum or 0), int(spec.maximum or 100))
            step = 100 if (spec.maximum or 0) - (spec.minimum or 0) > 1000 else 5
            self._slider.setSingleStep(step)
            self._slider.setPageStep(step * 4)
            self._slider.setAccessibleName(accessible)
            self._slider.valueChanged.connect(self._slider_moved)
            self._slider.sliderReleased.connect(
                lambda: self.edited.emit(self._slider.value()))
            self._readout = QLabel(self)
            self._readout.setMinimumWidth(56)
            self._readout.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            layout.addWidget(self._slider, 1)
            layout.addWidget(self._readout)
        elif spec.type == "float":
            self._spin = QDoubleSpinBox(self)
            self._spin.setRange(float(spec.minimum or 0), float(spec.maximum or 100))
            self._spin.setSingleStep(0.5)
            self._spin.setDecimals(1)
            self._spin.setSuffix(f" {spec.unit}" if spec.unit else "")
            self._spin.setKeyboardTracking(False)
            self._spin.setAccessibleName(accessible)
            self._spin.valueChanged.connect(lambda v: self.edited.emit(_tidy(v)))
            layout.addWidget(self._spin, 1)
        elif spec.type == "choice":
            self._combo = QComboBox(self)
            self._combo.addItems(list(spec.choices))
            self._combo.setAccessibleName(accessible)
            self._combo.activated.connect(lambda _i: self.edited.emit(self._combo.currentText()))
            layout.addWidget(self._combo, 1)
        else:
            self._line = QLineEdit(self)
            self._line.setAccessibleName(accessible)
            self._line.setPlaceholderText(spec.name)
            self._line.editingFinished.connect(lambda: self.edited.emit(self._line.text()))
            layout.addWidget(self._line, 1)

    # ------------------------------------------------------------------

    def _toggled(self, checked: bool, emit: bool = True) -> None:
        on, off = _BOOL_TEXT.get(self.spec.name, ("On", "Off"))
        self._button.setText(on if checked else off)
        if emit:
            self.edited.emit(checked)

    def _slider_moved(self, value: int) -> None:
        if self._readout is not None:
            self._readout.setText(format_value(self.spec, value))
        if not self._slider.isSliderDown():  # keyboard, wheel or a click on the groove
            self.edited.emit(value)

    def value(self) -> Any:
        if self.spec.type == "bool":
            return self._button.isChecked()
        if self.spec.type == "int":
            return self._slider.value()
        if self.spec.type == "float":
            return _tidy(self._spin.value())
        if self.spec.type == "choice":
            return self._combo.currentText()
        return self._line.text()

    def set_value(self, value: Any) -> None:
        """Show a value without emitting ``edited``."""
        if value is None:
            return
        if self.spec.type == "bool":
            with QSignalBlocker(self._button):
                self._button.setChecked(bool(value))
            self._toggled(bool(value), emit=False)
        elif self.spec.type == "int":
            with QSignalBlocker(self._slider):
                self._slider.setValue(int(value))
            if self._readout is not None:
                self._readout.setText(format_value(self.spec, int(value)))
        elif self.spec.type == "float":
            with QSignalBlocker(self._spin):
                self._spin.setValue(float(value))
        elif self.spec.type == "choice":
            with QSignalBlocker(self._combo):
                self._combo.setCurrentText(str(value))
        else:
            with QSignalBlocker(self._line):
                if self._line.text() != str(value):
                    self._line.setText(str(value))

    def focus_widget(self) -> QWidget:
        for name in ("_button", "_slider", "_spin", "_combo", "_line"):
            widget = getattr(self, name, None)
            if widget is not None:
                return widget
        return self


def _tidy(value: float) -> float | int:
    return int(value) if float(value).is_integer() else round(float(value), 1)
