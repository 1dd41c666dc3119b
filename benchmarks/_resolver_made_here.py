"""The kinds a blind set makes beside the shared generator (benchmarks/_resolver_blind.py),
written once: a phrase misheard, a name spelt another way, a clause that bears on a
request, the cases written again as a recogniser without punctuation writes them or with
a sentence end as a comma (:class:`MadeHere`, :func:`build`), and the gzip file of other
splits' sentences a set keeps; and a set's labels, built from its words module. Each set
passes its own tables (clauses, sound-alike lists, name spellings, kind names, the file's
path, its salts), so the cases are what each set made before this module held the code."""

from __future__ import annotations

import gzip
import random
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import _resolver_blind as blind
import _resolver_set_words as shared
from _resolver_blind import BlindSet, fits, norm, wrap
from _resolver_blind_labels import Labels, Tables
from _resolver_data import Case, Home
from _resolver_eighth_labels import words


def unpunctuated(text: str) -> str:
    """``text`` as an open-vocabulary recogniser without punctuation writes it (Vosk,
    many Whisper settings): lowercase, each comma, full stop, colon, question or
    exclamation mark gone, and a hyphen between words a space; apostrophes stay, as
    such a recogniser writes "it's" and "april's". One rule for every set that writes
    its cases again so (their hashes hold it)."""
    spaced = re.sub(r"(?<=\w)-(?=\w)", " ", text.lower())
    return " ".join(re.sub(r"[^\w' ]+", " ", spaced).split())


def paused(text: str) -> str:
    """``text`` with each sentence end between its sentences (a full stop, a question or
    an exclamation mark before a space) written as a comma, as Whisper writes a short
    pause where the speaker hardly stopped ("the turkey says gobble gobble, ring cara");
    nothing else changes."""
    return re.sub(r"[.?!]+(?= )", ",", text)


def set_labels(text: ModuleType, sound_alike: list[tuple[str, str]],
               not_a_thing: set[str], *, synonyms: dict[str, str] = shared.SYNONYMS,
               numbers: dict[str, tuple[str, ...]] = shared.NUMBERS) -> Labels:
    """The shared label rules over a set's words module ``text`` (its wrappers, requests
    for the same thing, names, run-together and misspelt words), the sets' shared
    synonyms and numbers (benchmarks/_resolver_set_words.py, or a set's own that say
    more), its ``sound_alike`` pairs and the words of its phrases that name no thing
    (``not_a_thing``)."""
    return Labels(Tables(
        multi_wrapping=text.MULTI_WRAPPING, wrapper_words=text.WRAPPER_WORDS,
        synonyms=synonyms, same_request=text.SAME_REQUEST, names=text.NAMES,
        numbers=numbers, sound_alike=sound_alike, glued=text.GLUED,
        spellings=text.SPELLINGS, not_a_thing=not_a_thing))


def bears_on(clause: str, text: str, clashes: Mapping[str, set[str]]) -> bool:
    """Whether ``clause`` would bear on the request ``text`` (or not fit it): it holds
    a stretch of ``clashes`` and ``text`` a word that stretch clashes with."""
    said = set(words(text))
    return any(reason in clause and said & clash for reason, clash in clashes.items())


def sound_ways(sound_alike: Iterable[tuple[str, str]],
               spellings: Mapping[str, object]) -> tuple[list[tuple[str, str]],
                                                         list[tuple[str, str]]]:
    """A set's sound-alike pairs as (words split, sounds off), no name spelling among
    the sounds off (a name spelt otherwise is a kind of its own)."""
    pairs = list(sound_alike)
    return ([(a, b) for a, b in pairs if " " in b],
            [(a, b) for a, b in pairs if " " not in b and a not in spellings])


