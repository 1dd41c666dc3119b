"""The made-here class of compounds after a taught phrase (``_resolver_compounds``):
how often each kind runs a routine (a false accept) and how often it is asked about:

    python benchmarks/resolver_compounds.py [SPLIT] [--per-kind N]

SPLIT is "dev" (the development homes, the default: tuning looks only at these) or
"held" (seeds 1-3). A row per kind: cases, runs, asked.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _resolver_compounds import KINDS, compound_cases  # noqa: E402
from _resolver_data import DEV_SEEDS, HELD_OUT_SETS, build_home  # noqa: E402

SEEDS = {"dev": DEV_SEEDS, "held": HELD_OUT_SETS["held"]}


def measure(split: str, per_kind: int) -> dict[str, Counter[str]]:
    """Kind -> counts of "cases", "run", "clarify" over ``split``."""
    from teachapp.understanding.normalize import default_lexicon
    from teachapp.understanding.resolution import PhraseEntry
    from teachapp.understanding.resolver import Resolver

    lex = default_lexicon()
    counts: dict[str, Counter[str]] = {k: Counter() for k in KINDS}
    for seed in SEEDS[split]:
        home = build_home(seed, split=split)
        resolver = Resolver([PhraseEntry(text=p, routine=r) for p, r in home.phrases])
        for text, kind in compound_cases(home.phrases, seed, per_kind=per_kind,
                                         excluded=lex.given_names | lex.addressees
                                         | lex.endearments):
            c = counts[kind]
            decision = resolver.resolve(text).decision
            c["cases"] += 1
            c["run"] += decision == "run"
            c["clarify"] += decision == "clarify"
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("split", nargs="?", default="dev", choices=sorted(SEEDS))
    parser.add_argument("--per-kind", type=int, default=60)
    args = parser.parse_args(argv)
    for kind, c in measure(args.split, args.per_kind).items():
        n = max(1, c["cases"])
        print(f"{kind:42} n={c['cases']:4}  runs {100 * c['run'] / n:5.1f} %"
              f"  asked {100 * c['clarify'] / n:5.1f} %")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
