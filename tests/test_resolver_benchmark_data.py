"""The fifth held-out set of benchmarks/resolver.py (benchmarks/_resolver_fifth.py) is
well formed: it builds, the same for a seed every time, with every out-of-scope kind,
and never labels as out of scope what its home has taught. (Only the data is checked
here: the set is run once, on the final resolver, by the benchmark.)"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _blind_set_checks import built_home  # noqa: E402
from _resolver_data import DATASETS, OUT_OF_SCOPE_KINDS, build_home  # noqa: E402
from _resolver_fifth import (  # noqa: E402
    FIFTH_ROUTINES,
    HEARD,
    HEARD_KIND,
    HEARD_KINDS,
    HEARD_OUT,
    said_as,
)

SEEDS = (40, 41, 42)
REAL_KINDS = {"real request", "real request, shares a word", "state question (HA sentences)"}


@pytest.fixture(scope="module")
def homes() -> dict:
    return {seed: build_home(seed, split="fifth") for seed in SEEDS}


def _words(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9']+", text.lower()))


def test_the_same_seed_builds_the_same_home(homes):
    again = build_home(40, split="fifth")
    assert again.phrases == homes[40].phrases
    assert again.cases == homes[40].cases
    assert build_home(41, split="fifth").cases != homes[40].cases


def test_every_out_of_scope_kind_is_there(homes):
    kinds = Counter(c.kind for home in homes.values() for c in home.cases)
    needed = set(OUT_OF_SCOPE_KINDS) - (set() if DATASETS.is_dir() else REAL_KINDS)
    assert {k for k in needed if kinds[k] < 20} == set()
    assert kinds["exact phrase"] >= 200 and kinds["noisy"] >= 800


def test_no_out_of_scope_case_is_a_taught_phrase(homes):
    for home in homes.values():
        taught = {said_as(p) for p, _ in home.phrases} | {_words(p) for p, _ in home.phrases}
        for case in home.cases:
            if case.routine is None:
                assert said_as(case.utterance) not in taught, case
                assert _words(case.utterance) not in taught, case


def test_in_scope_cases_name_a_taught_routine_and_never_another_phrase(homes):
    for home in homes.values():
        routines = {r for _, r in home.phrases}
        for case in home.cases:
            if case.routine is None:
                continue
            assert case.routine in routines, case
            if case.kind == "noisy":
                others = {said_as(p) for p, r in home.phrases if r != case.routine}
                assert said_as(case.utterance) not in others, case


def test_homes_mix_the_fifth_pool_with_the_generic_one(homes):
    for home in homes.values():
        routines = {r for _, r in home.phrases}
        assert 15 <= len(routines & set(FIFTH_ROUTINES)) < len(routines)


def test_no_other_split_draws_on_the_fifth_pool():
    fifth = {p for ps in FIFTH_ROUTINES.values() for p in ps}
    for seed, split in ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth")):
        assert not fifth & {p for p, _ in built_home(seed, split).phrases}


@pytest.mark.skipif(not HEARD.exists(), reason="benchmarks/data/fifth_heard.json not made")
def test_real_recogniser_transcripts_are_in_every_home(homes):
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases if c.kind in HEARD_KINDS)
        assert kinds[HEARD_KIND] >= 50 and kinds[HEARD_OUT] >= 20, kinds