def misheard(phrase: str, rng: random.Random, *, labels: Labels,
             glued: Iterable[tuple[str, str]], splits: list[tuple[str, str]],
             sounds: list[tuple[str, str]], word_twice: bool = False) -> str:
    """``phrase`` as a recogniser mishears it, one way drawn among those that fit it (a
    letter dropped from a long word that is no name or number, two words run together,
    a word split, a sound off, and with ``word_twice`` a word of two letters or more
    said twice); the phrase itself when none fits."""
    toks = phrase.split()
    spaced = f" {phrase} "
    ways = {
        "dropped letter": [(i, t) for i, t in enumerate(toks)
                           if len(t) >= 6 and t.isalpha() and not labels.strict(t)],
        "joined": [(a, b) for a, b in glued if f" {a} " in spaced],
        "split": [(a, b) for a, b in splits if a in toks],
        "sound off": [(a, b) for a, b in sounds if a in toks],
    }
    if word_twice:
        ways["word twice"] = [(i, t) for i, t in enumerate(toks) if len(t) >= 2]
    fitting = sorted(w for w, found in ways.items() if found)
    if not fitting:
        return phrase
    way = rng.choice(fitting)
    if way == "dropped letter":
        i, tok = rng.choice(ways[way])
        j = rng.randrange(1, len(tok) - 1)
        return " ".join([*toks[:i], tok[:j] + tok[j + 1:], *toks[i + 1:]])
    if way == "word twice":
        i, tok = rng.choice(ways[way])
        return " ".join([*toks[:i], tok, tok, *toks[i + 1:]])
    a, b = rng.choice(ways[way])
    if way == "joined":
        return spaced.replace(f" {a} ", f" {b} ", 1).strip()
    return " ".join(b if t == a else t for t in toks)


def names_swapped(phrase: str, others: Mapping[str, Iterable[str]]) -> list[str]:
    """``phrase`` with a name of it said as each other name ``others`` gives for it
    (another spelling, another name alike)."""
    toks = phrase.split()
    return [" ".join([*toks[:i], other, *toks[i + 1:]])
            for i, t in enumerate(toks) for other in others.get(t, ())]


def live_used_texts(earlier: Sequence[str], could_say: Callable[[str], bool]
                    ) -> frozenset[str]:
    """Every dataset sentence another split draws on that a set could say, normalised:
    the twenty-first's sources (the twentieth's and earlier) and the out-of-scope cases
    of the homes of the splits ``earlier``, those ``could_say`` keeps. (The 35th-39th
    sets each wrote this body again, differing only in their lists.)"""
    import importlib

    from _resolver_data import build_home
    from _resolver_twentyfirst import used_texts as sources

    said = {norm(c.utterance) for name in earlier
            for seed in importlib.import_module(f"_resolver_{name}").SEEDS
            for c in build_home(seed, split=name).cases if c.routine is None}
    return frozenset(t for t in said | sources() if could_say(t))


@lru_cache(maxsize=8)
def read_used(path: Path) -> frozenset[str]:
    """A set's used sentences as written to ``path`` (one a line, gzip)."""
    with gzip.open(path, "rt", encoding="utf-8") as f:
        return frozenset(line for line in f.read().split("\n") if line)


def write_used(path: Path, texts: Iterable[str]) -> None:
    """Write ``texts`` to ``path``, sorted, one a line, gzip with no time stamp (so the
    file is the same bytes each time)."""
    with gzip.GzipFile(path, "wb", mtime=0) as f:
        f.write("\n".join(sorted(texts)).encode("utf-8"))


@dataclass(frozen=True)
class MadeHere:
    """What a set makes beside the shared generator's cases, in its own words: a taught
    phrase misheard beside a clause (``misheard_kind``), a taught name written as it
    sounds (``name_spelt_kind``) and, where the set has them, half of the cases said
    beside a clause written again without punctuation (``unpunctuated``, under the kinds
    of ``unpunctuated_kinds``: "in scope", "misheard", "out of scope") and a quarter of
    the in-scope ones with each sentence end as a comma (``paused``, ``paused_kind``)."""

    spec: BlindSet
    clauses: Sequence[str]
    misheard: Callable[[str, random.Random], str]
    name_spelt: Callable[[str], list[str]]
    misheard_kind: str
    name_spelt_kind: str
    salts: tuple[int, ...]
    """The set's own numbers for its draws: the misheard ones' (``seed * 104729 +``),
    then, where it makes them, the unpunctuated (``seed * 7727 +``) and paused ones'
    (``seed * 6997 +``); a set's numbers are what it drew when it was written."""
    unpunctuated: Callable[[str], str] | None = None
    unpunctuated_kinds: Mapping[str, str] | None = None
    paused: Callable[[str], str] | None = None
    paused_kind: str = ""


def build(made: MadeHere, seed: int, *, n_routines: int, per_phrase: int, per_kind: int,
          n_real: int, heard: bool) -> Home:
    """A home of ``made.spec`` built by the shared generator, with the cases ``made``
    says the set makes after them (each kind reads the cases made before it)."""
    home = blind.build(made.spec, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)
    home.cases.extend(_misheard_cases(made, home, seed))
    if made.unpunctuated is not None:
        home.cases.extend(_unpunctuated_cases(made, home, seed))
    if made.paused is not None:
        home.cases.extend(_paused_cases(made, home, seed))
    return home


