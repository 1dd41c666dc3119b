"""The sixtieth held-out set of benchmarks/resolver.py (split "sixtieth", seeds
600-602).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_sixtieth_text.py`` or
``_resolver_sixtieth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_sixtieth_text.HOMES``: a picture framer's flat with the frameroom above the
gallery, a hurdle maker's cabin with the hurdleshed by the hazel coppice, a stick
maker's cottage with the hornshed behind the sheepfold), each teaching 22 of its own
routines with 23 of the generic pool, its pets named after what a framer primes or
cuts a frame with, what a hurdle maker weaves or splits with, or what a stick maker
tips or straightens, that another phrase of the home says as a word ("feed gesso"
beside "sand the gesso layers", "walk mitre" beside "set the mitre clamps", "feed
wattle" beside "stack the wattle panels", "walk froe" beside "sharpen the froe blade",
"feed ferrule" beside "fit the rubber ferrule", "walk shank" beside "straighten the hazel
shank"), its people with names a recogniser writes as the word they sound like, most as
a speaker who sounds no "r" after a vowel says both ("fenda" as "fender" beside "polish
the brass fender", "lina" as "liner" beside "change the pond liner", "leva" as "lever"
beside "mend the flush lever", "riva" as "river" beside "film the river from the
footbridge", "raza" as "razor" beside "charge the electric razor", "pilla" as "pillar"
beside "paint the porch pillar", "tinda" as "tinder" beside "fill the tinder box",
"colla" as "collar" beside "starch the shirt collar", "renda" as "render" beside "patch
the cracked render"), one in any accent ("kola" as "cola" beside "buy a crate of
cola"), and two with no other writing (Eira, Briony); its other routines and the
siblings of ``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds
that generator has no way to make. It has no heard transcripts
(benchmarks/data/sixtieth_heard.json was not made; the generator reads a missing file
as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a karate sensei
  calling the class at the dojo first ("kamae, kiai. X"), a kittiwake calling off the
  sea cliffs first, one word no dictionary of the speaker's has ("kittiwaak! X"), a
  skateboarder calling tricks at the skate park first ("kickflip! X"), a bhangra class
  in the village hall first ("balle balle! X"), a remark on the haar rolling in off the
  sea after ("X, haar"), a remark on bramblings at the bird table after ("X,
  bramblings"), a game of canasta at the table after ("X, canasta"), a remark on
  snowdrops under the beeches after ("X, snowdrops"), the phrase between a kittiwake's
  call and a haar remark ("kittiwaak! X, haar"), and the phrase said in the middle of a
  karate sensei's calls, which go on after it ("kamae, X, kiai"); and two kinds made
  here: a taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("phone fender" for "phone
  fenda", "send cola a text" for "send kola a text": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("kittiwaak feed gesso") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("ayik, ring fenda") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a ferry
  named it ("the ferry to the island is called X"), a windmill named it ("the windmill
  on the ridge is called X"), a gritter lorry named it ("the council's gritter lorry is
  called X"), a combine harvester named it ("the farmer's combine harvester is called
  X"), a dolls' house named it ("my niece's dolls' house is called X"), engraved on a
  locket ("the jeweller engraved X on a silver locket"), welded into a garden gate ("the
  blacksmith welded X into a garden gate"), embossed on a leather notebook ("the
  stationer embossed X on a leather notebook"), spelt out in fridge magnets ("the
  toddler spelt out X in fridge magnets") and painted on the side of a van ("the
  decorator painted X on the side of his van"): each names or writes the phrase and
  asks the assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fifty-ninth's: a row said straight after the speaker cricks their neck ("ooh, cricked
my neck, turn on the lamp", "argh, my neck switch the heating on"), as people do when
a sudden turn of the head cricks their neck and they ask for what they want anyway
(:func:`cricked`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_sixtieth_labels.py) and in
tests/test_resolver_sixtieth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_sixtieth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_sixtieth_labels import LABELS

SEEDS = (600, 601, 602)
HEARD = Path(__file__).resolve().parent / "data" / "sixtieth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "sixtieth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"frameroom", "hurdleshed", "hornshed"}
DEVICES = {"underpinner", "debarker", "linisher"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"underpinner", "debarker" and "linisher" are words other splits are unlikely to say, so
few of their sentences, if any, are ones this set could say (its snapshot)."""
CRICKED = ("ooh, cricked my neck", "argh, my neck", "ouch, neck's cricked",
           "eek, cricked it again", "urgh, stiff neck", "ahh, my neck's seized")
"""What a speaker says as they crick their neck, before asking the room for what they
want (:func:`cricked`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the neck is cricked ("ooh, cricked my neck what's the weather" is
a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ooh", "cricked", "neck", "argh", "ouch", "neck's", "eek",
          "it", "again", "urgh", "stiff", "ahh", "seized"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker says as they crick their neck (a row with one is never said after it:
"ooh, cricked my neck turn the lamp on and then" is nobody's)."""
_BESIDE = ("a karate sensei, a calling kittiwake, a skateboarder's tricks, a bhangra "
           "class, the haar, bramblings, a game of canasta or snowdrops")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as what guards a hearth, what lines a "
              "pond, what works a flush, what runs past the cabin, what shaves a chin, "
              "what holds up a porch, what lights a fire, what a shirt is starched at, "
              "what coats a wall or a fizzy drink")
"""In scope: a taught phrase with its name written with the same sounds another way
("phone fender" for "phone fenda", "send cola a text" for "send kola a text", "text
render about the castle trip" for "text renda about the castle trip"), plainly or beside
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
NEW_OUT_OF_SCOPE = ("a ferry named it", "a windmill named it",
                    "a gritter lorry named it",
                    "a combine harvester named it",
                    "a dolls' house named it",
                    "engraved on a locket",
                    "welded into a garden gate",
                    "embossed on a leather notebook",
                    "spelt out in fridge magnets",
                    "painted on the side of a van")
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
    haar remark after a message, a karate sensei's calls beside a lift to a class)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_cricked(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`CRICKED` before a
    request."""
    return any(text.startswith(f"{norm(ow)} ") for ow in CRICKED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they crick their neck (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_cricked(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird",
           "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh", "fiftyeighth",
           "fiftyninth")
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


def cricked(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    cricks their neck, after one of :data:`CRICKED`, with or without a comma ("ooh,
    cricked my neck, turn on the lamp", "argh, my neck switch the heating on"), as
    people do when a sudden turn of the head cricks their neck and they ask for what
    they want anyway; never a row that asks something (:data:`ASKING` first), already
    joins itself to something, times it or pleads (:data:`JOINED`), or is a word or
    two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ooh, cricked my neck, what's on the telly" is no request)
        ow = rng.choice(CRICKED)
        yield f"{ow}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="sixtieth", seeds=SEEDS, salt=(9613, 60), homes=tables.HOMES,
    routines=tables.SIXTIETH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=cricked, swaps=tables.SWAPS)
"""The sixtieth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("kittiwaak! the ferry to
the island is called feed gesso")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
SIXTIETH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                     UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
SIXTIETH_KINDS = (*SIXTIETH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                  UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the sixtieth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
SIXTIETH_ROUTINES = tables.SIXTIETH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.SIXTIETH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone fender" for "phone fenda")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(60, 60, 60),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_sixtieth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                   per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A sixtieth-set home and its cases (``heard`` reads
    benchmarks/data/sixtieth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "CRICKED",
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
    "SIXTIETH_IN_SCOPE",
    "SIXTIETH_KINDS",
    "SIXTIETH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_sixtieth",
    "could_say",
    "cricked",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "was_cricked",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
