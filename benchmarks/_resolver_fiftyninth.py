"""The fifty-ninth held-out set of benchmarks/resolver.py (split "fiftyninth", seeds
590-592).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftyninth_text.py`` or
``_resolver_fiftyninth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftyninth_text.HOMES``: a pewterer's cottage with the pewtery behind the
almshouses, a hatter's house with the blockroom above the haberdashery, a shipwright's
house with the caulkshed above the slipway), each teaching 22 of its own routines with
23 of the generic pool, its pets named after what a pewterer casts or pours, what a
hatter stiffens or braids a hat with, or what a shipwright caulks or whips with, that
another phrase of the home says as a word ("feed flagon" beside "polish the flagon
lids", "brush sprue" beside "trim the sprue ends", "feed buckram" beside "cut the
buckram linings", "brush sisal" beside "soak the sisal braid", "feed oakum" beside
"tease the oakum strands", "brush marline" beside "whip the marline ends"), its people
with names a recogniser writes as the word they sound like, most as a speaker who sounds
no "r" after a vowel says both ("welda" as "welder" beside "service the arc welder",
"rida" as "reader" beside "charge the ebook reader", "bola" as "bowler" beside "brush
the bowler hat", "seda" as "seeder" beside "fill the lawn seeder", "rola" as "roller"
beside "wash the paint roller", "thor" as "thaw" beside "thaw the chest freezer",
"naila" as "nailer" beside "oil the framing nailer", "winta" as "winter" beside "pack
away the winter duvets", "otta" as "otter" beside "film the otter under the jetty"),
one in any accent ("paul" as "pawl" beside "grease the capstan pawl"), and two with no
other writing (Lowri, Seren); its other routines and the siblings of ``UNTAUGHT`` are
held out. It is built by the shared generator of benchmarks/_resolver_blind.py from
this set's words, and this module adds the kinds that generator has no way to make. It
has no heard transcripts (benchmarks/data/fiftyninth_heard.json was not made; the
generator reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a cricket appeal
  at the village match first ("howzat, howzat, lbw. X"), a lapwing calling over the
  ploughland first, one word no dictionary of the speaker's has ("peewit! X"), calling
  the cat in for the night first ("puss, puss! X"), wassailers in the orchard first
  ("waes hael! X"), a remark on hoarfrost on the hedges after ("X, hoarfrost"), a remark
  on goldfinches at the teasels after ("X, goldfinches"), a game of yahtzee at the
  table after ("X, yahtzee"), a remark on waxwings in the hawthorn after ("X, the
  waxwings are trilling"), the phrase between a call to the cat and a hoarfrost remark
  ("puss, puss! X, hoarfrost"), and the phrase said in the middle of a cricket appeal,
  which goes on after it ("howzat, howzat, X, lbw"); and two kinds made here: a taught
  phrase as a recogniser mishears it beside one of those clauses (:data:`MISHEARD`), and
  a taught name written as it sounds ("phone welder" for "phone welda", "ring pawl" for
  "ring paul": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("peewit feed flagon") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("pweet, ring welda") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  grandfather clock named it ("our grandfather clock is called X"), a vintage motorbike
  named it ("my vintage motorbike is called X"), a carthorse named it ("the carthorse at
  the farm park is called X"), a beehive named it ("our beehive is called X"), a
  greenhouse named it ("our greenhouse is called X"), written with a sparkler ("the kids
  wrote X in the air with a sparkler"), painted on a boat's stern ("the fisherman
  painted X on his boat's stern"), written on a paper lantern ("we wrote X on a paper
  lantern"), carved into a piece of driftwood ("grandad carved X into a piece of
  driftwood") and tooled into a leather belt ("the saddler tooled X into a leather
  belt"): each names or writes the phrase and asks the assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fifty-eighth's: a row said straight after the speaker bites their tongue ("ow, bit my
tongue, turn on the lamp", "nngh, my tongue switch the heating on"), as people do when
they bite their tongue while eating and ask for what they want anyway (:func:`bitten`).
Sentences a dataset or another split has are left out. Labels are guarded in code
(benchmarks/_resolver_fiftyninth_labels.py) and in
tests/test_resolver_fiftyninth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftyninth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftyninth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (590, 591, 592)
HEARD = Path(__file__).resolve().parent / "data" / "fiftyninth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftyninth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"pewtery", "blockroom", "caulkshed"}
DEVICES = {"planisher", "conformer", "caulker"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"planisher", "conformer" and "caulker" are words other splits are unlikely to say, so
few of their sentences, if any, are ones this set could say (its snapshot)."""
BITTEN = ("ow, bit my tongue", "nngh, my tongue", "yikes, chomped my tongue",
          "oof, tongue bitten", "eeh, tongue's throbbing", "ach, bit my tongue again")