def _misheard_cases(made: MadeHere, home: Home, seed: int) -> list[Case]:
    """The cases of the misheard and name-spelt kinds for ``home``: up to four distinct
    mishearings of each phrase, each beside a clause that does not bear on it, and each
    way its name is written as it sounds, plainly and beside a clause; never a case the
    home has."""
    spec, labels = made.spec, made.spec.labels
    rng = random.Random(seed * 104729 + made.salts[0])
    phrases = home.phrases
    have = {c.utterance for c in home.cases}
    out: list[Case] = []

    def aside(core: str, phrase: str, routine: str) -> str | None:
        fitting = [c for c in made.clauses if fits(spec, c, core) and fits(spec, c, phrase)]
        rng.shuffle(fitting)
        return next((wrap(c, core) for c in fitting[:30]
                     if labels.wrap_ok(wrap(c, core), phrase, routine, phrases)), None)

    for phrase, routine in phrases:
        tries = (made.misheard(phrase, rng) for _ in range(80))
        cores = list(dict.fromkeys(
            c for c in tries if c != phrase and labels.noisy_ok(c, phrase, routine, phrases)))
        spelt = [c for c in made.name_spelt(phrase)
                 if labels.noisy_ok(c, phrase, routine, phrases)]
        out_kinds = [(aside(c, phrase, routine), made.misheard_kind) for c in cores[:4]]
        out_kinds += [(c, made.name_spelt_kind) for c in spelt]
        out_kinds += [(aside(c, phrase, routine), made.name_spelt_kind) for c in spelt]
        for text, kind in out_kinds:
            if text and text not in have:
                have.add(text)
                out.append(Case(text, routine, kind))
    return out


def _labels_by_words(home: Home) -> dict[str, set[str | None]]:
    labels: dict[str, set[str | None]] = {}
    for case in home.cases:
        labels.setdefault(norm(case.utterance), set()).add(case.routine)
    return labels


def _unpunctuated_cases(made: MadeHere, home: Home, seed: int) -> list[Case]:
    """For half of the home's cases said beside a clause (in scope exactly or misheard,
    or out of scope), the same sentence as a recogniser without punctuation writes it,
    under the kind of ``made.unpunctuated_kinds`` its class takes; never a sentence the
    home has, nor one whose words another case says with another label."""
    assert made.unpunctuated is not None and made.unpunctuated_kinds is not None
    rng = random.Random(seed * 7727 + made.salts[1])
    written = made.unpunctuated_kinds
    beside = {**{k: written["in scope"] for k in made.spec.wrapped_kinds.values()},
              made.misheard_kind: written["misheard"],
              made.name_spelt_kind: written["misheard"],
              **{k: written["out of scope"] for k in made.spec.wrapped_out.values()}}
    have = {c.utterance for c in home.cases}
    labels = _labels_by_words(home)
    out: list[Case] = []
    for case in [c for c in home.cases if c.kind in beside]:
        said = made.unpunctuated(case.utterance)
        if rng.random() >= 0.5 or said in have or said == case.utterance \
                or labels.get(norm(said), {case.routine}) != {case.routine}:
            continue  # (a name said plainly has nothing to lose)
        have.add(said)
        out.append(Case(said, case.routine, beside[case.kind]))
    return out


def _paused_cases(made: MadeHere, home: Home, seed: int) -> list[Case]:
    """For a quarter of the home's in-scope cases said exactly beside a clause that ends
    a sentence next to the phrase (the set's wrapped kinds), the same sentence with each
    sentence end written as a comma (``made.paused``), under ``made.paused_kind``; never
    a sentence the home has, nor one whose words another case says with another label."""
    assert made.paused is not None
    rng = random.Random(seed * 6997 + made.salts[2])
    kinds = set(made.spec.wrapped_kinds.values())
    have = {c.utterance for c in home.cases}
    labels = _labels_by_words(home)
    out: list[Case] = []
    for case in [c for c in home.cases if c.kind in kinds]:
        said = made.paused(case.utterance)
        if said == case.utterance or rng.random() >= 0.25 or said in have \
                or labels.get(norm(said), {case.routine}) != {case.routine}:
            continue
        have.add(said)
        out.append(Case(said, case.routine, made.paused_kind))
    return out
