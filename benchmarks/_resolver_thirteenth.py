"""The thirteenth held-out set of benchmarks/resolver.py (split "thirteenth", seeds
130-132).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the earlier sets: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_thirteenth_text.py``
or ``_resolver_thirteenth_labels.py``.

One home per seed (``_resolver_thirteenth_text.HOMES``: a wheelchair user's bungalow, a
baker's flat above the bakery, a foster family's terrace), each teaching 22 of its own
routines with 23 of the generic pool; its other routines and the near siblings of
``UNTAUGHT`` ("ring farai" beside "ring tendai", "physio at three" beside "physio at
two", "feed the white starter" beside "feed the rye starter") are held out. It is built
by the shared generator of benchmarks/_resolver_blind.py from this set's words, which
also judges its heard transcripts (benchmarks/data/thirteenth_heard.json, made by
``benchmarks/_make_fifth_heard.py --split thirteenth``: spoken and decoded, never
resolved). Besides every kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind, and every kind one no earlier set has: an
  aside to someone on the phone, an aside to the room, narrating the job in hand, a
  greeting first, a sign-off, radio talk, typed shorthand, laughing, a cough or a
  sneeze, answering the assistant's prompt, apologising for the bother, asking again,
  sarcasm, coaxing, humming, praise first and old-fashioned address. The phrase is
  said exactly there, so a miss is the wrapper's;
- out of scope, four kinds no earlier set has (:data:`NEW_OUT_OF_SCOPE`): a contrast
  ("rather than X i'll sort it myself"), a hypothetical ("suppose i asked for X"), a
  complaint ("X takes forever") and a near sibling (a taught phrase with one name,
  number or thing said otherwise: "ring tamsin", "physio at six", "charge the
  scooter"), beside the usual kinds in new words; each said plainly and inside this
  set's wrappers (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
twelfth's (a slot refilled; every slot refilled; two rows joined; a crowd row refilled
from Home Assistant's names; the two crowds crossed; one slot given a second value
joined by "and"): one slot of a dataset row said first with another value of its kind
from the same source and then corrected to the row's own ("turn off the hallway,
sorry, i mean kitchen light"), as people correct themselves mid-request. Sentences a
dataset or another split has are left out, the twelfth's own cases included. Labels
are guarded in code (benchmarks/_resolver_thirteenth_labels.py) and in
tests/test_resolver_thirteenth_data.py.
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
from _resolver_ninth import dataset_rows
from _resolver_thirteenth_labels import LABELS
from _resolver_thirteenth_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    SWAPS,
    THIRTEENTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

SEEDS = (130, 131, 132)
HEARD = Path(__file__).resolve().parent / "data" / "thirteenth_heard.json"
PLACES = {"bakehouse", "hutch"}
DEVICES = {"hoist", "snugfloor", "intercom", "doughbot", "crumbcam", "console", "tidybot",
           "worktop", "wardrobe"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("mixer" of "mixer on" and "spiral mixer on", "door",
"light", "starter"), where "turn on the mixer" would be unclear rather than another
request, nor ones a crowd's request would ask a taught phrase's job of ("open the
shutter", "turn the oven on", "close the blinds", "the fridge's temperature", "light
the ramp")."""
CORRECTION = "{other}, sorry, i mean {own}"
"""How a slot is corrected in a real request: another value first, then the row's."""
NEW_OUT_OF_SCOPE = ("contrast", "hypothetical", "complaint", NEAR_SIBLING)
"""Out-of-scope kinds no earlier set has (each also said wrapped)."""


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the twelfth's sources
    (the eleventh's and earlier ones included), and the out-of-scope cases of the
    twelfth's own homes."""
    from _resolver_twelfth import SEEDS as TWELFTH_SEEDS
    from _resolver_twelfth import build_twelfth
    from _resolver_twelfth import used_texts as twelfth_used

    twelfth = {norm(c.utterance) for seed in TWELFTH_SEEDS
               for c in build_twelfth(seed, heard=False).cases if c.routine is None}
    return frozenset(twelfth_used() | twelfth)


def source_values() -> dict[tuple[str, str], list[str]]:
    """(source, kind of slot) -> the values that source wrote in such slots."""
    values: dict[tuple[str, str], set[str]] = {}
    for _frame, kinds, own, source, _intent in dataset_rows():
        for kind, value in zip(kinds, own, strict=True):
            if set(value.split()) - _STOP:
                values.setdefault((source, kind), set()).add(value)
    return {k: sorted(v) for k, v in values.items()}


def corrected(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row with one slot said first with
    another value of its kind from the same source and then corrected to the row's own
    ("the hallway, sorry, i mean kitchen light"), every other slot as the row has it."""
    values = source_values()
    slots = [(row, i, others) for row in rows for i, (kind, own) in enumerate(zip(
        row[1], row[2], strict=True))
        for others in [[v for v in values.get((row[3], kind), ())
                        if v != own and v not in own and own not in v]] if others]
    while slots:
        (frame, _kinds, own, _source, _intent), i, others = rng.choice(slots)
        other = rng.choice(others)
        yield frame.format(*[CORRECTION.format(other=other, own=v) if j == i else v
                             for j, v in enumerate(own)])


SET = BlindSet(
    name="thirteenth", seeds=SEEDS, salt=(7193, 41), homes=HOMES,
    routines=THIRTEENTH_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES,
    on_verbs=("charge the ", "open the ", "lower the ", "raise the ", "fire up the ",
              "warm up the ", "warm the ", "lock the "),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=corrected, swaps=SWAPS)
"""The thirteenth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("haha, abort feed pretzel")."""
THIRTEENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
THIRTEENTH_KINDS = (*THIRTEENTH_IN_SCOPE, *NEW_OUT_OF_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the thirteenth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
SPOKEN_CARRIERS = SET.spoken_carriers
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them)."""


def build_thirteenth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirteenth-set home and its cases (with ``heard`` the transcripts of
    benchmarks/data/thirteenth_heard.json when it is there)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "CARRIERS",
    "FRAMES",
    "NEW_OUT_OF_SCOPE",
    "POOL",
    "SEEDS",
    "SET",
    "THIRTEENTH_IN_SCOPE",
    "THIRTEENTH_KINDS",
    "THIRTEENTH_ROUTINES",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "build_thirteenth",
]
