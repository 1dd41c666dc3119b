"""Words that ask for nothing, said before a taught phrase that ends the utterance, with no
pause written: a call or an exclamation ("cheeky beakface movie night", "noble thane
lights off"), a line sung or quoted ("ridi pagliaccio movie night").

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends; a noun there may instead modify the phrase or name it ("the kids want the bedroom |
lights off", "christmas tree | lights off": a compound, Quirk et al. 1985, "A
Comprehensive Grammar of the English Language", 17.104-17.108). A vocative or an
exclamation is a unit of its own beside the clause (10.52-10.55, 11.54), and with the
phrase said whole and last there is no clause after it for those words to belong to. They
are no request of their own when they hold none of the words any request is made of.
Sure only when all of

- there are two to four of the speaker's words before the phrase, and nothing of theirs
  after it (words after it may make the phrase a part of their clause: "... tickets");
- every word is a content word of its own (:func:`_clause_shape._content`: no function
  word, pronoun, pro-form, negator, operator, preposition or word a home taught), no
  request word (the lexicon's ``request_words``: "play", "party", "bedroom"), no word of
  time, no device, room or thing a request asks for (:func:`_asked_aside.names_home`), no
  person or relation who may be told or given the phrase ("the kids", "grandma"), no
  cue's first word, no -ed or -ing form (a verb whose object the phrase may be: "kept
  repeating", "the driver muttered"), no adverb in -ly (it modifies a verb after it:
  "quickly reverse ..."); and no cue or pro-form is said there. Interjections are set
  aside first (:func:`_unmarked._called_before`), so "sirens upwards wheee ..." is a call
  and "meh reverse ..." (one word left: a verb whose object the phrase may be) is not.

A noun compound of words the home never taught ("christmas tree lights off") has the same
shape and is read as a call too (a known risk): in every out-of-scope class of the
benchmark's 39th to 42nd sets, said without marks, no such words before a phrase said last
made another request of their own (no false accept came of the rule there).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._asked_aside import names_home, relational
from teachapp.understanding._cue_scope import people
from teachapp.understanding._own_clause import time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["called_before"]

Taught = Callable[[str], bool]
LONGEST = 4
"""The most words a call or exclamation before the phrase is read as (longer, it is more
likely speech the phrase is a part of)."""


def called_before(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the speaker's words ``said`` before a phrase said last ask for
    nothing (see the module docstring)."""
    if not 2 <= len(said) <= LONGEST:
        return False
    times = time_words()
    group = people(lexicon)
    starts = lexicon.cue_starts
    for word in said:
        if not shape.content_word(word, lexicon, taught) or word in lexicon.request_words:
            return False
        if word in times or word in group or word.rstrip("s") in group or relational(word):
            return False
        if word in starts or shape.verb_form(word) or (word.endswith("ing") and len(word) > 4):
            return False
        if word.endswith("ly"):
            return False  # (an adverb of the verb after it: "quickly reverse ...")
    return not names_home(said)
