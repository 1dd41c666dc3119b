"""The fifty-fifth held-out set of benchmarks/resolver.py (split "fiftyfifth", seeds
550-552).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftyfifth_text.py`` or
``_resolver_fiftyfifth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftyfifth_text.HOMES``: a dry stone waller's farmhouse with the stonefold
below the fell, a chair bodger's cabin with the bodgery in the beechwood, a mapmaker's
house with the maproom under the eaves), each teaching 22 of its own routines with 23
of the generic pool, its people and pets named after the stone a waller clears or lays,
the wood a bodger splits or turns or a mapmaker's ink and projection that another
phrase of the home says as a word ("feed scree" beside "clear the scree path", "brush
cobble" beside "relay the cobble setts", "feed billet" beside "split the billet logs",
"brush treen" beside "wax the treen bowls", "feed sepia" beside "mix the sepia ink",
"brush mercator" beside "print the mercator projection"), or with names a recogniser
writes as the word they sound like, most as a speaker who sounds no "r" after a vowel
says both ("ring breda" as "ring breeder" beside "ring the collie breeder", "cinda" as
"cinder" beside "rake the cinder track", "gilda" as "gilder" beside "pay the frame
gilder", "decca" as "decker" beside "book the double decker", "elda" as "elder" beside
"prune the elder hedge", "oda" as "odour" beside "treat the drain odour", "leda" as
"leader" beside "email the scout leader", "ona" as "owner" beside "ring the boat
owner", "sylva" as "silver" beside "polish the silver teapot", "stella" as "stellar"
beside "print the stellar chart"), and two in any accent ("xander" as "zander" beside
"fillet the zander", "lyle" as "lisle" beside "darn the lisle socks"); its other
routines and the siblings of ``UNTAUGHT`` are held out. It is built by the shared
generator of benchmarks/_resolver_blind.py from this set's words, and this module adds
the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/fiftyfifth_heard.json was not made; the generator reads a missing file
as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a coconut shy
  barker at the fair first ("rollup, rollup, a whack at the coconuts. X"), a bittern
  booming in the reedbed first, one word no dictionary of the speaker's has ("whoomp!
  X"), calling the peacocks down off the barn roof first ("peacocks, peacocks! X"), a
  cattle auctioneer at the mart first ("heifers, bonny heifers! X"), a caber toss at
  the highland games on the telly after ("X, the caber's upended"), a remark on newts
  in the garden pond after ("X, a newt's surfaced"), a game of musical statues at a
  children's party after ("X, statues"), a remark on the ice cream van's chimes after
  ("X, greensleeves again"), the phrase between a peacock call and a newt remark
  ("peacocks, peacocks! X, a newt's surfaced"), and the phrase said in the middle of a
  coconut shy barker's patter, which goes on after it ("rollup, rollup, X, a whack at
  the coconuts"); and two kinds made here: a taught phrase as a recogniser mishears it
  beside one of those clauses (:data:`MISHEARD`), and a taught name written as it
  sounds ("ring breeder" for "ring breda", "drop decker a line" for "drop decca a
  line": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("whoomp feed scree") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("umpoomp, ring breda") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  lifeboat named it ("the new lifeboat is called X"), a hedgehog named it ("the
  hedgehog in our log pile is called X"), a shetland pony named it ("the riding
  school's shetland pony is called X"), a traction engine named it ("the old traction
  engine is called X"), a tartan named it ("the clan's new tartan is called X"), a
  storm named it ("the forecasters called the storm X"), traced in frost on a
  windscreen ("someone traced X in the frost on my windscreen"), stencilled on a
  wheelie bin ("dad stencilled X on the wheelie bin"), wrought into an iron gate ("the
  blacksmith wrought X into the iron gate") and woven into a rag rug ("gran wove X into
  a rag rug"): each names or writes the phrase and asks the assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fifty-fourth's: a row said straight after the speaker brushes against stinging nettles
("owch, nettles, turn on the lamp", "argh, stinging nettles switch the heating on"), as
people do when a nettle catches them in the garden and they ask for what they want
anyway (:func:`stung`). Sentences a dataset or another split has are left out.
Labels are guarded in code (benchmarks/_resolver_fiftyfifth_labels.py) and in
tests/test_resolver_fiftyfifth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftyfifth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftyfifth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (550, 551, 552)
HEARD = Path(__file__).resolve().parent / "data" / "fiftyfifth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftyfifth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"stonefold", "bodgery", "maproom"}
DEVICES = {"compactor", "steamchest", "digitiser"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"compactor", "steamchest" and "digitiser" are words other splits are unlikely to say, so
few of their sentences, if any, are ones this set could say (its snapshot)."""
STUNG = ("owch, nettles", "ooh, nettled my ankle", "argh, stinging nettles",
         "youch, nettled", "eek, nettle rash", "ouchie, nettled my shin")
