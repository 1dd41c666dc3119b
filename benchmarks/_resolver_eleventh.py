"""The eleventh held-out set of benchmarks/resolver.py (split "eleventh", seeds 110-112).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the tenth set: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_eleventh_text.py``
or ``_resolver_eleventh_labels.py``.

One home per seed (``_resolver_eleventh_text.HOMES``: a narrowboat on the canal, a
musician's home studio, a multilingual family's flat), each teaching 22 of its own
routines with 23 of the generic pool; its other routines and the near siblings of
``UNTAUGHT`` ("bilge pump off" beside "bilge pump on") are held out. It is built by the
shared generator of benchmarks/_resolver_blind.py from this set's words. Besides every
kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind: the earlier sets' kinds in words and
  frames none of them used, and new kinds: a rambling sentence, a child relaying a
  parent's request, hedging, a countdown, reading off a list, talk to a pet or a baby,
  thanks given first, enthusiasm, a stutter and code-switching. The phrase is said
  exactly there (a stutter breaks off its first sound before it), so a miss is the
  wrapper's. Noisy cases add this set's recogniser-style writing ("bilgepump",
  "humidifyer") and its own sound-alikes to the generated errors;
- out of scope, the same wrappers around every out-of-scope kind of issue 14
  (:data:`WRAPPED_OUT`), in this set's own templates;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's (a
slot refilled), the eighth's (every slot refilled across Home Assistant and the crowd),
the ninth's (two rows joined) and the tenth's (a crowd row refilled from Home
Assistant's names): the two crowds crossed, an HWU64 row with every place and device
slot refilled from SLURP's values of that kind and a SLURP row from HWU64's (one
crowd's sentence with the things another crowd named), leaving out any sentence a
dataset or another split has, the tenth's own cases included. Labels are guarded in
code (benchmarks/_resolver_eleventh_labels.py) and in
tests/test_resolver_eleventh_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import _resolver_blind as blind
from _resolver_blind import BlindSet, Row, norm
from _resolver_data import _STOP, Home
from _resolver_eighth import FRAMES
from _resolver_eleventh_labels import LABELS
from _resolver_eleventh_text import (
    ELEVENTH_ROUTINES,
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    UNTAUGHT,
    WRAPPERS,
)
from _resolver_ninth import dataset_rows

SEEDS = (110, 111, 112)
HEARD = Path(__file__).resolve().parent / "data" / "eleventh_heard.json"
PLACES = {"marina", "roof", "booth", "studio", "room", "balcony", "garage"}
DEVICES = {"stove", "genny", "generator", "horn", "monitors", "amp", "humidifier",
           "metronome", "loopzilla", "tunestar", "piano", "intercom", "kidscam", "dreamlite",
           "lift", "bilgebot", "solarsnap"}
"""Words of this set's phrases that name a place or a device (for the frames): not
the head nouns of two taught things ("pump" of "bilge pump" and "water pump", "light",
"fan", "radio"), where "start the pump" would be unclear rather than another request."""
CROWDS = ("hwu64", "slurp")


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the tenth's sources
    (the ninth's and earlier ones included), and the out-of-scope cases of the tenth's
    own homes."""
    from _resolver_tenth import SEEDS as TENTH_SEEDS
    from _resolver_tenth import build_tenth
    from _resolver_tenth import used_texts as tenth_used

    tenth = {norm(c.utterance) for seed in TENTH_SEEDS
             for c in build_tenth(seed, heard=False).cases if c.routine is None}
    return frozenset(tenth_used() | tenth)


def crowd_values() -> dict[tuple[str, str], list[str]]:
    """(crowd, kind of slot) -> the values that crowd wrote in such slots."""
    values: dict[tuple[str, str], set[str]] = {}
    for _frame, kinds, own, source, _intent in dataset_rows():
        if source in CROWDS:
            for kind, value in zip(kinds, own, strict=True):
                if set(value.split()) - _STOP:
                    values.setdefault((source, kind), set()).add(value)
    return {k: sorted(v) for k, v in values.items()}


def crossed(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a crowd-written row (HWU64 or SLURP) with
    every place and device slot refilled from the other crowd's values of its kind,
    none its own value."""
    values = crowd_values()
    other = {"hwu64": "slurp", "slurp": "hwu64"}
    crowd = [r for r in rows if r[3] in CROWDS
             and all(values.get((other[r[3]], k)) for k in r[1])]
    while crowd:
        frame, kinds, own, source, _intent = rng.choice(crowd)
        fill = [rng.choice(values[(other[source], k)]) for k in kinds]
        if not any(f == v for f, v in zip(fill, own, strict=True)):
            yield frame.format(*fill)


SET = BlindSet(
    name="eleventh", seeds=SEEDS, salt=(7919, 13), homes=HOMES, routines=ELEVENTH_ROUTINES,
    untaught=UNTAUGHT, wrappers=WRAPPERS, oos_wrappers=OOS_WRAPPERS,
    fragment_wrappers=FRAGMENT_NEW_WRAPPERS, kind_templates=KIND_TEMPLATES,
    near_miss_templates=NEAR_MISS_TEMPLATES, question_starts=QUESTION_STARTS,
    reason_clashes=REASON_CLASHES, names=NAMES, places=PLACES, devices=DEVICES,
    on_verbs=("light the ", "get the ", "start the ", "put the ", "warm up the "),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=crossed)
"""The eleventh set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("ugh, cancel bilge pump on")."""
ELEVENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
ELEVENTH_KINDS = (*ELEVENTH_IN_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the eleventh set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
SPOKEN_CARRIERS = SET.spoken_carriers
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them)."""


def build_eleventh(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                   per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """An eleventh-set home and its cases (with ``heard`` the transcripts of
    benchmarks/data/eleventh_heard.json when it is there)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


def wrap(template: str, phrase: str) -> str:
    return blind.wrap(template, phrase)


def fits(template: str, phrase: str) -> bool:
    return blind.fits(SET, template, phrase)


__all__ = [
    "CARRIERS",
    "ELEVENTH_IN_SCOPE",
    "ELEVENTH_KINDS",
    "ELEVENTH_ROUTINES",
    "FRAMES",
    "POOL",
    "SEEDS",
    "SET",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "build_eleventh",
]
