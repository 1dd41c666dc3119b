"""The twenty-fourth held-out set of benchmarks/resolver.py (split "twentyfourth",
seeds 240-242).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_twentyfourth_text.py`` or ``_resolver_twentyfourth_labels.py``.

It judges what a taught phrase means amid the talk of a household, in shapes and words
no earlier set has. One home per seed (``_resolver_twentyfourth_text.HOMES``: a
falconer's lodge on a country estate, a long-haul pilot's flat near the airport, a cider
maker's orchard farm), each teaching 22 of its own routines with 23 of the generic pool;
its other routines and the siblings of ``UNTAUGHT`` are held out. It is built by the
shared generator of benchmarks/_resolver_blind.py from this set's words, and this module
adds the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/twentyfourth_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of clause of the
  speaker's own that does not bear on it (:data:`WRAPPED_KINDS`): a fact corrected for
  someone in the room first ("no, dougal, a tomato's a fruit. X"), telling someone they
  were not the one spoken to ("no, not you, dougal, resume. X"), a rhetorical question
  first ("who'd be a parent? X"), a proverb after ("X, it takes all sorts"), an apology
  to someone in the room after ("X, mea culpa, ptolemy, i elbowed you"), a goodbye to
  someone leaving after ("X, adieu, rupert, travel well"), giving in to someone first
  ("very well, you win, dougal. X"), a compliment to someone in the room after ("X,
  stunning scarf, ottilie"), a label read aloud first ("handle delicately, noted. X"),
  and the phrase in the middle, between a rhetorical question and a proverb ("how hard
  can it be? X, there's method in the madness"); and two kinds made here: a taught
  phrase as a recogniser mishears it beside one of those clauses (:data:`MISHEARD`),
  and a taught name written as it sounds ("ring reece" for "ring rhys", plainly and
  beside a clause: :data:`NAME_SPELT`);
- out of scope, the usual kinds in new words and eight kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses:
  asking someone whether they said it ("did you just say X, love?"), the phrase in a
  list of what got done today ("today i've done the school run, X and the big shop"),
  the opposite of one of the home's own routines asked for, made here, as no routine
  there is its opposite ("do the opposite of X": :data:`OPPOSITE`), telling someone off
  for doing it ("who told you to X, young man?"), asking whose idea it was ("whose
  idea was X?"), a dry run asked for ("just pretend to X, don't really do it"), asking whether
  it would work if something happened ("would X still work in a power cut?") and
  telling the assistant it has a new name ("X is called operation snowdrop now");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
twenty-third's: a row said, and said again after a word of someone not heard the first
time ("turn on the geyser, i said, turn on the geyser"), as people repeat a request
that went unanswered (:func:`said_again`). Sentences a dataset or another split has
are left out. Labels are guarded in code (benchmarks/_resolver_twentyfourth_labels.py)
and in tests/test_resolver_twentyfourth_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_blind as blind
import _resolver_made_here as made_here
import _resolver_twentyfourth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, fits, norm, wrap
from _resolver_data import Case, Home, build_home
from _resolver_eighth import FRAMES
from _resolver_twentyfourth_labels import LABELS

SEEDS = (240, 241, 242)
HEARD = Path(__file__).resolve().parent / "data" / "twentyfourth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "twentyfourth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"aviary", "balcony", "orchard"}
DEVICES = {"incubator", "shutters", "scratter", "chiller", "tractor", "espresso", "tracker"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lights", "heater")."""
AGAIN = ("i said,", "hello? i said", "are you listening?", "oi,", "did you hear me?",
         "come on,")
"""What a speaker says between a request and the same request again, when the first
went unanswered (:func:`said_again`)."""
MISHEARD = "a misheard phrase beside an aside of the speaker's"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written as it sounds"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring reece" for "ring rhys"), plainly or beside a clause."""
OPPOSITE = "the opposite asked for"
"""Out of scope, made here: the opposite of one of the set's own routines asked for ("do
the opposite of mews lights on"), whose opposite is never taught in its home
(``_resolver_twentyfourth_text.OPPOSITE_TEMPLATES``)."""
NEW_OUT_OF_SCOPE = ("asking someone whether they said it", "in a list of what got done today",
                    OPPOSITE, "telling someone off for doing it",
                    "asking whose idea it was", "a dry run asked for",
                    "asking whether it would work if", "told it has a new name")
"""Out-of-scope kinds no earlier set has (each also said beside a clause)."""
OWN_OUT_OF_SCOPE = (*USUAL_OWN_OUT_OF_SCOPE, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's and
fourteenth's first)."""
CLAUSES = [w for ws in tables.WRAPPERS.values() for w in ws]
"""The clauses said beside a misheard phrase or a name written as it sounds (each only
where it does not bear on it, :func:`bears_on`)."""


def bears_on(clause: str, text: str) -> bool:
    """Whether ``clause`` would bear on the request ``text`` (or not fit it): it holds
    a stretch of ``REASON_CLASHES`` and ``text`` a word that stretch clashes with
    ("a tomato's a fruit" of a feeding, "drive carefully" of a call)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def repeated(text: str) -> bool:
    """Whether a normalised sentence is a request said, one of :data:`AGAIN`, and the
    same request again."""
    for between in AGAIN:
        first, sep, second = text.partition(f" {norm(between)} ")
        if sep and first == second:
            return True
    return False


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or say a request twice (the
    recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or repeated(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird")
"""The splits whose homes' out-of-scope cases :func:`live_used_texts` reads (the
twentieth's and earlier come through the twenty-first's sources)."""


def live_used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on that this set could say,
    normalised: the twenty-first's sources (the twentieth's and earlier) and the
    out-of-scope cases of the homes of :data:`EARLIER`, those :func:`could_say` keeps."""
    from _resolver_twentyfirst import used_texts as sources

    said = {norm(c.utterance) for name in EARLIER
            for seed in importlib.import_module(f"_resolver_{name}").SEEDS
            for c in build_home(seed, split=name).cases if c.routine is None}
    return frozenset(t for t in said | sources() if could_say(t))


