"""The twenty-second held-out set of benchmarks/resolver.py (split "twentysecond",
seeds 220-222).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_twentysecond_text.py`` or ``_resolver_twentysecond_labels.py``.

It judges what a taught phrase said beside other words means, in shapes and words no
earlier set has. One home per seed (``_resolver_twentysecond_text.HOMES``: a mountain
hut warden's bothy, a piano tuner's mews house, a market trader's flat over a
launderette), each teaching 22 of its own routines with 23 of the generic pool; its
other routines and the siblings of ``UNTAUGHT`` are held out. It is built by the shared
generator of benchmarks/_resolver_blind.py from this set's words, and this module adds
the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/twentysecond_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each kind of clause of the
  speaker's own that does not bear on it (:data:`WRAPPED_KINDS`): news of its own
  joined by "but" ("X but the chimney sweep's overbooked"), a question about something
  else said after ("X, whose galoshes are these?") or first ("is that a woodpecker?
  X"), something else forbidden ("X, no crisps on the chesterfield"); and two kinds made here:
  a taught phrase as a recogniser mishears it (a letter dropped, two words run
  together, a word split, a sound off) beside such a clause (:data:`MISHEARD`), and a
  taught name written as a recogniser writes it another way ("ring katriona" for "ring
  catriona", plainly and beside two clauses: :data:`NAME_SPELT`);
- out of scope, the usual kinds in new words and nine kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a "but"
  that puts the request off or restricts it ("X but not yet"), one that withdraws it
  ("X but i don't want it"), a complaint said as an echo question about the hour ("X? at
  this hour?") or about it being early ("X? already?"), somebody disliking it ("X, the
  kids hate it"), the routine being too much ("X is way too loud"), doubt ("X, should it
  be?"), a question tag ("X, or not?"), what it acts on already in the state it would
  leave ("feed corrie, corrie's been fed": :data:`DONE`), and a near sibling that
  differs by a name beginning and ending as the taught one does ("ring cristina" when
  "ring catriona" is taught: :data:`ALIKE`);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
twenty-first's: one row's frame said with every value of another row of the same
source, intent and slot kinds (two people's sentences for one intent crossed: the words
of one, the things of the other), said beside one of this set's clauses ("switch off
the lamp in the garage, whose galoshes are these?"). Sentences a dataset or another split
has are left out, the twenty-first's own cases included, and so is a crossed request
that is itself a dataset sentence. Labels are guarded in code
(benchmarks/_resolver_twentysecond_labels.py) and in
tests/test_resolver_twentysecond_data.py.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import _resolver_blind as blind
import _resolver_made_here as made_here
from _resolver_blind import (
    USUAL_OWN_OUT_OF_SCOPE,
    BlindSet,
    Row,
    fits,
    norm,
    says_nearly,
    wrap,
)
from _resolver_data import Case, Home
from _resolver_eighth import FRAMES
from _resolver_ninth import dataset_rows
from _resolver_seventeenth import plain_name
from _resolver_twentysecond_labels import LABELS
from _resolver_twentysecond_text import (
    DONE_STATES,
    FRAGMENT_NEW_WRAPPERS,
    GLUED,
    HOMES,
    KIND_TEMPLATES,
    NAME_ALIKE,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    SWAPS,
    TWENTYSECOND_ROUTINES,
    TWENTYSECOND_SOUND_ALIKE,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

SEEDS = (220, 221, 222)
HEARD = Path(__file__).resolve().parent / "data" / "twentysecond_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
PLACES = {"bothy", "bunkroom", "cellar", "launderette", "lockup"}
DEVICES = {"generator", "stove", "beacon", "metronome", "dehumidifier", "skylight",
           "gazebo", "trolley", "dryers", "fridge", "van"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("humidifier" of "humidifier on" and "piano room
humidifier on", "fan", "lights")."""
MISHEARD = "misheard phrase beside a clause"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name spelt otherwise"
"""In scope: a taught phrase with its name written as a recogniser writes it another
way ("message katharine" for "message catherine"), plainly or beside a clause."""
DONE = "done already, said as its state"
"""Out of scope: a taught phrase, then what it acts on already as it would leave it."""
ALIKE = "another name alike at both ends"
"""Out of scope: a taught phrase with its name said as another name that begins and
ends alike ("ring cristina" when "ring catriona" is taught)."""
NEW_OUT_OF_SCOPE = ("put off or restricted by but", "withdrawn by but",
                    "echo question about the hour", "echo question, already",
                    "someone dislikes it", "the routine is too much", "doubt about it",
                    "question tag", DONE, ALIKE)
