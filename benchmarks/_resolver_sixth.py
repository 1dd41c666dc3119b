"""The sixth held-out set of benchmarks/resolver.py (split "sixth", seeds 50-52).

Written blind in one session of issue 14, while another engineer tuned the resolver on
the fifth set: its author never ran the resolver on it, and it is run once, by the lead,
after that tuning. Tuning must not open this file or ``_resolver_sixth_text.py``.

Homes mix 22 routines of this set's own pool (``_resolver_sixth_text``: an elderly
person's flat, a student house, a home office, a family with a baby) with the generic
pool. Its labels are guarded in code (tests/test_resolver_sixth_data.py):

- a noisy in-scope case keeps every content word of its phrase near enough (a listed
  sound-alike, digits for a number word, a spelling slip, or inside words run
  together), names and numbers in a listed form, and never equals another phrase:
  "the alarm" is not "arm the alarm" said badly;
- an out-of-scope case is never a taught phrase, wrapped or not, with synonyms
  folded ("start the hoover" against "start the vacuum"), nor a phrase that asks for
  what a taught one does (``SAME_REQUEST``);
- a fragment is a proper part of a taught phrase (a lone distinctive word, or the
  phrase cut short) that says no whole taught phrase.

Its real sentences are rows no other split uses: its "real request" kinds are the
HWU64 workers' own wording (``text_raw``, with wake words, digits and typos) where it
differs from every text the other splits take (with or without its wake word), and
its own kind :data:`HA_FRAMES` is Home Assistant's test sentences for media, lists and
timers with a taught phrase (or word) in the slot. Its "state question (HA sentences)"
are the held-out half of Home Assistant's state questions, as in the other held sets,
with this set's phrases as the entity.
"""

from __future__ import annotations

import random
import re
from collections import Counter
from functools import lru_cache

from _resolver_data import (
    _CUE_WORDS,
    _FUNCTION,
    _STOP,
    AMBIGUOUS,
    DATASETS,
    ROUTINES,
    SOUND_ALIKE,
    Case,
    Home,
    _ha_state_questions,
    _read_jsonl,
    half,
    noisy,
    real_out_of_scope,
)
from _resolver_sixth_text import (
    FRAGMENT_WRAPPERS,
    KIND_TEMPLATES,
    NAMES,
    NEAR_MISS_TEMPLATES,
    NUMBERS,
    SAME_REQUEST,
    SIXTH_CARRIERS,
    SIXTH_ROUTINES,
    SIXTH_SOUND_ALIKE,
    SYNONYMS,
    UNTAUGHT_ROUTINES,
)
from rapidfuzz import fuzz

N_SIXTH = 22
"""Routines of a home drawn from the sixth pool; the rest come from the generic one."""
SEEDS = (50, 51, 52)
HA_FRAMES = "different request (HA sentences)"
"""Home Assistant's media, list and timer test sentences with a taught phrase (or one
of its words) in the slot: "play the album kettle on", "add cosy to my shopping list"."""
SIXTH_KINDS = (HA_FRAMES,)
"""Out-of-scope kinds only the sixth set has (counted in the out-of-scope figures)."""

POOL = {**ROUTINES, **SIXTH_ROUTINES}
SIXTH_SOUNDS: dict[str, list[str]] = {k: list(v) for k, v in SOUND_ALIKE.items()}
"""The generic table and the sixth set's own pairs (its homes only)."""
for _a, _b in SIXTH_SOUND_ALIKE:
    SIXTH_SOUNDS.setdefault(_a, []).append(_b)
    if " " not in _a:
        SIXTH_SOUNDS.setdefault(_b, []).append(_a)

_WRAPPING = {
    "alexa", "google", "siri", "ok", "okay", "hey", "hi", "hiya", "oi", "computer",
    "um", "uh", "er", "hmm", "mm", "please", "thanks", "thank", "cheers", "ta", "love",
    "dear", "pretty", "right", "alright", "so", "yes", "yeah", "go", "could", "would",
    "can", "you", "do", "for", "me", "us", "when", "if", "that's", "now", "just"}
