"""A verbless clause of the speaker's own said right after a taught phrase, no pause
written: "security off a squop scrunged", "heating on a squidge potted", "ring comfi back
a leaner jiggling", a player's or a commentator's call on what happens beside the request.

An article, a noun or two and a participle, nothing after but maybe one adverb, is a
clause with a subject and a predicate of its own and no finite verb ("a squop, scrunged":
Quirk et al. 1985, 14.6 on the verbless and nonfinite clause with its own subject, 15.58
on the absolute clause; 11.41 on the reduced grammar of commentary and notices). Said
after the phrase it closes the speaker's move by itself:

- the participle comes after the phrase and after its own subject, so the phrase cannot
  be its object (where before the phrase "the driver muttered" may quote it);
- the noun phrase has its own predicate, so it is no object of the particle the phrase
  may end in ("lights on *a timer*": :data:`_unmarked.SWITCH_PARTICLES`), no head of a
  compound the phrase modifies ("movie night tickets are ...": 17.108) and no second
  object of the phrase's verb.

:func:`_cue_scope.compound_state` reads the notice of two or three nouns ("tyre deflation
detected") on either side; here the subject may be one noun after its article, and the
participle an -ing form too ("a leaner jiggling"), because the clause is after the phrase.

Not when the noun is a person (who may do, want or refuse the request: "bath time the
kids refusing"), a word of the home or one it taught, a time or a number, nor when the
participle is a verb of saying or writing (a reporting clause after words quoted, "lights
off the driver muttered": the lexicon's ``cue_scope.text_verbs``), one that takes an
event for its object or undoes one ("the party cancelled": ``event_verbs``,
``undoing``), a cue's word or a word the home taught.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding._asked_aside import names_home
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding._cue_scope import (
    PARTICLES,
    ed_bases,
    ing_bases,
    own_noun,
    own_verb,
    people,
    scope_words,
)
from teachapp.understanding._own_clause import time_words
from teachapp.understanding._word_classes import adverb_only
from teachapp.understanding.normalize import Lexicon

__all__ = ["absolute_after"]

Taught = Callable[[str], bool]

ARTICLES = frozenset({"a", "an", "the"})
"""The articles that open the clause's subject ("*a* squop scrunged", "*the* wink
potted"); a possessive tells of someone's thing, a story more likely than a call."""


def absolute_after(aside: Sequence[str], lexicon: Lexicon, taught: Taught) -> bool:
    """Whether the speaker's words after the phrase, ``aside``, are an article, one or two
    nouns of their own and a participle, maybe one adverb after it, no time (see the module
    docstring)."""
    if len(aside) < 3 or aside[0] not in ARTICLES:
        return False
    rest = list(aside[1:])
    times = time_words()
    if len(rest) >= 3 and (adverb_only(rest[-1]) or rest[-1] in PARTICLES):
        if rest[-1] in times or rest[-1] in lexicon.cue_starts:
            return False  # (a time may say when the request is: "... yesterday")
        rest = rest[:-1]  # ("a quoit spun away", "a leaner wobbling badly")
    nouns, participle = rest[:-1], rest[-1]
    if not 1 <= len(nouns) <= 2 or not _participle(participle, lexicon, taught):
        return False
    group = people(lexicon)
    if not all(own_noun(w, lexicon, taught) and w not in group and w not in times
               and w not in lexicon.number_words and w not in lexicon.cue_starts
               for w in nouns):
        return False
    return not (names_home(nouns) or home_words().intersection(nouns))


def _participle(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` is an -ed or -ing participle of a verb of the clause's own that
    takes no words, event or request for its object."""
    if len(word) < 5 or not word.endswith(("ed", "ing")) or word.endswith("eed"):
        return False
    if not own_verb(word, lexicon, taught):
        return False
    scope = scope_words()
    bases = ed_bases(word) if word.endswith("ed") else ing_bases(word)
    return (scope.text_verbs.isdisjoint(bases) and scope.event_verbs.isdisjoint(bases)
            and scope.undoing.isdisjoint(bases))
