"""A word said over in a row, read one way by every reader of a word said twice
(:mod:`_said_over`): where each run starts and how many times its word is said."""

from __future__ import annotations

import pytest

from teachapp.understanding._said_over import Run, said_over


@pytest.mark.parametrize(("words", "runs"), [
    ([], []),
    (["porch"], []),
    (["porch", "lights", "on"], []),
    (["porch", "porch", "lights", "on"], [Run(0, 2)]),
    (["lights", "on", "on"], [Run(1, 2)]),
    (["kettle", "kettle", "kettle", "on"], [Run(0, 3)]),
    (["bath", "bath", "time", "time"], [Run(0, 2), Run(2, 2)]),
    # (the same word said again with another between is no run)
    (["hook", "toffees", "hook"], []),
    (["yo", "yo", "dinner", "yo", "yo", "yo"], [Run(0, 2), Run(3, 3)]),
])
def test_each_word_said_over_in_a_row_is_one_run(words: list[str], runs: list[Run]) -> None:
    assert said_over(words) == runs


def test_a_run_names_its_first_place_and_its_times() -> None:
    (run,) = said_over(("fetch", "fetch", "fetch"))
    assert (run.at, run.times) == (0, 3)
