"""The fifth held-out set of benchmarks/resolver.py (split "fifth", seeds 40-42).

Written blind in one session of issue 14, while others tuned the resolver: its author
never ran the resolver on it, and it is run once, by the lead, at the session's end.
Tuning must not open this file.

Everything here is its own: ~30 routines taught the way people teach (nested pairs,
one-word phrases, numbers and names, long phrases, phrases sharing words, short
phrases of common words), drawn with the generic pool of ``_resolver_data``; wrappers
and wake words, recogniser sound-alikes, fragment wrappers, and templates for every
out-of-scope kind. Its real sentences are the ones no other split uses (SLURP's
volume requests missing from HWU64, and the recorded commands of
``datasets/speech``), beside the held-out half the other held sets use.

"heard" cases are real recogniser output: the fifth homes' phrases (and some
out-of-scope requests, and the real recordings) spoken by synthetic voices, clean and
in noise, and decoded by the app's Whisper engine (benchmarks/data/fifth_heard.json,
made by benchmarks/_make_fifth_heard.py). They are reported apart, never in the
in-scope or out-of-scope aggregates.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

from _resolver_data import (
    _CUE_WORDS,
    _STOP,
    AMBIGUOUS,
    DATASETS,
    ROUTINES,
    SOUND_ALIKE,
    Case,
    Home,
    _content,
    _fragment_word,
    _ha_state_questions,
    _read_jsonl,
    _said,
    half,
    noisy,
    real_out_of_scope,
)
from rapidfuzz import fuzz

HEARD = Path(__file__).resolve().parent / "data" / "fifth_heard.json"

HEARD_KIND = "heard"
"""A taught phrase (maybe wrapped) as the app's recogniser wrote it from speech:
Whisper in command mode, the home's phrases in its prompt, as the app listens."""
HEARD_OPEN = "heard, no prompt"
"""The same clips decoded by Whisper with no prompt and no snapping (open vocabulary)."""
HEARD_LOST = "heard, unrecoverable"
"""Said as a taught phrase, but the transcript lost it (empty, unrelated words, or
exactly another routine's phrase): no resolver can be blamed for missing it."""
HEARD_OUT = "heard, out of scope"
"""An out-of-scope request (ours or a real recording) as the recogniser wrote it."""
UNUSED_REAL = "real request, unused data"
"""Real requests no other split has used (SLURP volume requests missing from HWU64,
the transcripts of datasets/speech)."""
HEARD_IN_SCOPE = (HEARD_KIND, HEARD_OPEN, HEARD_LOST)
HEARD_KINDS = (*HEARD_IN_SCOPE, HEARD_OUT)
FIFTH_KINDS = (*HEARD_KINDS, UNUSED_REAL)
"""Kinds only the fifth set has (the heard ones are kept out of the aggregates)."""

COMMAND_ENGINE = "whisper tiny.en, command mode"
"""The engine as the app uses it (fifth_heard.json's name for it)."""
N_FIFTH = 22
"""Routines of a home drawn from the fifth pool; the rest come from the generic one."""

FIFTH_ROUTINES: dict[str, list[str]] = {
    # nested pairs, inside each other and inside the generic pool's phrases
    "Hall light": ["hall light", "hall lamp on"],
    "Hall light dim": ["hall light dim", "dim the hall light a bit"],
    "Office lights": ["office lights on", "desk lights"],
    "Music": ["music", "some music"],
    "Bathroom music": ["music in the bathroom", "bathroom radio"],
    "Heating": ["heating up", "heating"],
    # one word
    "Siesta": ["siesta"],
    "Disco": ["disco", "disco lights"],
    "Showtime": ["showtime"],
    "Pancakes": ["pancakes", "pancake morning"],
    "Hibernate": ["hibernate", "everything to sleep"],
    # numbers and names
    "Oliver's nap": ["oliver's nap", "quiet for oliver"],
    "Room 3": ["room three heat", "heat room 3"],
    "Alarm 6:30": ["six thirty alarm", "wake me at 6 30"],
    "Channel four": ["channel four news"],
    "Mia's homework": ["mia's homework", "homework for mia"],
    "Dim twenty": ["lights to 20 percent", "twenty percent"],
    "Aunt Rose": ["aunt rose is coming", "rose's room ready"],
    # long phrases
    "Everything off for bed": ["i'm going to bed now turn everything off"],
    "School morning ready": ["get the house ready for the school run"],
    "Dinner guests": ["put the lights on in the dining room and the hall"],
    # phrases sharing words with each other
    "Front door open": ["front door open", "open the front door"],
    "Front door lock": ["front door lock", "lock the front door"],
    "Back door lock": ["back door lock", "lock the back door"],
    "Morning coffee": ["morning coffee"],
    "Morning lights": ["morning lights", "lights for the morning"],
    # short phrases of common words
    "Too hot": ["too hot", "way too warm"],
    "Too cold": ["too cold", "freezing in here"],
    "All done": ["all done", "we're done"],
    "Come in": ["come in", "door please"],
    "Big light": ["big light"],
    "Little light": ["little light", "small lamp"],
}

