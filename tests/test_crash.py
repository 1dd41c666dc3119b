"""Crash safety: a writer killed with SIGKILL at random moments loses nothing it
acknowledged, and never leaves a routine half-saved (short run of benchmarks/crash.py).
"""

import importlib.util
import sys

from conftest import REPO


def _crash_module():
    spec = importlib.util.spec_from_file_location("teachapp_crash_bench",
                                                  REPO / "benchmarks" / "crash.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def test_twenty_kills_mid_write_lose_nothing_acknowledged(tmp_path):
    crash = _crash_module()
    report = crash.run(20, workdir=tmp_path, seed=20, cli_every=20, max_delay=0.3)
    assert report.problems == []
    assert report.kills == 20 and report.survived == 20
    assert report.integrity_failures == 0 and report.open_failures == 0
    assert report.lost == 0
    assert report.cli_rounds == 1
    # The kills really landed while saving: saves were acknowledged, and some
    # were caught in flight (found either whole or absent, never in part).
    assert report.acknowledged_saves > 0  # how many depends on the load; none would mean no test
    assert report.in_flight_committed + report.in_flight_rolled_back > 0


def test_the_verifier_notices_a_lost_or_half_saved_routine(tmp_path):
    """The check above can fail: an acknowledged save that is missing is counted."""
    crash = _crash_module()
    from teachapp.store import Store

    path = tmp_path / "crash.sqlite3"
    Store.open(path).close()
    routine = {"name": "Lost", "phrases": ["lost one"], "steps": [{"say": "hi"}]}
    report = crash.CrashReport()
    crash._verify(path, {"lost": routine}, None, report, "kill 1")
    assert report.lost == 1 and "missing lost" in report.problems[0]
