"""The seventeenth held-out set of benchmarks/resolver.py (split "seventeenth", seeds
170-172).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the earlier sets: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_seventeenth_text.py``
or ``_resolver_seventeenth_labels.py``.

One home per seed (``_resolver_seventeenth_text.HOMES``: a village vet's house with the
surgery attached, a night-shift nurse's flat where she sleeps by day, a home recording
studio in a terraced house), each teaching 22 of its own routines with 23 of the
generic pool; its other routines and the near siblings of ``UNTAUGHT`` ("ring bethany"
beside "ring bethan", "wake me at five" beside "wake me at four", "feed iggy" beside
"feed ziggy", "booth lights off" beside "booth lights on") are held out. It is built by
the shared generator of benchmarks/_resolver_blind.py from this set's words, which also
judges its heard transcripts (benchmarks/data/seventeenth_heard.json, made by
``benchmarks/_make_fifth_heard.py --split seventeenth``: spoken and decoded, never
resolved). Besides every kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind, and every kind one no earlier set has:
  calming an animal ("steady, steady, X"), counting in ("five six seven eight, X"),
  over loud music, said twice for the noise ("X. X."), a nurse's handover talk, an
  "and"-chained run-on, "since you're up anyway", a question as a request ("any chance
  of X?"), the result wanted after ("X so i can see"), Welsh, Scots, Caribbean and
  Southern US English, hushed for a day sleeper, a studio's talkback and scrubbed in.
  The phrase is said exactly there, so a miss is the wrapper's;
- out of scope, seven kinds no earlier set has (:data:`NEW_OUT_OF_SCOPE`): a duration
  question ("how long does X take"), a disturbance question ("will X wake the baby"), a
  fault report ("last time i said X it did the wrong thing"), a walk-through request
  ("walk me through X"), a future wish ("one day X will make the tea too"), who used it
  ("who last used X") and a usage count ("how often do we X"), beside the usual kinds
  (the fifteenth's own included) in new words; each said plainly and inside this set's
  wrappers (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
fifteenth's (a slot refilled; every slot refilled; two rows joined; a crowd row
refilled from Home Assistant's names; the two crowds crossed; one slot given a second
value joined by "and"; one slot corrected mid-request; one slot given a fallback with
"or else"; another value of one slot ruled out at the end): a dataset row with a device
slot said as it is, then that device pinned down by where it is, with a place or
another device the same source wrote ("turn on the lamp, the one in the bedroom",
"switch off the lights, the one by the tv"), as people tell apart two things of one
name. Sentences a dataset or another split has are left out, the fifteenth's own cases
included. Labels are guarded in code (benchmarks/_resolver_seventeenth_labels.py) and in
tests/test_resolver_seventeenth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import _resolver_blind as blind
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fifteenth import source_values
from _resolver_ninth import dataset_rows
from _resolver_seventeenth_labels import LABELS
from _resolver_seventeenth_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    SEVENTEENTH_ROUTINES,
    SWAPS,
    UNTAUGHT,
    WRAPPERS,
)

SEEDS = (170, 171, 172)
HEARD = Path(__file__).resolve().parent / "data" / "seventeenth_heard.json"
PLACES = {"dispensary", "kennels", "rec"}
DEVICES = {"autoclave", "kennelcam", "answerphone", "horsebox", "doorbell", "radiator",
           "nightlight", "humidifier", "pedalboard", "monitors"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lights" of "booth lights on" and "surgery lights on",
"fan", "door", "ward", "room"), where "turn on the fan" would be unclear rather than
another request, nor ones a crowd's request would ask a taught phrase's job of ("turn
the slow cooker on", "the radio", "the car")."""
PINNED = {"place": "{request}, the one in {the}{other}",
          "device": "{request}, the one by {the}{other}"}
"""How a real request pins down the device of its slot: the whole row, then "the one"
and where it is, in a place or by another device ("the" before the other value when the
row said "the" before its device)."""
NEW_OUT_OF_SCOPE = ("duration question", "disturbance question", "fault report",
                    "walk-through request", "future wish", "who used it", "usage count")
"""Out-of-scope kinds no earlier set has (each also said wrapped)."""
OWN_OUT_OF_SCOPE = (*USUAL_OWN_OUT_OF_SCOPE, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's and
fourteenth's first)."""


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the fifteenth's
    sources (the fourteenth's and earlier ones included), and the out-of-scope cases of
    the fifteenth's own homes."""
    from _resolver_fifteenth import SEEDS as FIFTEENTH_SEEDS
    from _resolver_fifteenth import build_fifteenth
    from _resolver_fifteenth import used_texts as fifteenth_used

    fifteenth = {norm(c.utterance) for seed in FIFTEENTH_SEEDS
                 for c in build_fifteenth(seed, heard=False).cases if c.routine is None}
    return frozenset(fifteenth_used() | fifteenth)


def pinned(request: str, frame: str, i: int, kind: str, other: str) -> str:
    """``request`` (the row said as it is) with the device of its slot ``i`` pinned down
    by ``other``, a value of ``kind`` ("place" or "device"), "the" kept when the row
    said it before that slot."""
    before = frame.split("{}")[i].rstrip().lower()
    the = "the " if before.endswith(" the") or before == "the" else ""
    return PINNED[kind].format(request=request, the=the, other=other)


def plain_name(value: str) -> bool:
    """Whether a slot's value names a place or a thing plainly enough to tell another
    apart by ("bedroom", "plug socket"; not "right side of light", "my phone")."""
    toks = value.split()
    return 1 <= len(toks) <= 2 and not set(toks) & {"of", "my", "the", "a", "an", "your",
                                                    "this", "that", "all", "in", "on"}


def with_one_pinned_down(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row with a device slot as it is, then
    "the one in" a place or "the one by" another device, each a value the same source
    wrote in such a slot ("turn on the lamp, the one in the bedroom"); a row that names
    its place already is pinned only by a device."""
    values = source_values()
    slots = []
    for row in rows:
        kinds, own, source = row[1], row[2], row[3]
        for i, kind in enumerate(kinds):
            if kind != "device":
                continue
            for by in ("place", "device"):
                if by == "place" and "place" in kinds:
                    continue
                others = [v for v in values.get((source, by), ()) if plain_name(v)
                          and not any(v in o or o in v for o in own)]
                if others:
                    slots.append((row, i, by, others))
    while slots:
        (frame, _kinds, own, _source, _intent), i, by, others = rng.choice(slots)
        yield pinned(frame.format(*own), frame, i, by, rng.choice(others))


SET = BlindSet(
    name="seventeenth", seeds=SEEDS, salt=(6271, 43), homes=HOMES,
    routines=SEVENTEENTH_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES,
    on_verbs=("warm up the ", "defrost the "),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=with_one_pinned_down,
    swaps=SWAPS)
"""The seventeenth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("jings, walk me through feed
bryn")."""
SEVENTEENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
SEVENTEENTH_KINDS = (*SEVENTEENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the seventeenth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
SPOKEN_CARRIERS = SET.spoken_carriers
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them)."""


def build_seventeenth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A seventeenth-set home and its cases (with ``heard`` the transcripts of
    benchmarks/data/seventeenth_heard.json when it is there)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "CARRIERS",
    "FRAMES",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "POOL",
    "SEEDS",
    "SET",
    "SEVENTEENTH_IN_SCOPE",
    "SEVENTEENTH_KINDS",
    "SEVENTEENTH_ROUTINES",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "build_seventeenth",
    "dataset_rows",
]
