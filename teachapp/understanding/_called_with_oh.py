"""A noun called out after "o" or "oh" beside a taught phrase with no pause written:
"guide me o redeemer party mode", "oh boy movie night", "bath time o lord".

"O" (and "oh") before a noun said alone makes it a vocative or an exclamation ("O Lord",
"oh boy", "oh joy": Quirk et al. 1985, "A Comprehensive Grammar of the English Language",
10.52 on the vocative with "O", 11.54 on the interjection and what it exclaims at). The
noun so called takes no object and modifies nothing after it, so the phrase beside it is
no argument of it and the edge of the call is the edge of the phrase's clause, as it is
with the pause written ("oh boy, movie night"). Not a word that may be a verb, a request,
a cue, a time or a number ("oh stop movie night", "oh tomorrow bath time"), a word the
home taught ("oh kids bath time" may be "kids bath time"), nor the phrase's own first
word ("oh movie movie night").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._own_clause import time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["called_with_oh"]

CALLING = frozenset({"o", "oh"})
"""The interjections that make a noun after them a call or an exclamation."""


def _called(word: str, lexicon: Lexicon, taught: Callable[[str], bool]) -> bool:
    """Whether ``word`` may be the noun "o" calls: none of the words the module docstring
    leaves out."""
    return (shape.content_word(word, lexicon, taught) and word not in lexicon.request_words
            and word not in lexicon.cue_starts and (word,) not in lexicon.fillers
            and word not in time_words() and not shape.verb_form(word))


def called_with_oh(called: Sequence[str], beside: str, lexicon: Lexicon,
                   taught: Callable[[str], bool]) -> bool:
    """Whether the words ``called`` (the two right before the phrase, or the only two
    after it) are "o" or "oh" and a noun called (see the module docstring); ``beside``:
    the phrase's word next to them."""
    return (len(called) == 2 and called[0] in CALLING and called[1] != beside
            and _called(called[1], lexicon, taught))
