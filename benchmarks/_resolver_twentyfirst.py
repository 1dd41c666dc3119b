"""The twenty-first held-out set of benchmarks/resolver.py (split "twentyfirst",
seeds 210-212).

Written blind in one session of issue 14, while two other engineers tuned the resolver
on the earlier sets: its author never ran the resolver on it, nor read the resolver's
code, and it is run once, by the lead, after that tuning. Tuning must not open this
file, ``_resolver_twentyfirst_text.py`` or ``_resolver_twentyfirst_labels.py``.

It judges one question above all, as the twentieth does, in other shapes and other
words: when a taught phrase is said exactly beside a clause of the speaker's own, does
the resolver tell a clause that bears on the request from one that does not? One home
per seed (``_resolver_twentyfirst_text.HOMES``: two retired sisters' seaside flat with a
budgie, a school caretaker's lodge, a firefighter and a junior doctor's new-build with a
toddler), each teaching 22 of its own routines with 23 of the generic pool; its other
routines and the near siblings of ``UNTAUGHT`` ("ring toby" beside "ring tobias", "eye
drops at nine" beside "eye drops at eight", "feed shelby" beside "feed sheldon", "ev
charger off" beside "ev charger on") are held out. It is built by the shared generator
of benchmarks/_resolver_blind.py from this set's words. It has no heard transcripts:
benchmarks/data/twentyfirst_heard.json was not made, and the generator treats a
missing file as no transcripts. Besides every kind the other sets report:

- in scope, every taught phrase said once beside each kind of clause of the speaker's
  own that does not bear on it (:data:`WRAPPED_KINDS`), reported per kind, every kind
  one no earlier set has: a question about something else said after ("X, where's my
  thimble vanished to?") or first ("are those your slippers? X"), something else
  forbidden ("X, no wellies on the rug", "no slurping, X"), news joined by "and", by
  "but" or by nothing ("X and i'm utterly ravenous", "X but my toast's burnt", "X the
  toddler's snoozing"), a courteous "if" or "when" after ("X if you're amenable", "X
  whenever you're free") or a courtesy first ("whenever you get a chance, X"), what the
  speaker did said after or first ("i got thrashed at scrabble, X"), the speaker's
  plans ("X, i'm off to bed after this") and feelings ("i'm whacked, X").
  The phrase is said exactly there, and no word of the clause is a word of a routine
  any home teaches, so a miss is the clause's;
- out of scope, thirteen kinds no earlier set has (:data:`NEW_OUT_OF_SCOPE`), the same
  shapes where the clause bears on the request: did it work last time ("X, did it work
  last time?"), never again ("X, don't do that again"), undone in the same breath ("X
  and then cancel it"), someone else's wish joined by "but" ("X, the kids want it but
  i don't"), "again?" in disbelief ("X again? really?"), done by the speaker already
  ("X, i already did it"), a condition said after ("X when dinner's ready") or first
  ("if it rains, X"), what someone always says ("X, she always says that"), refused
  after ("X, no, leave it"), asking what it is ("what is X?"), asking whether it is on
  ("is X on?") and praise or complaint of an earlier run ("X was a disaster on
  tuesday"), beside the usual kinds in new words; each said plainly and beside one of
  this set's clauses (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
twentieth's: a row with one slot given a value the same source wrote in such a slot
under another intent, said beside one of this set's clauses ("turn off the ceiling
fan, are those your slippers?"), so a clause of the speaker's own is said beside a
request no routine makes as well as beside a taught phrase. Sentences a dataset or
another split has are left out, the nineteenth's and twentieth's own cases included.
Labels are guarded in code (benchmarks/_resolver_twentyfirst_labels.py) and in
tests/test_resolver_twentyfirst_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import _resolver_blind as blind
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm, wrap
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_eighth_labels import words
from _resolver_ninth import dataset_rows
from _resolver_seventeenth import plain_name
from _resolver_twentyfirst_labels import LABELS
from _resolver_twentyfirst_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    SWAPS,
    TWENTYFIRST_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

SEEDS = (210, 211, 212)
HEARD = Path(__file__).resolve().parent / "data" / "twentyfirst_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
PLACES = {"balcony", "playground", "nursery"}
DEVICES = {"scooter", "webcam", "minibus", "polisher", "amp", "kiln", "charger", "dishwasher",
           "dryer", "radiators", "lift"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("heater" of "balcony heater on" and "top balcony heater
on", "floodlights", "shed", "alarm"), where "turn on the heater" would be unclear rather
than another request."""
NEW_OUT_OF_SCOPE = ("did it work last time, said after", "never again, said after",
                    "undone in the same breath", "someone else's wish, but not the speaker's",
                    "again, in disbelief", "the speaker did it already",
                    "condition, said after", "condition, said first",
                    "what someone always says", "refused after", "asking what it is",
                    "asking whether it is on", "praise or complaint of an earlier run")
