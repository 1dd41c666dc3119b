"""Window start-up time and memory at idle.

Starts ``python -m teachapp --db DB gui`` as a person would (offscreen platform, so it
runs without a display) and reads the markers the app prints when
TEACHAPP_GUI_BENCH is set:

- shown: the window is on screen (the event loop runs; the database still opens
  on a worker thread),
- ready: devices, routines and history are shown,
- idle:  some seconds later, nothing happening: resident memory (VmRSS),
- first reply: then a person types "turn on the living room lamp" (its first key,
  the rest ``--typing`` seconds later, as the window's TEACHAPP_GUI_BENCH_SAY does) and
  presses Enter: seconds from Enter to the window's reply. The resolver's index is built
  from that first key (``Bridge.expect_words``); ``--typing 0`` is a line pasted and
  sent at once, whose turn builds it.

Times are wall-clock from process spawn to the marker line arriving. No speech model
is loaded (the window loads one only when listening starts).

    .venv/bin/python benchmarks/gui.py [--quick] [--runs N] [--typing S]
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
SAY = "turn on the living room lamp"


def _one(db: Path, env: dict[str, str], idle_s: float, typing_s: float | None = None
         ) -> dict[str, float]:
    start = time.perf_counter()
    say = {} if typing_s is None else {"TEACHAPP_GUI_BENCH_SAY": SAY,
                                       "TEACHAPP_GUI_BENCH_TYPING": str(typing_s)}
    proc = subprocess.Popen([sys.executable, "-m", "teachapp", "--db", str(db), "gui"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=REPO, env={**env, "TEACHAPP_GUI_BENCH": str(idle_s), **say})
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
    if proc.returncode != 0 or "idle" not in marks or (typing_s is not None
                                                        and "replied" not in marks):
        raise SystemExit(f"the window did not start: {proc.stderr.read() if proc.stderr else ''}")
    if typing_s is not None:
        marks["first_reply"] = marks["replied"] - marks["enter"]
    return marks


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="3 runs, 1 s idle")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--typing", type=float, default=1.0,
                        help="seconds from the first key of the command to Enter")
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
        samples = [_one(db, env, idle, args.typing) for _ in range(runs)]
    shown = statistics.median(s["shown"] for s in samples)
    ready = statistics.median(s["ready"] for s in samples)
    rss = statistics.median(s["rss_mb"] for s in samples)
    reply = statistics.median(s["first_reply"] for s in samples)
    rows = [
        ("window shown (existing db), median", f"{shown:.3f} s", f"≤ {TARGET_SHOWN_S} s"),
        ("window filled (devices, routines), median", f"{ready:.3f} s", ""),
        ("window shown, first start (new db)", f"{first['shown']:.3f} s", ""),
        ("window filled, first start (new db)", f"{first['ready']:.3f} s", ""),
        ("resident memory at idle, median", f"{rss:.1f} MB", f"≤ {TARGET_RSS_MB:.0f} MB"),
        (f"first reply (typed in {args.typing:g} s), median", f"{reply:.3f} s", ""),
    ]
    width = max(len(r[0]) for r in rows)
    print(f"{'measure':<{width}}  {'value':>10}  target   ({runs} runs, offscreen)")
    for name, value, target in rows:
        print(f"{name:<{width}}  {value:>10}  {target}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({
        "runs": runs, "shown_s": round(shown, 4), "ready_s": round(ready, 4),
        "first_shown_s": round(first["shown"], 4), "first_ready_s": round(first["ready"], 4),
        "idle_rss_mb": round(rss, 1), "typing_s": args.typing,
        "first_reply_s": round(reply, 4), "samples": samples,
        "targets": {"shown_s": TARGET_SHOWN_S, "idle_rss_mb": TARGET_RSS_MB},
    }, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
