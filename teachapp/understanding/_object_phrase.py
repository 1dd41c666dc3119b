"""A clause of the speaker's own closed by a plural object with no determiner, right before
a taught phrase with no pause written: "the goat nibbles thistles movie night", "the old
mill grinds oats lights off", "the gardener prunes roses nap time".

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends; a noun there may instead modify the phrase ("the kids want the bedroom | lights
off": a compound, Quirk et al. 1985, "A Comprehensive Grammar of the English Language",
17.104-17.108). :mod:`_object_closed` takes a verb, a determiner and one noun as a clause
closed by its object. A plural noun with no determiner after a finite verb closes it the
same way: a plural seldom premodifies another noun (17.108: "a *sports* car" is the
exception, the modifier is singular: "tyre deflation", "rose bush"), so it heads its own
noun phrase, the verb's one direct object (10.2 on complementation), and the phrase after
it is no part of that clause. Sure only when all of

- the words are a statement of the speaker's own (:func:`_own_clause.own_statement`,
  :func:`_said_before.own_sentence`: a subject and a finite verb of their own, no thing of
  the home, no time, no cue whose scope is the utterance), the subject maybe one noun
  before a verb in -s that a two-noun subject would swallow ("the goat *nibbles* thistles");
- the verb has the form of a finite one (-s, -ed, an irregular past), takes no second
  object, nor a clause, words or a name after its object
  (:data:`_object_closed.TWO_OBJECTS`: "the teacher gives pupils ...", "named their wifi
  ..."), and is no verb that takes an event for its object (own_statement: "my sister
  hates sports ...");
- the object is a plural of the -s form (not -ss, -us, -is), no person (who may be told
  or given the phrase), no noun of words or names (:data:`_object_closed.WORDING`) and no
  relation.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._asked_aside import relational
from teachapp.understanding._cue_scope import people
from teachapp.understanding._object_closed import TWO_OBJECTS, WORDING, finite_form
from teachapp.understanding._own_clause import own_statement
from teachapp.understanding._said_before import own_sentence
from teachapp.understanding.normalize import Lexicon

__all__ = ["closed_by_plural"]

Taught = Callable[[str], bool]


def closed_by_plural(said: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the speaker's words ``said`` before a phrase end in a finite verb and a
    plural noun with no determiner, its object (see the module docstring)."""
    if len(said) < 3:
        return False
    verb, head = said[-2], said[-1]
    if not (finite_form(verb) and shape.content_word(verb, lexicon, taught)) or verb in TWO_OBJECTS:
        return False
    if not (finite_form(head) and shape.content_word(head, lexicon, taught)) or head in WORDING:
        return False
    group = people(lexicon)
    if relational(head) or head in group or head[:-1] in group:
        return False
    return own_sentence(said, lexicon, taught) and (
        own_statement(said, lexicon, taught) or own_statement(said, lexicon, taught, most=1))
