"""Words of the speaker's own right after a taught phrase said first, with no pause
written between them, that the phrase can be neither the subject nor a part of:
"start my work day *pints on me*", "lights off *propolis galore*", "study time *ignition
sequence commencing*" (a remark, a fragment of a broadcast, a word to the room).

:mod:`_unmarked` finds where a clause may end beside a phrase; the edge after it is
sure only where a new clause plainly opens (:mod:`_bidden_after` reads an imperative
with its object). The words after a phrase continue its clause only as its predicate
(the phrase its subject: "bath time *keeps* failing", "... *came* up in the exam", "can
tea time *hurt* anyone") or as the head the phrase modifies ("touchdown *crossword*
clue", "movie night *tickets* are sold out": Quirk et al. 1985, 17.108). Neither is
possible when, read from the form of the words (the resolver has no verb lexicon):

- the first word is a content word with no inflection a finite verb takes after a
  subject (no -s of a third person or a plural, no -ed, -ing or -ly, no irregular past:
  3.11-3.17), and the phrase does not end in a plural, whose verb takes no -s ("fairy
  lights *annoy* the neighbours"), nor follows an operator or "be" ("can", "is": the
  phrase may then be their subject and the word their verb or complement);
- no operator or form of "be" is the second or third word ("movie night *popcorn is*
  ready", "... lot *catalogue bananas are* ...": a head, maybe a compound, and its
  verb), and the second is no preposition whose object would make the two a noun
  phrase ("... *ticket for* two");
- the phrase has two content words or more: a word alone before two more is the first
  of a compound as often as not ("repotting tape measure", "my podcast tote bag");
- no negator is in the words after (a repair or a refusal: "fan on on second thoughts
  no ...").

No word of the home's requests, places or things is in the words after, no word a
home taught, no time and no noun of relation (those may bear on the request, as in
:mod:`_bidden_after`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._asked_aside import names_home, relational
from teachapp.understanding._bidden_after import (
    CALENDAR,
    PREPOSITIONS,
    home_words,
    past_forms,
)
from teachapp.understanding._cue_scope import OPERATORS
from teachapp.understanding._own_clause import time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["remark_after"]

Taught = Callable[[str], bool]


def _plural(word: str) -> bool:
    """Whether ``word`` has the form of a plural noun ("lights", not "glass")."""
    return word.endswith("s") and len(word) > 3 and not word.endswith("ss")


def _finite(word: str) -> bool:
    """Whether ``word`` has a form a verb takes after a subject, or is an adverb."""
    return (word.endswith(("s", "ly")) or shape.verb_form(word) or word in past_forms()
            or (word.endswith("ing") and len(word) >= 5))


def remark_after(before: Sequence[str], phrase: Sequence[str], aside: Sequence[str],
                 lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``aside``, the speaker's words after the phrase ``phrase`` (said after
    ``before``, the speaker's words before it), are words it can be neither the subject
    nor a part of (see the module docstring)."""
    content = [w for w in phrase if w not in lexicon.function_words]
    if len(aside) < 2 or len(content) < 2 or _plural(phrase[-1]):
        return False
    if not shape.NEGATORS.isdisjoint(aside):
        return False  # (a repair or a refusal may follow: "... no the varnish is tacky")
    if before and (before[-1] in OPERATORS or before[-1] in shape.BE_FORMS):
        return False
    first, then = aside[0], aside[1]
    if (not shape.content_word(first, lexicon, taught) or first in lexicon.courtesy
            or first in shape.WH_WORDS):
        return False
    if first in PREPOSITIONS or first in shape.PREPOSITIONS or _finite(first):
        return False
    if then in shape.PREPOSITIONS or then in PREPOSITIONS or any(
            w in OPERATORS or w in shape.CLAUSE_OPERATORS or w in shape.BE_FORMS
            for w in aside[1:3]):
        return False
    homes, times = home_words(), time_words()
    content = [w for w in aside if w not in lexicon.function_words
               and w not in shape.PREPOSITIONS and w not in shape.OBJECT_PRONOUNS]
    return not (names_home(aside) or any(
        w in homes or w in times or w in CALENDAR or relational(w) or taught(w)
        for w in content))
