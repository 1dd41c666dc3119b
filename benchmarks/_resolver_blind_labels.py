"""Label guards of a held-out resolver set written blind, from that set's own tables.

The tenth set's guards first held their tables at module level, so a later set could
only have copied them; :class:`Labels` is the same rules (what a text says as labels
compare it, whether a noisy or wrapped case is still its phrase) built from a
:class:`Tables` of the set's own words, so each new set brings its words and shares the
rules. Besides the tenth's rules it strikes a stutter's broken starts ("b-b-bilge",
"bil- bilge": a first sound cut off and said again), which no tenth case has: the
tenth's labels are these rules over its tables now, and build its cases as they were
(tests/test_resolver_sets_unchanged.py hashes them). Tuning must not open this file's
users' tables.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from _resolver_data import _FUNCTION, _STOP, SOUND_ALIKE
from _resolver_eighth_labels import _splits, restated, said_as, words
from _resolver_ninth_labels import _once, recognised
from rapidfuzz import fuzz

WEAK = {"bit", "some", "way", "here", "now", "time", "mode", "my", "it", "on", "off",
        "our", "his", "her", "their", "up", "out", "down", "day", "night", "tonight",
        "today", "week", "in", "at", "yet", "this", "next", "away"}
"""Words that say little of which routine is meant ("mode", "time", "on")."""
NOT_A_THING = {
    "start", "starts", "turn", "make", "put", "get", "let", "set", "switch", "go", "going",
    "come", "are", "is", "have", "take", "give", "play", "call", "ring", "text", "tell",
    "message", "heat", "warm", "keep", "lock", "open", "close", "closed", "shut", "feed",
    "fire", "check", "charge", "run", "pack", "hang", "fold", "iron", "reset", "book",
    "print", "clean", "light", "water", "wake", "heading", "how", "what's", "when's",
    "which", "where", "who", "does", "work", "after", "gone", "just", "finished", "ready",
    "cool", "here", "back", "so", "and", "not", "no", "with", "the", "an", "till", "late",
}
"""Verbs and other words a person would not say alone to name a routine, nor put in
another request as its subject (the tenth's, less its homes' own words)."""
_SPARE = {"now", "bit", "some", "way", "here", "it", "just", "so", "with", "up", "out",
          "on"}
_ARTICLES = {"the", "a", "my"}
_FUNCTION_ALL = _FUNCTION - {"all"}
_ENDING = re.compile(r"(?<=...)(?:ing|s)$")
_STUTTER = re.compile(r"\b([a-z']{1,4})-[\s.]*(?=\1)")
"""A first sound broken off and said again ("b-b-bilge", "bil- bilge")."""
BASE_WRAPPING = {"i", "we", "alexa", "google", "siri", "hey", "please", "thanks", "for", "me",
                 "if", "so", "just", "and", "oh", "now"}


@dataclass(frozen=True)
class Tables:
    """A set's own words, as its labels need them."""

    multi_wrapping: list[str]
    wrapper_words: set[str]
    synonyms: dict[str, str]
    same_request: list[set[str]]
    names: set[str]
    numbers: dict[str, tuple[str, ...]]
    sound_alike: list[tuple[str, str]]
    glued: list[tuple[str, str]]
    spellings: dict[str, str]
    not_a_thing: set[str] = field(default_factory=set)


