"""The label guards of the tenth held-out resolver set (benchmarks/_resolver_tenth.py):
what a text says as labels compare it, and whether a noisy or wrapped case is still its
phrase. The ninth set's guards (benchmarks/_resolver_ninth_labels.py; its helpers that
hold no table are imported from there and from the eighth's) with this set's own
tables: its nicknames ("skipper"), device names ("nova"), markers ("short
version"), politeness ("that'd be smashing"), time words ("stat"), corrections ("d'oh"),
questions ("think you could"), regional speech ("howay"), reasons and plans ("seeing as
it's chilly", "i'm hitting the hay shortly"), repeats ("i repeat"), pauses ("ummm"),
a child's or tired voice ("mummy"), tags ("capisce?", "na?"), dictation words
("period", "comma"), other languages' words ("por favor", "yalla"), exasperation
("argh") and a non-native speaker's frames ("i want", "do X for me") are wrapping,
wherever they are said. Recogniser-style errors of its own (``misrecognised``): two
words written as one ("hottub"), an article dropped, an American spelling.
Tuning must not open this file.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache

from _resolver_data import _FUNCTION, _STOP, SOUND_ALIKE
from _resolver_eighth_labels import _splits, contains, restated, said_as, words
from _resolver_ninth_labels import _once, recognised, written
from _resolver_tenth_text import (
    GLUED,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SYNONYMS,
    TENTH_SOUND_ALIKE,
    WRAPPER_WORDS,
)
from rapidfuzz import fuzz

SOUNDS: dict[str, list[str]] = {k: list(v) for k, v in SOUND_ALIKE.items()}
"""The generic table and the tenth set's own pairs (its homes only)."""
for _a, _b in TENTH_SOUND_ALIKE:
    SOUNDS.setdefault(_a, []).append(_b)
    if " " not in _b:
        SOUNDS.setdefault(_b, []).append(_a)

WRAPPING = {*WRAPPER_WORDS, "i", "we", "alexa", "google", "siri", "hey", "please", "thanks", "for",
            "me", "if", "so", "just", "and", "oh", "now"}
"""Words that only wrap a request, struck wherever they are once the expressions of
:data:`MULTI_WRAPPING` are out."""
_MULTI = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in sorted(
    MULTI_WRAPPING, key=len, reverse=True)) + r")(?![\w'])")
_FUNCTION10 = _FUNCTION - {"all"}
_WEAK = {"bit", "some", "way", "here", "now", "time", "mode", "my", "it", "on", "off",
         "our", "his", "her", "their", "up", "out", "down", "day", "night", "tonight",
         "today", "week", "in", "at", "yet", "this", "next", "away"}
_NOT_A_THING = {
    "start", "starts", "turn", "make", "put", "get", "let", "set", "switch", "go", "going",
    "come", "are", "is", "have", "take", "give", "play", "call", "ring", "text", "tell",
    "message", "heat", "warm", "keep", "lock", "open", "close", "closed", "shut", "feed",
    "fire", "check", "charge", "run", "pack", "hang", "fold", "iron", "reset", "book",
    "print", "clean", "light", "water", "wake", "heading", "sleeping", "throwing", "how",
    "what's", "when's", "which", "where", "who", "does", "work", "after", "gone", "just",
    "arrived", "we've", "we're", "kiln's", "shower's", "alarm's", "delivery's", "biscuit's",
    "finished", "beeping", "ready", "cool", "here", "back", "so", "and", "not", "no",
    "with", "the", "an", "till", "late", "request", "code", "six", "three",
    "eleven", "ten", "seven",
}
"""Verbs and other words a person would not say alone to name a routine, nor put in
another request as its subject."""


def fold(word: str) -> list[str]:
    word = SYNONYMS.get(word, word)
    return [re.sub(r"(?<=...)(?:ing|s)$", "", w) for w in word.split()]


@lru_cache(maxsize=65536)
def canon(text: str) -> tuple[str, ...]:
    """What a text says, as labels compare it: wrapping expressions and words and
    function words out, synonyms folded, plural and -ing endings off."""
    joined = _MULTI.sub(" ", " ".join(words(text)))
    return tuple(f for w in joined.split() if w not in WRAPPING and w not in _FUNCTION10
                 for f in fold(w))