"""What a speaker says as stinging nettles catch them, before asking the room for what
they want (:func:`stung`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the nettles catch the speaker ("owch, nettles what's the weather"
is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "owch", "nettles", "ooh", "nettled", "ankle", "argh",
          "stinging", "youch", "eek", "nettle", "rash", "ouchie", "shin"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker stung by nettles says (a row with one is never said after it: "owch,
nettles turn the lamp on and then" is nobody's)."""
_BESIDE = ("a coconut shy barker's patter, a booming bittern, calling the peacocks, "
           "a cattle auctioneer's call, a caber toss, newts in the pond, a game of "
           "musical statues or the ice cream van's chimes")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as one who breeds dogs, what is left "
              "of burnt coal, one who gilds, a bus, a hedge shrub, a smell, one who "
              "leads, one who owns, a metal, of the stars, a fish or a cotton thread")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring breeder" for "ring breda", "drop decker a line" for "drop decca a line", "text
leader about the survey print order" for "text leda about the survey print order"), plainly
or beside a clause."""
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
NEW_OUT_OF_SCOPE = ("a lifeboat named it", "a hedgehog named it",
                    "a shetland pony named it",
                    "a traction engine named it",
                    "a tartan named it",
                    "a storm named it",
                    "traced in frost on a windscreen",
                    "stencilled on a wheelie bin",
                    "wrought into an iron gate",
                    "woven into a rag rug")
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
    rag and bone man's cry of the glass nuggets, turkeys called in of the wheat bran)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_stung(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`STUNG` before a
    request."""
    return any(text.startswith(f"{norm(ow)} ") for ow in STUNG)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as stinging nettles catch them (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_stung(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird",
           "fiftyfourth")
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


def stung(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after stinging
    nettles catch the speaker, after one of :data:`STUNG`, with or without a comma
    ("owch, nettles, turn on the lamp", "argh, stinging nettles switch the heating on"),
    as people do when a nettle catches them in the garden and they ask for what they
    want anyway; never a row that asks something (:data:`ASKING` first), already joins
    itself to something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("owch, nettles, what's on the telly" is no request)
        ow = rng.choice(STUNG)
        yield f"{ow}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftyfifth", seeds=SEEDS, salt=(9513, 55), homes=tables.HOMES,
    routines=tables.FIFTYFIFTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=stung, swaps=tables.SWAPS)
"""The fifty-fifth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("whoomp! the new lifeboat is
called feed scree")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTYFIFTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                       UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTYFIFTH_KINDS = (*FIFTYFIFTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                    UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fifty-fifth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTYFIFTH_ROUTINES = tables.FIFTYFIFTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTYFIFTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone breeder" for "phone breda")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(55, 55, 65),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftyfifth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifty-fifth-set home and its cases (``heard`` reads
    benchmarks/data/fiftyfifth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FIFTYFIFTH_IN_SCOPE",
    "FIFTYFIFTH_KINDS",
    "FIFTYFIFTH_ROUTINES",
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
    "STUNG",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_fiftyfifth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "stung",
    "unpunctuated",
    "used_texts",
    "was_stung",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
