"""The fifty-second held-out set of benchmarks/resolver.py (split "fiftysecond", seeds
520-522).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftysecond_text.py`` or
``_resolver_fiftysecond_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftysecond_text.HOMES``: a broom squire's cottage with the besomshed in
the orchard, a soap maker's semi with the soaproom behind the scullery, a drum maker's
bungalow beside the drumshop), each teaching 22 of its own routines with 23 of the
generic pool, its people and pets named after what a besom is bound from, what a soap
is made of or a drum's fittings that another phrase of the home says as a word ("feed
birch" beside "trim the birch twigs", "brush heather" beside "dry the heather
bundles", "feed tallow" beside "render the tallow blocks", "brush castile" beside "cut
the castile bars", "feed lug" beside "tighten the lug bolts", "brush snare" beside
"tune the snare wires"), or with names ending in "-a" a recogniser writes as a word
ending in "-er", as a speaker who sounds no "r" after a vowel says both ("ring greta"
as "ring grater" beside "wash the cheese grater", "ida" as "eider" beside "air the
eider quilt", "lena" as "leaner" beside "buy the leaner mince", "mira" as "mirror"
beside "polish the hall mirror", "gerda" as "girder" beside "paint the garage girder",
"hedda" as "header" beside "bleed the header tank", "letta" as "letter" beside "sign
the council letter", "sela" as "cellar" beside "sweep the coal cellar", "saida" as
"cider" beside "bottle the pear cider", "meeta" as "meter" beside "photograph the gas
meter", "tilla" as "tiller" beside "oil the garden tiller", "anka" as "anchor" beside
"stow the dinghy anchor"); its other routines and the siblings of ``UNTAUGHT`` are held
out. It is built by the shared generator of benchmarks/_resolver_blind.py from this
set's words, and this module adds the kinds that generator has no way to make. It has
no heard transcripts (benchmarks/data/fiftysecond_heard.json was not made; the
generator reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a welly wanging
  referee at the country show first ("welly up, wangers, no overstepping, flingers.
  X"), frogs croaking in the garden pond first, one word no dictionary of the
  speaker's has ("ribbitoo! X"), calling the ponies in from the paddock first
  ("ponies, ponies! X"), a maypole dance caller on the village green first ("maypole,
  plait! X"), a bog snorkelling commentator on the telly after ("X, the snorkeller's
  flailing"), a game of poohsticks on the footbridge after ("X, plop it over the
  footbridge"), a remark on a snail on the patio door after ("X, look at its glistening
  trail"), a scarecrow competition in the village after ("X, our scarecrow's
  rosetted"), the phrase between a maypole dance caller's call and a scarecrow remark
  ("maypole, plait! X, our scarecrow's rosetted"), and the phrase said in the middle of
  a welly wanging referee's calls, which go on after it ("welly up, wangers, X, no
  overstepping, flingers"); and two kinds made here: a taught phrase as a recogniser
  mishears it beside one of those clauses (:data:`MISHEARD`), and a taught name written
  as it sounds ("ring grater" for "ring greta", "drop eider a line" for "drop ida a
  line": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("ribbitoo feed birch") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("gribbock, ring greta")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  morris side named it ("our local morris side is named X"), a ship in a bottle named
  it ("grandpa's ship in a bottle is named X"), written in a wedding guestbook
  ("someone wrote X in the wedding guestbook"), engraved on a horse brass ("the farrier
  engraved X on a horse brass"), printed on a beer mat ("the brewery printed X on a
  beer mat"), a telegram in a period drama ("the telegram in last night's period drama
  read X"), set in a mosaic at the town hall ("X is set in a mosaic at the town
  hall"), the last line of a lullaby ("the last line of grandma's lullaby is X"), a
  model railway station named it ("our model railway station is named X") and an
  untaught request joined to it by "on top of that" ("X and on top of that reupholster
  the footstool": two requests, one of them taught, so the assistant runs neither);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fifty-first's: a row said straight after a cramp seizes the speaker's leg ("eeyowch,
cramp, my calf, turn on the lamp", "hnnf, my calf's seized switch the heating on"),
as people do when a muscle knots and they ask for what they want anyway
(:func:`cramped`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_fiftysecond_labels.py) and in
tests/test_resolver_fiftysecond_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftysecond_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftysecond_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (520, 521, 522)
HEARD = Path(__file__).resolve().parent / "data" / "fiftysecond_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftysecond_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"besomshed", "soaproom", "drumshop"}
DEVICES = {"bundler", "stamper", "tensioner"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"bundler", "stamper" and "tensioner" are words other splits are unlikely to say, so few
of their sentences, if any, are ones this set could say (its snapshot)."""
CRAMPED = ("eeyowch, cramp, my calf", "urrgh, my hamstring's knotted",
           "owowow, leg cramp", "hnnf, my calf's seized",
           "agh, my instep's cramping", "oof, my toes curled")