def content(text: str) -> set[str]:
    """Content words of a text, cue words ("on", "off", "not") kept."""
    return set(canon(text))


def same_request(phrase: str) -> set[str]:
    return {p for group in SAME_REQUEST if phrase in group for p in group} - {phrase}


def _forms(word: str) -> set[str]:
    return {word, word.replace("'", ""), *NUMBERS.get(word, ()), *SOUNDS.get(word, ())}


def kept(word: str, core: str, phrase: str = "") -> bool:
    """Whether ``word`` (of ``phrase``) is still in ``core``: itself or without its
    apostrophe, a listed sound-alike, the other form of a number, run together with
    other words of the phrase or function words ("hottub"), or (four letters or more,
    not names or numbers) misspelt near enough (character similarity >= 60)."""
    heard = words(core)
    joined = " ".join(heard)
    forms = _forms(word)
    if any(f" {f} " in f" {joined} " for f in forms):
        return True
    parts = set(phrase.split()) | _FUNCTION | forms | {"um", "uh", "er"}
    if any(len(h) > len(word) and any(word in split for split in _splits(h, parts))
           for h in heard):
        return True
    strict = word in NAMES or word in NUMBERS or any(c.isdigit() for c in word)
    return not strict and len(word) >= 4 and any(fuzz.ratio(word, h) >= 60 for h in heard)


_SPARE = {"now", "bit", "some", "way", "here", "it", "just", "so", "with", "up", "out",
          "on"}


def must_keep(phrase: str) -> list[str]:
    """Words a noisy version of ``phrase`` keeps: all but function and filler words."""
    return [w for w in phrase.split() if w not in _FUNCTION10 and w not in _SPARE]


class Taught:
    """What a home taught, in the forms the label guards compare."""

    def __init__(self, phrases: list[tuple[str, str]]) -> None:
        self.phrases = phrases
        self.texts = {p for p, _ in phrases}
        self.said = {said_as(p) for p in self.texts}
        self.canons = {canon(p) for p in self.texts}
        self.contents = [content(p) for p in self.texts]
        self.same = [content(s) for p in self.texts for s in same_request(p)]
        self.same_canons = {restated(canon(s)) for p in self.texts for s in same_request(p)}

    def is_phrase(self, text: str) -> bool:
        """A taught phrase, maybe wrapped, misspelt only in plurals, or in synonyms,
        said again or after a false start ("tea and toast, tea and toast")."""
        return said_as(text) in self.said or restated(canon(text)) in self.canons \
            or _once(canon(text)) in self.canons

    def asks_same(self, text: str) -> bool:
        """Whether ``text`` says, as labels compare it, a phrase that asks for what a
        taught one does ("heater on" when "panel heater up" is taught: "heating on")."""
        return restated(canon(text)) in self.same_canons

    def holds_phrase(self, text: str) -> bool:
        """Whether ``text`` says every content word of some taught phrase."""
        have = content(text)
        return any(c and c <= have for c in self.contents)

    def holds_same(self, text: str) -> bool:
        """Whether ``text`` says every content word of a phrase that asks for what a
        taught one does ("boil the kettle" when "tea and toast" is taught)."""
        have = content(text)
        return any(c and c <= have for c in self.same)

    def means_phrase(self, phrase: str) -> bool:
        """An untaught phrase that asks for what a taught one does."""
        return bool(same_request(phrase) & self.texts)


def noisy_ok(core: str, phrase: str, routine: str, phrases: list[tuple[str, str]]) -> bool:
    """The label guard of a noisy in-scope case: ``core`` (the phrase as heard, before
    wrapping) is still ``phrase`` of ``routine`` and no other routine's phrase."""
    if not core.strip():
        return False
    others = [(p, r) for p, r in phrases if r != routine]
    if said_as(core) in {said_as(p) for p, _ in others} or canon(core) in {
            canon(p) for p, _ in others}:
        return False
    if not all(kept(w, core, phrase) for w in must_keep(phrase)):
        return False
    mine = content(phrase)
    for other, _ in others:
        # what sets it apart from a sibling sharing words must survive
        theirs = content(other)
        extra = [w for w in phrase.split() if fold(w)[0] in mine - theirs]
        if mine & theirs and extra and not any(kept(w, core, phrase) for w in extra):
            return False
    return True


