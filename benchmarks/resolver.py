"""Benchmark of teachapp's resolver against three open-source matchers.

    .venv/bin/python benchmarks/resolver.py [--quick] [--tune]

(a) Noisy household utterances (benchmarks/_resolver_data.py): per seed a
    different home; in-scope utterances carry generated recogniser errors and
    carrier words; out-of-scope speech is held-out routines, near misses that
    share a taught word, and real smart-home requests. Seed 0 and the
    development seeds 100-109 are the tuning seeds (``--tune`` picks thresholds
    and calibration on them); figures are reported on seeds 1-3 (1 with
    ``--quick``), which tuning never sees.
(b) HWU64-iot few-shot: K = 10 crowd-written utterances per intent taught as
    phrases, the rest tested; top-1 routine accuracy, several seeds.
(c) The baselines of benchmarks/_resolver_baselines.py on the same data.
(d) Median resolve time at 100, 1,000 and 10,000 phrases (one core).

Writes benchmarks/results/resolver.json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import statistics
import sys
import time
from collections import Counter
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np
from _resolver_baselines import BASELINES
from _resolver_data import build_home, hwu_few_shot, noisy, synthetic_phrases

from teachapp.understanding.resolution import PhraseEntry, ResolverSettings
from teachapp.understanding.resolver import Resolver

MIN_MARGIN = 0.05
"""Runs need some lead over the runner-up, whatever the tuning seeds say (sound-alikes)."""
RESULTS = Path(__file__).resolve().parent / "results" / "resolver.json"
TEACHAPP = "teachapp"


def _entries(pairs: list[tuple[str, str]]) -> list[PhraseEntry]:
    return [PhraseEntry(text=p, routine=r) for p, r in pairs]


AMBIGUOUS = "real request, shares a word"


def _summarise(outcomes: list[tuple[str | None, str, str | None, str]]) -> dict[str, float]:
    """outcomes: (expected routine or None, decision, routine named, case kind)."""
    ins = [o[:3] for o in outcomes if o[0] is not None]
    oos = [o[:3] for o in outcomes if o[0] is None and o[3] != AMBIGUOUS]
    unclear = [o[:3] for o in outcomes if o[3] == AMBIGUOUS]

    def pct(n: int, d: int) -> float:
        return 100.0 * n / d if d else 0.0

    return {
        "in_scope": len(ins),
        "out_of_scope": len(oos),
        "accuracy": pct(sum(d == "run" and r == e for e, d, r in ins), len(ins)),
        "clarify_right": pct(sum(d == "clarify" and r == e for e, d, r in ins), len(ins)),
        "clarify_wrong": pct(sum(d == "clarify" and r != e for e, d, r in ins), len(ins)),
        "wrong_run": pct(sum(d == "run" and r != e for e, d, r in ins), len(ins)),
        "missed": pct(sum(d == "reject" for e, d, r in ins), len(ins)),
        "false_accept": pct(sum(d == "run" for _, d, _ in oos), len(oos)),
        "oos_clarify": pct(sum(d == "clarify" for _, d, _ in oos), len(oos)),
        "unclear": len(unclear),
        "unclear_run": pct(sum(d == "run" for _, d, _ in unclear), len(unclear)),
    }


def noisy_benchmark(seeds: list[int], settings: ResolverSettings) -> dict[str, dict]:
    per_system: dict[str, list] = {TEACHAPP: [], **{name: [] for name in BASELINES}}
    fa_by_kind: Counter[str] = Counter()
    n_by_kind: Counter[str] = Counter()
    for seed in seeds:
        home = build_home(seed)
        resolver = Resolver(_entries(home.phrases), settings)
        matchers = {name: make(home.phrases) for name, make in BASELINES.items()}
        for case in home.cases:
            res = resolver.resolve(case.utterance)
            per_system[TEACHAPP].append((case.routine, res.decision, res.routine, case.kind))
            if case.routine is None:
                n_by_kind[case.kind] += 1
                fa_by_kind[case.kind] += res.decision == "run"
            for name, match in matchers.items():
                decision, routine, _ = match(case.utterance)
                per_system[name].append((case.routine, decision, routine, case.kind))
    out = {name: _summarise(o) for name, o in per_system.items()}
    out[TEACHAPP]["false_accept_by_kind"] = {
        k: round(100.0 * fa_by_kind[k] / n, 2) for k, n in n_by_kind.items()}
    return out


def hwu_benchmark(seeds: list[int], settings: ResolverSettings) -> dict[str, dict]:
    acc: dict[str, list[float]] = {TEACHAPP: [], **{name: [] for name in BASELINES}}
    decisions: Counter[str] = Counter()
    for seed in seeds:
        taught, tests = hwu_few_shot(seed)
        resolver = Resolver(_entries(taught), settings)
        matchers = {name: make(taught) for name, make in BASELINES.items()}
        hits: Counter[str] = Counter()
        for text, intent in tests:
            ranked = resolver.rank(text, 1)
            hits[TEACHAPP] += bool(ranked) and ranked[0].routine == intent
            res = resolver.resolve(text)
            decisions[res.decision + ("" if res.routine in (None, intent) else " (wrong)")] += 1
            for name, match in matchers.items():
                hits[name] += match(text)[1] == intent
        for name in acc:
            acc[name].append(100.0 * hits[name] / len(tests))
    total = sum(decisions.values())
    out = {name: {"mean": statistics.mean(v), "sd": statistics.pstdev(v), "per_seed": v}
           for name, v in acc.items()}
    out[TEACHAPP]["decisions"] = {k: round(100.0 * n / total, 2) for k, n in decisions.items()}
    return out


def latency_benchmark(sizes: list[int], n_queries: int) -> dict[str, dict]:
    out = {}
    for size in sizes:
        pairs = synthetic_phrases(size)
        start = time.perf_counter()
        resolver = Resolver(_entries(pairs))
        build = time.perf_counter() - start
        rng = random.Random(size)
        queries = [noisy(rng.choice(pairs)[0], rng) for _ in range(n_queries)]
        queries += ["what is the weather like tomorrow", "play the party playlist"] * 10
        for q in queries[:20]:
            resolver.resolve(q)  # warm caches
        times = []
        for q in queries:
            t0 = time.perf_counter_ns()
            resolver.resolve(q)
            times.append((time.perf_counter_ns() - t0) / 1e6)
        times.sort()
        out[str(size)] = {"median_ms": statistics.median(times),
                          "p90_ms": times[int(0.9 * len(times))], "build_s": build}
    return out


# -- tuning on seed 0 -------------------------------------------------------------------
def _fit_logistic(x: np.ndarray, y: np.ndarray) -> tuple[float, float]:
    """Slope and offset of P(correct | raw score) by Newton's method."""
    a, b = 1.0, 0.0
    for _ in range(50):
        p = 1.0 / (1.0 + np.exp(-(a * x + b)))
        w = p * (1 - p) + 1e-9
        grad = np.array([np.sum((p - y) * x), np.sum(p - y)])
        hess = np.array([[np.sum(w * x * x), np.sum(w * x)], [np.sum(w * x), np.sum(w)]])
        step = np.linalg.solve(hess + 1e-6 * np.eye(2), grad)
        a, b = a - step[0], b - step[1]
        if np.abs(step).max() < 1e-8:
            break
    return float(a), float(b)


