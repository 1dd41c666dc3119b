"""The fifty-eighth held-out set of benchmarks/resolver.py (split "fiftyeighth", seeds
580-582).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftyeighth_text.py`` or
``_resolver_fiftyeighth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftyeighth_text.HOMES``: a cooper's workshop with the coopery behind the
maltings, a thatcher's cottage with the reedbarn by the village green, a bell founder's
yard with the bellpit beside the canal wharf), each teaching 22 of its own routines with
23 of the generic pool, its pets named after what a cooper shapes or binds a cask with,
what a thatcher lays or pins a roof with, or what a bell founder tunes or moulds, that
another phrase of the home says as a word ("feed adze" beside "sharpen the adze blade",
"brush truss" beside "tighten the truss hoop", "feed sedge" beside "stack the sedge
bundles", "brush ligger" beside "split the ligger rods", "feed tenor" beside "tune the
tenor bell", "brush loam" beside "sieve the loam for the moulds"), its people with names
a recogniser writes as the word they sound like, most as a speaker who sounds no "r"
after a vowel says both ("kata" as "carter" beside "book the carter", "rasha" as
"rasher" beside "fry a rasher of bacon", "milda" as "milder" beside "buy the milder
cheddar", "blenda" as "blender" beside "wash the smoothie blender", "bayla" as "baler"
beside "grease the hay baler", "morna" as "mourner" beside "send flowers to the chief
mourner", "milka" as "milker" beside "clean the goat milker", "sayla" as "sailor"
beside "iron the sailor suit"), two in any accent or nearly ("nell" as "knell" beside
"practise the funeral knell", "winnie" as "whinny" beside "record the pony's whinny"),
and two with no other writing (Tamsin, Elowen); its other
routines and the siblings of ``UNTAUGHT`` are held out. It is built by the shared
generator of benchmarks/_resolver_blind.py from this set's words, and this module adds
the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/fiftyeighth_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a falconer flying
  her hawk at the country fair first ("hawkie, hawkie, she's bating. X"), a jackdaw
  chacking on the chimney pot first, one word no dictionary of the speaker's has
  ("tchack! X"), calling the bantams in to roost first ("chookie, chookie! X"), a
  croupier at the charity casino night first ("faites vos jeux! X"), a remark on a
  solar eclipse after ("X, totality"), a remark on toadstools in the paddock after ("X,
  the toadstools are up"), a game of pass the pigs at the table after ("X, a
  razorback"), a remark on glowworms in the lane after ("X, the glowworms are
  glinting"), the phrase between a call to the bantams and an eclipse remark ("chookie,
  chookie! X, totality"), and the phrase said in the middle of a falconer's calls, which
  go on after it ("hawkie, hawkie, X, she's bating"); and two kinds made here: a taught
  phrase as a recogniser mishears it beside one of those clauses (:data:`MISHEARD`), and
  a taught name written as it sounds ("phone carter" for "phone kata", "drop mourner a
  line" for "drop morna a line": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("tchack feed adze") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("tjak, ring kata") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a beach
  hut named it ("our beach hut is called X"), a giant pumpkin named it ("my giant
  pumpkin is called X"), a canoe named it ("our canoe is called X"), a barn owl named it
  ("the barn owl at the sanctuary is called X"), a tandem bicycle named it ("our tandem
  bicycle is called X"), written on a gift tag ("she wrote X on a gift tag"), spelt out
  in scrabble tiles ("the kids spelt out X in scrabble tiles"), crocheted into a blanket
  ("nana crocheted X into a blanket"), painted on a beach pebble ("my son painted X on a
  beach pebble") and printed on a tote bag ("my sister had X printed on a tote bag"):
  each names or writes the phrase and asks the assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fifty-seventh's: a row said straight after the speaker gets a splinter in a finger
("ouch, a splinter, turn on the lamp", "argh, splinter switch the heating on"), as
people do when a splinter goes in and they ask for what they want anyway
(:func:`splintered`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_fiftyeighth_labels.py) and in
tests/test_resolver_fiftyeighth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftyeighth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftyeighth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (580, 581, 582)
HEARD = Path(__file__).resolve().parent / "data" / "fiftyeighth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftyeighth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"coopery", "reedbarn", "bellpit"}
DEVICES = {"jointer", "comber", "muller"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"jointer", "comber" and "muller" are words other splits are unlikely to say, so few of
their sentences, if any, are ones this set could say (its snapshot)."""
SPLINTERS = ("ouch, a splinter", "ssst, splinter in my palm", "argh, splinter",
             "ooh, gatepost splinter", "yowza, a splinter under my nail",
             "ach, splinter again")
