"""The look: Fusion with a light or dark palette that follows the system, and a
small style sheet for tiles and panels derived from that palette."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

__all__ = ["apply_style", "apply_theme", "is_dark"]

_LIGHT = {
    "window": "#f3f4f7", "base": "#ffffff", "alt": "#f6f7fa", "text": "#1d2230",
    "mid": "#c9ced8", "button": "#f7f8fa", "highlight": "#3b6fe0", "hl_text": "#ffffff",
    "muted": "#667085", "link": "#2f5fd0", "tooltip": "#fffbe6",
}
_DARK = {
    "window": "#1e2128", "base": "#262a33", "alt": "#2b303a", "text": "#e6e8ee",
    "mid": "#444b58", "button": "#2f343e", "highlight": "#5b8cff", "hl_text": "#0e1420",
    "muted": "#9aa3b5", "link": "#8fb0ff", "tooltip": "#2b303a",
}


def is_dark(app: QGuiApplication | None = None) -> bool:
    """Whether the system asks for a dark look (Qt 6.5+ colour scheme, else palette)."""
    app = app or QGuiApplication.instance()  # type: ignore[assignment]
    hints = app.styleHints() if app is not None else None
    scheme = getattr(hints, "colorScheme", None)
    if scheme is not None:
        value = scheme()
        if value == Qt.ColorScheme.Dark:
            return True
        if value == Qt.ColorScheme.Light:
            return False
    if app is None:
        return False
    return app.palette().color(QPalette.ColorRole.Window).lightness() < 128


def _palette(colours: dict[str, str]) -> QPalette:
    p = QPalette()
    c = {k: QColor(v) for k, v in colours.items()}
    role = QPalette.ColorRole
    for r, key in ((role.Window, "window"), (role.WindowText, "text"), (role.Base, "base"),
                   (role.AlternateBase, "alt"), (role.Text, "text"), (role.Button, "button"),
                   (role.ButtonText, "text"), (role.Highlight, "highlight"),
                   (role.HighlightedText, "hl_text"), (role.Link, "link"),
                   (role.ToolTipBase, "tooltip"), (role.ToolTipText, "text"),
                   (role.Mid, "mid"), (role.PlaceholderText, "muted")):
        p.setColor(r, c[key])
    disabled = QColor(c["muted"])
    disabled.setAlpha(150)
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(QPalette.ColorGroup.Disabled, r, disabled)
    return p


def apply_style(app: QApplication, dark: bool | None = None) -> bool:
    """Apply the palette and style sheet; returns whether the dark look is used."""
    dark = is_dark(app) if dark is None else dark
    colours = _DARK if dark else _LIGHT
    app.setStyle("Fusion")
    app.setPalette(_palette(colours))
    app.setStyleSheet(_SHEET % {
        **colours,
        "tile": "#2a2f39" if dark else "#ffffff",
        "tile_on": "#2f3a55" if dark else "#eef3ff",
        "border": "#3a404c" if dark else "#dde1e8",
        "target": "#e8a33d",
        "target_bg": "#3a3222" if dark else "#fff6e6",
        "error": "#ff7b72" if dark else "#c4312b",
        "bubble_me": "#34405a" if dark else "#e4ecff",
    })
    return dark


def apply_theme(theme: str | None) -> bool:
    """Use the ``gui.theme`` setting now: "light", "dark" or "system" (follows the
    desktop's changes). Returns whether the dark look is used."""
    app = QApplication.instance()
    forced = {"light": False, "dark": True}.get(str(theme))
    hints = app.styleHints()
    follow = getattr(app, "_teachapp_follow", None)
    if follow is not None:
        hints.colorSchemeChanged.disconnect(follow)
        app._teachapp_follow = None  # type: ignore[attr-defined]
    if forced is None and hasattr(hints, "colorSchemeChanged"):
        def follow(_scheme: object) -> None:
            apply_style(app)

        hints.colorSchemeChanged.connect(follow)
        app._teachapp_follow = follow  # type: ignore[attr-defined]
    dark = apply_style(app, forced)
    for widget in app.allWidgets():  # widgets that painted colours themselves
        widget.update()
    return dark


_SHEET = """
QFrame#tile { background: %(tile)s; border: 1px solid %(border)s; border-radius: 10px; }
QFrame#tile[active="true"] { background: %(tile_on)s; border-color: %(highlight)s; }
QFrame#tile[targeted="true"] { border: 2px solid %(target)s; background: %(target_bg)s; }
QLabel#tileName { font-weight: 600; }
QLabel#tileGlance, QLabel#attrLabel, QLabel#muted { color: %(muted)s; }
QLabel#tileTarget { color: %(target)s; font-weight: 600; }
QLabel#roomTitle { font-size: 13pt; font-weight: 600; }
QLabel#placeholder { color: %(muted)s; padding: 24px; }
QLabel#sectionTitle { font-size: 12pt; font-weight: 600; }
QLabel#warning { color: %(target)s; }
QLabel#error { color: %(error)s; }
QLabel#partial { color: %(muted)s; font-style: italic; }
QPushButton#toggle { min-width: 74px; padding: 3px 10px; border-radius: 11px;
    border: 1px solid %(border)s; background: %(button)s; }
QPushButton#toggle:checked { background: %(highlight)s; color: %(hl_text)s;
    border-color: %(highlight)s; }
QToolButton#micButton { border-radius: 22px; border: 1px solid %(border)s;
    background: %(button)s; padding: 6px; }
QToolButton#micButton:checked { background: #d64545; border-color: #d64545; }
QPushButton#primary { background: %(highlight)s; color: %(hl_text)s; border: none;
    padding: 6px 16px; border-radius: 6px; font-weight: 600; }
QPushButton#primary:disabled { background: %(mid)s; }
QFrame#teachPanel { background: %(target_bg)s; border: 1px solid %(target)s;
    border-radius: 10px; }
QLabel#stepCurrent { font-weight: 700; color: %(text)s; }
QLabel#stepOther { color: %(muted)s; }
QFrame#strip { background: %(base)s; border-top: 1px solid %(border)s; }
QListWidget#log { border: none; background: %(base)s; }
QFrame#sidebar { background: %(alt)s; border-right: 1px solid %(border)s; }
QListWidget#routineList { border: none; background: %(alt)s; }
QListWidget#routineList::item { padding: 6px 4px; border-radius: 6px; }
QListWidget#routineList::item:selected { background: %(highlight)s; color: %(hl_text)s; }
QTabWidget::pane { border: none; }
QStatusBar QLabel { padding: 0 8px; }
"""
