"""The window's change feed after its own writes: device re-reads and what they cost.

The window follows the database's change feed (``store.watch``) so other computers'
changes appear by themselves. It re-read every device whenever the ``devices`` topic
moved, this process's own writes included, though its engine had reported those
already (a tile's reply, the backend's listener). The feed now tells the topics other
processes changed (``Change.others``) and the window re-reads only for those.

A SQLite home of N devices; K device changes written by this process's store (a tile
or a command in the window), then K by a second store on the same file (another
process or computer). Counted: the feed's changes that would re-read every device
before (``"devices" in topics``) and after (``"devices" in others``); timed: one read
of all N devices, the median of 5 (what each re-read costs).

    .venv/bin/python benchmarks/household_own_writes.py [--devices 1500] [--writes 20]

Measured 2026-12-05 on a 2-core machine shared by several jobs:

    devices  own writes: re-reads before -> after   others' writes: before -> after
    1,500    20 -> 0                                 20 -> 20

One read of all 1,500 devices took 204 ms (median of 5) on the worker, each followed by
the window's pass over every tile: 4.1 s of reads saved over the 20 own writes.
"""

from __future__ import annotations

import argparse
import queue
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))


def measure(devices: int, writes: int) -> dict[str, float]:
    from teachapp.domain import Device
    from teachapp.store import Store

    folder = Path(tempfile.mkdtemp(prefix="teachapp-own-writes-"))
    path = folder / "home.sqlite3"
    mine, other = Store.open(path), Store.open(path)
    ids = [f"light.lamp_{n}" for n in range(devices)]
    mine.save_devices(Device(id=i, name=f"Lamp {n}", room=f"Room {n % 20}",
                             state={"on": False, "brightness": 50})
                      for n, i in enumerate(ids))
    seen: queue.Queue = queue.Queue()
    watcher = mine.watch(seen.put)
    time.sleep(0.6)  # (the watcher's first read)
    figures = {"before_own": 0.0, "after_own": 0.0, "before_others": 0.0,
               "after_others": 0.0}
    try:
        for side, store in (("own", mine), ("others", other)):
            for n in range(writes):
                store.update_states({ids[n % devices]: {"on": n % 2 == 0}})
                change = seen.get(timeout=10)
                while "devices" not in change.topics:  # (history, usage…)
                    change = seen.get(timeout=10)
                figures[f"before_{side}"] += 1
                figures[f"after_{side}"] += "devices" in change.others
        reads = []
        for _ in range(5):
            start = time.perf_counter()
            mine.devices()
            reads.append(time.perf_counter() - start)
        figures["read_ms"] = statistics.median(reads) * 1000
    finally:
        watcher.stop()
        mine.close()
        other.close()
    return figures


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--devices", type=int, default=1500)
    parser.add_argument("--writes", type=int, default=20)
    args = parser.parse_args()
    f = measure(args.devices, args.writes)
    print(f"{args.devices:,} devices, {args.writes} writes each")
    print(f"own writes:      device re-reads {f['before_own']:.0f} before -> "
          f"{f['after_own']:.0f} after")
    print(f"others' writes:  device re-reads {f['before_others']:.0f} before -> "
          f"{f['after_others']:.0f} after")
    print(f"one read of every device: {f['read_ms']:.1f} ms; saved per own write: "
          f"{f['read_ms']:.1f} ms on the worker plus the window's pass over "
          f"{args.devices:,} devices")


if __name__ == "__main__":
    main()