"""What a speaker says as a cramp seizes their leg, before asking the room for what
they want (:func:`cramped`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as a cramp seizes the speaker ("eeyowch, cramp, my calf what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "eeyowch", "cramp", "calf", "urrgh", "hamstring's", "knotted",
          "owowow", "leg", "hnnf", "calf's", "seized", "agh", "instep's", "cramping",
          "oof", "toes", "curled"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker seized by cramp says (a row with one is never said after it: "eeyowch,
cramp, my calf turn the lamp on and then" is nobody's)."""
_BESIDE = ("a welly wanging referee's calls, croaking frogs, calling the ponies, a "
           "maypole dance caller, a bog snorkelling commentary, a poohsticks game, a "
           "snail on the patio door or a scarecrow competition")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a kitchen grater, eiderdown, less "
              "fatty, a looking glass, a steel beam, a loft tank, post, a room below "
              "ground, a drink of apples or pears, a gauge, a garden machine or what "
              "holds a boat")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring grater" for "ring greta", "drop eider a line" for "drop ida a line", "text
cider about the goatskin order" for "text saida about the goatskin order"), plainly or
beside a clause."""
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
NEW_OUT_OF_SCOPE = ("a morris side named it", "a ship in a bottle named it",
                    "written in a wedding guestbook",
                    "engraved on a horse brass",
                    "printed on a beer mat",
                    "a telegram in a period drama",
                    "set in a mosaic at the town hall",
                    "the last line of a lullaby",
                    "a model railway station named it",
                    "an untaught request joined to it by on top of that")
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
    welly wanging referee's call of the riding boots, croaking frogs of the cat's
    fish)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_cramped(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`CRAMPED` before a
    request."""
    return any(text.startswith(f"{norm(cramp)} ") for cramp in CRAMPED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as a cramp seizes them (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_cramped(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst")
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


def cramped(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after a cramp
    seizes the speaker's leg, after one of :data:`CRAMPED`, with or without a comma
    ("eeyowch, cramp, my calf, turn on the lamp", "hnnf, my calf's seized switch the
    heating on"), as people do when a muscle knots and they ask for what they want
    anyway; never a row that asks something (:data:`ASKING` first), already joins
    itself to something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("eeyowch, cramp, my calf, what's on the telly" is no request)
        cramp = rng.choice(CRAMPED)
        yield f"{cramp}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftysecond", seeds=SEEDS, salt=(9213, 52), homes=tables.HOMES,
    routines=tables.FIFTYSECOND_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=cramped, swaps=tables.SWAPS)
"""The fifty-second set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("ribbitoo! our local morris
side is named feed birch")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTYSECOND_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTYSECOND_KINDS = (*FIFTYSECOND_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fifty-second set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTYSECOND_ROUTINES = tables.FIFTYSECOND_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTYSECOND_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone mirror" for "phone mira")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(52, 52, 62),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftysecond(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifty-second-set home and its cases (``heard`` reads
    benchmarks/data/fiftysecond_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "CRAMPED",
    "FIFTYSECOND_IN_SCOPE",
    "FIFTYSECOND_KINDS",
    "FIFTYSECOND_ROUTINES",
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
    "build_fiftysecond",
    "could_say",
    "cramped",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "was_cramped",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
