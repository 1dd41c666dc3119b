"""The eighth held-out set of benchmarks/resolver.py (split "eighth", seeds 70-72).

Written blind in one session of issue 14, while another engineer tuned the resolver:
its author never ran the resolver on it, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_eighth_text.py`` or
``_resolver_eighth_labels.py``.

One home per seed (``_resolver_eighth_text.HOMES``: a retired couple with hearing aids
and a caravan, a teenager's gaming den beside a family kitchen, a small bed and
breakfast), each teaching 22 of its own routines with 23 of the generic pool; its other
routines and the near siblings of ``UNTAUGHT`` are held out. Besides every kind the
other sets report:

- in scope, every taught phrase said once inside each kind of wrapper the sixth and
  seventh sets lack (:data:`WRAPPED_KINDS`: nicknames for the assistant, discourse
  markers, politeness, time words, self-corrections, the phrase asked as a question,
  and these mixed), reported per kind; the phrase is said exactly there, so a miss is
  the wrapper's. Noisy cases add fast speech (dropped letters: "carvan", "de
  lights") to the generated errors, and this set's own sound-alikes;
- out of scope, the same wrappers around fragments, negations, cancellations,
  different requests and held-out siblings (:data:`WRAPPED_OUT`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds are those datasets' rows recombined another way than the
seventh's: every place and device slot of a row refilled at once, with values of the
other source (Home Assistant's areas and names in HWU64's and SLURP's rows, theirs in
Home Assistant's), leaving out any sentence another split uses, the seventh's own
recombinations included. Labels are guarded in code (tests/test_resolver_eighth_data.py).
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

import _resolver_eighth_labels
import _resolver_eighth_text
from _resolver_data import (
    _STOP,
    AMBIGUOUS,
    DATASETS,
    ROUTINES,
    Home,
    _read_jsonl,
)
from _resolver_early import EarlySet, build
from _resolver_eighth_labels import (
    Taught,
    canon,
    content,
    fast,
    words,
)
from _resolver_eighth_text import (
    EIGHTH_ROUTINES,
    FRAGMENT_WRAPPERS,
    HOMES,
    NAMES,
    UNTAUGHT,
    WRAPPERS,
)

N_OWN = 22
"""Routines of a home drawn from its own pool; the rest come from the generic one."""
SEEDS = (70, 71, 72)
WRAPPED_KINDS = {kind: f"wrapped phrase: {kind}" for kind in WRAPPERS}
"""In-scope kinds: a taught phrase said exactly inside one kind of new wrapper."""
EIGHTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
CARRIERS = [w for kind in ("vocative", "discourse marker", "politeness", "time word",
                           "question", "mixed") for w in WRAPPERS[kind]]
"""The new wrappers that take the phrase once (for the spoken phrases)."""
WRAPPED_OUT = {kind: f"{kind}, wrapped" for kind in (
    "fragment", "negation", "cancellation", "different request", "held-out routine")}
"""Out-of-scope kinds said inside the new wrappers ("mate, don't bother with {p}")."""
FRAMES = "different request (dataset frames)"
EIGHTH_KINDS = (*EIGHTH_IN_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the eighth set beyond the generic ones (the first seven in scope)."""
POOL = {**ROUTINES, **{r: ps for home in EIGHTH_ROUTINES.values() for r, ps in home.items()}}
SLOTS = {"device_type": "device", "house_place": "place", "area": "place", "name": "device"}
"""Dataset slots a frame may refill, and which kind of word goes in them."""
PLACES = {"caravan", "church", "lawn", "corner", "den", "kitchen", "fridge", "oven",
          "table", "garden room", "lounge", "conservatory", "car park", "drive", "coop",
          "room", "gate", "hill", "door"}
DEVICES = {"hearing aids", "charger", "subtitles", "heater", "caravan heater", "glasses light",
           "recliner", "heat pad", "pill box", "sprinkler", "scooter", "radio", "keyboard",
           "controller", "headset", "busy light", "door sign", "air fryer", "dishwasher",
           "neon sign", "pc fan", "pc", "towel rails", "hot tub", "fairy lights",
           "vacancies sign", "car park lights", "game", "bell", "wifi"}
