"""Figures of a ``resolver_dump.py`` dump, or what changed between two dumps, case by case:

    python benchmarks/resolver_compare.py stats DUMP [--split S,...] [--kind] [-v N]
    python benchmarks/resolver_compare.py diff BASE NEW [--split S,...] [-v N]

"in" is the share of in-scope cases that ran the right routine, "wrong" of those that ran
another, "FA" of out-of-scope cases that ran one; "held-out" pools every set but dev.
The kinds are counted as ``resolver.py`` counts them (heard transcripts and real requests
that say a whole phrase are outside the aggregates).
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _resolver_data import AMBIGUOUS  # noqa: E402
from _resolver_fifth import HEARD_KINDS  # noqa: E402

Row = list  # [split, seed, index, utterance, kind, routine, decision, decided, reason]


def in_scope(row: Row) -> bool:
    return row[5] is not None and row[4] not in HEARD_KINDS


def out_of_scope(row: Row) -> bool:
    return row[5] is None and row[4] not in (AMBIGUOUS, *HEARD_KINDS)


def run_right(row: Row) -> bool:
    return row[6] == "run" and row[7] == row[5]


def figures(rows: list[Row]) -> dict[str, float]:
    ins = [r for r in rows if in_scope(r)]
    oos = [r for r in rows if out_of_scope(r)]

    def pct(n: int, d: int) -> float:
        return 100.0 * n / d if d else 0.0

    return {"in_n": len(ins), "in": pct(sum(map(run_right, ins)), len(ins)),
            "wrong": pct(sum(r[6] == "run" and not run_right(r) for r in ins), len(ins)),
            "oos_n": len(oos), "fa": pct(sum(r[6] == "run" for r in oos), len(oos))}


def by_split(rows: list[Row], wanted: set[str] | None) -> dict[str, list[Row]]:
    out: dict[str, list[Row]] = defaultdict(list)
    for row in rows:
        if wanted is None or row[0] in wanted:
            out[row[0]].append(row)
    held = [r for name, rs in out.items() if name != "dev" for r in rs]
    if len(out) > 1 and held:
        out["held-out"] = held
    return out


def show(row: Row, before: Row | None = None) -> str:
    was = f"{before[6]} {before[7]} -> " if before else ""
    return (f"    [{row[0]} {row[1]}] {row[4]}: {row[3]!r}  want {row[5]}; "
            f"{was}{row[6]} {row[7]} ({row[8]})")


def stats(rows: list[Row], wanted: set[str] | None, kinds: bool, examples: int) -> None:
    print(f"{'set':14s} {'in n':>6s} {'in %':>7s} {'wrong':>6s} {'oos n':>7s} {'FA %':>6s}")
    for name, rs in by_split(rows, wanted).items():
        f = figures(rs)
        print(f"{name:14s} {f['in_n']:6d} {f['in']:7.2f} {f['wrong']:6.2f} {f['oos_n']:7d} "
              f"{f['fa']:6.2f}")
        if kinds and name != "held-out":
            per_kind: dict[str, list[Row]] = defaultdict(list)
            for r in rs:
                per_kind[r[4]].append(r)
            for kind, krs in per_kind.items():
                n = len(krs)
                runs = sum(r[6] == "run" for r in krs)
                asks = sum(r[6] == "clarify" for r in krs)
                right = sum(map(run_right, krs))
                named = krs[0][5] is not None
                print(f"    {kind[:44]:44s} n={n:<5d} run {100 * runs / n:5.1f} "
                      f"ask {100 * asks / n:5.1f}" + (f" right {100 * right / n:5.1f}"
                                                      if named else ""))
        if examples and name != "held-out":
            misses = [r for r in rs if (in_scope(r) and not run_right(r))
                      or (out_of_scope(r) and r[6] == "run")]
            for r in misses[:examples]:
                print(show(r))


def diff(base: list[Row], new: list[Row], wanted: set[str] | None, examples: int) -> None:
    before = {(r[0], r[1], r[2]): r for r in base}
    print(f"{'set':14s} {'in base':>8s} {'in new':>8s} {'wrong':>6s} {'FA base':>8s} "
          f"{'FA new':>7s}   +in  -in  +FA  -FA  other")
    changed: dict[str, list[tuple[Row, Row]]] = defaultdict(list)
    for name, rs in by_split(new, wanted).items():
        old = [before[(r[0], r[1], r[2])] for r in rs if (r[0], r[1], r[2]) in before]
        if len(old) != len(rs):
            print(f"{name}: the dumps hold different cases ({len(old)} of {len(rs)} match)")
            continue
        counts = defaultdict(int)
        for was, now in zip(old, rs, strict=True):
            if (was[6], was[7]) == (now[6], now[7]):
                continue
            if was[3] != now[3]:
                sys.exit(f"{name}: case {now[:3]} differs in its text; dump both with the "
                         "same data")
            if in_scope(now) and run_right(now) != run_right(was):
                tag = "+in" if run_right(now) else "-in"
            elif out_of_scope(now) and (now[6] == "run") != (was[6] == "run"):
                tag = "+FA" if now[6] == "run" else "-FA"
            else:
                tag = "other"
            counts[tag] += 1
            if name != "held-out":
                changed[tag].append((was, now))
        fb, fn = figures(old), figures(rs)
        print(f"{name:14s} {fb['in']:8.2f} {fn['in']:8.2f} {fn['wrong']:6.2f} {fb['fa']:8.2f} "
              f"{fn['fa']:7.2f}  " + " ".join(f"{counts[t]:4d}"
                                             for t in ("+in", "-in", "+FA", "-FA"))
              + f"  {counts['other']:5d}")
    for tag in ("-in", "+FA", "+in", "-FA", "other"):
        if examples and changed[tag]:
            print(f"\n{tag} ({len(changed[tag])}):")
            for was, now in changed[tag][:examples]:
                print(show(now, was))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    one = sub.add_parser("stats", help="figures of one dump")
    one.add_argument("dump", type=Path)
    one.add_argument("--kind", action="store_true", help="figures per kind too")
    two = sub.add_parser("diff", help="what changed between two dumps")
    two.add_argument("base", type=Path)
    two.add_argument("new", type=Path)
    for p in (one, two):
        p.add_argument("--split", help="only these sets (comma-separated)")
        p.add_argument("-v", type=int, default=0, metavar="N", help="show N cases per list")
    args = parser.parse_args(argv)
    wanted = set(args.split.split(",")) if args.split else None
    if args.command == "stats":
        stats(json.loads(args.dump.read_text()), wanted, args.kind, args.v)
    else:
        diff(json.loads(args.base.read_text()), json.loads(args.new.read_text()), wanted, args.v)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
