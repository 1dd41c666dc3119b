"""Probe of issue 14: every case of the sets whose text has a sentence end (. ? !) with
more said after it, each sentence end turned into a comma and a last one dropped, as a
recogniser that writes a pause as a comma gives it; resolved as resolver_dump.py does.

    python probe/pause_probe.py ROOT OUT.json [SPLIT,...] [-j N]

ROOT is the repository whose teachapp is measured (base: /work/main). Rows as the dump's,
so ``resolver_compare.py stats/diff`` read them (the in-scope figures are the probe's).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(HERE / "benchmarks"))

INSIDE = re.compile(r"[.?!]+(?=\s+\S)")
LAST = re.compile(r"[.?!]+\s*$")


def paused(text: str) -> str:
    """``text`` with each sentence end said before more turned into a comma."""
    return LAST.sub("", INSIDE.sub(",", text)).strip()


def home_rows(job: tuple[str, str, int]) -> list[list]:
    root, split, seed = job
    sys.path.insert(0, root)
    from _resolver_data import build_home

    import teachapp
    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver
    here = str(Path(teachapp.__file__).resolve())
    assert here.startswith(str(Path(root).resolve())), here

    home = build_home(seed, split=split)
    cases = [(i, c) for i, c in enumerate(home.cases) if INSIDE.search(c.utterance)]
    if not cases:
        return []
    resolver = Resolver([PhraseEntry(text=p, routine=r) for p, r in home.phrases])
    rows = []
    for index, case in cases:
        said = paused(case.utterance)
        res = resolver.resolve(said)
        rows.append([split, seed, index, said, case.kind, case.routine, res.decision,
                     res.routine, res.reason])
    return rows


def main() -> int:
    sys.path.insert(0, str(HERE / "benchmarks"))
    from _resolver_data import DEV_SEEDS, HELD_OUT_SETS
    splits = {"dev": DEV_SEEDS, **HELD_OUT_SETS}
    p = argparse.ArgumentParser()
    p.add_argument("root")
    p.add_argument("out", type=Path)
    p.add_argument("splits", nargs="?")
    p.add_argument("-j", type=int, default=1)
    a = p.parse_args()
    names = a.splits.split(",") if a.splits else list(splits)
    jobs = [(a.root, n, s) for n in names for s in splits[n]]
    with Pool(max(1, a.j)) as pool:
        rows = [r for rs in pool.map(home_rows, jobs, chunksize=1) for r in rs]
    a.out.write_text(json.dumps(rows))
    print(f"{len(rows)} rows from {len(jobs)} homes -> {a.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
