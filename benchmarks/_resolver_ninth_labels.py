"""The label guards of the ninth held-out resolver set (benchmarks/_resolver_ninth.py):
what a text says as labels compare it, and whether a noisy or wrapped case is still its
phrase. The eighth set's guards (benchmarks/_resolver_eighth_labels.py; its helpers that
hold no table are imported from there) with this set's own tables: its nicknames
("hen", "dude"), markers ("alrighty", "mind you"), politeness ("much appreciated"), time
words ("chop chop"), corrections ("scratch that"), questions ("could ya"), regional
speech ("aye", "so it is", "gonna need"), reasons ("because it's late"), repeats ("for
real"), filled pauses ("umm", "uhh"), a child's or tired voice ("pleeease") and tags
("yeah?", "if that suits") are wrapping, wherever they are said. Recogniser-style
errors of its own (``recognised``, ``written``): contractions written out, apostrophes
dropped, numbers and clock times in the other form, a stutter, and the whole utterance
with a capital and a full stop.
Tuning must not open this file.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from _resolver_data import _FUNCTION, _STOP, SOUND_ALIKE
from _resolver_eighth_labels import _splits, contains, restated, said_as, words
from _resolver_ninth_text import (
    MULTI_WRAPPING,
    NAMES,
    NINTH_SOUND_ALIKE,
    NUMBERS,
    RECOGNISER_EXPANSIONS,
    SAME_REQUEST,
    SYNONYMS,
    WRAPPER_WORDS,
)
from rapidfuzz import fuzz

SOUNDS: dict[str, list[str]] = {k: list(v) for k, v in SOUND_ALIKE.items()}
"""The generic table and the ninth set's own pairs (its homes only)."""
for _a, _b in NINTH_SOUND_ALIKE:
    SOUNDS.setdefault(_a, []).append(_b)
    if " " not in _b:
        SOUNDS.setdefault(_b, []).append(_a)

WRAPPING = {*WRAPPER_WORDS, "alexa", "google", "siri", "hey", "please", "thanks", "for",
            "me", "if", "so", "just", "and", "oh", "now"}
"""Words that only wrap a request, struck wherever they are once the expressions of
:data:`MULTI_WRAPPING` are out."""
_MULTI = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in sorted(
    MULTI_WRAPPING, key=len, reverse=True)) + r")(?![\w'])")
_FUNCTION9 = _FUNCTION - {"all"}
_WEAK = {"bit", "some", "way", "here", "now", "time", "mode", "my", "it", "on", "off",
         "our", "his", "her", "their", "up", "out", "down", "day", "night", "tonight",
         "today", "tomorrow", "week", "in", "at"}