def wrap_ok(text: str, phrase: str, routine: str, phrases: list[tuple[str, str]]) -> bool:
    """The guard of a wrapped in-scope case: the wrapping made it no other routine's
    phrase and completed no other routine's phrase, but phrases inside this one."""
    others = Taught([(p, r) for p, r in phrases if r != routine])
    if others.is_phrase(text):
        return False
    have, mine = content(text), content(phrase)
    return not any(c and c <= have and not c <= mine for c in others.contents)


def numbers(text: str, rng: random.Random) -> str:
    """Numbers and clock times written in their other form, as recognisers do."""
    out = []
    for w in text.split():
        if w in NUMBERS and rng.random() < 0.4:
            w = NUMBERS[w][0]
        out.append(w)
    return " ".join(out)


_ARTICLES = {"the", "a", "my"}
_SPELLINGS = {"neighbours": "neighbors", "mum": "mom", "laundrette": "laundromat",
              "dehumidifier": "dehumidifyer", "labels": "lables", "kettle": "kettel"}


def misrecognised(text: str, rng: random.Random) -> str:
    """``text`` as a phone's recogniser writes it, one of this set's own: two words
    run together ("hottub", :data:`GLUED`), an article dropped ("put kettle on"), an
    American or misspelt form ("neighbors", "kettel"), or the ninth's ways
    (``recognised``: contractions, apostrophes, a stutter)."""
    toks = text.split()
    ways = ["ninth"]
    if any(f" {a} " in f" {text} " for a, _ in GLUED):
        ways.append("glue")
    if len(toks) >= 3 and any(t in _ARTICLES for t in toks):
        ways.append("article")
    if any(t in _SPELLINGS for t in toks):
        ways.append("spelling")
    way = rng.choice(ways)
    if way == "glue":
        a, b = rng.choice([(a, b) for a, b in GLUED if f" {a} " in f" {text} "])
        return f" {text} ".replace(f" {a} ", f" {b} ", 1).strip()
    if way == "article":
        i = rng.choice([i for i, t in enumerate(toks) if t in _ARTICLES])
        return " ".join(toks[:i] + toks[i + 1:])
    if way == "spelling":
        return " ".join(_SPELLINGS.get(t, t) for t in toks)
    return recognised(text, rng)


def thing(word: str) -> bool:
    """A word that can be the subject of a request: not a function word, a verb, a
    number or a filler ("kiln", "airer", "windbreak")."""
    return word not in _STOP and word not in _WEAK and word not in _NOT_A_THING \
        and word not in NUMBERS and not any(c.isdigit() for c in word) and len(word) > 2 \
        and "'" not in word and word not in WRAPPING


def fragments(phrase: str, taught: Taught, uses: Counter[str]) -> list[tuple[str, bool]]:
    """Proper parts of ``phrase`` a person might say alone, each with whether it is a
    lone word: its two least used distinctive words ("windbreak" for "pack the beach
    bag and the windbreak") and the phrase cut short to at most half of what it says,
    never a part that says a whole taught phrase or means one."""
    toks = phrase.split()
    mine = content(phrase)
    lone = [w for w in toks if thing(w) and w not in NAMES]
    words_alone = sorted(lone, key=lambda w: (uses[w], -len(w), w)) if len(mine) >= 2 else []
    parts = [" ".join(part) for n in range(len(toks) - 1, 1, -1)
             for part in (toks[:n], toks[-n:])]
    parts = [t for t in parts if content(t) < mine and 2 * len(content(t)) <= len(mine)
             and any(thing(w) for w in t.split()) and t.split()[-1] not in ("and", "the")]

    def fine(text: str) -> bool:
        return bool(content(text)) and not taught.is_phrase(text) \
            and not taught.holds_phrase(text) and not taught.means_phrase(text)

    out = [(w, True) for w in words_alone if fine(w)][:2]
    return out + [(t, False) for t in parts if fine(t)][:1]


__all__ = ["SOUNDS", "Taught", "canon", "contains", "content", "fold", "fragments", "kept",
           "misrecognised", "must_keep", "noisy_ok", "numbers", "recognised", "restated",
           "said_as", "same_request", "thing", "words", "wrap_ok", "written"]
