"""The forty-eighth held-out set of benchmarks/resolver.py (split "fortyeighth", seeds
480-482).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fortyeighth_text.py`` or
``_resolver_fortyeighth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortyeighth_text.HOMES``: a saddler's cottage with the saddlery behind the
stables, a chocolatier's flat above the chocolate shop, a bell founder's house beside
the casthouse), each teaching 22 of its own routines with 23 of the generic pool, its
people and pets named after a saddle's fitting, a chocolate's filling or icing, or a
bell's part or metal that another phrase of the home says as a word ("feed stirrup"
beside "polish the stirrup irons", "brush buckle" beside "mend the brass buckle", "feed
praline" beside "pipe the praline filling", "brush fondant" beside "ice the fondant
fancies", "feed clapper" beside "fit the new clapper", "brush bronze" beside "stack the
bronze ingots"), or with names a recogniser writes as another word ("ring dandi" as
"ring dandy" beside "clean the dandy brush", "comfi" as "comfy" beside "plump the comfy
cushions", "bendi" as "bendy" beside "buy more bendy straws", "cuddli" as "cuddly"
beside "wash the cuddly toys", "nutti" as "nutty" beside "roast the nutty granola",
"milki" as "milky" beside "temper the milky couverture", "fruiti" as "fruity" beside
"box the fruity truffles", "fizzi" as "fizzy" beside "chill the fizzy water", "tinni" as
"tinny" beside "hang the tinny wind chimes", "smoki" as "smoky" beside "buy the smoky
bacon crisps", "shini" as "shiny" beside "polish the shiny brasses", "chunki" as
"chunky" beside "knit the chunky jumper"); its other routines and the siblings of
``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds
that generator has no way to make. It has no heard transcripts
(benchmarks/data/fortyeighth_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a rally
  co-driver's pace notes on the telly first ("acute left, over crest. X"), a beatboxer
  practising first, one word no dictionary of the speaker's has ("bmtsskat! X"),
  calling the rabbits back into their hutch first ("bunnykins, bunnykins! X"), a
  toastmaster at a dinner first ("be upstanding, your excellencies! X"), a discus
  commentator on the telly after ("X, the discus sails"), a game of tiddlywinks at the
  table after ("X, squopped"), a remark on a squirrel at the bird feeder after ("X, ooh,
  a squirrel on the birdfeeder"), a game of quoits at the fete after ("X, a leaner"),
  the phrase between a toastmaster's call and a quoits call ("be upstanding, your
  excellencies! X, a leaner"), and the phrase said in the middle of a rally co-driver's
  pace notes, which go on after it ("acute left, X, over crest"); and two kinds made
  here: a taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring dandy" for "ring
  dandi", "drop comfy a line" for "drop comfi a line": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("bmtsskat feed stirrup") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("kachunkatss, ring nutti")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  goldfish named it ("our goldfish is named X"), a square dance called it ("there's a
  square dance named X"), a carnival float named it ("the brownies named their carnival
  float X"), written on a luggage label ("someone wrote X on a luggage label"), sprayed
  on a builder's skip ("some lads sprayed X on a builder's skip"), printed on a raffle
  ticket ("X is printed on the raffle ticket"), asking a park ranger about a trail called
  it ("we asked the park ranger about a trail called X"), the retiring postmaster's
  farewell speech quoting it ("the retiring postmaster finished his farewell speech with
  X"), forbidden by the tenancy agreement ("under the tenancy agreement i'm not allowed
  to X") and an untaught request joined to it by "as well as" ("X as well as descale the
  shower head": two requests, one of them taught, so the assistant runs neither);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
forty-seventh's: a row said straight after the speaker stops laughing at something
("hee hee, stop it, turn on the lamp", "ho ho, you're a hoot switch the heating on"), as
people do when they get over a fit of the giggles and ask for what they want
(:func:`giggled`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_fortyeighth_labels.py) and in
tests/test_resolver_fortyeighth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortyeighth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortyeighth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (480, 481, 482)
HEARD = Path(__file__).resolve().parent / "data" / "fortyeighth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortyeighth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"saddlery", "mouldroom", "casthouse"}
DEVICES = {"stitcher", "conche", "crucible"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"stitcher", "conche" and "crucible" are ones other splits may say too, so a few of their
sentences may be ones this set could say (its snapshot)."""
GIGGLING = ("hee hee, stop it", "ho ho, you're a hoot", "tee hee, what a scream",
            "bwahaha, that's priceless", "oh my sides, too funny",
            "heh, you're a riot")
"""What a speaker says as they get over a fit of the giggles, before asking the room
for what they want (:func:`giggled`): no word of the set's pools, no number the labels
keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker stops laughing ("hee hee, stop it what's the weather" is
a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "hee", "stop", "ho", "hoot", "tee", "scream", "bwahaha",
          "priceless", "sides", "funny", "heh", "riot"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a giggling speaker says (a row with one is never said after it: "hee hee, stop it
turn the lamp on and then" is nobody's)."""
_BESIDE = ("a rally co-driver's pace notes, a beatboxer, calling the rabbits, a "
           "toastmaster, a discus commentary, a tiddlywinks game, a squirrel at the bird "
           "feeder or a quoits game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a grooming brush, snug, pliable, soft "
              "to hug, full of nuts, made with milk, tasting of fruit, sparkling, thin in "
              "sound, smoked, gleaming or thick")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring dandy" for "ring dandi", "drop comfy a line" for "drop comfi a line", "text
tinny about the tuning fork" for "text tinni about the tuning fork"), plainly or beside
a clause."""
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
NEW_OUT_OF_SCOPE = ("a goldfish named it", "a square dance called it",
                    "a carnival float named it", "written on a luggage label",
                    "sprayed on a builder's skip", "printed on a raffle ticket",
                    "asking a park ranger about a trail called it",
                    "the retiring postmaster's farewell speech quoting it",
                    "forbidden by the tenancy agreement",
                    "an untaught request joined to it by as well as")
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
    toastmaster's call of a dinner, a beatboxer of a call)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def laughed(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`GIGGLING` before a
    request."""
    return any(text.startswith(f"{norm(giggle)} ") for giggle in GIGGLING)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they stop laughing (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or laughed(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh")
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


def giggled(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    stops laughing at something, after one of :data:`GIGGLING`, with or without a comma
    ("hee hee, stop it, turn on the lamp", "ho ho, you're a hoot switch the heating on"),
    as people do when they get over a fit of the giggles and ask for what they want;
    never a row that asks something (:data:`ASKING` first), already joins itself to
    something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("hee hee, stop it, what's on the telly" is no request)
        giggle = rng.choice(GIGGLING)
        yield f"{giggle}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortyeighth", seeds=SEEDS, salt=(8813, 48), homes=tables.HOMES,
    routines=tables.FORTYEIGHTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=giggled, swaps=tables.SWAPS)
"""The forty-eighth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("bmtsskat! our goldfish is
named feed stirrup")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTYEIGHTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTYEIGHTH_KINDS = (*FORTYEIGHTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the forty-eighth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTYEIGHTH_ROUTINES = tables.FORTYEIGHTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTYEIGHTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone nutty" for "phone nutti")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(48, 48, 68),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortyeighth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A forty-eighth-set home and its cases (``heard`` reads
    benchmarks/data/fortyeighth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FORTYEIGHTH_IN_SCOPE",
    "FORTYEIGHTH_KINDS",
    "FORTYEIGHTH_ROUTINES",
    "FRAMES",
    "GIGGLING",
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
    "build_fortyeighth",
    "could_say",
    "giggled",
    "laughed",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
