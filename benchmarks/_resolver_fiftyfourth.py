"""The fifty-fourth held-out set of benchmarks/resolver.py (split "fiftyfourth", seeds
540-542).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftyfourth_text.py`` or
``_resolver_fiftyfourth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftyfourth_text.HOMES``: a windmiller's house with the millroom under the
sails, a leatherworker's barn with the tanyard behind the orchard, a stained glass
maker's house with the leadroom over the garage), each teaching 22 of its own routines
with 23 of the generic pool, its people and pets named after what a mill grinds or
sifts out, what a leatherworker sets or works or what a glass maker cuts or brushes on
that another phrase of the home says as a word ("feed millet" beside "buy the millet
sprays", "brush bran" beside "sack the wheat bran", "feed rivet" beside "press the
rivet caps", "brush suede" beside "spray the suede boots", "feed opal" beside "cut the
opal glass", "brush patina" beside "apply the copper patina"), or with names a
recogniser writes as the word they sound like, most as a speaker who sounds no "r"
after a vowel says both ("ring emma" as "ring emmer" beside "sieve the emmer flour",
"donna" as "doner" beside "order a doner kebab", "sanda" as "sander" beside "empty the
sander bag", "sila" as "sealer" beside "buy the grout sealer", "parker" as "parka"
beside "reproof the parka", "hila" as "healer" beside "book the reiki healer", "rima"
as "reamer" beside "sharpen the reamer", "sita" as "seater" beside "hoover the three
seater"), and some in any accent ("lester" as "leicester" beside "grate the red
leicester", "posie" as "posy" beside "pick a posy of sweet peas", "sidney" as "sydney"
beside "post the sydney parcel", and, as the British say it, "clark" as "clerk" beside
"pay the parish clerk"); its other routines and the siblings of ``UNTAUGHT`` are held
out. It is built by the shared generator of benchmarks/_resolver_blind.py from this
set's words, and this module adds the kinds that generator has no way to make. It has
no heard transcripts (benchmarks/data/fiftyfourth_heard.json was not made; the
generator reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a dwile flonking
  referee at the village fete first ("dwiles sodden, girters, a wanton, flonkers. X"),
  a corncrake rasping in the hay meadow first, one word no dictionary of the speaker's
  has ("crexcrex! X"), calling the turkeys into the barn first ("gobblers, gobblers!
  X"), a rag and bone man crying from his cart first ("ragabone, ragabone! X"), a shin
  kicking bout on the telly after ("X, the shinkickers are hobbling"), a remark on a
  slowworm on the compost heap after ("X, a slowworm's sunning"), a remark on a
  starling murmuration at dusk after ("X, what a murmuration"), a game of shove
  ha'penny in the snug after ("X, shoved it"), the phrase between a turkey call and a
  slowworm remark ("gobblers, gobblers! X, a slowworm's sunning"), and the phrase said
  in the middle of a dwile flonking referee's calls, which go on after it ("dwiles
  sodden, girters, X, a wanton, flonkers"); and two kinds made here: a taught phrase as
  a recogniser mishears it beside one of those clauses (:data:`MISHEARD`), and a taught
  name written as it sounds ("ring emmer" for "ring emma", "drop doner a line" for
  "drop donna a line": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("crexcrex feed millet") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("craik, ring emma") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  bonsai tree named it ("our bonsai tree is called X"), a stick insect
  named it ("the class stick insect is called X"), a pantomime horse named it ("the
  pantomime horse at the village hall is called X"), a prize ram named it ("the
  farmer's prize ram is called X"), a rescue hen named it ("our rescue hen is called
  X"), spelt out in fairy lights ("the neighbours spelt out X in fairy lights"),
  painted on a pebble ("my niece painted X on a pebble"), mown into a lawn ("the
  groundsman has mown X into the lawn"), written on a kite ("the kids wrote X on their
  kite") and
  sprayed on a railway bridge ("someone sprayed X on the railway bridge"): each names
  or writes the phrase and asks the assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fifty-third's: a row said straight after the speaker scalds their mouth on a drink
("yowch, scalded my gob, turn on the lamp", "ooyah, that's scalding switch the heating
on"), as people do when a hot drink catches them out and they ask for what they want
anyway (:func:`scalded`). Sentences a dataset or another split has are left out.
Labels are guarded in code (benchmarks/_resolver_fiftyfourth_labels.py) and in
tests/test_resolver_fiftyfourth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftyfourth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftyfourth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (540, 541, 542)
HEARD = Path(__file__).resolve().parent / "data" / "fiftyfourth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftyfourth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"millroom", "tanyard", "leadroom"}
DEVICES = {"bolter", "skiver", "lightbox"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"bolter", "skiver" and "lightbox" are words other splits are unlikely to say, so few of
their sentences, if any, are ones this set could say (its snapshot)."""
SCALDED = ("yowch, scalded my gob", "ooyah, that's scalding", "ffff, owowow",
           "eeyikes, scalded again", "ouchy, smarting gob", "yowzers, that's molten")
