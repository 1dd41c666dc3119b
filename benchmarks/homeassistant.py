"""Home Assistant backend figures against a real Home Assistant (2024.3.3, demo home).

The server is started, onboarded and given areas by tests/ha_support.py (installed by
scripts/install-homeassistant.sh). Measured:

- discovery: a new backend from ``start()`` to connected: the unit system, three
  registries, every state (~100 entities), subscriptions, devices saved to SQLite;
- a 10-step routine from the decision (``Executor.run``) to every state confirmed by
  Home Assistant's ``state_changed`` (lights, switches, fans, climate, media players;
  runs alternate two routines so every step changes a device); a lock and a cover,
  which pass through ``locking``/``closing``, separately;
- a change made in Home Assistant (a service call from another client) to the
  backend's listener, which is what moves a tile (the window queues it to its thread);
- memory: Python heap taken by importing and connecting one backend (tracemalloc, off
  during the timings) and the process RSS growth from it, then after all the runs.

    .venv/bin/python benchmarks/homeassistant.py [--runs 30] [--quick]

Prints a table and writes benchmarks/results/homeassistant.json.
"""

from __future__ import annotations

import argparse
import gc
import json
import statistics
import sys
import tempfile
import threading
import time
import tracemalloc
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
for extra in (REPO, REPO / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

import ha_support  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "homeassistant.json"


def _rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _row(name: str, values: list[float]) -> dict[str, float]:
    return {"what": name, "n": len(values), "median_ms": statistics.median(values) * 1000,
            "p95_ms": _pct(values, 0.95) * 1000, "max_ms": max(values) * 1000}


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--quick", action="store_true", help="5 runs of each")
    args = parser.parse_args(argv)
    runs = 5 if args.quick else args.runs
    reason = ha_support.skip_reason()
    if reason:
        print(f"skipped: {reason}")
        return 0
    from teachapp.domain import Routine, SetStep
    from teachapp.home import Executor
    from teachapp.store import Store

    with tempfile.TemporaryDirectory() as tmp:
        server = ha_support.HomeAssistant(Path(tmp) / "ha")
        server.start()
        try:
            server.onboard()
            server.assign_areas()
            store = Store.open(Path(tmp) / "bench.sqlite3")
            store.devices()
            gc.collect()
            rss0 = _rss_kb()  # the rest of teachapp is loaded; now the backend alone
            tracemalloc.start()
            heap0 = tracemalloc.get_traced_memory()[0]
            from teachapp.home.homeassistant import HaConfig, HomeAssistantBackend

            config = HaConfig(server.url, server.token)
            first = HomeAssistantBackend(store, config)
            first.start()
            first.wait_connected(30)
            gc.collect()
            rss_first = _rss_kb() - rss0
            heap_backend = tracemalloc.get_traced_memory()[0] - heap0
            tracemalloc.stop()  # it slows Python down: not during the timings
            first.close()

            discovery = []
            for _ in range(runs):
                backend = HomeAssistantBackend(store, config)
                started = time.perf_counter()
                backend.start()
                if not backend.wait_connected(30):
                    raise SystemExit(f"no connection: {backend.status().message}")
                discovery.append(time.perf_counter() - started)
                entities = len(backend.devices()) + len(backend.unsupported())
                devices = len(backend.devices())
                backend.close()

            backend = HomeAssistantBackend(store, config)
            backend.start()
            backend.wait_connected(30)
            gc.collect()
            rss = _rss_kb() - rss0

            executor = Executor(backend, store, step_timeout=15)
            ids = ["light.bed_light", "light.ceiling_lights", "light.kitchen_lights",
                   "light.office_rgbw_lights", "light.living_room_rgbww_lights",
                   "light.entrance_color_white_lights", "switch.decorative_lights",
                   "switch.ac", "fan.ceiling_fan", "climate.hvac"]

            def routine(level: int) -> Routine:
                steps = []
                for device_id in ids:
                    kind = device_id.split(".")[0]
                    change = {"light": {"on": True, "brightness": level},
                              "switch": {"on": level > 50},
                              "fan": {"on": True, "speed": 100 if level > 50 else 33},
                              "climate": {"target_temp": 20 + level / 20}}[kind]
                    steps.append(SetStep(device=device_id, set=change))
                return Routine(name=f"Bench {level}", steps=steps)

            routines = [routine(30), routine(80)]
            ten = []
            for n in range(runs):
                started = time.perf_counter()
                result = executor.run(routines[n % 2])
                ten.append(time.perf_counter() - started)
                if not result.ok:
                    raise SystemExit(f"run failed: {[f.message for f in result.failures]}")

            slow: dict[str, list[float]] = {"lock (through locking)": [],
                                            "cover 0↔100 % (through opening/closing)": []}
            for n in range(max(2, runs // 5)):
                started = time.perf_counter()
                backend.apply("lock.front_door", {"locked": n % 2 == 1}, timeout=15)
                slow["lock (through locking)"].append(time.perf_counter() - started)
                started = time.perf_counter()
                backend.apply("cover.hall_window", {"position": 0 if n % 2 else 100},
                              timeout=30)
                slow["cover 0↔100 % (through opening/closing)"].append(
                    time.perf_counter() - started)

            live = []
            seen = threading.Event()
            wanted: dict[str, bool] = {}

            def listener(device):  # noqa: ANN001
                if device.id == "switch.ac" and device.state.get("on") is wanted.get("on"):
                    seen.set()

            backend.add_listener(listener)
            with server.ws() as admin:
                for n in range(runs):
                    on = n % 2 == 0
                    if backend.device("switch.ac").state["on"] is on:
                        on = not on
                    wanted["on"] = on
                    seen.clear()
                    started = time.perf_counter()
                    admin.call({"type": "call_service", "domain": "switch",
                                "service": "turn_on" if on else "turn_off",
                                "target": {"entity_id": "switch.ac"}})
                    if not seen.wait(10):
                        raise SystemExit("the manual change never arrived")
                    live.append(time.perf_counter() - started)
            backend.close()
            store.close()
        finally:
            server.stop()

    rows = [_row(f"discovery of {entities} entities ({devices} devices)", discovery),
            _row("10-step routine, decision -> all confirmed", ten),
            *[_row(name, values) for name, values in slow.items()],
            _row("change in Home Assistant -> listener (tile)", live)]
    print(f"{'what':<48} {'n':>4} {'median ms':>10} {'p95 ms':>9} {'max ms':>9}")
    for row in rows:
        print(f"{row['what']:<48} {row['n']:>4} {row['median_ms']:>10.1f} "
              f"{row['p95_ms']:>9.1f} {row['max_ms']:>9.1f}")
    memory = {"backend_heap_kb": round(heap_backend / 1024),
              "rss_growth_first_backend_kb": rss_first,
              "rss_growth_after_all_runs_kb": rss, "rss_kb_now": _rss_kb()}
    print(f"memory: importing and connecting a backend takes {memory['backend_heap_kb']} KB "
          "of Python heap; "
          f"importing and connecting the first one grew RSS by {rss_first / 1024:.1f} MB, "
          f"all {runs + 2} backends together by {rss / 1024:.1f} MB")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"home_assistant": ha_support.VERSION, "rows": rows,
                                   "memory": memory}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
