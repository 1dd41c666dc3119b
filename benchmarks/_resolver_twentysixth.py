"""The twenty-sixth held-out set of benchmarks/resolver.py (split "twentysixth",
seeds 260-262).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_twentysixth_text.py`` or ``_resolver_twentysixth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, and as a recogniser without punctuation writes that talk.
One home per seed (``_resolver_twentysixth_text.HOMES``: a clock repairer's workshop
cottage, a bus driver's maisonette by the depot, a mushroom grower's barn conversion),
each teaching 22 of its own routines with 23 of the generic pool; its other routines and
the siblings of ``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds that
generator has no way to make. It has no heard transcripts
(benchmarks/data/twentysixth_heard.json was not made; the generator reads a missing file
as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a tongue twister
  practised first ("rural juror, rural juror. X"), a knitting pattern read
  aloud first ("cast on forty stitches. X"), a thank-you card dictated first ("dear
  thelonius, thanks for the cufflinks. X"), a property listing read aloud first
  ("converted chapel, soaring vaulted ceilings, and X"), a bird spotted from the window
  after ("X, two magpies, fortuitous"), a football score read off the phone after ("X,
  rovers nil, wanderers three"), a fun fact read off a packet after ("X, it says
  octopuses have three hearts"), a tasting note read off a wine label after ("X, a
  bouquet of gooseberry and nettles"), the phrase between a tongue twister and a bird
  spotted, and the phrase said in the middle of one line of a knitting pattern, which
  goes on after it ("slip one, knit one, X, pass it over"); and two
  kinds made here: a taught phrase as a recogniser mishears it beside one of those
  clauses (:data:`MISHEARD`), and a taught name written as it sounds ("ring emris" for
  "ring emrys", plainly and beside a clause: :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("rural juror rural juror ring emrys", "slip one knit one ring emrys
  pass it over"), so a reader that leans on punctuation to find where
  the clause ends is judged too (:func:`unpunctuated`);
- out of scope, the usual kinds in new words and eight kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: the
  phrase used as a noun ("the X bit always takes longest"), a child sounding it out
  while learning to read ("sound it out, sweetheart: X"), a guess at charades ("sounds
  like X, is it a film?"), a dream about it ("i dreamt you did X all night"), teaching a
  parrot to say it ("repeat after me, polly: X"), a tongue twister made of it ("say X
  five times fast"), a caption for a photo ("caption for the snap: X") and a sign that
  says it ("the sign on the shed door says X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
twenty-fifth's: a row said after a condition on something else in the house ("if it
gets dark, turn on the lamp", "once the kids are asleep turn the music down"), as
people make a request hang on something (:func:`with_a_condition`). Sentences a dataset
or another split has are left out. Labels are guarded in code
(benchmarks/_resolver_twentysixth_labels.py) and in
tests/test_resolver_twentysixth_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_twentysixth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_made_here import unpunctuated
from _resolver_twentysixth_labels import LABELS

SEEDS = (260, 261, 262)
HEARD = Path(__file__).resolve().parent / "data" / "twentysixth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "twentysixth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"workbench", "cellar", "box", "balcony", "tunnel", "barn", "yard"}
DEVICES = {"loupe", "drier", "steamer", "hoover", "misters", "autoclave", "chiller",
           "floodlight"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lights", "lamp", "heater")."""
CONDITIONS = ("if it gets dark", "if it starts to rain", "once the kids are asleep",
              "if i nod off on the sofa", "when the match finishes",
              "if nobody's in by midnight")
"""What a speaker says before a request to make it hang on something else
(:func:`with_a_condition`)."""
NOW = {"now", "immediately", "instantly", "asap", "straightaway", "quickly", "currently"}
"""Words of a row that ask for it at once: such a row is never made to wait on
something."""
MISHEARD = "a misheard phrase beside a clause read, recited or spotted"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name in another spelling of its sounds"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring emris" for "ring emrys"), plainly or beside a clause."""
UNPUNCTUATED = {
    "in scope": "a phrase beside household speech, written without punctuation",
    "misheard": "a misheard phrase or name beside household speech, written without "
                "punctuation",
    "out of scope": "out of scope beside household speech, written without punctuation"}
"""The kinds of a case said beside a clause written again as a recogniser without
punctuation writes it (:func:`unpunctuated`): a phrase said exactly (in scope), a
misheard one or a name written as it sounds (in scope), and any out-of-scope kind said
beside a clause."""
NEW_OUT_OF_SCOPE = ("the phrase used as a noun",
                    "a child sounding it out while learning to read", "a guess at charades",
                    "a dream about it", "teaching a parrot to say it",
                    "a tongue twister made of it", "a caption for a photo",
                    "a sign that says it")
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
    tasting note of a feeding, a thank-you card dictated of a call)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def conditioned(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`CONDITIONS` before a
    request."""
    return any(text.startswith(f"{norm(condition)} ") for condition in CONDITIONS)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with a condition (the
    recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or conditioned(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth")
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


def with_a_condition(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said after one of
    :data:`CONDITIONS`, with or without a comma ("if it gets dark, turn on the lamp",
    "once the kids are asleep turn the music down"); never a row that asks for it at
    once (:data:`NOW`)."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).rstrip(" .?!")
        if set(norm(request).split()) & NOW:
            continue  # ("if it gets dark, turn it off now" waits on nothing)
        condition = rng.choice(CONDITIONS)
        yield f"{condition}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="twentysixth", seeds=SEEDS, salt=(7919, 26), homes=tables.HOMES,
    routines=tables.TWENTYSIXTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=with_a_condition, swaps=tables.SWAPS)
"""The twenty-fifth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("rural juror, rural juror.
caption for the snap: feed kiwi")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
TWENTYSIXTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"])
TWENTYSIXTH_KINDS = (*TWENTYSIXTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the twenty-fifth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
TWENTYSIXTH_ROUTINES = tables.TWENTYSIXTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.TWENTYSIXTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring emris" for "ring emrys")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(26, 26),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_twentysixth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twenty-sixth-set home and its cases (``heard`` reads
    benchmarks/data/twentysixth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "CARRIERS",
    "CLAUSES",
    "CONDITIONS",
    "FRAMES",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "POOL",
    "SEEDS",
    "SET",
    "TWENTYSIXTH_IN_SCOPE",
    "TWENTYSIXTH_KINDS",
    "TWENTYSIXTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_twentysixth",
    "conditioned",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "unpunctuated",
    "used_texts",
    "with_a_condition",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
