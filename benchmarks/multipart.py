"""Several things in one sentence, built from real crowd-written requests, and the
time per turn.

Sentences: crowd-written HWU64-iot device requests (../shared/datasets/hwu64_iot,
CC BY 4.0; the rows benchmarks/commands.py scores as commands on the default home:
lights on/off/up/down, the plug, the coffee maker) joined with "and" to another such
request or to a taught routine's phrase (a household of six routines from
benchmarks/_resolver_data.py). Rows that already hold "and", "then" or a comma are
left out (they would not split into the parts we joined). Nothing in the engine
was tuned on these sentences.

Splits (``--split``): the source requests are halved by a stable hash of their text
(``_split``: SHA-1 parity). The command parser was tuned for issue 16's follow-up on
the ``dev`` half only; ``held`` is the other half, ``all`` both (the default, and the
figure reported before the split existed). Sentences are drawn from the split's
requests.

Each sentence goes through the real engine (``Assistant.handle``, SQLite, the
simulated home, every device reset first). Figures:
* parts understood: a request part whose meaning is right (the intent
  benchmarks/commands.py expects, and its devices where labelled) and a routine part
  that names its routine, by the engine's own part decision. A part is understood
  when the engine would run exactly that (sure) or asks "do you want me to <exactly
  that>?" (unsure: the careful answer when a word fits several devices); both are
  counted and shown apart. A request the home cannot do (no such device), a request
  for later said without a time slot ("when my phone is charged") or one that is not
  a device command is never counted as understood, even when the engine rightly does
  nothing: the figure is strict (a request with a time said leaves the pool, below);
* wrong device changes: runs that changed a device no part asked for (sentences
  whose parts all name their devices), and requests that alone would run a wrong
  command (sure, but not what was asked): both must be 0;
* sentences run whole / asked / not run; partial runs: a run in which a part was
  left out or was not sure (must be 0); wrong runs: a run with a part misread
  (the command parser's error, reported apart);
* time per turn: the median of ``handle`` over single-request turns (taught
  phrases, misheard phrases, device commands, unknown words), for this checkout
  and, with ``--compare PATH``, another checkout (e.g. main) measured the same way.

Labels: benchmarks/commands.py's, corrected in issue 16's follow-up (a request with a
time said is for later and leaves the pool; a row whose switching word contradicts its
label leaves it; a light switched on from off counts as made brighter); the figure as
labelled before is printed beside ("as labelled before the corrections").

Sources (``--source``): ``hwu`` (the default, as above) or ``slurp``: SLURP's iot
requests (../shared/datasets/slurp_iot, CC BY 4.0), labelled and chosen the same way;
a second crowd collection, though 293 of its 338 rows repeat HWU64 text (and so fall
in the same split). Misses of HWU64's held-half requests are counted but never
listed, from either source.

Run: ``.venv/bin/python benchmarks/multipart.py [--quick] [--split all|dev|held]
[--source hwu|slurp] [--timing-only] [--compare PATH]``; writes
benchmarks/results/multipart.json (multipart_dev.json, multipart_held.json for a
split; multipart_slurp*.json for SLURP).
"""

from __future__ import annotations

import hashlib
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
RESULTS = HERE / "results" / "multipart.json"

ROUTINE_PHRASES = {"Reading mode": "reading mode", "Movie night": "movie night",
                   "Party mode": "party mode", "Good morning": "good morning",
                   "Dinner time": "dinner time", "Gaming": "game night"}
_STEPS = [("media_player.tv", {"on": True, "volume": 30}),
          ("cover.living_room_blinds", {"position": 50}),
          ("climate.thermostat", {"target_temp": 21}),
          ("media_player.office_speaker", {"on": True, "volume": 25}),
          ("lock.front_door", {"locked": True}),
          ("fan.bedroom_fan", {"on": True, "speed": 40})]


def _setup(path: Path):
    sys.path.insert(0, str(REPO))
    from teachapp.domain import Device, Phrase, Routine, SetStep, default_state
    from teachapp.home import ensure_default_home
    from teachapp.store import Store

    store = Store.open(path)
    ensure_default_home(store)
    store.save_devices([Device("switch.wemo_plug", "Wemo plug", "Office",
                               default_state("switch"))])
    for (name, phrase), (device, values) in zip(ROUTINE_PHRASES.items(), _STEPS, strict=True):
        store.save_routine(Routine(name=name, phrases=[Phrase(phrase)],
                                   steps=[SetStep(device, values)], source="cli"))
    return store


