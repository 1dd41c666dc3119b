"""History on a large household: CPU seconds and peak memory to show the turns.

History shows the newest 300 turns, and older pages as it is scrolled; each missed one
has "Teach this" and "Assign to" (a short menu and a chooser since p40gui). A child
process of the chosen tree shows 300 missed turns with N routines in a real
``HistoryView`` (offscreen) and prints the CPU seconds of ``set_turns`` (GUI thread)
and the process's peak RSS.

    .venv/bin/python benchmarks/gui_history.py [--routines 1500] [--pages 1] [--tree PATH]

Measured 2026-12-05 on the shared 2-core machine, 300 missed turns, 1,500 routines:

    before (every menu filled at once: 450,000 entries)   CPU 24.7 s*, RSS 1.44 GB
    after (a menu filled as it opens)                     CPU 0.16 s, RSS 87 MB
    (* with tracemalloc on, which slows Python allocations; after, so measured: 0.47 s)

Older turns (p40gui): History showed the newest 300 alone; scrolling to the end now
reads the next page. ``--pages N`` adds N - 1 older pages as scrolling back does
(same machine, 1,500 routines, CPU of the GUI thread and peak RSS):

    main, 1 page (300 shown, no more reachable)            0.14 s, 78 MB
    a button row and a menu made for every missed turn:
      1 page / 10 pages (3,000 shown)                      0.20 s, 78 MB / +2.98 s, 153 MB
    the buttons made as their rows come into view, columns measured once a page:
      1 page / 10 pages (3,000 shown)                      0.05 s, 70 MB / +0.34 s, 82 MB
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

_CHILD = r"""
import resource, sys, time
from datetime import UTC, datetime
from PySide6.QtWidgets import QApplication
app = QApplication([])
from teachapp.gui.bridge import Bridge
from teachapp.gui.history import HistoryView
from teachapp.store import Interaction
view = HistoryView(Bridge())
view.resize(1000, 700)
view.show()
view.set_routine_names([f"Routine {n:04}" for n in range(int(sys.argv[1]))])
pages = int(sys.argv[2])

def page(k):  # the k-th page back (0: the newest), newest first
    top = 300 * pages - 300 * k
    return [Interaction(heard=f"purple elephant {n}", decision="reject", outcome="rejected",
                        at=datetime(2026, 12, 5, 18, 0, tzinfo=UTC), id=n)
            for n in range(top, top - 300, -1)]

def rss():
    return f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB"

start = time.process_time()
view.set_turns(page(0))
app.processEvents()
print(f"set_turns CPU {time.process_time() - start:.2f} s, peak RSS {rss()}")
if pages > 1 and not hasattr(view, "add_turns"):
    print("(this tree shows the newest 300 turns only)")
elif pages > 1:
    start = time.process_time()
    for k in range(1, pages):
        view.add_turns(page(k))
        app.processEvents()
    print(f"{pages - 1} older pages ({view.table.rowCount()} turns shown): CPU "
          f"{time.process_time() - start:.2f} s, peak RSS {rss()}")
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--routines", type=int, default=1500)
    parser.add_argument("--pages", type=int, default=1,
                        help="pages of 300 turns shown, as scrolling back reads them")
    parser.add_argument("--tree", type=Path, default=REPO,
                        help="checkout whose teachapp is measured (default: this one)")
    args = parser.parse_args()
    tree = args.tree.resolve()
    env = {**os.environ, "PYTHONPATH": str(tree), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", _CHILD, str(args.routines),
                           str(args.pages)], env=env,
                          cwd=tree, capture_output=True, text=True)
    if done.returncode != 0:
        print(done.stderr.strip()[-2000:], file=sys.stderr)
        return 1
    print(f"{tree}: {args.routines} routines, 300 missed turns a page: "
          f"{done.stdout.strip()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
