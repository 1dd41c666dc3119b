"""The forty-second held-out set of benchmarks/resolver.py (split "fortysecond", seeds
420-422).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_fortysecond_text.py`` or ``_resolver_fortysecond_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortysecond_text.HOMES``: a letterpress printer's cottage with the press
in the shed, a pharmacist's flat above the chemist's, a scaffolder's semi with the lorry
on the verge), each teaching 22 of its own routines with 23 of the generic pool, its
people and pets named after a stone that strikes a spark, a game tile, a pear cider, a
small citrus fruit, a fruit seed, a playing card or a hat that another phrase of the
home says as a word ("ring flint" beside "put a new flint in the lighter", "feed domino"
beside "put the domino set away", "drop perry a line" beside "is the perry chilled",
"give clementine a ring" beside "peel a clementine for the lunchbox", "feed pip" beside
"plant the avocado pip", "give ace a ring" beside "find the ace of spades", "feed
trilby" beside "steam my trilby"), or with names a recogniser writes as another word
("drop dinah a line" as "drop diner a line" beside "book a table at the diner", "lacey"
as "lacy" beside "hand wash the lacy blouse", "taylor" as "tailor" beside "take the
suit to the tailor", "russell" as "rustle" beside "rustle up some sandwiches", "ring
cara" as "ring carer" beside "has the carer been", "marshall" as "martial" beside "wash
the martial arts kit", "wanda" as "wander" beside "time for a wander", "cora" as
"corer" beside "find the apple corer", "ring axel" as
"ring axle" beside "grease the trailer axle", "jem" as "gem" beside "take the gem to
the jeweller", "coco" as "cocoa" beside "pour the cocoa", "give finn a ring" as "give
fin a ring" beside "glue the surfboard fin"); its other routines and the siblings of
``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds that
generator has no way to make. It has no heard transcripts
(benchmarks/data/fortysecond_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): an opera aria sung
  along first ("nessun dorma! X"), a child chanting latin verbs for homework first
  ("amo, amas, amat, amamus. X"), a toddler's animal noises game first ("the turkey says
  gobble gobble. X"), an affirmation said in the mirror first ("i radiate confidence!
  X"), an archery commentator on the telly after ("X, nocked and aimed"), a bowls
  commentator on the telly after ("X, resting on the kitty"), a show jumping
  commentator on the telly after ("X, a refusal at the oxer"), a backgammon game at the
  table after ("X, that's a blot"), the phrase between an opera aria and a backgammon
  call ("una furtiva lagrima! X, i'm redoubling"), and the phrase said in the middle of
  a child chanting latin verbs, which goes on after it ("amo, amas, X, amat, amamus"); and
  two kinds made here: a taught phrase as a recogniser mishears it beside one of those
  clauses (:data:`MISHEARD`), and a taught name written as it sounds ("ring axle" for
  "ring axel", "drop diner a line" for "drop dinah a line": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("nessun dorma feed trilby") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("the turkey says gobble gobble, ring
  cara") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a word
  search puzzle hiding it ("i found X hidden in the word search"), written on a plaster
  cast ("his mates wrote X on his plaster cast"), a pub named it ("there's a pub in the
  next village called X"), a baby name shortlisted ("X is on our shortlist of baby
  names"), a bus's destination board showing it ("the destination board on the bus just
  said X"), a scout badge named it ("she earned a scout badge called X"), printed on a
  party balloon ("the party balloon had X printed on it"), printed on the back of a
  football shirt ("the back of her football shirt says X"), a scarecrow named it ("the
  kids named the scarecrow X") and a steam locomotive named it ("the steam locomotive on
  the heritage line is called X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
forty-first's: a row said straight after the speaker spots a spider or some other
creepy crawly ("eek, a spider, turn on the lamp", "argh, there's a wasp switch the
heating on"), as people do when a creature startles them just as they ask
(:func:`startled`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_fortysecond_labels.py) and in
tests/test_resolver_fortysecond_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortysecond_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortysecond_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (420, 421, 422)
HEARD = Path(__file__).resolve().parent / "data" / "fortysecond_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortysecond_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"pressroom", "pharmacy", "cabin"}
DEVICES = {"guillotine", "sealer", "hoist"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator")."""
CREEPY = ("eek, a spider", "argh, there's a wasp", "ew, a daddy longlegs",
          "yikes, a massive spider", "eugh, a moth", "eek, an earwig")
"""What a speaker says as they spot a creepy crawly, before asking the room for what
they meant to ask (:func:`startled`): no word of the set's pools, no number the labels
keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker spots a creepy crawly ("eek, a spider what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "eek", "argh", "ew", "yikes", "eugh", "spider", "wasp",
          "daddy", "longlegs", "massive", "moth", "earwig", "there's"}
"""Words of a row that already join it to something, time it or plead for it, or say
what spotting a creepy crawly says (a row with one is never said after it: "eugh, a
moth turn the lamp on and then" is nobody's)."""
_BESIDE = ("an opera aria, a latin verb chant, a toddler's animal noises, an affirmation, "
           "an archery commentary, a bowls commentary, a show jumping commentary or a "
           "backgammon game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a roadside cafe, a fabric edge, a maker "
              "of suits, a crackle of leaves, a helper at home, a fighting art, a stroll, a "
              "kitchen tool, a wheel's shaft, a jewel, a hot drink or a surfboard's keel")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring axle" for "ring axel", "drop diner a line" for "drop dinah a line", "text rustle
about the card stock" for "text russell about the card stock"), plainly or beside
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
NEW_OUT_OF_SCOPE = ("a word search puzzle hiding it", "written on a plaster cast",
                    "a pub named it", "a baby name shortlisted",
                    "a bus's destination board showing it", "a scout badge named it",
                    "printed on a party balloon", "printed on the back of a football shirt",
                    "a scarecrow named it", "a steam locomotive named it")
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


def spotted(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`CREEPY` before a
    request."""
    return any(text.startswith(f"{norm(creature)} ") for creature in CREEPY)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they spot a creepy crawly (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or spotted(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst")
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


def startled(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    spots a spider or some other creepy crawly, after one of :data:`CREEPY`, with or
    without a comma ("eek, a spider, turn on the lamp", "argh, there's a wasp switch the
    heating on"), as people do when a creature startles them just as they ask;
    never a row that asks something (:data:`ASKING` first), already joins itself to
    something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("eek, a spider, what's on the telly" is no request)
        creature = rng.choice(CREEPY)
        yield f"{creature}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortysecond", seeds=SEEDS, salt=(8297, 42), homes=tables.HOMES,
    routines=tables.FORTYSECOND_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=startled, swaps=tables.SWAPS)
"""The forty-second set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("nessun dorma! his mates wrote
feed trilby on his plaster cast")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTYSECOND_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTYSECOND_KINDS = (*FORTYSECOND_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the forty-second set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTYSECOND_ROUTINES = tables.FORTYSECOND_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTYSECOND_SOUND_ALIKE, tables.NAME_SPELLINGS)


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
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(42, 42, 52),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortysecond(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A forty-second-set home and its cases (``heard`` reads
    benchmarks/data/fortysecond_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "CREEPY",
    "FORTYSECOND_IN_SCOPE",
    "FORTYSECOND_KINDS",
    "FORTYSECOND_ROUTINES",
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
    "build_fortysecond",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "spotted",
    "startled",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
