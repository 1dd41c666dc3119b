"""The lexicon's word classes packed into a few thousand strings (:class:`_word_classes.Packed`)
answer every look-up as the plain dict they were packed from, for the real lexicon and any
other table."""

from __future__ import annotations

import marshal

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teachapp.understanding import _word_classes as classes

WORDS = st.text(alphabet="ab\t\n é-'", max_size=6)


def plain_table() -> dict[str, int]:
    from tests.test_resolver_fast_paths_thirteenth import lexicon_text

    return classes._read(lexicon_text())


def test_the_lexicon_packed_answers_as_its_dict() -> None:
    table = plain_table()
    built = classes.Packed.packed(table)
    kept = classes.Packed(*marshal.loads(marshal.dumps(built.parts())))  # (as cached)
    assert kept.parts() == built.parts()
    packed = classes._classes()  # (as the resolver reads it: from the cache folder or made)
    assert len(packed) == len(table) and set(packed) == set(table)
    assert all(packed.get(form, -1) == bits for form, bits in table.items())
    # (words it does not list: near ones, cut, grown, cased, empty, with a separator)
    others = [w for form in list(table)[::97] for w in (form[:-1], form + "s", form.upper(),
                                                       f"{form}\t", f"\n{form}")]
    others += ["", "\t", "\n", "quackies", "tiffani", "leghts"]
    assert all(packed.get(w, -1) == table.get(w, -1) for w in others)
    assert all((w in packed) == (w in table) for w in others)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(WORDS, st.integers(0, 63), max_size=30), st.lists(WORDS, max_size=20),
       st.sampled_from([1, 2, 8, 64]))
@example({"": 0, "a\tb": 3, "b\n": 5, "é": 63}, ["", "a", "a\tb", "b\n", "b", "é", "\t"], 1)
@example({"ab": 1, "a": 0, "b": 2}, ["ab", "a", "b", "ba", "a\t1", "\ta", "a\n", "b\t2"], 1)
def test_any_table_packed_answers_as_its_dict(table: dict[str, int], asked: list[str],
                                              buckets: int) -> None:
    # (few buckets: many forms share one, as ~17 do in the lexicon's 4,096)
    packed = classes.Packed.packed(table, buckets)
    assert len(packed) == len(table) and sorted(packed) == sorted(table)
    assert bool(packed) == bool(table)
    for word in [*table, *asked]:
        assert packed.get(word, -1) == table.get(word, -1), word
        assert (word in packed) == (word in table), word
