"""A statement of its own said before a taught phrase with no pause marked, ending where
no noun phrase or clause can go on into the phrase: "a hobgoblin snarls menacingly feed
bay", "osmosis is diffusion through a membrane holiday mode" (a line read, recited or
broadcast, then the request).

:mod:`_unmarked` puts a boundary before the phrase where the words before may end a
clause; it is sure only after a pronoun object or the complement of "be". A noun last
may instead modify the phrase or name it ("the bedroom lights on", "the song barbecue
time": Quirk et al. 1985, 17.65-17.108), a verb last take it as object. Neither can
where the statement (:func:`_own_clause.own_statement`: a subject and a finite verb of
its own) ends in

- an adverb in -ly that is no adverb of degree ("snarls menacingly": an adjunct of
  manner ends its clause, 8.79; one of degree would modify the phrase's adjective);
- or a prepositional phrase, the preposition's object last ("through a membrane", "at
  dawn": 9.1, its object is complete and the phrase is no compound with it unless its
  first word is the same noun again, "with guests guests are coming");

and it has no negator, no cue, no pro-form, no verb of saying or naming (what is said or
named may be the phrase: "the radio says ...", "we named the boat ..."), no general
noun, label or named thing last that the phrase may be the name of ("the whole ...
business", "with the subject ...", :mod:`_mentioned_text`, :mod:`_said_as_name`), and
opens with no existential "there" ("there is a van with the reg ...").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._mentioned_text import LABELLING, NAMING, ROLES
from teachapp.understanding._own_clause import DEGREE, own_statement
from teachapp.understanding._said_as_name import NAMED_THINGS, NAMES
from teachapp.understanding.normalize import Lexicon

__all__ = ["told_before"]

Taught = Callable[[str], bool]

LABELS = LABELLING | NAMING | ROLES | NAMED_THINGS | NAMES | {"subject", "phrase", "reg"}
"""Nouns a phrase after them may be the name or text of."""
HEADLESS = frozenset({"whole", "entire", "same", "other", "own", "usual", "very"})
"""Adjectives that never end a noun phrase: its head is still to come."""


def _prepositional(words: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``words`` end in a preposition and its object, one content word maybe
    after a determiner."""
    last = words[-1]
    if not shape.content_word(last, lexicon, taught):
        return False
    k = len(words) - 2
    if k >= 1 and words[k] in shape.NP_DETERMINERS:
        k -= 1
    return k >= 1 and words[k] in shape.PREPOSITIONS


def told_before(words: Sequence[str], phrase: Sequence[str], lexicon: Lexicon,
                taught: Taught, saying: frozenset[str]) -> bool:
    """Whether ``words`` (the speaker's words before ``phrase``, all of them) are a
    statement of its own that ends where the phrase begins (see the module docstring;
    ``saying``: verbs of saying, naming and commanding)."""
    if len(words) < 3 or words[0] == "there" or not phrase:
        return False
    last = words[-1]
    manner = last.endswith("ly") and len(last) > 4 and last not in DEGREE
    if not (manner or _prepositional(words, lexicon, taught)):
        return False
    if (last == phrase[0] or last in LABELS or last in HEADLESS
            or (last.endswith("s") and last[:-1] in LABELS)
            or not shape.NEGATORS.isdisjoint(words) or not saying.isdisjoint(words)
            or shape.general_noun_last(words)):
        return False
    return own_statement(words, lexicon, taught)