class Labels:
    """The label rules over one set's :class:`Tables`."""

    def __init__(self, tables: Tables) -> None:
        self.tables = tables
        self.sounds: dict[str, list[str]] = {k: list(v) for k, v in SOUND_ALIKE.items()}
        for a, b in tables.sound_alike:
            self.sounds.setdefault(a, []).append(b)
            if " " not in b:
                self.sounds.setdefault(b, []).append(a)
        self.wrapping = {*tables.wrapper_words, *BASE_WRAPPING}
        self._multi = re.compile(r"\b(?:" + "|".join(re.escape(m) for m in sorted(
            tables.multi_wrapping, key=len, reverse=True)) + r")(?![\w'])")
        self.not_a_thing = NOT_A_THING | tables.not_a_thing
        self.canon = lru_cache(maxsize=65536)(self._canon)
        self._same: dict[str, frozenset[str]] | None = None
        self._guards: dict[tuple, tuple[set, set, list[str], list[list[str]]]] = {}
        self.fold = lru_cache(maxsize=65536)(self._fold)
        """A word folded as labels compare it (cached: a home's labels fold the same
        few thousand words about a million times)."""

    def _fold(self, word: str) -> tuple[str, ...]:
        word = self.tables.synonyms.get(word, word)
        return tuple(_ENDING.sub("", w) for w in word.split())

    def _canon(self, text: str) -> tuple[str, ...]:
        """What a text says, as labels compare it: a stutter's broken starts, wrapping
        expressions and words and function words out, synonyms folded, plural and -ing
        endings off."""
        joined = self._multi.sub(" ", " ".join(words(_STUTTER.sub("", text.lower()))))
        return tuple(f for w in joined.split() if w not in self.wrapping
                     and w not in _FUNCTION_ALL for f in self.fold(w))

    def content(self, text: str) -> set[str]:
        """Content words of a text, cue words ("on", "off", "not") kept."""
        return set(self.canon(text))

    def same_request(self, phrase: str) -> frozenset[str]:
        """The phrases listed as asking for the same as ``phrase`` (read-only)."""
        if self._same is None:
            same: dict[str, set[str]] = {}
            for group in self.tables.same_request:
                for member in group:
                    same.setdefault(member, set()).update(group)
            self._same = {k: frozenset(v - {k}) for k, v in same.items()}
        return self._same.get(phrase, frozenset())

    def _forms(self, word: str) -> set[str]:
        return {word, word.replace("'", ""), *self.tables.numbers.get(word, ()),
                *self.sounds.get(word, ())}

    def strict(self, word: str) -> bool:
        """A name or a number: never misspelt near enough, only heard or not."""
        return word in self.tables.names or word in self.tables.numbers \
            or any(c.isdigit() for c in word)

    def kept(self, word: str, core: str, phrase: str = "") -> bool:
        """Whether ``word`` (of ``phrase``) is still in ``core``: itself or without its
        apostrophe, a listed sound-alike, the other form of a number, run together with
        other words of the phrase or function words, or (four letters or more, not names
        or numbers) misspelt near enough (character similarity >= 60)."""
        heard = words(_STUTTER.sub("", core.lower()))
        joined = " ".join(heard)
        forms = self._forms(word)
        if any(f" {f} " in f" {joined} " for f in forms):
            return True
        parts = set(phrase.split()) | _FUNCTION | forms | {"um", "uh", "er"}
        if any(len(h) > len(word) and any(word in split for split in _splits(h, parts))
               for h in heard):
            return True
        return not self.strict(word) and len(word) >= 4 \
            and any(fuzz.ratio(word, h) >= 60 for h in heard)

    @staticmethod
    def must_keep(phrase: str) -> list[str]:
        """Words a noisy version of ``phrase`` keeps: all but function and filler words."""
        return [w for w in phrase.split() if w not in _FUNCTION_ALL and w not in _SPARE]

    def taught(self, phrases: list[tuple[str, str]]) -> Taught:
        return Taught(phrases, self)

    def noisy_ok(self, core: str, phrase: str, routine: str,
                 phrases: list[tuple[str, str]]) -> bool:
        """The label guard of a noisy in-scope case: ``core`` (the phrase as heard, before
        wrapping) is still ``phrase`` of ``routine`` and no other routine's phrase."""
        if not core.strip():
            return False
        said, canons, keep, apart = self._noisy_guard(phrase, routine, phrases)
        if said_as(core) in said or self.canon(core) in canons:
            return False
        if not all(self.kept(w, core, phrase) for w in keep):
            return False
        # what sets it apart from a sibling sharing words must survive
        return all(any(self.kept(w, core, phrase) for w in extra) for extra in apart)

    def _noisy_guard(self, phrase: str, routine: str, phrases: list[tuple[str, str]]
                     ) -> tuple[set, set, list[str], list[list[str]]]:
        """What :meth:`noisy_ok` compares a core with, which is the same for every core
        of ``phrase`` (a home tries about eighty mishearings of each of its phrases):
        the other routines' phrases as said and as labels compare them, the words to
        keep, and for each sibling sharing a word the words that set ``phrase`` apart."""
        key = (phrase, routine, tuple(phrases))
        found = self._guards.get(key)
        if found is None:
            others = [p for p, r in phrases if r != routine]
            mine = self.content(phrase)
            apart = []
            for other in others:
                theirs = self.content(other)
                extra = [w for w in phrase.split() if self.fold(w)[0] in mine - theirs]
                if mine & theirs and extra:
                    apart.append(extra)
            found = ({said_as(p) for p in others}, {self.canon(p) for p in others},
                     self.must_keep(phrase), apart)
            self._guards[key] = found
        return found

    def wrap_ok(self, text: str, phrase: str, routine: str,
                phrases: list[tuple[str, str]]) -> bool:
        """The guard of a wrapped in-scope case: the wrapping made it no other routine's
        phrase and completed no other routine's phrase, but phrases inside this one."""
        others = self.taught([(p, r) for p, r in phrases if r != routine])
        if others.is_phrase(text):
            return False
        have, mine = self.content(text), self.content(phrase)
        return not any(c and c <= have and not c <= mine for c in others.contents)

    def numbers(self, text: str, rng: random.Random) -> str:
        """Numbers and clock times written in their other form, as recognisers do."""
        table = self.tables.numbers
        return " ".join(table[w][0] if w in table and rng.random() < 0.4 else w
                        for w in text.split())

    def misrecognised(self, text: str, rng: random.Random) -> str:
        """``text`` as a phone's recogniser writes it: two words run together (the set's
        ``glued``), an article dropped, a spelling of the set's ``spellings``, or the
        ninth's ways (``recognised``: contractions, apostrophes, a stutter)."""
        toks = text.split()
        glued, spellings = self.tables.glued, self.tables.spellings
        ways = ["ninth"]
        if any(f" {a} " in f" {text} " for a, _ in glued):
            ways.append("glue")
        if len(toks) >= 3 and any(t in _ARTICLES for t in toks):
            ways.append("article")
        if any(t in spellings for t in toks):
            ways.append("spelling")
        way = rng.choice(ways)
        if way == "glue":
            a, b = rng.choice([(a, b) for a, b in glued if f" {a} " in f" {text} "])
            return f" {text} ".replace(f" {a} ", f" {b} ", 1).strip()
        if way == "article":
            i = rng.choice([i for i, t in enumerate(toks) if t in _ARTICLES])
            return " ".join(toks[:i] + toks[i + 1:])
        if way == "spelling":
            return " ".join(spellings.get(t, t) for t in toks)
        return recognised(text, rng)

    def thing(self, word: str) -> bool:
        """A word that can be the subject of a request: not a function word, a verb, a
        number or a filler."""
        return word not in _STOP and word not in WEAK and word not in self.not_a_thing \
            and word not in self.tables.numbers and not any(c.isdigit() for c in word) \
            and len(word) > 2 and "'" not in word and word not in self.wrapping

    def fragments(self, phrase: str, taught: Taught,
                  uses: Counter[str]) -> list[tuple[str, bool]]:
        """Proper parts of ``phrase`` a person might say alone, each with whether it is
        a lone word: its two least used distinctive words and the phrase cut short to at
        most half of what it says, never a part that says a whole taught phrase or
        means one."""
        toks = phrase.split()
        mine = self.content(phrase)
        lone = [w for w in toks if self.thing(w) and w not in self.tables.names]
        words_alone = sorted(lone, key=lambda w: (uses[w], -len(w), w)) \
            if len(mine) >= 2 else []
        parts = [" ".join(part) for n in range(len(toks) - 1, 1, -1)
                 for part in (toks[:n], toks[-n:])]
        parts = [t for t in parts if self.content(t) < mine
                 and 2 * len(self.content(t)) <= len(mine)
                 and any(self.thing(w) for w in t.split())
                 and t.split()[-1] not in ("and", "the")]

        def fine(text: str) -> bool:
            return bool(self.content(text)) and not taught.is_phrase(text) \
                and not taught.holds_phrase(text) and not taught.means_phrase(text)

        out = [(w, True) for w in words_alone if fine(w)][:2]
        return out + [(t, False) for t in parts if fine(t)][:1]


