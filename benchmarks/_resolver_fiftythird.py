"""The fifty-third held-out set of benchmarks/resolver.py (split "fiftythird", seeds
530-532).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftythird_text.py`` or
``_resolver_fiftythird_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftythird_text.HOMES``: a papermaker's cottage with the vatroom behind the
mill race, a dyer's terrace with the dyehouse across the yard, a silversmith's flat
above the silvershop), each teaching 22 of its own routines with 23 of the generic
pool, its people and pets named after what paper is made from or how its sheet is
edged, what a dyer dyes with or what a silversmith sets and casts that another phrase
of the home says as a word ("feed mulberry" beside "strip the mulberry bark", "brush
deckle" beside "tear the deckle edges", "feed madder" beside "grind the madder roots",
"brush woad" beside "stir the woad vat", "feed bezel" beside "solder the bezel cups",
"brush ingot" beside "pour the ingot moulds"), or with names a recogniser writes as the
word they sound like, most as a speaker who sounds no "r" after a vowel says both
("ring leia" as "ring layer" beside "buy the layer pellets", "tia" as "tier" beside
"ice the bottom tier", "pia" as "pier" beside "paint the gate pier", "ria" as "rear"
beside "check the rear tyre", "hadi" as "hardy" beside "deadhead the hardy fuchsias",
"koula" as "cooler" beside "fill the wine cooler", "fida" as "feeder" beside "refill
the bird feeder", "lita" as "litre" beside "rinse the litre jugs"), and some in any
accent ("leif" as "leaf" beside "bag the leaf mould", "per" as "pear" beside "prune the
pear tree", "jett" as "jet" beside "jet wash the patio", "bryar" as "briar" beside "clip
the briar hedge"); its other routines and the siblings of ``UNTAUGHT`` are held out. It
is built by the shared generator of benchmarks/_resolver_blind.py from this set's
words, and this module adds the kinds that generator has no way to make. It has no
heard transcripts (benchmarks/data/fiftythird_heard.json was not made; the generator
reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a square dance
  caller at the barn dance first ("allemande left, dosidos, promenade, hoedowners. X"),
  owls hooting in the spinney first, one word no dictionary of the speaker's has
  ("twoowhit! X"), calling the guinea fowl in to roost first ("guineas, guineas! X"), a
  fishmonger crying his wares on the market first ("whelks, winkles! X"), a worm
  charming contest on the allotments after ("X, the wormcharmers are twanging"), a
  gurning championship on the telly after ("X, what a gurn"), a remark on a pipistrelle
  flitting at dusk after ("X, a pipistrelle's flitting"), a game of knucklebones on the
  doorstep after ("X, knucklebones"), the phrase between a guinea fowl call and a
  worm charming remark ("guineas, guineas! X, the wormcharmers are twanging"), and the phrase
  said in the middle of a square dance caller's calls, which go on after it
  ("allemande left, dosidos, X, promenade, hoedowners"); and two kinds made here: a
  taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring layer" for "ring
  leia", "drop pier a line" for "drop pia a line": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("twoowhit feed mulberry") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("kewick, ring leia") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  carousel horse named it ("grandma rode a carousel horse called X"), a heritage tram
  named it ("the heritage tram at the museum is named X"), a tortoise named it ("our
  neighbour's tortoise is called X"), painted on a beach hut ("someone painted X on
  their beach hut"), written on a sandwich board outside a cafe ("the sandwich board
  outside the cafe says X"), in neon over a chip shop ("the neon over the chip shop
  spells out X"), a song on the jukebox ("X is a song on the pub jukebox"), chalked on
  the playground ("the kids chalked X on the playground"), sewn on a name tape ("X is
  sewn on the name tape in his blazer") and scratched on a school desk ("someone
  scratched X on my old school desk"): each names or writes the phrase and asks the
  assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fifty-second's: a row said straight after the speaker shoos a wasp from round their
head ("shoo, wasp, shoo, turn on the lamp", "bzzz, scram, wasp switch the heating on"),
as people do when a wasp pesters them and they ask for what they want anyway
(:func:`shooed`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_fiftythird_labels.py) and in
tests/test_resolver_fiftythird_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftythird_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftythird_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (530, 531, 532)
HEARD = Path(__file__).resolve().parent / "data" / "fiftythird_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftythird_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"vatroom", "dyehouse", "silvershop"}
DEVICES = {"hollander", "agitator", "burnisher"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"hollander", "agitator" and "burnisher" are words other splits are unlikely to say, so
few of their sentences, if any, are ones this set could say (its snapshot)."""
SHOOED = ("shoo, wasp, shoo", "gerroff, you stripy pest",
          "eek, a wasp's tangled my hair", "waah, it's dive bombing me",
          "ugh, a wasp near my ear", "bzzz, scram, wasp")
