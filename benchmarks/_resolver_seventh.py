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
from collections import Counter

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
    real_out_of_scope,
)
from _resolver_seventh_labels import (
    SOUNDS,
    Taught,
    canon,
    contains,
    content,
    fragments,
    kept,
    must_keep,
    noisy_ok,
    numbers,
    thing,
    words,
    wrap_ok,
)
from _resolver_seventh_text import (
    FRAGMENT_NEW_WRAPPERS,
    FRAGMENT_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
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
        return numbers(noisy(phrase, rng, ["{}"], SOUNDS), rng)

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
        # (a wrapper can complete a taught phrase: "go on then, lights" holds "lights on")
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
            plain = FRAGMENT_WRAPPERS if lone else FRAGMENT_WRAPPERS[:-1]
            add_out(rng.choice(plain).format(text), "fragment")
            new = rng.choice(FRAGMENT_NEW_WRAPPERS).format(text, text)
            if not taught.holds_phrase(new):
                add_out(new, WRAPPED_OUT["fragment"])

    taught_words = sorted({w for p in all_taught for w in p.split() if thing(w)})
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

    _add_frames(phrases, taught, rng, add_out, per_kind, n_real)
    if heard:
        from _resolver_seventh_heard import heard_cases

        cases.extend(heard_cases(seed, phrases))
    return Home(phrases, cases)


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

__all__ = ["FRAMES", "NAMES", "POOL", "SEEDS", "SEVENTH_IN_SCOPE", "SEVENTH_KINDS",
           "WRAPPED_KINDS", "WRAPPED_OUT", "build_seventh", "canon"]
