"""Words that ask for nothing, said before a taught phrase that ends the utterance or is
followed by a sure edge, with no pause written: a call or an exclamation ("cheeky
beakface movie night", "noble thane lights off"), a line sung or quoted ("ridi
pagliaccio movie night").

:mod:`_unmarked` holds the edge before a phrase sure only where the clause there plainly
ends; a noun there may instead modify the phrase or name it ("the kids want the bedroom |
lights off", "christmas tree | lights off": a compound, Quirk et al. 1985, "A
Comprehensive Grammar of the English Language", 17.104-17.108). A vocative or an
exclamation is a unit of its own beside the clause (10.52-10.55, 11.54), and with the
phrase said whole and last there is no clause after it for those words to belong to. They
are no request of their own when they hold none of the words any request is made of.
Sure only when all of

- there are two to four of the speaker's words before the phrase, and nothing of theirs
  after it (words after it may make the phrase a part of their clause: "... tickets")
  but past a sure edge, a clause or call of their own (:func:`_unmarked._nothing_after`:
  "sforzando strings dim the hallway croqueted thwack");
- every word is a content word of its own (:func:`_clause_shape._content`: no function
  word, pronoun, pro-form, negator, operator, preposition or word a home taught), no
  request word (the lexicon's ``request_words``: "play", "party", "bedroom"), no word of
  time, no device, room or thing a request asks for (:func:`_asked_aside.names_home`), no
  person or relation who may be told or given the phrase ("the kids", "grandma"), no
  cue's first word, no -ed or -ing form (a verb whose object the phrase may be: "kept
  repeating", "the driver muttered"; but an -ed form before a plural noun is that noun's
  participial premodifier, whose head is no phrase: a seller's "jellied eels", "roasted
  chestnuts", 7.15-7.16, 17.98), no adverb in -ly (it modifies a verb after it:
  "quickly reverse ..."); and no cue or pro-form is said there. Interjections are set
  aside first (:func:`_unmarked._called_before`), so "sirens upwards wheee ..." is a call
  and "meh reverse ..." (one word left: a verb whose object the phrase may be) is not.

A compound of two nouns the home never taught ("christmas tree lights off") has the same
shape and is read as a call too (a known risk; but see the premodifier below): in every
out-of-scope class of the benchmark's 39th to 42nd sets, said without marks, no such words
before a phrase said last made another request of their own (no false accept came of the
rule there).

One reader of a call, for every reader of the words before a phrase: the group called
first (:mod:`_group_called`, "legato violas ...", sure by its form whatever follows) takes
its words as this module does (:func:`own_word`), and the words are read the same whether
nothing follows the phrase or a sure edge does (:func:`_unmarked._nothing_after`). Besides
the words above, the stretch is no call when it may be

- a verb and its object, a request of its own: its first word only ever a verb
  ("sharpen pencils close the blinds"; Quirk et al. 1985, 11.24 on the imperative), unless
  the last is a plural noun of agents, those bidden ("hunker pullers");
- the subject of a phrase that opens with a verb: a plural noun before a plain verb agrees
  with it ("sforzando strings close the blinds", a statement of what they do, 10.11 on
  concord), unless the stretch has the form of a group called
  (:func:`group_form`: "upbeat oboes close the blinds") or is a cry or a list called out
  that has no noun phrase for the verb to agree with (a word said twice, a plural before
  the last: "grunt grunt sows ask ...", "piglets sows feed the cat": :func:`may_be_subject`);
- a premodifier of a phrase that opens with a noun: an adjective and a singular noun the
  English lexicon lists, or two words that are one when joined ("fat cat party mode", "zig
  zag party mode": a noun phrase modifying a noun, 17.104-17.108, 17.113; a plural
  premodifier is rare, 17.108; a word no lexicon lists, "cheeky beakface", is a call or
  a name, and two nouns, "chute yip", are calls of their own).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from itertools import pairwise

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding import _word_classes as classes
from teachapp.understanding._adjective_before import BEARING
from teachapp.understanding._asked_aside import names_home, relational
from teachapp.understanding._bidden_after import home_words
from teachapp.understanding._cue_scope import people
from teachapp.understanding._forbidden_aside import place_adverbs
from teachapp.understanding._own_clause import DEGREE, time_words
from teachapp.understanding.normalize import Lexicon

__all__ = ["called_before", "group_form", "may_be_subject", "own_word"]

Taught = Callable[[str], bool]
LONGEST = 4
"""The most words a call or exclamation before the phrase is read as (longer, it is more
likely speech the phrase is a part of)."""
MOST_MODIFIERS = 2
"""Most words said before the plural noun of a group called ("molto legato violas")."""


def own_word(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` is an open-class word of the speaker's own that bears on no request:
    a content word (:func:`_clause_shape.content_word`), no word a home taught, cue's first
    word or request word, no word of time, place or degree, no device, room, thing or
    setting of a home, no person or relation who may be told or given the phrase (a noun of
    people as the lexicon lists it, with the plurals it means: "kids", "aunts"; a given
    name with an "s" is none: "goatlings nannies", not "nannie")."""
    return (shape.content_word(word, lexicon, taught) and word not in lexicon.cue_starts
            and word not in lexicon.request_words and word not in DEGREE
            and word not in BEARING and word not in time_words()
            and not names_home([word]) and word not in home_words()
            and word not in place_adverbs() and word not in people(lexicon)
            and not relational(word))


