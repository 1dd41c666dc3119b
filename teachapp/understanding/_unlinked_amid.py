"""A taught phrase said whole in the middle of someone else's talk, with no pause written
and words on both sides that link to it in no way: "shove it budge it make coffee nudges
for all comers", "gotcha gotcha you're it movie night scramble scramble", "hop it hop it
water the ferns so you're the catcher".

:mod:`_patter_around` frees a phrase amid patter only when each side is made of content
words alone (articles and a few joining prepositions between them): a side with a
pronoun, an operator or a verb of its own ("shove it", "you're it") may be a clause the
phrase belongs to, so the request inside it was only asked about. Yet a phrase is a
request that starts with its own first word, and what was said to someone else before it
ends where a clause ends. Where it ends is told by the words at the seams, which are few
and mostly closed-class (Quirk et al. 1985, 2.13-2.16 on the clause elements, 10.2 on the
verb's complementation, 5.13 on determiners, 9.1 on prepositions): the words before the
phrase take it into their clause only through a word that waits for what follows (a
determiner, a preposition, "to", a conjunction, "be" or an operator, a subject pronoun, a
negator, a wh-word, "called"), a verb right before it that may take it as its object, or a
verb of naming, saying, an event or a performance anywhere before it ("my houseplant is
called ...", "who'd call a sourdough starter ...", "our roofer hums ..."); the words after
it take it in as a subject through a predicate of "be", an operator or a participle ("...
was great", "... keeping going"), or join more to it through a preposition or a
conjunction ("... for the builders", "... and biscuits").

So the phrase, said exactly with words on both sides, is read with pauses written at its
edges (every cue of the readers of asides still stops it there, "... she said") when no
filler left out before it joins it to them as a request of its own ("... then ...") and

- neither side says a word that may bear on a request: no word the home taught or like
  one (the ``unlike`` of :func:`_patter_around.patter_around`), no word of a home, a time,
  a person of the family, a relation, a request word, a content word that opens a cue, a
  negator, a modal or a wh-word;
- the words before it are two at least, none a verb of naming, saying, an event or a
  performance (:func:`_patter_around.takes_it`), and the last of them waits for nothing:
  no closed-class word that opens or continues a clause or a phrase, no listed verb or
  -ed or -ing form that may take the phrase as its object ("picture ...", "hums ..."; an
  object pronoun after a verb closes its clause, "shove it"), no plural noun before
  a phrase opening with a verb, unless called already (its subject: "the gardeners water
  the ferns"), and no word of the dictionary before a phrase opening with a noun, unless
  called already or said after an object pronoun (it may modify the phrase, "the school
  movie night": Quirk et al. 1985, 17.104 on compounds), nor any word before a phrase
  opening with a kind of device but a call said again (it may say which one: "yew tree
  lights off"); an adverb said last leaves the word before it at the seam ("was mainly
  ...");
- the words after it are two, or one content word, and the first of them is no -ed or
  -ing form, "be", operator or modal, preposition, conjunction, relative, nor a word that
  bears on the phrase ("again", "please"); a subject pronoun or "so" opens a clause of
  its own ("... you're the catcher", "... so we run"); no pro-form after it that
  may point back at it ("... it goes", "... that was": Halliday & Hasan 1976, 2.4 on
  reference).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import _word_classes as classes
from teachapp.understanding._asked_aside import relational
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding._cue_scope import BACK, OPERATORS, PERSONS, people
from teachapp.understanding._own_clause import time_words
from teachapp.understanding._patter_around import MODALS, takes_it
from teachapp.understanding._unmarked import device_kinds
from teachapp.understanding.conjunctions import COORDINATORS, SUBORDINATORS
from teachapp.understanding.normalize import Lexicon

__all__ = ["bears", "talk_before", "unlinked_amid"]

Taught = Callable[[str], bool]

WAITING = (shape.NP_DETERMINERS | shape.PREPOSITIONS | shape.BE_FORMS | shape.CLAUSE_OPERATORS
           | shape.NEGATORS | shape.WH_WORDS | shape.PRONOUN_SUBJECTS | shape.POSSESSIVES
           | COORDINATORS | SUBORDINATORS | MODALS | OPERATORS | PERSONS
           | {"its", "to", "then", "than", "let's", "lets", "let", "please", "just", "also", "and",
              "'s", "very", "so", "too", "more", "most", "less", "own", "whether", "when",
              "every", "each", "all", "both", "either", "neither", "such", "what", "that",
              "which", "who", "whom", "whose", "if", "as", "called", "named", "titled"})
"""Closed-class words that leave a clause or a phrase waiting for what follows them: the
phrase said next may be what they wait for (Quirk et al. 1985, 2.13-2.16, 5.13, 9.1)."""
AFTER_WAITING = (shape.PREPOSITIONS | shape.BE_FORMS | shape.CLAUSE_OPERATORS | MODALS
                 | OPERATORS | COORDINATORS | SUBORDINATORS | shape.NEGATORS | shape.WH_WORDS
                 | {"its", "to", "then", "than", "'s", "as", "too", "also", "that", "which", "who",
                    "whom", "whose", "own", "please", "again", "instead"})
"""Words right after the phrase that take it in: a predicate of which it is the subject
("... was great"), a preposition or "to" it is the object or the verb of ("... for the
kids"), a conjunction joining more to it ("... and the fan"), a relative ("... that we
had") or a word that bears on it ("... again", "... please")."""


JOINING = COORDINATORS | SUBORDINATORS | {"then", "also", "next", "plus"}
"""Fillers that join the phrase to the words before it as a second request."""


def bears(word: str, lexicon: Lexicon, taught: Taught, unlike: Taught) -> bool:
    """Whether ``word``, said beside the phrase, may bear on a request or be a word of one."""
    if word in shape.NEGATORS or word in shape.WH_WORDS or word in MODALS:
        return True
    if word in lexicon.function_words or word in WAITING or word in PERSONS:
        # (the cues a function word opens, "it says", "we had", "are you", are judged by
        # the readers of asides once the pauses are written)
        return False
    return (word in lexicon.request_words or word in lexicon.cue_starts
            or word in people(lexicon) or word in home_words() or word in time_words()
            or relational(word) or taught(word) or not word.replace("'", "").isalpha()
            or not unlike(word))


def _content(word: str, lexicon: Lexicon) -> bool:
    return len(word) > 2 and word not in lexicon.function_words and word not in WAITING


def _device(word: str) -> bool:
    """Whether ``word`` names a kind of device, which words before it may say which of."""
    return word in device_kinds() or word.rstrip("s") in device_kinds()


def _seam_before(before: Sequence[str], phrase: Sequence[str]) -> bool:
    """Whether the last word ``before`` the phrase waits for nothing (see the module
    docstring)."""
    last = before[-1]
    if classes.adjective_only(last):
        return False  # (an adjective waits for the noun it modifies: "the sleepy ...")
    at = len(before) - 1
    while at > 0 and (before[at].endswith("ly") or classes.adverb_only(before[at])):
        at -= 1  # (an adverb leaves the word before it waiting still: "was mainly ...")
        if before[at] in WAITING or classes.verb(before[at]):
            return False
    if _device(phrase[0]) and last not in before[:-1]:
        return False  # (words before a kind of device may say which: "yew tree lights off")
    if last in WAITING or last.endswith("'s"):
        return False
    if last in shape.OBJECT_PRONOUNS or last == "it":
        # (an object pronoun ends its clause, "whack it"; not a subject's "you")
        return last != "you" or before[-2] not in shape.BE_FORMS
    if classes.verb(last) or shape.verb_form(last) or classes.listed(before[-2] + last):
        return False  # (a verb that may take it as its object; one word said in two)
    called = last in before[:-1]
    if classes.verb(phrase[0]):
        # (a plural right before a verb may be its subject: "the gardeners water the ferns")
        return not (last.endswith("s") and not last.endswith("ss") and not called)
    # (a word of the dictionary right before a phrase that opens with a noun may modify
    # it, "the school movie night", unless called already or after an object pronoun)
    return called or not classes.listed(last) or before[-2] in shape.OBJECT_PRONOUNS


def _seam_after(after: Sequence[str]) -> bool:
    """Whether the first word ``after`` the phrase opens nothing that takes the phrase in."""
    first = after[0]
    if first in shape.PRONOUN_SUBJECTS or first == "so":
        return True  # (a clause of its own opens: "... you're the catcher", "... so we ...")
    return not (first in AFTER_WAITING or shape.verb_form(first))


def talk_before(before: Sequence[str], phrase: Sequence[str], lexicon: Lexicon,
                taught: Taught, unlike: Taught, freed: Sequence[str] = ()) -> bool:
    """Whether the speaker's words ``before`` the ``phrase`` (``freed`` the fillers left out
    among them) are talk that ends where the phrase begins: two words at least, none
    bearing on a request, no verb that may take the phrase as its object, no filler that
    joins the phrase to them as a request of its own ("renew my passport then ...") and a
    seam that waits for nothing. The half of :func:`unlinked_amid` before the phrase, and
    all of :func:`_unlinked_before.unlinked_before`."""
    return (len(before) >= 2 and not takes_it(before)
            and not any(w in JOINING for w in freed)
            and not any(bears(w, lexicon, taught, unlike) for w in before)
            and _seam_before(before, phrase))


def unlinked_amid(before: Sequence[str], phrase: Sequence[str], after: Sequence[str],
                  lexicon: Lexicon, taught: Taught, unlike: Taught,
                  freed: Sequence[str] = ()) -> bool:
    """Whether the speaker's words ``before`` and ``after`` the ``phrase`` said whole (wake
    words and fillers left out, ``freed`` the fillers before it) are talk that links to it
    in no way (see the module docstring): ``taught`` says whether a home taught a word,
    ``unlike`` whether no taught word is like it."""
    if not after or not talk_before(before, phrase, lexicon, taught, unlike, freed):
        return False
    if any(bears(w, lexicon, taught, unlike) for w in after):
        return False
    if any(w in BACK for w in after):
        return False  # (a pro-form after it may point back at it: "... it goes", "... that")
    if len(after) < 2 and not _content(after[0], lexicon):
        return False
    return _seam_after(after)
