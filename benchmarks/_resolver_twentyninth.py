"""The twenty-ninth held-out set of benchmarks/resolver.py (split "twentyninth",
seeds 290-292).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_twentyninth_text.py`` or ``_resolver_twentyninth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_twentyninth_text.HOMES``: a cheesemaker's creamery cottage, a puppeteer's
loft over a toy shop, a farrier's forge cottage), each teaching 22 of its own routines
with 23 of the generic pool, its people and pets named with common words or words that
sound like others ("ring rich", "message faith", "feed crumble", "tell reed his taxi is
waiting"); its other routines and the siblings of ``UNTAUGHT`` are held out. It is built
by the shared generator of benchmarks/_resolver_blind.py from this set's words, and this
module adds the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/twentyninth_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a delivery driver
  at the door first ("couldn't find the doorbell, squire. X"), a self-checkout voice first
  ("unexpected object in the bagging area. X"), a lift announcement first ("maximum
  capacity exceeded. X"), an airline safety video first ("for your safety, smoking is
  prohibited in the lavatories. X"), a podcast host reading an advert after ("X, terms
  and conditions apply"), a weather forecast on the radio after ("X, drizzle clearing
  from the west"), a courtroom drama on the telly after ("X, objection, your honour"),
  a museum audio guide after ("X, the sculpture gallery is through the archway"), the phrase between
  a self-checkout voice and a podcast advert, and the phrase said in the middle of an
  airline safety video, which goes on after it ("should the cabin lose pressure, X,
  oxygen will flow from the panel overhead"); and two kinds made here: a taught phrase as a
  recogniser mishears it beside one of those clauses (:data:`MISHEARD`), and a taught
  name written as it sounds ("ring patients" for "ring patience", "feed conquer":
  plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("maximum capacity exceeded ring rich") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("maximum capacity exceeded, ring
  rich") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: quoting
  it while complaining about the assistant ("i said X and you just beeped at me"),
  written on the shopping list by mistake ("why is X on the shopping list"), a
  counterfactual about the past ("if only we'd had X last winter"), asking about
  someone else's home ("does my sister's house have X as well"), wanted in the next
  house after a move ("the next house definitely needs X"), a riddle with it as the
  answer ("riddle me this, the answer is X"), an argument about it at dinner ("the
  whole table fell out over X"), a tattoo of it ("imagine getting X as a tattoo"), a
  bet about it ("i lost a bet over X") and a family vote on it ("let's put X to a
  family vote");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
twenty-eighth's: a row said as one more thing, after a request the speaker made before
("one more thing, turn on the lamp", "and another thing switch the music off"), as
people add a request to one they made (:func:`one_more_thing`). Sentences a dataset or
another split has are left out. Labels are guarded in code
(benchmarks/_resolver_twentyninth_labels.py) and in
tests/test_resolver_twentyninth_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_twentyninth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_twentyninth_labels import LABELS

SEEDS = (290, 291, 292)
HEARD = Path(__file__).resolve().parent / "data" / "twentyninth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "twentyninth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"dairy", "parlour", "cave", "loft", "stockroom", "stable", "booth"}
DEVICES = {"mill", "stirrer", "vat", "extractor", "footlights", "blower", "forge"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("heater", "light", "room")."""
ONE_MORE = ("one more thing", "and another thing", "last thing", "one last thing",
            "something else", "on top of that")
"""How a speaker adds a request to one made before, said first (:func:`one_more_thing`):
no word of the set's pools, no number the labels keep."""
ADDED = {"and", "also", "oh", "one", "last", "then", "another", "plus", "too", "again",
         "thing", "else"}
"""Words a row may already start or end with that add it to something (a row with one
first or last is never given :data:`ONE_MORE`: "one more thing, and also ..." is
nobody's speech)."""
MISHEARD = ("a misheard phrase beside a driver at the door, a checkout, a lift, a forecast "
            "or a guide")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written as a word that sounds the same"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring patients" for "ring patience"), plainly or beside a clause."""
UNPUNCTUATED = {
    "in scope": "a phrase beside a clause heard at a door, a till, a lift or a speaker, "
                "written without punctuation",
    "misheard": "a misheard phrase or name beside a clause heard at a door, a till, a lift "
                "or a speaker, written without punctuation",
    "out of scope": "out of scope beside a clause heard at a door, a till, a lift or a "
                    "speaker, written without punctuation"}
"""The kinds of a case said beside a clause written again as a recogniser without
punctuation writes it (:func:`unpunctuated`): a phrase said exactly (in scope), a
misheard one or a name written as it sounds (in scope), and any out-of-scope kind said
beside a clause."""
PAUSED = ("a phrase beside a clause heard at a door, a till, a lift or a speaker, its "
          "sentence end written as a comma")
"""In scope: a case of :data:`WRAPPED_KINDS` whose clause ends a sentence next to the
phrase, written again with that sentence end as a comma, as Whisper writes a short
pause (:func:`paused`)."""
NEW_OUT_OF_SCOPE = ("quoting it while complaining about the assistant",
                    "written on the shopping list by mistake",
                    "a counterfactual about the past", "asking about someone else's home",
                    "wanted in the next house after a move",
                    "a riddle with it as the answer", "an argument about it at dinner",
                    "a tattoo of it", "a bet about it", "a family vote on it")
"""Out-of-scope kinds no earlier set has (each also said beside a clause)."""
OWN_OUT_OF_SCOPE = (*USUAL_OWN_OUT_OF_SCOPE, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's and
fourteenth's first)."""
CLAUSES = [w for ws in tables.WRAPPERS.values() for w in ws]
"""The clauses said beside a misheard phrase or a name written as it sounds (each only
where it does not bear on it, :func:`bears_on`)."""


def bears_on(clause: str, text: str) -> bool:
    """Whether ``clause`` would bear on the request ``text`` (or not fit it): it holds
    a stretch of ``REASON_CLASHES`` and ``text`` a word that stretch clashes with (a
    driver at the door of ringing someone, a lift's arrival of locking up)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def added(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`ONE_MORE` before a
    request."""
    return any(text.startswith(f"{norm(first)} ") for first in ONE_MORE)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with one more thing
    (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or added(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth")
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


def one_more_thing(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said as one more thing, one of
    :data:`ONE_MORE` before it, with or without a comma ("one more thing, turn on the
    lamp", "and another thing switch the music off"); never a row that already adds
    itself to something (:data:`ADDED` first or last) or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(",")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ADDED or said[-1] in ADDED:
            continue  # ("one more thing, and also the lights" is nobody's speech)
        first = rng.choice(ONE_MORE)
        yield f"{first}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="twentyninth", seeds=SEEDS, salt=(7919, 29), homes=tables.HOMES,
    routines=tables.TWENTYNINTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=one_more_thing, swaps=tables.SWAPS)
"""The twenty-ninth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("maximum capacity
exceeded. imagine getting feed crumble as a tattoo")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
TWENTYNINTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
TWENTYNINTH_KINDS = (*TWENTYNINTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the twenty-ninth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
TWENTYNINTH_ROUTINES = tables.TWENTYNINTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.TWENTYNINTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring patients" for "ring patience")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(29, 29, 29),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_twentyninth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twenty-ninth-set home and its cases (``heard`` reads
    benchmarks/data/twentyninth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ADDED",
    "CARRIERS",
    "CLAUSES",
    "FRAMES",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "ONE_MORE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "SEEDS",
    "SET",
    "TWENTYNINTH_IN_SCOPE",
    "TWENTYNINTH_KINDS",
    "TWENTYNINTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "added",
    "bears_on",
    "build_twentyninth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "one_more_thing",
    "paused",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