def used_texts() -> frozenset[str]:
    """:func:`live_used_texts` as written to :data:`USED`."""
    return made_here.read_used(USED)


def said_again(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said, then one of
    :data:`AGAIN`, then the row again ("turn on the geyser, i said, turn on the
    geyser")."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own)
        between = rng.choice(AGAIN)
        yield f"{request}, {between} {request}"


SET = BlindSet(
    name="twentyfourth", seeds=SEEDS, salt=(8171, 24), homes=tables.HOMES,
    routines=tables.TWENTYFOURTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=said_again, swaps=tables.SWAPS)
"""The twenty-fourth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = {**SET.wrapped_out, OPPOSITE: f"{OPPOSITE}, wrapped"}
"""Out-of-scope kinds said beside one of this set's clauses ("not talking to you,
rupert. whose idea was feed zara?")."""
OWN_TEMPLATES = {**tables.KIND_TEMPLATES, OPPOSITE: tables.OPPOSITE_TEMPLATES}
"""Every out-of-scope kind's templates, the one made here (the opposite) among them."""
TWENTYFOURTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT)
TWENTYFOURTH_KINDS = (*TWENTYFOURTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      FRAMES)
"""Kinds of the twenty-fourth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
TWENTYFOURTH_ROUTINES = tables.TWENTYFOURTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.TWENTYFOURTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring reece", "ring rees" for "ring rhys")."""


SWITCHED = {"on", "off", "up", "down"}
"""What a phrase switches with: the opposite of "mews lights on" could be heard as the
generic "lights off" a home may teach, and people would differ on running it."""


def _opposites(home: Home, rng: random.Random, per_kind: int) -> list[tuple[str, str]]:
    """(text, kind) of :data:`OPPOSITE`, ``per_kind`` plainly and ``per_kind`` beside
    one of the set's out-of-scope clauses: said of the home's own taught routines but
    its chores of several clauses, its questions and those that switch something
    (:data:`SWITCHED`), never a taught phrase (maybe wrapped) or one asking for what a
    taught one does."""
    taught = LABELS.taught(home.phrases)
    own = {r for pool in tables.TWENTYFOURTH_ROUTINES.values() for r in pool}
    said = sorted({t.format(p=p) for p, r in home.phrases for t in tables.OPPOSITE_TEMPLATES
                   if r in own and " so " not in p and p.split()[0] not in SET.question_starts
                   and not SWITCHED & set(p.split())})
    said = [t for t in said if not taught.is_phrase(t) and not taught.asks_same(t)]
    pairs = [(t, w) for t in said for w in tables.OOS_WRAPPERS]
    return [*((t, OPPOSITE) for t in rng.sample(said, min(per_kind, len(said)))),
            *((wrap(w, t), WRAPPED_OUT[OPPOSITE])
              for t, w in rng.sample(pairs, min(per_kind, len(pairs))))]


def _made_here(home: Home, seed: int, per_kind: int) -> list[Case]:
    """The cases of :data:`MISHEARD` and :data:`NAME_SPELT` for ``home``: up to four
    distinct mishearings of each phrase, each beside a clause, and each way its name is
    written as it sounds, plainly and beside a clause; and those of :data:`OPPOSITE`
    (:func:`_opposites`); never a case the home has."""
    rng = random.Random(seed * 104729 + 24)
    phrases = home.phrases
    have = {c.utterance for c in home.cases}
    out: list[Case] = []

    def aside(core: str, phrase: str, routine: str) -> str | None:
        fitting = [c for c in CLAUSES if fits(SET, c, core) and fits(SET, c, phrase)]
        rng.shuffle(fitting)
        return next((wrap(c, core) for c in fitting[:30]
                     if LABELS.wrap_ok(wrap(c, core), phrase, routine, phrases)), None)

    for phrase, routine in phrases:
        tries = (misheard(phrase, rng) for _ in range(80))
        cores = list(dict.fromkeys(
            c for c in tries if c != phrase and LABELS.noisy_ok(c, phrase, routine, phrases)))
        spelt = [c for c in name_spelt(phrase) if LABELS.noisy_ok(c, phrase, routine, phrases)]
        made = [(aside(c, phrase, routine), MISHEARD) for c in cores[:4]]
        made += [(c, NAME_SPELT) for c in spelt]
        made += [(aside(c, phrase, routine), NAME_SPELT) for c in spelt]
        for text, kind in made:
            if text and text not in have:
                have.add(text)
                out.append(Case(text, routine, kind))
    for text, kind in _opposites(home, rng, per_kind):
        if text not in have:
            have.add(text)
            out.append(Case(text, None, kind))
    return out


def build_twentyfourth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twenty-fourth-set home and its cases (``heard`` reads
    benchmarks/data/twentyfourth_heard.json when it is there; it is not made)."""
    home = blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)
    home.cases.extend(_made_here(home, seed, per_kind))
    return home


__all__ = [
    "AGAIN",
    "CARRIERS",
    "CLAUSES",
    "FRAMES",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OPPOSITE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "POOL",
    "SEEDS",
    "SET",
    "TWENTYFOURTH_IN_SCOPE",
    "TWENTYFOURTH_KINDS",
    "TWENTYFOURTH_ROUTINES",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_twentyfourth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "repeated",
    "said_again",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
