"""The forty-ninth held-out set of benchmarks/resolver.py (split "fortyninth", seeds
490-492).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fortyninth_text.py`` or
``_resolver_fortyninth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortyninth_text.HOMES``: a lacemaker's cottage with the laceroom over the
porch, a wood turner's bungalow beside the turnery, a sailmaker's house beside the
sailshed), each teaching 22 of its own routines with 23 of the generic pool, its people
and pets named after a lace's edging or trimming, a lathe's tool or work, or a sail's
eyelet or ring that another phrase of the home says as a word ("feed picot" beside
"finish the picot edging", "brush spangle" beside "thread the spangle beads", "feed
gouge" beside "sharpen the bowl gouge", "brush spindle" beside "sand the oak spindle",
"feed cringle" beside "sew the cringle patches", "brush grommet" beside "punch the brass
grommets"), or with names a recogniser writes as another word ("ring breezie" as "ring
breezy" beside "air the breezy attic", "peachie" as "peachy" beside "eat the peachy
yoghurts", "woollie" as "woolly" beside "darn the woolly socks", "frillie" as "frilly"
beside "iron the frilly collars", "zestie" as "zesty" beside "grate the zesty lemons",
"snappie" as "snappy" beside "press the snappy blazer", "tuftie" as "tufty" beside
"shake the tufty rug", "twirlie" as "twirly" beside "hang the twirly mobiles", "stripie"
as "stripy" beside "fold the stripy deckchairs", "crispie" as "crispy" beside "fry the
crispy shallots", "fuzzie" as "fuzzy" beside "dry the fuzzy towels", "spottie" as
"spotty" beside "wash the spotty bandanas"); its other routines and the siblings of
``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds
that generator has no way to make. It has no heard transcripts
(benchmarks/data/fortyninth_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a ringmaster at the
  circus on the telly first ("mesdames, messieurs, the tightrope teeters. X"), a baby
  babbling in the high chair first, one word no dictionary of the speaker's has
  ("bababoo! X"), calling the goats in from the paddock first ("nannies, nannies! X"), a
  drum major leading the band at the gala first ("bandsmen, by the left, countermarching!
  X"), a hurling commentator on the telly after ("X, the sliotar's over the bar"), a
  game of jenga at the table after ("X, a crafty prod"), a remark on a kingfisher by the
  brook after ("X, he's dived for a minnow"), a game of marbles on the carpet after ("X,
  a steelie, knuckled"), the phrase between a drum major's call and a marbles call
  ("bandsmen, by the left, countermarching! X, a steelie, knuckled"), and the phrase said in
  the middle of a ringmaster's patter, which goes on after it ("mesdames, messieurs, X,
  the tightrope teeters"); and two kinds made here: a taught phrase as a recogniser
  mishears it beside one of those clauses (:data:`MISHEARD`), and a taught name written
  as it sounds ("ring breezy" for "ring breezie", "drop peachy a line" for "drop peachie
  a line": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("bababoo feed picot") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("gagagoo, ring zestie")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a prize
  marrow named it ("our prize marrow is named X"), a racing snail named it ("our racing
  snail is named X"), burnt into a wooden spoon ("someone burnt X into a wooden spoon"),
  stencilled on a tea chest ("X is stencilled on the tea chest"), on a road sign at the
  crossroads ("the road sign at the crossroads says X"), asking a florist about a rose
  called it ("we asked the florist about a rose called X"), the harbour pilot's tale
  about it ("the harbour pilot's tale ended with X"), the school caretaker's saying ("our
  school caretaker always says X"), banned by the allotment committee ("X is banned by
  the allotment committee") and an untaught request joined to it by "along with" ("X
  along with descale the iron": two requests, one of them taught, so the assistant runs
  neither);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
forty-eighth's: a row said straight after the speaker gets a brain freeze from something
cold ("ooh, brain freeze, turn on the lamp", "argh, my temples, that's cold switch the
heating on"), as people do when the ice cream bites and they ask for what they want
anyway (:func:`brain_frozen`). Sentences a dataset or another split has are left out.
Labels are guarded in code (benchmarks/_resolver_fortyninth_labels.py) and in
tests/test_resolver_fortyninth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortyninth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortyninth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (490, 491, 492)
HEARD = Path(__file__).resolve().parent / "data" / "fortyninth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortyninth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"laceroom", "turnery", "sailshed"}
DEVICES = {"starcher", "sander", "plotter"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"sander" and "plotter" are ones other splits may say too, so a few of their sentences
may be ones this set could say (its snapshot)."""
FROZEN = ("ooh, brain freeze", "argh, my temples, that's cold",
          "eek, ice cream headache", "brr, brain freeze again",
          "owww, that lolly's too icy", "yikes, my forehead's frozen")
