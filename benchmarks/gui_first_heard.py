"""The window's longest stall while it hears its first recording: a 10 ms heartbeat on
the window's thread, from the engine ready until the recording's lamp is on.

    .venv/bin/python benchmarks/gui_first_heard.py [--runs N]

Each run is a new process (nothing of the model read yet; the vocabulary tables in the
cache folder, as after a first start), the window built as ``teachapp gui`` builds it
(``gui.app._build``) on the example home, then given tests/data's "turn on the living
room lamp" as the window's @file. "main": the tokenizer read when the recording is
heard; "after paint": read on a thread right after the window's first paint, as
``teachapp gui`` now does (``gui.app._read_tokenizer``). Runs alternate. The heartbeat runs
from the window shown: its longest gap while the engine loads (start) and while the
recording is heard.

Measured 2026-12-06, 3 runs each, a machine loaded by other jobs (load average 21-27 on
2 cores), longest heartbeat gap while the recording is heard: main 643, 652, 1303 ms;
before (now) 140, 180, 223 ms; beside 141, 171, 217 ms. The window built (``_build``,
before it shows; median): main 4.7 s, before 6.3 s, beside 5.2 s. Shown to ready
(the engine's load on its worker), longest gap: main 661-1040 ms, before 1198-2265 ms,
beside 405-1777 ms (the load swamps these). What is left while hearing is the model's
own load and the decode beside a busy machine, not the tokenizer.

The cost, from benchmarks/gui.py's markers (``teachapp gui`` on the example home, 5 runs
alternating, the same machine): shown 2.88 -> 4.20 s (median), ready 9.50 -> 9.69 s,
resident at idle 190 -> 221 MB (the tokenizer, and the speech modules and numpy the
engine loads later anyway). Not waiting for the thread ("beside", 3 runs) shows the
window no sooner (3.80-4.08 s against main's 2.75-3.06 s): its imports and the read
hold the interpreter beside Qt's start-up either way. So the read was moved after the
first paint, where the engine's own load keeps the window busy anyway and the window
shows as soon as before. Measured then (2 runs each, load average ~20): longest gap while
hearing main 808, 1322 ms, after paint 72, 146 ms; shown to ready main 541, 1460 ms,
after paint 515, 1498 ms (no worse).

voice47, 2026-12-06 (3 runs each, load average 22-30): reading it only when the
recording is given instead ("at use", 24 MB less at idle) stalled the window 1326, 1442,
1624 ms against 116, 149, 266 ms after the paint: the read after the paint was kept.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WAV = ROOT / "tests" / "data" / "speech" / "wav" / "wyoming_fw__turn_on_the_living_room_lamp.wav"
LAMP = "light.living_room_lamp"
WAYS = ("main", "after paint")


def one_run(way: str, db: str) -> dict[str, float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QElapsedTimer, QTimer
    from PySide6.QtWidgets import QApplication

    from teachapp.conversation import open_store
    from teachapp.gui import app as gui_app
    from teachapp.store import read_routine_file

    args = argparse.Namespace(db=db, no_speech=False)
    store = open_store(args)
    store.import_all(*read_routine_file(ROOT / "assets" / "examples.yaml"))
    store.close()
    started = time.perf_counter()
    _app, settings, bridge, window = gui_app._build(args)
    built = (time.perf_counter() - started) * 1000
    window.show()
    app = QApplication.instance()
    assert app is not None
    app.processEvents()
    if way == "after paint":
        gui_app._read_tokenizer(settings)
    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def beat() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.timeout.connect(beat)
    timer.start(10)
    app.processEvents()
    bridge.load(args)  # on its worker, as `teachapp gui` opens it

    def wait(until, seconds: float) -> None:  # noqa: ANN001
        end = time.monotonic() + seconds
        while not until() and time.monotonic() < end:
            app.processEvents()
            time.sleep(0.002)

    wait(lambda: bool(window.panel.tiles) and not bridge.busy, 30)
    start_gap = max(gaps)
    gaps.clear()
    heard_from = time.perf_counter()
    bridge.handle_audio(str(WAV))
    wait(lambda: bool(bridge.engine.backend.device(LAMP).state["on"]), 120)
    heard = (time.perf_counter() - heard_from) * 1000
    wait(lambda: not bridge.busy, 10)
    timer.stop()
    window._leave_waits = lambda: True
    window.close()
    bridge.close()
    return {"longest_gap_ms": max(gaps), "over_50ms": sum(g > 50 for g in gaps),
            "start_gap_ms": start_gap, "heard_ms": heard, "built_ms": built}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--one", choices=WAYS, help=argparse.SUPPRESS)
    parser.add_argument("--db", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.one, args.db)))
        return
    results: dict[str, list[dict[str, float]]] = {way: [] for way in WAYS}
    for n in range(args.runs):
        for way in WAYS:
            with tempfile.TemporaryDirectory() as tmp:
                out = subprocess.run([sys.executable, __file__, "--one", way, "--db",
                                      str(Path(tmp) / "t.sqlite3")], check=True,
                                     capture_output=True, text=True).stdout
            results[way].append(json.loads(out.strip().splitlines()[-1]))
            print(way, n, results[way][-1], flush=True)
    for way, rows in results.items():
        gaps = sorted(r["longest_gap_ms"] for r in rows)
        start = sorted(r["start_gap_ms"] for r in rows)
        built = statistics.median(r["built_ms"] for r in rows)
        print(f"{way:11} hearing: longest gap {', '.join(f'{g:.0f}' for g in gaps)} ms; "
              f"start (shown to ready): {', '.join(f'{g:.0f}' for g in start)} ms; window "
              f"built in {built:.0f} ms (median)")


if __name__ == "__main__":
    main()
