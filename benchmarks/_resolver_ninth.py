"""The ninth held-out set of benchmarks/resolver.py (split "ninth", seeds 80-82).

Written blind in one session of issue 14, while another engineer tuned the resolver:
its author never ran the resolver on it, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_ninth_text.py`` or
``_resolver_ninth_labels.py``.

One home per seed (``_resolver_ninth_text.HOMES``: a shared student house with a rota,
a village shop and post office with the family flat above, a family with a baby and a
grandmother who uses a wheelchair), each teaching 22 of its own routines with 23 of the
generic pool; its other routines and the near siblings of ``UNTAUGHT`` ("baby's bath"
beside "baby's bedtime") are held out. Besides every kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind: the kinds earlier sets had (nicknames,
  discourse markers, politeness, time words, self-corrections, questions, mixed) in
  words and frames none of them used, and new kinds: regional and generational
  speech, a reason given, an emphatic repeat, filled pauses as a recogniser spells
  them, a child's or a tired voice, a trailing tag. The phrase is said exactly there,
  so a miss is the wrapper's. Noisy cases add recogniser-style writing of this set's
  own ("what is" for "what's", "nonnas", "the the bins", "Umm, hen, the usual.") and
  its own sound-alikes to the generated errors;
- out of scope, the same wrappers around every out-of-scope kind of issue 14
  (:data:`WRAPPED_OUT`: fragments, negations, cancellations, state questions, the past
  or a story, someone else's words, different requests, commands about a routine, word
  order, held-out siblings);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's (a
slot refilled) and the eighth's (every slot refilled from the other source): two rows
of different datasets and intents said as one request ("... and then ..."), each half
refilled from another dataset's values, leaving out any half or whole that is a
dataset sentence or one another split uses, the eighth's own recombinations included.
Labels are guarded in code (benchmarks/_resolver_ninth_labels.py) and in
tests/test_resolver_ninth_data.py.
"""

from __future__ import annotations

import random
import re
from functools import lru_cache

import _resolver_ninth_labels
import _resolver_ninth_text
from _resolver_data import (
    _STOP,
    AMBIGUOUS,
    DATASETS,
    ROUTINES,
    Home,
    _read_jsonl,
)
from _resolver_early import EarlySet, build
from _resolver_eighth import FRAMES
from _resolver_eighth_text import FRAGMENT_WRAPPERS
from _resolver_ninth_labels import (
    Taught,
    content,
    recognised,
    words,
    written,
)
from _resolver_ninth_text import (
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NINTH_ROUTINES,
    REASON_CLASHES,
    UNTAUGHT,
    WRAPPERS,
)

N_OWN = 22
"""Routines of a home drawn from its own pool; the rest come from the generic one."""
SEEDS = (80, 81, 82)
WRAPPED_KINDS = {kind: f"wrapped phrase: {kind}" for kind in WRAPPERS}
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
NINTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
ONCE = ("vocative", "discourse marker", "politeness", "time word", "question",
        "regional speech", "reason given", "filled pause", "child or tired voice",
        "trailing tag", "mixed")