"""Out-of-scope kinds no earlier set has (each also said beside a clause)."""
OWN_OUT_OF_SCOPE = (*USUAL_OWN_OUT_OF_SCOPE, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's and
fourteenth's first)."""
CLAUSES = [w for ws in WRAPPERS.values() for w in ws]
"""The clauses said beside a misheard phrase and a crowd-written request (each only
where it does not bear on it, :func:`bears_on`)."""
WRAPPED_EXTRA = {DONE: f"{DONE}, wrapped", ALIKE: f"{ALIKE}, wrapped"}
"""The made-here out-of-scope kinds beside one of the set's out-of-scope wrappers."""


def bears_on(clause: str, text: str) -> bool:
    """Whether ``clause`` would bear on the request ``text`` (or not fit it): it holds
    a stretch of :data:`REASON_CLASHES` and ``text`` a word that stretch clashes with
    ("but the window cleaner's emigrated" of a question, "no crisps on the chesterfield" of a
    film night)."""
    return made_here.bears_on(clause, text, REASON_CLASHES)


USED = Path(__file__).resolve().parent / "data" / "twentysecond_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, minutes of work, and the earlier sets are
frozen (tests/test_resolver_sets_unchanged.py)."""


def _could_say(text: str) -> bool:
    """Whether a sentence could be one of this set's dataset cases: they all say a
    place or device word of the set (the frames) or a word only its clauses use (the
    crossed rows beside a clause)."""
    return bool(set(text.split()) & (PLACES | DEVICES | WRAPPER_WORDS))


def live_used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on that this set could say,
    normalised: of the twenty-first's sources (the twentieth's and earlier ones
    included) and the out-of-scope cases of the twenty-first's own homes, those
    :func:`_could_say` keeps."""
    from _resolver_twentyfirst import SEEDS as TWENTYFIRST_SEEDS
    from _resolver_twentyfirst import build_twentyfirst
    from _resolver_twentyfirst import used_texts as twentyfirst_used

    theirs = {norm(c.utterance) for seed in TWENTYFIRST_SEEDS
              for c in build_twentyfirst(seed, heard=False).cases if c.routine is None}
    return frozenset(t for t in twentyfirst_used() | theirs if _could_say(t))


def used_texts() -> frozenset[str]:
    """:func:`live_used_texts` as written to :data:`USED`."""
    return made_here.read_used(USED)


def write_used() -> None:
    """Write :data:`USED` from :func:`live_used_texts`."""
    made_here.write_used(USED, live_used_texts())


def same_intent_values(rows: list[Row]) -> dict[tuple[str, str, tuple[str, ...]],
                                                list[tuple[str, ...]]]:
    """(source, intent, slot kinds) -> every row's values there (plain names only: no
    "on", "off", "all")."""
    values: dict[tuple[str, str, tuple[str, ...]], set[tuple[str, ...]]] = {}
    for _frame, kinds, own, source, intent in rows:
        if all(plain_name(v) for v in own):
            values.setdefault((source, intent, tuple(kinds)), set()).add(tuple(own))
    return {k: sorted(v) for k, v in values.items()}


def crossed(rows: list[Row]) -> Iterator[tuple[str, str]]:
    """Every crossing of two rows: (one row's frame with another's values of the same
    source, intent and slot kinds, the source), never a dataset sentence itself."""
    values = same_intent_values(rows)
    originals = {norm(frame.format(*own)) for frame, _k, own, _s, _i in rows}
    for frame, kinds, own, source, intent in rows:
        for other in values.get((source, intent, tuple(kinds)), []):
            text = frame.format(*other)
            if other != tuple(own) and norm(text) not in originals:
                yield text, source


def crossed_beside_a_clause(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a crossing of two rows (:func:`crossed`) said
    beside a clause of the speaker's own ("switch off the lamp in the garage, whose
    galoshes are these?")."""
    made = sorted({text for text, _ in crossed(rows)})
    while made:
        request = rng.choice(made)
        clause = rng.choice(CLAUSES)
        if not bears_on(clause, request):
            yield wrap(clause, request)


SET = BlindSet(
    name="twentysecond", seeds=SEEDS, salt=(6571, 83), homes=HOMES,
    routines=TWENTYSECOND_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES, on_verbs=("fire up the ",),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=crossed_beside_a_clause,
    swaps=SWAPS)
"""The twenty-second set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = {**SET.wrapped_out, **WRAPPED_EXTRA}
"""Out-of-scope kinds said beside one of this set's clauses ("whose galoshes are these? feed
dumpling, or not?")."""
TWENTYSECOND_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT)
TWENTYSECOND_KINDS = (*TWENTYSECOND_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      FRAMES)
"""Kinds of the twenty-second set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(TWENTYSECOND_SOUND_ALIKE, NAME_SPELLINGS)


def misheard(phrase: str, rng: random.Random) -> str:
    """``phrase`` as a recogniser mishears it, one way of
    ``_resolver_twentysecond_text.MISHEARD_WAYS`` drawn among those that fit it (a
    letter dropped from a long word that is no name or number, two words run together,
    a word split, a sound off); the phrase itself when none fits."""
    return made_here.misheard(phrase, rng, labels=LABELS, glued=GLUED, splits=_SPLITS,
                              sounds=_SOUNDS)


def name_spelt(phrase: str) -> list[str]:
    """``phrase`` with its name written each other way a recogniser writes it."""
    return made_here.names_swapped(phrase, NAME_SPELLINGS)


def name_alike(phrase: str) -> list[str]:
    """``phrase`` with its name said as each other name alike at both ends."""
    return made_here.names_swapped(phrase, NAME_ALIKE)


def done_states(phrase: str) -> list[str]:
    """``phrase`` then what it acts on already in the state it would leave ("feed
    corrie, corrie's been fed")."""
    for pattern, states in DONE_STATES:
        found = re.fullmatch(pattern, phrase)
        if found:
            return [f"{phrase}, {s.format(**found.groupdict())}" for s in states]
    return []


def _add_made_here(home: Home, seed: int, per_kind: int) -> None:
    """The kinds the shared generator cannot make (:data:`MISHEARD`, :data:`NAME_SPELT`,
    :data:`DONE`, :data:`ALIKE` and their wrapped forms), with a generator of their
    own so the shared generator's cases are what it makes for any set."""
    rng = random.Random(seed * 7919 + 22)
    phrases = home.phrases
    taught = LABELS.taught(phrases)
    said = {c.utterance for c in home.cases}
    cases: list[Case] = []

    def beside(core: str, phrase: str, routine: str) -> str | None:
        for _try in range(30):
            clause = rng.choice(CLAUSES)
            if fits(SET, clause, core) and fits(SET, clause, phrase):
                text = wrap(clause, core)
                if LABELS.wrap_ok(text, phrase, routine, phrases):
                    return text
        return None

    def out_ok(text: str, kind: str) -> bool:
        # (never label as out of scope a taught phrase, wrapped or in synonyms, nor one
        # that asks for what a taught one does; another name says no taught phrase
        # whole, where a done request says its own)
        if taught.is_phrase(text) or taught.asks_same(text):
            return False
        return kind not in (ALIKE, WRAPPED_EXTRA[ALIKE]) or not (
            taught.holds_phrase(text) or taught.holds_same(text)
            or says_nearly(SET, text, taught))

    def add(text: str | None, routine: str | None, kind: str) -> bool:
        if not text or text in said or (routine is None and not out_ok(text, kind)):
            return False
        said.add(text)
        cases.append(Case(text, routine, kind))
        return True

    for phrase, routine in phrases:
        for _ in range(4):
            for _try in range(20):
                core = misheard(phrase, rng)
                if core != phrase and LABELS.noisy_ok(core, phrase, routine, phrases):
                    add(beside(core, phrase, routine), routine, MISHEARD)
                    break
        for core in name_spelt(phrase):
            if LABELS.noisy_ok(core, phrase, routine, phrases):
                add(core, routine, NAME_SPELT)
                for _ in range(2):
                    add(beside(core, phrase, routine), routine, NAME_SPELT)
    for kind, made in ((DONE, [t for p, _ in phrases for t in done_states(p)]),
                       (ALIKE, [t for p, _ in phrases for t in name_alike(p)])):
        plain = [t for t in made if t not in said and out_ok(t, kind)]
        for text in rng.sample(plain, min(per_kind, len(plain))):
            add(text, None, kind)
        # (each beside one wrapper, or two when there are fewer than per_kind)
        pairs = [(t, w) for t in plain for w in OOS_WRAPPERS]
        for text, wrapper in rng.sample(pairs, min(per_kind, len(pairs))):
            add(wrap(wrapper, text), None, WRAPPED_EXTRA[kind])
    home.cases.extend(cases)


def build_twentysecond(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twenty-second-set home and its cases (``heard`` reads
    benchmarks/data/twentysecond_heard.json when it is there; it is not made)."""
    home = blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)
    _add_made_here(home, seed, per_kind)
    return home


__all__ = [
    "ALIKE",
    "CARRIERS",
    "CLAUSES",
    "DONE",
    "FRAMES",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "POOL",
    "SEEDS",
    "SET",
    "TWENTYSECOND_IN_SCOPE",
    "TWENTYSECOND_KINDS",
    "TWENTYSECOND_ROUTINES",
    "WRAPPED_EXTRA",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "bears_on",
    "build_twentysecond",
    "crossed",
    "crossed_beside_a_clause",
    "dataset_rows",
    "done_states",
    "live_used_texts",
    "misheard",
    "name_alike",
    "name_spelt",
    "same_intent_values",
    "used_texts",
    "write_used",
]

if __name__ == "__main__":
    write_used()
