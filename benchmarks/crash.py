"""Crash test: kill a process that teaches, edits and imports routines, hundreds of times.

As in SQLite's own crash tests, a child process writes in a loop and is killed
with SIGKILL at a random moment. After every kill the database must open, pass
``PRAGMA integrity_check``, and hold every routine whose save was acknowledged,
whole; the one save that was in flight is either all there or not there at all.

The child is forked (no start-up cost, so most kills land mid-write); with
``--cli-every N`` every Nth round kills a real ``teachapp import`` process instead.

    .venv/bin/python benchmarks/crash.py [--kills 300] [--seed 1] [--quick]

Prints a table and writes benchmarks/results/crash.json. The test suite runs a
short version (tests/test_crash.py).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from teachapp.domain import Phrase, Routine, SayStep, SetStep, WaitStep  # noqa: E402
from teachapp.home import Executor, SimulatedBackend, ensure_default_home  # noqa: E402
from teachapp.store import Store, dump_routine_file, parse_routine_file  # noqa: E402
from teachapp.store.routine_file import routine_to_dict  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results"
_WORDS = ("reading movie party night morning study quiet cosy bright warm dinner music "
          "focus sleep wake relax guests cinema garden bath").split()
_DEVICES = {"light.living_room_lamp": "brightness", "light.desk_lamp": "brightness",
            "fan.bedroom_fan": "speed", "cover.living_room_blinds": "position"}
_MAX_ROUTINES = 40

Snapshot = dict[str, dict[str, Any]]
"""Routine name (case-folded) -> its exported form, the unit that must stay whole."""


@dataclass
class CrashReport:
    kills: int = 0
    survived: int = 0
    acknowledged_saves: int = 0
    in_flight_committed: int = 0
    in_flight_rolled_back: int = 0
    lost: int = 0
    integrity_failures: int = 0
    open_failures: int = 0
    cli_rounds: int = 0
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)


# ------------------------------------------------------------------- child


def _random_routine(rng: random.Random, name: str, devices: set[str]) -> Routine:
    words = rng.sample(_WORDS, 2)
    spoken = name.replace("-", " x ")  # unique per routine, so phrases never clash
    phrases = [Phrase(f"{words[0]} {words[1]} {spoken}")]
    if rng.random() < 0.5:
        phrases.append(Phrase(f"{words[1]} {spoken}"))
    steps: list[Any] = []
    for _ in range(rng.randint(1, 6)):
        roll = rng.random()
        usable = sorted(set(_DEVICES) & devices)
        if roll < 0.6 and usable:
            device = rng.choice(usable)
            steps.append(SetStep(device, {_DEVICES[device]: rng.randint(0, 100)}))
        elif roll < 0.8:
            steps.append(WaitStep(rng.randint(0, 5)))
        else:
            steps.append(SayStep(" ".join(rng.sample(_WORDS, 3)) + "é ✓" * rng.randint(0, 3)))
    return Routine(name=name, phrases=phrases, steps=steps, source="crash-test")


def _child(path: Path, journal: Path, seed: int, generation: int) -> None:
    """Write forever; append 'B <op>' before and 'A' after each acknowledged save."""
    rng = random.Random(seed)
    fd = os.open(journal, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)

    def note(line: str) -> None:
        os.write(fd, (line + "\n").encode())

    store = Store.open(path)
    devices = {d.id for d in store.devices()}
    names = list(store.routine_names())
    executor = Executor(SimulatedBackend(store), store, sleep=lambda _s, _c: True)
    counter = 0
    while True:
        counter += 1
        roll = rng.random()
        fresh = f"g{generation}-{counter}"
        if roll < 0.3 or not names:
            routine = _random_routine(rng, fresh, devices)
            note("B " + json.dumps({"op": "save", "routines": [routine_to_dict(routine)]}))
            store.save_routine(routine)
            names.append(routine.name)
        elif roll < 0.55:
            old = rng.choice(names)
            routine = _random_routine(rng, old, devices)
            note("B " + json.dumps({"op": "save", "routines": [routine_to_dict(routine)]}))
            store.save_routine(routine, replace=True)
        elif roll < 0.75:
            batch = [_random_routine(rng, f"{fresh}-{i}", devices) for i in range(3)]
            if names:
                batch.append(_random_routine(rng, rng.choice(names), devices))
            unique = {r.name.casefold(): r for r in batch}
            batch = list(unique.values())
            note("B " + json.dumps({"op": "save",
                                    "routines": [routine_to_dict(r) for r in batch]}))
            store.import_all([], batch, replace=True)
            names = sorted(set(names) | {r.name for r in batch})
        elif roll < 0.85 and len(names) > _MAX_ROUTINES // 2:
            victim = names.pop(rng.randrange(len(names)))
            note("B " + json.dumps({"op": "delete", "names": [victim]}))
            store.delete_routine(victim)
        else:
            # Unchecked noise that also writes: a run (device states, undo record).
            routine = store.routine(rng.choice(names))
            executor.run(routine, utterance=routine.phrases[0].text)
            continue
        note("A")
        if len(names) > _MAX_ROUTINES:
            victim = names.pop(0)
            note("B " + json.dumps({"op": "delete", "names": [victim]}))
            store.delete_routine(victim)
            note("A")


def _fork_child(path: Path, journal: Path, seed: int, generation: int) -> int:
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child never returns
        code = 0
        try:
            _child(path, journal, seed, generation)
        except BaseException:
            import traceback

            traceback.print_exc()
            code = 3
        finally:
            os._exit(code)
    return pid


# ------------------------------------------------------------------ parent


def _apply(snapshot: Snapshot, op: dict[str, Any]) -> Snapshot:
    out = dict(snapshot)
    if op["op"] == "save":
        for routine in op["routines"]:
            out[routine["name"].casefold()] = routine
    else:
        for name in op["names"]:
            out.pop(name.casefold(), None)
    return out


def _read_journal(journal: Path) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """The acknowledged operations, and the one in flight (if any) when killed."""
    done: list[dict[str, Any]] = []
    pending: dict[str, Any] | None = None
    if not journal.exists():
        return done, None
    text = journal.read_text(encoding="utf-8", errors="replace")
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            break  # cut short by the kill: that operation never started
        if line.startswith("B "):
            pending = json.loads(line[2:])
        elif line.strip() == "A" and pending is not None:
            done.append(pending)
            pending = None
    return done, pending


def _actual(path: Path) -> Snapshot:
    with Store.open(path) as store:
        return {r.name.casefold(): routine_to_dict(r) for r in store.routines()}


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return "; ".join(str(row[0]) for row in con.execute("PRAGMA integrity_check"))
    finally:
        con.close()


def _diff(expected: Snapshot, actual: Snapshot) -> list[str]:
    out = [f"missing {k}" for k in expected if k not in actual]
    out += [f"changed {k}" for k in expected if k in actual and actual[k] != expected[k]]
    out += [f"unexpected {k}" for k in actual if k not in expected]
    return out


def _verify(path: Path, expected: Snapshot, pending: dict[str, Any] | None,
            report: CrashReport, where: str) -> Snapshot:
    """Check the database after a kill; returns the state the next round starts from."""
    integrity = _integrity(path)
    if integrity != "ok":
        report.integrity_failures += 1
        report.problems.append(f"{where}: integrity_check: {integrity[:200]}")
    try:
        actual = _actual(path)
    except Exception as exc:
        report.open_failures += 1
        report.problems.append(f"{where}: cannot open: {exc}")
        raise
    if actual == expected:
        if pending is not None:
            report.in_flight_rolled_back += 1
        return actual
    if pending is not None and actual == _apply(expected, pending):
        report.in_flight_committed += 1
        return actual
    differences = _diff(expected, actual)
    report.lost += sum(1 for d in differences if not d.startswith("unexpected"))
    report.problems.append(f"{where}: {', '.join(differences[:5])}")
    return actual


def _cli_round(path: Path, workdir: Path, rng: random.Random, generation: int,
               expected: Snapshot) -> tuple[list[dict[str, Any]], dict[str, Any] | None]:
    """Kill a real ``teachapp import`` at a random moment of its run."""
    routines = [_random_routine(rng, f"cli{generation}-{i}", set(_DEVICES))
                for i in range(rng.randint(1, 4))]
    if expected and rng.random() < 0.5:
        routines.append(_random_routine(rng, rng.choice(sorted(expected.values(),
                                        key=lambda r: r["name"]))["name"], set(_DEVICES)))
    unique = list({r.name.casefold(): r for r in routines}.values())
    text = dump_routine_file([], unique)
    _, parsed = parse_routine_file(text)
    op = {"op": "save", "routines": [routine_to_dict(r) for r in parsed]}
    file = workdir / f"import-{generation}.yaml"
    file.write_text(text, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    proc = subprocess.Popen([sys.executable, "-m", "teachapp", "--db", str(path), "import",
                             str(file), "--replace"], env=env, cwd=REPO,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(rng.uniform(0.2, 1.5))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        return [], op
    return ([op], None) if proc.returncode == 0 else ([], None)


def run(kills: int, *, workdir: Path, seed: int = 1, cli_every: int = 0,
        max_delay: float = 0.25, log: Callable[[str], None] | None = None) -> CrashReport:
    """Run ``kills`` kill-and-verify rounds on one database in ``workdir``."""
    report = CrashReport()
    rng = random.Random(seed)
    path = workdir / "crash.sqlite3"
    journal_dir = workdir / "journals"
    journal_dir.mkdir(parents=True, exist_ok=True)
    with Store.open(path) as store:
        ensure_default_home(store)
    expected: Snapshot = _actual(path)
    started = time.perf_counter()
    for generation in range(1, kills + 1):
        where = f"kill {generation}"
        if cli_every and generation % cli_every == 0:
            report.cli_rounds += 1
            done, pending = _cli_round(path, workdir, rng, generation, expected)
        else:
            journal = journal_dir / f"{generation}.log"
            pid = _fork_child(path, journal, rng.randrange(2**31), generation)
            time.sleep(rng.uniform(0.0, max_delay))
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
            if not os.WIFSIGNALED(status):
                report.problems.append(f"{where}: the writer stopped on its own "
                                       f"(status {status}) before the kill")
            done, pending = _read_journal(journal)
            journal.unlink(missing_ok=True)
        report.kills += 1
        report.acknowledged_saves += len(done)
        for op in done:
            expected = _apply(expected, op)
        try:
            expected = _verify(path, expected, pending, report, where)
        except Exception:
            expected = {}
            continue
        if not report.problems or not report.problems[-1].startswith(f"{where}:"):
            report.survived += 1
        if log is not None and generation % 25 == 0:
            log(f"{generation} kills, {report.acknowledged_saves} saves acknowledged, "
                f"{report.lost} lost")
    report.seconds = round(time.perf_counter() - started, 1)
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=300)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cli-every", type=int, default=10,
                        help="every Nth round kills a real 'teachapp import' (0: never)")
    parser.add_argument("--quick", action="store_true", help="30 kills")
    args = parser.parse_args(argv)
    kills = 30 if args.quick else args.kills
    with tempfile.TemporaryDirectory(prefix="teachapp-crash-") as tmp:
        os.environ.setdefault("TEACHAPP_DATA_DIR", str(Path(tmp) / "data"))
        os.environ.setdefault("TEACHAPP_LOG_DIR", str(Path(tmp) / "log"))
        os.environ.setdefault("TEACHAPP_CONFIG_DIR", str(Path(tmp) / "config"))
        report = run(kills, workdir=Path(tmp), seed=args.seed, cli_every=args.cli_every,
                     log=lambda line: print("  " + line, flush=True))
    rows = [("kills", report.kills), ("survived (opens, integrity ok, nothing lost)",
                                      report.survived),
            ("  of which killed 'teachapp import' processes", report.cli_rounds),
            ("acknowledged saves", report.acknowledged_saves),
            ("in-flight save found whole", report.in_flight_committed),
            ("in-flight save found absent", report.in_flight_rolled_back),
            ("routines lost or half-saved", report.lost),
            ("integrity_check failures", report.integrity_failures),
            ("failed to open", report.open_failures), ("seconds", report.seconds)]
    width = max(len(name) for name, _ in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    for problem in report.problems[:20]:
        print("PROBLEM:", problem)
    RESULTS.mkdir(parents=True, exist_ok=True)
    (RESULTS / "crash.json").write_text(json.dumps(asdict(report), indent=2) + "\n")
    ok = report.lost == 0 and report.integrity_failures == 0 and report.open_failures == 0
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