"""Words that only wrap a request (wake words, politeness, fillers): the words of
``SIXTH_CARRIERS`` and ``FRAGMENT_WRAPPERS`` but "on" and "house" (which wraps only
at the start, "hey house, ...", or after "please": "cool the house" says "house")."""
_FUNCTION6 = _FUNCTION - {"all"}
"""Function words ("all" says something here: "all off")."""
_WEAK = {"bit", "some", "way", "here", "now", "time", "mode", "my", "it"}
"""Words too common to tell a phrase apart or to stand alone as a fragment."""
_NOT_A_THING = {
    "start", "turn", "make", "put", "get", "getting", "let", "let's", "set", "switch", "go",
    "going", "come", "coming", "are", "is", "have", "take", "give", "watch", "play", "call",
    "heat", "warm", "cool", "dim", "boil", "lock", "open", "close", "wake", "feed", "light",
    "ready", "done", "everything", "out", "away", "ring", "i'm", "we're", "day", "full",
    "bright", "loud", "calm", "down", "water", "arm", "disarm", "chill", "relax", "good",
    "living", "minutes", "little", "big", "air", "conditioning", "white", "read", "leaving"}
"""Verbs and other words a person would not say alone to name a routine, nor put in
another request as its subject ("order a warm from argos")."""


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9']+", text.lower())


@lru_cache(maxsize=65536)
def said_as(text: str) -> tuple[str, ...]:
    """A text's words as compared for "is this that phrase" (plurals do not count)."""
    return tuple(w.rstrip("s") for w in words(text))


def _fold(word: str) -> list[str]:
    word = SYNONYMS.get(word, word)
    return [re.sub(r"(?<=...)(?:ing|s)$", "", w) for w in word.split()]


@lru_cache(maxsize=65536)
def canon(text: str) -> tuple[str, ...]:
    """What a text says, as labels compare it: wrapping and function words out,
    synonyms folded ("telly" is "tv", "cozy" is "cosy"), plural and -ing endings off."""
    ws = words(text)
    while ws and (ws[0] in _WRAPPING or ws[0] == "house"):
        ws.pop(0)
    if ws[-2:] == ["please", "house"]:
        ws.pop()
    return tuple(f for w in ws if w not in _WRAPPING and w not in _FUNCTION6
                 for f in _fold(w))


def content(text: str) -> set[str]:
    """Content words of a text, cue words ("on", "off", "up") kept."""
    return set(canon(text))


def _same_request(phrase: str) -> set[str]:
    return {p for group in SAME_REQUEST if phrase in group for p in group} - {phrase}


def _forms(word: str) -> set[str]:
    return {word, *NUMBERS.get(word, ()), *SIXTH_SOUNDS.get(word, ())}


def _splits(token: str, parts: set[str]) -> list[list[str]]:
    """Ways ``token`` is ``parts`` run together ("forben": for + ben)."""
    if not token:
        return [[]]
    return [[token[:i], *rest] for i in range(1, len(token) + 1) if token[:i] in parts
            for rest in _splits(token[i:], parts)]


def kept(word: str, core: str, phrase: str = "") -> bool:
    """Whether ``word`` (of ``phrase``) is still in ``core``: itself, a listed
    sound-alike, the other form of a number, run together with other words of the
    phrase or function words ("kettleon", "forben"; not "arm" in "alarm"), or (words of
    four letters or more, not names or numbers) misspelt near enough (character
    similarity >= 60)."""
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


_SPARE = {"now", "bit", "some", "way", "here", "it", "just"}


def _must_keep(phrase: str) -> list[str]:
    """Words a noisy version of ``phrase`` keeps: all but function and filler words
    ("the alarm" is not "arm the alarm" misheard, nor "feed the" "feed the cat")."""
    return [w for w in phrase.split() if w not in _FUNCTION6 and w not in _SPARE]


