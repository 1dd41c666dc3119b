"""The window's memory at idle: what Qt's import hook would keep is not kept."""

from __future__ import annotations

import importlib
import linecache
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def test_modules_imported_after_the_window_opens_leave_no_source_in_memory(tmp_path,
                                                                            monkeypatch):
    # PySide6 asks of every module imported after it whether it uses PySide6, by reading
    # its source through linecache: the engine's 600 files stayed there, 24 MB at idle.
    from teachapp.gui.app import make_app

    make_app()
    (tmp_path / "teachapp_probe_widget.py").write_text("from PySide6.QtCore import QObject\n")
    (tmp_path / "teachapp_probe_engine.py").write_text("VALUE = 1\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    names = ("teachapp_probe_widget", "teachapp_probe_engine")
    feature = importlib.import_module("shibokensupport.feature")
    try:
        for name in names:
            # shiboken's __import__ asks feature_imported of each new module; asked here
            # too (a no-op once recorded), so that a test before that put back the plain
            # __import__ in this worker cannot hide what PySide's check would keep
            feature.feature_imported(importlib.import_module(name))
        assert [f for f in linecache.cache if f.startswith(str(tmp_path))] == []
        # PySide's answer is the one it found itself: a module that uses it, one that not
        assert feature.pyside_feature_dict["teachapp_probe_widget"] == 0
        assert feature.pyside_feature_dict["teachapp_probe_engine"] == -1
    finally:
        for name in names:
            sys.modules.pop(name, None)


def test_the_window_and_its_one_window_socket_leave_qtnetwork_unloaded(tmp_path):
    # QtNetwork was imported for the one-window socket alone (QLocalServer): 3.3 MB of
    # the idle window (benchmarks/gui.py, 202.4 -> 199.1 MB). Where there are Unix
    # sockets the standard library makes it; a fresh process, as the window's is.
    import socket
    import subprocess

    import pytest

    if not hasattr(socket, "AF_UNIX"):
        pytest.skip("no Unix sockets: QLocalServer (a named pipe) is the way here")
    probe = (
        "import sys\n"
        "from teachapp.gui.app import make_app\n"
        "from teachapp.gui.main_window import MainWindow\n"
        "from teachapp.gui import one_window as w\n"
        "app = make_app()\n"
        f"name = w.server_name({str(tmp_path / 'home.sqlite3')!r})\n"
        "shown = []\n"
        "listening = w.listen_for_others(name, lambda: shown.append(1), app)\n"
        "reached = w.already_open(name)\n"
        "for _ in range(50):\n"
        "    app.processEvents()\n"
        "listening.close()\n"
        "print(reached, shown, 'PySide6.QtNetwork' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert out.stdout.split("\n")[-2:] == ["True [1] False", ""], out.stderr


def test_the_window_reads_no_source_into_linecache_and_imports_no_downloader():
    # run_gui imports Qt first for the one-window check: every module imported before
    # the window's import hook was read into linecache (246 files, 0.8 MB of source at
    # idle, with PySide's own enum.py and __init__ files); and listing the speech models
    # imported the downloader with urllib, http.client and ssl. A fresh process, as the
    # window's is; what run_gui does first, then the snapshot's and the engine's imports.
    import subprocess

    probe = (
        "import linecache, sys\n"
        "from teachapp.gui.import_hook import read_sources_without_caching\n"
        "read_sources_without_caching()\n"
        "import teachapp.gui.one_window, teachapp.conversation.snapshot\n"
        "import teachapp.store, teachapp.speech.models\n"
        "files = [f for f in linecache.cache if not f.startswith('<')]\n"
        "print(files, [m for m in ('teachapp.speech._download', 'urllib.request')\n"
        "              if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert out.stdout.split("\n")[-2:] == ["[] []", ""], (out.stdout, out.stderr)


def test_the_window_paints_and_reads_ahead_without_the_recognisers_or_the_teaching_module():
    # The window's status bar asks which engine would listen, and a thread reads Whisper's
    # tokenizer right after the first paint: both went through the recognisers' module,
    # which imports Whisper's engine, numpy and PocketSphinx's phone tables, held all day
    # by a window nobody spoke to (and imported on the window's own thread after the
    # paint). And the window's module imported the teaching module (the resolver's
    # command reader, YAML, rapidfuzz) on that thread before the first paint, for one
    # example line of a help box. A fresh process, as the window's is.
    import subprocess

    probe = (
        "import sys\n"
        "import teachapp.gui.main_window\n"
        "painted = 'teachapp.conversation.teaching' in sys.modules\n"
        "from teachapp import speech\n"
        "from teachapp.gui.app import _read_tokenizer\n"
        "from teachapp.settings import Settings\n"
        "choice = speech.choose_engine('command', ['reading mode'], Settings())\n"
        "_read_tokenizer(Settings()).join(60)\n"
        "print(painted, choice.engine is not None, [m for m in (\n"
        "    'teachapp.speech.recognizer', 'teachapp.speech.whisper_engine',\n"
        "    'teachapp.speech.sphinx_engine', 'numpy') if m in sys.modules])\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, timeout=120)
    assert out.stdout.split("\n")[-2:] == ["False True []", ""], (out.stdout, out.stderr)


def test_the_resolver_index_is_built_at_the_first_key_not_at_the_start(qtbot, db_path,
                                                                         monkeypatch):
    # Built as the window's start read the routines, the resolver's modules and index
    # held ~15 MB of a window nobody spoke to (benchmarks/gui.py: 170.8 -> 155.9 MB).
    from gui_helpers import close_window, open_window, settle
    from PySide6.QtCore import Qt

    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        phrases = bridge.engine.assistant._phrases
        settle(qtbot, bridge)
        assert phrases._resolver is None  # filled, and nobody typed or talked
        qtbot.keyClick(window.strip.entry, "t")  # the first key of a command
        qtbot.waitUntil(lambda: phrases._resolver is not None, timeout=10_000)
        built = phrases._resolver
        qtbot.keyClicks(window.strip.entry, "urn on the living room lamp")
        qtbot.keyClick(window.strip.entry, Qt.Key.Key_Return)
        settle(qtbot, bridge)
        assert phrases._resolver is built  # the command used it
        turn = bridge.engine.store.interactions(limit=1)[0]
        assert (turn.heard, turn.decision) == ("turn on the living room lamp", "command")
    finally:
        close_window(window, bridge)


def test_the_resolver_index_is_built_when_listening_starts(qtbot, db_path, monkeypatch):
    from gui_helpers import close_window, open_window, settle

    from teachapp.gui.bridge import Bridge

    opened = []
    monkeypatch.setattr(Bridge, "_open_listener", lambda self, found: opened.append(found))
    window, bridge = open_window(qtbot, db_path, examples=True)
    try:
        phrases = bridge.engine.assistant._phrases
        settle(qtbot, bridge)
        assert phrases._resolver is None
        bridge.start_listening()
        qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
        assert phrases._resolver is not None  # built before the microphone opened
    finally:
        bridge.stop_listening()
        close_window(window, bridge)


def test_the_engine_the_window_loads_leaves_numpy_to_the_first_resolve(tmp_path):
    # The conversation imports understanding._carriers for its words (whole_or_parts):
    # its numpy import held 11 MB of the idle window (benchmarks/gui.py 155.7 -> 144.8 MB)
    # before anyone typed. The engine as the window's worker builds it, the routines read,
    # then a first command. A fresh process, as the window's is.
    import subprocess

    probe = (
        "import argparse, sys\n"
        "from teachapp.gui.bridge import _load_engine\n"
        f"engine = _load_engine(argparse.Namespace(db={str(tmp_path / 'h.sqlite3')!r}))\n"
        "engine.store.routines()\n"
        "idle = 'numpy' in sys.modules\n"
        "engine.assistant.prepare_resolver()\n"
        "print(idle, 'numpy' in sys.modules,\n"
        "      engine.assistant.handle_text('turn on the living room lamp'))\n"
        "engine.close()\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                              "TEACHAPP_DATA_DIR": str(tmp_path / "data"),
                              "TEACHAPP_CONFIG_DIR": str(tmp_path / "config"),
                              "TEACHAPP_LOG_DIR": str(tmp_path / "log")}, timeout=180)
    assert out.stdout.split("\n")[-2:] == ["False True ['Living room lamp: on.']", ""], (
        out.stdout, out.stderr)
