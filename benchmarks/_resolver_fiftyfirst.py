"""The fifty-first held-out set of benchmarks/resolver.py (split "fiftyfirst", seeds
510-512).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftyfirst_text.py`` or
``_resolver_fiftyfirst_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftyfirst_text.HOMES``: a cutler's cottage beside the grindery, a kite
maker's bungalow with the kiteloft over the garage, a clog maker's terrace beside the
clogshop), each teaching 22 of its own routines with 23 of the generic pool, its people
and pets named after a knife's parts, a kite's frame or lines, or a clog's sole and seam
that another phrase of the home says as a word ("feed tang" beside "file the tang
ends", "brush bolster" beside "grind the bolster blanks", "feed spar" beside "glue the
spar joints", "brush bridle" beside "knot the bridle lines", "feed alder" beside "saw
the alder soles", "brush welt" beside "stitch the welt strips"), or with names a
recogniser writes as another word ("ring muddie" as "ring muddy" beside "hose the muddy
wellies", "stickie" as "sticky" beside "wipe the sticky worktop", "frothie" as "frothy"
beside "skim the frothy jam", "crustie" as "crusty" beside "slice the crusty loaf",
"lumpie" as "lumpy" beside "whisk the lumpy gravy", "cloudie" as "cloudy" beside
"strain the cloudy cider", "greasie" as "greasy" beside "scour the greasy grill",
"grassie" as "grassy" beside "mow the grassy bank", "flourie" as "floury" beside "warm
the floury baps", "soggie" as "soggy" beside "dry the soggy trainers", "peatie" as
"peaty" beside "bag the peaty compost", "grimie" as "grimy" beside "scrub the grimy
grout"); its other routines and the siblings of ``UNTAUGHT`` are held out. It is built
by the shared generator of benchmarks/_resolver_blind.py from this set's words, and
this module adds the kinds that generator has no way to make. It has no heard
transcripts (benchmarks/data/fiftyfirst_heard.json was not made; the generator reads a
missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a pancake race
  marshal calling out on the high street first ("pancakes flipped, pancakers, no tossing
  prematurely, flapjackers. X"), geese honking over the marsh first, one word no
  dictionary of the speaker's has ("honkaloo! X"), calling the alpacas in from the field
  first ("alpacas, alpacas! X"), a limbo leader at the beach party first ("limbo,
  backbend! X"), a cheese rolling commentator on the telly after ("X, the gloucester's
  careering"), a game of yoyo tricks in the yard after ("X, rock the cradle"), a remark
  on a ladybird on the windowsill after ("X, look how speckled it is"), a sandcastle
  contest on the beach after ("X, my turret's crumbled"), the phrase between a limbo
  leader's call and a sandcastle call ("limbo, backbend! X, my turret's crumbled"), and
  the phrase said in the middle of a pancake race marshal's calls, which go on after it
  ("pancakes flipped, pancakers, X, no tossing prematurely, flapjackers"); and two kinds
  made here: a taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring muddy" for "ring
  muddie", "drop sticky a line" for "drop stickie a line": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("honkaloo feed tang") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("hawnkitty, ring lumpie")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  pedigree llama named it ("our pedigree llama is named X"), a harbour tugboat named it
  ("our harbour tugboat is named X"), stitched on a sampler ("great grandma stitched X
  on a sampler"), on a village sign ("the village sign says X"), spelt out on the
  bunting at the fete ("the committee spelt out X on the bunting at the fete"), asking
  the harbourmaster about a ferry called it ("we asked the harbourmaster about a ferry
  called X"), the clown's joke about it ("the clown's joke ended with X"), a folk song's
  chorus ("X is the chorus of the folk song"), forbidden by the lido's bylaws ("X is
  forbidden by the lido's bylaws") and an untaught request joined to it by "together
  with" ("X together with descale the showerhead": two requests, one of them taught, so
  the assistant runs neither);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fiftieth's: a row said straight after the speaker bangs their funny bone on a door or a
table ("yeeow, my funny bone, turn on the lamp", "yowzer, that jarred switch the heating
on"), as people do when the jolt runs up their arm and they ask for what they want
anyway (:func:`knocked`). Sentences a dataset or another split has are left out. Labels
are guarded in code (benchmarks/_resolver_fiftyfirst_labels.py) and in
tests/test_resolver_fiftyfirst_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftyfirst_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftyfirst_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (510, 511, 512)
HEARD = Path(__file__).resolve().parent / "data" / "fiftyfirst_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftyfirst_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"grindery", "kiteloft", "clogshop"}
DEVICES = {"buffer", "winder", "riveter"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"buffer", "winder" and "riveter" are words other splits are unlikely to say, so few of
their sentences, if any, are ones this set could say (its snapshot)."""
KNOCKED = ("yeeow, my funny bone", "aiee, clonked my elbow",
           "eesh, smack on the funny bone", "oyyy, my elbow's tingly",
           "yowzer, that jarred", "ayee, clonked it on the doorframe")
