"""The fifty-seventh held-out set of benchmarks/resolver.py (split "fiftyseventh", seeds
570-572).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftyseventh_text.py`` or
``_resolver_fiftyseventh_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftyseventh_text.HOMES``: a tinsmith's cottage with the tinnery behind the
chapel, a trug maker's cabin with the trugshed by the hammer pond, a quilter's flat with
the quiltroom above the post office), each teaching 22 of its own routines with 23 of
the generic pool, its people and pets named after what a tinsmith joins tin with, what
a trug is nailed with or cut into, or what a quilter sews with and cuts, that another
phrase of the home says as a word ("feed solder" beside "melt the solder sticks",
"brush flux" beside "refill the flux pot", "feed copper" beside "order more copper
brads", "brush slat" beside "plane the slat blanks", "feed thimble" beside "find the
silver thimble", "brush gingham" beside "cut the gingham squares"), or with names a
recogniser writes as the word they sound like, most as a speaker who sounds no "r"
after a vowel says both ("ruta" as "router" beside "reset the wifi router", "rula" as
"ruler" beside "find the steel ruler", "sella" as "seller" beside "pay the log seller",
"liva" as "leaver" beside "buy a card for the school leaver", "tella" as "teller"
beside "book the fortune teller", "nida" as "kneader" beside "clean the dough kneader", "dasha" as
"dasher" beside "scrub the churn dasher", "mita" as "metre" beside "buy a metre of
wadding", "nila" as "kneeler" beside "stitch the church kneeler", "tona" as "toner"
beside "order more printer toner"), and one in any accent ("ginny" as "guinea" beside
"feed the guinea fowl"); its other routines and the siblings of ``UNTAUGHT`` are held
out. It is built by the shared generator of benchmarks/_resolver_blind.py from this
set's words, and this module adds the kinds that generator has no way to make. It has no
heard transcripts (benchmarks/data/fiftyseventh_heard.json was not made; the generator
reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a child playing tig
  on the lawn first ("tiggy, tiggy, you're it. X"), a raven kronking over the quarry
  first, one word no dictionary of the speaker's has ("kronk! X"), calling the geese in
  off the pond first ("goosies, goosies! X"), a bosun on a tall ship at the harbour
  festival first ("belay there, shipmates! X"), a remark on a meteor shower after ("X,
  the perseids are streaking"), a remark on hailstones on the conservatory roof after
  ("X, the hailstones are pelting"), a game of kerplunk at the table after ("X,
  kerplunk"), a remark on tadpoles in the water butt after ("X, the tadpoles have
  sprouted"), the phrase between a call to the geese and a meteor remark ("goosies,
  goosies! X, the perseids are streaking"), and the phrase said in the middle of a
  child's game of tig, which goes on after it ("tiggy, tiggy, X, you're it"); and two
  kinds made here: a taught phrase as a recogniser mishears it beside one of those
  clauses (:data:`MISHEARD`), and a taught name written as it sounds ("phone router" for
  "phone ruta", "drop kneader a line" for "drop nida a line": plainly and beside a
  clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("kronk feed solder") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("krawk, ring ruta") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  sourdough starter named it ("my sourdough starter is called X"), a robot mower named
  it ("our robot mower is called X"), a houseplant named it ("my houseplant is called
  X"), a rocking horse named it ("the rocking horse in the nursery is called X"), a
  campervan named it ("our campervan is called X"), burnt into a chopping board
  ("grandpa burnt X into a chopping board"), written in the condensation on a window
  ("the kids wrote X in the condensation on the window"), embroidered on a tea cosy
  ("auntie embroidered X on a tea cosy"), written on a paper aeroplane ("my nephew wrote
  X on a paper aeroplane") and painted on a pair of wellies ("my daughter painted X on a
  pair of wellies"): each names or writes the phrase and asks the assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fifty-sixth's: a row said straight after the speaker gets a paper cut opening the post
("ow, papercut, turn on the lamp", "eek, papercut switch the heating on"), as people do
when an envelope nicks a finger and they ask for what they want anyway (:func:`cut`).
Sentences a dataset or another split has are left out. Labels are guarded in code
(benchmarks/_resolver_fiftyseventh_labels.py) and in
tests/test_resolver_fiftyseventh_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftyseventh_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftyseventh_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (570, 571, 572)
HEARD = Path(__file__).resolve().parent / "data" / "fiftyseventh_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftyseventh_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"tinnery", "trugshed", "quiltroom"}
DEVICES = {"beader", "shaver", "tufter"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"beader", "shaver" and "tufter" are words other splits are unlikely to say, so few of
their sentences, if any, are ones this set could say (its snapshot)."""
CUT = ("ow, papercut", "sss, sliced my finger on an envelope", "eek, papercut",
       "ooya, papercut on my knuckle", "tsss, the envelope's nicked my thumb",
       "yikes, papercut again")
