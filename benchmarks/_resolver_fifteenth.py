"""The fifteenth held-out set of benchmarks/resolver.py (split "fifteenth", seeds
150-152).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the earlier sets: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_fifteenth_text.py``
or ``_resolver_fifteenth_labels.py``.

One home per seed (``_resolver_fifteenth_text.HOMES``: a farmhouse bed-and-breakfast, a
student house share of five, a retired couple's narrowboat), each teaching 22 of its
own routines with 23 of the generic pool; its other routines and the near siblings of
``UNTAUGHT`` ("ring thomas" beside "ring tomos", "checkout at eleven" beside "checkout
at ten", "seminar at three" beside "seminar at two", "feed izzy" beside "feed dizzy")
are held out. It is built by the shared generator of benchmarks/_resolver_blind.py from
this set's words, which also judges its heard transcripts
(benchmarks/data/fifteenth_heard.json, made by ``benchmarks/_make_fifth_heard.py
--split fifteenth``: spoken and decoded, never resolved). Besides every kind the other
sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind, and every kind one no earlier set has: a
  toast, a sportscaster's voice, a Welsh greeting, a Spanish greeting, an announcement
  to the whole house, a pirate voice, a posh voice, mock Shakespeare, mid-exercise, on
  a video call, hiccups, Australian English, a Yiddish exclamation, playground talk,
  magic words and a starship captain. The phrase is said exactly there, so a miss is
  the wrapper's;
- out of scope, seven kinds no earlier set has (:data:`NEW_OUT_OF_SCOPE`): a comparison
  ("is X better than doing it by hand"), a bet ("i bet X won't work"), another home
  ("at gran's they X every night"), a rhetorical question ("who even needs X"), a
  negated wish ("i wish we didn't need X"), explaining the words ("you just say X and
  it goes") and a running cost ("how much does X cost to run"), beside the usual kinds
  (the fourteenth's opinion, reminder and permission question, and the thirteenth's
  contrast, hypothetical, complaint and near sibling included) in new words; each said
  plainly and inside this set's wrappers (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
fourteenth's (a slot refilled; every slot refilled; two rows joined; a crowd row
refilled from Home Assistant's names; the two crowds crossed; one slot given a second
value joined by "and"; one slot corrected mid-request; one slot given a fallback with
"or else"): a dataset row said as it is, then another value of one slot's kind from the
same source ruled out at the end ("turn off the kitchen light, not the hallway"), as
people head off a likely mistake. Sentences a dataset or another split has are left
out, the fourteenth's own cases included. Labels are guarded in code
(benchmarks/_resolver_fifteenth_labels.py) and in tests/test_resolver_fifteenth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import _resolver_blind as blind
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import _STOP, Home
from _resolver_eighth import FRAMES
from _resolver_fifteenth_labels import LABELS
from _resolver_fifteenth_text import (
    FIFTEENTH_ROUTINES,
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

SEEDS = (150, 151, 152)
HEARD = Path(__file__).resolve().parent / "data" / "fifteenth_heard.json"
PLACES = {"dovecote", "lounge", "towpath", "junction"}
DEVICES = {"rayburn", "lambcam", "quad", "nuggetcam", "router", "dehumidifier", "boatcam",
           "cassette"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lights" of "cabin lights on" and "festoon lights on",
"heater", "camera", "level", "room"), where "turn on the camera" would be unclear rather
than another request, nor ones a crowd's request would ask a taught phrase's job of
("turn the projector on", "turn on the console", "the oven", "the radio", "the
horn")."""
RULED_OUT = "{request}, not {the}{other}"
"""How a real request rules out another value of one of its slots: the whole row, then
"not" and the other value (with "the" when the row said "the" before the slot)."""
NEW_OUT_OF_SCOPE = ("comparison", "bet", "another home", "rhetorical question",
                    "negated wish", "explaining the words", "running cost")
"""Out-of-scope kinds no earlier set has (each also said wrapped)."""
OWN_OUT_OF_SCOPE = (*USUAL_OWN_OUT_OF_SCOPE, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's and
fourteenth's first)."""


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the fourteenth's
    sources (the thirteenth's and earlier ones included), and the out-of-scope cases of
    the fourteenth's own homes."""
    from _resolver_fourteenth import SEEDS as FOURTEENTH_SEEDS
    from _resolver_fourteenth import build_fourteenth
    from _resolver_fourteenth import used_texts as fourteenth_used

    fourteenth = {norm(c.utterance) for seed in FOURTEENTH_SEEDS
                  for c in build_fourteenth(seed, heard=False).cases if c.routine is None}
    return frozenset(fourteenth_used() | fourteenth)


def source_values() -> dict[tuple[str, str], list[str]]:
    """(source, kind of slot) -> the values that source wrote in such slots."""
    values: dict[tuple[str, str], set[str]] = {}
    for _frame, kinds, own, source, _intent in dataset_rows():
        for kind, value in zip(kinds, own, strict=True):
            if set(value.split()) - _STOP:
                values.setdefault((source, kind), set()).add(value)
    return {k: sorted(v) for k, v in values.items()}


def ruled_out(request: str, frame: str, i: int, other: str) -> str:
    """``request`` (the row said as it is) with the value ``other`` of its slot ``i``
    ruled out at the end, "the" kept when the row said it before that slot."""
    before = frame.split("{}")[i].rstrip().lower()
    the = "the " if before.endswith(" the") or before == "the" else ""
    return RULED_OUT.format(request=request, the=the, other=other)


def with_one_ruled_out(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row as it is, then "not" and another
    value of one slot's kind from the same source ("turn off the kitchen light, not the
    hallway")."""
    values = source_values()
    slots = [(row, i, others) for row in rows for i, (kind, own) in enumerate(zip(
        row[1], row[2], strict=True))
        for others in [[v for v in values.get((row[3], kind), ())
                        if v != own and v not in own and own not in v]] if others]
    while slots:
        (frame, _kinds, own, _source, _intent), i, others = rng.choice(slots)
        yield ruled_out(frame.format(*own), frame, i, rng.choice(others))


SET = BlindSet(
    name="fifteenth", seeds=SEEDS, salt=(8923, 71), homes=HOMES,
    routines=FIFTEENTH_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES,
    on_verbs=("warm the ", "preheat the "),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=with_one_ruled_out,
    swaps=SWAPS)
"""The fifteenth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("arr, i bet feed meg won't work")."""
FIFTEENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
FIFTEENTH_KINDS = (*FIFTEENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the fifteenth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
SPOKEN_CARRIERS = SET.spoken_carriers
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them)."""


def build_fifteenth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                    per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifteenth-set home and its cases (with ``heard`` the transcripts of
    benchmarks/data/fifteenth_heard.json when it is there)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "CARRIERS",
    "FIFTEENTH_IN_SCOPE",
    "FIFTEENTH_KINDS",
    "FIFTEENTH_ROUTINES",
    "FRAMES",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "POOL",
    "SEEDS",
    "SET",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "build_fifteenth",
]
