"""The seventh held-out set of benchmarks/resolver.py (split "seventh", seeds 60-62).

Written blind in one session of issue 14, while another engineer tuned the resolver:
its author never ran the resolver on it, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_seventh_text.py`` or
``_resolver_seventh_labels.py``.

One home per seed (``_resolver_seventh_text.HOMES``: a farmhouse, a flat shared by
nurses on shifts, a couple with a home cinema and a greenhouse), each teaching 22 of
its own routines with 23 of the generic pool; its other routines and the near
siblings of ``UNTAUGHT`` are held out. Besides every kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper the other sets
  lack (:data:`WRAPPED_KINDS`: a name for the assistant, hesitations, politeness of
  other kinds of English, a restart or a repeat, and these mixed), reported per kind;
  the phrase is said exactly there, so a miss is the wrapper's;
- out of scope, the same wrappers around fragments, negations, cancellations,
  different requests and held-out siblings (:data:`WRAPPED_OUT`), so a rule that
  strips them is tested for false accepts too;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot
  ("vacuum the greenhouse", "turn off the lights in the barn").

Its "real request" kinds are those datasets' rows with the place or device slot
filled with another value the datasets use for it ("clean the garage" from "clean
the flat"): every row's own text is used by some other split, so these recombined
rows are the sentences no other split uses (any that another split has are left
out). Labels are guarded in code (tests/test_resolver_seventh_data.py).
"""

from __future__ import annotations

import random
import re