def group_form(said: Sequence[str]) -> bool:
    """Whether ``said`` has the form of a group called (:mod:`_group_called`): one or two
    words that may be no verb, then a noun the English lexicon lists only as a plural."""
    if not classes.loaded() or not 2 <= len(said) <= MOST_MODIFIERS + 1:
        return False
    *modifiers, noun = said
    return classes.plural_noun(noun) and not any(classes.verb(w) for w in modifiers)


def called_before(said: Sequence[str], phrase: Sequence[str], lexicon: Lexicon,
                  taught: Taught) -> bool:
    """Whether the speaker's words ``said`` right before the taught ``phrase`` ask for
    nothing (see the module docstring)."""
    if not 2 <= len(said) <= LONGEST or not phrase:
        return False
    participles = set()
    for k, word in enumerate(said):
        if not own_word(word, lexicon, taught):
            return False
        if shape.verb_form(word) and word.endswith("ed") and k + 1 < len(said) and _plural(
                said[k + 1]):
            participles.add(k)  # (premodifying a plural: "jellied eels", "roasted ...")
            continue
        if shape.verb_form(word) or (word.endswith("ing") and len(word) > 4):
            return False
        if word.endswith("ly"):
            return False  # (an adverb of the verb after it: "quickly reverse ...")
    if names_home(said):
        return False
    if group_form(said):
        return True
    if classes.verb_only(said[0]) and not _agents(said[-1]) and 0 not in participles:
        return False  # (a verb and its object: "sharpen pencils ..."; an -ed form is no
        # imperative)
    if _verb_led(phrase):
        return not may_be_subject(said)  # (its subject: "sforzando strings close ...")
    return not _premodifier(said)  # (a modifier of its first noun: "fat cat party mode")


def _verb_led(phrase: Sequence[str]) -> bool:
    """Whether ``phrase`` opens with a verb: a word only ever a verb, or one that may be a
    verb before a function word ("close the blinds", "feed the cat"; not "party mode")."""
    first = phrase[0]
    return classes.verb_only(first) or (classes.verb(first) and (
        len(phrase) == 1 or phrase[1] in shape.NP_DETERMINERS
        or phrase[1] in shape.OBJECT_PRONOUNS or phrase[1] in shape.PREPOSITIONS))


def may_be_subject(said: Sequence[str]) -> bool:
    """Whether ``said``, the words before a phrase that opens with a verb, may be one noun
    phrase that is the subject of that verb: its last word a plural noun, which agrees with
    the plain verb after it ("sforzando strings close the blinds": Quirk et al. 1985, 10.11
    on concord), and the words before it such a noun phrase's modifiers. Not a cry or a list
    called out, which has no place for the phrase's verb in it:

    - a word said twice in a row ("grunt grunt sows", "donkeys donkeys"): a call or a
      cry repeated; a noun phrase's modifiers may be stacked but a word is not its own
      modifier (an intensifier said again, "very very", is no word of the speaker's
      here: :func:`own_word`);
    - a plural before the last word ("llamas alpacas", "piglets sows"): two plural nouns
      side by side with no coordinator are two things called out, a plural being a
      premodifier of another noun only rarely (17.108), so neither is the head of one
      noun phrase the verb could agree with."""
    if not _plural(said[-1]):
        return False
    if any(a == b for a, b in pairwise(said)):
        return False  # (a word said twice: a cry)
    return not any(_plural(word) for word in said[:-1])  # (a list called out)


def _agents(word: str) -> bool:
    """Whether ``word`` is a plural noun of agents in -ers ("pullers", "rowers"): after a
    verb it is the vocative of those bidden, not the verb's object ("hunker pullers": the
    agentive suffix names the doers, Quirk et al. 1985, App. I.35)."""
    return word.endswith("ers") and _plural(word)


def _premodifier(said: Sequence[str]) -> bool:
    """Whether the last words of ``said`` may be a noun phrase that modifies the noun after
    them: an adjective and a singular noun the English lexicon lists ("fat cat ..."; not
    "chute yip": no adjective, "cheeky beakface": no listed noun), or two words that are one
    joined ("zig zag ...")."""
    return classes.listed(said[-2] + said[-1]) or (
        classes.adjective(said[-2]) and classes.singular_noun(said[-1]))


def _plural(word: str) -> bool:
    """Whether ``word`` may be the plural of a noun the English lexicon lists ("strings",
    "kiddies", "oboes")."""
    if not word.endswith("s") or word.endswith("ss"):
        return False
    return (classes.plural_noun(word) or classes.singular_noun(word[:-1])
            or (word.endswith("es") and classes.singular_noun(word[:-2]))
            or (word.endswith("ies") and classes.singular_noun(word[:-3] + "y")))
