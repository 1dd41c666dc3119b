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
from collections import Counter
from functools import lru_cache

from _resolver_data import (
    _CUE_WORDS,
    _STOP,
    AMBIGUOUS,
    DATASETS,
    ROUTINES,
    Case,
    Home,
    _ha_state_questions,
    _read_jsonl,
    half,
    noisy,
)
from _resolver_eighth import FRAMES
from _resolver_eighth_text import FRAGMENT_WRAPPERS
from _resolver_ninth_labels import (
    SOUNDS,
    Taught,
    contains,
    content,
    fragments,
    kept,
    must_keep,
    noisy_ok,
    numbers,
    recognised,
    thing,
    words,
    wrap_ok,
    written,
)
from _resolver_ninth_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    NINTH_ROUTINES,
    OOS_WRAPPERS,
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
    home, taught_names, held_out, rng = taught_routines(seed, n_routines)
    pool = {**POOL, **UNTAUGHT[home]}
    phrases = [(p, r) for r in taught_names for p in pool[r]]
    taught = Taught(phrases)
    cases: list[Case] = []

    def add_out(text: str, kind: str) -> bool:
        # never label as out of scope a taught phrase (wrapped, or in synonyms)
        if taught.is_phrase(text):
            return False
        cases.append(Case(text, None, kind))
        return True

    def noisy_core(phrase: str) -> str:
        text = noisy(phrase, rng, ["{}"], SOUNDS)
        if rng.random() < 0.35:
            text = recognised(text, rng)
        return numbers(text, rng)

    def wrapped(core: str, phrase: str, routine: str, templates: list[str]) -> str | None:
        for _try in range(30):
            template = rng.choice(templates)
            if fits(template, core):
                text = wrap(template, core)
                if wrap_ok(text, phrase, routine, phrases):
                    return text
        return None

    for phrase, routine in phrases:
        cases.append(Case(phrase, routine, "exact phrase"))
        for _ in range(per_phrase):
            for _try in range(200):
                core = noisy_core(phrase)
                if noisy_ok(core, phrase, routine, phrases):
                    break
            else:
                core = phrase
            text = wrapped(core, phrase, routine, CARRIERS) if rng.random() < 0.6 else None
            text = text or core
            if rng.random() < 0.3:
                text = written(text, rng, "..!")
            cases.append(Case(text, routine, "noisy"))
        for kind, templates in WRAPPERS.items():
            text = wrapped(phrase, phrase, routine, templates)
            if text:
                cases.append(Case(text, routine, WRAPPED_KINDS[kind]))

    # held-out routines: untaught phrases, often sharing words with taught ones
    all_taught = [p for p, _ in phrases]

    def add_held(text: str, kind: str) -> None:
        # (a wrapper can complete a taught phrase)
        if not taught.holds_phrase(text):
            add_out(text, kind)

    for routine in held_out:
        for phrase in pool[routine]:
            if any(contains(phrase, t) or contains(t, phrase) for t in all_taught) \
                    or taught.means_phrase(phrase) or taught.is_phrase(phrase) \
                    or taught.holds_phrase(phrase):
                continue  # may well mean a taught routine: not counted either way
            add_held(phrase, "held-out routine")
            for _try in range(200):
                core = noisy_core(phrase)
                if core != phrase and all(kept(w, core, phrase) for w in must_keep(phrase)) \
                        and not taught.holds_phrase(core):
                    add_held(core, "held-out routine")
                    break
            if routine not in ROUTINES:
                add_held(wrap(rng.choice(OOS_WRAPPERS), phrase), WRAPPED_OUT["held-out routine"])
                template = rng.choice([w for w in CARRIERS if fits(w, phrase)])
                add_held(wrap(template, phrase), WRAPPED_OUT["held-out routine"])

    # fragments: a lone word or the phrase cut short, plainly and in a wrapper
    uses: Counter[str] = Counter(w for p in all_taught for w in set(p.split()))
    seen: set[str] = set()
    for phrase in all_taught:
        for text, lone in fragments(phrase, taught, uses):
            if text in seen:
                continue
            seen.add(text)
            plain = FRAGMENT_WRAPPERS if lone else [w for w in FRAGMENT_WRAPPERS
                                                    if w != "the {}"]
            add_out(rng.choice(plain).format(text), "fragment")
            new = rng.choice(FRAGMENT_NEW_WRAPPERS).format(text)
            if not taught.holds_phrase(new):
                add_out(new, WRAPPED_OUT["fragment"])

    taught_words = sorted({w for p in all_taught for w in p.split()
                           if thing(w) and w not in NAMES})
    for _ in range(per_kind):
        add_out(rng.choice(NEAR_MISS_TEMPLATES).format(rng.choice(taught_words)), "near miss")

    for kind, templates in KIND_TEMPLATES.items():
        for out_kind in (kind, WRAPPED_OUT[kind]):
            made = 0
            for _ in range(per_kind * 20):
                if made >= per_kind:
                    break
                template = rng.choice(templates)
                phrase, routine = rng.choice(phrases)
                toks = phrase.split()
                if kind in ("negation", "cancellation", "state question") \
                        and _CUE_WORDS & set(toks):
                    continue
                plain = [w for w in toks if thing(w)]
                if "{a}" in template and (len(toks) != 2 or len(plain) != 2):
                    continue
                if "{w}" in template and not plain:
                    continue
                said = noisy_core(phrase) if rng.random() < 0.3 else phrase
                if said != phrase and not noisy_ok(said, phrase, routine, phrases):
                    said = phrase
                text = template.format(p=said, w=rng.choice(plain or toks), a=toks[0],
                                       b=toks[-1])
                if out_kind != kind:
                    text = wrap(rng.choice(OOS_WRAPPERS), text)
                if rng.random() < 0.2:
                    text = written(text, rng)
                if "{w}" in template and taught.holds_phrase(text):
                    continue  # the word and the wrapper said a whole phrase
                made += add_out(text, out_kind)

    questions = [(t, n) for t, n in _ha_state_questions() if half(t) == "held"]
    for text, name in rng.sample(questions, min(per_kind, len(questions))):
        phrase, _ = rng.choice(phrases)
        if not _CUE_WORDS & set(phrase.split()):
            add_out(text.replace(name, phrase), "state question (HA sentences)")

    _add_dataset_rows(phrases, taught, rng, add_out, per_kind, n_real)
    if heard:
        from _resolver_ninth_heard import heard_cases

        cases.extend(heard_cases(seed, phrases))
    return Home(phrases, cases)


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


__all__ = ["CARRIERS", "FRAMES", "NINTH_IN_SCOPE", "NINTH_KINDS", "POOL", "SEEDS",
           "WRAPPED_KINDS", "WRAPPED_OUT", "build_ninth"]
