"""The sixteenth held-out set of benchmarks/resolver.py (split "sixteenth", seeds
160-162).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the earlier sets: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_sixteenth_text.py``
or ``_resolver_sixteenth_labels.py``.

One home per seed (``_resolver_sixteenth_text.HOMES``: a lighthouse keeper's cottage
turned holiday let, a tattoo artist's flat above the studio, a multigenerational
household), each teaching 22 of its own routines with 23 of the generic pool; its other
routines and the near siblings of ``UNTAUGHT`` ("ring eilidh" beside "ring isla",
"checkout at eleven" beside "checkout at ten", "consultation at four" beside
"consultation at three", "feed nutkin" beside "feed nutmeg") are held out. It is built by
the shared generator of benchmarks/_resolver_blind.py from this set's words, which also
judges its heard transcripts (benchmarks/data/sixteenth_heard.json, made by
``benchmarks/_make_fifth_heard.py --split sixteenth``: spoken and decoded, never
resolved). Besides every kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind, and every kind one no earlier set has: a
  false start, interrupted by someone else's line, trailing off, a teenager's mumble,
  calling from another room, Scottish English, Nigerian English, London slang, a rhyme
  or sing-song, a sibling squabble, gloved up at work, a guest's first try, helping a
  grandparent, a sigh and shushing the room. The phrase is said exactly there, so a
  miss is the wrapper's;
- out of scope, eight kinds no earlier set has (:data:`NEW_OUT_OF_SCOPE`), things a
  household says about a routine or near its words without asking for it now: what it
  costs to run ("how much electricity does X use"), its words as somebody's nickname
  ("we call her X for a laugh"), a plan to do it together later ("tomorrow we'll X
  together"), a house rule ("no X after nine"), whether the assistant knows it ("have
  you heard of X"), a condition for later ("if it rains tomorrow, X"), another device
  having done it ("my phone did X an hour ago") and a dare ("i dare you to shout X at
  grandad"); beside the usual kinds (the thirteenth's and fourteenth's included) in new
  words; each said plainly and inside this set's wrappers (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
fourteenth's (a slot refilled; every slot refilled; two rows joined; a crowd row
refilled from Home Assistant's names; the two crowds crossed; one slot given a second
value joined by "and"; one slot corrected mid-request; one slot given a fallback with
"or else"): a dataset row said as it is, then asked again for another value of one of
its slots from the same source ("turn off the kitchen light, then the same for the
hallway"), as people repeat a request for a second thing. Sentences a dataset or
another split has are left out, the fourteenth's own cases included. Labels are guarded
in code (benchmarks/_resolver_sixteenth_labels.py) and in
tests/test_resolver_sixteenth_data.py.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import _resolver_blind as blind
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import _STOP, Home
from _resolver_eighth import FRAMES
from _resolver_ninth import dataset_rows
from _resolver_sixteenth_labels import LABELS
from _resolver_sixteenth_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    SIXTEENTH_ROUTINES,
    SWAPS,
    UNTAUGHT,
    WRAPPERS,
)

SEEDS = (160, 161, 162)
HEARD = Path(__file__).resolve().parent / "data" / "sixteenth_heard.json"
PLACES = {"annexe", "studio", "landing"}
DEVICES = {"foghorn", "keepercam", "glowrail", "autoclave", "inkcam", "stencilbot",
           "purifier", "stairlift", "grancam", "snugpod", "console"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lantern" of "lantern on" and "lantern room lights on",
"captions", "printer", "sign", "heating", "light"), where "turn on the lantern" would
be unclear rather than another request, nor ones a crowd's request would ask a taught
phrase's job of ("the hot tub", "the shutters", "the radio", "the kettle")."""
SAME_AGAIN = "{row}, then the same for {other}"
"""How a real request is asked again for a second value of one of its slots."""
NEW_OUT_OF_SCOPE = ("energy cost", "nickname", "plan together", "house rule",
                    "knowledge question", "conditional for later", "another device did it",
                    "dare")
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


def same_again(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said as it is, then asked again
    for another value of one of its slots from the same source ("turn off the kitchen
    light, then the same for the hallway"); the other value is said as the row says its
    own, after "the" where the row has "the" before the slot."""
    values = source_values()
    slots = [(row, i, others) for row in rows for i, (kind, own) in enumerate(zip(
        row[1], row[2], strict=True))
        for others in [[v for v in values.get((row[3], kind), ())
                        if v != own and v not in own and own not in v]] if others]
    while slots:
        (frame, _kinds, own, _source, _intent), i, others = rng.choice(slots)
        other = rng.choice(others)
        said = frame.format(*own).rstrip(" ?.!")
        the = re.search(r"\bthe\s*$", frame.split("{}")[i]) is not None
        yield SAME_AGAIN.format(row=said, other=f"the {other}" if the else other)


SET = BlindSet(
    name="sixteenth", seeds=SEEDS, salt=(9173, 61), homes=HOMES,
    routines=SIXTEENTH_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES,
    on_verbs=("heat the ", "light up the ", "light the "),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=same_again, swaps=SWAPS)
"""The sixteenth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("oya, undo feed nutmeg")."""
SIXTEENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
SIXTEENTH_KINDS = (*SIXTEENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the sixteenth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
SPOKEN_CARRIERS = SET.spoken_carriers
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them)."""


def build_sixteenth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                    per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A sixteenth-set home and its cases (with ``heard`` the transcripts of
    benchmarks/data/sixteenth_heard.json when it is there)."""
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
    "SIXTEENTH_IN_SCOPE",
    "SIXTEENTH_KINDS",
    "SIXTEENTH_ROUTINES",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "build_sixteenth",
]
