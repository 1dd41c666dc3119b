"""Which words beside a taught phrase may be calls and nothing else (issue 14): a word no
dictionary lists in an open class, and no closed-class word."""

from __future__ import annotations

import pytest

from teachapp.understanding import _word_classes as classes
from teachapp.understanding._call_word import call
from teachapp.understanding.normalize import default_lexicon

pytestmark = pytest.mark.skipif(not classes.loaded(), reason="LemmInflect is not installed")


def test_which_words_are_calls() -> None:
    lexicon = default_lexicon()
    assert call("hup", lexicon) and call("blimbles", lexicon)
    assert not call("gardeners", lexicon)  # (a noun the dictionary lists)
    assert not call("the", lexicon)  # (a closed-class word)
    assert not call("hup", lexicon, closed=frozenset({"hup"}))
    assert not call("h", lexicon) and not call("r2d2", lexicon)
    # (a cue or a routine's command misspelt, a word held past its spelling)
    assert not call("cancle", lexicon) and not call("chack", lexicon)
    assert not call("neverrr", lexicon) and not call("killl", lexicon)
    assert call("whooosh", lexicon)  # (a sound held: no word undrawn)