def _split(text: str) -> str:
    """"dev" or "held": a stable half of the requests by the hash of their text."""
    digest = hashlib.sha1(text.strip().lower().encode("utf-8")).hexdigest()
    return "dev" if int(digest, 16) % 2 == 0 else "held"


def _requests(split: str = "all", source: str = "hwu") -> tuple[list, int]:
    sys.path.insert(0, str(HERE))
    import commands  # type: ignore[import-not-found]
    from commands import hwu_cases, slurp_cases  # type: ignore[import-not-found]

    # ../shared/datasets from the checkout, or from a worktree one level deeper.
    for candidate in (REPO.parent / "shared" / "datasets",
                      REPO.parents[1] / "shared" / "datasets"):
        if candidate.exists():
            commands.DATASETS = candidate
            break

    from teachapp.conversation.multipart import split_parts

    cases = [c for c in (slurp_cases() if source == "slurp" else hwu_cases())
             if c.positive and c.intent
             and len(c.devices) == 13 and not c.out_of_range]
    kept = [c for c in cases if split_parts(c.text) == [c.text.strip(" .!?")]]
    excluded = len(cases) - len(kept)
    if split != "all":
        kept = [c for c in kept if _split(c.text) == split]
    return kept, excluded


def _right(part, case) -> bool:
    sys.path.insert(0, str(HERE))
    from commands import _understood  # type: ignore[import-not-found]

    if isinstance(case, str):
        return part.routine == case
    if part.command is None or part.state == "unknown":
        return False
    if case.intent not in _understood(part.command):
        return False
    return case.expected_devices is None or \
        {d.id for d in part.command.devices} == case.expected_devices


_ROUTINE_DEVICES = {name: {device} for name, (device, _values)
                    in zip(ROUTINE_PHRASES, _STEPS, strict=True)}


def _allowed(truth: list) -> set[str] | None:
    """The devices a sentence asks to change; None when a part does not name them."""
    allowed: set[str] = set()
    for case in truth:
        devices = _ROUTINE_DEVICES[case] if isinstance(case, str) else case.expected_devices
        if devices is None:
            return None
        allowed |= devices
    return allowed


def _held_texts() -> frozenset[str]:
    """HWU64's held-half requests (as SLURP repeats some): their misses are counted,
    never listed, so the parser is never worked on with them in view."""
    from commands import hwu_cases  # type: ignore[import-not-found]

    return frozenset(c.text.strip().lower() for c in hwu_cases() if _split(c.text) == "held")