"""Out-of-scope kinds no earlier set has (each also said beside a clause)."""
OWN_OUT_OF_SCOPE = (*USUAL_OWN_OUT_OF_SCOPE, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's and
fourteenth's first)."""
CLAUSES = [w for ws in WRAPPERS.values() for w in ws]
"""The clauses said beside a crowd-written request (each only where it does not bear on
it, :func:`bears_on`)."""


def bears_on(clause: str, text: str) -> bool:
    """Whether ``clause`` would bear on the request ``text`` (or not fit it): it holds
    a stretch of :data:`REASON_CLASHES` and ``text`` a word that stretch clashes with
    ("if you're amenable" of a question, "i've sprained my thumb" of a walk)."""
    said = set(words(text))
    return any(reason in clause and said & clash for reason, clash in REASON_CLASHES.items())


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the twentieth's
    sources (the eighteenth's and earlier ones included), and the out-of-scope cases of
    the nineteenth's and twentieth's own homes (written in the same session as each
    other, neither draws on the other)."""
    from _resolver_nineteenth import SEEDS as NINETEENTH_SEEDS
    from _resolver_nineteenth import build_nineteenth
    from _resolver_twentieth import SEEDS as TWENTIETH_SEEDS
    from _resolver_twentieth import build_twentieth
    from _resolver_twentieth import used_texts as twentieth_used

    theirs = {norm(c.utterance)
              for build, seeds in ((build_nineteenth, NINETEENTH_SEEDS),
                                   (build_twentieth, TWENTIETH_SEEDS))
              for seed in seeds for c in build(seed, heard=False).cases if c.routine is None}
    return frozenset(twentieth_used() | theirs)


def refilled(frame: str, own: tuple[str, ...], i: int, other: str) -> str:
    """The row ``frame`` with its own values, but ``other`` in slot ``i``."""
    return frame.format(*[other if j == i else v for j, v in enumerate(own)])


def same_source_values(rows: list[Row]) -> dict[tuple[str, str, str], list[str]]:
    """(source, intent, kind of slot) -> the values that source wrote in such slots under
    that intent (plain names only: no "on", "off", "all")."""
    values: dict[tuple[str, str, str], set[str]] = {}
    for _frame, kinds, own, source, intent in rows:
        for kind, value in zip(kinds, own, strict=True):
            if plain_name(value):
                values.setdefault((source, intent, kind), set()).add(value)
    return {k: sorted(v) for k, v in values.items()}


def beside_a_clause(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row with one slot given a value the
    same source wrote in such a slot under another intent, said beside a clause of the
    speaker's own ("turn off the ceiling fan, are those your slippers?")."""
    values = same_source_values(rows)
    slots = []
    for row in rows:
        _frame, kinds, own, source, intent = row
        for i, kind in enumerate(kinds):
            others = sorted({v for (s, n, k), vs in values.items()
                             if s == source and n != intent and k == kind for v in vs
                             if v not in own})
            if others:
                slots.append((row, i, others))
    while slots:
        (frame, _kinds, own, _source, _intent), i, others = rng.choice(slots)
        request = refilled(frame, own, i, rng.choice(others))
        clause = rng.choice(CLAUSES)
        if not bears_on(clause, request):
            yield wrap(clause, request)


SET = BlindSet(
    name="twentyfirst", seeds=SEEDS, salt=(7937, 61), homes=HOMES,
    routines=TWENTYFIRST_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES, on_verbs=("warm up the ",),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=beside_a_clause,
    swaps=SWAPS)
"""The twenty-first set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("no slurping, feed pickles,
did it work last time?")."""
TWENTYFIRST_IN_SCOPE = tuple(WRAPPED_KINDS.values())
TWENTYFIRST_KINDS = (*TWENTYFIRST_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the twenty-first set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers


def build_twentyfirst(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twenty-first-set home and its cases (``heard`` reads
    benchmarks/data/twentyfirst_heard.json when it is there; it is not made)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "CARRIERS",
    "CLAUSES",
    "FRAMES",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "POOL",
    "SEEDS",
    "SET",
    "TWENTYFIRST_IN_SCOPE",
    "TWENTYFIRST_KINDS",
    "TWENTYFIRST_ROUTINES",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "bears_on",
    "beside_a_clause",
    "build_twentyfirst",
    "dataset_rows",
    "refilled",
    "same_source_values",
    "used_texts",
]
