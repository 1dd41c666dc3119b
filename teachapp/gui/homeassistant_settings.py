"""The Settings dialog's Home Assistant fields: URL, access token, and a check.

The token goes to the system keyring only when the dialog is accepted (never to the
settings file); an empty token field keeps the one already stored. "Check" connects
on a worker thread, so the window never waits on the network. ``save`` validates
everything before it writes anything, so a bad URL or a missing keyring leaves the
settings as they were.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..errors import ConfigError, TeachappError
from ..settings import Settings
from .widgets import styled_label

__all__ = ["HomeAssistantFields"]


def _home():  # late: websockets and keyring load only when these fields are used
    from ..home import homeassistant, secrets

    return homeassistant, secrets


class HomeAssistantFields:
    """Rows added to the Devices tab's form; ``save`` returns the backend section."""

    def __init__(self, form: QFormLayout, page: QWidget, section: dict[str, Any],
                 bridge: Any = None) -> None:
        self._bridge = bridge
        self.url = QLineEdit(str(section.get("url") or ""), page)
        self.url.setPlaceholderText("http://homeassistant.local:8123")
        self.url.setAccessibleName("Home Assistant address")
        form.addRow("Home Assistant &URL", self.url)
        row = QHBoxLayout()
        self.token = QLineEdit(page)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setAccessibleName("Home Assistant access token")
        self.token.setPlaceholderText("long-lived access token (empty: keep the stored one)")
        row.addWidget(self.token, 1)
        self.check = QPushButton("&Check", page)
        self.check.setToolTip("Connect now with this URL and token; nothing is saved")
        self.check.clicked.connect(self._check)
        row.addWidget(self.check)
        label = QLabel("Access &token", page)  # a row of two widgets has no buddy of
        label.setBuddy(self.token)  # its own: without one Qt shows the "&" literally
        form.addRow(label, row)
        self.result = QLabel(page)
        self.result.setWordWrap(True)
        form.addRow("", self.result)
        form.addRow("", styled_label("Create the token in your Home Assistant profile, under "
                                     "Security → Long-lived access tokens. It is kept in "
                                     "the system keyring.", page, "muted", wrap=True))
        self.widgets = (self.url, self.token, self.check)

    def set_enabled(self, enabled: bool) -> None:
        for widget in self.widgets:
            widget.setEnabled(enabled)

    def _config(self) -> Any:
        homeassistant, secrets = _home()
        url = homeassistant.checked_url(self.url.text())
        token = self.token.text().strip() or secrets.get_ha_token(url) or ""
        return homeassistant.HaConfig(url, token)

    def _check(self) -> None:
        try:
            config = self._config()
        except TeachappError as exc:
            self.result.setText(str(exc))
            return
        if not config.token:
            self.result.setText("Give the access token first.")
            return
        self.result.setText(f"Connecting to {config.url}…")
        probe = _home()[0].probe_home_assistant
        if self._bridge is None:
            self._show(probe(config))
            return
        self._bridge.call(probe, config, done=self._show,
                          failed=lambda exc: self.result.setText(str(exc)), long=True)

    def _show(self, outcome: tuple[bool, str]) -> None:
        ok, message = outcome
        self.result.setText(("✓ " if ok else "✗ ") + message)

    def save(self, settings: Settings) -> dict[str, Any]:
        """Validate, keep the token, and return the settings section (raises first)."""
        _homeassistant, secrets = _home()
        config = self._config()
        if not config.token:
            raise TeachappError(f"No access token for Home Assistant at {config.url}: "
                                "give one in the Access token field.")
        given = self.token.text().strip()
        if given:
            try:
                secrets.set_ha_token(config.url, given)
            except ConfigError as exc:  # (the dialog stays open: nothing is written)
                raise secrets.not_kept(
                    exc, "Nothing was saved.", f"Set {secrets.TOKEN_ENV} in the environment "
                    "teachapp starts in and leave the Access token field empty") from exc
        return {"type": "homeassistant", "url": config.url}