def multipart(quick: bool, split: str = "all", source: str = "hwu") -> dict:
    from teachapp.conversation import Assistant, TurnInput
    from teachapp.home import CollectingSpeaker, SimulatedBackend

    rng = random.Random(16)
    requests, excluded = _requests(split, source)
    held = _held_texts()
    unlisted = 0
    n = 60 if quick else 300
    sentences = []
    for _ in range(n):
        shape = rng.choice(["rc", "cc", "cr"])
        a = rng.choice(list(ROUTINE_PHRASES.items())) if shape == "rc" else rng.choice(requests)
        b = rng.choice(list(ROUTINE_PHRASES.items())) if shape == "cr" else rng.choice(requests)
        sentences.append((a, b))
    tally = {"sentences": 0, "parts": 0, "parts_understood": 0, "run_whole": 0, "asked": 0,
             "not_run": 0, "partial_runs": 0, "wrong_runs": 0, "requests": 0,
             "requests_understood_alone": 0, "requests_understood_in_sentence": 0,
             "request_parts_sure": 0, "request_parts_asked": 0, "requests_wrong_alone": 0,
             "runs_judged_for_devices": 0, "wrong_device_changes": 0}
    misses: list[str] = []
    partial: list[str] = []
    wrong: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = _setup(Path(tmp) / "multi.sqlite3")
        base = store.devices()
        for a, b in sentences:
            store.save_devices(base)
            assistant = Assistant(store, SimulatedBackend(store), speaker=CollectingSpeaker())
            texts = [x[1] if isinstance(x, tuple) else x.text for x in (a, b)]
            truth = [x[0] if isinstance(x, tuple) else x for x in (a, b)]
            sentence = " and ".join(t.strip(" .!?") for t in texts)
            turn = TurnInput(sentence)
            parts, context = [], []
            assistant._input = turn
            for text in texts:
                part = assistant._multi._part(text.strip(" .!?"), turn, context)
                parts.append(part)
                context = [s.device for s in part.steps if hasattr(s, "device")] or context
            assistant._input = TurnInput("")
            right = [_right(p, t) for p, t in zip(parts, truth, strict=True)]
            for text, case in zip(texts, truth, strict=True):
                if not isinstance(case, str):  # the same request said on its own
                    alone = TurnInput(text)
                    assistant._input = alone
                    tally["requests"] += 1
                    said_alone = assistant._multi._part(text.strip(" .!?"), alone, [])
                    tally["requests_understood_alone"] += _right(said_alone, case)
                    tally["requests_wrong_alone"] += said_alone.state == "sure" and not _right(
                        said_alone, case)
                    assistant._input = TurnInput("")
            for p, case in zip(parts, truth, strict=True):
                if not isinstance(case, str):
                    tally["requests_understood_in_sentence"] += _right(p, case)
                    tally["request_parts_sure"] += _right(p, case) and p.state == "sure"
                    tally["request_parts_asked"] += _right(p, case) and p.state == "unsure"
            tally["sentences"] += 1
            tally["parts"] += 2
            tally["parts_understood"] += sum(right)
            for ok, text, part in zip(right, texts, parts, strict=True):
                if not ok and text.strip().lower() in held:
                    unlisted += 1
                elif not ok:
                    misses.append(f"{text!r} -> {part.state} {part.meaning!r}")
            result = assistant.handle(turn)
            record = assistant._recorder.details([result.interaction_id or 0]) \
                if result.interaction_id else {}
            recorded = next(iter(record.values())).detail.get("parts") if record else None
            if result.run is not None:
                whole = recorded is not None and len(recorded) == 2 and \
                    all(p["state"] == "sure" for p in recorded)
                tally["run_whole"] += whole
                tally["partial_runs"] += not whole
                tally["wrong_runs"] += not all(right)
                allowed = _allowed(truth)
                if allowed is not None:
                    changed = {d for d, after in result.run.after.items()
                               if after != result.run.before.get(d)}
                    tally["runs_judged_for_devices"] += 1
                    tally["wrong_device_changes"] += bool(changed - allowed)
                    if changed - allowed:
                        wrong.append(f"{sentence!r} -> {sorted(changed - allowed)}")
                if not whole:
                    partial.append(f"{sentence!r} -> {result.lines}")  # must stay empty
            elif result.question is not None:
                tally["asked"] += 1
            else:
                tally["not_run"] += 1
            assistant.close()
        store.close()
    tally["parts_understood_rate"] = round(tally["parts_understood"] / tally["parts"], 4)
    tally["excluded_rows_with_joiners"] = excluded
    tally["request_pool"] = len(requests)
    tally["split"] = split
    tally["source"] = source
    tally["misses_not_listed_held"] = unlisted
    tally["examples_of_misses"] = misses[:15]
    tally["partial_run_sentences"] = partial
    tally["wrong_device_sentences"] = wrong
    return tally


_TIMING = r'''
import json, statistics, sys, tempfile, time
from pathlib import Path
sys.path.insert(0, sys.argv[1])
from teachapp.conversation import Assistant, TurnInput
from teachapp.domain import Phrase, Routine, SetStep
from teachapp.home import CollectingSpeaker, SimulatedBackend, ensure_default_home
from teachapp.store import Store
turns = json.loads(sys.argv[2])
with tempfile.TemporaryDirectory() as tmp:
    store = Store.open(Path(tmp) / "t.sqlite3")
    ensure_default_home(store)
    for name, phrase in json.loads(sys.argv[3]).items():
        store.save_routine(Routine(name=name, phrases=[Phrase(phrase)], steps=[
            SetStep("media_player.tv", {"on": True, "volume": 30})], source="cli"))
    from sqlalchemy import event
    commits = []
    event.listen(store.engine, "commit", lambda conn: commits.append(1))
    assistant = Assistant(store, SimulatedBackend(store), speaker=CollectingSpeaker())
    for text in turns[:10]:
        assistant.handle(TurnInput(text))
    times, cpu = [], []
    commits.clear()
    for _round in range(int(sys.argv[4])):
        for text in turns:
            started, started_cpu = time.perf_counter(), time.process_time()
            assistant.handle(TurnInput(text))
            cpu.append((time.process_time() - started_cpu) * 1000)
            times.append((time.perf_counter() - started) * 1000)
            assistant._pending = None
    print(json.dumps({"median_ms": statistics.median(times),
                      "cpu_median_ms": statistics.median(cpu),
                      "commits_per_turn": len(commits) / len(times), "n": len(times)}))
'''


