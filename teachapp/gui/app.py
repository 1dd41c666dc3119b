"""Starting the window: QApplication, palette, the engine on a worker, screenshots.

The window appears before the database is open (the engine loads on the bridge's
worker), so start-up feels instant and never freezes. Without a display this
module says so in one line instead of letting Qt abort the process.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import ConfigError, NotFoundError
from ..paths import default_database, file_in_the_way

__all__ = ["binding_problem", "display_available", "make_app", "run_gui", "screenshot"]

_T0 = time.perf_counter()


def display_available() -> bool:
    """Whether Qt can open a window here (a chosen QT_QPA_PLATFORM counts)."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return True
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    return True


def _require_display() -> None:
    if not display_available():
        raise ConfigError(
            "No display found, so the window cannot open (DISPLAY and WAYLAND_DISPLAY "
            "are unset). Use `teachapp chat` to talk to teachapp in the terminal, or "
            "start it on a desktop.")


def binding_problem() -> str | None:
    """What is wrong with the installed Qt binding, in one line, or None.

    PySide6 6.12.0 on Python 3.11 returns None from void methods without taking a
    reference; every call frees one that belongs to someone else, and the window
    aborts at quit ("Fatal Python error: bool_dealloc"). Python 3.12+ has immortal
    singletons, so only older interpreters are hurt. Costs a few microseconds.
    """
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(32):
        probe.setObjectName("probe")
    if sys.getrefcount(None) - before > -16:
        return None
    import PySide6

    return (f"PySide6 {PySide6.__version__} loses references on Python "
            f"{sys.version_info.major}.{sys.version_info.minor} and crashes at quit; run "
            "`pip install 'PySide6-Essentials!=6.12.0'` (or `make run`, which does).")