FIFTH_CARRIERS = [
    "alexa, {} please", "ok google, {}", "could you {}", "{}, thanks", "um, {}",
    "hey google can you {}", "er {} please", "{}, thanks alexa", "alexa, um, {}",
    "could you, uh, {}", "{} please, thank you", "hey, {}", "google, {} now",
    "can you just {}", "{}, ok?", "please, {}", "hmm, {}", "alexa can you do {}",
    "{} mate", "{} cheers google", "ok, {}", "uh, {}, please", "siri, {}",
    "{}. thanks", "hey home, {} please", "can we do {}", "{} - thank you",
]
FIFTH_SOUND_ALIKE = [
    ("hall", "haul"), ("hall", "whole"), ("lamp", "lamb"), ("desk", "disk"),
    ("music", "musics"), ("bathroom", "bath room"), ("heating", "heeting"),
    ("heating", "eating"), ("siesta", "fiesta"), ("disco", "disc oh"),
    ("showtime", "show time"), ("pancakes", "pan cakes"), ("pancake", "pan cake"),
    ("hibernate", "hi burnett"), ("oliver's", "olivers"), ("oliver", "olive her"),
    ("three", "free"), ("three", "3"), ("3", "three"), ("six", "sex"), ("six", "6"),
    ("thirty", "dirty"), ("thirty", "30"), ("30", "thirty"), ("6", "six"),
    ("four", "for"), ("four", "4"), ("channel", "chanel"), ("news", "noose"),
    ("mia's", "mias"), ("mia", "me a"), ("twenty", "20"), ("20", "twenty"),
    ("percent", "per cent"), ("aunt", "ant"), ("rose", "rows"), ("rose's", "roses"),
    ("coming", "comin"), ("everything", "every thing"), ("going", "gonna"),
    ("ready", "reddy"), ("dining", "diner"), ("front", "frunt"), ("lock", "lok"),
    ("back", "black"), ("open", "opened"), ("coffee", "toffee"), ("morning", "mornin"),
    ("lights", "light"), ("too", "two"), ("too", "to"), ("hot", "what"),
    ("cold", "called"), ("freezing", "freesing"), ("warm", "worn"), ("done", "dun"),
    ("we're", "were"), ("come", "calm"), ("big", "pig"), ("little", "lit"),
    ("small", "smol"), ("door", "dor"), ("quiet", "quite"), ("room", "rum"),
    ("homework", "home work"), ("school", "cool"), ("bed", "bread"), ("heat", "hit"),
]
FIFTH_SOUNDS: dict[str, list[str]] = defaultdict(
    list, {k: list(v) for k, v in SOUND_ALIKE.items()})
"""The generic table and the fifth set's own pairs (its homes only)."""
for _a, _b in FIFTH_SOUND_ALIKE:
    FIFTH_SOUNDS[_a].append(_b)
    if " " not in _a:
        FIFTH_SOUNDS[_b].append(_a)

# Number words a recogniser (or a person typing) writes as digits, and back.
_DIGITS = {"three": "3", "four": "4", "six": "6", "twenty": "20", "thirty": "30"}
_NUMBER_FORMS = [("six thirty", ["6:30", "6 30", "630", "half six"]),
                 ("6 30", ["6:30", "six thirty", "630"]),
                 ("20 percent", ["20%", "twenty per cent", "20 per cent"]),
                 ("twenty percent", ["20%", "20 percent"])]

