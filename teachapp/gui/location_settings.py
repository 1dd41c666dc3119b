"""The Settings dialog's Location tab: where the home is, for sunrise and sunset.

Saved to the settings section the scheduler reads (``location``: ``latitude``,
``longitude``, ``timezone``; see ``teachapp.schedule.place_from_settings``). A city
can be looked up offline in astral's own small list of places; anything else is
typed as latitude and longitude. The look-up reads astral's list on the bridge's
worker (its first use parses the list, ~30 ms): the dialog never waits for it. ``save``
checks everything with the scheduler's
own parser before it writes, so a bad value leaves the settings as they were.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ..errors import ConfigError
from ..schedule import local_zone, place_from_settings
from ..settings import Settings
from .bridge import Bridge
from .widgets import styled_label

__all__ = ["LocationFields", "lookup_place"]


def lookup_place(name: str) -> tuple[str, float, float, str]:
    """(name, latitude, longitude, time zone) of a city in astral's offline list;
    ``ConfigError`` naming the city and the fix when it is not there."""
    from astral.geocoder import database, lookup

    wanted = " ".join(name.split())
    if not wanted:
        raise ConfigError("Type a city to look up, e.g. Berlin or London.")
    try:
        info = lookup(wanted, database())
    except KeyError:
        raise ConfigError(f"'{wanted}' is not in the offline list of places; type its "
                          "latitude and longitude instead (e.g. 52.52 and 13.40).") from None
    return (info.name, float(info.latitude), float(info.longitude),  # type: ignore[union-attr]
            str(info.timezone))  # type: ignore[union-attr]


def _number(text: str) -> float | str | None:
    text = text.strip().replace(",", ".")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        return text  # the parser names it: "must be numbers"


class LocationFields:
    """Rows of the Location tab's form; ``save`` writes the ``location`` section."""

    def __init__(self, form: QFormLayout, page: QWidget, section: dict[str, Any],
                 bridge: Bridge) -> None:
        self.bridge = bridge
        self.looking = False
        """A look-up is on the worker; another press waits for it."""
        row = QHBoxLayout()
        self.city = QLineEdit(str(section.get("place") or ""), page)
        self.city.setAccessibleName("City to look up")
        self.city.setPlaceholderText("a city, e.g. Berlin (optional)")
        self.city.returnPressed.connect(self._look_up)
        row.addWidget(self.city, 1)
        self.look_up = QPushButton("&Look up", page)
        self.look_up.setToolTip("Fill in latitude, longitude and time zone from a list of "
                                "cities that comes with teachapp (no network)")
        self.look_up.clicked.connect(self._look_up)
        row.addWidget(self.look_up)
        city_title = QLabel("&City", page)  # a label of a row layout needs its buddy set
        city_title.setBuddy(self.city)
        form.addRow(city_title, row)
        self.latitude = QLineEdit(_text(section.get("latitude")), page)
        self.latitude.setAccessibleName("Latitude")
        self.latitude.setPlaceholderText("-90 to 90, north positive, e.g. 52.52")
        form.addRow("L&atitude", self.latitude)
        self.longitude = QLineEdit(_text(section.get("longitude")), page)
        self.longitude.setAccessibleName("Longitude")
        self.longitude.setPlaceholderText("-180 to 180, east positive, e.g. 13.40")
        form.addRow("L&ongitude", self.longitude)
        self.timezone = QLineEdit(str(section.get("timezone") or ""), page)
        self.timezone.setAccessibleName("Time zone")
        self.timezone.setPlaceholderText(f"empty: this computer's ({local_zone().key})")
        form.addRow("&Time zone", self.timezone)
        self.problem = QLabel(page)
        self.problem.setObjectName("error")
        self.problem.setWordWrap(True)
        form.addRow("", self.problem)
        form.addRow("", styled_label(
            "Routines that run at sunrise or sunset need the home's location; it never "
            "leaves this computer. Leave latitude and longitude empty if no routine uses "
            "the sun.", page, "muted", wrap=True))

    def _look_up(self) -> None:
        if self.looking:
            return
        self.looking = True
        self.problem.setText("")
        self.bridge.call(lookup_place, self.city.text(), done=self._found,
                         failed=self._not_found, long=True)

    def _not_found(self, exc: BaseException) -> None:
        self._looked()
        self.problem.setText(str(exc) if isinstance(exc, ConfigError) else
                             f"The city could not be looked up ({exc}); type its latitude "
                             "and longitude instead.")

    def _looked(self) -> None:
        self.looking = False

    def _found(self, place: tuple[str, float, float, str]) -> None:
        self._looked()
        name, latitude, longitude, zone = place
        self.city.setText(name)
        self.latitude.setText(f"{latitude:.4f}")
        self.longitude.setText(f"{longitude:.4f}")
        self.timezone.setText(zone)
        self.problem.setText("")

    def values(self) -> dict[str, Any]:
        """The section as typed (not yet checked)."""
        return {"place": self.city.text().strip() or None,
                "latitude": _number(self.latitude.text()),
                "longitude": _number(self.longitude.text()),
                "timezone": self.timezone.text().strip() or None}

    def checked(self) -> dict[str, Any]:
        """The section, checked with the scheduler's own parser; ``ConfigError`` (also
        shown under the fields) when a value is wrong."""
        values = self.values()
        try:
            if (values["latitude"] is None) != (values["longitude"] is None):
                raise ConfigError("Give both latitude and longitude, or leave both empty.")
            place_from_settings(values)
        except ConfigError as exc:
            self.problem.setText(str(exc).replace("Settings location.", "The ")
                                 .replace("Settings location ", "The location "))
            raise
        self.problem.setText("")
        return values

    def save(self, settings: Settings) -> None:
        """Check, then write the ``location`` section (nothing is written on an error)."""
        settings.update("location", **self.checked())


def _text(value: Any) -> str:
    return "" if value is None else str(value)
