"""Python line events per resolve: a count of the resolver's own work that the load of a
shared machine does not move.

    .venv/bin/python benchmarks/resolver_line_events.py [--sizes 1000 shared ...] [--top N]

The homes, queries and warm-up of ``benchmarks/resolver.py --latency`` (400 noisy
queries and 20 fixed ones, the caches warmed on 20 other utterances first): each query is
resolved once with its words met for the first time ("first", as the benchmark's first
hearing) and once more ("again"), every Python line executed counted by
``sys.settrace``. Printed: line events per resolve, mean and median over the queries (the
benchmark reports medians), and with ``--top`` the modules and functions that run the
most lines. Work done in C (numpy, rapidfuzz, regular expressions) counts no lines; its
instructions are counted by ``resolver_instructions.py``. Run with ``PYTHONHASHSEED=0``:
set iteration orders otherwise vary a little from run to run.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
from collections import Counter
from pathlib import Path
from types import FrameType
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _resolver_data import noisy  # noqa: E402
from resolver_instructions import _home as instructions_home  # noqa: E402

SIZES = ("100", "1000", "10000", "shared")
Where = tuple[str, str]


def _home(size: str) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """The phrases, the queries and the warm-up utterances of the latency benchmark for one
    home size (as ``resolver.py``'s ``latency_benchmark`` and ``_time_all`` make them)."""
    pairs, queries = instructions_home(size)
    other = random.Random((7 if size == "shared" else int(size)) + 1)
    warm = [noisy(other.choice(pairs)[0], other) for _ in range(20)]
    return pairs, queries, warm


def count(size: str) -> dict[str, Any]:
    """Line events of each query, first and again, and per function summed."""
    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver

    pairs, queries, warm = _home(size)
    resolver = Resolver([PhraseEntry(t, r) for t, r in pairs])
    for q in warm:
        resolver.resolve(q)
    lines: Counter[Where] = Counter()

    def local(frame: FrameType, event: str, _arg: object) -> Any:
        if event == "line":
            code = frame.f_code
            lines[(Path(code.co_filename).name, code.co_name)] += 1
        return local

    def call(_frame: FrameType, event: str, _arg: object) -> Any:
        return local if event == "call" else None

    out: dict[str, Any] = {}
    for label in ("first", "again"):
        each, total = [], Counter()
        for q in queries:
            lines.clear()
            sys.settrace(call)
            try:
                resolver.resolve(q)
            finally:
                sys.settrace(None)
            each.append(sum(lines.values()))
            total.update(lines)
        out[label] = {"each": each, "functions": total}
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=["1000", "shared"], choices=SIZES)
    parser.add_argument("--top", type=int, default=0,
                        help="also print the N modules and functions that run most lines")
    args = parser.parse_args(argv)
    print("Python line events per resolve (latency benchmark's queries): mean / median")
    for size in args.sizes:
        found = count(size)
        cells = "   ".join(f"{label} {statistics.mean(m['each']):8,.1f} / "
                           f"{statistics.median(m['each']):8,.1f}"
                           for label, m in found.items())
        print(f"  {size:>7s}  {cells}", flush=True)
        for label, m in found.items() if args.top else ():
            n = len(m["each"])
            modules: Counter[str] = Counter()
            for (module, _), v in m["functions"].items():
                modules[module] += v
            print(f"    {label}, modules:")
            for module, v in modules.most_common(args.top):
                print(f"      {v / n:8.1f}  {module}")
            print(f"    {label}, functions:")
            for (module, name), v in m["functions"].most_common(args.top):
                print(f"      {v / n:8.1f}  {module} {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
