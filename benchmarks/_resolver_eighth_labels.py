"""The label guards of the eighth held-out resolver set (benchmarks/_resolver_eighth.py):
what a text says as labels compare it, and whether a noisy or wrapped case is still its
phrase. The seventh set's guards, with this set's own tables and wrappers: nicknames
("mate", "sweetheart", "machine"), discourse markers ("innit", "so yeah", "basically"),
politeness ("would you be so kind as to", "ta muchly"), time words ("straight away",
"asap"), self-corrections ("no wait", "i mean") and question frames ("can we have",
"could i get") are wrapping, wherever they are said. Tuning must not open this file.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache

from _resolver_data import _FUNCTION, _STOP, SOUND_ALIKE
from _resolver_eighth_text import (
    EIGHTH_SOUND_ALIKE,
    MULTI_WRAPPING,
    NAMES,
    NUMBERS,
    SAME_REQUEST,
    SYNONYMS,
    VOCATIVES,
)
from rapidfuzz import fuzz

SOUNDS: dict[str, list[str]] = {k: list(v) for k, v in SOUND_ALIKE.items()}
"""The generic table and the eighth set's own pairs (its homes only)."""
for _a, _b in EIGHTH_SOUND_ALIKE:
    SOUNDS.setdefault(_a, []).append(_b)
    if " " not in _a:
        SOUNDS.setdefault(_b, []).append(_a)

WRAPPING = {
    *VOCATIVES, "alexa", "google", "siri", "ok", "okay", "hey", "hi", "oi", "um", "uh",
    "er", "erm", "hmm", "innit", "like", "yeah", "anyway", "anyways", "basically",
    "actually", "well", "look", "honestly", "so", "please", "thanks", "thank", "cheers",
    "ta", "sorry", "oops", "lovely", "asap", "pronto", "quick", "immediately", "sharpish",
    "now", "then", "wait", "yes", "right", "could", "would", "can", "you", "do",
    "for", "me", "us", "i", "we", "if", "it's", "you'd", "obliged", "much", "ever", "very",
    "just", "again", "and", "oh",
}
"""Words that only wrap a request (nicknames, markers, politeness, time words,
corrections), struck wherever they are once the expressions of
:data:`MULTI_WRAPPING` are out."""
_MULTI = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in sorted(
    MULTI_WRAPPING, key=len, reverse=True)) + r")\b")
_FUNCTION8 = _FUNCTION - {"all"}
_WEAK = {"bit", "some", "way", "here", "now", "time", "mode", "my", "it", "on", "off",
         "our", "his", "their", "up", "out", "day", "night", "tonight", "today", "week"}
_NOT_A_THING = {
    "start", "turn", "make", "put", "get", "let", "set", "switch", "go", "going", "come",
    "coming", "are", "is", "have", "take", "give", "watch", "play", "call", "ring", "heat",
    "warm", "cool", "lock", "open", "close", "shut", "feed", "fill", "check", "charge",
    "show", "dry", "hook", "flash", "water", "boost", "pack", "run", "preheat", "boil",
    "collect", "restock", "light", "lights", "print", "tell", "finishes", "leaving",
    "early", "late", "ready", "made", "here", "what's", "which", "how", "many", "who",
    "when", "down", "over", "back", "from", "first", "max", "full", "fresh", "little",
    "ones", "everyone", "someone", "two", "three's", "after", "ten", "six", "live",
    "starting", "online", "busy", "red", "blue", "purple", "cold", "good", "we're",
    "tea's", "food's", "squad's", "time's", "there", "cash", "carry", "friendly",
    "minutes", "hour", "midnight", "not", "no", "never", "with", "eyes", "gone", "duty",
    "up", "off", "into", "this", "it",
}
"""Verbs and other words a person would not say alone to name a routine, nor put in
another request as its subject."""


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


@lru_cache(maxsize=65536)
def said_as(text: str) -> tuple[str, ...]:
    """A text's words as compared for "is this that phrase" (plurals do not count)."""
    return tuple(w.rstrip("s") for w in words(text))


def fold(word: str) -> list[str]:
    word = SYNONYMS.get(word, word)
    return [re.sub(r"(?<=...)(?:ing|s)$", "", w) for w in word.split()]


@lru_cache(maxsize=65536)
def canon(text: str) -> tuple[str, ...]:
    """What a text says, as labels compare it: wrapping expressions and words and
    function words out, synonyms folded, plural and -ing endings off."""
    joined = _MULTI.sub(" ", " ".join(words(text)))
    return tuple(f for w in joined.split() if w not in WRAPPING and w not in _FUNCTION8
                 for f in fold(w))


def content(text: str) -> set[str]:
    """Content words of a text, cue words ("on", "off", "not") kept."""
    return set(canon(text))


def same_request(phrase: str) -> set[str]:
    return {p for group in SAME_REQUEST if phrase in group for p in group} - {phrase}


def _forms(word: str) -> set[str]:
    return {word, *NUMBERS.get(word, ()), *SOUNDS.get(word, ())}


def _splits(token: str, parts: set[str]) -> list[list[str]]:
    """Ways ``token`` is ``parts`` run together ("letpippa": let + pippa)."""
    if not token:
        return [[]]
    return [[token[:i], *rest] for i in range(1, len(token) + 1) if token[:i] in parts
            for rest in _splits(token[i:], parts)]