def make_app(settings: Any = None) -> Any:
    """The QApplication with teachapp's name, icon and palette (light or dark)."""
    os.environ.setdefault("LANG", "C.UTF-8")
    from .import_hook import read_sources_without_caching

    read_sources_without_caching()  # before the rest of the window and the engine import
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from .icons import app_icon
    from .style import apply_theme

    app = QApplication.instance()
    if app is None:
        QApplication.setHighDpiScaleFactorRoundingPolicy(
            Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        app = QApplication(sys.argv[:1])
    app.setApplicationName("teachapp")
    app.setApplicationDisplayName("teachapp")
    app.setOrganizationName("teachapp")
    app.setDesktopFileName("io.github.teachapp.Teachapp")
    app.setWindowIcon(app_icon())
    problem = binding_problem()
    if problem is not None:
        import logging

        logging.getLogger(__name__).warning("%s", problem)
        sys.stderr.write(f"Warning: {problem}\n")
    theme = str(settings.get("gui", "theme", "system")) if settings is not None else "system"
    apply_theme(theme)
    return app


FIRST_WORKERS_WAIT_MS = 10_000
"""How long a screenshot of the first paint waits for the window's first workers (the
sound input check: ``arecord -l``, a few ms; it gives up after 5 s itself)."""

SNAPSHOT_WAIT_SECONDS = 1.0
"""How long the first paint waits for the stored routines and devices (a few ms on a
local disk); a slower disk paints without them and the engine fills the window."""


def _read_snapshot(args: argparse.Namespace, settings: Any, *, check: bool = False
                   ) -> Callable[[], Any]:
    """Start reading the routines and devices as stored (``conversation.read_home``,
    stdlib sqlite3, never SQLAlchemy) on a thread, beside Qt's start-up; the returned
    call gives the snapshot, or None when there is none or it is late."""
    from ..conversation.snapshot import read_home

    found: list[Any] = []

    def read() -> None:
        try:
            found.append(read_home(args, settings=settings, check=check, fallback=False))
        except Exception:  # noqa: BLE001 - the engine opens the database and says why
            logging.getLogger(__name__).info("no snapshot for the first paint", exc_info=True)

    thread = threading.Thread(target=read, name="teachapp-snapshot", daemon=True)
    thread.start()

    def result() -> Any:
        thread.join(SNAPSHOT_WAIT_SECONDS)
        return found[0] if found else None

    return result


def _read_tokenizer(settings: Any) -> threading.Thread:
    """Start reading the speech model's tokenizer on a thread
    (``speech._tokenizer.warm_tokenizer``), once the window has painted. Read when the
    window heard its first recording or utterance, it held the interpreter 150-360 ms and
    the window stood still while a person waited for the answer; read before the window
    shows, it held the window back 0.3-1.3 s at every start. Right after the first paint
    the engine's own load on its worker keeps the window busy anyway. The thread imports
    what it reads with: imported here, Whisper's engine and numpy held the window's own
    thread ~0.5 s after the paint (and the idle window ~10 MB for nothing)."""

    def read() -> None:
        from ..speech._tokenizer import warm_tokenizer

        warm_tokenizer(settings)

    thread = threading.Thread(target=read, name="teachapp-tokenizer", daemon=True)
    thread.start()
    return thread


def _build(args: argparse.Namespace, *, check: bool = False) -> tuple[Any, Any, Any, Any]:
    """The app, settings, bridge and window, painted from the stored routines and
    devices when they can be read quickly (``check``: ``quick_check`` the file first,
    for a screenshot that may never open the engine)."""
    from ..settings import Settings
    from .import_hook import read_sources_without_caching

    read_sources_without_caching()  # (before the snapshot's thread imports the store)
    settings = Settings()
    snapshot = _read_snapshot(args, settings, check=check)
    app = make_app(settings)
    from .bridge import Bridge
    from .main_window import MainWindow

    bridge = Bridge()
    window = MainWindow(bridge, settings)
    window.snapshot = snapshot()
    if window.snapshot is not None:
        window.show_snapshot(window.snapshot)
    return app, settings, bridge, window


def run_gui(args: argparse.Namespace) -> int:
    """Open the window and run until it closes; the process's exit status."""
    _require_display()
    from .heap import one_arena
    from .import_hook import read_sources_without_caching

    one_arena()  # (before any thread of the window starts)

    read_sources_without_caching()  # (the one-window check imports Qt: every module
    # imported after it was read into linecache, 1-2 MB of the idle window's memory)
    from .one_window import already_open, listen_for_others, server_name

    try:
        database: str | None = getattr(args, "db", None) or default_database()
    except ConfigError:  # (no data folder: the window's recovery dialog says why)
        database = None
    name = server_name(database) if database is not None else None
    if name is not None and already_open(name):  # (before a snapshot, a window or the
        # engine is made for nothing; no Qt application is needed to ask)
        sys.stderr.write(f"teachapp: teachapp is already open on {database}; its "
                         "window was brought to the front (one window per database).\n")
        return 0
    app, settings, bridge, window = _build(args)
    if name is not None:
        listen_for_others(name, lambda: (window.showNormal(), window.raise_(),
                                         window.activateWindow()), app)
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QSystemTrayIcon

    tray = None
    if settings.get("gui", "start_minimised", False) and QSystemTrayIcon.isSystemTrayAvailable():
        tray = _tray(app, window)
    else:
        window.show()
    app.processEvents()  # the first paint, before the engine's imports take the CPU
    window.first_painted()
    if not getattr(args, "no_speech", False):
        _read_tokenizer(settings)
    bench = os.environ.get("TEACHAPP_GUI_BENCH")
    if bench:
        _mark("painted" if window.snapshot is not None else "shown-empty")
        QTimer.singleShot(0, lambda: _mark("shown"))
        say = os.environ.get("TEACHAPP_GUI_BENCH_SAY")
        after_idle = ((lambda: _bench_reply(window, bridge, say)) if say
                      else window.quit)
        bridge.engineReady.connect(lambda _e: _after_ready(bridge, lambda: (
            _mark("ready"), QTimer.singleShot(int(float(bench) * 1000),
                                              lambda: (_mark("idle"), after_idle())))))
    from .recovery import DatabaseRecovery

    recovery = DatabaseRecovery(bridge, window, args)
    QTimer.singleShot(0, recovery.start)  # after the first paint; a database that does
    # not open gets a dialog with the ways out
    try:
        status = app.exec()
    finally:
        bridge.close()
        if tray is not None:
            tray.hide()
    if recovery.gave_up is not None:  # quit on a database problem: one line, exit 1
        raise recovery.gave_up
    return int(status)


def _tray(app: Any, window: Any) -> Any:
    from PySide6.QtWidgets import QMenu, QSystemTrayIcon

    from .icons import app_icon

    tray = QSystemTrayIcon(app_icon(), app)
    menu = QMenu()
    menu.addAction("Show teachapp", window.showNormal)
    menu.addAction("Quit", window.quit)
    tray.setContextMenu(menu)
    tray.setToolTip("teachapp")
    tray.activated.connect(lambda _reason: (window.showNormal(), window.activateWindow()))
    tray.show()
    tray._menu = menu  # keep a reference
    return tray


def _rss_kb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _mark(name: str) -> None:
    """Benchmark marker: seconds since import and resident memory, one JSON line."""
    mark: dict[str, Any] = {"mark": name, "t": round(time.perf_counter() - _T0, 4),
                            "rss_kb": _rss_kb()}
    if name == "idle" and os.environ.get("TEACHAPP_GUI_BENCH_MODULES"):
        mark["modules"] = sorted({m.split(".")[0] for m in sys.modules})
    sys.stdout.write(json.dumps(mark) + "\n")
    sys.stdout.flush()


def _bench_reply(window: Any, bridge: Any, text: str) -> None:
    """Benchmark: a person types ``text`` into the idle window's command line (its first
    key, then the rest TEACHAPP_GUI_BENCH_TYPING seconds later, 1 by default) and presses
    Enter; marked "enter" and "replied" (the window's first reply), then the window quits."""
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    entry = window.strip.entry

    def key(code: Any, typed: str) -> None:  # (QtTest is not in the bundle)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(entry, QKeyEvent(kind, code, Qt.KeyboardModifier.NoModifier,
                                                    typed))

    def replied(*_args: Any) -> None:
        bridge.reply.disconnect(replied)
        _mark("replied")
        window.quit()

    def enter() -> None:
        entry.setText(text)
        bridge.reply.connect(replied)
        _mark("enter")
        key(Qt.Key.Key_Return, "\r")

    key(Qt.Key(ord(text[0].upper())), text[0])
    QTimer.singleShot(int(float(os.environ.get("TEACHAPP_GUI_BENCH_TYPING", "1")) * 1000),
                      enter)


