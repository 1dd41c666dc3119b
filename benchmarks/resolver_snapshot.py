"""Every decision of the resolver on the benchmark's utterances, saved and compared.

    .venv/bin/python benchmarks/resolver_snapshot.py --save    # before a change
    .venv/bin/python benchmarks/resolver_snapshot.py           # after: same answers?

A speed-up must not change a single answer. This resolves every utterance of the
development, held-out and fresh held-out homes of benchmarks/resolver.py, the
HWU64-iot few-shot tests, queries of the 1,000-phrase and the 10,000 shared-vocabulary
homes of the latency benchmark, and every
string the resolver tests pass to the resolver, and records each
``Resolution.to_dict()`` with its phrase, reason and mention (and, for HWU64, the
top candidates' raw scores). ``--save`` writes benchmarks/results/resolver-snapshot.json;
without it the answers are compared with that file and the differences listed
(exit 1 when any answer changed).

Only the answers are compared, never the time taken.
"""

from __future__ import annotations

import argparse
import importlib
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from _resolver_data import (
    build_home,
    hwu_few_shot,
    noisy,
    shared_vocabulary_phrases,
    synthetic_phrases,
)

from teachapp.understanding.resolution import PhraseEntry, Resolution
from teachapp.understanding.resolver import Resolver

HERE = Path(__file__).resolve().parent
SNAPSHOT = HERE / "results" / "resolver-snapshot.json"
HOMES = {"dev": (0, *range(100, 110)), "held": (1, 2, 3), "fresh": (7, 8, 9)}
HWU_SEEDS = (1, 2, 3, 4, 5)
TEST_MODULES = ("test_resolver", "test_resolver_reading")


def answer(res: Resolution) -> dict:
    """Everything a caller can see of one resolution."""
    return {**res.to_dict(), "phrase": res.phrase, "reason": str(res.reason),
            "mentions": res.mentions}


def _entries(pairs: list[tuple[str, str]]) -> list[PhraseEntry]:
    return [PhraseEntry(text=p, routine=r) for p, r in pairs]


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, (list, tuple)):
        for v in value:
            yield from _strings(v)
    elif hasattr(value, "values") and isinstance(getattr(value, "values", None), tuple):
        yield from _strings(value.values)  # pytest.param(...)


def _test_cases() -> Iterator[tuple[str, Resolver, str]]:
    """Every string parametrising the resolver tests, against each test module's home."""
    sys.path.insert(0, str(HERE.parent / "tests"))
    for name in TEST_MODULES:
        module = importlib.import_module(name)
        resolver = Resolver(module.HOME)
        seen: set[str] = set()
        for attr in sorted(vars(module)):
            func = getattr(module, attr)
            for mark in getattr(func, "pytestmark", ()):
                if mark.name == "parametrize" and len(mark.args) > 1:
                    for text in _strings(list(mark.args[1])):
                        if text not in seen:
                            seen.add(text)
                            yield f"tests/{name}", resolver, text


def collect() -> dict[str, list]:
    out: dict[str, list] = {}
    for split, seeds in HOMES.items():
        for seed in seeds:
            home = build_home(seed, split=split)
            resolver = Resolver(_entries(home.phrases))
            out[f"{split}/{seed}"] = [answer(resolver.resolve(c.utterance)) for c in home.cases]
    for seed in HWU_SEEDS:
        taught, tests = hwu_few_shot(seed)
        resolver = Resolver(_entries(taught))
        out[f"hwu/{seed}"] = [
            {**answer(resolver.resolve(text)),
             "rank": [[c.routine, c.phrase, round(c.raw, 5)] for c in resolver.rank(text, 4)]}
            for text, _ in tests]
    for name, pairs in (("1000", synthetic_phrases(1000)),
                        ("10000 shared", shared_vocabulary_phrases())):
        rng = random.Random(len(pairs))
        resolver = Resolver(_entries(pairs))
        out[f"latency/{name}"] = [answer(resolver.resolve(noisy(rng.choice(pairs)[0], rng)))
                                  for _ in range(400)]
    for group, res, text in _test_cases():
        out.setdefault(group, []).append(answer(res.resolve(text)))
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--save", action="store_true", help="write the snapshot")
    parser.add_argument("--file", type=Path, default=SNAPSHOT)
    args = parser.parse_args(argv)
    now = collect()
    total = sum(len(v) for v in now.values())
    if args.save:
        args.file.parent.mkdir(parents=True, exist_ok=True)
        args.file.write_text(json.dumps(now, indent=0))
        print(f"saved {total} answers to {args.file}")
        return 0
    if not args.file.is_file():
        print(f"{args.file}: no snapshot; run with --save first (before the change)")
        return 2
    before = json.loads(args.file.read_text())
    changed = 0
    for group in sorted(set(before) | set(now)):
        old, new = before.get(group, []), now.get(group, [])
        if len(old) != len(new):
            print(f"{group}: {len(old)} answers before, {len(new)} now")
            changed += 1
            continue
        for a, b in zip(old, new, strict=True):
            if a != b:
                changed += 1
                if changed <= 30:
                    print(f"{group}: {a['utterance']!r}\n  before {a}\n  now    {b}")
    print(f"{total} answers, {changed} changed")
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
