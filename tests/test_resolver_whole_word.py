"""A word found whole in a text without a pattern compiled per word
(understanding/_whole_word.py) is found where ``re.finditer`` of ``\\b word \\b`` finds it:
random words and texts of letters, digits, ``_``, apostrophes, spaces and marks, property
style, and with an apostrophe allowed between letters."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from teachapp.understanding._whole_word import spans

TEXT = st.text(alphabet="abn'_ 1é٣,.-", max_size=30)
WORD = st.text(alphabet="abn'_1é٣.", min_size=1, max_size=4)


@settings(max_examples=600, deadline=None)
@given(WORD, TEXT)
@example("on", "caption for the snap: i'm on the early turn")
@example("a", "a a aa a")
def test_spans_are_those_of_the_pattern(word: str, text: str) -> None:
    expected = [m.span() for m in re.finditer(rf"\b{re.escape(word)}\b", text)]
    assert spans(word, text) == expected


@settings(max_examples=600, deadline=None)
@given(WORD, TEXT)
@example("honors", "what an honor's name, honors even")
@example("ab", "a''b a'b ab'")
def test_spans_with_apostrophes_are_those_of_the_pattern(word: str, text: str) -> None:
    pattern = "'?".join(map(re.escape, word))
    expected = [m.span() for m in re.finditer(rf"\b{pattern}\b", text)]
    assert spans(word, text, apostrophes=True) == expected


def test_a_word_inside_another_is_not_found() -> None:
    assert spans("on", "caption for the snap: i'm on it") == [(26, 28)]
    assert spans("honors", "such an honor's name", apostrophes=True) == [(8, 15)]
