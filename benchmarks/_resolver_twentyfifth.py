"""The twenty-fifth held-out set of benchmarks/resolver.py (split "twentyfifth",
seeds 250-252).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_twentyfifth_text.py`` or ``_resolver_twentyfifth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has. One home per seed (``_resolver_twentyfifth_text.HOMES``: a
glassblower's studio house, a theatre stage manager's flat near the playhouse, an alpaca
farmer's hill croft), each teaching 22 of its own routines with 23 of the generic pool;
its other routines and the siblings of ``UNTAUGHT`` are held out. It is built by the
shared generator of benchmarks/_resolver_blind.py from this set's words, and this module
adds the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/twentyfifth_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a recipe step read
  aloud first ("fold in the sultanas with a metal spoon. X"), an answer shouted at a
  quiz on the television after ("X, it's kilimanjaro, you plonker"), a newspaper
  headline read aloud first ("mayor unveils bench, stop the presses. X"), a sum worked
  out aloud first ("fourteen plus sixteen equals thirty. X"), asking a child about
  their schoolwork after ("X, percival, is that worksheet signed?"), a text message
  read aloud first ("bev writes, parcel's turned up, cheers. X"), a horoscope read
  aloud after ("X, taurus, expect a parcel"), a line of an old song sung after ("X, my
  bonnie lies over the ocean"), a crossword clue solved aloud first ("grey wading bird,
  heron, fits. X"), and the phrase in the middle, between a recipe step and a line of
  an old song ("knead it till springy and smooth. X and what shall we do with the
  drunken sailor"); and two kinds made here: a taught phrase as a recogniser mishears
  it beside one of those clauses (:data:`MISHEARD`), and a taught name written as it
  sounds ("ring neal" for "ring neil", plainly and beside a clause: :data:`NAME_SPELT`);
- out of scope, the usual kinds in new words and eight kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses:
  asking how it is spelt ("how do you spell X?"), asking for it in another language
  ("how do you say X in french?"), a title with it in ("my nephew's band is called
  X"), a joke made about it ("X, said no teenager ever, ha"), asking the assistant
  whether it enjoys it ("do you enjoy doing X?"), asking for a rhyme for it ("what
  rhymes with X?"), a password that says it ("the wifi password is X") and a new
  year's resolution ("my new year's resolution is to X more often");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
twenty-fourth's: a row said with a delay after it ("turn on the geyser in half an
hour", "switch off the lamp, after the adverts"), as people put off a request they make
now (:func:`with_a_delay`). Sentences a dataset or another split has are left out.
Labels are guarded in code (benchmarks/_resolver_twentyfifth_labels.py) and in
tests/test_resolver_twentyfifth_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_twentyfifth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_twentyfifth_labels import LABELS

SEEDS = (250, 251, 252)
HEARD = Path(__file__).resolve().parent / "data" / "twentyfifth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "twentyfifth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"studio", "workshop", "terrace", "lounge", "byre", "paddock"}
DEVICES = {"furnace", "annealer", "extractor", "dehumidifier", "generator", "stove",
           "headset", "dimmer"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lights", "lamp")."""
DELAYS = ("in a minute", "in half an hour", "in a quarter of an hour", "after the adverts",
          "once i've sat down", "when i give the word")
"""What a speaker says after a request to put it off (:func:`with_a_delay`)."""
NOW = {"now", "immediately", "instantly", "asap", "straightaway", "quickly", "currently"}
"""Words of a row that ask for it at once: such a row is never put off."""
MISHEARD = "a misheard phrase beside everyday household speech"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written with the same sounds"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring neal" for "ring neil"), plainly or beside a clause."""
NEW_OUT_OF_SCOPE = ("asking how it is spelt", "asking for it in another language",
                    "a title with it in", "a joke made about it",
                    "asking the assistant whether it enjoys it", "asking for a rhyme for it",
                    "a password that says it", "a new year's resolution")
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
    recipe step of a feeding, a text message read aloud of a call)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def delayed(text: str) -> bool:
    """Whether a normalised sentence ends with one of :data:`DELAYS` after a request."""
    return any(text.endswith(f" {norm(delay)}") for delay in DELAYS)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or end with a delay (the
    recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or delayed(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth")
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


def with_a_delay(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said with one of :data:`DELAYS`
    after it, with or without a comma ("turn on the geyser in half an hour", "switch
    off the lamp, after the adverts"); never a row that asks for it at once (:data:`NOW`)."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).rstrip(" .?!")
        if set(norm(request).split()) & NOW:
            continue  # ("turn it off now, in half an hour" is nobody's speech)
        delay = rng.choice(DELAYS)
        yield f"{request}{rng.choice((',', ''))} {delay}"


SET = BlindSet(
    name="twentyfifth", seeds=SEEDS, salt=(7919, 25), homes=tables.HOMES,
    routines=tables.TWENTYFIFTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=with_a_delay, swaps=tables.SWAPS)
"""The twenty-fifth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("a soft cheese, brie, got
it. what rhymes with feed suki?")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
TWENTYFIFTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT)
TWENTYFIFTH_KINDS = (*TWENTYFIFTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     FRAMES)
"""Kinds of the twenty-fifth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
TWENTYFIFTH_ROUTINES = tables.TWENTYFIFTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.TWENTYFIFTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring lindsey", "ring lyndsey" for "ring lindsay")."""



MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(25,))
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_twentyfifth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twenty-fifth-set home and its cases (``heard`` reads
    benchmarks/data/twentyfifth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "CARRIERS",
    "CLAUSES",
    "DELAYS",
    "FRAMES",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "POOL",
    "SEEDS",
    "SET",
    "TWENTYFIFTH_IN_SCOPE",
    "TWENTYFIFTH_KINDS",
    "TWENTYFIFTH_ROUTINES",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_twentyfifth",
    "could_say",
    "delayed",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "used_texts",
    "with_a_delay",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