"""What a speaker says as they shoo a wasp from round their head, before asking the
room for what they want (:func:`shooed`): no word of the set's pools, no number the
labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker shoos a wasp ("shoo, wasp, shoo what's the weather"
is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "shoo", "wasp", "gerroff", "stripy", "pest", "eek", "wasp's",
          "tangled", "hair", "waah", "dive", "bombing", "ugh", "ear", "bzzz", "scram"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker shooing a wasp says (a row with one is never said after it: "shoo, wasp,
shoo turn the lamp on and then" is nobody's)."""
_BESIDE = ("a square dance caller's calls, hooting owls, calling the guinea fowl, a "
           "fishmonger's cry, a worm charming contest, a gurning championship, a "
           "pipistrelle at dusk or a knucklebones game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as hens' feed, a cake's storey, a "
              "gatepost, the back, a plant that lives through frost, what chills wine, "
              "what birds eat from, a measure of milk, what falls in autumn, a fruit, a "
              "spray or a thorny stem")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring layer" for "ring leia", "drop pier a line" for "drop pia a line", "text hardy
about the merino fleece order" for "text hadi about the merino fleece order"), plainly
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
NEW_OUT_OF_SCOPE = ("a carousel horse named it", "a heritage tram named it",
                    "a tortoise named it",
                    "painted on a beach hut",
                    "written on a sandwich board outside a cafe",
                    "in neon over a chip shop",
                    "a song on the jukebox",
                    "chalked on the playground",
                    "sewn on a name tape",
                    "scratched on a school desk")
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
    fishmonger's cry of the cat's tuna, guinea fowl called in of the layer pellets)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_shooed(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`SHOOED` before a
    request."""
    return any(text.startswith(f"{norm(shoo)} ") for shoo in SHOOED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they shoo a wasp (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_shooed(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond")
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


def shooed(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    shoos a wasp from round their head, after one of :data:`SHOOED`, with or without a
    comma ("shoo, wasp, shoo, turn on the lamp", "bzzz, scram, wasp switch the heating
    on"), as people do when a wasp pesters them and they ask for what they want anyway;
    never a row that asks something (:data:`ASKING` first), already joins itself to
    something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("shoo, wasp, shoo, what's on the telly" is no request)
        shoo = rng.choice(SHOOED)
        yield f"{shoo}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftythird", seeds=SEEDS, salt=(9313, 53), homes=tables.HOMES,
    routines=tables.FIFTYTHIRD_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=shooed, swaps=tables.SWAPS)
"""The fifty-third set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("twoowhit! grandma rode a
carousel horse called feed mulberry")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTYTHIRD_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                       UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTYTHIRD_KINDS = (*FIFTYTHIRD_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                    UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fifty-third set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTYTHIRD_ROUTINES = tables.FIFTYTHIRD_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTYTHIRD_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone pier" for "phone pia")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(53, 53, 63),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftythird(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifty-third-set home and its cases (``heard`` reads
    benchmarks/data/fiftythird_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FIFTYTHIRD_IN_SCOPE",
    "FIFTYTHIRD_KINDS",
    "FIFTYTHIRD_ROUTINES",
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
    "SHOOED",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_fiftythird",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "shooed",
    "unpunctuated",
    "used_texts",
    "was_shooed",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
