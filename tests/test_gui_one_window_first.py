"""A second `teachapp gui` on a database whose window is open asked that window to come
forward only after it had read the stored routines and built a whole window of its own
(its MainWindow made, for nothing, before it ended). Now it asks first and builds
nothing."""

from __future__ import annotations

import argparse

import pytest

pytest.importorskip("pytestqt")


def test_a_second_start_asks_the_open_window_before_building_one(qtbot, tmp_path,
                                                                  monkeypatch, capsys):
    from teachapp.gui import app as gui_app
    from teachapp.gui import main_window
    from teachapp.gui.one_window import listen_for_others, server_name

    db = tmp_path / "home.sqlite3"
    gui_app.make_app()
    asked: list[bool] = []
    from PySide6.QtWidgets import QApplication

    server = listen_for_others(server_name(str(db)), lambda: asked.append(True),
                               QApplication.instance())
    assert server is not None
    built: list[object] = []
    original = main_window.MainWindow.__init__

    def counted(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003
        built.append(self)
        original(self, *args, **kwargs)

    monkeypatch.setattr(main_window.MainWindow, "__init__", counted)
    read: list[object] = []
    monkeypatch.setattr(gui_app, "_read_snapshot",
                        lambda *a, **k: read.append(a) or (lambda: None))
    try:
        status = gui_app.run_gui(argparse.Namespace(db=str(db), no_speech=True))
        qtbot.waitUntil(lambda: bool(asked), timeout=5_000)  # the open window came forward
    finally:
        server.close()
    assert status == 0
    assert capsys.readouterr().err == (
        f"teachapp: teachapp is already open on {db}; its window was brought to the "
        "front (one window per database).\n")
    assert built == []  # was: one MainWindow made and thrown away
    assert read == []  # was: the stored routines read for a window never shown
