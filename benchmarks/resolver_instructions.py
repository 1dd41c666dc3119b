"""Instructions per resolve, counted by callgrind: a figure that does not move with the load.

    .venv/bin/python benchmarks/resolver_instructions.py [--quick] [--sizes 100 1000 ...]

Timings on a machine shared with other work read slow and vary from run to run; this
counts the instructions of the latency benchmark's own queries instead (the homes and
queries of ``benchmarks/resolver.py --latency``). The script re-runs itself under
``valgrind --tool=callgrind --instr-atstart=no``: each home is built and warmed without
counting, then counting is switched on for one pass over the queries with the word cache
cold (words first met) and one pass with it warm (as the benchmark's best of three sees
them), each dumped apart. Printed: mean instructions per resolve, cold and warm.

``--no-gc`` counts with Python's cyclic garbage collector off during the counted passes
(after one collection): when a collection falls is a threshold effect of how many objects
were made, so a change that makes a few more or fewer can move a whole collection of the
process's heap into or out of the passes (this pass: 43 M instructions, 5 % of a cold
pass, the same code otherwise). Without it the count is the one a user's process pays.

``--each`` counts every resolve apart (the thread's total read before and after each one,
less what a reading costs) and prints the median, mean and 90th percentile per resolve,
first hearing and said again: a mean hides whether a change helps most utterances or
a few. Slower: two ``callgrind_control`` calls per utterance.

Needs valgrind (``apt-get install valgrind``); without it the script says so and
measures nothing. About a minute per home size.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _resolver_data import noisy, shared_vocabulary_phrases, synthetic_phrases

SIZES = ("100", "1000", "10000", "shared")


def _home(size: str) -> tuple[list[tuple[str, str]], list[str]]:
    """The phrases and queries of the latency benchmark for one home size."""
    if size == "shared":
        pairs, seed = shared_vocabulary_phrases(), 7
    else:
        pairs, seed = synthetic_phrases(int(size)), int(size)
    rng = random.Random(seed)
    queries = [noisy(rng.choice(pairs)[0], rng) for _ in range(400)]
    queries += ["what is the weather like tomorrow", "play the party playlist"] * 10
    return pairs, queries


def _count(size: str, collector: bool = True) -> None:
    """Runs under callgrind: build and warm uncounted, then count the two passes
    (``collector``: with the cyclic garbage collector on, as in use)."""
    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver

    pairs, queries = _home(size)
    resolver = Resolver([PhraseEntry(t, r) for t, r in pairs])
    for q in queries[:20]:  # as the benchmark warms its caches
        resolver.resolve(q)
    pid = str(os.getpid())
    if not collector:
        gc.collect()
        gc.disable()

    def control(*args: str) -> None:
        subprocess.run(["callgrind_control", *args, pid], check=True, capture_output=True)

    control("-i", "on")
    control("-z")
    for q in queries:
        resolver.resolve(q)
    control("-d", "cold")
    for q in queries:
        resolver.resolve(q)
    control("-d", "warm")
    control("-d", "overhead")  # (what switching between the passes costs)
    print(len(queries))


def _count_each(size: str) -> None:
    """Runs under callgrind: as :func:`_count`, each resolve counted apart; prints the
    counts as JSON (``{"cold": [...], "warm": [...]}``)."""
    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver

    pairs, queries = _home(size)
    resolver = Resolver([PhraseEntry(t, r) for t, r in pairs])
    for q in queries[:20]:
        resolver.resolve(q)
    pid = str(os.getpid())

    def total() -> int:
        out = subprocess.run(["callgrind_control", "-e", pid], check=True, capture_output=True,
                             text=True).stdout
        found = re.search(r"Th 1\s+([\d,]+)", out)
        if found is None:
            raise SystemExit(f"no count in callgrind_control's answer: {out[-200:]}")
        return int(found.group(1).replace(",", ""))

    subprocess.run(["callgrind_control", "-i", "on", pid], check=True, capture_output=True)
    first, second, third = total(), total(), total()
    reading = min(second - first, third - second)  # (what one reading costs the thread)
    counts: dict[str, list[int]] = {}
    for name in ("cold", "warm"):
        each = []
        before = total()
        for q in queries:
            resolver.resolve(q)
            after = total()
            each.append(after - before - reading)
            before = after
        counts[name] = each
    print(json.dumps(counts))


def summary(counts: list[int]) -> dict[str, float]:
    """Median, mean and 90th percentile (the value a tenth of the counts are above, as
    benchmarks/resolver.py takes it) of per-resolve counts."""
    ordered = sorted(counts)
    return {"median": statistics.median(ordered), "mean": statistics.mean(ordered),
            "p90": ordered[int(0.9 * len(ordered))]}


def _measure_each(size: str) -> dict[str, dict[str, float]]:
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
         sys.executable, __file__, "--count-each", size],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0",
                                             "OPENBLAS_NUM_THREADS": "1"})
    if run.returncode != 0:
        raise SystemExit(f"callgrind run for {size} failed: {run.stderr.strip()[-400:]}")
    counts = json.loads(run.stdout.strip().splitlines()[-1])
    return {name: summary(counts[name]) for name in ("cold", "warm")}


def _measure(size: str, folder: Path, collector: bool = True) -> dict[str, float]:
    out = folder / f"callgrind.{size}"
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", "--instr-atstart=no", f"--callgrind-out-file={out}.%p",
         sys.executable, __file__, "--count", size, *([] if collector else ["--no-gc"])],
        capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "0",
                                             "OPENBLAS_NUM_THREADS": "1"})
    if run.returncode != 0:
        raise SystemExit(f"callgrind run for {size} failed: {run.stderr.strip()[-400:]}")
    n = int(run.stdout.strip().splitlines()[-1])
    totals: dict[str, int] = {}
    for dump in folder.glob(f"callgrind.{size}.*.*"):
        text = dump.read_text()
        trigger = re.search(r"^desc: Trigger: dump (\w+)", text, re.M)
        total = re.search(r"^totals: (\d+)", text, re.M)
        if trigger and total:
            totals[trigger.group(1)] = int(total.group(1))
    overhead = totals.get("overhead", 0)
    return {k: (totals[k] - overhead) / n for k in ("cold", "warm")}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", nargs="+", default=list(SIZES), choices=SIZES)
    parser.add_argument("--quick", action="store_true", help="only 100 and 1,000 phrases")
    parser.add_argument("--no-gc", action="store_true",
                        help="count with the cyclic garbage collector off (see above)")
    parser.add_argument("--each", action="store_true",
                        help="count each resolve apart: median, mean and p90 (see above)")
    parser.add_argument("--count", help=argparse.SUPPRESS)
    parser.add_argument("--count-each", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.count:
        _count(args.count, collector=not args.no_gc)
        return 0
    if args.count_each:
        _count_each(args.count_each)
        return 0
    if not (shutil.which("valgrind") and shutil.which("callgrind_control")):
        print("valgrind is not installed (apt-get install valgrind); nothing measured")
        return 0
    sizes = ["100", "1000"] if args.quick else args.sizes
    if args.each:
        print("instructions per resolve, each counted apart: median / mean / p90")
        for size in sizes:
            m = _measure_each(size)
            print(f"  {size:>7s}  " + "   ".join(
                f"{name} {m[name]['median']:,.0f} / {m[name]['mean']:,.0f} / "
                f"{m[name]['p90']:,.0f}" for name in ("cold", "warm")), flush=True)
        return 0
    print("instructions per resolve (mean over the latency benchmark's queries"
          + (", garbage collector off)" if args.no_gc else ")"))
    with tempfile.TemporaryDirectory(prefix="teachapp-callgrind-") as tmp:
        for size in sizes:
            m = _measure(size, Path(tmp), collector=not args.no_gc)
            print(f"  {size:>7s}  cold {m['cold']:12,.0f}   warm {m['warm']:12,.0f}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
