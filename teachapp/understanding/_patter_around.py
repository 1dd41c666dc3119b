"""A taught phrase said whole before or amid someone else's patter of dictionary words, with
no pause written: "the crocodiles snapping make coffee", "a scoopful a bagful porch light
on chestnuts roasting", "hoggs hoggs kiln heater on swifts scything".

A recogniser that writes no pauses leaves :mod:`_unmarked` to find the phrase's edges
from the shape of the words beside it, and :mod:`_wrapped_bare` and :mod:`_caller_patter`
to free the phrase when those words can be no part of its clause. A street seller's cry, a
puppeteer's lines or a remark on the birds outside is spoken in real words, though
("chestnuts roasting", "the crocodiles snapping"), which may be verbs or nouns of the
phrase's clause as far as their shape goes, so the request said among them was only asked
about, or refused as another one. Yet those words are about another thing than any
request of the home: none of them is a word the home was taught or like one (no part of
a longer phrase misheard), and none is a word that may bear on a request (a request
word, a word of the home's devices and rooms, a time, a person or people, a pro-form, an operator
or modal, a negator, a question word, a cue: Quirk et al. 1985, 2.13-2.16 on the clause
elements a word must fill to belong to the phrase's clause). Talk about another thing
that leaves the request whole is said beside it, not to it (the request said
contiguously, with no cue anywhere, is the request: issue 14).

So the words either side of a phrase said whole are read as another's patter, and the
phrase with pauses written at its edges is read (every cue of the readers of asides
still stops it there), when

- words are said before it, and each side said is patter: one word called twice ("hoggs
  hoggs"), three content words, or two that are more than one noun phrase (a noun
  phrase of two words may modify the phrase: "fat cat party mode"): a function word
  between them ("a scoopful a bagful", "hotties for tuppence") or a participle said
  last or before a function word, a predicate of its own ("the crocodiles snapping",
  "roasted a scoopful"; not "the reading group"); each content word no word the home taught or like
  one, none that may bear on the request, the function words among them only articles
  and the prepositions and "and" that join a noun phrase's words ("dozens of swifts",
  "chestnutty and charred");
- no side ends at the phrase in a word that waits for it: an article, a preposition or
  "and" before it (the phrase may be its object or a request joined on), nor one of those
  after it ("... and more swifts" may join more to it);
- no verb said before it may take the phrase as its object: a verb of an event, of
  naming, of words spoken, written, learnt, performed or sent ("the twins love movie
  night", "the parrot squawked lights on": Levin 1993, 25, 26.7, 29.3, 37), nor a verb
  in -ed said last after a word it may be the verb of ("anchor weighed ...", not in a
  list of participles, "charred blistered");
- the words before it are not one word said in two ("zig zag movie night"), and not any
  word before a phrase that opens with a kind of device but a call said again (they may
  say which one: "christmas tree lights off");
- the word right before it is no plural noun, unless called already: it may be the
  subject of a phrase opening with a verb ("the gardeners water the ferns") or its
  possessor ("the kids movie night"); a call said again is none ("hoggs hoggs ...",
  "chestnuts roasting chestnuts ...").

Words said after the phrase alone are left to the readers of remarks said after.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import _word_classes as classes
from teachapp.understanding._asked_aside import relational
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding._cue_scope import BACK, OPERATORS, PERSONS, people, scope_words
from teachapp.understanding._own_clause import time_words
from teachapp.understanding._unmarked import device_kinds
from teachapp.understanding._words_of_others import LEARNING, PERFORMING, SENDING, SPEAKING
from teachapp.understanding.normalize import Lexicon

__all__ = ["patter_around", "takes_it"]

Taught = Callable[[str], bool]

ARTICLES = frozenset({"a", "an", "the"})
"""Determiners that open a noun phrase of the patter and say nothing of the request."""
INNER = frozenset({"of", "for", "at", "and"})
"""Words that join a noun phrase's words inside a side ("dozens of swifts", "hotties for
tuppence", "a wallop at the shies", "chestnutty and charred"), never next to the phrase."""
SAYING = frozenset({"say", "repeat", "call", "cry", "keep", "kept", "holler", "bellow",
                    "shriek", "screech", "roar", "sob", "wail", "howl", "grunt", "moan"})
"""Verbs of saying or crying words out, and "keep" before one ("kept repeating ...")."""
MODALS = frozenset({"might", "may", "must", "shall", "should", "would", "could", "can",
                    "will", "ought", "need", "needs"})


