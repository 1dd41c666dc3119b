"""The thirty-eighth held-out set of benchmarks/resolver.py (split "thirtyeighth",
seeds 380-382).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtyeighth_text.py`` or ``_resolver_thirtyeighth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtyeighth_text.HOMES``: a mobile library driver's cottage, a sheep
shearer's farmhouse with a wool shed, a beach café owner's chalet above the cove), each
teaching 22 of its own routines with 23 of the generic pool, its people and pets named
after verbs or the bills a house pays, virtues, foods, the lie of the land or the time
of day that another phrase of the home says as a word ("drop mark a line" beside "mark
the overdue books", "give bill a ring" and "phone bill" beside "pay the diesel bill",
"feed teacake" beside "toast the teacakes", "give waffle his dinner" beside "waffle iron
on", "tell cliff ..." beside "is the cliff path open"), or with names a recogniser
writes as another word ("ring paige" as "ring page" beside "where's the missing page",
"ring wade" as "ring weighed" beside "has the wool been weighed", "give gail a ring" as
"give gale a ring" beside "is a gale warning out", "give neil a ring" as "give kneel a
ring", "give doug a ring" as "give dug a ring", "coral" as "choral", "carrie" as
"carry", "rhys" as "reece"); its other routines and the siblings of ``UNTAUGHT`` are
held out. It is built by the shared generator of benchmarks/_resolver_blind.py from
this set's words, and this module adds the kinds that generator has no way to make. It
has no heard transcripts (benchmarks/data/thirtyeighth_heard.json was not made; the
generator reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a murder mystery
  party's script read aloud first ("the colonel was bludgeoned in the conservatory. X"), a
  wrestling commentator on the telly first ("what a suplex! X"), a retirement speech
  rehearsed first ("to my successor, befriend the photocopier. X"), a mountaineering
  documentary on the telly first ("crampons bite into the glacier. X"), a figure skating
  commentator on the telly after ("X, lyrical edgework"), a karaoke machine's scoring
  voice after ("X, pitch precision superstar"), a lottery draw on the telly after ("X, a
  rollover jackpot"), a jigsaw puzzle done at the table after ("X, that's a perimeter
  piece"), the phrase between a wrestling commentator's line and a jigsaw remark ("what
  a suplex! X, that's a perimeter piece"), and the phrase said in the middle of a
  retirement speech rehearsed, which goes on after it ("as a fledgling bookkeeper, X,
  typewriters ruled"); and two kinds made here: a taught phrase as a recogniser mishears it
  beside one of those clauses (:data:`MISHEARD`), and a taught name written as it
  sounds ("ring page" for "ring paige", "text kneel ..." for "text neil ...": plainly
  and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("what a suplex feed teacake") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("the butler's alibi unravels, ring
  paige") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  hurricane named it ("the next hurricane on the list is X"), a perfume named it ("my
  aunt wears a perfume called X"), a knitting stitch named it ("nana taught me a
  knitting stitch named X"), an ice cream flavour named it ("the parlour has a new ice
  cream flavour called X"), a chess opening named it ("he beat me with a chess opening
  called X"), a sailing knot named it ("the sailing club taught us a knot called X"),
  recalling a mishearing ("for a second i misheard you as saying X"), a pictionary
  drawing of it ("in pictionary i had to draw X"), a haiku with it in ("the last line of
  her haiku is X") and a mnemonic for remembering it ("i made up a mnemonic that ends
  X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirty-seventh's: a row said once the speaker has sat down at last ("ahh, feet up at
last, turn on the lamp", "oof, that's better switch the heating on"), as people do when
they sink into a chair and ask for what they will not get up for
(:func:`with_feet_up`). Sentences a dataset or another split has are left out. Labels
are guarded in code (benchmarks/_resolver_thirtyeighth_labels.py) and in
tests/test_resolver_thirtyeighth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtyeighth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtyeighth_labels import LABELS

SEEDS = (380, 381, 382)
HEARD = Path(__file__).resolve().parent / "data" / "thirtyeighth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtyeighth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"boxroom", "woolshed", "kiosk"}
DEVICES = {"charger", "grinder", "urn"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator")."""
SAT_DOWN = ("ahh, feet up at last", "oof, that's better", "right, comfy now",
            "phew, seated finally", "mm, lovely squashy cushions", "ooh my knees, aah")
"""What a speaker says as they sink into a chair, before asking the room for what they
will not get up for (:func:`with_feet_up`): no word of the set's pools, no number the
labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said once the speaker has sat down ("oof, that's better what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ahh", "oof", "right", "phew", "mm", "ooh", "finally", "now",
          "aah", "seated"}
"""Words of a row that already join it to something, time it or plead for it, or say
what sitting down says (a row with one is never said after it: "phew, seated finally
turn the lamp on and then" is nobody's)."""
MISHEARD = ("a misheard phrase beside a murder mystery script, a wrestling commentator, "
            "a retirement speech, a mountaineering film, a figure skating commentator, a "
            "karaoke machine, a lottery draw or a jigsaw")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a word of the trade, a past tense, a "
              "weather word, a verb or another name of its sounds")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring page" for "ring paige", "ring weighed" for "ring wade", "message sandy and
choral" for "message sandy and coral"), plainly or beside a clause."""
_BESIDE = ("a murder mystery, a wrestling bout, a retirement speech, a mountaineering "
           "film, a figure skating commentary, a karaoke machine, a lottery draw or a "
           "jigsaw")
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
NEW_OUT_OF_SCOPE = ("a hurricane named it", "a perfume named it",
                    "a knitting stitch named it", "an ice cream flavour named it",
                    "a chess opening named it", "a sailing knot named it",
                    "recalling a mishearing", "a pictionary drawing of it",
                    "a haiku with it in", "a mnemonic for remembering it")
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
    card game of a count, a dungeon master of a door locked)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def sat_down_before(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`SAT_DOWN` before a
    request."""
    return any(text.startswith(f"{norm(sat)} ") for sat in SAT_DOWN)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with the speaker ending
    a phone call (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or sat_down_before(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh")
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


def with_feet_up(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said once the speaker has sat
    down at last, after one of :data:`SAT_DOWN`, with or without a comma ("ahh, feet up
    at last, turn on the lamp", "oof, that's better switch the music off"), as people do
    when they sink into a chair and ask for what they will not get up for; never a row
    that asks something (:data:`ASKING` first), already joins itself to something, times
    it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("oof, that's better, what's on the telly" is no request)
        sat = rng.choice(SAT_DOWN)
        yield f"{sat}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="thirtyeighth", seeds=SEEDS, salt=(8269, 38), homes=tables.HOMES,
    routines=tables.THIRTYEIGHTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=with_feet_up, swaps=tables.SWAPS)
"""The thirty-eighth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("what a suplex! in pictionary i
had to draw feed teacake")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTYEIGHTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTYEIGHTH_KINDS = (*THIRTYEIGHTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirty-eighth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTYEIGHTH_ROUTINES = tables.THIRTYEIGHTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTYEIGHTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring pearce" for "ring pierce")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(37, 37, 47),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_thirtyeighth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirty-eighth-set home and its cases (``heard`` reads
    benchmarks/data/thirtyeighth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FRAMES",
    "JOINED",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "SAT_DOWN",
    "SEEDS",
    "SET",
    "THIRTYEIGHTH_IN_SCOPE",
    "THIRTYEIGHTH_KINDS",
    "THIRTYEIGHTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_thirtyeighth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "sat_down_before",
    "unpunctuated",
    "used_texts",
    "with_feet_up",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
