"""The nineteenth held-out set of benchmarks/resolver.py (split "nineteenth", seeds
190-192).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the earlier sets: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_nineteenth_text.py``
or ``_resolver_nineteenth_labels.py``.

One home per seed (``_resolver_nineteenth_text.HOMES``: a young couple's city flat with
a newborn, a taxi driver's terraced house, a plumber's family semi with the van on the
drive), each teaching 22 of its own routines with 23 of the generic pool; its other
routines and the near siblings of ``UNTAUGHT`` ("ring corey" beside "ring rory",
"wake me at four for a feed" beside "wake me at three for a feed", "feed bramley" beside
"feed bramble", "patio lights off" beside "patio lights on") are held out. It is built
by the shared generator of benchmarks/_resolver_blind.py from this set's words. It has
no heard transcripts: benchmarks/data/nineteenth_heard.json was not made (there was no
time to speak and decode it in the session that wrote the set), and the generator
treats a missing file as no transcripts. Besides every kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind, and every kind one no earlier set has.
  Five say the phrase beside a clause of the speaker's own whose words could pass for
  a cue but do not bear on the request: an aside about the past ("sorry, i was miles
  away, X"), something else ruled out ("X, don't worry about the hall"), a question
  about something else ("X, where's my phone?"), the state of something else ("X, the
  baby's finally asleep") and a household reason ("X because we've got visitors"). The
  others are what ordinary people say every day: feeding the baby, a plumber under the
  sink, a cabbie just parked up, tired out, "i need you to X", quick as you can, while
  i remember, and answering someone in the room ("just a sec, sprog, X"). The phrase is
  said exactly there, so a miss is the wrapper's;
- out of scope, seven kinds no earlier set has (:data:`NEW_OUT_OF_SCOPE`), the
  counterparts of those clauses: the same kinds of clause pointing back at the routine
  ("X, we did it already", "X? did that run?", "X, not yet", "X was fun yesterday,
  wasn't it"), and a story, a complaint and a question each said in two clauses ("i
  said X and the whole flat went dark", "X, and it woke the baby again", "X, what does
  that actually do?"), beside the usual kinds in new words; each said plainly and inside
  this set's wrappers (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
eighteenth's: a crowd row with one device or place slot given a value another source
wrote, said beside one of this set's own clauses (an aside about the past, something
else ruled out, a question about something else, the state of something else, a
household reason), as a person says a real request with a clause of their own ("turn
off the desk lamp, where's my phone?"): a request for no taught routine, whatever the
clause beside it says. Sentences a dataset or another split has are left out, the
seventeenth's and eighteenth's own cases included. Labels are guarded in code
(benchmarks/_resolver_nineteenth_labels.py) and in tests/test_resolver_nineteenth_data.py.
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
from _resolver_nineteenth_labels import LABELS
from _resolver_nineteenth_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    NINETEENTH_ROUTINES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    SWAPS,
    UNTAUGHT,
    WRAPPERS,
)
from _resolver_ninth import dataset_rows
from _resolver_seventeenth import plain_name

SEEDS = (190, 191, 192)
HEARD = Path(__file__).resolve().parent / "data" / "nineteenth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
PLACES = {"nursery", "driveway", "patio"}
DEVICES = {"intercom", "dashcam", "boiler", "charger", "sensor"}
"""Words of this set's phrases that name a place or a device (for the frames): not a
thing a frame's verb would ask the very routine of ("turn on the steriliser" is "start
the steriliser", "turn on the immersion" is "immersion heater on", "turn off the
doorbell" is near enough "doorbell on silent"), nor the place of a taught light said
another way ("the lights in the hallway" beside "hallway lights on low")."""
ASIDE_KINDS = ("aside about the past", "something else ruled out",
               "question about something else", "state of something else",
               "household reason")
"""The kinds whose clause is the speaker's own, beside the request: the real requests
are said beside these clauses too."""
NEW_OUT_OF_SCOPE = ("already done", "did it run", "not yet", "looking back",
                    "story in two clauses", "complaint in two clauses",
                    "question in two clauses")
"""Out-of-scope kinds no earlier set has (each also said wrapped)."""
OWN_OUT_OF_SCOPE = (*USUAL_OWN_OUT_OF_SCOPE, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's and
fourteenth's first)."""
SLOTS = ("device", "place")
"""The slots a recombined row is given another source's value in."""


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the eighteenth's
    sources (the seventeenth's, sixteenth's and earlier ones included), and the
    out-of-scope cases of the eighteenth's own homes (the seventeenth's and sixteenth's
    are among its sources)."""
    from _resolver_eighteenth import SEEDS as EIGHTEENTH_SEEDS
    from _resolver_eighteenth import build_eighteenth
    from _resolver_eighteenth import used_texts as eighteenth_used

    theirs = {norm(c.utterance) for seed in EIGHTEENTH_SEEDS
              for c in build_eighteenth(seed, heard=False).cases if c.routine is None}
    return frozenset(eighteenth_used() | theirs)


def aside_templates() -> list[str]:
    """This set's in-scope templates whose clause is the speaker's own (sorted)."""
    return sorted(t for kind in ASIDE_KINDS for t in WRAPPERS[kind])


def refilled(frame: str, own: tuple[str, ...], i: int, other: str) -> str:
    """The row ``frame`` with its slots ``own``, ``other`` in slot ``i``."""
    return frame.format(*[other if j == i else v for j, v in enumerate(own)])


def with_an_aside(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row with one device or place slot
    given a value another source wrote in such a slot, said beside one of this set's
    own clauses that does not bear on it ("turn off the desk lamp, where's my phone?");
    never a refilled row that a dataset has as it is."""
    values = source_values()
    asides = aside_templates()
    originals = {norm(frame.format(*own)) for frame, _k, own, _s, _i in rows}
    slots = []
    for row in rows:
        kinds, own, source = row[1], row[2], row[3]
        for i, kind in enumerate(kinds):
            if kind not in SLOTS:
                continue
            others = sorted({v for (s, k), vs in values.items() if s != source and k == kind
                             for v in vs if plain_name(v)
                             and not any(v in o or o in v for o in own)})
            if others:
                slots.append((row, i, others))
    while slots:
        (frame, _kinds, own, _source, _intent), i, others = rng.choice(slots)
        text = refilled(frame, own, i, rng.choice(others))
        if norm(text) in originals:
            continue  # (another row says it as it is: not a refilled one)
        fitting = [t for t in asides if blind.fits(SET, t, text)]
        if fitting:
            yield blind.wrap(rng.choice(fitting), " ".join(text.split()))


SET = BlindSet(
    name="nineteenth", seeds=SEEDS, salt=(7933, 59), homes=HOMES,
    routines=NINETEENTH_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES, on_verbs=("warm up the ", "start the "),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=with_an_aside,
    swaps=SWAPS)
"""The nineteenth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("aha, ducky, feed waffle, not
yet")."""
NINETEENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
NINETEENTH_KINDS = (*NINETEENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the nineteenth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers


def build_nineteenth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A nineteenth-set home and its cases (``heard`` reads
    benchmarks/data/nineteenth_heard.json when it is there; it is not made)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASIDE_KINDS",
    "CARRIERS",
    "FRAMES",
    "NEW_OUT_OF_SCOPE",
    "NINETEENTH_IN_SCOPE",
    "NINETEENTH_KINDS",
    "NINETEENTH_ROUTINES",
    "OWN_OUT_OF_SCOPE",
    "POOL",
    "SEEDS",
    "SET",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "build_nineteenth",
    "dataset_rows",
]
