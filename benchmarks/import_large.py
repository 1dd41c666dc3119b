"""Import of a large routine file: wall seconds and peak resident memory.

A household file of N routines (each with its own two phrases, a device step, a wait
and a spoken line, over a home of 40 devices) is written, then imported into an empty
SQLite database by ``teachapp import`` as a child process, as a person runs it. The
figures are the wall time from spawn to exit, the CPU time the child used (user +
sys, which a machine busy with other work inflates far less) and its peak RSS
(all three from ``wait4``).

``--tree PATH`` runs the teachapp of another checkout (e.g. a worktree of main) for a
before/after comparison with the same file.

    .venv/bin/python benchmarks/import_large.py [--sizes 1000 10000] [--tree PATH]

Measured 2026-12-05 on a 2-core machine shared by several jobs (wall time is mostly
waiting there; CPU time is the figure to compare):

    routines   before (one save per routine)        after (one read, bulk inserts)
    1,000      CPU  6.5 s, wall   48 s, RSS  78 MB   CPU 1.8 s, wall 22 s, RSS  78 MB
    10,000     CPU 63.0 s, wall 1031 s, RSS 129 MB   CPU 4.3 s, wall 57 s, RSS 108 MB
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
_KINDS = ("light", "switch", "fan", "cover", "media_player")
_SETS = {"light": {"on": True, "brightness": 60}, "switch": {"on": True},
         "fan": {"on": True, "speed": 40}, "cover": {"position": 100},
         "media_player": {"on": True, "volume": 30}}
_WORDS = ("amber", "birch", "cedar", "delta", "ember", "fjord", "grove", "harbor", "indigo",
          "juniper", "kestrel", "lagoon", "meadow", "nectar", "orchid", "pebble", "quartz",
          "raven", "saffron", "tundra", "umber", "velvet", "willow", "yonder", "zephyr")


def _words(n: int) -> str:
    """A distinct phrase for each number (base-25 digits as words)."""
    out = []
    while True:
        n, digit = divmod(n, len(_WORDS))
        out.append(_WORDS[digit])
        if n == 0:
            return " ".join(out)


def household_file(count: int) -> str:
    """The JSON text of a routine file with ``count`` routines."""
    devices = [{"id": f"{kind}.room_{i}_{kind}", "name": f"Room {i} {kind.replace('_', ' ')}",
                "room": f"Room {i}"} for i in range(8) for kind in _KINDS]
    routines = []
    for n in range(count):
        device = devices[n % len(devices)]
        kind = device["id"].split(".", 1)[0]
        routines.append({"name": f"Routine {n}",
                         "phrases": [f"{_words(n)} mode", f"time for {_words(n)}"],
                         "steps": [{"device": device["id"], "set": _SETS[kind]},
                                   {"wait": 1}, {"say": f"Done {n}"}]})
    return json.dumps({"version": 1, "devices": devices, "routines": routines})


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float, float, int, str]:
    """Wall and CPU seconds, peak RSS in MB, exit status and stderr of one child."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    stderr = proc.stderr.read().decode() if proc.stderr else ""
    return (wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024, proc.returncode,
            stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--tree", type=Path, default=REPO,
                        help="checkout whose teachapp is run (default: this one)")
    args = parser.parse_args()
    py = sys.executable
    results = {}
    with tempfile.TemporaryDirectory(prefix="teachapp-import-bench-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "PYTHONPATH": str(args.tree.resolve()), "LANG": "C.UTF-8",
               "TEACHAPP_DATA_DIR": str(work / "data"),
               "TEACHAPP_CONFIG_DIR": str(work / "config"),
               "TEACHAPP_LOG_DIR": str(work / "log"),
               "TEACHAPP_CACHE_DIR": str(work / "cache")}
        for size in args.sizes:
            path = work / f"routines_{size}.json"
            path.write_text(household_file(size), encoding="utf-8")
            db = work / f"import_{size}.db"
            wall, cpu, rss, code, err = _run([py, "-m", "teachapp", "--db", str(db), "import",
                                         str(path)], env, args.tree.resolve())
            if code != 0:
                print(f"{size}: import failed ({code}): {err.strip()}", file=sys.stderr)
                return 1
            results[size] = {"seconds": round(wall, 2), "cpu_seconds": round(cpu, 2),
                             "peak_rss_mb": round(rss, 1),
                             "file_kb": path.stat().st_size // 1024}
            print(f"{size:>7} routines ({results[size]['file_kb']} KiB): "
                  f"{wall:7.2f} s (CPU {cpu:6.2f} s), peak RSS {rss:6.1f} MB", flush=True)
    print(json.dumps({"tree": str(args.tree), "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
