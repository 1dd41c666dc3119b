"""What the window does after a large import: where the seconds go.

After Import the window re-reads every routine (on the engine's one worker: every
click waits behind it), refills the routine list (on the GUI thread), and the first
command after it rebuilds the resolver's index (on the worker). For a household of N
routines (``import_large.household_file``) imported into an empty SQLite file, a child
process of the chosen tree measures each part's CPU seconds:

- ``read``: ``Store.routines()``, the re-read (worker);
- ``refill``: ``RoutineList.set_routines`` with them (GUI thread);
- ``search``: one keystroke in the list's search (GUI thread);
- ``index``: ``Assistant.prepare_resolver``, the resolver's index built for the new
  phrases, which the window runs on its worker right after the re-read (None on a
  tree before it, where the first command built it);
- ``first_turn``: the first typed command after the import (worker).

``--tree PATH`` runs another checkout (a worktree of main) for a before/after.

    .venv/bin/python benchmarks/gui_after_import.py [--sizes 1500 5000] [--tree PATH]

Measured 2026-12-05 on the shared 2-core machine, 1,500 routines (CPU seconds; the
wall time there was four to five times these, the re-read 7.2 s before):

    part         before (3 queries a routine)   after (4 queries in all)
    read         1.65                           0.08
    refill       0.03                           0.03
    search       0.006                          0.005
    first_turn   0.7 - 1.0                      0.7 - 1.0 (the resolver's, untouched)

The index built as the routines are re-read (p40gui, same machine, 1,500 routines,
CPU seconds; main -> this branch):

    index        -      -> 0.47 (worker, before anyone speaks)
    first_turn   0.54   -> 0.03
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_CHILD = r"""
import argparse, json, sys, time
sys.path.insert(0, sys.argv[3])
from import_large import household_file
from teachapp.conversation import load_engine
from teachapp.conversation.library import OnClash, apply_import, plan_import
from teachapp.gui.app import make_app
from teachapp.gui.routine_list import RoutineList
from teachapp.settings import Settings

db, size = sys.argv[1], int(sys.argv[2])
source = db + ".json"
open(source, "w", encoding="utf-8").write(household_file(size))
settings = Settings()
app = make_app(settings)
engine = load_engine(argparse.Namespace(db=db, no_speech=True), settings=settings)
apply_import(engine.store, plan_import(engine.store, source), OnClash.FAIL)

def cpu(work):
    start = time.process_time()
    out = work()
    return out, round(time.process_time() - start, 3)

routines, read = cpu(engine.store.routines)
listed = RoutineList()
_, refill = cpu(lambda: listed.set_routines(routines))
_, search = cpu(lambda: listed.search.setText("amber"))
prepare = getattr(engine.assistant, "prepare_resolver", None)  # (none before p40gui)
_, index = cpu(prepare) if prepare is not None else (None, None)
_, first_turn = cpu(lambda: engine.assistant.handle_text("amber birch mode"))
print(json.dumps({"routines": len(routines), "read": read, "refill": refill,
                  "search": search, "index": index, "first_turn": first_turn}))
engine.close()
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1500])
    parser.add_argument("--tree", type=Path, default=REPO,
                        help="checkout whose teachapp is measured (default: this one)")
    args = parser.parse_args()
    tree = args.tree.resolve()
    results = {}
    with tempfile.TemporaryDirectory(prefix="teachapp-gui-import-bench-") as tmp:
        work = Path(tmp)
        env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen",
               "TEACHAPP_DATA_DIR": str(work / "data"),
               "TEACHAPP_CONFIG_DIR": str(work / "config"),
               "TEACHAPP_LOG_DIR": str(work / "log"),
               "TEACHAPP_CACHE_DIR": str(work / "cache")}
        for size in args.sizes:
            done = subprocess.run(
                [sys.executable, "-c", _CHILD, str(work / f"gui_{size}.db"), str(size),
                 str(REPO / "benchmarks")], env=env, cwd=tree, capture_output=True, text=True)
            if done.returncode != 0:
                print(f"{size}: failed: {done.stderr.strip()[-2000:]}", file=sys.stderr)
                return 1
            results[size] = json.loads(done.stdout.strip().splitlines()[-1])
            print(f"{size:>6} routines: " + ", ".join(
                f"{k} {v} s" for k, v in results[size].items() if k != "routines"), flush=True)
    print(json.dumps({"tree": str(tree), "results": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
