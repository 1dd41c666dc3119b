"""The forty-third held-out set of benchmarks/resolver.py (split "fortythird", seeds
430-432).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fortythird_text.py`` or
``_resolver_fortythird_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortythird_text.HOMES``: a candle maker's cottage with the wax room in the
barn, a sign-writer's terrace with the van in the back lane, a chain ferry keeper's
cottage by the landing stage), each teaching 22 of its own routines with 23 of the
generic pool, its people and pets named after a spice, a bee, a dye, an earth pigment,
a harbour, a small boat or a timber that another phrase of the home says as a word
("feed saffron" beside "add saffron to the rice", "brush bumble" beside "photograph the
bumble bees", "feed indigo" beside "thin the indigo paint", "give sienna a ring" beside
"mix the burnt sienna", "give marina a ring" beside "pay the marina fees", "feed dory"
beside "sand the dory", "brush cedar" beside "oil the cedar bench"), or with names a
recogniser writes as another word ("ring jeanie" as "ring genie" beside "iron the genie
costume", "nat" as "gnat" beside "swat the gnat", "heidi" as "hidey" beside "tidy the
hidey hole", "dewey" as "dewy" beside "is the grass dewy", "gray" as "grey" beside
"touch up the dove grey", "jim" as "gym" beside "pack my gym bag", "tyler" as
"tiler" beside "has the tiler finished", "candi" as "candy" beside "buy candy floss at
the fete", "ring ro" as "ring row" beside "row the dinghy across", "billie" as "billy"
beside "boil the billy can", "pattie" as "patty" beside "flip the burger patty", "doc"
as "dock" beside "hose down the dock"); its other routines and the siblings of
``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds that
generator has no way to make. It has no heard transcripts
(benchmarks/data/fortythird_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a skipping rhyme
  chanted in the garden first ("acka backa, soda cracker. X"), a bell ringer calling
  the changes first ("look to, treble's going! X"), a hymn sung at the sink first
  ("abide with me. X"), a phone call half heard first ("sorry, you're breaking up.
  X"), a fencing commentator on the telly after ("X, a riposte to the shoulder"), a
  table tennis commentator on the telly after ("X, topspin winner"), a marathon
  commentator on the telly after ("X, the kenyan accelerates"), a cribbage game at the
  table after ("X, muggins, i claim those"), the phrase between a hymn and a cribbage
  call ("eternal father, strong to save! X, pegged up"), and the phrase said in the
  middle of a skipping rhyme, which goes on after it ("acka backa, X, soda cracker");
  and two kinds
  made here: a taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring row" for "ring ro",
  "drop gnat a line" for "drop nat a line": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("abide with me feed dory") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("abide with me, ring ro")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a teddy
  bear named it ("my daughter named her teddy bear X"), a garden gnome named it ("the
  garden gnome by the pond is called X"), a ventriloquist's dummy named it ("the
  ventriloquist's dummy was called X"), carved into a pumpkin ("the kids carved X into
  the pumpkin"), carved into a tree trunk ("there's X carved into the trunk of the old
  oak"), a font named it ("the font on the wedding menu is called X"), a quiz show
  category ("the next category on the quiz show is X"), a magician's stage name ("his
  stage name as a magician is X"), written in lipstick on a mirror ("she wrote X in
  lipstick on the bathroom mirror") and a hot air balloon named it ("we went up in a hot
  air balloon named X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
forty-second's: a row said straight after the speaker drops or spills something
("oops, dropped my pen, turn on the lamp", "whoops, butterfingers switch the heating
on"), as people do when a slip of the hand comes just as they ask (:func:`fumbled`).
Sentences a dataset or another split has are left out. Labels are guarded in code
(benchmarks/_resolver_fortythird_labels.py) and in
tests/test_resolver_fortythird_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortythird_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortythird_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (430, 431, 432)
HEARD = Path(__file__).resolve().parent / "data" / "fortythird_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortythird_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"waxroom", "paintshop", "tollhouse"}
DEVICES = {"melter", "sprayer", "windlass"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator")."""
DROPPED = ("whoops, butterfingers", "oops, dropped my pen", "drat, there goes my biro",
           "oh bother, spilt it everywhere", "whoopsie, mind the crumbs",
           "blast, dropped the lot")
"""What a speaker says as they drop or spill something, before asking the room for what
they meant to ask (:func:`fumbled`): no word of the set's pools, no number the labels
keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker drops something ("oops, dropped my pen what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "whoops", "oops", "drat", "bother", "whoopsie", "blast",
          "butterfingers", "dropped", "pen", "biro", "spilt", "everywhere", "crumbs",
          "lot", "mind", "there", "goes"}
"""Words of a row that already join it to something, time it or plead for it, or say
what dropping something says (a row with one is never said after it: "whoops,
butterfingers turn the lamp on and then" is nobody's)."""
_BESIDE = ("a skipping rhyme, a bell ringer's call, a hymn, a phone call half heard, a "
           "fencing commentary, a table tennis commentary, a marathon commentary or a "
           "cribbage game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a lamp's spirit, a biting fly, a hiding "
              "place, wet with dew, a colour, a place to train, a layer of tiles, "
              "sweets, a stroke of oars, a camp kettle, a burger or a quay")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring row" for "ring ro", "drop gnat a line" for "drop nat a line", "text genie about
the wedding favours" for "text jeanie about the wedding favours"), plainly or beside
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
NEW_OUT_OF_SCOPE = ("a teddy bear named it", "a garden gnome named it",
                    "a ventriloquist's dummy named it", "carved into a pumpkin",
                    "carved into a tree trunk", "a font named it", "a quiz show category",
                    "a magician's stage name", "written in lipstick on a mirror",
                    "a hot air balloon named it")
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


def dropped(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`DROPPED` before a
    request."""
    return any(text.startswith(f"{norm(fumble)} ") for fumble in DROPPED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they drop or spill something (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or dropped(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond")
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


def fumbled(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    drops or spills something, after one of :data:`DROPPED`, with or without a comma
    ("oops, dropped my pen, turn on the lamp", "whoops, butterfingers switch the heating
    on"), as people do when a slip of the hand comes just as they ask; never a row that
    asks something (:data:`ASKING` first), already joins itself to something, times it
    or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("oops, dropped my pen, what's on the telly" is no request)
        fumble = rng.choice(DROPPED)
        yield f"{fumble}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortythird", seeds=SEEDS, salt=(8311, 43), homes=tables.HOMES,
    routines=tables.FORTYTHIRD_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=fumbled, swaps=tables.SWAPS)
"""The forty-third set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("abide with me. the garden gnome by
the pond is called feed saffron")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTYTHIRD_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTYTHIRD_KINDS = (*FORTYTHIRD_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the forty-third set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTYTHIRD_ROUTINES = tables.FORTYTHIRD_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTYTHIRD_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone mow" for "phone mo")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(43, 43, 53),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortythird(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A forty-third-set home and its cases (``heard`` reads
    benchmarks/data/fortythird_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "DROPPED",
    "FORTYTHIRD_IN_SCOPE",
    "FORTYTHIRD_KINDS",
    "FORTYTHIRD_ROUTINES",
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
    "build_fortythird",
    "could_say",
    "dropped",
    "fumbled",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
