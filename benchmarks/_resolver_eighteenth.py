"""The eighteenth held-out set of benchmarks/resolver.py (split "eighteenth", seeds
180-182).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the earlier sets: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_eighteenth_text.py``
or ``_resolver_eighteenth_labels.py``.

One home per seed (``_resolver_eighteenth_text.HOMES``: a beekeeper's smallholding, the
wheelchair-accessible flat of a retired teacher who uses her voice for everything, a
busy family of six with twin toddlers), each teaching 22 of its own routines with 23 of
the generic pool; its other routines and the near siblings of ``UNTAUGHT`` ("ring
kieran" beside "ring piran", "heart tablets at nine" beside "heart tablets at eight", "feed banjo"
beside "feed bonzo", "barn lights off" beside "barn lights on") are held out. It is
built by the shared generator of benchmarks/_resolver_blind.py from this set's words.
It has no heard transcripts yet: benchmarks/data/eighteenth_heard.json was not made
(there was no time to speak and decode it in the session that wrote the set), and the
generator treats a missing file as no transcripts, so the set has no heard kinds until
``benchmarks/_make_fifth_heard.py`` learns a ``--split eighteenth``. Besides every kind
the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind, and every kind one no earlier set has:
  through a bee veil, hive talk, a toddler shouting over, mid nappy change, a teacher's
  classroom voice ("right, everyone, X"), "no dawdling", moving in a wheelchair, thanks
  in advance, the reason after "because", "i was wondering if you could X", "go ahead
  and X", "X when you get a sec" (meaning now, or nearly) and "X, there's a good
  assistant". The phrase is said exactly there, so a miss is the wrapper's;
- out of scope, six kinds no earlier set has (:data:`NEW_OUT_OF_SCOPE`), each about a
  routine without asking for it now: whether it is safe ("is X safe for the bees"), how
  to undo it ("how do i undo X"), what it would change ("what would X change"), said
  to a toddler as a word game ("can you say X, darling"), a complaint that it is too
  slow ("X takes ages") and asking to share it ("share X with my neighbour"), beside the
  usual kinds (the seventeenth's own included) in new words; each said plainly and inside
  this set's wrappers (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
seventeenth's (a slot refilled; every slot refilled; two rows joined; a crowd row
refilled from Home Assistant's names; the two crowds crossed; one slot given a second
value joined by "and"; one slot corrected mid-request; one slot given a fallback with
"or else"; another value of one slot ruled out at the end; asked again for another
value; a device pinned down by where it is): the thing put first, as a topic, a device
another source wrote, and then the row said of it with "it" or "them" in its device
slot ("the ceiling fan, turn it off", "the desk lamps, can you dim them"), as people
name a thing before they say what to do with it. Sentences a dataset or another split
has are left out, the sixteenth's and seventeenth's own cases included. Labels are
guarded in code (benchmarks/_resolver_eighteenth_labels.py) and in
tests/test_resolver_eighteenth_data.py.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

import _resolver_blind as blind
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighteenth_labels import LABELS
from _resolver_eighteenth_text import (
    EIGHTEENTH_ROUTINES,
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
from _resolver_eighth import FRAMES
from _resolver_fifteenth import source_values
from _resolver_ninth import dataset_rows
from _resolver_seventeenth import plain_name

SEEDS = (180, 181, 182)
HEARD = Path(__file__).resolve().parent / "data" / "eighteenth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
PLACES = {"apiary", "nursery", "playroom", "lounge", "polytunnel"}
DEVICES = {"hivecam", "extractor", "trough", "wheelchair", "worktop", "pendant", "dryer",
           "dishwasher", "oven", "quad"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lights" of "barn lights on" and "playroom lights on",
"door", "gate", "warmer", "camera", "lamp"), where "turn on the gate" would be unclear
rather than another request."""
DETERMINERS = ("the", "my", "our", "a", "an", "your", "all the", "all")
"""Words said before a device slot that go with it when "it" takes its place."""
AFTER_SLOT = {"in", "on", "off", "to", "up", "down", "please", "now", "for", "at", "right",
              "so", "and", "when", "until", "by", "from", "with", "if", "again",
              "immediately", "tonight", "back"}
"""Words that may follow a device slot once "it" takes its place ("turn the {} on":
"turn it on"); a slot followed by anything else ("the {} socket", "turn on {} lights")
names a part of a thing, and "it" cannot stand there."""
NOT_BEFORE = {"of", "to", "at", "in", "for", "with", "by", "from", "near", "into", "about"}
"""Words a slot may not follow once "it" takes its place ("the button of it")."""
NOT_A_TOPIC = {"every", "each", "some", "any", "both"}
"""First words of a value that cannot stand alone as a topic ("the every light")."""
NEW_OUT_OF_SCOPE = ("safety question", "undo question", "effect question",
                    "word game with a toddler", "too slow", "share with someone")
