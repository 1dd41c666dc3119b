"""benchmarks/resolver_instructions.py --each: the per-resolve counts summed up as the
report gives them (median, mean, 90th percentile), and the flag known to the parser."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import resolver_instructions  # noqa: E402


def test_summary_of_counts() -> None:
    counts = [5, 1, 4, 2, 3, 10, 7, 6, 9, 8]
    got = resolver_instructions.summary(counts)
    assert got == {"median": 5.5, "mean": 5.5, "p90": 10}
    assert counts == [5, 1, 4, 2, 3, 10, 7, 6, 9, 8]  # (not sorted in place)
    assert resolver_instructions.summary([7]) == {"median": 7, "mean": 7, "p90": 7}


def test_each_without_valgrind_measures_nothing(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(resolver_instructions.shutil, "which", lambda name: None)
    assert resolver_instructions.main(["--each", "--sizes", "1000"]) == 0
    assert "valgrind is not installed" in capsys.readouterr().out