"""What a speaker says as a splinter goes into a finger, before asking the room for
what they want (:func:`splintered`): no word of the set's pools, no number the labels
keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the splinter goes in ("ouch, a splinter what's the weather" is a
question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ouch", "splinter", "ssst", "palm", "argh", "ooh",
          "gatepost", "yowza", "nail", "ach", "again"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker says as a splinter goes in (a row with one is never said after it:
"ouch, a splinter turn the lamp on and then" is nobody's)."""
_BESIDE = ("a falconer's calls, a chacking jackdaw, calling the bantams, a croupier, "
           "a solar eclipse, toadstools, a game of pass the pigs or glowworms")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as one who hauls goods, a slice of "
              "bacon, less strong, a jug that purees, what bales hay, one who mourns, "
              "what milks goats, one who sails, a bell tolled for the dead or what a "
              "horse says")
"""In scope: a taught phrase with its name written with the same sounds another way
("phone carter" for "phone kata", "drop mourner a line" for "drop morna a line", "text
knell about the tin ingot order" for "text nell about the tin ingot order"), plainly or
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
NEW_OUT_OF_SCOPE = ("a beach hut named it", "a giant pumpkin named it",
                    "a canoe named it",
                    "a barn owl named it",
                    "a tandem bicycle named it",
                    "written on a gift tag",
                    "spelt out in scrabble tiles",
                    "crocheted into a blanket",
                    "painted on a beach pebble",
                    "printed on a tote bag")
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
    falconer's "she's bating" after a message, a jackdaw chacking by the bacon it
    steals)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_splintered(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`SPLINTERS` before a
    request."""
    return any(text.startswith(f"{norm(ouch)} ") for ouch in SPLINTERS)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as a splinter goes in (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_splintered(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird",
           "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh")
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


def splintered(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after a splinter
    goes into the speaker's finger, after one of :data:`SPLINTERS`, with or without a
    comma ("ouch, a splinter, turn on the lamp", "argh, splinter switch the heating
    on"), as people do when a splinter goes in and they ask for what they want anyway;
    never a row that asks something (:data:`ASKING` first), already joins itself to
    something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ouch, a splinter, what's on the telly" is no request)
        ouch = rng.choice(SPLINTERS)
        yield f"{ouch}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftyeighth", seeds=SEEDS, salt=(9613, 138), homes=tables.HOMES,
    routines=tables.FIFTYEIGHTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=splintered, swaps=tables.SWAPS)
"""The fifty-eighth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("tchack! our beach hut is
called feed adze")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTYEIGHTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTYEIGHTH_KINDS = (*FIFTYEIGHTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fifty-eighth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTYEIGHTH_ROUTINES = tables.FIFTYEIGHTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTYEIGHTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone carter" for "phone kata")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(58, 58, 58),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftyeighth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifty-eighth-set home and its cases (``heard`` reads
    benchmarks/data/fiftyeighth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FIFTYEIGHTH_IN_SCOPE",
    "FIFTYEIGHTH_KINDS",
    "FIFTYEIGHTH_ROUTINES",
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
    "SPLINTERS",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_fiftyeighth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "splintered",
    "unpunctuated",
    "used_texts",
    "was_splintered",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
