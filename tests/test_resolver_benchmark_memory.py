"""The latency report of benchmarks/resolver.py gives the memory the resolver holds: the
figures come from a traced pass of their own, grow with the home, and leave tracing off
(the timed pass must not run traced)."""

from __future__ import annotations

import sys
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _resolver_data import shared_vocabulary_phrases  # noqa: E402
from resolver import _index_memory  # noqa: E402


def test_index_memory_is_traced_and_grows_with_the_home() -> None:
    small = _index_memory(shared_vocabulary_phrases(20, 5), 10, 1)
    large = _index_memory(shared_vocabulary_phrases(200, 5), 10, 1)
    assert not tracemalloc.is_tracing()
    for figures in (small, large):
        assert 0.0 < figures["index_mb"] <= figures["index_peak_mb"]
        assert figures["index_used_mb"] > 0.0
    assert large["index_mb"] > 2 * small["index_mb"]