_NOT_A_THING = {
    "start", "turn", "make", "put", "get", "got", "let", "set", "switch", "go", "going",
    "come", "coming", "are", "is", "have", "take", "taking", "give", "play", "call",
    "ring", "heat", "warm", "lock", "locks", "open", "close", "wake", "feed", "fill",
    "check", "charge", "charging", "run", "do", "dry", "add", "bleed", "leave", "tidy",
    "sterilise", "fold", "cash", "cashing", "record", "remind", "needs", "whose", "how",
    "much", "what's", "who", "which", "everyone", "last", "one", "first", "late", "here",
    "free", "building", "second", "half", "price", "minutes", "back", "through",
    "there", "i've", "we're", "it's", "van's", "shower's", "pizza's", "queue's",
    "credit's", "carer's", "baby's", "landlord's", "usual", "rise", "shine", "morning",
    "twinkle", "test", "so", "and", "not", "no", "never", "with", "into", "this", "over",
    "an", "the", "upstairs", "downstairs", "asleep", "degrees", "o'clock",
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
    return tuple(f for w in joined.split() if w not in WRAPPING and w not in _FUNCTION9
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
    apostrophe, a listed sound-alike, the other form of a number or time, run together
    with other words of the phrase or function words, or (four letters or more, not
    names or numbers) misspelt near enough (character similarity >= 60)."""
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
    """Words a noisy version of ``phrase`` keeps: all but function and filler words
    ("on" too unless it is all that tells the phrase from its "off" sibling, which the
    sibling check of :func:`noisy_ok` sees)."""
    return [w for w in phrase.split() if w not in _FUNCTION9 and w not in _SPARE]


class Taught:
    """What a home taught, in the forms the label guards compare."""

    def __init__(self, phrases: list[tuple[str, str]]) -> None:
        self.phrases = phrases
        self.texts = {p for p, _ in phrases}
        self.said = {said_as(p) for p in self.texts}
        self.canons = {canon(p) for p in self.texts}
        self.contents = [content(p) for p in self.texts]
        self.same = [content(s) for p in self.texts for s in same_request(p)]

    def is_phrase(self, text: str) -> bool:
        """A taught phrase, maybe wrapped, misspelt only in plurals, or in synonyms,
        said again or after a false start ("the usual, the usual")."""
        return said_as(text) in self.said or restated(canon(text)) in self.canons \
            or _once(canon(text)) in self.canons

    def holds_phrase(self, text: str) -> bool:
        """Whether ``text`` says every content word of some taught phrase."""
        have = content(text)
        return any(c and c <= have for c in self.contents)

    def holds_same(self, text: str) -> bool:
        """Whether ``text`` says every content word of a phrase that asks for what a
        taught one does ("make me a coffee" when "coffee machine on at 7" is taught:
        "make coffee" asks for the same)."""
        have = content(text)
        return any(c and c <= have for c in self.same)

    def means_phrase(self, phrase: str) -> bool:
        """An untaught phrase that asks for what a taught one does."""
        return bool(same_request(phrase) & self.texts)


def _once(said: tuple[str, ...]) -> tuple[str, ...]:
    """``said`` said two or three times over ("pres pres pres") said once."""
    for n in (2, 3):
        if said and len(said) % n == 0 and said == said[: len(said) // n] * n:
            return said[: len(said) // n]
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
    """Numbers and clock times written in their other form, as recognisers do."""
    out = []
    for w in text.split():
        if w in NUMBERS and rng.random() < 0.4:
            w = NUMBERS[w][0]
        out.append(w)
    return " ".join(out)


_CONTRACT = {v: k for k, v in RECOGNISER_EXPANSIONS.items()}


def recognised(text: str, rng: random.Random) -> str:
    """``text`` as a recogniser writes it, one of: a contraction written out ("what
    is") or made ("we're" for "we are"), an apostrophe dropped ("nonnas"), a word said
    twice ("the the bins"); unchanged when none fits."""
    toks = text.split()
    ways = []
    if any(t in RECOGNISER_EXPANSIONS for t in toks):
        ways.append("expand")
    if any(f"{a} {b}" in _CONTRACT for a, b in pairwise(toks)):
        ways.append("contract")
    if any("'" in t for t in toks):
        ways.append("apostrophe")
    if len(toks) >= 2:
        ways.append("stutter")
    if not ways:
        return text
    way = rng.choice(ways)
    if way == "expand":
        i = rng.choice([i for i, t in enumerate(toks) if t in RECOGNISER_EXPANSIONS])
        toks[i] = RECOGNISER_EXPANSIONS[toks[i]]
    elif way == "contract":
        i = rng.choice([i for i, (a, b) in enumerate(pairwise(toks))
                        if f"{a} {b}" in _CONTRACT])
        toks[i: i + 2] = [_CONTRACT[f"{toks[i]} {toks[i + 1]}"]]
    elif way == "apostrophe":
        i = rng.choice([i for i, t in enumerate(toks) if "'" in t])
        toks[i] = toks[i].replace("'", "")
    else:
        i = rng.randrange(len(toks) - 1)
        toks.insert(i, toks[i])
    return " ".join(toks)


def written(text: str, rng: random.Random, marks: str = "..?!") -> str:
    """A whole utterance as Whisper writes it: a capital first letter and a full stop,
    question mark or exclamation mark (one of ``marks``) at the end ("Umm, hen, the
    usual."). A request is given no question mark it did not have: "ramp lights on?"
    might ask whether they are."""
    text = text.rstrip()
    if text[-1:] in ".?!":
        return text[:1].upper() + text[1:]
    return text[:1].upper() + text[1:] + rng.choice(marks)


def thing(word: str) -> bool:
    """A word that can be the subject of a request: not a function word, a verb, a
    number or a filler ("hoover", "chillers", "hoist")."""
    return word not in _STOP and word not in _WEAK and word not in _NOT_A_THING \
        and word not in NUMBERS and not any(c.isdigit() for c in word) and len(word) > 2 \
        and "'" not in word


def fragments(phrase: str, taught: Taught, uses: Counter[str]) -> list[tuple[str, bool]]:
    """Proper parts of ``phrase`` a person might say alone, each with whether it is a
    lone word: its two least used distinctive words ("hoist" for "charge the hoist")
    and the phrase cut short to at most half of what it says, never a part that says
    a whole taught phrase or means one."""
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


__all__ = ["SOUNDS", "Taught", "canon", "contains", "content", "fold", "fragments", "kept",
           "must_keep", "noisy_ok", "numbers", "recognised", "restated", "said_as",
           "same_request", "thing", "words", "wrap_ok", "written"]