"""What a speaker says as a hot drink scalds their mouth, before asking the room for
what they want (:func:`scalded`): no word of the set's pools, no number the labels
keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker's mouth is scalded ("yowch, scalded my gob what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "yowch", "scalded", "gob", "ooyah", "scalding", "ffff",
          "owowow", "eeyikes", "ouchy", "smarting", "yowzers", "molten"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker with a scalded mouth says (a row with one is never said after it:
"yowch, scalded my gob turn the lamp on and then" is nobody's)."""
_BESIDE = ("a dwile flonking referee's calls, a rasping corncrake, calling the turkeys, "
           "a rag and bone man's cry, a shin kicking bout, a slowworm on the compost "
           "heap, a starling murmuration or a shove ha'penny game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as an old wheat, a kebab, a floor "
              "machine, what seals grout, a coat, one who heals, a tool that widens a "
              "hole, a sofa, a cheese, a little bunch of flowers, a city or a parish "
              "officer")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring emmer" for "ring emma", "drop doner a line" for "drop donna a line", "text
healer about the lead came order" for "text hila about the lead came order"), plainly
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
NEW_OUT_OF_SCOPE = ("a bonsai tree named it", "a stick insect named it",
                    "a pantomime horse named it",
                    "a prize ram named it",
                    "a rescue hen named it",
                    "spelt out in fairy lights",
                    "painted on a pebble",
                    "mown into a lawn",
                    "written on a kite",
                    "sprayed on a railway bridge")
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


def was_scalded(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`SCALDED` before a
    request."""
    return any(text.startswith(f"{norm(ow)} ") for ow in SCALDED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as a hot drink scalds their mouth (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_scalded(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird")
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


def scalded(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after a hot drink
    scalds the speaker's mouth, after one of :data:`SCALDED`, with or without a comma
    ("yowch, scalded my gob, turn on the lamp", "ooyah, that's scalding switch the
    heating on"), as people do when a hot drink catches them out and they ask for what
    they want anyway; never a row that asks something (:data:`ASKING` first), already
    joins itself to something, times it or pleads (:data:`JOINED`), or is a word or
    two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("yowch, scalded my gob, what's on the telly" is no request)
        ow = rng.choice(SCALDED)
        yield f"{ow}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftyfourth", seeds=SEEDS, salt=(9413, 54), homes=tables.HOMES,
    routines=tables.FIFTYFOURTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=scalded, swaps=tables.SWAPS)
"""The fifty-fourth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("crexcrex! our bonsai tree
is called feed millet")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTYFOURTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                       UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTYFOURTH_KINDS = (*FIFTYFOURTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                    UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fifty-fourth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTYFOURTH_ROUTINES = tables.FIFTYFOURTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTYFOURTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone sander" for "phone sanda")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(54, 54, 64),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftyfourth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifty-fourth-set home and its cases (``heard`` reads
    benchmarks/data/fiftyfourth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FIFTYFOURTH_IN_SCOPE",
    "FIFTYFOURTH_KINDS",
    "FIFTYFOURTH_ROUTINES",
    "FRAMES",
    "JOINED",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "SCALDED",
    "SEEDS",
    "SET",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_fiftyfourth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "scalded",
    "unpunctuated",
    "used_texts",
    "was_scalded",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