def kept(word: str, core: str, phrase: str = "") -> bool:
    """Whether ``word`` (of ``phrase``) is still in ``core``: itself, a listed
    sound-alike, the other form of a number, run together with other words of the
    phrase or function words, or (four letters or more, not names or numbers)
    misspelt near enough (character similarity >= 60)."""
    heard = words(core)
    joined = " ".join(heard)
    forms = _forms(word)
    if any(f" {f} " in f" {joined} " for f in forms):
        return True
    parts = set(phrase.split()) | _FUNCTION | forms | {"um", "uh", "er"}
    if any(len(h) > len(word) and any(word in split for split in _splits(h, parts))
           for h in heard):
        return True
    strict = word in NAMES or word in NUMBERS or word.isdigit()
    return not strict and len(word) >= 4 and any(fuzz.ratio(word, h) >= 60 for h in heard)


_SPARE = {"now", "bit", "some", "way", "here", "it", "just", "so", "with", "up", "out"}


def must_keep(phrase: str) -> list[str]:
    """Words a noisy version of ``phrase`` keeps: all but function and filler words."""
    return [w for w in phrase.split() if w not in _FUNCTION8 and w not in _SPARE]


class Taught:
    """What a home taught, in the forms the label guards compare."""

    def __init__(self, phrases: list[tuple[str, str]]) -> None:
        self.phrases = phrases
        self.texts = {p for p, _ in phrases}
        self.said = {said_as(p) for p in self.texts}
        self.canons = {canon(p) for p in self.texts}
        self.contents = [content(p) for p in self.texts]

    def is_phrase(self, text: str) -> bool:
        """A taught phrase, maybe wrapped, misspelt only in plurals, or in synonyms,
        said again or after a false start ("let pippa, i mean, let pippa out")."""
        return said_as(text) in self.said or restated(canon(text)) in self.canons


    def holds_phrase(self, text: str) -> bool:
        """Whether ``text`` says every content word of some taught phrase."""
        have = content(text)
        return any(c and c <= have for c in self.contents)

    def means_phrase(self, phrase: str) -> bool:
        """An untaught phrase that asks for what a taught one does."""
        return bool(same_request(phrase) & self.texts)


def restated(said: tuple[str, ...]) -> tuple[str, ...]:
    """``said`` without a false start or an earlier saying of what follows it: drops
    leading words while what follows begins with them ("let pippa let pippa out")."""
    changed = True
    while changed:
        changed = False
        for n in range(1, len(said) // 2 + 1):
            if said[n: 2 * n] == said[:n]:
                said, changed = said[n:], True
                break
    return said


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
    """Number words written as digits or the other way round, as recognisers do."""
    out = []
    for w in text.split():
        if w in NUMBERS and rng.random() < 0.4:
            w = NUMBERS[w][0]
        out.append(w)
    return " ".join(out)


_FAST = [(r"(?<=\w)h(?=[aeiou])", ""), (r"(?<=\w)ing\b", "in'"), (r"(?<=\w)nd\b", "n"),
         (r"(?<=\w)t\b", ""), (r"(?<=\w)d\b", ""), (r"(?<=[a-z])[aeiou](?=[rnl][a-z])", ""),
         (r"\bth", "d")]


def fast(text: str, rng: random.Random) -> str:
    """One word said fast, as a recogniser writes it: a dropped h, t or d, a dropped
    vowel ("carvan"), "in'" for "ing", "d" for "th" ("de lights")."""
    toks = text.split()
    spots = [(i, pat, rep) for i, w in enumerate(toks) if w not in NAMES
             and not w.isdigit() and w not in NUMBERS
             for pat, rep in _FAST if (len(w) >= 4 or pat == r"\bth") and re.search(pat, w)]
    if not spots:
        return text
    i, pat, rep = rng.choice(spots)
    toks[i] = re.sub(pat, rep, toks[i], count=1)
    return " ".join(toks)


def thing(word: str) -> bool:
    """A word that can be the subject of a request: not a function word, a verb, a
    number or a filler ("caravan", "dishwasher", "porridge")."""
    return word not in _STOP and word not in _WEAK and word not in _NOT_A_THING \
        and word not in NUMBERS and not word.isdigit() and len(word) > 2 and "'" not in word


def fragments(phrase: str, taught: Taught, uses: Counter[str]) -> list[tuple[str, bool]]:
    """Proper parts of ``phrase`` a person might say alone, each with whether it is a
    lone word: its two least used distinctive words ("dishwasher" for "dishwasher
    on") and the phrase cut short to at most half of what it says, never a part that
    says a whole taught phrase or means one."""
    toks = phrase.split()
    mine = content(phrase)
    lone = [w for w in toks if thing(w) and w not in NAMES]
    words_alone = sorted(lone, key=lambda w: (uses[w], -len(w), w)) if len(mine) >= 2 else []
    parts = [" ".join(part) for n in range(len(toks) - 1, 1, -1)
             for part in (toks[:n], toks[-n:])]
    parts = [t for t in parts if content(t) < mine and 2 * len(content(t)) <= len(mine)
             and any(thing(w) for w in t.split())]

    def fine(text: str) -> bool:
        return bool(content(text)) and not taught.is_phrase(text) \
            and not taught.holds_phrase(text) and not taught.means_phrase(text)

    out = [(w, True) for w in words_alone if fine(w)][:2]
    return out + [(t, False) for t in parts if fine(t)][:1]


def contains(outer: str, inner: str) -> bool:
    return f" {' '.join(said_as(inner))} " in f" {' '.join(said_as(outer))} "