class Taught:
    """What a home taught, in the forms the label guards compare."""

    def __init__(self, phrases: list[tuple[str, str]]) -> None:
        self.phrases = phrases
        self.texts = {p for p, _ in phrases}
        self.said = {said_as(p) for p in self.texts}
        self.canons = {canon(p) for p in self.texts}
        self.contents = [content(p) for p in self.texts]

    def is_phrase(self, text: str) -> bool:
        """A taught phrase, maybe wrapped, misspelt only in plurals, or in synonyms."""
        return said_as(text) in self.said or canon(text) in self.canons

    def holds_phrase(self, text: str) -> bool:
        """Whether ``text`` says every content word of some taught phrase."""
        have = content(text)
        return any(c and c <= have for c in self.contents)

    def means_phrase(self, phrase: str) -> bool:
        """An untaught phrase that asks for what a taught one does."""
        return bool(_same_request(phrase) & self.texts)


def noisy_ok(core: str, phrase: str, routine: str, phrases: list[tuple[str, str]]) -> bool:
    """The label guard of a noisy in-scope case: ``core`` (the phrase as heard, before
    wrapping) is still ``phrase`` of ``routine`` and no other routine's phrase."""
    if not core.strip():
        return False
    others = [(p, r) for p, r in phrases if r != routine]
    if said_as(core) in {said_as(p) for p, _ in others} or canon(core) in {
            canon(p) for p, _ in others}:
        return False
    if not all(kept(w, core, phrase) for w in _must_keep(phrase)):
        return False
    mine = content(phrase)
    for other, _ in others:
        # what sets it apart from a sibling sharing words ("upstairs" in "tv off
        # upstairs" beside "tv off") must survive, cue words included
        theirs = content(other)
        extra = [w for w in phrase.split() if _fold(w)[0] in mine - theirs]
        if mine & theirs and extra and not any(kept(w, core, phrase) for w in extra):
            return False
    return True


def _numbers(text: str, rng: random.Random) -> str:
    """Number words written as digits or the other way round, as recognisers do."""
    out = []
    for w in text.split():
        if w in NUMBERS and rng.random() < 0.4:
            w = NUMBERS[w][0]
        out.append(w)
    return " ".join(out)


def _thing(word: str) -> bool:
    """A word that can be the subject of a request: not a function word, a verb, a
    number or a filler ("kettle", "upstairs", "nappy")."""
    return word not in _STOP and word not in _WEAK and word not in _NOT_A_THING \
        and word not in NUMBERS and not word.isdigit() and len(word) > 2 and "'" not in word


def fragments(phrase: str, taught: Taught, uses: Counter[str]) -> list[tuple[str, bool]]:
    """Proper parts of ``phrase`` a person might say alone, each with whether it is a
    lone word: its two least used distinctive words ("kettle" for "kettle on") and the
    phrase cut short to at most half its words ("get the bathroom" for "get the
    bathroom warm for the baby's bath"), never a part that says a whole taught phrase
    or means one."""
    toks = phrase.split()
    mine = content(phrase)
    lone = [w for w in toks if _thing(w) and w not in NAMES]
    words_alone = sorted(lone, key=lambda w: (uses[w], -len(w), w)) if len(mine) >= 2 else []
    parts = [" ".join(part) for n in range(len(toks) - 1, 1, -1)
             for part in (toks[:n], toks[-n:])]
    # (at most half of what the phrase says: "put the kettle" is nearly the phrase)
    parts = [t for t in parts if content(t) < mine and 2 * len(content(t)) <= len(mine)
             and any(_thing(w) for w in t.split())]

    def fine(text: str) -> bool:
        return bool(content(text)) and not taught.is_phrase(text) \
            and not taught.holds_phrase(text) and not taught.means_phrase(text)

    out = [(w, True) for w in words_alone if fine(w)][:2]
    return out + [(t, False) for t in parts if fine(t)][:1]


def _contains(outer: str, inner: str) -> bool:
    return f" {' '.join(said_as(inner))} " in f" {' '.join(said_as(outer))} "