"""What a speaker says as a brain freeze bites, before asking the room for what they
want (:func:`brain_frozen`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as a brain freeze bites ("ooh, brain freeze what's the weather" is a
question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ooh", "brain", "freeze", "argh", "temples", "cold", "eek",
          "ice", "cream", "headache", "brr", "owww", "lolly's", "icy", "yikes",
          "forehead's", "frozen"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker with a brain freeze says (a row with one is never said after it: "ooh,
brain freeze turn the lamp on and then" is nobody's)."""
_BESIDE = ("a ringmaster's patter, a babbling baby, calling the goats, a drum major, a "
           "hurling commentary, a jenga game, a kingfisher by the brook or a marbles game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as windy, fine, made of wool, ruffled, "
              "tangy, smart, in tufts, curling round, striped, fried crisp, soft and "
              "downy or spotted")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring breezy" for "ring breezie", "drop peachy a line" for "drop peachie a line", "text
zesty about the walnut blanks order" for "text zestie about the walnut blanks order"),
plainly or beside a clause."""
UNPUNCTUATED = {
    "in scope": f"a phrase beside {_BESIDE}, written without punctuation",
    "misheard": f"a misheard phrase or name beside {_BESIDE}, written without punctuation",
    "out of scope": f"out of scope beside {_BESIDE}, written without punctuation"}
"""The kinds of a case said beside a clause written again as a recogniser without
punctuation writes it (:func:`unpunctuated`): a phrase said exactly (in scope), a
misheard one or a name written as it sounds (in scope), and any out-of-scope kind said
beside a clause."""
PAUSED = f"a phrase beside {_BESIDE}, its sentence end written as a comma"
"""In scope: a case of :data:`WRAPPED_KINDS` whose clause ends a sentence next to the
phrase, written again with that sentence end as a comma, as Whisper writes a short
pause (:func:`paused`)."""
NEW_OUT_OF_SCOPE = ("a prize marrow named it", "a racing snail named it",
                    "burnt into a wooden spoon", "stencilled on a tea chest",
                    "on a road sign at the crossroads",
                    "asking a florist about a rose called it",
                    "the harbour pilot's tale about it",
                    "the school caretaker's saying",
                    "banned by the allotment committee",
                    "an untaught request joined to it by along with")
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
    drum major's call of a parade, a babbling baby of its food)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def froze(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`FROZEN` before a
    request."""
    return any(text.startswith(f"{norm(frozen)} ") for frozen in FROZEN)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as a brain freeze bites (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or froze(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth")
"""The splits whose homes' out-of-scope cases :func:`live_used_texts` reads (the
twentieth's and earlier come through the twenty-first's sources)."""


def live_used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on that this set could say,
    normalised: the twenty-first's sources (the twentieth's and earlier) and the
    out-of-scope cases of the homes of :data:`EARLIER`, those :func:`could_say` keeps."""
    return made_here.live_used_texts(EARLIER, could_say)


def used_texts() -> frozenset[str]:
    """:func:`live_used_texts` as written to :data:`USED`."""
    return made_here.read_used(USED)


def brain_frozen(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    gets a brain freeze from something cold, after one of :data:`FROZEN`, with or
    without a comma ("ooh, brain freeze, turn on the lamp", "argh, my temples, that's
    cold switch the heating on"), as people do when the ice cream bites and they ask for
    what they want anyway; never a row that asks something (:data:`ASKING` first),
    already joins itself to something, times it or pleads (:data:`JOINED`), or is a
    word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ooh, brain freeze, what's on the telly" is no request)
        frozen = rng.choice(FROZEN)
        yield f"{frozen}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortyninth", seeds=SEEDS, salt=(8913, 49), homes=tables.HOMES,
    routines=tables.FORTYNINTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=brain_frozen, swaps=tables.SWAPS)
"""The forty-ninth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("bababoo! our prize marrow
is named feed picot")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTYNINTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTYNINTH_KINDS = (*FORTYNINTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the forty-ninth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTYNINTH_ROUTINES = tables.FORTYNINTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTYNINTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone zesty" for "phone zestie")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(49, 49, 59),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortyninth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A forty-ninth-set home and its cases (``heard`` reads
    benchmarks/data/fortyninth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FORTYNINTH_IN_SCOPE",
    "FORTYNINTH_KINDS",
    "FORTYNINTH_ROUTINES",
    "FRAMES",
    "FROZEN",
    "JOINED",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "SEEDS",
    "SET",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "brain_frozen",
    "build_fortyninth",
    "could_say",
    "froze",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
