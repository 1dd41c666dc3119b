"""Start-up cost of the commands a person (or a script) runs most, beside bare baselines
measured in the same run, so a busy machine shows up in the baselines too.

Each command is run as a child process N times; the figure is the best (and the
median) wall time from spawn to exit, and the CPU time the child used (user + sys,
which a loaded machine inflates far less than wall time).

- baseline ``python -c pass``;
- baseline ``import sqlmodel`` (the floor of any command that opens the database);
- baseline: a bare PySide6 window rendered to a PNG;
- ``teachapp list``, ``teachapp resolve x``, ``teachapp gui --screenshot F``;
- the window as a person starts it (``teachapp gui``, offscreen), from the markers it
  prints with TEACHAPP_GUI_BENCH (``gui/app.py``), as ``benchmarks/gui.py`` reads them:
  the first paint with the stored routines and devices, the engine ready (devices,
  routines and history refreshed by it), and the resident memory (VmRSS of
  /proc/self/status) a few seconds after, at idle.

Targets (issue 12): list <= 0.3 s, resolve <= 0.35 s, gui --screenshot <= 1.0 s,
idle RSS <= 150 MB.

    .venv/bin/python benchmarks/startup.py [--quick] [--runs N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "startup.json"
TARGETS = {"list": 0.3, "resolve": 0.35, "gui --screenshot": 1.0}
TARGET_RSS_MB = 150.0
IDLE_SECONDS = 3.0

_BARE_WINDOW = """
import sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
app = QApplication(sys.argv)
w = QMainWindow(); w.setCentralWidget(QLabel("hello")); w.resize(1280, 820); w.show()
app.processEvents()
w.grab().save(sys.argv[1])
"""


def _time(cmd: list[str], env: dict[str, str], runs: int) -> dict[str, float]:
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        proc = subprocess.run(cmd, env=env, cwd=REPO, capture_output=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.decode()[-400:]}")
        walls.append(wall)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return {"best_s": round(min(walls), 3), "median_s": round(statistics.median(walls), 3),
            "cpu_best_s": round(min(cpus), 3)}


def _window(db: str, env: dict[str, str], runs: int) -> dict[str, dict[str, float]]:
    """Seconds from spawn to the window's markers, and MB resident at idle."""
    samples: dict[str, list[float]] = {"painted": [], "ready": [], "idle_rss_mb": []}
    for _ in range(runs):
        start = time.perf_counter()
        proc = subprocess.Popen([sys.executable, "-m", "teachapp", "--db", db, "gui"],
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                cwd=REPO, env={**env, "TEACHAPP_GUI_BENCH": str(IDLE_SECONDS)})
        assert proc.stdout is not None
        marks: dict[str, float] = {}
        for line in proc.stdout:
            try:
                mark = json.loads(line)
            except json.JSONDecodeError:
                continue
            marks.setdefault(mark["mark"], time.perf_counter() - start)
            if mark["mark"] == "idle":
                samples["idle_rss_mb"].append(mark["rss_kb"] / 1024)
        # "shown": the first marker of a version that painted nothing before the engine
        samples["painted"].append(marks.get("painted", marks.get("shown", 0.0)))
        samples["ready"].append(marks.get("ready", 0.0))
        proc.wait(timeout=60)
        if proc.returncode != 0:
            raise SystemExit(f"the window failed: {proc.stderr.read() if proc.stderr else ''}")
    return {name: {"best_s" if name != "idle_rss_mb" else "best_mb": round(min(v), 3),
                   "median_s" if name != "idle_rss_mb" else "median_mb":
                   round(statistics.median(v), 3)} for name, v in samples.items()}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    runs = 2 if args.quick else args.runs
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # As installed: pip writes the bytecode at install time, and a source checkout
        # writes it on first use. A shell with PYTHONDONTWRITEBYTECODE would compile
        # every module on every start (about 60 ms here) and measure that instead. Likewise
        # the parsed word lists kept in the cache folder: the import below, the first
        # start, writes them (``understanding._parsed_yaml``), as a person's first start does.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env.update({"QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
                    "TEACHAPP_DATA_DIR": str(work / "data"),
                    "TEACHAPP_CONFIG_DIR": str(work / "config"),
                    "TEACHAPP_LOG_DIR": str(work / "log"),
                    "TEACHAPP_CACHE_DIR": str(work / "cache")})
        subprocess.run([py, "-m", "compileall", "-q", str(REPO / "teachapp")], env=env,
                       check=True, capture_output=True)
        db = str(work / "home.sqlite3")
        subprocess.run([py, "-m", "teachapp", "--db", db, "import",
                        str(REPO / "assets" / "examples.yaml")], env=env, check=True,
                       capture_output=True)
        rows: dict[str, dict[str, float]] = {
            "python -c pass": _time([py, "-c", "pass"], env, runs),
            "import sqlmodel": _time([py, "-c", "import sqlmodel"], env, runs),
            "bare PySide6 window -> PNG": _time([py, "-c", _BARE_WINDOW,
                                                 str(work / "bare.png")], env, runs),
            "list": _time([py, "-m", "teachapp", "--db", db, "list"], env, runs),
            "resolve": _time([py, "-m", "teachapp", "--db", db, "resolve", "x"], env, runs),
            "gui --screenshot": _time([py, "-m", "teachapp", "--db", db, "gui",
                                       "--screenshot", str(work / "main.png")], env, runs),
        }
        window = _window(db, env, runs)
    print(f"{'command':<28} {'best':>7} {'median':>7} {'cpu':>7}  target")
    for name, row in rows.items():
        target = TARGETS.get(name)
        mark = "" if target is None else (f"<= {target:.2f} s "
                                          f"{'met' if row['best_s'] <= target else 'MISSED'}")
        print(f"{name:<28} {row['best_s']:>6.3f}s {row['median_s']:>6.3f}s "
              f"{row['cpu_best_s']:>6.3f}s  {mark}")
    paint, ready, rss = window["painted"], window["ready"], window["idle_rss_mb"]
    print(f"{'window: first paint':<28} {paint['best_s']:>6.3f}s {paint['median_s']:>6.3f}s")
    print(f"{'window: engine ready':<28} {ready['best_s']:>6.3f}s {ready['median_s']:>6.3f}s")
    print(f"{'window: idle RSS (MB)':<28} {rss['best_mb']:>7.1f} {rss['median_mb']:>7.1f}"
          f"          <= {TARGET_RSS_MB:.0f} MB "
          f"{'met' if rss['median_mb'] <= TARGET_RSS_MB else 'MISSED'} (median)")
    print(f"load average {os.getloadavg()[0]:.2f} (1 min) after the run")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"runs": runs, "rows": rows, "window": window,
                                   "targets": {**TARGETS, "idle_rss_mb": TARGET_RSS_MB},
                                   "load_average": os.getloadavg()}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