def _after_ready(bridge: Any, then: Any) -> None:
    """Call ``then`` once the engine's first queries are answered."""
    from PySide6.QtCore import QTimer

    def check() -> None:
        if bridge.busy:
            QTimer.singleShot(20, check)
        else:
            then()

    QTimer.singleShot(0, check)


def screenshot(args: argparse.Namespace, path: str | Path) -> Path:
    """Render the window with the current database to a PNG, without a display.

    With ``--say`` the turns run on a snapshot of the database and the simulated
    home, in a temporary folder: a screenshot never changes or saves the home.
    """
    path = _screenshot_target(path)  # (said before seconds of rendering, not after)
    if not display_available():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    import tempfile

    with tempfile.TemporaryDirectory(prefix="teachapp-shot-") as scratch:
        load_options: dict[str, Any] = {}
        if getattr(args, "say", None):
            args, settings = _snapshot(args, Path(scratch))
            load_options["settings"] = settings
        try:
            return _render(args, path, load_options)
        finally:
            _let_background_threads_end()


def _let_background_threads_end(timeout: float = 10.0) -> None:
    """Wait for the engine's background threads (schedules and hunches, the change
    feed), told to stop when the window closed: they end by themselves, and one still
    writing to the scratch database while the folder is removed made the removal fail
    ("Directory not empty"). Only the screenshot command waits; the window never does."""
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if thread is not threading.current_thread() and thread.name in _BACKGROUND:
            thread.join(max(0.0, deadline - time.monotonic()))


_BACKGROUND = frozenset({"teachapp-homewatch", "teachapp-changes"})


def _snapshot(args: argparse.Namespace, folder: Path) -> tuple[argparse.Namespace, Any]:
    """A copy of the database (SQLite's backup API, read-only on the original) and
    settings that use the simulated home, so turns cannot reach real devices."""
    import sqlite3

    from ..conversation.runtime import open_store
    from ..paths import default_database
    from ..settings import Settings
    from ..store import database_url, sqlite_path

    source = getattr(args, "db", None) or os.environ.get("TEACHAPP_DB") or default_database()
    file = sqlite_path(database_url(source))
    if file is None:
        raise ConfigError("--say changes the home, so a screenshot with --say needs a "
                          "SQLite database it can copy; this one is on a server. Leave "
                          "out --say, or point --db at a SQLite file.")
    copy = folder / "snapshot.sqlite3"
    if file.exists():  # else the copy starts as a first start would, with nothing taught
        from contextlib import closing

        try:
            with closing(sqlite3.connect(file.resolve().as_uri() + "?mode=ro", uri=True)) \
                    as src, closing(sqlite3.connect(copy)) as dst:
                src.backup(dst)
        except sqlite3.Error as exc:
            raise ConfigError(f"Cannot copy {file} to try --say on it ({exc}); run "
                              f"`teachapp --db {file} list` to see what is wrong with "
                              "it.") from exc
    real = Settings()
    settings = Settings(folder / "settings.json")
    for name in ("speech", "resolver", "gui", "conversation"):
        if real.section(name):
            settings.update(name, **real.section(name))
    settings.update("backend", type="simulated")
    opened = open_store(argparse.Namespace(db=str(copy)), settings=settings)
    opened.close()
    return argparse.Namespace(**{**vars(args), "db": str(copy)}), settings


