"""A device backend chosen in Settings but out of reach: the Home page says what is
wrong and where to fix it, and nothing taught is lost."""

from __future__ import annotations

import argparse
import os
import socket

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from gui_helpers import REPO, close_window


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_an_mqtt_broker_out_of_reach_is_said_with_its_fix(qtbot, db_path):
    """It said "No devices yet. Import a routine file with devices (File → Import) or
    connect a backend in Settings.", as if none were chosen; the reason was only in the
    tooltip of "Devices: mqtt ✗"."""
    from teachapp.conversation import load_engine, open_store
    from teachapp.gui.app import make_app
    from teachapp.gui.bridge import Bridge
    from teachapp.gui.main_window import MainWindow
    from teachapp.settings import Settings
    from teachapp.store import read_routine_file

    args = argparse.Namespace(db=str(db_path), no_speech=True)
    store = open_store(args)
    store.import_all(*read_routine_file(REPO / "assets" / "examples.yaml"))
    store.close()
    port = _free_port()  # nothing listens there
    settings = Settings()
    settings.update("backend", type="mqtt", host="127.0.0.1", port=port)
    make_app(settings)
    bridge = Bridge()
    window = MainWindow(bridge, settings)
    window.show()
    try:
        bridge.attach(load_engine(args, settings=settings))
        qtbot.waitUntil(lambda: "cannot reach" in _page_text(window), timeout=15_000)
        text = _page_text(window)
        assert text.startswith(f"The devices cannot be shown: cannot reach the MQTT broker "
                               f"at 127.0.0.1:{port}")
        assert "Settings → Devices" in text and "Simulated home" in text
        # the window's own way to fix it, not the command line's ('teachapp backend
        # show' was in the page and the status bar's tooltip)
        assert "teachapp backend" not in text
        assert "teachapp backend" not in window.probe.backend.toolTip()
        assert window.probe.backend.toolTip().startswith("cannot reach the MQTT broker")
        window.strip.entry.setText("movie night")
        window.strip._send()
        qtbot.waitUntil(lambda: "Movie night" in "\n".join(window.strip.lines()),
                        timeout=15_000)
        qtbot.waitUntil(lambda: not bridge.busy, timeout=15_000)
        said = [line for line in window.strip.lines() if "MQTT broker" in line]
        # the reason once for the routine's four steps, without command-line advice
        assert len(said) == 1 and "teachapp backend" not in said[0]
        assert window.statusBar().currentMessage().startswith(
            "Cannot reach the MQTT broker")  # (was "4 step(s) failed: … is not known yet")
        status = bridge.engine.backend.status()  # the CLI's words kept; that it
        assert status.message.endswith("host and port ('teachapp backend show')")
        assert status.retrying  # retries is a part of its own, not "…; retrying"
        # Said once each: it read "…; retrying." and then "… the devices appear here as
        # soon as teachapp connects", and the run "No step ran; steps 1, 2, 3 and 4 did
        # not." (the steps twice).
        assert "retrying" not in text and text.count("teachapp keeps trying") == 1
        assert "your routines are kept" in text and "In the window" not in text
        assert said[0].endswith("; retrying. None of the 4 steps ran."), said
        assert window.statusBar().currentMessage().endswith(". None of the 4 steps ran.")
        assert "No devices yet" not in text
        assert window.probe.backend.text() == "Devices: mqtt ✗"
        # nothing taught is lost: the routines are listed and open as before
        items = window.routine_list.list
        assert items.count() == 4
        window.routine_list.select("Movie night")
        assert window.routine_list.current() == "Movie night"
    finally:
        close_window(window, bridge)


def _page_text(window) -> str:
    from PySide6.QtWidgets import QLabel

    return "\n".join(label.text() for label in window.panel.widget().findChildren(QLabel)
                     if label.isVisibleTo(window.panel))
