"""The thirty-fourth held-out set of benchmarks/resolver.py (split "thirtyfourth",
seeds 340-342).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtyfourth_text.py`` or ``_resolver_thirtyfourth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtyfourth_text.HOMES``: a railway signalman's cottage by a level
crossing, a tropical fish breeder's semi with a fish room, a tea room owner's cottage
with a tea garden), each teaching 22 of its own routines with 23 of the generic pool,
its people and pets named with common words or words that sound like others ("ring
bob", "message mary" as "message merry", "ring gill" as "ring jill", "message sol" as
"message sole", "feed points" beside "oil the points", "ring honey" beside "order more
heather honey", "ring earl" beside "order more earl grey"); its other routines and the siblings of
``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds that
generator has no way to make. It has no heard transcripts
(benchmarks/data/thirtyfourth_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a bingo caller on
  the radio first ("droopy drawers. X"), a boxing ring announcer on the telly first
  ("introducing the southpaw contender. X"), the children's walkie-talkie game first
  ("badger to burrow, over. X"), a DIY tutorial video first ("score the plasterboard,
  bevel it smoothly. X"), a traffic report on the radio after ("X, tailbacks beyond the
  gyratory"), a golf commentator on the telly after ("X, he's holed the putt"), a game
  show host on the telly after ("X, contestants, buzzers poised"), a football manager's
  press conference on the radio after ("X, credit to the lads"), the phrase between a
  bingo call and a traffic report ("droopy drawers. X, tailbacks beyond the
  gyratory"), and the phrase said in the middle of a DIY tutorial's line, which goes on
  after it ("score the plasterboard, X, bevel it smoothly"); and two kinds made here: a
  taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring jill" for "ring
  gill", "message sole" for "message sol": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("droopy drawers feed scone") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("badger to burrow, over, ring bob")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: printed
  on a mug ("who buys a mug that says X"), an epitaph on a headstone ("the old headstone
  in the churchyard reads X"), a knock-knock joke ("knock knock, who's there, X"), a
  spam email's subject line ("a spam email came in with the subject X"), a card drawn in
  a board game ("the community chest card just said X"), a desk calendar's quote of the
  day ("today's page on the desk calendar says X"), an escape room clue ("the escape
  room clue was X"), an online review quoting it ("a one star review online just says
  X"), a speech therapy exercise ("his speech therapy sheet says to practise X") and a
  word at a spelling bee ("she had to spell X at the spelling bee");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirty-third's: a row said after the leave the speaker was given for it ("mum said it's
fine, turn on the lamp", "the landlord's okayed it switch the heating on"), as people
say who let them ask (:func:`with_leave`). Sentences a dataset or another split has are
left out. Labels are guarded in code (benchmarks/_resolver_thirtyfourth_labels.py) and
in tests/test_resolver_thirtyfourth_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtyfourth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtyfourth_labels import LABELS

SEEDS = (340, 341, 342)
HEARD = Path(__file__).resolve().parent / "data" / "thirtyfourth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtyfourth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"washhouse", "boxroom", "gazebo"}
DEVICES = {"camera", "aerator", "steriliser", "fridge"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("heater", "urn", "lamp")."""
LEAVE = ("mum said it's fine", "dad says i can", "i've checked with nan",
         "the landlord's okayed it", "gran said go ahead", "everyone's agreed")
"""The leave a speaker was given for a request, said before it (:func:`with_leave`): no
word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said after the leave given for it ("mum said it's fine what's the weather"
asks leave for nothing)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please"}
"""Words of a row that already join it to something, time it or plead for it (a row
with one is never said after leave: "dad says i can, turn the lamp on and then" is
nobody's)."""
MISHEARD = ("a misheard phrase beside a bingo caller, a boxing announcer, a walkie-talkie, "
            "a DIY video, a traffic report, a golf commentator, a game show or a football "
            "manager")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written as a word of the same sounds"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring jill" for "ring gill", "message sole" for "message sol"), plainly or beside a
clause."""
_BESIDE = ("a bingo call, a ring announcer, a walkie-talkie, a DIY video, a traffic report, "
           "a golf commentator, a game show or a press conference")
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
NEW_OUT_OF_SCOPE = ("printed on a mug", "an epitaph on a headstone", "a knock-knock joke",
                    "a spam email's subject line", "a card drawn in a board game",
                    "a desk calendar's quote of the day", "an escape room clue",
                    "an online review quoting it", "a speech therapy exercise",
                    "a word at a spelling bee")
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
    boxing announcer of a ring, a bingo call of a number)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def with_leave_before(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`LEAVE` before a
    request."""
    return any(text.startswith(f"{norm(leave)} ") for leave in LEAVE)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with the leave the
    speaker was given (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or with_leave_before(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird")
"""The splits whose homes' out-of-scope cases :func:`live_used_texts` reads (the
twentieth's and earlier come through the twenty-first's sources)."""


def live_used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on that this set could say,
    normalised: the twenty-first's sources (the twentieth's and earlier) and the
    out-of-scope cases of the homes of :data:`EARLIER`, those :func:`could_say` keeps."""
    from _resolver_twentyfirst import used_texts as sources

    said = {norm(c.utterance) for name in EARLIER
            for seed in importlib.import_module(f"_resolver_{name}").SEEDS
            for c in build_home(seed, split=name).cases if c.routine is None}
    return frozenset(t for t in said | sources() if could_say(t))


def used_texts() -> frozenset[str]:
    """:func:`live_used_texts` as written to :data:`USED`."""
    return made_here.read_used(USED)


def with_leave(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said after the leave the speaker
    was given for it, one of :data:`LEAVE`, with or without a comma ("mum said it's
    fine, turn on the lamp", "everyone's agreed switch the music off"); never a row that
    asks something (:data:`ASKING` first), already joins itself to something, times it
    or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("dad says i can, what's on the telly" asks leave for nothing)
        leave = rng.choice(LEAVE)
        yield f"{leave}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="thirtyfourth", seeds=SEEDS, salt=(7927, 34), homes=tables.HOMES,
    routines=tables.THIRTYFOURTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=with_leave, swaps=tables.SWAPS)
"""The thirty-fourth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("droopy drawers. who buys
a mug that says feed scone")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTYFOURTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTYFOURTH_KINDS = (*THIRTYFOURTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirty-fourth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTYFOURTH_ROUTINES = tables.THIRTYFOURTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTYFOURTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring jill" for "ring gill")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(34, 34, 34),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_thirtyfourth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirty-fourth-set home and its cases (``heard`` reads
    benchmarks/data/thirtyfourth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FRAMES",
    "JOINED",
    "LEAVE",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "SEEDS",
    "SET",
    "THIRTYFOURTH_IN_SCOPE",
    "THIRTYFOURTH_KINDS",
    "THIRTYFOURTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_thirtyfourth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "with_leave",
    "with_leave_before",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
