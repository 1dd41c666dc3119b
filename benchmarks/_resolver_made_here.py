"""The kinds a blind set makes beside the shared generator (benchmarks/_resolver_blind.py),
written once: a phrase misheard, a name spelt another way, a clause that bears on a
request, and the gzip file of other splits' sentences a set keeps; and a set's labels,
built from its words module. Each set passes its own tables (clauses, sound-alike lists,
name spellings, the file's path), so the cases are what each set made before this module
held the code."""

from __future__ import annotations

import gzip
import random
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from types import ModuleType

import _resolver_set_words as shared
from _resolver_blind_labels import Labels, Tables
from _resolver_eighth_labels import words


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