"""What a speaker says as they bang their funny bone, before asking the room for what
they want (:func:`knocked`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker bangs their funny bone ("yeeow, my funny bone what's
the weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "yeeow", "funny", "bone", "aiee", "clonked", "elbow", "eesh",
          "smack", "oyyy", "elbow's", "tingly", "yowzer", "jarred", "ayee", "doorframe"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker who has banged their funny bone says (a row with one is never said after
it: "yeeow, my funny bone turn the lamp on and then" is nobody's)."""
_BESIDE = ("a pancake race marshal's calls, honking geese, calling the alpacas, a limbo "
           "leader, a cheese rolling commentary, a yoyo game, a ladybird on the windowsill "
           "or a sandcastle contest")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as caked in mud, tacky, foaming, "
              "crisp-crusted, lumped, hazy with sediment, oily, grown over with grass, "
              "dusted with flour, sodden, full of peat or grubby")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring muddy" for "ring muddie", "drop sticky a line" for "drop stickie a line", "text
lumpy about the ripstop nylon order" for "text lumpie about the ripstop nylon order"),
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
NEW_OUT_OF_SCOPE = ("a pedigree llama named it", "a harbour tugboat named it",
                    "stitched on a sampler",
                    "on a village sign",
                    "spelt out on the bunting at the fete",
                    "asking the harbourmaster about a ferry called it",
                    "the clown's joke about it",
                    "a folk song's chorus",
                    "forbidden by the lido's bylaws",
                    "an untaught request joined to it by together with")
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
    pancake race marshal's call of the gravy, honking geese of the cat's fish)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_knocked(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`KNOCKED` before a
    request."""
    return any(text.startswith(f"{norm(knock)} ") for knock in KNOCKED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says on banging their funny bone (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_knocked(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth")
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


def knocked(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    bangs their funny bone, after one of :data:`KNOCKED`, with or without a comma
    ("yeeow, my funny bone, turn on the lamp", "yowzer, that jarred switch the heating
    on"), as people do when the jolt runs up their arm and they ask for what they want
    anyway; never a row that asks something (:data:`ASKING` first), already joins
    itself to something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("yeeow, my funny bone, what's on the telly" is no request)
        knock = rng.choice(KNOCKED)
        yield f"{knock}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftyfirst", seeds=SEEDS, salt=(9113, 51), homes=tables.HOMES,
    routines=tables.FIFTYFIRST_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=knocked, swaps=tables.SWAPS)
"""The fifty-first set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("honkaloo! our pedigree
llama is named feed tang")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTYFIRST_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTYFIRST_KINDS = (*FIFTYFIRST_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fifty-first set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTYFIRST_ROUTINES = tables.FIFTYFIRST_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTYFIRST_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone lumpy" for "phone lumpie")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(51, 51, 61),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftyfirst(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifty-first-set home and its cases (``heard`` reads
    benchmarks/data/fiftyfirst_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FIFTYFIRST_IN_SCOPE",
    "FIFTYFIRST_KINDS",
    "FIFTYFIRST_ROUTINES",
    "FRAMES",
    "JOINED",
    "KNOCKED",
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
    "build_fiftyfirst",
    "could_say",
    "knocked",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "was_knocked",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
