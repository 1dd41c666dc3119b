"""The generator of a held-out resolver set written blind, from that set's own words.

The tenth set first built its homes with code that named its own tables, so the
eleventh could only have copied it; this module is that generator taking a
:class:`BlindSet` (the set's homes, wrappers, templates, label guards and way of
recombining crowd-written rows), and the judge of its heard transcripts. The tenth, the
eleventh and the twelfth are each a :class:`BlindSet` now, and build the very cases they
built when written (tests/test_resolver_sets_unchanged.py hashes them). Tuning must not
open a set built here.
"""

from __future__ import annotations

import json
import random
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from _resolver_blind_labels import WEAK, Labels, Taught
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
from _resolver_eighth_labels import contains, words
from _resolver_eighth_text import FRAGMENT_WRAPPERS
from _resolver_fifth import COMMAND_ENGINE, HEARD_KIND, HEARD_LOST, HEARD_OPEN, HEARD_OUT
from _resolver_ninth import dataset_rows
from _resolver_ninth_labels import written
from rapidfuzz import fuzz

Row = tuple[str, tuple[str, ...], tuple[str, ...], str, str]
"""A dataset row: (frame with ``{}`` slots, slot kinds, own values, source, intent)."""
MAX_AMBIGUOUS = 60
"""Real requests that hold a whole taught phrase, at most, per home (reported apart)."""
CUES = ("on", "off", "up", "down", "open")
"""What a frame's verb may say of its device ("switch on the pump": "pump on")."""
NEAR_SIBLING = "near sibling"
"""A taught phrase with one name, number or thing said otherwise ("ring tamsin" when
"ring tendai" is taught): a different request (a set's ``swaps`` say the words)."""
USUAL_OWN_OUT_OF_SCOPE = ("contrast", "hypothetical", "complaint", NEAR_SIBLING, "opinion",
                          "reminder for later", "permission question")
"""The out-of-scope kinds beyond the usual ones that every set since the fifteenth made
too (each set's ``OWN_OUT_OF_SCOPE`` is these and its own new kinds)."""


@dataclass(frozen=True)
class BlindSet:
    """What a blind set brings: its words, its label guards and its recombination."""

    name: str
    seeds: tuple[int, ...]
    salt: tuple[int, int]  # the home generator's seed is seed * salt[0] + salt[1]
    homes: dict[int, str]
    routines: dict[str, dict[str, list[str]]]  # each home's own pool
    untaught: dict[str, dict[str, list[str]]]  # its never-taught near siblings
    wrappers: dict[str, list[str]]  # in-scope kind -> templates
    oos_wrappers: list[str]
    fragment_wrappers: list[str]
    kind_templates: dict[str, list[str]]
    near_miss_templates: list[str]
    question_starts: tuple[str, ...]
    reason_clashes: dict[str, set[str]]
    names: set[str]
    places: set[str]
    devices: set[str]
    on_verbs: tuple[str, ...]
    labels: Labels
    heard: Path
    used_texts: Callable[[], frozenset[str]]  # every dataset sentence another split has
    recombine: Callable[[list[Row], random.Random], Iterator[str]]
    # (one candidate "real request" after another, drawn from the crowd-written rows)
    n_own: int = 22
    swaps: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # (a word of a taught phrase -> what a near-sibling request says in its place; with
    # none, as in the sets before the thirteenth, no "near sibling" kind is made)

    @property
    def pool(self) -> dict[str, list[str]]:
        return {**ROUTINES, **{r: ps for home in self.routines.values()
                              for r, ps in home.items()}}

    @property
    def wrapped_kinds(self) -> dict[str, str]:
        return {kind: f"wrapped phrase: {kind}" for kind in self.wrappers}

    @property
    def wrapped_out(self) -> dict[str, str]:
        siblings = (NEAR_SIBLING,) if self.swaps else ()
        return {kind: f"{kind}, wrapped" for kind in (
            "fragment", *self.kind_templates, "held-out routine", *siblings)}

    @property
    def carriers(self) -> list[str]:
        """The wrappers that say the phrase once, as it is taught."""
        return [w for kind, ws in self.wrappers.items()
                if kind not in ("self-correction", "emphatic repeat", "stutter")
                for w in ws if w.count("{") == 1 and "{}" in w]

    @property
    def spoken_carriers(self) -> list[str]:
        """The carriers of spoken phrases: none with a reason or plan that could
        contradict the phrase."""
        return [w for w in self.carriers if not any(r in w for r in self.reason_clashes)]