"""What a speaker says as an envelope nicks a finger, before asking the room for what
they want (:func:`cut`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the paper cut stings ("ow, papercut what's the weather" is a
question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ow", "papercut", "sss", "sliced", "finger", "envelope",
          "eek", "ooya", "knuckle", "tsss", "envelope's", "nicked", "thumb", "yikes",
          "again"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker says as a paper cut stings (a row with one is never said after it: "ow,
papercut turn the lamp on and then" is nobody's)."""
_BESIDE = ("a child playing tig, a kronking raven, calling the geese, a bosun on a "
           "tall ship, a meteor shower, hailstones, a game of kerplunk or tadpoles")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a box for the internet, a thing "
              "to measure with, one who sells, one leaving school, one who tells "
              "fortunes, a machine for dough, a churn's plunger, a measure of cloth, a church "
              "cushion, a printer's powder or a fowl")
"""In scope: a taught phrase with its name written with the same sounds another way
("phone router" for "phone ruta", "drop kneader a line" for "drop nida a line", "text
toner about the museum trip" for "text tona about the museum trip"), plainly or beside a
clause."""
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
NEW_OUT_OF_SCOPE = ("a sourdough starter named it", "a robot mower named it",
                    "a houseplant named it",
                    "a rocking horse named it",
                    "a campervan named it",
                    "burnt into a chopping board",
                    "written in the condensation on a window",
                    "embroidered on a tea cosy",
                    "written on a paper aeroplane",
                    "painted on a pair of wellies")
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
    child's "you're it" after a message, a raven kronking by the guinea fowl it
    robs)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_cut(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`CUT` before a request."""
    return any(text.startswith(f"{norm(ow)} ") for ow in CUT)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as a paper cut stings (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_cut(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird",
           "fiftyfourth", "fiftyfifth", "fiftysixth")
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


def cut(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after an envelope
    nicks the speaker's finger, after one of :data:`CUT`, with or without a comma ("ow,
    papercut, turn on the lamp", "eek, papercut switch the heating on"), as people do
    when a paper cut stings and they ask for what they want anyway; never a row that
    asks something (:data:`ASKING` first), already joins itself to something, times it
    or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ow, papercut, what's on the telly" is no request)
        ow = rng.choice(CUT)
        yield f"{ow}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftyseventh", seeds=SEEDS, salt=(9613, 87), homes=tables.HOMES,
    routines=tables.FIFTYSEVENTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=cut, swaps=tables.SWAPS)
"""The fifty-seventh set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("kronk! my sourdough starter is
called feed solder")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTYSEVENTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                       UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTYSEVENTH_KINDS = (*FIFTYSEVENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                    UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fifty-seventh set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTYSEVENTH_ROUTINES = tables.FIFTYSEVENTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTYSEVENTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone router" for "phone ruta")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(57, 57, 57),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftyseventh(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifty-seventh-set home and its cases (``heard`` reads
    benchmarks/data/fiftyseventh_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "CUT",
    "FIFTYSEVENTH_IN_SCOPE",
    "FIFTYSEVENTH_KINDS",
    "FIFTYSEVENTH_ROUTINES",
    "FRAMES",
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
    "build_fiftyseventh",
    "could_say",
    "cut",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "was_cut",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
