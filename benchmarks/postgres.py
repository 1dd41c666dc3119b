"""One household database on a real PostgreSQL server: correctness under two writers,
how fast a change reaches another process, and resolve latency against SQLite.

A PostgreSQL server is started from Debian's package in a temporary folder (as in
the tests, tests/pg_support.py) on a private Unix socket.

1. Two processes ("living-room" and "kitchen") each do OPS operations at once,
   cycling: teach a new routine, run (device state + run record + turn + shared
   learning evidence + usage), edit the shared routine "Counter" from what they read
   (a stale read is refused and retried from the new version), and delete one of
   their own routines now and then. Afterwards every write is checked:
   lost = taught routines missing + evidence/turns/uses short of what was written;
   silent overwrites = accepted edits - the counter the routine holds (an edit that
   overwrote another instead of being refused would make the counter fall behind).
2. Change visibility: a writer process saves a routine with the time in it; this
   process follows the change feed (LISTEN/NOTIFY on PostgreSQL, counter polling on
   SQLite) and measures writer-call -> seen, median and p95.
3. Resolve: per utterance, what a turn costs (the phrases-changed check on the
   database + the resolver) and the command line's cold path (open the database,
   load the phrase index, resolve), PostgreSQL against SQLite.

    .venv/bin/python benchmarks/postgres.py [--ops 2000] [--quick]

Writes benchmarks/results/postgres.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for extra in (REPO, REPO / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from pg_support import PostgresServer, missing_reason  # noqa: E402

from teachapp.domain import Phrase, Routine, SayStep  # noqa: E402
from teachapp.home import ensure_default_home  # noqa: E402
from teachapp.store import Store, database_url  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "postgres.json"

_WORKER = r"""
import json, sys, time
from teachapp.domain import Phrase, Routine, SayStep, SetStep
from teachapp.errors import EditConflictError
from teachapp.store import Interaction, Store, database_url

url, tag, ops, start = sys.argv[1], sys.argv[2], int(sys.argv[3]), float(sys.argv[4])
attribute = {"living-room": "brightness", "kitchen": "color_temp"}[tag]
taught, deleted = [], []
runs = edits = refused = 0
last_value = None
while time.time() < start:
    time.sleep(0.001)
began = time.perf_counter()
with Store(database_url(url), machine=tag) as store:
    for i in range(ops):
        kind = i % 4
        if kind == 0:
            name = f"{tag} routine {i}"
            store.save_routine(Routine(name=name, phrases=[Phrase(f"{tag} phrase {i}")],
                                       steps=[SayStep(str(i))]))
            taught.append(name)
        elif kind == 1:
            level = i % 101
            last_value = level if attribute == "brightness" else 2000 + 40 * level
            store.update_states({"light.desk_lamp": {attribute: last_value}})
            store.record_run("Counter", "counter", {"light.desk_lamp": {attribute: 0}},
                             {"light.desk_lamp": {attribute: last_value}})
            store.log_interaction(Interaction(heard="counter", decision="run", score=1.0,
                                              routine="Counter", outcome="done"))
            store.add_evidence("count it", "Counter", positive=1)
            store.mark_used("Counter", "counter")
            runs += 1
        elif kind == 2:
            while True:
                current = store.routine("Counter")
                current.steps = [SayStep(str(int(current.steps[0].text) + 1))]
                try:
                    store.save_routine(current, replace=True)
                    edits += 1
                    break
                except EditConflictError:
                    refused += 1
        elif taught and i % 8 == 3:
            name = taught.pop(0)
            store.delete_routine(name)
            deleted.append(name)
print(json.dumps({"tag": tag, "taught": taught, "deleted": deleted, "runs": runs,
                  "edits": edits, "refused": refused, "attribute": attribute,
                  "last_value": last_value, "seconds": time.perf_counter() - began}))
"""

_PINGER = r"""
import sys, time
from teachapp.domain import Phrase, Routine, SayStep
from teachapp.store import Store
url, count, gap = sys.argv[1], int(sys.argv[2]), float(sys.argv[3])
with Store.open(url) as store:
    print("ready", flush=True)
    sys.stdin.readline()
    for i in range(count):
        time.sleep(gap)
        store.save_routine(Routine(name="Ping", phrases=[Phrase("ping")],
                                   steps=[SayStep(repr(time.time()))]), replace=True)