FRAGMENT_WRAPPERS = ["{}", "alexa, {}", "{}?", "um {} please", "ok google {}"]

# Out-of-scope speech around a taught phrase {p}, one of its content words {w}, or the
# two words {a} {b} of a two-word phrase; keys are the kinds of KIND_TEMPLATES.
KIND_TEMPLATES: dict[str, list[str]] = {
    "different request": [
        "who wrote the song {p}", "is {p} a real word", "what is {p} in spanish",
        "order {w} from amazon", "how much is a {w} in euros", "is {p} on the telly tonight",
        "find me a {w} recipe with no dairy", "tell me a joke about {w}",
        "set a timer for ten minutes for {p}", "message dad that {p} is at eight",
        "play a podcast about {w}", "what's the best {w} brand", "countdown to {p}",
        "google how to say {p} politely",
    ],
    "routine command": [
        "delete the {p} routine", "remove {p} from my routines", "what's {p} set to do",
        "when is {p} scheduled", "list the steps in {p}", "rename {p} to evening",
        "can you change {p} so it dims the hall", "is {p} one of my routines",
        "how many steps has {p} got", "duplicate {p}", "forget the routine called {p}",
        "when will {p} go off next", "who made {p}", "stop {p} running every day",
    ],
    "word order": [
        "which {b} goes with the {a}", "how long has the {a} had that {b}",
        "is the {b} on the {a} list", "what {b} did the {a} get",
        "the {b} was all about {a}", "where's the {b} for the {a}",
        "how much {b} does the {a} need",
    ],
    "negation": [
        "i really don't want {p}", "please, no {p} tonight", "no {p} for now",
        "don't you dare start {p}", "not {p}, the other one", "i never asked for {p}",
        "{p}? no thank you", "there's no need to do {p}", "we can skip {p} today",
        "definitely don't do {p}",
    ],
    "cancellation": [
        "turn {p} back off", "can you cancel {p}", "{p}, actually no, cancel",
        "stop {p} please it's too much", "kill the {p} thing", "revert {p}",
        "we're done with {p}, switch it off", "end the {p} now", "abort abort {p}",
        "undo the {p} you just did",
    ],
    "state question": [
        "is {p} running at the moment", "did {p} actually work",
        "have you started {p} already", "is {p} still going on", "tell me if {p} is on",
        "check whether {p} has started", "is {p} finished yet", "was {p} turned on",
        "what's going on with {p}", "why is {p} on",
    ],
    "past or story": [
        "{p} went off at 3am", "my husband did {p} this morning", "we had {p} on all weekend",
        "{p} was a disaster on friday", "remember the {p} at christmas",
        "{p} used to work better", "when we moved in {p} was the first thing i set up",
        "last night's {p} was perfect", "the neighbours complained about {p} again",
    ],
    "someone else's words": [
        "my daughter keeps shouting {p}", "the man on the radio said {p}",
        "the book says {p}", "the sign on the door says {p}", "the kids were singing {p}",
        "my husband just said {p}, ignore him", "it says {p} on the box",
        "the teacher told them {p}", "the character in the game says {p}",
    ],
}
NEAR_MISS_TEMPLATES = [
    "what time does the {} shop close", "play songs about {}", "show me {} videos",
    "how do you pronounce {}", "buy a {} gift card", "google the {} festival",
    "text mum the word {}", "what's the plural of {}", "find {} on the map",
    "is {} a noun or a verb",
]


def _unused_real() -> list[str]:
    """Real requests none of the other splits draws on."""
    used = set(real_out_of_scope())
    texts: set[str] = set()
    path = DATASETS / "slurp_iot" / "slurp_audio_volume.jsonl"
    if path.exists():
        texts |= {r["text"].lower() for r in _read_jsonl(path)}
    path = DATASETS / "speech" / "transcripts.jsonl"
    if path.exists():
        texts |= {r["text"].lower() for r in _read_jsonl(path)}
    return sorted(t for t in texts if t not in used)


