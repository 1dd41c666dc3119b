"""Start-up cost of the commands a person (or a script) runs most, beside bare baselines
measured in the same run, so a busy machine shows up in the baselines too.

Each command is run as a child process N times; the figure is the best (and the
median) wall time from spawn to exit, and the CPU time the child used (user + sys,
which a loaded machine inflates far less than wall time).

- baseline ``python -c pass``;
- baseline ``import sqlmodel`` (the floor of any command that opens the database);
- baseline: a bare PySide6 window rendered to a PNG;
- ``teachapp list``, ``teachapp resolve x``, ``teachapp gui --screenshot F``.

Targets (issue 12): list <= 0.3 s, resolve <= 0.35 s, gui --screenshot <= 1.0 s.

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


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    runs = 2 if args.quick else args.runs
    py = sys.executable
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
               "TEACHAPP_DATA_DIR": str(work / "data"),
               "TEACHAPP_CONFIG_DIR": str(work / "config"),
               "TEACHAPP_LOG_DIR": str(work / "log")}
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
    print(f"{'command':<28} {'best':>7} {'median':>7} {'cpu':>7}  target")
    for name, row in rows.items():
        target = TARGETS.get(name)
        mark = "" if target is None else (f"<= {target:.2f} s "
                                          f"{'met' if row['best_s'] <= target else 'MISSED'}")
        print(f"{name:<28} {row['best_s']:>6.3f}s {row['median_s']:>6.3f}s "
              f"{row['cpu_best_s']:>6.3f}s  {mark}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"runs": runs, "rows": rows, "targets": TARGETS}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