def taught_routines(seed: int, n_routines: int = 45) -> tuple[list[str], list[str], random.Random]:
    """(taught, held out) routine names of a sixth home and the seed's generator."""
    rng = random.Random(seed * 7919 + 6)
    sixth, generic = sorted(SIXTH_ROUTINES), sorted(ROUTINES)
    rng.shuffle(sixth)
    rng.shuffle(generic)
    n_generic = n_routines - N_SIXTH
    return (sixth[:N_SIXTH] + generic[:n_generic],
            sixth[N_SIXTH:] + generic[n_generic:] + sorted(UNTAUGHT_ROUTINES), rng)


def _norm(text: str) -> str:
    return " ".join(words(text))


def new_real_rows() -> list[str]:
    """HWU64 workers' own wording (``text_raw``) of rows whose every form, with and
    without wake words, differs from every sentence the other splits draw on; rows
    with the workers' placeholders ("[light name]", "on/off") left out."""
    from _resolver_fifth import _unused_real

    used = {_norm(t) for t in real_out_of_scope()} | {_norm(t) for t in _unused_real()}
    wake = {"pda", "olly", "alexa", "cortana", "siri", "echo", "google", "ok", "hey", "okay",
            "computer", "jarvis"}
    out: set[str] = set()
    for rel in ("hwu64_iot/hwu64_iot.jsonl", "hwu64_iot/hwu64_audio_volume.jsonl"):
        path = DATASETS / rel
        for row in _read_jsonl(path) if path.exists() else []:
            raw = row.get("text_raw") or ""
            if re.search(r"[\[\]/]", raw):
                continue
            text = _norm(raw)
            bare = " ".join(w for w in text.split() if w not in wake)
            if text and bare and text not in used and bare not in used:
                out.add(text)
    return sorted(out)


def ha_frames() -> list[tuple[str, str]]:
    """(sentence with ``{}`` for the slot, slot kind) from Home Assistant's media, list
    and timer test sentences; frames that are only "play {}" are left out (that could
    be a request for the routine itself)."""
    path = DATASETS / "ha_intents_en" / "ha_intents_en_tests.jsonl"
    frames: set[tuple[str, str]] = set()
    for row in _read_jsonl(path) if path.exists() else []:
        slots = row.get("slots") or {}
        text = row["text"].lower()
        for slot, kind in (("search_query", "phrase"), ("item", "phrase"),
                           ("name", "word")):
            value = slots.get(slot)
            if slot == "name" and "Timer" not in row["intent"]:
                continue
            if isinstance(value, str) and value.lower() in text:
                frame = text.replace(value.lower(), "{}", 1)
                if len([w for w in words(frame) if w not in _STOP]) >= 2:
                    frames.add((frame, kind))
    return sorted(frames)