MUST_KEEP: dict[str, tuple[str, ...]] = {
    "quiet for oliver": ("oliver",), "oliver's nap": ("oliver's",),
    "room three heat": ("three",), "heat room 3": ("3",), "channel four news": ("four",),
    "mia's homework": ("mia's",), "homework for mia": ("mia",),
    "lights to 20 percent": ("20",), "twenty percent": ("twenty",),
    "hall light dim": ("dim",), "dim the hall light a bit": ("dim",),
    "office lights on": ("office",), "desk lights": ("desk",),
    "music in the bathroom": ("bathroom",), "bathroom radio": ("bathroom",),
    "front door open": ("open",), "open the front door": ("open",),
    "front door lock": ("front",), "lock the front door": ("front",),
    "back door lock": ("back",), "lock the back door": ("back",),
    "morning coffee": ("coffee",), "morning lights": ("morning",),
    "lights for the morning": ("morning",), "small lamp": ("small",),
    "disco lights": ("disco",), "way too warm": ("warm",), "freezing in here": ("freezing",),
    "i'm going to bed now turn everything off": ("everything",),
    "put the lights on in the dining room and the hall": ("dining",),
    "get the house ready for the school run": ("school",),
    "everything to sleep": ("sleep",), "pancake morning": ("pancake",),
    "aunt rose is coming": ("rose",), "rose's room ready": ("rose's",),
}
"""Words a noisy version of a fifth phrase must keep (near enough) to still be that
phrase: the name, the number, the word that tells it from a sibling."""
_WEAK = {"bit", "some", "way", "here", "now", "too", "room"}
_EQUIVALENT = {"3": ("three",), "three": ("3",), "4": ("four", "for"), "four": ("4", "for"),
               "20": ("twenty",), "twenty": ("20",), "6": ("six", "half"),
               "six": ("6", "half"), "30": ("thirty", "half"), "thirty": ("30", "half")}


def _kept(word: str, core: str) -> bool:
    """Whether ``word`` (or its digits or number word) is still in ``core``, heard
    near enough (character similarity >= 50, or inside words run together)."""
    words = re.findall(r"[a-z0-9']+", core.lower())
    joined = "".join(words)
    forms = (word, *_EQUIVALENT.get(word, ()))
    return any(f in joined or any(fuzz.ratio(f, w) >= 50 for w in words) for f in forms)


def _plain(word: str) -> bool:
    """A word that can stand for a phrase's subject: not a number, not a filler."""
    return word not in _WEAK and word not in _EQUIVALENT and not word.isdigit()


def said_as(text: str) -> tuple[str, ...]:
    """A phrase's words as compared for "is this another taught phrase" (plurals and
    punctuation do not count)."""
    return tuple(w.rstrip("s") for w in re.findall(r"[a-z0-9']+", text.lower()))


def _numbers(text: str, rng: random.Random) -> str:
    """Number words written as digits or the other way round, as recognisers do."""
    for words, forms in _NUMBER_FORMS:
        if words in text and rng.random() < 0.5:
            return text.replace(words, rng.choice(forms))
    out = []
    for w in text.split():
        if w in _DIGITS and rng.random() < 0.5:
            w = _DIGITS[w]
        out.append(w)
    return " ".join(out)


def lost(said: str, heard: str, phrases: list[tuple[str, str]], routine: str) -> bool:
    """Whether a transcript of the taught phrase ``said`` (of ``routine`` in a home
    taught ``phrases``) lost it: empty, exactly another routine's phrase, or no word
    that tells the phrase apart is left even approximately (character similarity
    >= 55, a known sound-alike, digits for a number word, or inside words run
    together). Words that tell nothing are not counted: fillers ("too", "way") and
    words of three or more other taught phrases ("lights": "next lights" for "desk
    lights" lost the phrase)."""
    words = re.findall(r"[a-z0-9']+", heard.lower())
    if not words or said_as(heard) in {said_as(p) for p, r in phrases if r != routine}:
        return True
    uses = Counter(w for p, _ in phrases if p != said for w in set(p.split()))
    content = [w for w in said.split()
               if w not in _STOP and w not in _WEAK and (len(w) > 2 or w.isdigit())]
    content = [w for w in content if uses[w] < 3] or content or said.split()
    joined = "".join(words)
    return not any(fuzz.ratio(w, h) >= 55 or h in FIFTH_SOUNDS.get(w, ())
                   or h in _EQUIVALENT.get(w, ()) for w in content for h in words) \
        and not any(fuzz.partial_ratio(w, joined) >= 80 for w in content if len(w) > 3)


