"""A taught phrase said in the middle of a recitation of status calls, with no pause written:
"throttle primed give daisie a ring avionics powered", "ailerons checked rudder checked
file the cask register", a pilot reading a checklist aloud while asking for a request.

Each call is a verbless clause of its own: a noun or a compound of nouns, its subject, and
the participle that says its state, "throttle primed", "transponder squawking" (Quirk et
al. 1985, "A Comprehensive Grammar of the English Language", 14.6 on the verbless clause,
15.58 on the -ed and -ing clause with a subject of its own). :mod:`_unmarked` reads a
participle right before a phrase as a verb that may take the phrase for its object ("the
driver muttered ..."), so no edge is licensed there, and the reader of the past then reads
the -ed words as a story of the request; one noun and a participle after the phrase may be
a compound the phrase modifies and its verb ("movie night tickets printed"). A recitation
says which: calls are coordinated units of one kind (13.1-13.2), so when the phrase stands
between calls, or after two calls or more, or before two calls or more, each call before it
is complete and each after it has a subject of its own, and neither takes the phrase for its
object or head. A compound of two nouns or more and its -ed form alone on a side is read
already (:func:`_cue_scope.compound_state`).

A call's nouns are content words that are no pronoun, person, day, cue's word or word a
home taught (:func:`_cue_scope.people`: "kids watched movie night" is a story); its
participle is a regular -ed or -ing form that is no verb taking an event or an undoing for
its object (the lexicon's ``cue_scope`` verbs: "loved", "watching", "kidding" may have the
phrase as their object), no word a home taught and no cue. A verb of words said may end a
call ("transponder squawking", "strobes flashing"): beside calls of one kind it is one too,
not the verb of someone quoting the phrase, which the readers of quotes judge with a
subject of its own ("the parrot keeps squawking ..."). "And" may join the
calls, and "and" or "so" may open the calls after the phrase ("... so harnesses fastened").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from teachapp.understanding import _cue_scope as scope
from teachapp.understanding._carriers import WEEKDAYS
from teachapp.understanding.normalize import Lexicon

__all__ = ["status_calls"]

Taught = Callable[[str], bool]

JOINERS = frozenset({"and"})
"""Coordinators that may join two calls ("mixture rich and magnetos checked")."""
OPENING_AFTER = frozenset({"and", "so"})
"""Words that may open the calls said after the phrase ("... so harnesses fastened")."""
MOST_NOUNS = 3
"""Most nouns of one call's subject ("nav light switch checked")."""
SHORTEST_PARTICIPLE = 5
"""Fewest letters of a participle ("armed" and "tuned" are, "fed" and "red" are not)."""


def status_calls(toks: Sequence[str], free: Sequence[bool], start: int, stop: int,
                 lexicon: Lexicon, taught: Taught) -> tuple[bool, bool]:
    """(whether the edge before the phrase said exactly at ``toks[start:stop]`` is sure,
    whether the edge after it is) when the speaker's words before and after it (``free``
    marks wake words, fillers and carriers) are status calls that stand on both sides of
    it or two or more on one side (see the module docstring); ``taught``: whether a home
    taught a word. A side with no words is not sure by this reader."""
    before = [t for t, f in zip(toks[:start], free[:start], strict=True) if not f]
    after = [t for t, f in zip(toks[stop:], free[stop:], strict=True) if not f]
    if not before and not after:
        return False, False
    people = scope.people(lexicon)
    opened = list(after[1:]) if after and after[0] in OPENING_AFTER else list(after)
    calls_before = _calls(before, lexicon, taught, people)
    calls_after = _calls(opened, lexicon, taught, people)
    both = bool(calls_before) and bool(calls_after)
    return (both or calls_before >= 2), (both or calls_after >= 2)


def _calls(words: Sequence[str], lexicon: Lexicon, taught: Taught,
           people: frozenset[str]) -> int:
    """How many status calls ``words`` are, "and" maybe between them; 0 when they are
    anything else."""
    count, nouns = 0, 0
    for k, word in enumerate(words):
        if word in JOINERS and not nouns and count and k + 1 < len(words):
            continue
        if nouns and _participle(word, lexicon, taught):
            count, nouns = count + 1, 0
        elif nouns < MOST_NOUNS and _call_noun(word, lexicon, taught, people):
            nouns += 1
        else:
            return 0
    return 0 if nouns else count


def _call_noun(word: str, lexicon: Lexicon, taught: Taught, people: frozenset[str]) -> bool:
    """Whether ``word`` may be a noun of a call's subject."""
    return (scope.own_noun(word, lexicon, taught) and word not in people
            and word not in WEEKDAYS and word not in scope.CLOSED
            and not word.endswith("ly") and word not in lexicon.cue_starts
            and word not in lexicon.request_words)


def _participle(word: str, lexicon: Lexicon, taught: Taught) -> bool:
    """Whether ``word`` is a regular participle that says a call's state and cannot take
    the phrase for its object."""
    if len(word) < SHORTEST_PARTICIPLE:
        return False
    if word.endswith("ed") and not word.endswith("eed"):
        bases = scope.ed_bases(word)
    elif word.endswith("ing"):
        bases = scope.ing_bases(word)
    else:
        return False
    kept = scope.scope_words()
    return (scope.own_verb(word, lexicon, taught) and kept.event_verbs.isdisjoint(bases)
            and kept.undoing.isdisjoint(bases))