"""Out-of-scope kinds no earlier set has (each also said wrapped)."""
OWN_OUT_OF_SCOPE = (*USUAL_OWN_OUT_OF_SCOPE, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's and
fourteenth's first)."""


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the sixteenth's and
    seventeenth's sources (the fifteenth's and earlier ones included), and the
    out-of-scope cases of the sixteenth's and seventeenth's own homes."""
    from _resolver_seventeenth import SEEDS as SEVENTEENTH_SEEDS
    from _resolver_seventeenth import build_seventeenth
    from _resolver_seventeenth import used_texts as seventeenth_used
    from _resolver_sixteenth import SEEDS as SIXTEENTH_SEEDS
    from _resolver_sixteenth import build_sixteenth
    from _resolver_sixteenth import used_texts as sixteenth_used

    theirs = {norm(c.utterance) for seed in SIXTEENTH_SEEDS
              for c in build_sixteenth(seed, heard=False).cases if c.routine is None}
    theirs |= {norm(c.utterance) for seed in SEVENTEENTH_SEEDS
               for c in build_seventeenth(seed, heard=False).cases if c.routine is None}
    return frozenset(sixteenth_used() | seventeenth_used() | theirs)


def pronoun(value: str) -> str:
    """"them" for a plural device ("lights", "desk lamps"), "it" for one."""
    last = value.split()[-1]
    return "them" if last.endswith("s") and not last.endswith("ss") else "it"


def topic_first(frame: str, own: tuple[str, ...], i: int, other: str) -> str | None:
    """The row ``frame`` (its slots filled with ``own``) said of ``other``, put first
    as a topic, with "it" or "them" in slot ``i`` and the words before that slot that
    went with it ("the", "my") dropped: ("turn off the {}", "ceiling fan") -> "the
    ceiling fan, turn it off". None when "it" cannot stand in that slot (at the start,
    or before a word that makes the slot part of a thing)."""
    parts = frame.split("{}")
    before = parts[i].rstrip()
    for det in DETERMINERS:
        if before.lower() == det or before.lower().endswith(" " + det):
            before = before[: len(before) - len(det)].rstrip()
            break
    after = parts[i + 1]
    part_of_a_thing = after.strip() and (not after.startswith(" ")
                                         or after.split()[0].lower() not in AFTER_SLOT)
    if not before or before.split()[-1].lower() in NOT_BEFORE or part_of_a_thing:
        return None
    slots = [f"{before} {pronoun(other)}" if j == i else v for j, v in enumerate(own)]
    text = "".join(p + (slots[j] if j < len(slots) else "") for j, p in enumerate(
        [*parts[:i], "", *parts[i + 1:]]))
    text = re.sub(r"\b(on|off|up|down|out) (it|them)\b", r"\2 \1", text)
    return f"the {other}, {' '.join(text.split())}"


def with_the_thing_first(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a device another source wrote in a device slot
    put first, then a dataset row said of it with "it" or "them" in its device slot
    ("the ceiling fan, turn it off")."""
    values = source_values()
    slots = []
    for row in rows:
        kinds, own, source = row[1], row[2], row[3]
        others = sorted({v for (s, kind), vs in values.items() if s != source
                         and kind == "device" for v in vs if plain_name(v)
                         and v.split()[0] not in NOT_A_TOPIC
                         and not any(v in o or o in v for o in own)})
        for i, kind in enumerate(kinds):
            if kind == "device" and others and topic_first(row[0], own, i, others[0]):
                slots.append((row, i, others))
    while slots:
        (frame, _kinds, own, _source, _intent), i, others = rng.choice(slots)
        text = topic_first(frame, own, i, rng.choice(others))
        if text:
            yield text


SET = BlindSet(
    name="eighteenth", seeds=SEEDS, salt=(7919, 58), homes=HOMES,
    routines=EIGHTEENTH_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES, on_verbs=("warm up the ",),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=with_the_thing_first,
    swaps=SWAPS)
"""The eighteenth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said inside this set's wrappers ("through the veil, how do i undo
feed digory")."""
EIGHTEENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
EIGHTEENTH_KINDS = (*EIGHTEENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the eighteenth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers


def build_eighteenth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """An eighteenth-set home and its cases (``heard`` reads
    benchmarks/data/eighteenth_heard.json when it is there; it is not made yet)."""
    return blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "CARRIERS",
    "EIGHTEENTH_IN_SCOPE",
    "EIGHTEENTH_KINDS",
    "EIGHTEENTH_ROUTINES",
    "FRAMES",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "POOL",
    "SEEDS",
    "SET",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "build_eighteenth",
    "dataset_rows",
]