import _resolver_seventh_labels
import _resolver_seventh_text
from _resolver_data import (
    _STOP,
    AMBIGUOUS,
    DATASETS,
    ROUTINES,
    Home,
    _read_jsonl,
    real_out_of_scope,
)
from _resolver_early import EarlySet, build
from _resolver_seventh_labels import (
    Taught,
    canon,
    content,
    words,
)
from _resolver_seventh_text import (
    FRAGMENT_WRAPPERS,
    HOMES,
    NAMES,
    SEVENTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

N_OWN = 22
"""Routines of a home drawn from its own pool; the rest come from the generic one."""
SEEDS = (60, 61, 62)
WRAPPED_KINDS = {kind: f"wrapped phrase: {kind}" for kind in WRAPPERS}
CARRIERS = [w for kind in ("vocative", "hesitation", "politeness", "mixed")
            for w in WRAPPERS[kind]]
"""The new wrappers that take the phrase once (for the spoken phrases)."""
"""In-scope kinds: a taught phrase said exactly inside one kind of new wrapper."""
SEVENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
WRAPPED_OUT = {kind: f"{kind}, wrapped" for kind in (
    "fragment", "negation", "cancellation", "different request", "held-out routine")}
"""Out-of-scope kinds said inside the new wrappers ("jarvis, don't {p}")."""
FRAMES = "different request (dataset frames)"
SEVENTH_KINDS = (*SEVENTH_IN_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds only the seventh set has (the first five in scope, the rest out of scope)."""
POOL = {**ROUTINES, **{r: ps for home in SEVENTH_ROUTINES.values() for r, ps in home.items()}}
SLOTS = {"device_type": "device", "house_place": "place", "area": "place", "name": "device"}
"""Dataset slots a frame may refill, and which kind of word goes in them."""
PLACES = {"barn", "yard", "boot room", "tractor shed", "shed", "farm shop", "shop",
          "greenhouse", "snug", "terrace", "potting shed", "flat", "ward", "porch",
          "cinema", "music room", "screening room", "trough", "pond"}
DEVICES = {"aga", "floodlights", "heat lamp", "chick lamp", "camera", "lambing camera",
           "heater", "boot room heater", "log burner", "projector", "screen",
           "popcorn machine", "pump", "trough pump", "pond pump", "fountain", "radiators",
           "fan", "car", "quad", "lanterns", "porch camera", "tomato lights", "grow lamps",
           "snug lights", "lamps", "blackout blinds", "greenhouse heater", "rota"}
"""Words of this set's phrases that name a place or a device (for the frames)."""


def taught_routines(seed: int, n_routines: int = 45) -> tuple[str, list[str], list[str],
                                                             random.Random]:
    """(home, taught, held out) of a seventh home and the seed's generator."""
    home = HOMES[seed]
    rng = random.Random(seed * 7919 + 7)
    own, generic = sorted(SEVENTH_ROUTINES[home]), sorted(ROUTINES)
    rng.shuffle(own)
    rng.shuffle(generic)
    n_generic = n_routines - N_OWN
    return (home, own[:N_OWN] + generic[:n_generic],
            own[N_OWN:] + generic[n_generic:] + sorted(UNTAUGHT[home]), rng)


def wrap(template: str, phrase: str) -> str:
    """``phrase`` in a wrapper; a restart says its first words before it."""
    toks = phrase.split()
    return template.format(phrase, p=phrase, h=" ".join(toks[: max(1, len(toks) // 2)]))


def _fits(template: str, phrase: str) -> bool:
    return "{h}" not in template or len(phrase.split()) >= 2


def _norm(text: str) -> str:
    return " ".join(words(text))


def used_texts() -> set[str]:
    """Every dataset sentence another split draws on, normalised."""
    from _resolver_fifth import _unused_real
    from _resolver_sixth import new_real_rows

    return ({_norm(t) for t in real_out_of_scope()} | {_norm(t) for t in _unused_real()}
            | set(new_real_rows()))


def dataset_frames() -> list[tuple[str, str, str]]:
    """(sentence with ``{}`` for one slot, the kind of word it takes, the slot's own
    value) from HWU64's and SLURP's annotations (place and device slots) and Home
    Assistant's test sentences (areas; names of things switched or set), never
    Home Assistant's state questions, media, lists or timers (other kinds use them)."""
    frames: set[tuple[str, str, str]] = set()
    for rel in ("hwu64_iot/hwu64_iot.jsonl", "slurp_iot/slurp_iot.jsonl"):
        path = DATASETS / rel
        for row in _read_jsonl(path) if path.exists() else []:
            spans = list(re.finditer(r"\[(\w+) : ([^\]]+)\]", row.get("annotation", "")))
            for i, span in enumerate(spans):
                if span.group(1) not in SLOTS:
                    continue
                text = row["annotation"]
                for j, other in reversed(list(enumerate(spans))):
                    fill = "{}" if j == i else other.group(2)
                    text = text[:other.start()] + fill + text[other.end():]
                frames.add((text.lower(), SLOTS[span.group(1)], span.group(2).lower().strip()))
    path = DATASETS / "ha_intents_en" / "ha_intents_en_tests.jsonl"
    for row in _read_jsonl(path) if path.exists() else []:
        if row["intent"] not in ("HassTurnOn", "HassTurnOff", "HassLightSet",
                                 "HassClimateGetTemperature", "HassSetVolume"):
            continue
        text = row["text"].lower()
        for slot, value in (row.get("slots") or {}).items():
            if slot in ("area", "name") and isinstance(value, str) \
                    and f" {value.lower()}" in f" {text}":
                frame = text.replace(value.lower(), "{}", 1)
                if len([w for w in words(frame) if w not in _STOP]) >= 1:
                    frames.add((frame, SLOTS[slot], value.lower()))
    return sorted(frames)


def build_seventh(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                  per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A seventh-set home and its cases (every kind of ``build_home`` and
    :data:`SEVENTH_KINDS`, and with ``heard`` the fifth set's heard kinds from
    benchmarks/data/seventh_heard.json when it is there)."""
    return build(EARLY, seed, n_routines=n_routines, per_phrase=per_phrase,
                 per_kind=per_kind, n_real=n_real, heard=heard)


def _kind_of(text: str, taught: Taught, home_words: set[str]) -> str:
    if taught.holds_phrase(text):
        return AMBIGUOUS  # says a whole taught phrase: the routine may be meant
    return "real request, shares a word" if content(text) & home_words else "real request"


def _add_frames(phrases, taught: Taught, rng: random.Random, add_out, per_kind: int,
                n_real: int) -> None:
    """The dataset frames: with a word of a taught phrase in the slot (:data:`FRAMES`),
    and with another value the datasets use for that slot (the real request kinds)."""
    frames = dataset_frames()
    if not frames:
        return
    used = used_texts()
    home_words = set().union(*taught.contents) - _STOP
    said = " " + " ".join(p for p, _ in phrases) + " "
    mine = {"place": sorted(w for w in PLACES if f" {w} " in said),
            "device": sorted(w for w in DEVICES if f" {w} " in said)}
    values: dict[str, set[str]] = {"place": set(), "device": set()}
    for _frame, slot, value in frames:
        values[slot].add(value)
    made = 0
    for _ in range(per_kind * 20):
        if made >= per_kind:
            break
        frame, slot, _value = rng.choice(frames)
        if not mine[slot]:
            continue
        word = rng.choice(mine[slot])
        text = frame.format(word)
        if _norm(text) in used:
            continue
        # ("activate the floodlights" asks for "floodlights on")
        said = taught.holds_phrase(text) or taught.holds_phrase(f"{word} on") \
            or taught.holds_phrase(f"{word} off")
        kind = AMBIGUOUS if said else FRAMES
        made += add_out(text, kind) and kind == FRAMES
    pools = {slot: sorted(v) for slot, v in values.items()}
    seen: set[str] = set()
    made = 0
    for _ in range(n_real * 20):
        if made >= n_real:
            break
        frame, slot, own = rng.choice(frames)
        value = rng.choice(pools[slot])
        text = frame.format(value)
        if value == own or _norm(text) in used or text in seen:
            continue
        seen.add(text)
        made += add_out(text, _kind_of(text, taught, home_words))


EARLY = EarlySet(taught_routines, POOL, _resolver_seventh_labels, _resolver_seventh_text,
                 wrap, _fits, [w for ws in WRAPPERS.values() for w in ws],
                 WRAPPED_KINDS, WRAPPED_OUT, FRAGMENT_WRAPPERS, _add_frames,
                 "_resolver_seventh_heard")
"""What the seventh set builds its homes with (benchmarks/_resolver_early.py)."""

__all__ = ["FRAMES", "NAMES", "POOL", "SEEDS", "SEVENTH_IN_SCOPE", "SEVENTH_KINDS",
           "WRAPPED_KINDS", "WRAPPED_OUT", "build_seventh", "canon"]