def timing(repo: Path, rounds: int) -> dict:
    turns = ["reading mode", "movie night", "party mood", "good mourning", "dinner time",
             "turn off the desk lamp", "desk lamp to 40 percent", "close the blinds",
             "purple elephant dance", "what's the weather like"]
    proc = subprocess.run([sys.executable, "-c", _TIMING, str(repo), json.dumps(turns),
                           json.dumps(ROUTINE_PHRASES), str(rounds)],
                          capture_output=True, text=True, check=True,
                          env={"PYTHONDONTWRITEBYTECODE": "1", "PATH": "/usr/bin:/bin"})
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _print_multipart(figures: dict, started: float) -> dict:
    print(f"source {figures['source']}, split {figures['split']}: "
          f"{figures['sentences']} sentences ({figures['request_pool']} crowd requests, "
          f"{figures['excluded_rows_with_joiners']} rows with joiners left out) in "
          f"{time.perf_counter() - started:.1f} s")
    print(f"  parts understood: {figures['parts_understood']}/{figures['parts']} = "
          f"{figures['parts_understood_rate']:.1%}")
    print(f"  run whole {figures['run_whole']}, asked {figures['asked']}, not run "
          f"{figures['not_run']}; partial runs {figures['partial_runs']}; wrong runs "
          f"{figures['wrong_runs']}")
    print(f"  request parts understood: {figures['request_parts_sure']} sure (would run), "
          f"{figures['request_parts_asked']} asked about by name (\"do you want me to ...?\")")
    print(f"  wrong device changes: {figures['wrong_device_changes']} of "
          f"{figures['runs_judged_for_devices']} runs whose parts all name their devices; "
          f"requests that alone would run a wrong command: {figures['requests_wrong_alone']}")
    print(f"  crowd-request parts: understood in the sentence "
          f"{figures['requests_understood_in_sentence']}/{figures['requests']}, the same "
          f"requests said alone {figures['requests_understood_alone']}/{figures['requests']} "
          "(the built-in command parser's ceiling)")
    target = "met" if figures["parts_understood_rate"] >= 0.85 else "NOT met"
    print(f"  target parts understood >= 85 %: {target}; target 0 partial runs: "
          f"{'met' if figures['partial_runs'] == 0 else 'NOT met'}")
    for miss in figures["examples_of_misses"][:8]:
        print("    miss: " + miss)
    if figures["misses_not_listed_held"]:
        print(f"    ({figures['misses_not_listed_held']} misses of held-half requests are "
              "counted, not listed)")
    for line in figures["partial_run_sentences"]:
        print("    PARTIAL RUN: " + line)
    for line in figures["wrong_device_sentences"]:
        print("    WRONG DEVICES: " + line)
    return figures


def _labelled_before(quick: bool, split: str, source: str) -> dict:
    """The same benchmark with benchmarks/commands.py's labels before its corrections
    (requests for later and mislabelled rows in the pool, a light switched on from
    off not counted as brighter), printed beside the corrected figure."""
    sys.path.insert(0, str(HERE))
    import commands  # type: ignore[import-not-found]

    commands.OLD_RULES = True
    try:
        old = multipart(quick, split, source)
    finally:
        commands.OLD_RULES = False
    print(f"  as labelled before the corrections: parts understood {old['parts_understood']}/"
          f"{old['parts']} = {old['parts_understood_rate']:.1%} ({old['request_pool']} crowd "
          f"requests); partial runs {old['partial_runs']}; wrong device changes "
          f"{old['wrong_device_changes']}; requests that alone would run a wrong command "
          f"{old['requests_wrong_alone']}")
    keep = ("parts", "parts_understood", "parts_understood_rate", "request_pool",
            "partial_runs", "wrong_device_changes", "requests_wrong_alone",
            "requests_understood_alone", "requests", "misses_not_listed_held")
    return {k: old[k] for k in keep}


