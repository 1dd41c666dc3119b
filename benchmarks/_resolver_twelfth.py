"""The twelfth held-out set of benchmarks/resolver.py (split "twelfth", seeds 120-122).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the eleventh set: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_twelfth_text.py``
or ``_resolver_twelfth_labels.py``.

One home per seed (``_resolver_twelfth_text.HOMES``: an older woman's room in a care
home, a vet's flat above the surgery, a beekeeper's cottage), each teaching 22 of its
own routines with 23 of the generic pool; its other routines and the near siblings of
``UNTAUGHT`` ("ring doreen" beside "ring maureen", "feed fudge" beside "feed smudge",
"how heavy is hive three" beside "how heavy is hive two") are held out. It is built by
the shared generator of benchmarks/_resolver_blind.py from this set's words, which also
judges its heard transcripts (benchmarks/data/twelfth_heard.json, made by
``benchmarks/_make_fifth_heard.py --split twelfth``: spoken and decoded, never
resolved). Besides every kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind: the earlier sets' kinds in words and
  frames none of them used, and new kinds of what people say to an assistant at home:
  out of breath, with a mouth full, the wake word said twice, an apology for shouting
  first, a count of the requests ("just the one: X"), showing it off to someone else
  ("watch this: X"), whispered, and testing whether it listens. The phrase is said
  exactly there, so a miss is the wrapper's. Noisy cases add this set's
  recogniser-style writing ("teatrolley", "theater") and its own sound-alikes to the
  generated errors;
- out of scope, the same wrappers around every out-of-scope kind of issue 14
  (:data:`WRAPPED_OUT`), in this set's own templates;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's (a
slot refilled), the eighth's (every slot refilled across Home Assistant and the crowd),
the ninth's (two rows joined), the tenth's (a crowd row refilled from Home Assistant's
names) and the eleventh's (the two crowds crossed): one slot of a crowd-written row
(HWU64 or SLURP) given a second value of its kind from the same crowd, joined by "and"
("turn off the kitchen and hallway light"), the row's own words and value kept, as
people ask for two places or two devices at once. Sentences a dataset or another split
has are left out, the eleventh's own cases included. Labels are guarded in code
(benchmarks/_resolver_twelfth_labels.py) and in tests/test_resolver_twelfth_data.py.
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
from _resolver_ninth import dataset_rows
from _resolver_twelfth_labels import LABELS
from _resolver_twelfth_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    TWELFTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

SEEDS = (120, 121, 122)
HEARD = Path(__file__).resolve().parent / "data" / "twelfth_heard.json"
PLACES = {"room", "lounge", "surgery", "kennel", "theatre", "ward", "greenhouse"}
DEVICES = {"wireless", "chattabox", "medipod", "autoclave", "drippa", "petlog", "extractor",
           "smoker", "hivemind", "buzzbox", "trolley"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lamp" of "reading lamp" and "bathroom lamp", "door",
"alarm"), where "turn on the lamp" would be unclear rather than another request, nor
ones a crowd's request would ask a taught phrase's job of ("dim the bathroom light"
when "bathroom lamp low" is taught, "the fridge's temperature", "open the window",
"the sprinklers in the orchard", "turn the camera on", "light the range")."""
CROWDS = ("hwu64", "slurp")


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the eleventh's sources
    (the tenth's and earlier ones included), and the out-of-scope cases of the
    eleventh's own homes."""
    from _resolver_eleventh import SEEDS as ELEVENTH_SEEDS
    from _resolver_eleventh import build_eleventh
    from _resolver_eleventh import used_texts as eleventh_used

    eleventh = {norm(c.utterance) for seed in ELEVENTH_SEEDS
                for c in build_eleventh(seed, heard=False).cases if c.routine is None}
    return frozenset(eleventh_used() | eleventh)


def crowd_values() -> dict[tuple[str, str], list[str]]:
    """(crowd, kind of slot) -> the values that crowd wrote in such slots."""
    values: dict[tuple[str, str], set[str]] = {}
    for _frame, kinds, own, source, _intent in dataset_rows():
        if source in CROWDS:
            for kind, value in zip(kinds, own, strict=True):
                if set(value.split()) - _STOP:
                    values.setdefault((source, kind), set()).add(value)
    return {k: sorted(v) for k, v in values.items()}


def doubled(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a crowd-written row (HWU64 or SLURP) with one
    slot given a second value of its kind from the same crowd ("kitchen and hallway"),
    its own value kept first and every other slot as the crowd wrote it."""
    values = crowd_values()
    crowd = [r for r in rows if r[3] in CROWDS]
    while crowd:
        frame, kinds, own, source, _intent = rng.choice(crowd)
        i = rng.randrange(len(kinds))
        other = rng.choice(values[(source, kinds[i])])
        if other == own[i] or other in own[i] or own[i] in other:
            continue
        yield frame.format(*[f"{v} and {other}" if j == i else v
                             for j, v in enumerate(own)])


SET = BlindSet(
    name="twelfth", seeds=SEEDS, salt=(6271, 29), homes=HOMES, routines=TWELFTH_ROUTINES,
    untaught=UNTAUGHT, wrappers=WRAPPERS, oos_wrappers=OOS_WRAPPERS,
    fragment_wrappers=FRAGMENT_NEW_WRAPPERS, kind_templates=KIND_TEMPLATES,
    near_miss_templates=NEAR_MISS_TEMPLATES, question_starts=QUESTION_STARTS,
    reason_clashes=REASON_CLASHES, names=NAMES, places=PLACES, devices=DEVICES,
    on_verbs=("light the ", "start the ", "put the ", "set the ", "open the "),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=doubled)
"""The twelfth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("phew, undo feed smudge")."""
TWELFTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
TWELFTH_KINDS = (*TWELFTH_IN_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the twelfth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
SPOKEN_CARRIERS = SET.spoken_carriers
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them)."""


def build_twelfth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                  per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twelfth-set home and its cases (with ``heard`` the transcripts of
    benchmarks/data/twelfth_heard.json when it is there)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "CARRIERS",
    "FRAMES",
    "POOL",
    "SEEDS",
    "SET",
    "TWELFTH_IN_SCOPE",
    "TWELFTH_KINDS",
    "TWELFTH_ROUTINES",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "build_twelfth",
]