TUNING_SEEDS = (0, *range(100, 110))
"""Seed 0 and ten development homes; the reported seeds (1-3) are never among them."""


def tune(seeds: tuple[int, ...] = TUNING_SEEDS, extra: dict | None = None) -> dict:
    """Calibration and thresholds chosen on the tuning seeds (never on the reported ones)."""
    hwu_taught, hwu_tests = hwu_few_shot(seeds[0])
    base = ResolverSettings(extra=dict(extra or {}))
    rows = []  # (raw1, raw2, correct top, in scope)
    first_home = 0  # rows of the first seed: with HWU's, they fit the calibration
    for seed in seeds:
        home = build_home(seed)
        resolver = Resolver(_entries(home.phrases), base)
        for case in home.cases:
            if case.kind == AMBIGUOUS:
                continue
            ranked = resolver.rank(case.utterance, 2)
            raw1 = ranked[0].raw if ranked else 0.0
            raw2 = ranked[1].raw if len(ranked) > 1 else 0.0
            right = bool(ranked) and ranked[0].routine == case.routine
            rows.append((raw1, raw2, right, case.routine is not None))
        first_home = first_home or len(rows)
    hwu = Resolver(_entries(hwu_taught), base)
    hwu_rows = []
    for text, intent in hwu_tests:
        ranked = hwu.rank(text, 2)
        hwu_rows.append((ranked[0].raw if ranked else 0.0,
                         ranked[1].raw if len(ranked) > 1 else 0.0,
                         bool(ranked) and ranked[0].routine == intent, True))
    # The calibration is fitted on one home and HWU, so both kinds of speech weigh
    # alike (all eleven homes would drown HWU and make the scores overconfident).
    data = np.array(rows[:first_home] + hwu_rows, dtype=float)
    mask = data[:, 0] > 0
    slope, offset = _fit_logistic(data[mask, 0], data[mask, 2])

    def cal(raw: np.ndarray) -> np.ndarray:
        return np.where(raw >= 1 - 1e-6, 1.0,
                        np.where(raw <= 0, 0.0, 1 / (1 + np.exp(-(slope * raw + offset)))))

    home_data = np.array(rows, dtype=float)
    s1, s2 = cal(home_data[:, 0]), cal(home_data[:, 1])
    right, ins = home_data[:, 2] > 0, home_data[:, 3] > 0
    best = None
    for run_t in np.arange(0.50, 0.99, 0.01):
        for margin in np.arange(MIN_MARGIN, 0.41, 0.02):
            run = (s1 >= run_t) & (s1 - s2 >= margin)
            acc = np.mean(run[ins] & right[ins])
            wrong = np.mean(run[ins] & ~right[ins])
            fa = np.mean(run[~ins])
            if wrong <= 0.002 and fa <= 0.01:
                key = (round(acc, 4), -run_t, -margin)
                if best is None or key > best[0]:
                    best = (key, float(run_t), float(margin), acc, wrong, fa)
    if best is None:
        return {"accuracy": 0.0}
    _, run_t, margin, acc, wrong, fa = best
    # Clarify: ask when a wrong guess is still unlikely to be out of scope noise.
    clar = None
    for clar_t in np.arange(0.20, run_t, 0.01):
        asked = (s1 >= clar_t) & ~((s1 >= run_t) & (s1 - s2 >= margin))
        oos_asked = np.mean(asked[~ins])
        if oos_asked <= 0.05:
            clar = float(clar_t)
            break
    return {"calibration": [round(slope, 3), round(offset, 3)], "run_threshold": round(run_t, 2),
            "margin": round(margin, 2), "clarify_threshold": round(clar or run_t, 2),
            "accuracy": acc * 100, "tuning_seed_wrong_run": wrong * 100,
            "tuning_seed_false_accept": fa * 100}


