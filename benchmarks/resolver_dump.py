"""Every case of the held-out sets, resolved, one row each, for comparing two versions of
the resolver case by case (``resolver_compare.py``):

    python benchmarks/resolver_dump.py OUT.json [SPLIT,...] [--bare | --commas] [-j N]

With no SPLIT: the development homes and every held-out set. ``--bare`` removes the
punctuation first, as a recogniser or a typist with no pause marks would write it;
``--commas`` writes each sentence end said before more as a comma and drops the last, as
a recogniser that hears a pause writes it ("whisk until stiff peaks appear, reading mode").
A row is [split, seed, index, utterance, kind, routine, decision, routine decided, reason].
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from multiprocessing import Pool
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _resolver_data import DEV_SEEDS, HELD_OUT_SETS, build_home, datasets_missing  # noqa: E402

MARKS = re.compile(r"[.,?!:;]")
SENTENCE_END_INSIDE = re.compile(r"[.?!]+(?=\s+\S)")
SENTENCE_END_LAST = re.compile(r"[.?!]+\s*$")
SPLITS = {"dev": DEV_SEEDS, **HELD_OUT_SETS}


def bare(utterance: str) -> str:
    """``utterance`` lower case with its punctuation gone and its spaces single."""
    return re.sub(r"\s+", " ", MARKS.sub(" ", utterance)).strip().lower()


def paused(utterance: str) -> str:
    """``utterance`` with each sentence end said before more written as a comma."""
    return SENTENCE_END_LAST.sub("", SENTENCE_END_INSIDE.sub(",", utterance)).strip()


WRITTEN = {"as written": str, "bare": bare, "commas": paused}
"""How a case's text reaches the resolver in each mode of the dump."""


def home_rows(job: tuple[str, int, str]) -> list[list]:
    """The rows of one home: each case resolved by a resolver taught that home's phrases."""
    split, seed, mode = job
    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver

    home = build_home(seed, split=split)
    resolver = Resolver([PhraseEntry(text=p, routine=r) for p, r in home.phrases])
    rows = []
    for index, case in enumerate(home.cases):
        said = WRITTEN[mode](case.utterance)
        res = resolver.resolve(said)
        rows.append([split, seed, index, said, case.kind, case.routine, res.decision,
                     res.routine, res.reason])
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("splits", nargs="?", help=f"comma-separated; from {', '.join(SPLITS)}")
    written = parser.add_mutually_exclusive_group()
    written.add_argument("--bare", action="store_true", help="remove punctuation first")
    written.add_argument("--commas", action="store_true",
                         help="write sentence ends as commas, as a pause is heard")
    parser.add_argument("-j", type=int, default=1, help="processes (default 1)")
    args = parser.parse_args(argv)
    if (missing := datasets_missing()) is not None:
        parser.error(missing)
    names = args.splits.split(",") if args.splits else list(SPLITS)
    unknown = [n for n in names if n not in SPLITS]
    if unknown:
        parser.error(f"no set named {', '.join(unknown)}; choose from {', '.join(SPLITS)}")
    mode = "bare" if args.bare else "commas" if args.commas else "as written"
    jobs = [(name, seed, mode) for name in names for seed in SPLITS[name]]
    with Pool(max(1, args.j)) as pool:
        rows = [row for rows in pool.map(home_rows, jobs, chunksize=1) for row in rows]
    args.out.write_text(json.dumps(rows))
    print(f"{len(rows)} rows from {len(jobs)} homes -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
