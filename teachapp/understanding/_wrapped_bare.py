"""When a taught phrase said exactly inside unpunctuated speech runs, though an edge of it
is not sure: "steady lads steady water the ferns", "tea time the referee whistled
loudly", written by an open-vocabulary recogniser with no punctuation at all.

:mod:`_unmarked` puts a pause at each licensed edge of a phrase said whole and lets the
readers of asides judge the parts; a side that has no shape of a clause's edge it knows
(a subject and a finite verb after, a closed clause or a call before) only asks, so
a recogniser that writes no pauses made most such requests a question. Yet the side's
cues were judged already: the marked reading runs only when every other clause asks for
nothing (no negation, question, past, story, someone else's words, routine command).
What is left to doubt is the edge itself, whether the phrase is a constituent of the
words beside it (Quirk et al. 1985, 2.13-2.16; Huddleston & Pullum 2002, 2.1):

- after it, the phrase would be the subject of a verb that follows ("... packed up too",
  "... keeps petering out") or the head a modifier or a complement continues. So the
  words after must open with a noun phrase of their own, a determiner or possessive and
  a content word ("... the referee whistled loudly", "... a floater unreturned"), a
  possessive pronoun's clause ("... mine's nearer"), a subject pronoun ("... you're pointing") or an
  interjection ("... ooh a biplane"), each of which opens no predicate of the phrase;
- before it, the phrase may be the object of a verb ("dude scrap ...", "our plumber
  hums ..."), the predicate or the possessed of a noun phrase ("the boys feed the cat",
  "the kids movie night"), the name a naming verb gives, the complement of a question
  word ("asked what ... meant"), a request joined by "then", or a word of the phrase said
  again. Without a lexicon of verbs only a call is sure to end there: a word called
  again around another ("steady lads steady ...", "pull pullers pull ...") or a plural
  called after "my" or "here" ("my poppets ...", "here kitties ...": a vocative, Quirk et
  al. 1985, 10.52), with no request word, cue, operator or preposition among them.

After "a" a word ending in "s" opens no noun phrase ("a" takes no plural) unless it is a
noun run into its "'s" before a predicative, a clause of its own (:mod:`_a_subject`: "...
a flipper's adrift"). Words either side that are a caller's patter, a game's words no
dictionary holds, are no part of the phrase's clause either (:mod:`_caller_patter`).

Neither side may say a word a home taught, nor, next to the phrase, a word like one (the
words may be another request, or a part of a longer phrase misheard), nor a word that
joins another request to it or may point back at it ("... the neighbours want it"), nor,
after it, a word of time or a relational one that may bear on it ("... the usual way").
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence, Set
from dataclasses import replace

from teachapp.understanding import _clause_shape as shape
from teachapp.understanding._a_subject import a_subject_clause
from teachapp.understanding._asked_aside import relational
from teachapp.understanding._caller_patter import amid_patter
from teachapp.understanding._cue_scope import BACK, OPERATORS, PERSONS
from teachapp.understanding._own_clause import time_words
from teachapp.understanding._unmarked import (
    NP_OPENERS,
    SWITCH_PARTICLES,
    boundary_after,
    boundary_before,
    called_alone,
    device_kinds,
    marked_readings,
    naming_and_commands,
)
from teachapp.understanding.conjunctions import CONDITIONAL, COORDINATORS, TEMPORAL
from teachapp.understanding.normalize import Lexicon
from teachapp.understanding.resolution import Resolution

__all__ = ["plainly_wrapped", "read_wrapped"]

Taught = Callable[[str], bool]

POSSESSIVE_CLAUSES = frozenset({"mines", "yours", "ours", "hers", "theirs"})
"""A possessive pronoun with "'s" run into it ("mine's nearer"): a subject and its verb."""
JOINING = (COORDINATORS | CONDITIONAL | (TEMPORAL - {"whenever", "whilst"})
           | {"then", "so", "because"})
"""Words that join another request or a condition to the phrase ("clear the gutters then
...", "... and a tapes exclusion"). Of the subordinators of time not "whenever" and
"whilst", and of reason only "because" and "so": the others were never listed here."""
CALLING = frozenset({"my", "here"})
"""Words before a plural that call it ("my poppets", "here kitties": a vocative)."""
MODALS = frozenset({"might", "may", "must", "shall", "should", "would", "could", "can",
                    "will", "ought", "needs", "need"})
"""Modal verbs: a verb is to come after one, the phrase its subject or object."""


def read_wrapped(text: str, toks: Sequence[str], free: Sequence[bool], stems: Sequence[str],
                 exact: Mapping[tuple[str, ...], tuple[int, list[int]]], longest: int,
                 routine_names: Sequence[str], resolve: Callable[[str], Resolution],
                 named: Set[str | None], own: tuple[Lexicon, Taught],
                 unknown: Taught) -> Resolution | None:
    """The run of unpunctuated ``text`` read with a phrase's edges marked
    (:func:`_unmarked.marked_readings`, with the resolver's ``exact`` phrase stems, its
    ``longest`` phrase and ``resolve``, :meth:`Resolver._read_whole`), when each side with
    words of the speaker's is a licensed edge and the phrase is :func:`plainly_wrapped`
    there; None otherwise. Only phrases of the ``named`` routines are read, those the
    unmarked reading named (``routine_names``: by routine index). ``own``: the lexicon and
    whether a home taught a word; ``unknown``: whether no taught word is like a word."""
    def wanted(start: int, stop: int) -> bool:
        return not named.isdisjoint(routine_names[k] for k in exact[tuple(stems[start:stop])][1])

    for marked in marked_readings(text, toks, free, stems, exact, longest, own, wanted, unknown):
        i, j = marked.start, marked.stop
        left = all(free[:i]) or boundary_before(toks, free, i, own, unknown)[0]
        if not (left and (all(free[j:])
                          or boundary_after(toks, free, j, own, True, i, unknown)[0])):
            continue
        if not (plainly_wrapped(toks, free, i, j, *own, lambda w: called_alone(w, own), unknown)
                or amid_patter([toks[k] for k in range(i) if not free[k]],
                               [toks[k] for k in range(j, len(toks)) if not free[k]],
                               *own, unknown)):
            continue
        again = resolve(marked.text)
        routines = {routine_names[k] for k in exact[tuple(stems[i:j])][1]}
        if again.decision == "run" and again.routine in routines:
            return replace(again, utterance=text)
    return None


def plainly_wrapped(toks: Sequence[str], free: Sequence[bool], start: int, stop: int,
                    lexicon: Lexicon, taught: Taught, called: Taught, unlike: Taught) -> bool:
    """Whether the phrase said exactly at ``toks[start:stop]`` of unpunctuated text is a
    request of its own whatever the words either side (see the module docstring):
    ``free`` marks wake words, fillers and carriers; ``taught`` says whether a home taught
    a word; ``called`` whether a word is an interjection called out alone; ``unlike``
    whether no taught word is like a word (one that is may be a taught word misheard, the
    phrase then the end of a longer one: "activate bedrom light on")."""
    before = [toks[k] for k in range(start) if not free[k]]
    after = [toks[k] for k in range(stop, len(toks)) if not free[k]]
    if not JOINING.isdisjoint(toks[:start]) or not JOINING.isdisjoint(toks[stop:]):
        return False
    for word in (*before, *after):
        if word in MODALS or (taught(word) and word not in lexicon.function_words):
            return False

    def plain(word: str) -> bool:
        return (word in lexicon.function_words or word in POSSESSIVE_CLAUSES
                or word in PERSONS or unlike(word))

    if before and not (BACK.isdisjoint(before) and plain(before[-1])
                       and _closed_before(before, toks[start:stop], lexicon, taught, called)):
        return False
    return not after or (all(map(plain, after[:2])) and BACK.isdisjoint(after)
                         and _opens_own(after, toks[start:stop], lexicon, taught, called)
                         and not any(w in time_words() or relational(w) for w in after))


def _closed_before(words: Sequence[str], phrase: Sequence[str], lexicon: Lexicon,
                   taught: Taught, called: Taught) -> bool:
    """Whether the speaker's ``words`` before the phrase end where it begins: no verb of
    theirs may take it as its object or name it, and no question word waits for it."""
    last = words[-1]
    if not lexicon.request_words.isdisjoint(words):
        return False  # (a request verb whose object it may be: "activate grow lights on")
    if last == phrase[0] or last in lexicon.cue_starts or (
            _device(phrase[0]) and not called(last)):
        # (a word said again, a cue, or a word that may say which device: "fairy lights on")
        return False
    if last in OPERATORS or last in shape.CLAUSE_OPERATORS or last in shape.PREPOSITIONS:
        return False
    if not shape.WH_WORDS.isdisjoint(words):
        return False  # (a question the phrase completes: "the kids asked what ... meant")
    if any(shape.verb_forms(w) & shape.shape_section().naming for w in words):
        return False  # ("they renamed the old coaching inn ...": the name it was given)
    if shape.verb_form(last):
        return False  # (a participle or past verb whose object it may be: "muttered")

    if len(words) > 2 and last in words[:-2]:
        return True  # (a call said again around another word: "steady lads steady")
    # (a plural called after "my" or "here", a vocative: "my poppets", "here kitties"; any
    # other word may be a verb whose object the phrase is, "dude scrap ...", or the
    # subject or possessor of the phrase, "the boys feed the cat", "the kids movie night")
    return (len(words) > 1 and words[-2] in CALLING and last.endswith("s")
            and not last.endswith("ss") and shape.content_word(last, lexicon, taught))


def _device(word: str) -> bool:
    """Whether ``word`` names a kind of device ("lights", "lamp"), which the word before
    may say which one of."""
    return word in device_kinds() or word.rstrip("s") in device_kinds()


def _opens_own(words: Sequence[str], phrase: Sequence[str], lexicon: Lexicon,
               taught: Taught, called: Taught) -> bool:
    """Whether the speaker's ``words`` after the ``phrase`` open a clause or an utterance
    of their own, no predicate or modifier of the phrase. A noun phrase is not one after
    a phrase that ends in a particle or preposition, whose object or place it may be
    ("... dryer on the family account"), nor after a naming verb, whose object
    complement it may be ("call the driver a ...")."""
    first = words[0]
    then = words[1] if len(words) > 1 else ""
    if called(first):
        return True
    if first in POSSESSIVE_CLAUSES or first in PERSONS:
        return bool(then)
    if phrase[-1] in SWITCH_PARTICLES or phrase[-1] in shape.PREPOSITIONS or not (
            naming_and_commands().isdisjoint(phrase)):
        return False
    return (first in NP_OPENERS and shape.content_word(then, lexicon, taught)
            and not shape.verb_form(then)
            and not (first in ("a", "an") and then.endswith("s")
                     and not a_subject_clause(words, lexicon, taught)))