"""


def _env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def two_writers(url: str, ops: int) -> dict:
    with Store.open(url) as store:
        ensure_default_home(store)
        store.save_routine(Routine(name="Counter", phrases=[Phrase("counter")],
                                   steps=[SayStep("0")]))
    start = time.time() + 2.0
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, url, tag, str(ops), str(start)],
                              cwd=REPO, env=_env(), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
             for tag in ("living-room", "kitchen")]
    reports = []
    for proc in procs:
        out, err = proc.communicate(timeout=3600)
        if proc.returncode != 0:
            raise SystemExit(f"worker failed: {err[-2000:]}")
        reports.append(json.loads(out.strip().splitlines()[-1]))
    with Store.open(url) as store:
        names = set(store.routine_names())
        missing = [n for r in reports for n in r["taught"] if n not in names]
        resurrected = [n for r in reports for n in r["deleted"] if n in names]
        runs = sum(r["runs"] for r in reports)
        edits = sum(r["edits"] for r in reports)
        counter = store.routine("Counter")
        evidence = store.evidence("count it")[0].positive
        turns = len(store.interactions(limit=10 * runs + 10))
        uses = counter.phrases[0].uses
        lamp = store.device("light.desk_lamp").state
        states_ok = all(lamp[r["attribute"]] == r["last_value"] for r in reports)
    lost = (len(missing) + len(resurrected) + (runs - evidence) + (runs - turns)
            + (runs - uses) + (0 if states_ok else 1))
    return {
        "operations_per_process": ops,
        "seconds_per_process": [round(r["seconds"], 1) for r in reports],
        "taught": sum(len(r["taught"]) + len(r["deleted"]) for r in reports),
        "deleted": sum(len(r["deleted"]) for r in reports),
        "runs": runs, "accepted_edits": edits,
        "stale_saves_refused": sum(r["refused"] for r in reports),
        "counter_in_routine": int(counter.steps[0].text),
        "lost": lost, "silent_overwrites": edits - int(counter.steps[0].text),
        "final_version": counter.version,
    }


def change_latency(url: str, samples: int) -> dict:
    with Store.open(url) as store:
        feed = store.changes()
        pinger = subprocess.Popen([sys.executable, "-c", _PINGER, url, str(samples), "0.5"],
                                  cwd=REPO, env=_env(), stdin=subprocess.PIPE,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert pinger.stdout.readline().strip() == "ready"
        feed.poll()
        pinger.stdin.write("go\n")
        pinger.stdin.flush()
        seen: list[float] = []
        deadline = time.monotonic() + 60 + samples
        last = None
        while len(seen) < samples and time.monotonic() < deadline:
            change = feed.wait(2.0)
            now = time.time()
            if "routines" not in change.topics:
                if pinger.poll() is not None:
                    break
                continue
            written = float(store.routine("Ping").steps[0].text)
            if written != last:
                seen.append((now - written) * 1000)
                last = written
        pinger.communicate(timeout=60)
        feed.close()
    return _stats(seen)


def _stats(ms: list[float]) -> dict:
    ordered = sorted(ms)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"n": len(ms), "median_ms": round(statistics.median(ms), 2),
            "p95_ms": round(p95, 2), "max_ms": round(max(ms), 2)}


def resolve_latency(url: str, rounds: int) -> dict:
    from teachapp.store import read_routine_file
    from teachapp.understanding.resolution import phrase_entries
    from teachapp.understanding.resolver import Resolver

    devices, routines = read_routine_file(REPO / "assets" / "examples.yaml")
    with Store.open(url) as store:
        ensure_default_home(store)
        store.import_all(devices, routines, replace=True)
        utterances = [p.text for r in routines for p in r.phrases]
        resolver = Resolver(phrase_entries(store.phrase_index()))
        turn: list[float] = []
        for i in range(rounds):
            began = time.perf_counter()
            store.phrases_signature()  # what each turn asks the database
            resolver.resolve(utterances[i % len(utterances)])
            turn.append((time.perf_counter() - began) * 1000)
    cold: list[float] = []
    for i in range(max(5, rounds // 20)):
        began = time.perf_counter()
        with Store.open(url) as store:
            Resolver(phrase_entries(store.phrase_index())).resolve(
                utterances[i % len(utterances)])
        cold.append((time.perf_counter() - began) * 1000)
    return {"per_turn": _stats(turn), "open_and_resolve": _stats(cold),
            "phrases": len(utterances)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ops", type=int, default=2000)
    parser.add_argument("--quick", action="store_true", help="200 operations, fewer samples")
    args = parser.parse_args()
    ops = 200 if args.quick else args.ops
    samples = 20 if args.quick else 100
    reason = missing_reason()
    if reason is not None:
        print(f"skipped: {reason}")
        return 0
    server = PostgresServer().init().start()
    tmp = Path(tempfile.mkdtemp(prefix="teachapp-bench-"))
    try:
        server.execute("CREATE DATABASE writers", "CREATE DATABASE feed",
                       "CREATE DATABASE resolve")
        print(f"two processes x {ops} operations on PostgreSQL ...", flush=True)
        writers = two_writers(server.url("writers"), ops)
        print(json.dumps(writers, indent=1), flush=True)
        latency = {"postgresql": change_latency(server.url("feed"), samples),
                   "sqlite": change_latency(str(tmp / "feed.sqlite3"), samples)}
        print("change seen by the other process:", json.dumps(latency), flush=True)
        rounds = 200 if args.quick else 2000
        resolve = {"postgresql": resolve_latency(server.url("resolve"), rounds),
                   "sqlite": resolve_latency(str(tmp / "resolve.sqlite3"), rounds)}
        print("resolve:", json.dumps(resolve), flush=True)
    finally:
        server.destroy()
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"quick": args.quick, "two_writers": writers,
                                   "change_seen_ms": latency, "resolve_ms": resolve,
                                   "driver": database_url("postgresql://x@/y").split(":")[0],
                                   "cpus": os.cpu_count()}, indent=2) + "\n")
    print(f"\n{'':<12}{'seen median':>12}{'seen p95':>10}{'turn med':>10}{'turn p95':>10}"
          f"{'cold med':>10}")
    for name in ("postgresql", "sqlite"):
        seen, res = latency[name], resolve[name]
        print(f"{name:<12}{seen['median_ms']:>10.1f}ms{seen['p95_ms']:>8.1f}ms"
              f"{res['per_turn']['median_ms']:>8.2f}ms{res['per_turn']['p95_ms']:>8.2f}ms"
              f"{res['open_and_resolve']['median_ms']:>8.1f}ms")
    print(f"lost: {writers['lost']}, silent overwrites: {writers['silent_overwrites']}, "
          f"stale saves refused: {writers['stale_saves_refused']}")
    ok = writers["lost"] == 0 and writers["silent_overwrites"] == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
