"""The forty-fifth held-out set of benchmarks/resolver.py (split "fortyfifth", seeds
450-452).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fortyfifth_text.py`` or
``_resolver_fortyfifth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortyfifth_text.HOMES``: a canal lock-keeper's cottage beside a flight of
locks, a glassblower's studio flat above the hot shop, a retired jockey's stable yard
with a coach house), each teaching 22 of its own routines with 23 of the generic pool,
its people and pets named after a bird of the canal, a lock's gear, a gemstone, a
glassblower's rod, a glass colour, a horse race or a horse's feed that another phrase of
the home says as a word ("feed heron" beside "shoo the heron off the weir", "brush
paddle" beside "grease the paddle gear", "ring garnet" beside "thread the garnet beads",
"feed punty" beside "clean the punty rod", "brush cobalt" beside "mix the cobalt batch",
"feed derby" beside "watch the derby", "brush chaff" beside "bag up the chaff"), or with
names a recogniser writes as another word ("ring ada" as "ring adder" beside "look out
for the adder by the sluice", "blair" as "blare" beside "mute the blare of the flood
alarm", "dollie" as "dolly" beside "load the sack dolly", "dickie" as "dicky" beside
"iron my dicky bow", "brandi" as "brandy" beside "warm the brandy snifters", "cadi" as
"caddy" beside "refill the tea caddy", "kittie" as "kitty" beside "top up the kitty
jar", "ryder" as "rider" beside "book a work rider for the grey", "jenni" as "jenny"
beside "groom the jenny donkey", "toddie" as "toddy" beside "make a hot toddy",
"dottie" as "dotty" beside "calm the dotty old mare"); its other routines and the
siblings of ``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds that
generator has no way to make. It has no heard transcripts
(benchmarks/data/fortyfifth_heard.json was not made; the generator reads a missing file
as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a nursery rhyme
  sung to the baby first ("goosey goosey gander, whither shall i wander. X"), a judo
  referee's call on the telly first, one word no dictionary of the speaker's has
  ("hajime! X"), calling the pigs in for their swill first ("sooey sooey sooey! X"), a
  tug of war coach at the show first ("take the strain! X"), a speedway commentator on
  the telly after ("X, the tapes are up"), a volleyball commentator on the telly after
  ("X, a spike, untouched"), a remark on an old aircraft flying over after ("X, ooh, a
  biplane"), a game of boules on the lawn after ("X, you're
  pointing"), the phrase between a tug of war coach's shout and a boules call ("heave!
  X, nudged the cochonnet"), and the phrase said in the middle of a nursery rhyme, which
  goes on after it ("goosey goosey gander, X, whither shall i wander"); and two kinds
  made here: a taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring adder" for "ring
  ada", "drop blare a line" for "drop blair a line": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("hajime feed punty") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("hajime, ring ada") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  narrowboat named it ("the narrowboat moored by the bridge is called X"), a shire horse
  named it ("we sponsor a shire horse named X"), a village inn named it ("the inn by the
  canal is called X"), etched on a glass tankard ("someone etched X on a glass tankard"),
  branded on a beer barrel ("the brewery branded X on the beer barrel"), a bargee's yarn
  about it ("the bargee's yarn had X haunting the tunnel"), a question to the vet about
  it ("we asked the vet whether X was normal"), a teenager refusing to say it ("i'm not
  saying X, it's cringe"), a pantomime dame's catchphrase ("X was the pantomime dame's
  catchphrase") and an untaught request joined to it by "then" ("X then bleed the
  radiators": two requests, one of them taught, so the assistant runs neither);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
forty-fourth's: a row said straight after the speaker burns their fingers on something
hot ("ow, scalded my fingers, turn on the lamp", "yikes, roasting that switch the heating
on"), as people do when they shake off the sting and ask for what they want at once
(:func:`scalded`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_fortyfifth_labels.py) and in
tests/test_resolver_fortyfifth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortyfifth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortyfifth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (450, 451, 452)
HEARD = Path(__file__).resolve().parent / "data" / "fortyfifth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortyfifth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"pumphouse", "hotshop", "coachhouse"}
DEVICES = {"backpump", "lehr", "treadmill"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"treadmill" is the one other splits may say too, so a few of their sentences may be
ones this set could say (its snapshot)."""
SCALDED = ("ow, scalded my fingers", "yikes, roasting that", "ooh, that stings",
           "ouch, singed my thumb", "eek, scorching", "aargh, blistering handle")
"""What a speaker says as they burn their fingers on something hot, before asking the
room for what they want (:func:`scalded`): no word of the set's pools, no number the
labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker burns their fingers ("ow, scalded my fingers what's
the weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ow", "scalded", "my", "fingers", "yikes", "roasting", "that",
          "ooh", "stings", "ouch", "singed", "thumb", "eek", "scorching", "aargh",
          "blistering", "handle"}
"""Words of a row that already join it to something, time it or plead for it, or say
what burning one's fingers says (a row with one is never said after it: "ouch,
singed my thumb turn the lamp on and then" is nobody's)."""
_BESIDE = ("a nursery rhyme, a judo referee's call, calling the pigs, a tug of war "
           "coach, a speedway commentary, a volleyball commentary, an old aircraft "
           "flying over or a boules game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a snake, a loud noise, a sack "
              "truck, a bow tie, a spirit, a tea tin, a shared fund, a horse's rider, a "
              "she-donkey, a hot drink or daft")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring adder" for "ring ada", "drop blare a line" for "drop blair a line", "text rider
about the hay delivery" for "text ryder about the hay delivery"), plainly or beside a
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
NEW_OUT_OF_SCOPE = ("a narrowboat named it", "a shire horse named it", "a village inn named it",
                    "etched on a glass tankard", "branded on a beer barrel",
                    "a bargee's yarn about it", "a question to the vet about it",
                    "a teenager refusing to say it", "a pantomime dame's catchphrase",
                    "an untaught request joined to it by then")
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


def burnt(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`SCALDED` before a
    request."""
    return any(text.startswith(f"{norm(sting)} ") for sting in SCALDED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they burn their fingers (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or burnt(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth")
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


def scalded(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    burns their fingers on something hot, after one of :data:`SCALDED`, with or without
    a comma ("ow, scalded my fingers, turn on the lamp", "yikes, roasting that switch the
    heating on"), as people do when they shake off the sting and ask for what they want
    at once; never a row that asks something (:data:`ASKING` first), already joins itself
    to something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ow, scalded my fingers, what's on the telly" is no request)
        sting = rng.choice(SCALDED)
        yield f"{sting}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortyfifth", seeds=SEEDS, salt=(8513, 45), homes=tables.HOMES,
    routines=tables.FORTYFIFTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=scalded, swaps=tables.SWAPS)
"""The forty-fifth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("hajime! the inn by the canal
is called feed punty")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTYFIFTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTYFIFTH_KINDS = (*FORTYFIFTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the forty-fifth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTYFIFTH_ROUTINES = tables.FORTYFIFTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTYFIFTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone adder" for "phone ada")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(45, 45, 55),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortyfifth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A forty-fifth-set home and its cases (``heard`` reads
    benchmarks/data/fortyfifth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FORTYFIFTH_IN_SCOPE",
    "FORTYFIFTH_KINDS",
    "FORTYFIFTH_ROUTINES",
    "FRAMES",
    "JOINED",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "SCALDED",
    "SEEDS",
    "SET",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_fortyfifth",
    "burnt",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "scalded",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