_WRAPPING = {w for c in FIFTH_CARRIERS for w in re.findall(r"[a-z']+", c)} | {
    "start", "activate", "run", "do"}
"""Words that only wrap a request ("alexa", "please", "could you", "start")."""


def became_phrase(heard: str, taught_said: set[tuple[str, ...]]) -> bool:
    """Whether a transcript says a taught phrase and nothing else but wrapping words:
    an out-of-scope request ("don't you dare start X") the recogniser wrote as a
    request for a routine ("start X") is no longer out of scope."""
    words = said_as(heard)
    for start in range(len(words)):
        for end in range(len(words), start, -1):
            if words[start:end] in taught_said and all(
                    w in _WRAPPING for w in words[:start] + words[end:]):
                return True
    return False


def load_heard() -> dict:
    """The committed transcripts ({} when the file is missing)."""
    return json.loads(HEARD.read_text(encoding="utf-8")) if HEARD.exists() else {}


def taught_routines(seed: int, n_routines: int = 45) -> tuple[list[str], list[str], random.Random]:
    """(taught, held out) routine names of a fifth home and the seed's generator."""
    rng = random.Random(seed)
    fifth, generic = sorted(FIFTH_ROUTINES), sorted(ROUTINES)
    rng.shuffle(fifth)
    rng.shuffle(generic)
    n_generic = n_routines - N_FIFTH
    return (fifth[:N_FIFTH] + generic[:n_generic], fifth[N_FIFTH:] + generic[n_generic:], rng)


POOL = {**ROUTINES, **FIFTH_ROUTINES}


