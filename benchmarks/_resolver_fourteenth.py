"""The fourteenth held-out set of benchmarks/resolver.py (split "fourteenth", seeds
140-142).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the earlier sets: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_fourteenth_text.py``
or ``_resolver_fourteenth_labels.py``.

One home per seed (``_resolver_fourteenth_text.HOMES``: a vicarage, a fisherman's
harbour cottage, a flat above a chip shop), each teaching 22 of its own routines with
23 of the generic pool; its other routines and the near siblings of ``UNTAUGHT`` ("ring
malika" beside "ring malcolm", "service at eleven" beside "service at ten", "haul the
creels at five" beside "haul the creels at four", "feed samba" beside "feed simba") are
held out. It is built by the shared generator of benchmarks/_resolver_blind.py from
this set's words, which also judges its heard transcripts
(benchmarks/data/fourteenth_heard.json, made by ``benchmarks/_make_fifth_heard.py
--split fourteenth``: spoken and decoded, never resolved). Besides every kind the other
sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind, and every kind one no earlier set has: in
  a hurry, after a misunderstanding, a child in the room, a pet in the room, driving,
  mid-game, a Singlish particle, Indian English, South African English, Irish English,
  teen slang, a blessing or luck, an emoji read aloud, small talk about the weather, a
  favour promised and hands full. The phrase is said exactly there, so a miss is the
  wrapper's;
- out of scope, three kinds no earlier set has (:data:`NEW_OUT_OF_SCOPE`): an opinion
  ("i love X"), a reminder for later ("remind me to X tomorrow") and a permission
  question ("am i allowed to X"), beside the usual kinds (the thirteenth's contrast,
  hypothetical, complaint and near sibling included) in new words; each said plainly
  and inside this set's wrappers (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
thirteenth's (a slot refilled; every slot refilled; two rows joined; a crowd row
refilled from Home Assistant's names; the two crowds crossed; one slot given a second
value joined by "and"; one slot corrected mid-request): one slot of a dataset row said
with a fallback, the row's own value first and then "or else" another value of its
kind from the same source ("turn off the kitchen or else hallway light"), as people
offer a second choice. Sentences a dataset or another split has are left out, the
thirteenth's own cases included. Labels are guarded in code
(benchmarks/_resolver_fourteenth_labels.py) and in tests/test_resolver_fourteenth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import _resolver_blind as blind
from _resolver_blind import NEAR_SIBLING, BlindSet, Row, norm
from _resolver_data import _STOP, Home
from _resolver_eighth import FRAMES
from _resolver_fourteenth_labels import LABELS
from _resolver_fourteenth_text import (
    FOURTEENTH_ROUTINES,
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    SWAPS,
    UNTAUGHT,
    WRAPPERS,
)
from _resolver_ninth import dataset_rows

SEEDS = (140, 141, 142)
HEARD = Path(__file__).resolve().parent / "data" / "fourteenth_heard.json"
PLACES = {"vestry", "churchyard", "vicarage"}
DEVICES = {"chimebox", "organ", "bilge", "smokehouse", "immersion", "creelcam", "fryers",
           "spudmatic", "chippycam", "extractor", "tablet"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("stove" of "stove on" and "wood stove on", "grill",
"heater", "light", "hall"), where "turn on the stove" would be unclear rather than
another request, nor ones a crowd's request would ask a taught phrase's job of ("open
the shutters", "the fridge's temperature", "turn the boiler on", "the radio")."""
FALLBACK = "{own} or else {other}"
"""How a slot is given a fallback in a real request: the row's value, then another."""
NEW_OUT_OF_SCOPE = ("opinion", "reminder for later", "permission question")
"""Out-of-scope kinds no earlier set has (each also said wrapped)."""
OWN_OUT_OF_SCOPE = ("contrast", "hypothetical", "complaint", NEAR_SIBLING, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's four first)."""


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the thirteenth's
    sources (the twelfth's and earlier ones included), and the out-of-scope cases of the
    thirteenth's own homes."""
    from _resolver_thirteenth import SEEDS as THIRTEENTH_SEEDS
    from _resolver_thirteenth import build_thirteenth
    from _resolver_thirteenth import used_texts as thirteenth_used

    thirteenth = {norm(c.utterance) for seed in THIRTEENTH_SEEDS
                  for c in build_thirteenth(seed, heard=False).cases if c.routine is None}
    return frozenset(thirteenth_used() | thirteenth)


def source_values() -> dict[tuple[str, str], list[str]]:
    """(source, kind of slot) -> the values that source wrote in such slots."""
    values: dict[tuple[str, str], set[str]] = {}
    for _frame, kinds, own, source, _intent in dataset_rows():
        for kind, value in zip(kinds, own, strict=True):
            if set(value.split()) - _STOP:
                values.setdefault((source, kind), set()).add(value)
    return {k: sorted(v) for k, v in values.items()}


def with_fallback(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row with one slot said with its own
    value and then "or else" another value of its kind from the same source ("the
    kitchen or else hallway light"), every other slot as the row has it."""
    values = source_values()
    slots = [(row, i, others) for row in rows for i, (kind, own) in enumerate(zip(
        row[1], row[2], strict=True))
        for others in [[v for v in values.get((row[3], kind), ())
                        if v != own and v not in own and own not in v]] if others]
    while slots:
        (frame, _kinds, own, _source, _intent), i, others = rng.choice(slots)
        other = rng.choice(others)
        yield frame.format(*[FALLBACK.format(other=other, own=v) if j == i else v
                             for j, v in enumerate(own)])


SET = BlindSet(
    name="fourteenth", seeds=SEEDS, salt=(8467, 59), homes=HOMES,
    routines=FOURTEENTH_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES,
    on_verbs=("heat the ", "pull the ", "light the "),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=with_fallback, swaps=SWAPS)
"""The fourteenth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("bruh, undo feed simba")."""
FOURTEENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
FOURTEENTH_KINDS = (*FOURTEENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the fourteenth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
SPOKEN_CARRIERS = SET.spoken_carriers
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them)."""


def build_fourteenth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fourteenth-set home and its cases (with ``heard`` the transcripts of
    benchmarks/data/fourteenth_heard.json when it is there)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "CARRIERS",
    "FOURTEENTH_IN_SCOPE",
    "FOURTEENTH_KINDS",
    "FOURTEENTH_ROUTINES",
    "FRAMES",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "POOL",
    "SEEDS",
    "SET",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "build_fourteenth",
]
