"""The tenth held-out set of benchmarks/resolver.py (split "tenth", seeds 90-92).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the ninth set: its author never ran the resolver on it, and it is run once, by the
lead, after that tuning. Tuning must not open this file, ``_resolver_tenth_text.py``
or ``_resolver_tenth_labels.py``.

One home per seed (``_resolver_tenth_text.HOMES``: a night-shift nurse's bedsit, a
holiday let whose guests do not know the house, a pottery studio in a converted barn
with a kiln and a dog), each teaching 22 of its own routines with 23 of the generic
pool; its other routines and the near siblings of ``UNTAUGHT`` ("biscuit firing"
beside "biscuit's dinner") are held out. Besides every kind the other sets report:

- in scope, every taught phrase said once inside each kind of wrapper
  (:data:`WRAPPED_KINDS`), reported per kind: the kinds earlier sets had in words and
  frames none of them used, and new kinds: the phrase inside a sentence about the
  person's plans, a phone's dictation artefacts, words of other languages,
  exasperation, another dialect's question tag, a non-native speaker's phrasing and
  the device's own name. The phrase is said exactly there, so a miss is the wrapper's.
  Noisy cases add this set's recogniser-style writing ("hottub", "put kettle on",
  "neighbors") and its own sound-alikes to the generated errors;
- out of scope, the same wrappers around every out-of-scope kind of issue 14
  (:data:`WRAPPED_OUT`), in this set's own templates;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's (a
slot refilled), the eighth's (every slot refilled from the other crowd-written
source) and the ninth's (two rows joined): one HWU64 or SLURP row with every place and
device slot refilled from Home Assistant's areas and names (the words of a real home
assistant's entities in a crowd's sentence), leaving out any sentence a dataset or
another split has, the ninth's own cases included. Labels are guarded in code
(benchmarks/_resolver_tenth_labels.py) and in tests/test_resolver_tenth_data.py.
"""

from __future__ import annotations

import random
from collections import Counter
from functools import lru_cache