"""What a speaker says as they bite their tongue, before asking the room for what they
want (:func:`bitten`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the tongue is bitten ("ow, bit my tongue what's the weather" is a
question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ow", "bit", "tongue", "nngh", "yikes", "chomped", "oof",
          "bitten", "eeh", "tongue's", "throbbing", "ach", "again"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker says as they bite their tongue (a row with one is never said after it:
"ow, bit my tongue turn the lamp on and then" is nobody's)."""
_BESIDE = ("a cricket appeal, a calling lapwing, calling the cat in, wassailers, "
           "hoarfrost, goldfinches, a game of yahtzee or waxwings")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as what joins metal, what an ebook is "
              "read on, a round felt hat, what sows a lawn, what paints a wall, what "
              "frozen food is left to do, a nail gun, the cold season, a river animal "
              "or a capstan's catch")
"""In scope: a taught phrase with its name written with the same sounds another way
("phone welder" for "phone welda", "ring pawl" for "ring paul", "text reader about the
panto tickets" for "text rida about the panto tickets"), plainly or beside a clause."""
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
NEW_OUT_OF_SCOPE = ("a grandfather clock named it", "a vintage motorbike named it",
                    "a carthorse named it",
                    "a beehive named it",
                    "a greenhouse named it",
                    "written with a sparkler",
                    "painted on a boat's stern",
                    "written on a paper lantern",
                    "carved into a piece of driftwood",
                    "tooled into a leather belt")
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
    waxwing remark after a message, a cricket appeal beside a lift to the match)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_bitten(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`BITTEN` before a
    request."""
    return any(text.startswith(f"{norm(ow)} ") for ow in BITTEN)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they bite their tongue (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_bitten(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird",
           "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh", "fiftyeighth")
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


def bitten(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    bites their tongue, after one of :data:`BITTEN`, with or without a comma ("ow, bit
    my tongue, turn on the lamp", "nngh, my tongue switch the heating on"), as people
    do when they bite their tongue while eating and ask for what they want anyway;
    never a row that asks something (:data:`ASKING` first), already joins itself to
    something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ow, bit my tongue, what's on the telly" is no request)
        ow = rng.choice(BITTEN)
        yield f"{ow}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftyninth", seeds=SEEDS, salt=(9613, 59), homes=tables.HOMES,
    routines=tables.FIFTYNINTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=bitten, swaps=tables.SWAPS)
"""The fifty-ninth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("peewit! our beehive is
called feed flagon")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTYNINTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTYNINTH_KINDS = (*FIFTYNINTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fifty-ninth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTYNINTH_ROUTINES = tables.FIFTYNINTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTYNINTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone welder" for "phone welda")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(59, 59, 59),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftyninth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifty-ninth-set home and its cases (``heard`` reads
    benchmarks/data/fiftyninth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "BITTEN",
    "CARRIERS",
    "CLAUSES",
    "FIFTYNINTH_IN_SCOPE",
    "FIFTYNINTH_KINDS",
    "FIFTYNINTH_ROUTINES",
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
    "bitten",
    "build_fiftyninth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "was_bitten",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