CARRIERS = [w for kind in ONCE for w in WRAPPERS[kind]]
"""The wrappers that say the phrase once."""
SPOKEN_CARRIERS = [w for w in CARRIERS if not any(r in w for r in REASON_CLASHES)]
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them at
random: none with a reason that could contradict the phrase)."""
WRAPPED_OUT = {kind: f"{kind}, wrapped" for kind in (
    "fragment", *KIND_TEMPLATES, "held-out routine")}
"""Out-of-scope kinds said inside this set's wrappers ("umm, scrap {p}")."""
NINTH_KINDS = (*NINTH_IN_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the ninth set beyond the generic ones (the in-scope ones first)."""
POOL = {**ROUTINES, **{r: ps for home in NINTH_ROUTINES.values() for r, ps in home.items()}}
SLOTS = {"device_type": "device", "house_place": "place", "area": "place", "name": "device"}
"""Dataset slots a frame may refill, and which kind of word goes in them."""
PLACES = {"library", "downstairs", "upstairs", "forecourt", "meter", "bakery"}
DEVICES = {"hoover", "tumble dryer", "string lights", "immersion", "radiators", "shutters",
           "open sign", "chiller cabinets", "lottery terminal", "ice cream freezer",
           "shop radio", "shop alarm", "bottle warmer", "shush machine", "hoist",
           "steriliser", "wide door", "pram", "buggy"}
"""Words of this set's phrases that name a place or a device (for the frames)."""
CUES = ("on", "off", "up", "down", "open")
"""What a frame's verb may say of its device ("switch on the hoover": "hoover on")."""
MAX_AMBIGUOUS = 60
"""Real requests that hold a whole taught phrase, at most, per home (reported apart)."""
OTHER_SOURCE = {"hwu64": "slurp", "slurp": "hwu64"}
"""Whose values refill a crowd-written row's slots."""
JOINS = [" and ", " and then ", ", then ", " and also "]
"""How two real requests are said as one."""


def taught_routines(seed: int, n_routines: int = 45) -> tuple[str, list[str], list[str],
                                                             random.Random]:
    """(home, taught, held out) of a ninth home and the seed's generator."""
    home = HOMES[seed]
    rng = random.Random(seed * 7919 + 3)
    own, generic = sorted(NINTH_ROUTINES[home]), sorted(ROUTINES)
    rng.shuffle(own)
    rng.shuffle(generic)
    n_generic = n_routines - N_OWN
    return (home, own[:N_OWN] + generic[:n_generic],
            own[N_OWN:] + generic[n_generic:] + sorted(UNTAUGHT[home]), rng)


def wrap(template: str, phrase: str) -> str:
    """``phrase`` in a wrapper: ``{P}`` says it stressed (in capitals), ``{h}`` its first
    words before it (a restart)."""
    toks = phrase.split()
    return template.format(phrase, p=phrase, P=phrase.upper(),
                           h=" ".join(toks[: max(1, len(toks) // 2)]))


def fits(template: str, phrase: str) -> bool:
    """Whether ``template`` can wrap ``phrase``: a restart needs two words or more, and
    a reason never contradicts the phrase (:data:`REASON_CLASHES`)."""
    said = set(words(phrase))
    return ("{h}" not in template or len(phrase.split()) >= 2) and not any(
        reason in template and said & clash for reason, clash in REASON_CLASHES.items())


def _norm(text: str) -> str:
    return " ".join(words(text))


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the eighth's sources
    (the seventh's included), and the out-of-scope cases of the eighth's own homes."""
    from _resolver_eighth import SEEDS as EIGHTH_SEEDS
    from _resolver_eighth import build_eighth
    from _resolver_eighth import used_texts as eighth_used

    eighth = {_norm(c.utterance) for seed in EIGHTH_SEEDS
              for c in build_eighth(seed, heard=False).cases if c.routine is None}
    return frozenset(eighth_used() | eighth)


Row = tuple[str, tuple[str, ...], tuple[str, ...], str, str]


@lru_cache(maxsize=1)
def dataset_rows() -> tuple[Row, ...]:
    """(sentence with ``{}`` for each place or device slot, the kinds of word they take,
    their own values, dataset, intent) from HWU64's and SLURP's annotations and Home
    Assistant's test sentences (areas and names of things switched, set or measured)."""
    rows: set[Row] = set()
    for rel, source in (("hwu64_iot/hwu64_iot.jsonl", "hwu64"),
                        ("slurp_iot/slurp_iot.jsonl", "slurp")):
        path = DATASETS / rel
        for row in _read_jsonl(path) if path.exists() else []:
            text = row.get("annotation", "")
            kinds, values = [], []
            for span in reversed(list(re.finditer(r"\[(\w+) : ([^\]]+)\]", text))):
                keep = span.group(1) in SLOTS
                text = text[:span.start()] + ("{}" if keep else span.group(2)) \
                    + text[span.end():]
                if keep:
                    kinds.insert(0, SLOTS[span.group(1)])
                    values.insert(0, span.group(2).lower().strip())
            if kinds and "{" not in text.replace("{}", ""):
                rows.add((text.lower(), tuple(kinds), tuple(values), source,
                          str(row.get("intent", ""))))
    path = DATASETS / "ha_intents_en" / "ha_intents_en_tests.jsonl"
    for row in _read_jsonl(path) if path.exists() else []:
        if row["intent"] not in ("HassTurnOn", "HassTurnOff", "HassLightSet",
                                 "HassClimateSetTemperature", "HassSetPosition",
                                 "HassSetVolume"):
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
            rows.add((text, tuple(kinds), tuple(values), "ha", row["intent"]))
    return tuple(sorted(rows))


def build_ninth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A ninth-set home and its cases (every kind of ``build_home`` and
    :data:`NINTH_KINDS`, and with ``heard`` the fifth set's heard kinds from
    benchmarks/data/ninth_heard.json when it is there)."""
    return build(EARLY, seed, n_routines=n_routines, per_phrase=per_phrase,
                 per_kind=per_kind, n_real=n_real, heard=heard)


def _kind_of(text: str, taught: Taught, home_words: set[str]) -> str:
    if taught.holds_phrase(text) or taught.holds_same(text):
        return AMBIGUOUS  # says a whole taught phrase, or one asking the same: it may be meant
    return "real request, shares a word" if content(text) & home_words else "real request"


def _add_dataset_rows(phrases, taught: Taught, rng: random.Random, add_out, per_kind: int,
                      n_real: int) -> None:
    """The dataset rows: one slot holding a word of a taught phrase (:data:`FRAMES`),
    and (the real request kinds) two rows of different datasets and intents said as
    one request, each with its slots refilled from another dataset's values (HWU64's
    from SLURP's and the other way round, Home Assistant's from either), neither half
    nor the whole a sentence a dataset or another split has."""
    rows = dataset_rows()
    if not rows:
        return
    used = used_texts()
    home_words = set().union(*taught.contents) - _STOP
    said = " " + " ".join(p for p, _ in phrases) + " "
    mine = {"place": sorted(w for w in PLACES if f" {w} " in said),
            "device": sorted(w for w in DEVICES if f" {w} " in said)}
    unclear = [0]

    def add_unclear(text: str) -> None:
        unclear[0] += unclear[0] < MAX_AMBIGUOUS and add_out(text, AMBIGUOUS)

    made = 0
    for _ in range(per_kind * 20):
        if made >= per_kind:
            break
        frame, kinds, own, _source, _intent = rng.choice(rows)
        i = rng.randrange(len(kinds))
        if not mine[kinds[i]]:
            continue
        word = rng.choice(mine[kinds[i]])
        text = frame.format(*[word if j == i else v for j, v in enumerate(own)])
        if _norm(text) in used:
            continue
        # ("turn on the steriliser" asks for "steriliser on")
        says = taught.holds_phrase(text) or taught.holds_same(text) \
            or any(taught.holds_phrase(f"{word} {cue}") for cue in CUES)
        if says:
            add_unclear(text)
        else:
            made += add_out(text, FRAMES)
    values: dict[tuple[str, str], set[str]] = {}
    for _frame, kinds, own, source, _intent in rows:
        for kind, value in zip(kinds, own, strict=True):
            values.setdefault((source, kind), set()).add(value)
    pools = {key: sorted(v) for key, v in values.items()}
    originals = {_norm(frame.format(*own)) for frame, _k, own, _s, _i in rows}
    seen: set[str] = set()

    def refilled(row: Row) -> str | None:
        """A row with every slot refilled from another dataset's values for it (HWU64's
        from SLURP's, SLURP's from HWU64's, Home Assistant's from either), or None when
        that says a sentence a dataset or another split has."""
        frame, kinds, own, source, _intent = row
        donor = OTHER_SOURCE[source] if source in OTHER_SOURCE else rng.choice(
            sorted(OTHER_SOURCE))
        fill = [rng.choice(pools.get((donor, k)) or [v]) for k, v in
                zip(kinds, own, strict=True)]
        text = frame.format(*fill)
        if any(f == v for f, v in zip(fill, own, strict=True)) or _norm(text) in used \
                or _norm(text) in originals:
            return None
        return text

    # (joined requests mostly share a word with some phrase: the few that share none
    # are given a fifth of the places)
    quota = {"real request": n_real // 5, "real request, shares a word": n_real - n_real // 5}
    for _ in range(n_real * 60):
        if not any(quota.values()):
            break
        first, second = rng.sample(rows, 2)
        if first[4] == second[4] or first[3] == second[3]:
            continue  # two intents, of two datasets
        halves = refilled(first), refilled(second)
        if None in halves:
            continue
        text = f"{halves[0]}{rng.choice(JOINS)}{halves[1]}"
        if _norm(text) in used or text in seen:
            continue
        seen.add(text)
        kind = _kind_of(text, taught, home_words)
        if kind == AMBIGUOUS:
            add_unclear(text)
        elif quota[kind] and add_out(text, kind):
            quota[kind] -= 1


EARLY = EarlySet(taught_routines, POOL, _resolver_ninth_labels, _resolver_ninth_text,
                 wrap, fits, CARRIERS,
                 WRAPPED_KINDS, WRAPPED_OUT, FRAGMENT_WRAPPERS, _add_dataset_rows,
                 "_resolver_ninth_heard",
                 not_near_miss=frozenset(NAMES), speech=recognised, written=written)
"""What the ninth set builds its homes with (benchmarks/_resolver_early.py)."""


__all__ = ["CARRIERS", "FRAMES", "NINTH_IN_SCOPE", "NINTH_KINDS", "POOL", "SEEDS",
           "WRAPPED_KINDS", "WRAPPED_OUT", "build_ninth"]
