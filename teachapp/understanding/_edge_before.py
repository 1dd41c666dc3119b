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

A given name said alone right before the phrase is a call too ("marvin wake up kids",
"orla beach day", "um alfred sunday papers"), as it is with the pause written ("marvin,
wake up kids"): a vocative takes no object (10.52), so the phrase is no argument of it.
Only a name of the lexicon's ``given_names`` (which leaves out names that are common
words, "will", "mark", "bill"), no word of time ("june"), no word the home taught or
that opens a cue or a request.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._cue_scope import BACK
from teachapp.understanding._own_clause import DEGREE, time_words
from teachapp.understanding._said_over import said_over
from teachapp.understanding.normalize import Lexicon

__all__ = ["called_by_name", "called_twice"]


def called_twice(said: Sequence[str], first: str, waiting: Callable[[str], bool]) -> bool:
    """Whether the speaker's words ``said`` before a phrase that opens with ``first`` end
    in a word said twice over (see the module docstring); ``waiting``: whether a word
    leaves its clause waiting for what comes next, may bear on the request or opens one
    (a verb stammered)."""
    if not said_over(said[-2:]):
        return False
    last = said[-1]
    return (last != first and len(last) > 1 and last.isalpha()
            and not waiting(last) and last not in shape.NEGATORS and last not in BACK
            and last not in DEGREE and last not in time_words())


MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july",
                    "august", "september", "october", "november", "december"})
"""Months, some of them given names too ("june", "april"): a time that may say when."""


def called_by_name(said: Sequence[str], first: str, lexicon: Lexicon,
                   taught: Callable[[str], bool]) -> bool:
    """Whether the speaker's only word ``said`` before a phrase that opens with ``first``
    is a given name called (see the module docstring)."""
    if len(said) != 1:
        return False
    name = said[0]
    return (name in lexicon.given_names and name != first and name not in time_words()
            and name not in MONTHS
            and not taught(name) and name not in lexicon.function_words
            and name not in lexicon.cue_starts and name not in lexicon.request_words)
