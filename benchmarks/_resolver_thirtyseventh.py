"""The thirty-seventh held-out set of benchmarks/resolver.py (split "thirtyseventh",
seeds 370-372).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtyseventh_text.py`` or ``_resolver_thirtyseventh_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtyseventh_text.HOMES``: an oyster farmer's cottage on the estuary, a
lavender farmer's house with a distillery barn, a riding school owner's house by the
stable yard), each teaching 22 of its own routines with 23 of the generic pool, its
people and pets named after months, trades, a tool, a herb or a colour that another
phrase of the home says as a word ("ring jack" beside "where's the trailer jack", "feed
bay" beside "dry the bay leaves", "feed rusty" beside "oil the rusty hinge"), or with
names a recogniser writes as another word ("ring lorne" as "ring lawn", "message
laurie" as "message lorry" beside "has the hay lorry come", "message maurice" as
"message morris" beside "are the morris dancers booked", "honor" as "honour", "ring
rosemary" as "ring rose mary", "ring beau" as "ring bow"); its other routines and the
siblings of ``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds
that generator has no way to make. It has no heard transcripts
(benchmarks/data/thirtyseventh_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): an audiobook
  narrator first ("the heath lay hushed beneath a pewter dusk. X"), a dungeon master at
  a tabletop role-playing game first ("you descend into a fetid crypt. X"), revision flashcards
  read aloud first ("osmosis is diffusion through a membrane. X"), a job interview
  practised aloud first ("candidly, i thrive on deadlines. X"), a swimming commentator
  on the telly after ("X, a freestyle masterclass"), an election night programme on the
  telly after ("X, turnout's plummeted"), a stargazing app after ("X, saturn is
  climbing"), a card game at the kitchen table after ("X, trumps are spades"), the phrase
  between a dungeon master's line and a card game call ("you descend into a fetid crypt. X,
  you're dealing"), and the phrase said in the middle of a job interview answer practised
  aloud, which goes on after it ("in my former employment, X, i surpassed every quota");
  and two kinds made here: a taught phrase as a recogniser mishears it beside one of
  those clauses (:data:`MISHEARD`), and a taught name written as it sounds ("ring
  lawn" for "ring lorne", "message morris" for "message maurice": plainly and beside a
  clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("you descend into a fetid crypt feed rusty") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("a metaphor isn't literal, ring jack")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: written
  in a diary ("my diary for last tuesday just says X"), a street named it ("the council
  named the new cul-de-sac X"), a shop's name ("the new shop on the high street is
  called X"), a yoga pose named it ("in yoga class we did a pose called X"), a dance
  move named it ("the kids invented a dance move called X"), a name badge saying it
  ("the waitress's name badge just read X"), printed on a tea towel ("nana's tea towel
  has X printed on it"), a plant variety named it ("the garden centre sells a sweet pea
  called X"), tapped out in morse code ("he flashed X in morse code with a torch") and a
  word association game ("we played word association and my answer was X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirty-sixth's: a row said straight after the speaker ends a phone call with someone
else ("okay mum, speak soon, turn on the lamp", "lovely, take care then switch the
heating on"), as people do when they put the phone down and turn to the room
(:func:`with_a_call_ended`). Sentences a dataset or another split has are left out.
Labels are guarded in code (benchmarks/_resolver_thirtyseventh_labels.py) and in
tests/test_resolver_thirtyseventh_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtyseventh_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtyseventh_labels import LABELS

SEEDS = (370, 371, 372)
HEARD = Path(__file__).resolve().parent / "data" / "thirtyseventh_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtyseventh_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"scullery", "distillery", "clubhouse", "arena"}
DEVICES = {"pump", "condenser", "walker", "dehumidifier"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator")."""
ENDED_CALLS = ("okay mum, speak soon", "right, love you, bye bye", "cheers pal, ta-ra",
               "lovely, take care then", "bye now, mwah", "ok gran, bye bye bye")
"""What a speaker says into the phone to end a call with someone else, before turning to
the room with the request (:func:`with_a_call_ended`): no word of the set's pools, no
number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said after a call is ended ("okay mum, speak soon what's the weather" is
a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "bye", "okay", "ok", "right", "love", "cheers", "lovely"}
"""Words of a row that already join it to something, time it or plead for it, or say
what ending a call says (a row with one is never said after it: "bye for now, mwah turn
the lamp on and then" is nobody's)."""
MISHEARD = ("a misheard phrase beside an audiobook narrator, a dungeon master, revision "
            "flashcards, a job interview practised, a swimming commentator, an election "
            "night programme, a stargazing app or a card game")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name a recogniser writes as another word or spelling"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring lawn" for "ring lorne", "message honour" for "message honor", "ring rose mary"
for "ring rosemary"), plainly or beside a clause."""
_BESIDE = ("an audiobook, a dungeon master, a revision card, an interview answer, a "
           "swimming commentary, an election night, a stargazing app or a card game")
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
NEW_OUT_OF_SCOPE = ("written in a diary", "a street named it", "a shop's name",
                    "a yoga pose named it", "a dance move named it",
                    "a name badge saying it", "printed on a tea towel",
                    "a plant variety named it", "tapped out in morse code",
                    "a word association game")
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


def call_ended_before(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`ENDED_CALLS` before a
    request."""
    return any(text.startswith(f"{norm(ended)} ") for ended in ENDED_CALLS)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with the speaker ending
    a phone call (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or call_ended_before(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth")
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


def with_a_call_ended(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    ends a phone call with someone else, one of :data:`ENDED_CALLS`, with or without a
    comma ("okay mum, speak soon, turn on the lamp", "lovely, take care then switch the
    music off"), as people do when they put the phone down and turn to the room; never
    a row that asks something (:data:`ASKING` first), already joins itself to
    something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("okay mum, speak soon, what's on the telly" is no request)
        ended = rng.choice(ENDED_CALLS)
        yield f"{ended}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="thirtyseventh", seeds=SEEDS, salt=(7951, 37), homes=tables.HOMES,
    routines=tables.THIRTYSEVENTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=with_a_call_ended, swaps=tables.SWAPS)
"""The thirty-seventh set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("you descend into a fetid crypt. my
diary for last tuesday just says feed rusty")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTYSEVENTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTYSEVENTH_KINDS = (*THIRTYSEVENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirty-seventh set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTYSEVENTH_ROUTINES = tables.THIRTYSEVENTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTYSEVENTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


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


def build_thirtyseventh(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                        per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirty-seventh-set home and its cases (``heard`` reads
    benchmarks/data/thirtyseventh_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "ENDED_CALLS",
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
    "THIRTYSEVENTH_IN_SCOPE",
    "THIRTYSEVENTH_KINDS",
    "THIRTYSEVENTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_thirtyseventh",
    "call_ended_before",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "with_a_call_ended",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
