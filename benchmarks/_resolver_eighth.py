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
from _resolver_eighth_labels import (
    SOUNDS,
    Taught,
    canon,
    contains,
    content,
    fast,
    fragments,
    kept,
    must_keep,
    noisy_ok,
    numbers,
    thing,
    words,
    wrap_ok,
)
from _resolver_eighth_text import (
    EIGHTH_ROUTINES,
    FRAGMENT_NEW_WRAPPERS,
    FRAGMENT_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
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
    _home, taught_names, held_out, rng = taught_routines(seed, n_routines)
    pool = {**POOL, **UNTAUGHT[_home]}
    phrases = [(p, r) for r in taught_names for p in pool[r]]
    taught = Taught(phrases)
    cases: list[Case] = []
    all_wrappers = [w for ws in WRAPPERS.values() for w in ws]

    def add_out(text: str, kind: str) -> bool:
        # never label as out of scope a taught phrase (wrapped, or in synonyms)
        if taught.is_phrase(text):
            return False
        cases.append(Case(text, None, kind))
        return True

    def noisy_core(phrase: str) -> str:
        text = noisy(phrase, rng, ["{}"], SOUNDS)
        if rng.random() < 0.35:
            text = fast(text, rng)
        return numbers(text, rng)

    def wrapped(core: str, phrase: str, routine: str, templates: list[str]) -> str | None:
        for _try in range(30):
            template = rng.choice(templates)
            if _fits(template, core):
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
            text = wrapped(core, phrase, routine, all_wrappers) if rng.random() < 0.6 \
                else None
            cases.append(Case(text or core, routine, "noisy"))
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
                template = rng.choice([w for w in all_wrappers if _fits(w, phrase)])
                add_held(wrap(template, phrase), WRAPPED_OUT["held-out routine"])

    # fragments: a lone word or the phrase cut short, plainly and in a new wrapper
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
        for out_kind in (kind, WRAPPED_OUT.get(kind)):
            made = 0
            for _ in range(per_kind * 20 if out_kind else 0):
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
        from _resolver_eighth_heard import heard_cases

        cases.extend(heard_cases(seed, phrases))
    return Home(phrases, cases)


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


__all__ = ["CARRIERS", "EIGHTH_IN_SCOPE", "EIGHTH_KINDS", "FRAMES", "NAMES", "POOL", "SEEDS",
           "WRAPPED_KINDS", "WRAPPED_OUT", "build_eighth", "canon"]