class Taught:
    """What a home taught, in the forms one set's label guards compare."""

    def __init__(self, phrases: list[tuple[str, str]], labels: Labels) -> None:
        canon = labels.canon
        self.phrases = phrases
        self.labels = labels
        self.texts = {p for p, _ in phrases}
        self.said = {said_as(p) for p in self.texts}
        self.canons = {canon(p) for p in self.texts}
        self.contents = [labels.content(p) for p in self.texts]
        self.same = [labels.content(s) for p in self.texts for s in labels.same_request(p)]
        self.same_canons = {restated(canon(s)) for p in self.texts
                            for s in labels.same_request(p)}

    def is_phrase(self, text: str) -> bool:
        """A taught phrase, maybe wrapped, misspelt only in plurals, or in synonyms,
        said again or after a false start."""
        canon = self.labels.canon(text)
        return said_as(text) in self.said or restated(canon) in self.canons \
            or _once(canon) in self.canons

    def asks_same(self, text: str) -> bool:
        """Whether ``text`` says, as labels compare it, a phrase that asks for what a
        taught one does."""
        return restated(self.labels.canon(text)) in self.same_canons

    def holds_phrase(self, text: str) -> bool:
        """Whether ``text`` says every content word of some taught phrase."""
        have = self.labels.content(text)
        return any(c and c <= have for c in self.contents)

    def holds_same(self, text: str) -> bool:
        """Whether ``text`` says every content word of a phrase that asks for what a
        taught one does."""
        have = self.labels.content(text)
        return any(c and c <= have for c in self.same)

    def means_phrase(self, phrase: str) -> bool:
        """An untaught phrase that asks for what a taught one does."""
        return bool(self.labels.same_request(phrase) & self.texts)


__all__ = ["WEAK", "Labels", "Tables", "Taught", "restated", "said_as", "words"]