def build_fifth(seed: int, *, n_routines: int = 45, per_phrase: int = 4, n_real: int = 300,
                per_kind: int = 40, heard: bool = True) -> Home:
    """A fifth-set home and its cases (the same kinds as ``build_home``, plus
    :data:`FIFTH_KINDS`)."""
    taught, held_out, rng = taught_routines(seed, n_routines)
    phrases = [(p, r) for r in taught for p in POOL[r]]
    taught_said = {said_as(p) for p, _ in phrases}
    others = {routine: {said_as(p) for p, r in phrases if r != routine} for _, routine in phrases}
    cases: list[Case] = []

    def add_out(text: str, kind: str) -> None:
        # never label as out of scope what is a taught phrase of this home
        if said_as(text) not in taught_said:
            cases.append(Case(text, None, kind))

    def noisy_core(phrase: str) -> str:
        core = _numbers(noisy(phrase, rng, ["{}"], FIFTH_SOUNDS), rng)
        return core

    other_words = {routine: [_said(p) for p, r in phrases if r != routine]
                   for _, routine in phrases}

    def another(core: str, phrase: str, routine: str) -> bool:
        """Whether ``core`` says another routine's phrase, or lost what sets ``phrase``
        apart: a word of :data:`MUST_KEEP`, or every word it has beyond a phrase of
        another routine sharing its words ("the hall light a bit" from "dim the hall
        light a bit" beside "hall light")."""
        if said_as(core) in others[routine] or not core.strip():
            return True
        if any(not _kept(w, core) for w in MUST_KEEP.get(phrase, ())):
            return True
        mine = _said(phrase)
        for other in other_words[routine]:
            extra = mine - other - _WEAK
            if mine & other and extra and not any(_kept(w, core) for w in extra):
                return True
        return False

    for phrase, routine in phrases:
        cases.append(Case(phrase, routine, "exact phrase"))
        for _ in range(per_phrase):
            core = noisy_core(phrase)
            while another(core, phrase, routine):
                core = noisy_core(phrase)
            text = rng.choice(FIFTH_CARRIERS).format(core) if rng.random() < 0.6 else core
            cases.append(Case(text, routine, "noisy"))

    def contains_taught(text: str) -> bool:
        words = f" {' '.join(said_as(text))} "
        return any(f" {' '.join(t)} " in words for t in taught_said)

    for routine in held_out:
        for phrase in POOL[routine]:
            # an untaught phrase holding a taught one ("music in the bathroom" when
            # "music" is taught) may well mean it: not counted either way
            if contains_taught(phrase):
                continue
            add_out(phrase, "held-out routine")
            add_out(_numbers(noisy(phrase, rng, FIFTH_CARRIERS, FIFTH_SOUNDS), rng),
                    "held-out routine")
    taught_words = sorted({w for p, _ in phrases for w in p.split()
                           if len(w) > 3 and w not in _STOP and _plain(w)})
    for _ in range(len(held_out) * 3):
        add_out(rng.choice(NEAR_MISS_TEMPLATES).format(rng.choice(taught_words)), "near miss")
    uses: Counter[str] = Counter(w for r in taught for w in {x for p in POOL[r] for x in p.split()})
    whole = {p for p, _ in phrases} | {" ".join(_said(p)) for p, _ in phrases}
    for phrase, _ in phrases:
        word = _fragment_word(phrase, uses)
        if word and word not in whole and word.rstrip("s") not in whole \
                and not word.isdigit() and word not in _WEAK:
            add_out(rng.choice(FRAGMENT_WRAPPERS).format(word), "fragment")
    for kind, templates in KIND_TEMPLATES.items():
        made = 0
        for _ in range(per_kind * 20):
            if made >= per_kind:
                break
            template = rng.choice(templates)
            phrase, _ = rng.choice(phrases)
            words = phrase.split()
            if kind in ("negation", "cancellation", "state question") and _CUE_WORDS & set(words):
                continue
            if "{a}" in template and (len(words) != 2 or _STOP & set(words)
                                      or not all(_plain(w) for w in words)):
                continue
            said = noisy_core(phrase) if rng.random() < 0.3 else phrase
            content = [w for w in words if w not in _STOP and len(w) > 2 and _plain(w)]
            if "{w}" in template and not content:
                continue
            text = template.format(p=said, w=rng.choice(content), a=words[0], b=words[-1])
            if said_as(text) not in taught_said:
                cases.append(Case(text, None, kind))
                made += 1
    questions = [(t, n) for t, n in _ha_state_questions() if half(t) == "held"]
    for text, name in rng.sample(questions, min(per_kind, len(questions))):
        phrase, _ = rng.choice(phrases)
        if _CUE_WORDS & set(phrase.split()):
            continue
        add_out(text.replace(name, phrase), "state question (HA sentences)")
    taught_content = [_said(p) for p, _ in phrases]
    home_words = set().union(*(_content(p) for p, _ in phrases))

    def real_kind(text: str, plain: str) -> str:
        if any(c and c <= _said(text) for c in taught_content):
            return AMBIGUOUS
        return plain if plain != "real request" or not _content(text) & home_words \
            else "real request, shares a word"

    real = [t for t in real_out_of_scope() if half(t) == "held"]
    for text in rng.sample(real, min(n_real, len(real))):
        add_out(text, real_kind(text, "real request"))
    for text in _unused_real():
        add_out(text, real_kind(text, UNUSED_REAL))
    if heard:
        cases.extend(_heard_cases(seed, phrases, taught_said))
    return Home(phrases, cases)


def _heard_cases(seed: int, phrases: list[tuple[str, str]],
                 taught_said: set[tuple[str, ...]]) -> list[Case]:
    routine_of = dict(phrases)
    taught_content = [_said(p) for p, _ in phrases]
    cases = []
    for item in load_heard().get("items", []):
        if item["seed"] != seed:
            continue
        text = item["heard"]
        if item["routine"] is not None:
            # the phrase said (``item["phrase"]``) is a taught phrase of this home
            if routine_of.get(item["phrase"]) != item["routine"]:
                continue
            kind = HEARD_LOST if lost(item["phrase"], text, phrases, item["routine"]) \
                else HEARD_KIND if item["engine"] == COMMAND_ENGINE else HEARD_OPEN
            cases.append(Case(text, item["routine"], kind))
        elif item["said_kind"] == "real recording" and any(
                c and c <= _said(item["said"]) for c in taught_content):
            continue  # a recorded request holding a whole taught phrase: unclear
        elif text.strip() and not became_phrase(text, taught_said):
            # (an out-of-scope request the recogniser turned into a taught phrase is
            # the recogniser's doing: counted in the file's summary, not here)
            cases.append(Case(text, None, HEARD_OUT))
    return cases
