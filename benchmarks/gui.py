"""Window start-up time and memory at idle.

Starts ``python -m teachapp --db DB gui`` as a person would (offscreen platform, so it
runs without a display) and reads the markers the app prints when
TEACHAPP_GUI_BENCH is set:

- shown: the window is on screen (the event loop runs; the database still opens
  on a worker thread),
- ready: devices, routines and history are shown,
- idle:  some seconds later, nothing happening: resident memory (VmRSS).

Times are wall-clock from process spawn to the marker line arriving. No speech model
is loaded (the window loads one only when listening starts).

    .venv/bin/python benchmarks/gui.py [--quick] [--runs N]
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

REPO = Path(__file__).resolve().parent.parent
RESULTS = REPO / "benchmarks" / "results" / "gui.json"
TARGET_SHOWN_S = 1.0
TARGET_RSS_MB = 150.0


def _one(db: Path, env: dict[str, str], idle_s: float) -> dict[str, float]:
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "teachapp", "--db", str(db), "gui"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO, env={**env, "TEACHAPP_GUI_BENCH": str(idle_s)})
    marks: dict[str, float] = {}
    assert proc.stdout is not None
    for line in proc.stdout:
        now = time.perf_counter() - start
        try:
            mark = json.loads(line)
        except json.JSONDecodeError:
            continue
        marks[mark["mark"]] = now
        if mark["mark"] == "idle":
            marks["rss_mb"] = mark["rss_kb"] / 1024
    proc.wait(timeout=60)
    if proc.returncode != 0 or "idle" not in marks:
        raise SystemExit(f"the window did not start: {proc.stderr.read() if proc.stderr else ''}")
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs, 1 s idle")
    parser.add_argument("--runs", type=int, default=None)
    args = parser.parse_args()
    runs = args.runs or (3 if args.quick else 7)
    idle = 1.0 if args.quick else 3.0
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANG": "C.UTF-8",
               "TEACHAPP_DATA_DIR": str(base / "data"), "TEACHAPP_CONFIG_DIR": str(base / "cfg"),
               "TEACHAPP_LOG_DIR": str(base / "log")}
        db = base / "bench.sqlite3"
        first = _one(db, env, idle)  # creates the database and the simulated home
        subprocess.run([sys.executable, "-m", "teachapp", "--db", str(db), "import",
                        str(REPO / "assets" / "examples.yaml")], check=True, env=env,
                       capture_output=True, cwd=REPO)
        samples = [_one(db, env, idle) for _ in range(runs)]
    shown = statistics.median(s["shown"] for s in samples)
    ready = statistics.median(s["ready"] for s in samples)
    rss = statistics.median(s["rss_mb"] for s in samples)
    rows = [
        ("window shown (existing db), median", f"{shown:.3f} s", f"≤ {TARGET_SHOWN_S} s"),
        ("window filled (devices, routines), median", f"{ready:.3f} s", ""),
        ("window shown, first start (new db)", f"{first['shown']:.3f} s", ""),
        ("window filled, first start (new db)", f"{first['ready']:.3f} s", ""),
        ("resident memory at idle, median", f"{rss:.1f} MB", f"≤ {TARGET_RSS_MB:.0f} MB"),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>10}  target   ({runs} runs, offscreen)")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>10}  {target}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "runs": runs, "shown_s": round(shown, 4), "ready_s": round(ready, 4),
        "first_shown_s": round(first["shown"], 4), "first_ready_s": round(first["ready"], 4),
        "idle_rss_mb": round(rss, 1), "samples": samples,
        "targets": {"shown_s": TARGET_SHOWN_S, "idle_rss_mb": TARGET_RSS_MB},
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
