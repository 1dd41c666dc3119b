"""MQTT backend latency: from a resolved decision to every device state confirmed.

A real Mosquitto broker on 127.0.0.1 and the Zigbee2MQTT-like simulator from
tests/mqtt_support.py (10 devices of six kinds). Each run executes a 10-step
routine with the Executor; a step returns only when the device's state message
confirms it, so the run time is "decision -> every state confirmed". Runs
alternate between two routines so every step really changes a device. The same
routine on the simulated backend is shown for comparison, and the undo of a run.

    .venv/bin/python benchmarks/mqtt.py [--runs 50] [--quick]

Prints a table and writes benchmarks/results/mqtt.json. Device radio time is not
modelled: the figures are teachapp + broker overhead, to which a real Zigbee
network adds its own (typically tens to hundreds of ms per device).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent
for extra in (REPO, REPO / "tests"):
    if str(extra) not in sys.path:
        sys.path.insert(0, str(extra))

from mqtt_support import (  # noqa: E402
    Broker,
    MosquittoMissing,
    SimDevice,
    Z2MSimulator,
    climate_exposes,
    cover_exposes,
    fan_exposes,
    light_exposes,
    lock_exposes,
    switch_exposes,
)

from teachapp.domain import Device, Routine, SetStep  # noqa: E402
from teachapp.home import Executor, SimulatedBackend  # noqa: E402
from teachapp.home.mqtt import MqttBackend, MqttConfig  # noqa: E402
from teachapp.store import Store  # noqa: E402

RESULTS = Path(__file__).resolve().parent / "results" / "mqtt.json"


def _devices() -> list[SimDevice]:
    lights = [SimDevice(f"Lamp {n}", "LED1545G12", "IKEA", light_exposes(),
                        {"state": "OFF", "brightness": 100, "color_temp": 370})
              for n in range(1, 6)]
    return [*lights,
            SimDevice("Plug", "SP 120", "innr", switch_exposes(), {"state": "OFF"}),
            SimDevice("Door", "YRD226HA2619", "Yale", lock_exposes(),
                      {"state": "LOCK", "lock_state": "locked"}),
            SimDevice("Blinds", "E1757", "IKEA", cover_exposes(),
                      {"state": "CLOSE", "position": 0}),
            SimDevice("Thermostat", "SPZB0001", "Eurotronic", climate_exposes(),
                      {"current_heating_setpoint": 19, "system_mode": "heat"}),
            SimDevice("Fan", "99432", "Hampton Bay", fan_exposes(),
                      {"fan_state": "OFF", "fan_mode": "off"})]


def _routines() -> tuple[Routine, Routine]:
    def steps(on: bool, level: int, kelvin: int, locked: bool, position: int,
              temp: float, speed: int) -> list[SetStep]:
        out = [SetStep(f"light.lamp_{n}", {"on": True, "brightness": level - n,
                                          "color_temp": kelvin}) for n in range(1, 6)]
        return [*out,
                SetStep("switch.plug", {"on": on}),
                SetStep("lock.door", {"locked": locked}),
                SetStep("cover.blinds", {"position": position}),
                SetStep("climate.thermostat", {"target_temp": temp}),
                SetStep("fan.fan", {"on": True, "speed": speed})]
    return (Routine("Evening", steps=steps(True, 60, 2700, False, 70, 21.5, 100)),
            Routine("Morning", steps=steps(False, 95, 4000, True, 30, 19.0, 33)))


def _stats(values: list[float]) -> dict[str, float]:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return {"median_ms": statistics.median(ordered) * 1000, "p95_ms": p95 * 1000,
            "max_ms": ordered[-1] * 1000, "n": len(ordered)}


def _time_runs(executor: Executor, routines: tuple[Routine, Routine], runs: int
               ) -> tuple[list[float], list[float], int]:
    totals: list[float] = []
    steps: list[float] = []
    failures = 0
    for number in range(runs):
        marks = [time.perf_counter()]

        def mark(_outcome: object, marks: list[float] = marks) -> None:
            marks.append(time.perf_counter())

        result = executor.run(routines[number % 2], on_step=mark)
        totals.append(marks[-1] - marks[0])
        steps.extend(b - a for a, b in itertools.pairwise(marks))
        failures += len(result.failures)
    return totals, steps, failures


def _mqtt(runs: int, workdir: Path) -> dict[str, Any]:
    broker = Broker(workdir / "broker").start()
    sim = Z2MSimulator(broker.host, broker.port, _devices()).start()
    store = Store.open(workdir / "mqtt.sqlite3")
    backend = MqttBackend(store, MqttConfig(host=broker.host, port=broker.port))
    try:
        started = time.perf_counter()
        backend.start()
        if not (backend.wait_connected(10) and backend.wait_discovered(10)):
            raise RuntimeError(f"no connection: {backend.status().message}")
        discovered = time.perf_counter() - started
        executor = Executor(backend, store, step_timeout=5.0)
        routines = _routines()
        _time_runs(executor, routines, 2)  # warm up
        totals, steps, failures = _time_runs(executor, routines, runs)
        undo_times = []
        for _ in range(max(3, runs // 5)):
            executor.run(routines[0])
            start = time.perf_counter()
            undone = executor.undo()
            undo_times.append(time.perf_counter() - start)
            failures += len(undone.failures)
        return {"connect_and_discover_ms": discovered * 1000, "run": _stats(totals),
                "step": _stats(steps), "undo": _stats(undo_times), "failures": failures}
    finally:
        backend.close()
        sim.stop()
        broker.stop()
        store.close()


def _simulated(runs: int, workdir: Path) -> dict[str, Any]:
    store = Store.open(workdir / "sim.sqlite3")
    try:
        store.save_devices(
            [Device(f"light.lamp_{n}", f"Lamp {n}") for n in range(1, 6)]
            + [Device("switch.plug", "Plug"), Device("lock.door", "Door"),
               Device("cover.blinds", "Blinds"), Device("climate.thermostat", "Thermostat"),
               Device("fan.fan", "Fan")])
        executor = Executor(SimulatedBackend(store), store)
        totals, steps, failures = _time_runs(executor, _routines(), runs)
        return {"run": _stats(totals), "step": _stats(steps), "failures": failures}
    finally:
        store.close()


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--quick", action="store_true", help="10 runs")
    args = parser.parse_args(argv)
    runs = 10 if args.quick else max(2, args.runs)
    try:
        with tempfile.TemporaryDirectory(prefix="teachapp-mqtt-bench-") as tmp:
            mqtt_result = _mqtt(runs, Path(tmp))
            sim_result = _simulated(runs, Path(tmp))
    except MosquittoMissing as exc:
        print(exc, file=sys.stderr)
        return 1
    print(f"10-step routine, {runs} runs; Mosquitto on 127.0.0.1, Zigbee2MQTT simulator")
    print(f"connect + discovery: {mqtt_result['connect_and_discover_ms']:.1f} ms")
    print(f"{'measure':<44} {'median':>9} {'p95':>9} {'max':>9}")
    rows = [("MQTT: decision -> all 10 states confirmed", mqtt_result["run"]),
            ("MQTT: one step (publish -> state confirmed)", mqtt_result["step"]),
            ("MQTT: undo of the 10 steps", mqtt_result["undo"]),
            ("simulated backend: the same routine", sim_result["run"])]
    for label, stats in rows:
        print(f"{label:<44} {stats['median_ms']:>7.1f}ms {stats['p95_ms']:>7.1f}ms "
              f"{stats['max_ms']:>7.1f}ms")
    failures = mqtt_result["failures"] + sim_result["failures"]
    print(f"failed steps: {failures}")
    RESULTS.parent.mkdir(parents=True, exist_ok=True)
    RESULTS.write_text(json.dumps({"runs": runs, "quick": args.quick, "mqtt": mqtt_result,
                                   "simulated": sim_result}, indent=2), encoding="utf-8")
    print(f"written to {RESULTS.relative_to(REPO)}")
    return 0 if failures == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