def build_sixth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                per_kind: int = 40, heard: bool = True) -> Home:
    """A sixth-set home and its cases (the kinds of ``build_home`` and
    :data:`SIXTH_KINDS`, and with ``heard`` the fifth set's heard kinds from
    benchmarks/data/sixth_heard.json when it is there)."""
    taught_names, held_out, rng = taught_routines(seed, n_routines)
    phrases = [(p, r) for r in taught_names for p in POOL[r]]
    taught = Taught(phrases)
    cases: list[Case] = []

    def add_out(text: str, kind: str) -> None:
        # never label as out of scope a taught phrase (wrapped, or in synonyms)
        if not taught.is_phrase(text):
            cases.append(Case(text, None, kind))

    def noisy_core(phrase: str) -> str:
        return _numbers(noisy(phrase, rng, ["{}"], SIXTH_SOUNDS), rng)

    for phrase, routine in phrases:
        cases.append(Case(phrase, routine, "exact phrase"))
        for _ in range(per_phrase):
            for _try in range(200):
                core = noisy_core(phrase)
                if noisy_ok(core, phrase, routine, phrases):
                    break
            else:
                core = phrase
            text = rng.choice(SIXTH_CARRIERS).format(core) if rng.random() < 0.6 else core
            cases.append(Case(text, routine, "noisy"))

    def add_held(text: str) -> None:
        # (a carrier can complete a taught phrase: "go on, night light" holds "lights on")
        if not taught.holds_phrase(text):
            add_out(text, "held-out routine")

    # held-out routines: untaught phrases, often sharing words with taught ones
    all_taught = [p for p, _ in phrases]
    pool = {**POOL, **UNTAUGHT_ROUTINES}
    for routine in held_out:
        for phrase in pool[routine]:
            if any(_contains(phrase, t) or _contains(t, phrase) for t in all_taught) \
                    or taught.means_phrase(phrase) or taught.is_phrase(phrase) \
                    or taught.holds_phrase(phrase):
                continue  # may well mean a taught routine: not counted either way
            add_held(phrase)
            if routine not in ROUTINES:
                add_held(rng.choice(SIXTH_CARRIERS).format(phrase))
            for _try in range(200):
                core = noisy_core(phrase)
                if all(kept(w, core, phrase) for w in _must_keep(phrase)) \
                        and not taught.holds_phrase(core):
                    add_held(rng.choice(SIXTH_CARRIERS).format(core)
                             if rng.random() < 0.5 else core)
                    break

    # fragments: a lone word or the phrase cut short
    uses: Counter[str] = Counter(w for p in all_taught for w in set(p.split()))
    seen: set[str] = set()
    for phrase in all_taught:
        for text, lone in fragments(phrase, taught, uses):
            if text in seen:
                continue
            seen.add(text)
            # each said twice, in two of the wrappers ("the {}" only around a word)
            wrappers = FRAGMENT_WRAPPERS if lone else FRAGMENT_WRAPPERS[:-1]
            for wrapper in rng.sample(wrappers, 2):
                add_out(wrapper.format(text), "fragment")

    taught_words = sorted({w for p in all_taught for w in p.split() if _thing(w)})
    for _ in range(per_kind):
        add_out(rng.choice(NEAR_MISS_TEMPLATES).format(rng.choice(taught_words)), "near miss")

    for kind, templates in KIND_TEMPLATES.items():
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
            plain = [w for w in toks if _thing(w)]
            if "{a}" in template and (len(toks) != 2 or len(plain) != 2):
                continue
            if "{w}" in template and not plain:
                continue
            said = noisy_core(phrase) if rng.random() < 0.3 else phrase
            if said != phrase and not noisy_ok(said, phrase, routine, phrases):
                said = phrase
            text = template.format(p=said, w=rng.choice(plain or toks), a=toks[0], b=toks[-1])
            if not taught.is_phrase(text):
                cases.append(Case(text, None, kind))
                made += 1

    questions = [(t, n) for t, n in _ha_state_questions() if half(t) == "held"]
    for text, name in rng.sample(questions, min(per_kind, len(questions))):
        phrase, _ = rng.choice(phrases)
        if not _CUE_WORDS & set(phrase.split()):
            add_out(text.replace(name, phrase), "state question (HA sentences)")

    frames = ha_frames()
    for _ in range(per_kind if frames else 0):
        frame, slot = rng.choice(frames)
        phrase, _ = rng.choice(phrases)
        plain = [w for w in phrase.split() if _thing(w)]
        if slot == "phrase" or plain:
            add_out(frame.format(phrase if slot == "phrase" else rng.choice(plain)), HA_FRAMES)

    home_words = set().union(*taught.contents) - _STOP
    for text in new_real_rows():
        if taught.holds_phrase(text):
            kind = AMBIGUOUS  # says a whole taught phrase: the routine may be meant
        elif content(text) & home_words:
            kind = "real request, shares a word"
        else:
            kind = "real request"
        add_out(text, kind)
    if heard:
        from _resolver_sixth_heard import heard_cases

        cases.extend(heard_cases(seed, phrases))
    return Home(phrases, cases)
