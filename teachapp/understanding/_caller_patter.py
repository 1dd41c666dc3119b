"""A taught phrase said exactly amid a caller's patter, with no pause written: "a morther
drivellers storm mode girters round flonk", "allemande left dosidos phone leia promenade
hoedowners", "flonkers a wanton drivellers up dwiles coffee time".

A caller at a game or a dance (a referee's calls, a square dance caller's, a street
trader's cry) says words of a game's own jargon that no English dictionary holds
("dwiles", "flonk", "dosidos", "sashayers"). :mod:`_wrapped_bare` runs a phrase inside
unpunctuated speech only when each side has the shape of a clause's edge it knows; a
run of patter has none, so a request said amid it was only asked about. Yet a word no
dictionary holds is no verb that may take the phrase as its object, no noun the phrase
may modify and no predicate it may be the subject of (Quirk et al. 1985, 2.13-2.16 on the
clause elements; :mod:`_word_classes` on what the lexicon lists): it is a call, an
utterance of its own (11.54 on the interjection and the formula).

So a side is the caller's patter when its words are the game's words and the function
words between them: at least half its content words are listed by no dictionary and
are like no word a home taught (a taught word misheard may make the phrase part of a
longer one) or are called twice in a row, as a barker calls the fair's words
(:mod:`_called_again`: "coconuts coconuts"), and it says nothing that may bear on the
request: no word of a home, a time, a relation, a cue, a negator, an operator or modal,
a question word, a pronoun that may point back at the phrase, a person, or a word that
joins another request to it. The phrase then runs when

- the word right before it is a game word or a word called twice (no listed verb may
  take the phrase as its object, no plural noun be the subject of its verb: "strings
  feed the cat"), and not half of one word said in two ("zig zag": a modifier of the
  phrase's first noun), and
- both sides are patter (the phrase said amid it), or the words before it are patter
  with two game words (or words called twice) at least and nothing is said after it.

The reading with pauses marked at the phrase's edges still decides: every cue of the
readers of asides stops the request it stops there.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import _word_classes as classes
from teachapp.understanding._asked_aside import relational
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding._called_again import called_again
from teachapp.understanding._cue_scope import BACK, OPERATORS, PERSONS
from teachapp.understanding._own_clause import time_words
from teachapp.understanding.conjunctions import CONDITIONAL, COORDINATORS, TEMPORAL
from teachapp.understanding.normalize import Lexicon

__all__ = ["amid_patter"]

Taught = Callable[[str], bool]

MODALS = frozenset({"might", "may", "must", "shall", "should", "would", "could", "can",
                    "will", "ought", "need", "needs"})
JOINING = COORDINATORS | CONDITIONAL | TEMPORAL | {"then", "so", "because"}
"""Words that join another request or a condition to the phrase ("... and a wanton ...")."""


def _game_word(word: str, lexicon: Lexicon, taught: Taught, unlike: Taught) -> bool:
    """Whether ``word`` is a word of a game's own jargon: listed by no dictionary, no
    function word or given name, and like no word a home taught."""
    return (len(word) > 2 and word.isalpha() and not classes.listed(word)
            and word not in lexicon.function_words and word not in lexicon.given_names
            and not taught(word) and unlike(word))


def _bears(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` may bear on the request or join more to it."""
    return (word in JOINING or word in MODALS or word in OPERATORS
            or word in shape.CLAUSE_OPERATORS or word in shape.BE_FORMS
            or word in shape.NEGATORS or word in shape.WH_WORDS or word in BACK
            or word in PERSONS or word in lexicon.request_words or word in lexicon.cue_starts
            or word in home_words() or word in time_words() or relational(word)
            or (taught(word) and word not in lexicon.function_words))


def patter(words: Sequence[str], lexicon: Lexicon, taught: Taught, unlike: Taught) -> int:
    """How many game words ``words`` (one side of the phrase, the speaker's words only)
    hold when they are a caller's patter (see the module docstring); 0 when they are not."""
    if len(words) < 2 or any(_bears(w, lexicon, taught) for w in words):
        return 0
    again = called_again(words, lexicon, taught)
    content = [k for k, w in enumerate(words) if w not in lexicon.function_words
               and w not in shape.PREPOSITIONS]
    game = sum(k in again or _game_word(words[k], lexicon, taught, unlike) for k in content)
    return game if content and 2 * game >= len(content) else 0


def amid_patter(before: Sequence[str], after: Sequence[str], lexicon: Lexicon,
                taught: Taught, unlike: Taught) -> bool:
    """Whether a phrase said exactly between the speaker's words ``before`` and ``after``
    (wake words and fillers left out) is said amid a caller's patter (see the module
    docstring): ``taught`` says whether a home taught a word, ``unlike`` whether no
    taught word is like it."""
    if not before or not (_game_word(before[-1], lexicon, taught, unlike)
                          or len(before) - 1 in called_again(before, lexicon, taught)):
        return False
    if len(before) > 1 and classes.listed(before[-2] + before[-1]):
        return False  # (one word said in two, which may modify the phrase: "zig zag")
    if after:
        return bool(patter(before, lexicon, taught, unlike)
                    and patter(after, lexicon, taught, unlike))
    return patter(before, lexicon, taught, unlike) >= 2
