"""The forms of "be" are one list (``understanding/copula.py``): the readers that spelt
out their own copulas left "am" out ("is", "are", "was", "were"), so "i am" was read as
no copula at all where "we are" was one. Measured with ``benchmarks/resolver_dump.py``
on dev, the 47th and the 48th, as written and bare (87,982 rows, 70 of them with "am"):
no decision and no reason changed."""

from __future__ import annotations

from teachapp.understanding import _clauses, _pointed_back, copula, reading


def test_the_readers_copulas_are_the_one_list_with_am():
    assert reading.COPULAS is copula.FINITE
    assert _pointed_back.COPULAS is copula.FINITE
    assert _clauses.BE_PRESENT is copula.PRESENT
    assert "am" in reading.COPULAS and "am" in _pointed_back.COPULAS
