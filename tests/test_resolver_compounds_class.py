"""The made-here out-of-scope class of compounds after a taught phrase
(benchmarks/_resolver_compounds.py): both kinds are built, from the imagined nouns and
from the crowd rows' nouns, each a taught phrase then one noun, the same for a seed, and
no noun a call may be or a word of the home."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

from _resolver_compounds import KIND_CROWD, KIND_IMAGINED, compound_cases, crowd_nouns  # noqa: E402

from teachapp.understanding.normalize import default_lexicon  # noqa: E402

HOME = [("bedtime", "Bed"), ("coffee time", "Coffee"), ("movie mode", "Movie")]


def test_both_kinds_are_built_from_a_phrase_and_a_noun() -> None:
    lex = default_lexicon()
    calls = lex.given_names | lex.addressees | lex.endearments
    cases = compound_cases(HOME, 3, per_kind=20, excluded=calls)
    assert cases == compound_cases(HOME, 3, per_kind=20, excluded=calls)
    kinds = {kind for _, kind in cases}
    assert kinds == {KIND_IMAGINED, KIND_CROWD}
    taught = {w for p, _ in HOME for w in p.split()}
    for text, _ in cases:
        phrase = next(p for p, _ in HOME if text.startswith(p + " "))
        noun = text[len(phrase) + 1:]
        assert noun.isalpha() and noun not in calls and noun not in taught
        assert not noun.endswith("s")


def test_the_crowd_nouns_come_from_the_rows() -> None:
    nouns = crowd_nouns()
    if not nouns:
        pytest.skip("the crowd datasets are not installed (TEACHAPP_DATASETS)")
    assert {"kettle", "kitchen"} <= set(nouns)
    assert all(n.isalpha() and len(n) > 2 for n in nouns)
