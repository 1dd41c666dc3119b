"""Soak run: 100,000 resolved turns and 10,000 routine runs in one process.

Drives the engine's parts as a long day of use would: each turn checks whether the
phrases changed (as the engine does every turn), resolves an utterance (taught
phrases, misheard ones, fillers, unrelated speech), and logs the turn; every tenth
turn runs the routine against the simulated home (device states and an undo
record are written) and counts the phrase as used. Reports the process's memory
growth after warm-up and the latency drift between the first and last tenth.

    .venv/bin/python benchmarks/soak.py [--turns 100000] [--runs 10000] [--quick]

Prints a table and writes benchmarks/results/soak.json. Targets: under 5 MB of
growth, no drift.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from array import array
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from teachapp.domain import Phrase, Routine, SayStep, SetStep, WaitStep  # noqa: E402
from teachapp.home import (  # noqa: E402
    CollectingSpeaker,
    Executor,
    SimulatedBackend,
    ensure_default_home,
)
from teachapp.store import Interaction, Store  # noqa: E402
from teachapp.understanding.resolution import PhraseEntry  # noqa: E402
from teachapp.understanding.resolver import Resolver  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
WINDOWS = 10

_TAUGHT = {
    "Reading mode": ["reading mode", "time to read"],
    "Movie night": ["movie night", "cinema time"],
    "Party mode": ["party mode", "lets party"],
    "Good night": ["good night", "bedtime"],
    "Good morning": ["good morning", "wake up the house"],
    "Dinner": ["dinner time", "lets eat"],
    "Study mode": ["study mode", "focus time"],
    "Leaving home": ["leaving home", "goodbye house"],
    "Cosy evening": ["cosy evening", "make it cosy"],
    "Music": ["music on", "play some music"],
}
_FILLERS = ["", "alexa ", "um ", "please ", "hey ", "switch to ", "it's "]
_UNRELATED = ["what's the weather like", "play the party playlist", "call mum",
              "set a timer for ten minutes", "how tall is mount everest", "read me a book",
              "turn the music down a bit", "good", "night", "the movie was good"]


def _rss_bytes() -> int:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def _misheard(rng: random.Random, phrase: str) -> str:
    words = phrase.split()
    roll = rng.random()
    if roll < 0.3 and len(words) > 1:
        return "".join(words[:2]) + " " + " ".join(words[2:])  # words joined
    if roll < 0.6:
        i = rng.randrange(len(words))
        word = words[i]
        words[i] = word[:-1] + rng.choice("aeiouns") if len(word) > 2 else word
        return " ".join(words)
    return phrase + " " + rng.choice(["please", "now", "thanks"])


def _utterance(rng: random.Random, phrases: list[str]) -> str:
    roll = rng.random()
    if roll < 0.5:
        return rng.choice(_FILLERS) + rng.choice(phrases)
    if roll < 0.8:
        return rng.choice(_FILLERS) + _misheard(rng, rng.choice(phrases))
    return rng.choice(_UNRELATED)


def _teach(store: Store) -> None:
    devices = [d.id for d in store.devices()]
    lights = [d for d in devices if d.startswith("light.")]
    for index, (name, phrases) in enumerate(_TAUGHT.items()):
        steps: list[Any] = [SetStep(lights[index % len(lights)],
                                    {"on": True, "brightness": (index * 10) % 101})]
        if index % 3 == 0:
            steps.append(WaitStep(1))
        steps.append(SayStep(f"{name} is on"))
        store.save_routine(Routine(name=name, phrases=[Phrase(p) for p in phrases],
                                   steps=steps, source="soak"))


def _window_stats(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"median_ms": round(statistics.median(ordered) * 1000, 4),
            "p95_ms": round(ordered[int(len(ordered) * 0.95)] * 1000, 4)}


def run(turns: int, runs: int, *, workdir: Path, seed: int = 7,
        progress: bool = True) -> dict[str, Any]:
    rng = random.Random(seed)
    store = Store.open(workdir / "soak.sqlite3")
    ensure_default_home(store)
    _teach(store)
    phrases = [p for ps in _TAUGHT.values() for p in ps]
    resolver = Resolver([PhraseEntry(t, r, o) for t, r, o in store.phrase_index()])
    signature = store.phrases_signature()
    speaker = CollectingSpeaker()
    executor = Executor(SimulatedBackend(store), store, speaker,
                        sleep=lambda _seconds, _cancel: True)
    run_every = max(1, turns // max(1, runs))
    warmup = max(1, turns // 20)
    # Preallocated, so that keeping the figures does not count as growth.
    turn_times = array("d", bytes(8 * turns))
    resolve_times = array("d", bytes(8 * turns))
    run_times = array("d", bytes(8 * runs))
    decisions = {"run": 0, "clarify": 0, "reject": 0}
    runs_done = 0
    rss_after_warmup = 0
    rss_start = _rss_bytes()
    started = time.perf_counter()
    for turn in range(turns):
        utterance = _utterance(rng, phrases)
        t0 = time.perf_counter()
        current = store.phrases_signature()
        if current != signature:  # as the engine: rebuild only when phrases change
            resolver = Resolver([PhraseEntry(t, r, o) for t, r, o in store.phrase_index()])
            signature = current
        t1 = time.perf_counter()
        resolution = resolver.resolve(utterance)
        t2 = time.perf_counter()
        decisions[resolution.decision] += 1
        store.log_interaction(Interaction(
            heard=utterance, decision=resolution.decision, score=resolution.score,
            routine=resolution.routine, outcome="", source="soak"))
        turn_times[turn] = time.perf_counter() - t0
        resolve_times[turn] = t2 - t1
        if turn % run_every == 0 and runs_done < runs:
            name = resolution.routine if resolution.decision == "run" else \
                rng.choice(list(_TAUGHT))
            r0 = time.perf_counter()
            routine = store.routine(name)
            result = executor.run(routine, utterance=utterance)
            store.mark_used(routine.name, routine.phrases[0].text)
            run_times[runs_done] = time.perf_counter() - r0
            speaker.said.clear()  # spoken and gone, as the engine's speaker does
            if not result.ok:
                raise RuntimeError(f"run {runs_done} of {name} failed: {result.failures}")
            runs_done += 1
        if turn + 1 == warmup:
            gc.collect()
            rss_after_warmup = _rss_bytes()
        if progress and (turn + 1) % max(1, turns // 10) == 0:
            print(f"  {turn + 1} turns, {runs_done} runs, RSS "
                  f"{_rss_bytes() / 2**20:.1f} MiB", flush=True)
    seconds = time.perf_counter() - started
    gc.collect()
    rss_end = _rss_bytes()
    interactions = len(store.interactions(limit=turns + 1))
    store.close()

    def windows(samples: list[float]) -> list[dict[str, float]]:
        size = max(1, len(samples) // WINDOWS)
        return [_window_stats(samples[i * size:(i + 1) * size]) for i in range(WINDOWS)
                if samples[i * size:(i + 1) * size]]

    turn_windows = windows(list(turn_times[warmup:]))
    run_windows = windows(list(run_times[max(1, runs_done // 20):runs_done]))

    def drift(rows: list[dict[str, float]]) -> float:
        first, last = rows[0]["median_ms"], rows[-1]["median_ms"]
        return round((last - first) / first * 100, 1) if first else 0.0

    return {
        "turns": turns, "runs": runs_done, "seconds": round(seconds, 1),
        "interactions_logged": interactions, "decisions": decisions,
        "rss_start_mib": round(rss_start / 2**20, 2),
        "rss_after_warmup_mib": round(rss_after_warmup / 2**20, 2),
        "rss_end_mib": round(rss_end / 2**20, 2),
        "memory_growth_mib": round((rss_end - rss_after_warmup) / 2**20, 2),
        "turn_latency_windows": turn_windows,
        "turn_latency_drift_percent": drift(turn_windows),
        "resolve_median_ms": round(statistics.median(list(resolve_times)) * 1000, 4),
        "run_latency_windows": run_windows,
        "run_latency_drift_percent": drift(run_windows) if run_windows else 0.0,
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--turns", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--quick", action="store_true", help="10,000 turns, 1,000 runs")
    args = parser.parse_args(argv)
    turns, runs = (10_000, 1_000) if args.quick else (args.turns, args.runs)
    with tempfile.TemporaryDirectory(prefix="teachapp-soak-") as tmp:
        for name in ("DATA", "LOG", "CONFIG"):
            os.environ.setdefault(f"TEACHAPP_{name}_DIR", str(Path(tmp) / name.lower()))
        report = run(turns, runs, workdir=Path(tmp))
    first, last = report["turn_latency_windows"][0], report["turn_latency_windows"][-1]
    rows = [
        ("turns resolved and logged", report["turns"]),
        ("routine runs", report["runs"]),
        ("seconds", report["seconds"]),
        ("decisions", report["decisions"]),
        ("RSS after warm-up / end (MiB)",
         f"{report['rss_after_warmup_mib']} / {report['rss_end_mib']}"),
        ("memory growth (MiB, target < 5)", report["memory_growth_mib"]),
        ("turn median ms, first / last tenth", f"{first['median_ms']} / {last['median_ms']}"),
        ("turn p95 ms, first / last tenth", f"{first['p95_ms']} / {last['p95_ms']}"),
        ("turn latency drift (%)", report["turn_latency_drift_percent"]),
        ("resolve median ms", report["resolve_median_ms"]),
        ("run latency drift (%)", report["run_latency_drift_percent"]),
    ]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "soak.json").write_text(json.dumps(report, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
