"""The forty-sixth held-out set of benchmarks/resolver.py (split "fortysixth", seeds
460-462).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fortysixth_text.py`` or
``_resolver_fortysixth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortysixth_text.HOMES``: a cinema projectionist's flat above the picture
house, a wheelwright's yard with a smithy behind the cottage, an organ builder's
converted chapel with the pipe shop in the schoolroom), each teaching 22 of its own
routines with 23 of the generic pool, its people and pets named after a projector's
part, a film's preview, a wheel's part or an organ's part that another phrase of the
home says as a word ("feed spool" beside "thread the spool onto the projector", "brush
trailer" beside "lace up the trailer reel", "feed spoke" beside "replace the broken
spoke", "brush hub" beside "grease the cart hub", "feed pedal" beside "tune the pedal
pipes", "brush swell" beside "oil the swell box"), or with names a recogniser writes as
another word ("ring matt" as "ring mat" beside "shake the door mat", "tiffani" as
"tiffany" beside "dust the tiffany lamp", "dusti" as "dusty" beside "wipe the dusty
skirting boards", "rockie" as "rocky" beside "cut the rocky road", "chippie" as "chippy"
beside "order tea from the chippy", "sparkie" as "sparky" beside "pay the sparky",
"woodie" as "woody" beside "prune the woody lavender", "shandi" as "shandy" beside "pour
me a shandy", "raine" as "rain" beside "empty the rain gauge", "stirling" as "sterling"
beside "polish the sterling candlesticks", "berrie" as "berry" beside "net the berry
bushes", "bunni" as "bunny" beside "clean out the bunny hutch"); its other routines and
the siblings of ``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds that
generator has no way to make. It has no heard transcripts
(benchmarks/data/fortysixth_heard.json was not made; the generator reads a missing file
as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a ballet teacher
  counting a class first ("and plie, and releve. X"), a yodeller on the radio first, one
  word no dictionary of the speaker's has ("yodelayheehoo! X"), calling the cows in for
  milking first ("cush cush cush! X"), a rowing cox on the river first ("easy all! X"),
  a lacrosse commentator on the telly after ("X, the attackman cradles"), a water polo
  commentator on the telly after ("X, the goalkeeper's beaten"), a remark on a tortoise
  on the lawn after ("X, ooh, the tortoise"), a game of skittles in the pub after ("X, a
  floorer"), the phrase between a rowing cox's call and a skittles call ("weigh nuff!
  X, the kingpin teetered"), and the phrase said in the middle of a ballet
  teacher's count, which goes on after it ("and plie, X, and releve"); and two kinds
  made here: a taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring mat" for "ring
  matt", "drop shandy a line" for "drop shandi a line": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("yodelayheehoo feed spool") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("holdrio, ring matt") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a prize
  bull named it ("our neighbour's prize bull is named X"), a vintage tractor named it
  ("my cousin drives a vintage tractor called X"), a real ale named it ("there's a real
  ale on tap named X"), painted on a cart's tailboard ("someone painted X on a cart's
  tailboard"), written on a film can ("someone wrote X on an old film can"), a sermon's
  title ("next sunday's sermon is called X"), asking a librarian for a book called it
  ("we asked the librarian for a book called X"), shushed for saying it in the cinema
  ("i got shushed for saying X in the cinema"), a stall at the village fete named it
  ("the stall at the village fete was called X") and an untaught request joined to it
  by "after that" ("X and after that defrost the freezer": two requests, one of them
  taught, so the assistant runs neither);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
forty-fifth's: a row said straight after the speaker nearly drops something and catches
it ("whoops, nearly dropped it, turn on the lamp", "crikey, butterfingers switch the
heating on"), as people do when they steady their grip and ask for what they want at
once (:func:`fumbled`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_fortysixth_labels.py) and in
tests/test_resolver_fortysixth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortysixth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortysixth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (460, 461, 462)
HEARD = Path(__file__).resolve().parent / "data" / "fortysixth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortysixth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"biobox", "smithy", "pipeshop"}
DEVICES = {"rewinder", "lathe", "bellows"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"bellows" and "lathe" are ones other splits may say too, so a few of their sentences
may be ones this set could say (its snapshot)."""
FUMBLED = ("whoops, nearly dropped it", "phew, caught it", "crikey, butterfingers",
           "steady, steady, got it", "ooft, almost smashed", "gosh, juggled that")
"""What a speaker says as they nearly drop something and catch it, before asking the
room for what they want (:func:`fumbled`): no word of the set's pools, no number the
labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker catches what they nearly dropped ("phew, caught it
what's the weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "whoops", "nearly", "dropped", "it", "phew", "caught",
          "crikey", "butterfingers", "steady", "got", "ooft", "almost", "smashed", "gosh",
          "juggled", "that"}
"""Words of a row that already join it to something, time it or plead for it, or say
what nearly dropping something says (a row with one is never said after it: "phew,
caught it turn the lamp on and then" is nobody's)."""
_BESIDE = ("a ballet teacher's count, a yodeller, calling the cows, a rowing cox, a "
           "lacrosse commentary, a water polo commentary, a tortoise on the lawn or a "
           "skittles game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a floor covering, a glass lamp, "
              "grimy, a sweet, a fish shop, an electrician, stemmy, a drink, the "
              "weather, silver, a fruit or a rabbit")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring mat" for "ring matt", "drop shandy a line" for "drop shandi a line", "text rain
about the pipe metal" for "text raine about the pipe metal"), plainly or beside a
clause."""
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
NEW_OUT_OF_SCOPE = ("a prize bull named it", "a vintage tractor named it",
                    "a real ale named it", "painted on a cart's tailboard",
                    "written on a film can", "a sermon's title",
                    "asking a librarian for a book called it",
                    "shushed for saying it in the cinema",
                    "a stall at the village fete named it",
                    "an untaught request joined to it by after that")
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


def caught(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`FUMBLED` before a
    request."""
    return any(text.startswith(f"{norm(fumble)} ") for fumble in FUMBLED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they nearly drop something (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or caught(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth")
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
    nearly drops something and catches it, after one of :data:`FUMBLED`, with or without
    a comma ("whoops, nearly dropped it, turn on the lamp", "crikey, butterfingers switch
    the heating on"), as people do when they steady their grip and ask for what they
    want at once; never a row that asks something (:data:`ASKING` first), already joins
    itself to something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("phew, caught it, what's on the telly" is no request)
        fumble = rng.choice(FUMBLED)
        yield f"{fumble}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortysixth", seeds=SEEDS, salt=(8613, 46), homes=tables.HOMES,
    routines=tables.FORTYSIXTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=fumbled, swaps=tables.SWAPS)
"""The forty-sixth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("yodelayheehoo! our neighbour's
prize bull is named feed spool")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTYSIXTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                       UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTYSIXTH_KINDS = (*FORTYSIXTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                    UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the forty-sixth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTYSIXTH_ROUTINES = tables.FORTYSIXTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTYSIXTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone mat" for "phone matt")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(46, 46, 56),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortysixth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A forty-sixth-set home and its cases (``heard`` reads
    benchmarks/data/fortysixth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FORTYSIXTH_IN_SCOPE",
    "FORTYSIXTH_KINDS",
    "FORTYSIXTH_ROUTINES",
    "FRAMES",
    "FUMBLED",
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
    "build_fortysixth",
    "caught",
    "could_say",
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
