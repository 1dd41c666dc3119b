"""A group called before a taught phrase, with no pause written: "legato violas brazier on",
"upbeat oboes close the blinds", "mesdames messieurs ...": a plural noun with a word of
its own before it, said first, the call of a conductor, a ringmaster or a coach.

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends, and a noun before the phrase may modify its first noun ("kids movie night") or be the
subject of the verb it opens with ("boys feed the cat"), so the side was only asked about.
A noun phrase with no determiner, said first, made of a modifier and a noun in the plural,
is a vocative when the utterance goes on with an order or a request (Quirk et al. 1985,
10.52-10.53 on vocatives, which may be "a noun phrase of more than one word" with a
modifier, "old chap", "ladies and gentlemen"); the other readings need what it lacks: a
plural premodifier of a compound is rare and then first (17.108, "kids movie night"), a
possessive needs a possessor that is a person ("the girls' bedroom"), and a generic
subject of things that does what the phrase says is no request of anyone's. So when the
speaker's words before the phrase are exactly one or two words that may be no verb (an
adjective, an adverb, a noun or a word no lexicon lists: "legato", "upbeat",
"accelerando") and then a noun the English lexicon (:mod:`_word_classes`) lists only as a
plural, never as a verb ("violas", "oboes"; not "strings", also a verb), the edge is a
clause's edge and sure; the readers of asides still judge the call as they do with the
pause written.

Not people (the lexicon's groups, addressees and given names: "hungry kids feed the cat"
is a statement of what they do), nor a word the home taught, a cue or request word, a word
of time, place, degree or a home's places, things or settings, nor a word of a closed
class (a determiner, a pronoun, a preposition, an operator: "my oboes" may be an argument);
nor when no lexicon is installed.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _word_classes as classes
from teachapp.understanding._called_before import called_before, group_form
from teachapp.understanding.normalize import Lexicon

__all__ = ["group_called"]

Taught = Callable[[str], bool]


def group_called(toks: Sequence[str], free: Sequence[bool], start: int, lexicon: Lexicon,
                 taught: Taught) -> bool:
    """Whether the speaker's words before the phrase said exactly from ``toks[start]`` are
    a group called (see the module docstring): ``free`` marks wake words, fillers and
    carriers; ``taught``: whether a home taught a word. The words are read as every call
    before a phrase is (:func:`_called_before.called_before`), and must have the form of a
    group (:func:`_called_before.group_form`)."""
    if start < 2 or free[start - 1] or not classes.loaded():
        return False
    said = [toks[k] for k in range(start) if not free[k]]
    return group_form(said) and called_before(said, toks[start:], lexicon, taught)
