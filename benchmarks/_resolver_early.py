"""The home builder the seventh, eighth and ninth held-out sets share
(benchmarks/_resolver_seventh.py, _resolver_eighth.py, _resolver_ninth.py): each was
written as a copy of the one before with a few steps added, so the copies are one
function here and each set says what it adds in an :class:`EarlySet`.

A pure move: every random draw is made in the order each set's own copy made it, so
every home is the same case for case (tests/test_resolver_sets_unchanged.py hashes
them). The later sets build with benchmarks/_resolver_blind.py, which reads the eighth
and ninth modules, so it cannot be this one's home."""

from __future__ import annotations

import importlib
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType

from _resolver_data import (
    _CUE_WORDS,
    ROUTINES,
    Case,
    Home,
    _ha_state_questions,
    half,
    noisy,
)


@dataclass(frozen=True)
class EarlySet:
    """What one of the seventh to ninth sets builds its homes with."""

    taught_routines: Callable[[int, int], tuple[str, list[str], list[str], random.Random]]
    pool: dict[str, list[str]]
    """The generic routines and the set's own (its untaught ones are added per home)."""
    labels: ModuleType
    """``_resolver_<set>_labels``: its ``Taught``, guards, ``fragments``, ``SOUNDS``..."""
    text: ModuleType
    """``_resolver_<set>_text``: its ``WRAPPERS``, ``KIND_TEMPLATES``, ``UNTAUGHT``..."""
    wrap: Callable[[str, str], str]
    fits: Callable[[str, str], bool]
    carriers: list[str]
    """The wrappers a noisy phrase or a held-out routine is said in."""
    wrapped_kinds: dict[str, str]
    wrapped_out: dict[str, str]
    fragment_wrappers: list[str]
    add_dataset: Callable[..., None]
    """Adds the dataset sentences: (phrases, taught, rng, add_out, per_kind, n_real)."""
    heard: str
    """The module whose ``heard_cases`` reads the set's heard transcripts."""
    not_near_miss: frozenset[str] = frozenset()
    """Words of a taught phrase never said in a near miss (the set's names)."""
    speech: Callable[[str, random.Random], str] | None = None
    """Said fast or misrecognised, to a third of the noisy phrases."""
    written: Callable[..., str] | None = None
    """Written as a recogniser writes it, to some noisy and out-of-scope cases."""


def build(spec: EarlySet, seed: int, *, n_routines: int, per_phrase: int, per_kind: int,
          n_real: int, heard: bool) -> Home:
    """A home of the set and its cases (every kind of ``build_home`` and the set's)."""
    labels, text_of = spec.labels, spec.text
    Taught, noisy_ok, wrap_ok = labels.Taught, labels.noisy_ok, labels.wrap_ok
    thing, wrap, fits = labels.thing, spec.wrap, spec.fits
    home, taught_names, held_out, rng = spec.taught_routines(seed, n_routines)
    pool = {**spec.pool, **text_of.UNTAUGHT[home]}
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
        text = noisy(phrase, rng, ["{}"], labels.SOUNDS)
        if spec.speech is not None and rng.random() < 0.35:
            text = spec.speech(text, rng)
        return labels.numbers(text, rng)

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
            text = wrapped(core, phrase, routine, spec.carriers) if rng.random() < 0.6 \
                else None
            text = text or core
            if spec.written is not None and rng.random() < 0.3:
                text = spec.written(text, rng, "..!")
            cases.append(Case(text, routine, "noisy"))
        for kind, templates in text_of.WRAPPERS.items():
            text = wrapped(phrase, phrase, routine, templates)
            if text:
                cases.append(Case(text, routine, spec.wrapped_kinds[kind]))

    # held-out routines: untaught phrases, often sharing words with taught ones
    all_taught = [p for p, _ in phrases]

    def add_held(text: str, kind: str) -> None:
        # (a wrapper can complete a taught phrase: "go on then, lights" holds "lights on")
        if not taught.holds_phrase(text):
            add_out(text, kind)

    for routine in held_out:
        for phrase in pool[routine]:
            if any(labels.contains(phrase, t) or labels.contains(t, phrase)
                   for t in all_taught) \
                    or taught.means_phrase(phrase) or taught.is_phrase(phrase) \
                    or taught.holds_phrase(phrase):
                continue  # may well mean a taught routine: not counted either way
            add_held(phrase, "held-out routine")
            for _try in range(200):
                core = noisy_core(phrase)
                if core != phrase \
                        and all(labels.kept(w, core, phrase) for w in labels.must_keep(phrase)) \
                        and not taught.holds_phrase(core):
                    add_held(core, "held-out routine")
                    break
            if routine not in ROUTINES:
                add_held(wrap(rng.choice(text_of.OOS_WRAPPERS), phrase),
                         spec.wrapped_out["held-out routine"])
                template = rng.choice([w for w in spec.carriers if fits(w, phrase)])
                add_held(wrap(template, phrase), spec.wrapped_out["held-out routine"])

    # fragments: a lone word or the phrase cut short, plainly and in a wrapper
    uses: Counter[str] = Counter(w for p in all_taught for w in set(p.split()))
    seen: set[str] = set()
    for phrase in all_taught:
        for text, lone in labels.fragments(phrase, taught, uses):
            if text in seen:
                continue
            seen.add(text)
            plain = spec.fragment_wrappers if lone else [w for w in spec.fragment_wrappers
                                                         if w != "the {}"]
            add_out(rng.choice(plain).format(text), "fragment")
            # (the seventh's new wrappers may say the fragment twice)
            new = rng.choice(text_of.FRAGMENT_NEW_WRAPPERS).format(text, text)
            if not taught.holds_phrase(new):
                add_out(new, spec.wrapped_out["fragment"])

    taught_words = sorted({w for p in all_taught for w in p.split()
                           if thing(w) and w not in spec.not_near_miss})
    for _ in range(per_kind):
        add_out(rng.choice(text_of.NEAR_MISS_TEMPLATES).format(rng.choice(taught_words)),
                "near miss")

    for kind, templates in text_of.KIND_TEMPLATES.items():
        for out_kind in (kind, spec.wrapped_out.get(kind)):
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
                    text = wrap(rng.choice(text_of.OOS_WRAPPERS), text)
                if spec.written is not None and rng.random() < 0.2:
                    text = spec.written(text, rng)
                if "{w}" in template and taught.holds_phrase(text):
                    continue  # the word and the wrapper said a whole phrase
                made += add_out(text, out_kind)

    questions = [(t, n) for t, n in _ha_state_questions() if half(t) == "held"]
    for text, name in rng.sample(questions, min(per_kind, len(questions))):
        phrase, _ = rng.choice(phrases)
        if not _CUE_WORDS & set(phrase.split()):
            add_out(text.replace(name, phrase), "state question (HA sentences)")

    spec.add_dataset(phrases, taught, rng, add_out, per_kind, n_real)
    if heard:
        cases.extend(importlib.import_module(spec.heard).heard_cases(seed, phrases))
    return Home(phrases, cases)
