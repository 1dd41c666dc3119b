"""Settings › OK with new MQTT settings: the broker is tried once before anything is
saved, on the bridge's worker (a name lookup and a connect can take seconds), and
what is wrong is said under the fields with how to fix it. Nothing typed is lost: the
dialog stays open, and OK pressed again saves the settings as they are."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QLabel, QWidget

from ..domain import sentence_start

__all__ = ["BrokerCheck", "mqtt_key"]


def mqtt_key(section: dict[str, Any], password: str) -> tuple[Any, ...]:
    """What makes two MQTT settings the same broker and login, for "checked already"."""
    return (section.get("type"), section.get("host"), section.get("port"),
            section.get("username") or None, section.get("base_topic"), password)


class BrokerCheck:
    """Tries MQTT settings once per change; ``checking`` while the worker tries."""

    def __init__(self, bridge: Any, problem: QLabel, ok_button: QWidget | None,
                 saved: dict[str, Any]) -> None:
        self.bridge = bridge
        self.problem = problem
        self.ok_button = ok_button
        self._tried = mqtt_key(saved, "") if saved.get("type") == "mqtt" else None
        """The settings tried (or saved) last: OK with them again saves at once."""
        self.checking = False

    def needed(self, section: dict[str, Any], password: str) -> bool:
        return mqtt_key(section, password) != self._tried

    def start(self, section: dict[str, Any], password: str,
              then: Callable[[], None]) -> None:
        """Try the broker; ``then`` (OK again) when it answers and lists devices."""
        from ..home import check_mqtt_settings

        self.checking = True
        key = mqtt_key(section, password)
        self.problem.setText(f"Checking the MQTT broker at {section.get('host')}:"
                             f"{section.get('port')}…")
        if self.ok_button is not None:
            self.ok_button.setEnabled(False)

        def checked(result: tuple[bool, str]) -> None:
            if not self.checking:  # (the dialog was cancelled meanwhile: save nothing)
                return
            self._finish(key)
            ok, message = result
            if ok:
                self.problem.setText("")
                then()
                return
            self.problem.setText(
                f"{sentence_start(message.rstrip('.'))}.\n\nNothing is saved yet. Correct "
                "the broker host or port above, choose “Simulated home”, or press OK "
                "again to save these settings anyway: teachapp keeps trying to connect, "
                "and your routines are kept.")

        def failed(exc: BaseException) -> None:
            if not self.checking:
                return
            self._finish(key)
            self.problem.setText(f"{exc}\n\nNothing is saved yet: correct it above, or "
                                 "press OK again to save anyway.")

        self.bridge.call(check_mqtt_settings, section, password or None, done=checked,
                         failed=failed, long=True)

    def cancel(self) -> None:
        """The dialog closed without saving: a check still running changes nothing."""
        self.checking = False

    def _finish(self, key: tuple[Any, ...]) -> None:
        self.checking = False
        self._tried = key
        if self.ok_button is not None:
            self.ok_button.setEnabled(True)
