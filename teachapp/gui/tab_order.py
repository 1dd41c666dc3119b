"""Tab moves through the window in the order a person reads it.

Qt chains focus in the order widgets were made, so Tab went from the sidebar to the
device panel, down to the command line, back up to the guide, to the tabs, and only
then to the tiles (made later, when the devices load). ``next_stop`` picks the next
stop region by region, top to bottom, so the order cannot drift as tiles are remade.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

__all__ = ["next_stop", "tab_stops"]


def _stops_in(region: QWidget) -> list[QWidget]:
    """The widgets of ``region`` that Tab can reach now, in the order they were made."""
    found: list[QWidget] = []
    widget = region
    for _ in range(5000):  # the chain is a ring; a window has far fewer widgets
        if widget is region or region.isAncestorOf(widget):
            if (widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible()
                    and widget.isEnabled() and widget.focusProxy() is None):
                found.append(widget)
        widget = widget.nextInFocusChain()
        if widget is region:
            break
    return found


def tab_stops(regions: Sequence[QWidget]) -> list[QWidget]:
    """Every Tab stop of ``regions``, one region after the other."""
    stops: list[QWidget] = []
    for region in regions:
        if region.isVisible():
            stops.extend(w for w in _stops_in(region) if w not in stops)
    return stops


def next_stop(regions: Sequence[QWidget], current: QWidget | None, forward: bool
              ) -> QWidget | None:
    """The stop after (or before) ``current``, wrapping round; None when ``current``
    is not one of the stops (a dialog, a page of its own): Qt's order applies there."""
    stops = tab_stops(regions)
    if current is None or current not in stops:
        return None
    index = stops.index(current) + (1 if forward else -1)
    return stops[index % len(stops)]
