"""The tenth held-out set of benchmarks/resolver.py (split "tenth", seeds 90-92).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the ninth set: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_tenth_text.py``
or ``_resolver_tenth_labels.py``.

One home per seed (``_resolver_tenth_text.HOMES``: a night-shift nurse's bedsit, a
holiday let whose guests do not know the house, a pottery studio in a converted barn
with a kiln and a dog), each teaching 22 of its own routines with 23 of the generic
pool; its other routines and the near siblings of ``UNTAUGHT`` ("biscuit firing"
beside "biscuit's dinner") are held out. Besides every kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind: the kinds earlier sets had in words and
  frames none of them used, and new kinds: the phrase inside a sentence about the
  person's plans, a phone's dictation artefacts, words of other languages,
  exasperation, another dialect's question tag, a non-native speaker's phrasing and
  the device's own name. The phrase is said exactly there, so a miss is the wrapper's.
  Noisy cases add this set's recogniser-style writing ("hottub", "put kettle on",
  "neighbors") and its own sound-alikes to the generated errors;
- out of scope, the same wrappers around every out-of-scope kind of issue 14
  (:data:`WRAPPED_OUT`), in this set's own templates;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's (a
slot refilled), the eighth's (every slot refilled from the other crowd-written
source) and the ninth's (two rows joined): one HWU64 or SLURP row with every place and
device slot refilled from Home Assistant's areas and names (the words of a real home
assistant's entities in a crowd's sentence), leaving out any sentence a dataset or
another split has, the ninth's own cases included. Labels are guarded in code
(benchmarks/_resolver_tenth_labels.py) and in tests/test_resolver_tenth_data.py.

The generator this set was first built with became the shared one of
benchmarks/_resolver_blind.py; the set is now its description (:data:`SET`), and
tests/test_resolver_sets_unchanged.py proves it builds the very cases it did.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import _resolver_blind as blind
from _resolver_blind import BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_eighth_labels import words
from _resolver_ninth import dataset_rows
from _resolver_tenth_labels import LABELS
from _resolver_tenth_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    TENTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

SEEDS = (90, 91, 92)
HEARD = Path(__file__).resolve().parent / "data" / "tenth_heard.json"
PLACES = {"kitchenette", "ward", "station", "patio", "studio", "field", "yard", "barn",
          "bedsit"}
DEVICES = {"kettle", "airer", "snoozebox", "glowbug", "blanket", "heater", "hot tub",
           "log burner", "boiler", "keysafe", "telly", "grill", "smartlok", "brewmaster",
           "dishwasher", "lanterns", "kiln", "wheel", "pug mill", "extractor",
           "dehumidifier", "radio", "pawcam", "kilnwatch", "gate"}
"""Words of this set's phrases that name a place or a device (for the frames)."""
ON_VERBS = ("light the ", "fire up the ", "run the ", "put the ", "start the ")
"""How a taught phrase may say "switch it on" ("light the log burner": "log burner on")."""


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the ninth's sources
    (the eighth's and seventh's included), and the out-of-scope cases of the ninth's
    own homes."""
    from _resolver_ninth import SEEDS as NINTH_SEEDS
    from _resolver_ninth import build_ninth
    from _resolver_ninth import used_texts as ninth_used

    ninth = {norm(c.utterance) for seed in NINTH_SEEDS
             for c in build_ninth(seed, heard=False).cases if c.routine is None}
    return frozenset(ninth_used() | ninth)


def ha_values() -> dict[str, list[str]]:
    """Home Assistant's own area and entity names (its test sentences'), by the kind of
    word they are: what a real home assistant's entities are called."""
    from _resolver_data import _STOP

    values: dict[str, set[str]] = {}
    for _frame, kinds, own, source, _intent in dataset_rows():
        if source == "ha":
            for kind, value in zip(kinds, own, strict=True):
                if set(words(value)) - _STOP:  # ("all" names nothing)
                    values.setdefault(kind, set()).add(value)
    return {k: sorted(v) for k, v in values.items()}


def ha_refilled(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: an HWU64 or SLURP row with every slot refilled
    from Home Assistant's areas and names, none with its own value."""
    values = ha_values()
    crowd = [r for r in rows if r[3] in ("hwu64", "slurp") and all(values.get(k) for k in r[1])]
    while crowd:
        frame, kinds, own, _source, _intent = rng.choice(crowd)
        fill = [rng.choice(values[k]) for k in kinds]
        if not any(f == v for f, v in zip(fill, own, strict=True)):
            yield frame.format(*fill)


SET = BlindSet(
    name="tenth", seeds=SEEDS, salt=(6271, 11), homes=HOMES, routines=TENTH_ROUTINES,
    untaught=UNTAUGHT, wrappers=WRAPPERS, oos_wrappers=OOS_WRAPPERS,
    fragment_wrappers=FRAGMENT_NEW_WRAPPERS, kind_templates=KIND_TEMPLATES,
    near_miss_templates=NEAR_MISS_TEMPLATES, question_starts=QUESTION_STARTS,
    reason_clashes=REASON_CLASHES, names=NAMES, places=PLACES, devices=DEVICES,
    on_verbs=ON_VERBS, labels=LABELS, heard=HEARD, used_texts=used_texts,
    recombine=ha_refilled)
"""The tenth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("argh, stop the kiln")."""
TENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
TENTH_KINDS = (*TENTH_IN_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the tenth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
"""The wrappers that say the phrase once, as it is taught."""
SPOKEN_CARRIERS = SET.spoken_carriers
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them at
random: none with a reason or plan that could contradict the phrase)."""


def build_tenth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A tenth-set home and its cases (with ``heard`` the transcripts of
    benchmarks/data/tenth_heard.json when it is there)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = ["CARRIERS", "FRAMES", "POOL", "SEEDS", "SET", "TENTH_IN_SCOPE", "TENTH_KINDS",
           "WRAPPED_KINDS", "WRAPPED_OUT", "build_tenth"]