def _render(args: argparse.Namespace, path: str | Path, load_options: dict[str, Any]) -> Path:
    app, _settings, bridge, window = _build(args, check=True)
    from PySide6.QtCore import QEventLoop, QSize, QTimer

    window.remember_geometry = False
    window.resize(QSize(*getattr(args, "size", (1280, 820))))
    window.show()
    app.processEvents()
    window.first_painted()
    if _first_paint_is_complete(window, args):
        # what the window's first workers answer (is there a microphone?) is shown a
        # moment later: the picture waits for it, the window's events still served
        _settle(bridge, 0, bound_ms=FIRST_WORKERS_WAIT_MS)
        return _grab(window, bridge, path, wait_for_calls=False)
    loop = QEventLoop()
    failure: list[str] = []
    bridge.engineFailed.connect(lambda text: (failure.append(text), loop.quit()))
    bridge.engineReady.connect(lambda _e: _after_ready(bridge, loop.quit))
    QTimer.singleShot(60_000, loop.quit)
    bridge.load(args, **load_options)
    loop.exec()
    try:
        if failure:
            raise ConfigError(f"Cannot render the window: {failure[0]}")
        _prepare_view(window, bridge, args)
    except BaseException:
        bridge.close(wait_for_calls=True)
        window.close()
        raise
    return _grab(window, bridge, path)


def _screenshot_target(path: str | Path) -> Path:
    """Where the PNG goes, its folder made; ``ConfigError`` naming what is in the way
    (a folder given for the file, a file where a folder should be). It was "unexpected
    error: FileExistsError" after the window had been rendered."""
    target = Path(path)
    if target.is_dir():
        raise ConfigError(f"Cannot write the screenshot to {target}: it is a folder; give a "
                          f"file name, e.g. {target / 'teachapp.png'}.")
    blocker = file_in_the_way(target)
    if blocker is not None:
        raise ConfigError(f"Cannot write the screenshot {target}: {blocker} is a file, not a "
                          "folder; choose another place for it.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"Cannot make the folder {target.parent} for the screenshot: "
                          f"{(exc.strerror or str(exc)).lower()}; choose another "
                          "place for it.") from exc
    return target


def _first_paint_is_complete(window: Any, args: argparse.Namespace) -> bool:
    """The main view painted from the stored routines and devices shows what the
    window shows once the engine is ready; other views and ``--say`` need the engine."""
    return (window.snapshot is not None and not getattr(args, "say", None)
            and (getattr(args, "view", "main") or "main") == "main")


def _grab(window: Any, bridge: Any, path: str | Path, *, wait_for_calls: bool = True
          ) -> Path:
    """Write the window to ``path`` as a PNG, then close it and the engine. After
    turns (``--say``) every call is waited for: they write in a scratch folder that is
    removed next. The first paint of the main view has none to wait for."""
    from PySide6.QtWidgets import QApplication

    try:
        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        QApplication.processEvents()
        ok = window.grab().save(str(target), "PNG")
    finally:
        bridge.close(wait_for_calls=wait_for_calls)
        window.close()
    if not ok:
        raise ConfigError(f"Cannot write the screenshot {target}; check the folder exists "
                          "and is writable.")
    return target


def _settle(bridge: Any, ms: int = 150, *, bound_ms: int = 30_000) -> None:
    """Wait ``ms``, then until the bridge's workers are done (at most ``bound_ms``),
    in an event loop: the window goes on painting and answering meanwhile."""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, lambda: _after_ready(bridge, loop.quit))
    QTimer.singleShot(bound_ms, loop.quit)
    loop.exec()


def _prepare_view(window: Any, bridge: Any, args: argparse.Namespace) -> None:
    """Put the window in the state a screenshot asks for (``--view``, ``--say``)."""
    for text in getattr(args, "say", None) or []:
        bridge.handle_text(text)
        _settle(bridge)
    view = getattr(args, "view", "main") or "main"
    if view == "teach" and bridge.assistant is not None and bridge.assistant.teaching is None:
        window.start_teaching()
        _settle(bridge)
    elif view == "editor":
        name = getattr(args, "routine", None) or (window.routines[0].name
                                                  if window.routines else None)
        if name:
            # The store finds the routine as every command does (its name key), so
            # "Reading mode" opens "reading mode" rather than an empty editor.
            try:
                named = bridge.engine.store.routine(name)
            except NotFoundError as exc:
                raise ConfigError(f"There is no routine called {name!r} to show in the "
                                  "editor; `teachapp list` shows the routines.") from exc
            window.open_routine(named.name)
            if window.editor.steps.count():
                window.editor.steps.setCurrentRow(0)
            for row in window.editor.phrase_rows():  # show how each phrase resolves
                row.test.click()
        else:
            window.new_routine()
    elif view == "history":
        window.tabs.setCurrentWidget(window.history)
        window.history.refresh()
    _settle(bridge, 300)

