"""The Settings dialog's Location tab: looked up offline or typed, checked, and saved
where the scheduler reads it (sunset routines then have a next run)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from gui_helpers import close_window, open_window
from PySide6.QtCore import Qt


@pytest.fixture
def window(qtbot, db_path, tmp_path):
    from teachapp.settings import Settings

    Settings().update("speech", model_path=str(tmp_path / "no-model"))
    win, bridge = open_window(qtbot, db_path)
    yield win
    close_window(win, bridge)


def _dialog(qtbot, window):
    from teachapp.gui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(window.bridge, window.settings, window)
    qtbot.addWidget(dialog)
    return dialog


def test_a_bad_location_is_named_and_nothing_is_saved(qtbot, window):
    dialog = _dialog(qtbot, window)
    fields = dialog.location
    fields.latitude.setText("95")
    fields.longitude.setText("13.4")
    dialog.accept()
    assert dialog.result() == 0
    assert "95.0, 13.4 is not on Earth" in fields.problem.text()
    assert dialog.tabs.tabText(dialog.tabs.currentIndex()) == "Location"
    fields.latitude.setText("north")
    dialog.accept()
    assert "must be numbers" in fields.problem.text()
    fields.latitude.setText("52.5")
    fields.longitude.setText("")
    dialog.accept()
    assert "both latitude and longitude" in fields.problem.text()
    fields.longitude.setText("13.4")
    fields.timezone.setText("Mars/Olympus")
    dialog.accept()
    assert "'Mars/Olympus' is not a time zone" in fields.problem.text()
    assert dialog.result() == 0
    assert window.settings.section("location") == {}
    assert window.settings.get("resolver", "run_threshold") is None  # nothing written


def test_a_city_is_looked_up_offline_and_the_scheduler_reads_it(qtbot, window):
    from teachapp.schedule import place_from_settings

    dialog = _dialog(qtbot, window)
    fields = dialog.location
    fields.city.setText("Atlantis")
    qtbot.mouseClick(fields.look_up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "'Atlantis' is not in the offline list" in fields.problem.text(),
                    timeout=5000)
    fields.city.setText("  berlin ")
    qtbot.mouseClick(fields.look_up, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: fields.city.text() == "Berlin", timeout=5000)
    assert fields.problem.text() == ""
    assert fields.city.text() == "Berlin" and fields.timezone.text() == "Europe/Berlin"
    assert fields.latitude.text().startswith("52.5") and fields.longitude.text()
    dialog.accept()
    assert dialog.result() == 1
    place = place_from_settings(window.settings.section("location"))
    assert place.zone.key == "Europe/Berlin" and place.has_location
    assert round(place.latitude, 1) == 52.5 and round(place.longitude, 1) == 13.4
    again = _dialog(qtbot, window)  # shown again as saved
    assert again.location.city.text() == "Berlin"
    assert again.location.latitude.text().startswith("52.5")


def test_a_city_is_looked_up_off_the_window_thread(qtbot, window, monkeypatch):
    """Look up read astral's list on the GUI thread (its first use ~30 ms, the window
    frozen meanwhile); now on the worker, the fields filled when it answers."""
    import threading

    import astral.geocoder

    real, threads = astral.geocoder.lookup, []

    def lookup(*args, **kwargs):  # the real look-up, noting the thread it runs on
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(astral.geocoder, "lookup", lookup)
    fields = _dialog(qtbot, window).location
    fields.city.setText("London")
    qtbot.keyClick(fields.city, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: fields.timezone.text() == "Europe/London", timeout=5000)
    assert threads and threading.main_thread() not in threads


def test_clearing_the_fields_removes_the_location(qtbot, window):
    window.settings.update("location", latitude=1.5, longitude=2.5, timezone="UTC")
    dialog = _dialog(qtbot, window)
    assert dialog.location.latitude.text() == "1.5"
    dialog.location.latitude.setText("")
    dialog.location.longitude.setText(" ")
    dialog.location.timezone.setText("")
    dialog.accept()
    assert dialog.result() == 1
    assert window.settings.section("location") == {}


def test_the_running_schedules_use_a_location_saved_meanwhile(store, tmp_path):
    from teachapp.conversation.awareness import HomeWatch
    from teachapp.home import SimulatedBackend
    from teachapp.settings import Settings

    settings = Settings(tmp_path / "settings.json")
    watch = HomeWatch(store, SimulatedBackend(store), settings)
    assert not watch.scheduler.place.has_location
    settings.update("location", latitude=52.52, longitude=13.4, timezone="Europe/Berlin")
    watch.tick()
    assert watch.scheduler.place.has_location and watch.place.zone.key == "Europe/Berlin"
