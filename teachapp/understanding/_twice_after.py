"""A word said twice over, alone after a taught phrase, with no pause written: "wipe the
misty windows nimbly nimbly", "tea time steady steady", "lights on kitty kitty".

:mod:`_unmarked` holds the edge after a phrase sure only where the words there plainly
open a clause of their own; a word right after the phrase may otherwise continue its
clause ("movie night tickets", "lights on slowly"). A word called out again, and nothing
else, is an utterance of its own, as it is said before the phrase
(:func:`_edge_before.called_twice`: "percy percy lights on"): a vocative, an interjection
or an exhortation repeated for emphasis (Quirk et al. 1985, 10.52 on vocatives, 11.54 on
interjections; the figure is epizeuxis), with no word that joins it to the clause before.
An adverb of manner said so ("nimbly nimbly") urges on whoever is spoken to; were it of
the request, the request would still be made. So the edge after the phrase is sure, and
the readers of asides judge the words as they do with the pause written ("..., nimbly,
nimbly").

Not the phrase's own last word stammered ("sunset scene scene"), a word that leaves its
clause waiting or bears on the request (a function word, a preposition or particle, an
operator, a pro-form, a negator, a word of degree or time: "on on", "again again", "not
not", "very very", "later later"), a word a cue or request opens with ("stop stop",
"play play"), nor a word a home taught ("coffee coffee" may ask for another routine).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._edge_before import called_twice
from teachapp.understanding._said_over import Run, said_over
from teachapp.understanding.normalize import Lexicon

__all__ = ["twice_after"]

Taught = Callable[[str], bool]


def twice_after(aside: Sequence[str], last: str, lexicon: Lexicon, taught: Taught,
                waiting: Callable[[str], bool]) -> bool:
    """Whether the speaker's words ``aside`` after a phrase that ends with ``last`` are one
    word said twice or more and nothing else (see the module docstring); ``waiting``:
    whether a word leaves its clause waiting or may bear on the request."""
    if said_over(aside) != [Run(0, len(aside))]:
        return False
    word = aside[0]
    if word in lexicon.cue_starts or word in lexicon.request_words or taught(word):
        return False
    return called_twice(aside, last, waiting)
