"""The twentieth held-out set of benchmarks/resolver.py (split "twentieth", seeds
200-202).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the earlier sets: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_twentieth_text.py``
or ``_resolver_twentieth_labels.py``.

It judges one question above all: when a taught phrase is said exactly beside a clause
of the speaker's own, does the resolver tell a clause that bears on the request from
one that does not? One home per seed (``_resolver_twentieth_text.HOMES``: a widower's
cottage with a greyhound, a florists' flat above their shop, a single dad's house with
teenagers), each teaching 22 of its own routines with 23 of the generic pool; its other
routines and the near siblings of ``UNTAUGHT`` ("ring imelda" beside "ring imogen",
"blood pressure pills at ten" beside "blood pressure pills at nine", "feed cosmo"
beside "feed gizmo", "shed radio off" beside "shed radio on") are held out. It is
built by the shared generator of benchmarks/_resolver_blind.py from this set's words.
It has no heard transcripts: benchmarks/data/twentieth_heard.json was not made, and
the generator treats a missing file as no transcripts. Besides every kind the other
sets report:

- in scope, every taught phrase said once beside each kind of clause of the speaker's
  own that does not bear on it (:data:`WRAPPED_KINDS`), reported per kind, every kind
  one no earlier set has: a past said after ("X, i missed my connection at crewe") or
  first
  ("i got a parking ticket, X"), a negation of something else ("X, my biro won't
  write", "don't mind me, X"), a question about something else ("X, did the postie
  been"), an exclamation ("what a kerfuffle, X"), a state of something else ("X, the
  varnish is tacky"), a courteous "if" ("X if you don't mind"), the speaker's own
  timing ("i clocked off ahead of schedule, X"), and clauses joined by "and", "so", "because" or
  nothing at all. The phrase is said exactly there, so a miss is the clause's;
- out of scope, nine kinds no earlier set has (:data:`NEW_OUT_OF_SCOPE`), the same
  shapes where the clause bears on the request: done already ("X, we did that
  already"), asking whether it is on ("X, is it on yet?"), not now ("X, not now"),
  waved off ("X, don't bother"), praise of an earlier run ("X was great last night"),
  someone else's wish ("X, the kids want it, not me"), a complaint in two clauses ("X
  again? seriously?"), a report ("X, she keeps saying") and a condition for later ("X
  when the film ends", "if it rains, X"), beside the usual kinds in new words; each
  said plainly and beside one of this set's clauses (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
eighteenth's: a row with one slot given a value another source wrote in such a slot,
said beside one of this set's clauses ("turn off the ceiling fan, i missed my
connection at crewe"), so a clause of the speaker's own is said beside a request no routine makes
as well as beside a taught phrase. Sentences a dataset or another split has are left
out, the eighteenth's own cases included. Labels are guarded in code
(benchmarks/_resolver_twentieth_labels.py) and in tests/test_resolver_twentieth_data.py.
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
from _resolver_fifteenth import source_values
from _resolver_ninth import dataset_rows
from _resolver_seventeenth import plain_name
from _resolver_twentieth_labels import LABELS
from _resolver_twentieth_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    SWAPS,
    TWENTIETH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

SEEDS = (200, 201, 202)
HEARD = Path(__file__).resolve().parent / "data" / "twentieth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
PLACES = {"workroom", "stockroom", "landing", "shed"}
DEVICES = {"xbox", "wifi", "freezer", "boiler", "dehumidifier", "till", "shutter",
           "windscreen", "trimmer", "immersion"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("light" of "shed light on" and "landing light on",
"door", "van", "kit"), where "turn on the door" would be unclear rather than another
request."""
NEW_OUT_OF_SCOPE = ("done already, said after", "is it on yet, said after",
                    "not now, said after", "waved off, said after", "praise of an earlier run",
                    "someone else wants it, not the speaker",
                    "again, a complaint in two clauses", "report of what someone keeps saying",
                    "condition for later")
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
    ("if you don't mind" of a question, "my knee's playing up" of a walk)."""
    said = set(words(text))
    return any(reason in clause and said & clash for reason, clash in REASON_CLASHES.items())


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the eighteenth's
    sources (the seventeenth's and earlier ones included), and the out-of-scope cases
    of the eighteenth's own homes."""
    from _resolver_eighteenth import SEEDS as EIGHTEENTH_SEEDS
    from _resolver_eighteenth import build_eighteenth
    from _resolver_eighteenth import used_texts as eighteenth_used

    theirs = {norm(c.utterance) for seed in EIGHTEENTH_SEEDS
              for c in build_eighteenth(seed, heard=False).cases if c.routine is None}
    return frozenset(eighteenth_used() | theirs)


def refilled(frame: str, own: tuple[str, ...], i: int, other: str) -> str:
    """The row ``frame`` with its own values, but ``other`` in slot ``i``."""
    return frame.format(*[other if j == i else v for j, v in enumerate(own)])


def beside_a_clause(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row with one slot given a value
    another source wrote in such a slot, said beside a clause of the speaker's own
    ("turn off the ceiling fan, i missed my connection at crewe")."""
    values = source_values()
    by_kind: dict[str, list[tuple[str, str]]] = {}
    for (source, kind), vs in sorted(values.items()):
        by_kind.setdefault(kind, []).extend((source, v) for v in vs if plain_name(v))
    slots = []
    for row in rows:
        for i, kind in enumerate(row[1]):
            others = sorted({v for s, v in by_kind.get(kind, ()) if s != row[3]
                             and v not in row[2]})
            if others:
                slots.append((row, i, others))
    while slots:
        (frame, _kinds, own, _source, _intent), i, others = rng.choice(slots)
        request = refilled(frame, own, i, rng.choice(others))
        clause = rng.choice(CLAUSES)
        if not bears_on(clause, request):
            yield wrap(clause, request)


SET = BlindSet(
    name="twentieth", seeds=SEEDS, salt=(7927, 60), homes=HOMES,
    routines=TWENTIETH_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES, on_verbs=("warm up the ", "heat the "),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=beside_a_clause,
    swaps=SWAPS)
"""The twentieth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("don't mind me, feed
juniper, we did that already")."""
TWENTIETH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
TWENTIETH_KINDS = (*TWENTIETH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the twentieth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers


def build_twentieth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                    per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twentieth-set home and its cases (``heard`` reads
    benchmarks/data/twentieth_heard.json when it is there; it is not made)."""
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
    "TWENTIETH_IN_SCOPE",
    "TWENTIETH_KINDS",
    "TWENTIETH_ROUTINES",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "bears_on",
    "beside_a_clause",
    "build_twentieth",
    "dataset_rows",
    "refilled",
]