def norm(text: str) -> str:
    return " ".join(words(text))


def wrap(template: str, phrase: str) -> str:
    """``phrase`` in a wrapper: ``{P}`` says it stressed (in capitals), ``{T}`` in title
    case and ``{C}`` with a capital (a phone's dictation), ``{h}`` its first words
    before it (a restart), ``{s}`` its first letter stuttered ("b-") and ``{u}`` its
    first sounds broken off ("bil-")."""
    toks = phrase.split()
    first = toks[0] if toks else ""
    return template.format(phrase, p=phrase, P=phrase.upper(), T=phrase.title(),
                           C=phrase[:1].upper() + phrase[1:],
                           h=" ".join(toks[: max(1, len(toks) // 2)]),
                           s=f"{first[:1]}-", u=f"{first[:3] if len(first) > 3 else first[:1]}-")


def fits(spec: BlindSet, template: str, phrase: str) -> bool:
    """Whether ``template`` can wrap ``phrase``: a restart needs two words or more, a
    stutter a first word that starts with a letter, and a reason or a plan never
    contradicts the phrase."""
    said = set(words(phrase))
    return ("{h}" not in template or len(phrase.split()) >= 2) \
        and (not ("{s}" in template or "{u}" in template) or phrase[:1].isalpha()) \
        and not any(reason in template and said & clash
                    for reason, clash in spec.reason_clashes.items())


def taught_routines(spec: BlindSet, seed: int, n_routines: int = 45) -> tuple[
        str, list[str], list[str], random.Random]:
    """(home, taught, held out) of a home of the set and the seed's generator."""
    home = spec.homes[seed]
    rng = random.Random(seed * spec.salt[0] + spec.salt[1])
    own, generic = sorted(spec.routines[home]), sorted(ROUTINES)
    rng.shuffle(own)
    rng.shuffle(generic)
    n_generic = n_routines - spec.n_own
    return (home, own[:spec.n_own] + generic[:n_generic],
            own[spec.n_own:] + generic[n_generic:] + sorted(spec.untaught[home]), rng)


def is_question(spec: BlindSet, phrase: str) -> bool:
    return phrase.split()[0] in spec.question_starts


def build(spec: BlindSet, seed: int, *, n_routines: int = 45, per_phrase: int = 4,
          per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A home of the set and its cases (every kind of ``build_home``, the set's wrapped
    kinds in and out of scope, the frames and real requests, and with ``heard`` the
    fifth set's heard kinds from the set's transcripts when they are there)."""
    labels = spec.labels
    home, taught_names, held_out, rng = taught_routines(spec, seed, n_routines)
    pool = {**spec.pool, **spec.untaught[home]}
    phrases = [(p, r) for r in taught_names for p in pool[r]]
    taught = labels.taught(phrases)
    wrapped_kinds, wrapped_out, carriers = spec.wrapped_kinds, spec.wrapped_out, spec.carriers
    cases: list[Case] = []

    def add_out(text: str, kind: str) -> bool:
        # never label as out of scope a taught phrase (wrapped, or in synonyms), nor
        # one that asks for what a taught one does
        if taught.is_phrase(text) or taught.asks_same(text):
            return False
        cases.append(Case(text, None, kind))
        return True

    def noisy_core(phrase: str) -> str:
        text = noisy(phrase, rng, ["{}"], labels.sounds)
        if rng.random() < 0.4:
            text = labels.misrecognised(text, rng)
        return labels.numbers(text, rng)

    def wrapped(core: str, phrase: str, routine: str, templates: list[str]) -> str | None:
        for _try in range(30):
            template = rng.choice(templates)
            if fits(spec, template, core):
                text = wrap(template, core)
                if labels.wrap_ok(text, phrase, routine, phrases):
                    return text
        return None

    for phrase, routine in phrases:
        cases.append(Case(phrase, routine, "exact phrase"))
        for _ in range(per_phrase):
            for _try in range(200):
                core = noisy_core(phrase)
                if labels.noisy_ok(core, phrase, routine, phrases):
                    break
            else:
                core = phrase
            text = wrapped(core, phrase, routine, carriers) if rng.random() < 0.6 else None
            text = text or core
            if rng.random() < 0.3:
                text = written(text, rng, "..!")
            cases.append(Case(text, routine, "noisy"))
        for kind, templates in spec.wrappers.items():
            text = wrapped(phrase, phrase, routine, templates)
            if text:
                cases.append(Case(text, routine, wrapped_kinds[kind]))

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
                if core != phrase and all(labels.kept(w, core, phrase)
                                          for w in labels.must_keep(phrase)) \
                        and not taught.holds_phrase(core):
                    add_held(core, "held-out routine")
                    break
            if routine not in ROUTINES:
                add_held(wrap(rng.choice(spec.oos_wrappers), phrase),
                         wrapped_out["held-out routine"])
                template = rng.choice([w for w in carriers if fits(spec, w, phrase)])
                add_held(wrap(template, phrase), wrapped_out["held-out routine"])

    # fragments: a lone word or the phrase cut short, plainly and in a wrapper
    uses: Counter[str] = Counter(w for p in all_taught for w in set(p.split()))
    seen: set[str] = set()
    for phrase in all_taught:
        for text, lone in labels.fragments(phrase, taught, uses):
            if text in seen:
                continue
            seen.add(text)
            plain = FRAGMENT_WRAPPERS if lone else [w for w in FRAGMENT_WRAPPERS
                                                    if w != "the {}"]
            add_out(rng.choice(plain).format(text), "fragment")
            new = rng.choice(spec.fragment_wrappers).format(text)
            if not taught.holds_phrase(new):
                add_out(new, wrapped_out["fragment"])

    taught_words = sorted({w for p in all_taught for w in p.split()
                           if labels.thing(w) and w not in spec.names})
    for _ in range(per_kind):
        add_out(rng.choice(spec.near_miss_templates).format(rng.choice(taught_words)),
                "near miss")

    for kind, templates in spec.kind_templates.items():
        for out_kind in (kind, wrapped_out[kind]):
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
                if "{p}" in template and is_question(spec, phrase):
                    continue  # ("has how full is the water tank finished" is nobody's speech)
                plain = [w for w in toks if labels.thing(w)]
                if "{a}" in template and (len(toks) != 2 or len(plain) != 2):
                    continue
                if "{w}" in template and not plain:
                    continue
                said = noisy_core(phrase) if rng.random() < 0.3 else phrase
                if said != phrase and not labels.noisy_ok(said, phrase, routine, phrases):
                    said = phrase
                text = template.format(p=said, w=rng.choice(plain or toks), a=toks[0],
                                       b=toks[-1])
                if out_kind != kind:
                    text = wrap(rng.choice(spec.oos_wrappers), text)
                if rng.random() < 0.2:
                    text = written(text, rng)
                if "{w}" in template and taught.holds_phrase(text):
                    continue  # the word and the wrapper said a whole phrase
                made += add_out(text, out_kind)

    questions = [(t, n) for t, n in _ha_state_questions() if half(t) == "held"]
    for text, name in rng.sample(questions, min(per_kind, len(questions))):
        phrase, _ = rng.choice(phrases)
        if not _CUE_WORDS & set(phrase.split()) and not is_question(spec, phrase):
            add_out(text.replace(name, phrase), "state question (HA sentences)")

    _add_dataset_rows(spec, phrases, taught, rng, add_out, per_kind, n_real)
    if spec.swaps:
        _add_near_siblings(spec, phrases, taught, rng, add_out, per_kind,
                           {c.utterance for c in cases})
    if heard:
        cases.extend(heard_cases(spec, seed, phrases))
    return Home(phrases, cases)


def says_nearly(spec: BlindSet, text: str, taught: Taught) -> bool:
    """Whether ``text`` says every content word of a taught phrase, or of one asking for
    the same, but its weak ones ("start tv" when "tv time" is taught), or switches on
    what a taught phrase switches on in other words ("turn my stove on" when "light the
    stove" is taught)."""
    content = spec.labels.content
    have = content(text)
    switched = [content(p[len(v):]) for p in taught.texts for v in spec.on_verbs
                if p.startswith(v)]
    return any(strong and strong <= have for c in (*taught.contents, *taught.same)
               for strong in [c - (WEAK - _CUE_WORDS)]) \
        or ("off" not in have and any(c and c <= have for c in switched))


def _kind_of(spec: BlindSet, text: str, taught: Taught, home_words: set[str]) -> str:
    if taught.holds_phrase(text) or taught.holds_same(text) or says_nearly(spec, text, taught):
        return AMBIGUOUS  # says a whole taught phrase, or one asking the same: it may be meant
    shares = spec.labels.content(text) & home_words
    return "real request, shares a word" if shares else "real request"


def _add_dataset_rows(spec: BlindSet, phrases, taught: Taught, rng: random.Random, add_out,
                      per_kind: int, n_real: int) -> None:
    """The dataset rows: one slot holding a word of a taught phrase (:data:`FRAMES`),
    and the real request kinds as the set recombines crowd-written rows, never a
    sentence a dataset or another split has."""
    rows = list(dataset_rows())
    if not rows:
        return
    used = spec.used_texts()
    home_words = set().union(*taught.contents) - _STOP
    said = " " + " ".join(p for p, _ in phrases) + " "
    mine = {"place": sorted(w for w in spec.places if f" {w} " in said),
            "device": sorted(w for w in spec.devices if f" {w} " in said)}
    originals = {norm(frame.format(*own)) for frame, _k, own, _s, _i in rows}
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
        if norm(text) in used or norm(text) in originals:
            continue
        says = taught.holds_phrase(text) or taught.holds_same(text) \
            or says_nearly(spec, text, taught) \
            or any(taught.holds_phrase(f"{word} {cue}") for cue in CUES)
        if says:
            add_unclear(text)
        else:
            made += add_out(text, FRAMES)

    seen: set[str] = set()
    # (recombined requests mostly share a word with some phrase: the few that share
    # none are given a fifth of the places)
    quota = {"real request": n_real // 5, "real request, shares a word": n_real - n_real // 5}
    for text, _ in zip(spec.recombine(rows, rng), range(n_real * 60), strict=False):
        if not any(quota.values()):
            break
        if norm(text) in used or norm(text) in originals or text in seen:
            continue
        seen.add(text)
        kind = _kind_of(spec, text, taught, home_words)
        if kind == AMBIGUOUS:
            add_unclear(text)
        elif quota[kind] and add_out(text, kind):
            quota[kind] -= 1


def near_siblings(spec: BlindSet, phrases: list[tuple[str, str]], taught: Taught,
                  said: set[str]) -> list[str]:
    """Every taught phrase with one word said otherwise (``spec.swaps``), in the order
    of the phrases, never one that holds a taught phrase, asks for what one does, or is
    a case already (an untaught sibling is a held-out routine)."""
    made: list[str] = []
    for phrase, _routine in phrases:
        toks = phrase.split()
        for i, tok in enumerate(toks):
            for other in spec.swaps.get(tok, ()):
                text = " ".join([*toks[:i], other, *toks[i + 1:]])
                if text in said or text in made or taught.holds_phrase(text) \
                        or taught.holds_same(text) or taught.means_phrase(text) \
                        or says_nearly(spec, text, taught):
                    continue
                made.append(text)
    return made


def _add_near_siblings(spec: BlindSet, phrases: list[tuple[str, str]], taught: Taught,
                       rng: random.Random, add_out, per_kind: int, said: set[str]) -> None:
    """The near-sibling kinds: ``per_kind`` near siblings said plainly and ``per_kind``
    in one of the set's out-of-scope wrappers."""
    made = near_siblings(spec, phrases, taught, said)
    for text in rng.sample(made, min(per_kind, len(made))):
        add_out(text, NEAR_SIBLING)
    for text in rng.sample(made, min(per_kind, len(made))):
        add_out(wrap(rng.choice(spec.oos_wrappers), text), spec.wrapped_out[NEAR_SIBLING])


# the heard transcripts (benchmarks/_make_fifth_heard.py makes them)

def load_heard(spec: BlindSet) -> dict:
    """The committed transcripts ({} when the file is missing)."""
    return json.loads(spec.heard.read_text(encoding="utf-8")) if spec.heard.exists() else {}


def _heard(spec: BlindSet, word: str, heard: str, said: str) -> bool:
    """``kept``, or a recogniser's changed ending (a heard word that starts with the
    word), or a name heard near enough."""
    if spec.labels.kept(word, heard, said):
        return True
    bare = word.replace("'", "")
    return any((len(bare) >= 3 and h.startswith(bare))
               or (word in spec.names and fuzz.ratio(word, h) >= 75) for h in words(heard))


def lost(spec: BlindSet, said: str, heard: str, phrases: list[tuple[str, str]],
         routine: str) -> bool:
    """Whether a transcript of the taught phrase ``said`` (of ``routine``) lost it:
    empty, another routine's phrase, or no word left that tells it apart (names and
    numbers first; a number not heard; nothing of what sets it apart from a sibling
    sharing its words)."""
    labels = spec.labels
    others = [(p, r) for p, r in phrases if r != routine]
    if not words(heard) or labels.taught(others).is_phrase(heard):
        return True
    uses = Counter(w for p, _ in phrases if p != said for w in set(p.split()))
    keep = labels.must_keep(said) or said.split()
    marks = [w for w in keep if w in spec.names or labels.strict(w)]
    telling = marks or [w for w in keep if uses[w] < 3] or keep
    if not any(_heard(spec, w, heard, said) for w in telling):
        return True
    if not all(_heard(spec, w, heard, said) for w in marks if w not in spec.names):
        return True  # a number changed: the phrase of an untaught sibling
    mine = labels.content(said)
    for other, _ in others:
        theirs = labels.content(other)
        extra = [w for w in said.split()
                 if labels.content(w) and labels.content(w) <= mine - theirs]
        if mine & theirs and extra and not any(_heard(spec, w, heard, said) for w in extra):
            return True
    return False


def became_phrase(said: str, heard: str, taught: Taught) -> bool:
    """Whether the recogniser made an out-of-scope request a request for a routine: the
    transcript is a taught phrase (maybe wrapped), or holds a whole taught phrase that
    what was said did not."""
    return taught.is_phrase(heard) or (taught.holds_phrase(heard)
                                       and not taught.holds_phrase(said))


def heard_cases(spec: BlindSet, seed: int, phrases: list[tuple[str, str]]) -> list[Case]:
    """The transcripts of one home of the set as cases of the heard kinds."""
    routine_of = dict(phrases)
    taught = spec.labels.taught(phrases)
    cases = []
    for item in load_heard(spec).get("items", []):
        if item["seed"] != seed:
            continue
        text = item["heard"]
        if item["routine"] is not None:
            if routine_of.get(item["phrase"]) != item["routine"]:
                continue
            kind = HEARD_LOST if lost(spec, item["phrase"], text, phrases, item["routine"]) \
                else HEARD_KIND if item["engine"] == COMMAND_ENGINE else HEARD_OPEN
            cases.append(Case(text, item["routine"], kind))
        elif text.strip() and not became_phrase(item["said"], text, taught):
            # (an out-of-scope request the recogniser turned into a taught phrase is
            # the recogniser's doing: counted in the file's summary, not here)
            cases.append(Case(text, None, HEARD_OUT))
    return cases