from _resolver_data import (
    _CUE_WORDS,
    _STOP,
    AMBIGUOUS,
    ROUTINES,
    Case,
    Home,
    _ha_state_questions,
    half,
    noisy,
)
from _resolver_eighth import FRAMES
from _resolver_eighth_text import FRAGMENT_WRAPPERS
from _resolver_ninth import dataset_rows
from _resolver_tenth_labels import (
    _WEAK,
    SOUNDS,
    Taught,
    contains,
    content,
    fragments,
    kept,
    misrecognised,
    must_keep,
    noisy_ok,
    numbers,
    thing,
    words,
    wrap_ok,
    written,
)
from _resolver_tenth_text import (
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    TENTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

N_OWN = 22
"""Routines of a home drawn from its own pool; the rest come from the generic one."""
SEEDS = (90, 91, 92)
WRAPPED_KINDS = {kind: f"wrapped phrase: {kind}" for kind in WRAPPERS}
"""In-scope kinds: a taught phrase said exactly inside one kind of wrapper."""
TENTH_IN_SCOPE = tuple(WRAPPED_KINDS.values())
SIMPLE = [w for kind in WRAPPERS if kind not in ("self-correction", "emphatic repeat")
          for w in WRAPPERS[kind] if w.count("{") == 1 and "{}" in w]
"""The wrappers that say the phrase once, as it is taught."""
CARRIERS = SIMPLE
SPOKEN_CARRIERS = [w for w in SIMPLE if not any(r in w for r in REASON_CLASHES)]
"""The carriers of the spoken phrases (benchmarks/_make_fifth_heard.py draws them at
random: none with a reason or plan that could contradict the phrase)."""
WRAPPED_OUT = {kind: f"{kind}, wrapped" for kind in (
    "fragment", *KIND_TEMPLATES, "held-out routine")}
"""Out-of-scope kinds said inside this set's wrappers ("argh, stop the kiln")."""
TENTH_KINDS = (*TENTH_IN_SCOPE, *WRAPPED_OUT.values(), FRAMES)
"""Kinds of the tenth set beyond the generic ones (the in-scope ones first)."""
POOL = {**ROUTINES, **{r: ps for home in TENTH_ROUTINES.values() for r, ps in home.items()}}
PLACES = {"kitchenette", "ward", "station", "patio", "studio", "field", "yard", "barn",
          "bedsit"}
DEVICES = {"kettle", "airer", "snoozebox", "glowbug", "blanket", "heater", "hot tub",
           "log burner", "boiler", "keysafe", "telly", "grill", "smartlok", "brewmaster",
           "dishwasher", "lanterns", "kiln", "wheel", "pug mill", "extractor",
           "dehumidifier", "radio", "pawcam", "kilnwatch", "gate"}
"""Words of this set's phrases that name a place or a device (for the frames)."""
CUES = ("on", "off", "up", "down", "open")
"""What a frame's verb may say of its device ("switch on the kiln": "kiln on")."""
MAX_AMBIGUOUS = 60
"""Real requests that hold a whole taught phrase, at most, per home (reported apart)."""


def taught_routines(seed: int, n_routines: int = 45) -> tuple[str, list[str], list[str],
                                                             random.Random]:
    """(home, taught, held out) of a tenth home and the seed's generator."""
    home = HOMES[seed]
    rng = random.Random(seed * 6271 + 11)
    own, generic = sorted(TENTH_ROUTINES[home]), sorted(ROUTINES)
    rng.shuffle(own)
    rng.shuffle(generic)
    n_generic = n_routines - N_OWN
    return (home, own[:N_OWN] + generic[:n_generic],
            own[N_OWN:] + generic[n_generic:] + sorted(UNTAUGHT[home]), rng)


def wrap(template: str, phrase: str) -> str:
    """``phrase`` in a wrapper: ``{P}`` says it stressed (in capitals), ``{T}`` in title
    case and ``{C}`` with a capital (a phone's dictation), ``{h}`` its first words
    before it (a restart)."""
    toks = phrase.split()
    return template.format(phrase, p=phrase, P=phrase.upper(), T=phrase.title(),
                           C=phrase[:1].upper() + phrase[1:],
                           h=" ".join(toks[: max(1, len(toks) // 2)]))


def fits(template: str, phrase: str) -> bool:
    """Whether ``template`` can wrap ``phrase``: a restart needs two words or more, and
    a reason or a plan never contradicts the phrase (:data:`REASON_CLASHES`)."""
    said = set(words(phrase))
    return ("{h}" not in template or len(phrase.split()) >= 2) and not any(
        reason in template and said & clash for reason, clash in REASON_CLASHES.items())


def is_question(phrase: str) -> bool:
    """A phrase taught as a question ("what's the password for the wifi")."""
    return phrase.split()[0] in QUESTION_STARTS


def _norm(text: str) -> str:
    return " ".join(words(text))


@lru_cache(maxsize=1)
def used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on, normalised: the ninth's sources
    (the eighth's and seventh's included), and the out-of-scope cases of the ninth's
    own homes."""
    from _resolver_ninth import SEEDS as NINTH_SEEDS
    from _resolver_ninth import build_ninth
    from _resolver_ninth import used_texts as ninth_used

    ninth = {_norm(c.utterance) for seed in NINTH_SEEDS
             for c in build_ninth(seed, heard=False).cases if c.routine is None}
    return frozenset(ninth_used() | ninth)


def build_tenth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A tenth-set home and its cases (every kind of ``build_home`` and
    :data:`TENTH_KINDS`, and with ``heard`` the fifth set's heard kinds from
    benchmarks/data/tenth_heard.json when it is there)."""
    home, taught_names, held_out, rng = taught_routines(seed, n_routines)
    pool = {**POOL, **UNTAUGHT[home]}
    phrases = [(p, r) for r in taught_names for p in pool[r]]
    taught = Taught(phrases)
    cases: list[Case] = []

    def add_out(text: str, kind: str) -> bool:
        # never label as out of scope a taught phrase (wrapped, or in synonyms), nor
        # one that asks for what a taught one does
        if taught.is_phrase(text) or taught.asks_same(text):
            return False
        cases.append(Case(text, None, kind))
        return True

    def noisy_core(phrase: str) -> str:
        text = noisy(phrase, rng, ["{}"], SOUNDS)
        if rng.random() < 0.4:
            text = misrecognised(text, rng)
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
                if "{p}" in template and is_question(phrase):
                    continue  # ("is is the kiln cool yet happening" is nobody's speech)
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
        if not _CUE_WORDS & set(phrase.split()) and not is_question(phrase):
            add_out(text.replace(name, phrase), "state question (HA sentences)")

    _add_dataset_rows(phrases, taught, rng, add_out, per_kind, n_real)
    if heard:
        from _resolver_tenth_heard import heard_cases

        cases.extend(heard_cases(seed, phrases))
    return Home(phrases, cases)


ON_VERBS = ("light the ", "fire up the ", "run the ", "put the ", "start the ")
"""How a taught phrase may say "switch it on" ("light the log burner": "log burner on")."""


def says_nearly(text: str, taught: Taught) -> bool:
    """Whether ``text`` says every content word of a taught phrase, or of one asking
    for the same, but its weak ones ("start tv" when "tv time" is taught), or switches
    on what a taught phrase switches on in other words ("turn my log burner on" when
    "light the log burner" is taught)."""
    have = content(text)
    switched = [content(p[len(v):]) for p in taught.texts for v in ON_VERBS
                if p.startswith(v)]
    return any(strong and strong <= have for c in (*taught.contents, *taught.same)
               for strong in [c - (_WEAK - _CUE_WORDS)]) \
        or ("off" not in have and any(c and c <= have for c in switched))


def _kind_of(text: str, taught: Taught, home_words: set[str]) -> str:
    if taught.holds_phrase(text) or taught.holds_same(text) or says_nearly(text, taught):
        return AMBIGUOUS  # says a whole taught phrase, or one asking the same: it may be meant
    return "real request, shares a word" if content(text) & home_words else "real request"


def ha_values() -> dict[str, list[str]]:
    """Home Assistant's own area and entity names (its test sentences'), by the kind of
    word they are: what a real home assistant's entities are called."""
    values: dict[str, set[str]] = {}
    for _frame, kinds, own, source, _intent in dataset_rows():
        if source == "ha":
            for kind, value in zip(kinds, own, strict=True):
                if set(words(value)) - _STOP:  # ("all" names nothing)
                    values.setdefault(kind, set()).add(value)
    return {k: sorted(v) for k, v in values.items()}


def _add_dataset_rows(phrases, taught: Taught, rng: random.Random, add_out, per_kind: int,
                      n_real: int) -> None:
    """The dataset rows: one slot holding a word of a taught phrase (:data:`FRAMES`),
    and (the real request kinds) one HWU64 or SLURP row with every place and device
    slot refilled from Home Assistant's areas and names, never a sentence a dataset or
    another split has."""
    rows = dataset_rows()
    if not rows:
        return
    used = used_texts()
    home_words = set().union(*taught.contents) - _STOP
    said = " " + " ".join(p for p, _ in phrases) + " "
    mine = {"place": sorted(w for w in PLACES if f" {w} " in said),
            "device": sorted(w for w in DEVICES if f" {w} " in said)}
    originals = {_norm(frame.format(*own)) for frame, _k, own, _s, _i in rows}
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
        if _norm(text) in used or _norm(text) in originals:
            continue
        # ("turn on the kiln" asks for "kiln on")
        says = taught.holds_phrase(text) or taught.holds_same(text) \
            or says_nearly(text, taught) \
            or any(taught.holds_phrase(f"{word} {cue}") for cue in CUES)
        if says:
            add_unclear(text)
        else:
            made += add_out(text, FRAMES)

    values = ha_values()
    crowd = [r for r in rows if r[3] in ("hwu64", "slurp")
             and all(values.get(k) for k in r[1])]
    seen: set[str] = set()
    # (refilled requests mostly share a word with some phrase: the few that share none
    # are given a fifth of the places)
    quota = {"real request": n_real // 5, "real request, shares a word": n_real - n_real // 5}
    for _ in range(n_real * 60):
        if not any(quota.values()):
            break
        frame, kinds, own, _source, _intent = rng.choice(crowd)
        fill = [rng.choice(values[k]) for k in kinds]
        if any(f == v for f, v in zip(fill, own, strict=True)):
            continue
        text = frame.format(*fill)
        if _norm(text) in used or _norm(text) in originals or text in seen:
            continue
        seen.add(text)
        kind = _kind_of(text, taught, home_words)
        if kind == AMBIGUOUS:
            add_unclear(text)
        elif quota[kind] and add_out(text, kind):
            quota[kind] -= 1


__all__ = ["CARRIERS", "FRAMES", "POOL", "SEEDS", "TENTH_IN_SCOPE", "TENTH_KINDS",
           "WRAPPED_KINDS", "WRAPPED_OUT", "build_tenth"]