def _print_noisy(res: dict[str, dict]) -> None:
    print("\n(a) noisy utterances (reported seeds)         accuracy  clarify  wrong-run  missed"
          "  false-accept  oos-clarify  unclear-run")
    for name, m in res.items():
        print(f"  {name:42s} {m['accuracy']:7.2f}% {m['clarify_right']:7.2f}% "
              f"{m['wrong_run']:8.2f}% {m['missed']:7.2f}% {m['false_accept']:10.2f}% "
              f"{m['oos_clarify']:10.2f}% {m['unclear_run']:10.2f}%")
    print(f"  in scope {res[TEACHAPP]['in_scope']}, out of scope {res[TEACHAPP]['out_of_scope']};"
          f" (+{res[TEACHAPP]['unclear']} real requests sharing a word with a routine, whose"
          " label is unclear: their run rate is 'unclear-run', not counted as false accepts)\n"
          f"  teachapp run rate by out-of-scope kind: {res[TEACHAPP]['false_accept_by_kind']}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer seeds and queries")
    parser.add_argument("--tune", action="store_true",
                        help="choose thresholds on the tuning seeds and use them (print them)")
    args = parser.parse_args(argv)
    settings = ResolverSettings()
    report: dict = {}
    if args.tune:
        tuned = tune()
        report["tuned"] = tuned
        print(f"tuned on seeds {TUNING_SEEDS}:", json.dumps(tuned))
        if "calibration" not in tuned:
            print("no thresholds meet the safety limits on the tuning seeds")
            return 1
        settings = ResolverSettings(run_threshold=tuned["run_threshold"],
                                    clarify_threshold=tuned["clarify_threshold"],
                                    margin=tuned["margin"],
                                    extra={"calibration": tuned["calibration"]})
    report["settings"] = {"run_threshold": settings.run_threshold,
                          "clarify_threshold": settings.clarify_threshold,
                          "margin": settings.margin}
    seeds = [1] if args.quick else [1, 2, 3]
    report["noisy"] = noisy_benchmark(seeds, settings)
    _print_noisy(report["noisy"])
    report["hwu64_iot_10shot"] = hwu_benchmark([1, 2] if args.quick else [1, 2, 3, 4, 5],
                                               settings)
    print("\n(b) HWU64-iot 10-shot top-1 accuracy (mean ± sd over seeds)")
    for name, m in report["hwu64_iot_10shot"].items():
        print(f"  {name:42s} {m['mean']:6.2f} ± {m['sd']:.2f}")
    print(f"  teachapp decisions: {report['hwu64_iot_10shot'][TEACHAPP]['decisions']}")
    sizes = [100, 1000] if args.quick else [100, 1000, 10000]
    report["latency"] = latency_benchmark(sizes, 100 if args.quick else 400)
    print("\n(d) resolve latency         median     p90    build")
    for size, m in report["latency"].items():
        print(f"  {int(size):>6,} phrases   {m['median_ms']:7.3f} ms {m['p90_ms']:7.3f} ms"
              f" {m['build_s']:6.2f} s")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps(report, indent=2, default=float))
    print(f"\nwrote {RESULTS}")
    return 0 if not math.isnan(report["noisy"][TEACHAPP]["accuracy"]) else 1


if __name__ == "__main__":
    raise SystemExit(main())
