"""The made-here class of two requests joined by "and", one not taught
(benchmarks/_resolver_multipart.py), is well formed: every case says one taught phrase
of its home whole and a request that shares no word with any of the home's phrases,
each kind once per phrase, the same for a seed every time. (The class is run by
benchmarks/resolver.py; only the data is checked here.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _blind_set_checks import built_home  # noqa: E402
from _resolver_data import DATASETS  # noqa: E402
from _resolver_multipart import (  # noqa: E402
    JOINS,
    KIND,
    PAUSED_KIND,
    UNTAUGHT,
    _words,
    multipart_cases,
)

pytestmark = pytest.mark.skipif(not DATASETS.is_dir(), reason="the dev homes' real "
                                "sentences are rows of ../shared/datasets")


@pytest.mark.parametrize("seed", [0, 100])
def test_each_case_joins_a_taught_phrase_and_an_untaught_request(seed: int) -> None:
    home = built_home(seed, "dev")
    cases = multipart_cases(home, seed)
    phrases = [p for p, _ in home.phrases]
    taught = set().union(*(_words(p) for p in phrases))
    assert [c.kind for c in cases] == [KIND] * len(phrases) + [PAUSED_KIND] * len(phrases)
    for case, phrase in zip(cases, phrases + phrases, strict=True):
        assert case.routine is None
        said = case.utterance.rstrip(".")
        parts = [part.strip(" ,") for part in said.replace(" and then ", " and ")
                 .replace(" and also ", " and ").split(" and ")]
        assert phrase in parts, case.utterance
        (other,) = [part for part in parts if part != phrase] or [phrase]
        assert other in UNTAUGHT and not _words(other) & taught, case.utterance
        assert ("," in case.utterance) == (case.kind == PAUSED_KIND)
    assert multipart_cases(home, seed) == cases


def test_the_kinds_are_the_joins() -> None:
    assert set(JOINS) == {KIND, PAUSED_KIND}