def _object_verbs() -> frozenset[str]:
    """Plain forms of verbs whose object the phrase may be (see the module docstring)."""
    scope = scope_words()
    return (scope.event_verbs | scope.text_verbs | shape.shape_section().naming
            | SPEAKING | LEARNING | PERFORMING | SENDING | SAYING)


def takes_it(words: Sequence[str]) -> bool:
    """Whether a verb of ``words`` (said before the phrase) may take it as its object."""
    verbs = _object_verbs()
    if any(shape.verb_forms(w) & verbs for w in words):
        return True
    last = words[-1]
    # (a past verb after its subject, "anchor weighed ...", "the keeper hollered ...";
    # not one of a list of participles, "charred blistered")
    subject = words[-2] if len(words) > 1 else ""
    return (shape.verb_form(last, "ed") and classes.verb(last) and subject.isalpha()
            and subject not in ARTICLES and subject not in INNER
            and not shape.verb_form(subject))


def _bears(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` may bear on a request or be a word of one."""
    return (word in MODALS or word in OPERATORS or word in shape.CLAUSE_OPERATORS
            or word in shape.BE_FORMS or word in shape.NEGATORS or word in shape.WH_WORDS
            or word in BACK or word in PERSONS or word in lexicon.request_words
            or word in lexicon.cue_starts or word in people(lexicon)
            or word in home_words() or word in time_words() or relational(word)
            or taught(word))


def _content(word: str, lexicon: Lexicon, taught: Taught, unlike: Taught) -> bool:
    """Whether ``word`` is a content word of patter: a word of its own, no word that may
    bear on a request, and like no word a home taught."""
    return (len(word) > 2 and word.isalpha() and word not in lexicon.function_words
            and word not in shape.PREPOSITIONS and not _bears(word, lexicon, taught)
            and unlike(word))


def _side(words: Sequence[str], lexicon: Lexicon, taught: Taught,
          unlike: Taught) -> tuple[int, bool] | None:
    """How many content words one side holds and whether one is called twice in a row,
    when every word of it is a word of patter; None otherwise."""
    content = 0
    for word in words:
        if _content(word, lexicon, taught, unlike):
            content += 1
        elif word not in ARTICLES and word not in INNER:
            return None
    twice = any(a == b and _content(a, lexicon, taught, unlike)
                for a, b in pairwise(words))
    return content, twice


def _device(word: str) -> bool:
    """Whether ``word`` names a kind of device, which words before it may say which of."""
    return word in device_kinds() or word.rstrip("s") in device_kinds()


def patter_around(before: Sequence[str], phrase: Sequence[str], after: Sequence[str],
                  lexicon: Lexicon, taught: Taught, unlike: Taught) -> bool:
    """Whether the speaker's words ``before`` and ``after`` the ``phrase`` said whole (wake
    words and fillers left out) are another's patter beside it (see the module
    docstring): ``taught`` says whether a home taught a word, ``unlike`` whether no
    taught word is like it."""
    if not before or before[-1] in ARTICLES or before[-1] in INNER or takes_it(before):
        return False
    last = before[-1]
    called = last in before[:-1]
    if last.endswith("s") and not last.endswith("ss") and not called:
        return False  # (a plural, the subject or the possessor of the phrase)
    if after and (after[0] in ARTICLES or after[0] in INNER):
        return False
    if len(before) > 1 and (classes.listed(before[-2] + last)
                            or (_device(phrase[0]) and not called)):
        return False  # (one word said in two, or words that may say which device)
    for side in (before, after):
        read = _side(side, lexicon, taught, unlike) if side else (0, True)
        if read is None or not (read[1] or read[0] >= 3 or (read[0] == 2 and _parts(side))):
            return False
    return True


def _parts(words: Sequence[str]) -> bool:
    """Whether a side of two content words is more than one noun phrase, which may modify
    the phrase ("fat cat party mode"): a function word between them ("a scoopful a
    bagful", "hotties for tuppence") or a participle said last or before a function word,
    a predicate of its own ("the crocodiles snapping", "roasted a scoopful"; not "the
    reading group", a modifier)."""
    content = [k for k, w in enumerate(words) if w not in ARTICLES and w not in INNER]
    if content[-1] - content[0] > 1:
        return True
    return any(shape.verb_form(words[k]) and (k + 1 == len(words) or k + 1 not in content)
               for k in content)