"""Words of this set's phrases that name a place or a device (for the frames)."""


def taught_routines(seed: int, n_routines: int = 45) -> tuple[str, list[str], list[str],
                                                             random.Random]:
    """(home, taught, held out) of an eighth home and the seed's generator."""
    home = HOMES[seed]
    rng = random.Random(seed * 6151 + 11)
    own, generic = sorted(EIGHTH_ROUTINES[home]), sorted(ROUTINES)
    rng.shuffle(own)
    rng.shuffle(generic)
    n_generic = n_routines - N_OWN
    return (home, own[:N_OWN] + generic[:n_generic],
            own[N_OWN:] + generic[n_generic:] + sorted(UNTAUGHT[home]), rng)


def wrap(template: str, phrase: str) -> str:
    """``phrase`` in a wrapper; a self-correction says its first words before it."""
    toks = phrase.split()
    return template.format(phrase, p=phrase, h=" ".join(toks[: max(1, len(toks) // 2)]))


def _fits(template: str, phrase: str) -> bool:
    return "{h}" not in template or len(phrase.split()) >= 2


def _norm(text: str) -> str:
    return " ".join(words(text))


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the seventh's
    sources, and the real requests of the seventh's own homes."""
    from _resolver_seventh import SEEDS as SEVENTH_SEEDS
    from _resolver_seventh import build_seventh
    from _resolver_seventh import used_texts as seventh_used

    seventh = {_norm(c.utterance) for seed in SEVENTH_SEEDS
               for c in build_seventh(seed, heard=False).cases if c.routine is None}
    return frozenset(seventh_used() | seventh)


def dataset_rows() -> list[tuple[str, tuple[str, ...], tuple[str, ...], str]]:
    """(sentence with ``{}`` for each place or device slot, the kinds of word they take,
    their own values, source) from HWU64's and SLURP's annotations and Home
    Assistant's test sentences (areas and names of things switched, set or measured;
    never its state questions, media, lists or timers, which other kinds use)."""
    rows: set[tuple[str, tuple[str, ...], tuple[str, ...], str]] = set()
    for rel in ("hwu64_iot/hwu64_iot.jsonl", "slurp_iot/slurp_iot.jsonl"):
        path = DATASETS / rel
        for row in _read_jsonl(path) if path.exists() else []:
            text = row.get("annotation", "")
            spans = [s for s in re.finditer(r"\[(\w+) : ([^\]]+)\]", text)]
            kinds, values = [], []
            for span in reversed(spans):
                keep = span.group(1) in SLOTS
                fill = "{}" if keep else span.group(2)
                text = text[:span.start()] + fill + text[span.end():]
                if keep:
                    kinds.insert(0, SLOTS[span.group(1)])
                    values.insert(0, span.group(2).lower().strip())
            if kinds and "{" not in text.replace("{}", ""):
                rows.add((text.lower(), tuple(kinds), tuple(values), "crowd"))
    path = DATASETS / "ha_intents_en" / "ha_intents_en_tests.jsonl"
    for row in _read_jsonl(path) if path.exists() else []:
        if row["intent"] not in ("HassTurnOn", "HassTurnOff", "HassLightSet",
                                 "HassClimateGetTemperature", "HassClimateSetTemperature",
                                 "HassSetPosition", "HassSetVolume"):
            continue
        text = row["text"].lower()
        kinds, values = [], []
        for slot, value in sorted((row.get("slots") or {}).items(),
                                  key=lambda kv: text.find(str(kv[1]).lower())):
            if slot in ("area", "name") and isinstance(value, str) \
                    and f" {value.lower()}" in f" {text}" and "{" not in text:
                text = text.replace(value.lower(), "{}", 1)
                kinds.append(SLOTS[slot])
                values.append(value.lower())
        if kinds and text.count("{}") == len(kinds) \
                and [w for w in words(text) if w not in _STOP]:
            rows.add((text, tuple(kinds), tuple(values), "ha"))
    return sorted(rows)


def build_eighth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                 per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """An eighth-set home and its cases (every kind of ``build_home`` and
    :data:`EIGHTH_KINDS`, and with ``heard`` the fifth set's heard kinds from
    benchmarks/data/eighth_heard.json when it is there)."""
    return build(EARLY, seed, n_routines=n_routines, per_phrase=per_phrase,
                 per_kind=per_kind, n_real=n_real, heard=heard)


def _kind_of(text: str, taught: Taught, home_words: set[str]) -> str:
    if taught.holds_phrase(text):
        return AMBIGUOUS  # says a whole taught phrase: the routine may be meant
    return "real request, shares a word" if content(text) & home_words else "real request"


def _add_dataset_rows(phrases, taught: Taught, rng: random.Random, add_out, per_kind: int,
                      n_real: int) -> None:
    """The dataset rows: one slot holding a word of a taught phrase (:data:`FRAMES`),
    and every slot refilled with the other source's values (the real request kinds)."""
    rows = dataset_rows()
    if not rows:
        return
    used = used_texts()
    home_words = set().union(*taught.contents) - _STOP
    said = " " + " ".join(p for p, _ in phrases) + " "
    mine = {"place": sorted(w for w in PLACES if f" {w} " in said),
            "device": sorted(w for w in DEVICES if f" {w} " in said)}
    made = 0
    for _ in range(per_kind * 20):
        if made >= per_kind:
            break
        frame, kinds, own, _source = rng.choice(rows)
        i = rng.randrange(len(kinds))
        if not mine[kinds[i]]:
            continue
        word = rng.choice(mine[kinds[i]])
        text = frame.format(*[word if j == i else v for j, v in enumerate(own)])
        if _norm(text) in used:
            continue
        # ("switch on the dishwasher" asks for "dishwasher on")
        says = taught.holds_phrase(text) or taught.holds_phrase(f"{word} on") \
            or taught.holds_phrase(f"{word} off")
        kind = AMBIGUOUS if says else FRAMES
        made += add_out(text, kind) and kind == FRAMES
    values: dict[tuple[str, str], set[str]] = {}
    for _frame, kinds, own, source in rows:
        for kind, value in zip(kinds, own, strict=True):
            values.setdefault((source, kind), set()).add(value)
    pools = {key: sorted(v) for key, v in values.items()}
    other = {"crowd": "ha", "ha": "crowd"}
    seen: set[str] = set()
    made = 0
    for _ in range(n_real * 20):
        if made >= n_real:
            break
        frame, kinds, own, source = rng.choice(rows)
        fill = [rng.choice(pools.get((other[source], k)) or [v]) for k, v in
                zip(kinds, own, strict=True)]
        if any(f == v for f, v in zip(fill, own, strict=True)):
            continue
        text = frame.format(*fill)
        if _norm(text) in used or text in seen:
            continue
        seen.add(text)
        made += add_out(text, _kind_of(text, taught, home_words))


EARLY = EarlySet(taught_routines, POOL, _resolver_eighth_labels, _resolver_eighth_text,
                 wrap, _fits, [w for ws in WRAPPERS.values() for w in ws],
                 WRAPPED_KINDS, WRAPPED_OUT, FRAGMENT_WRAPPERS, _add_dataset_rows,
                 "_resolver_eighth_heard",
                 not_near_miss=frozenset(NAMES), speech=fast)
"""What the eighth set builds its homes with (benchmarks/_resolver_early.py)."""


__all__ = ["CARRIERS", "EIGHTH_IN_SCOPE", "EIGHTH_KINDS", "FRAMES", "NAMES", "POOL", "SEEDS",
           "WRAPPED_KINDS", "WRAPPED_OUT", "build_eighth", "canon"]
