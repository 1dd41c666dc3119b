"""A call said twice right before a taught phrase with no pause written: "percy percy
lights on", "huff huff arm the alarm", "shh shh there there sunset scene".

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends (in an object pronoun, or a complement after "be"). A word said twice over ends one
as plainly: a vocative or an interjection called out again is an utterance of its own
that takes no object (Quirk et al. 1985, 10.52 on vocatives, 11.54 on interjections), so
the phrase after it is no argument of it. Not a word that leaves its clause waiting (a
determiner, a preposition, an operator: "the the"), a word a request opens with, a verb
stammered that may take the phrase as its object ("put put the dryer on"), a negator
("no no"), a pro-form, a word of degree or time ("very very", "now now", "later later":
they may bear on the request), nor the phrase's own first word stammered ("movie movie
night").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._cue_scope import BACK
from teachapp.understanding._own_clause import DEGREE, time_words

__all__ = ["called_twice"]


def called_twice(said: Sequence[str], first: str, waiting: Callable[[str], bool]) -> bool:
    """Whether the speaker's words ``said`` before a phrase that opens with ``first`` end
    in a word said twice over (see the module docstring); ``waiting``: whether a word
    leaves its clause waiting for what comes next, may bear on the request or opens one
    (a verb stammered)."""
    if len(said) < 2:
        return False
    last = said[-1]
    return (last == said[-2] and last != first and len(last) > 1 and last.isalpha()
            and not waiting(last) and last not in shape.NEGATORS and last not in BACK
            and last not in DEGREE and last not in time_words())