def overhead(rounds: int) -> dict:
    """Issue 16's added work on ordinary turns, measured in one process: the same
    turns alternately with the conversation hooks on and off (talk commands,
    multi-part check, explanation record), paired turn by turn."""
    from teachapp.conversation import Assistant, TurnInput, explain
    from teachapp.home import CollectingSpeaker, SimulatedBackend

    turns = ["reading mode", "movie night", "party mood", "good mourning", "dinner time",
             "turn off the desk lamp", "desk lamp to 40 percent", "close the blinds",
             "purple elephant dance", "what's the weather like"]
    real_record = explain.record
    with tempfile.TemporaryDirectory() as tmp:
        store = _setup(Path(tmp) / "overhead.sqlite3")
        assistant = Assistant(store, SimulatedBackend(store), speaker=CollectingSpeaker())
        talk, multi = assistant._talk.handle, assistant._multi.handle

        def hooks(on: bool) -> None:
            assistant._talk.handle = talk if on else (lambda *a: False)  # type: ignore[method-assign]
            assistant._multi.handle = multi if on else (lambda *a: False)  # type: ignore[method-assign]
            explain.record = real_record if on else (lambda *a: None)  # type: ignore[assignment]
            assistant._recorder.keep = (assistant._recorder.__class__.keep.__get__(  # type: ignore[method-assign]
                assistant._recorder) if on else (lambda d: None))

        diffs, on_times, off_times = [], [], []
        try:
            for _ in range(rounds):
                for text in turns:
                    pair = {}
                    for on in (True, False) if len(diffs) % 2 else (False, True):
                        hooks(on)
                        started = time.process_time()
                        assistant.handle(TurnInput(text))
                        pair[on] = (time.process_time() - started) * 1000
                        assistant._pending = None
                    diffs.append(pair[True] - pair[False])
                    on_times.append(pair[True])
                    off_times.append(pair[False])
        finally:
            explain.record = real_record  # type: ignore[assignment]
            assistant.close()
            store.close()
    return {"overhead_cpu_median_ms": round(statistics.median(diffs), 3),
            "hooks_on_cpu_median_ms": round(statistics.median(on_times), 3),
            "hooks_off_cpu_median_ms": round(statistics.median(off_times), 3),
            "overhead_pairs": len(diffs)}


def main(argv: list[str]) -> int:
    quick = "--quick" in argv
    split = argv[argv.index("--split") + 1] if "--split" in argv else "all"
    if split not in ("all", "dev", "held"):
        print(f"--split {split}: say all, dev or held.", file=sys.stderr)
        return 2
    source = argv[argv.index("--source") + 1] if "--source" in argv else "hwu"
    if source not in ("hwu", "slurp"):
        print(f"--source {source}: say hwu or slurp.", file=sys.stderr)
        return 2
    compare = Path(argv[argv.index("--compare") + 1]) if "--compare" in argv else None
    sys.path.insert(0, str(REPO))
    started = time.perf_counter()
    if "--timing-only" in argv:
        figures = {}
    else:
        figures = _print_multipart(multipart(quick, split, source), started)
        figures["as_labelled_before"] = _labelled_before(quick, split, source)
    rounds = 3 if quick else 10
    figures.update(overhead(rounds * 3))
    print(f"  added work per ordinary turn (hooks on - off, paired, CPU): "
          f"{figures['overhead_cpu_median_ms']:+.3f} ms median over "
          f"{figures['overhead_pairs']} pairs ({figures['hooks_on_cpu_median_ms']:.2f} vs "
          f"{figures['hooks_off_cpu_median_ms']:.2f} ms)")
    # Alternate the two checkouts so machine load hits both alike.
    mine: list[dict] = []
    theirs: list[dict] = []
    for _ in range(5):
        mine.append(timing(REPO, rounds))
        if compare is not None:
            theirs.append(timing(compare, rounds))
    for key, runs in (("", mine), ("_compare", theirs)):
        if not runs:
            continue
        for field in ("median_ms", "cpu_median_ms", "commits_per_turn"):
            figures[f"turn_{field}{key}"] = round(statistics.median(r[field] for r in runs), 3)
    print(f"  time per turn (median of single-request turns): {figures['turn_median_ms']:.2f} ms "
          f"wall, {figures['turn_cpu_median_ms']:.2f} ms CPU, "
          f"{figures['turn_commits_per_turn']:.2f} commits")
    if theirs:
        figures["compare_checkout"] = str(compare)
        print(f"  the same on {compare}: {figures['turn_median_ms_compare']:.2f} ms wall, "
              f"{figures['turn_cpu_median_ms_compare']:.2f} ms CPU, "
              f"{figures['turn_commits_per_turn_compare']:.2f} commits")
    name = "multipart" + ("_slurp" if source == "slurp" else "") + (
        f"_{split}" if split != "all" else "")
    results = RESULTS.with_name(f"{name}.json")
    RESULTS.parent.mkdir(exist_ok=True)
    results.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0 if figures.get("partial_runs", 0) == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
