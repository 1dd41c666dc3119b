"""The forty-fourth held-out set of benchmarks/resolver.py (split "fortyfourth", seeds
440-442).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fortyfourth_text.py`` or
``_resolver_fortyfourth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortyfourth_text.HOMES``: a lighthouse turned bed and breakfast on the
headland, a piano tuner's mews house with the workshop in the old hayloft, a mushroom
grower's cellar farm under the old brewery), each teaching 22 of its own routines with
23 of the generic pool, its people and pets named after a weather, a headland, a
keytop, a piece for the piano, a wild herb or a mushroom that another phrase of the
home says as a word ("feed misty" beside "is it misty out at sea", "brush ness" beside
"walk round the ness", "drop ivory a line" beside "glue the ivory keytops", "feed
sonata" beside "practise the moonlight sonata", "give sorrel a ring" beside "pick the
wood sorrel", "feed porcini" beside "dry the porcini", "brush enoki" beside "slice the
enoki"), or with names a recogniser writes as another word ("ring rue" as "ring roux"
beside "stir the roux", "shaw" as "shore" beside "comb the shore for driftwood",
"tilly" as "tilley" beside "pump up the tilley", "bobbie" as "bobby" beside "buy more
bobby pins", "noel" as "nowell" beside "play the first nowell", "mollie" as "molly"
beside "feed the molly fish", "wylie" as "wily" beside "outwit the wily squirrel",
"cher" as "share" beside "share the tuning diary", "polly" as "poly" beside "vent the
poly tunnel", "ade" as "aid" beside "restock the first aid kit", "gaz" as "gas" beside
"read the gas meter", "hale" as "hail" beside "cover the crates from the hail"); its
other routines and the siblings of ``UNTAUGHT`` are held out. It is built by the shared
generator of benchmarks/_resolver_blind.py from this set's words, and this module adds
the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/fortyfourth_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a counting-out
  rhyme in the playground first ("eenty feenty, figgery fell. X"), a sumo
  referee's call on the telly first, one word no dictionary of the speaker's has
  ("hakkeyoi! X"), calling the hens in for their corn first ("chook chook chook! X"),
  a drill sergeant on the telly first ("platoon, atten-shun! X"), an ice hockey
  commentator on the telly after ("X, slapshot, stonewalled"), a badminton
  commentator on the telly after ("X, a smash into the tramlines"), a remark on a ship
  passing the window after ("X, there goes the dredger"), a dominoes game at the
  table after ("X, i'm knocking"), the phrase between a drill sergeant's order and a
  dominoes call ("platoon, halt! X, that's the spinner"), and the phrase said in the
  middle of a counting-out rhyme, which goes on after it ("eenty feenty, X, figgery
  fell"); and two kinds made here: a taught phrase as a recogniser mishears
  it beside one of those clauses (:data:`MISHEARD`), and a taught name written as it
  sounds ("ring roux" for "ring rue", "drop aid a line" for "drop ade a line": plainly
  and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("hakkeyoi feed porcini") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("hakkeyoi, ring rue")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  racing pigeon named it ("our racing pigeon is called X"), a greyhound named it ("we
  adopted a retired greyhound named X"), a lighthouse named it ("the lighthouse on the
  point is called X"), painted on a lifebuoy ("someone painted X on the lifebuoy"),
  running through a stick of rock ("they make a stick of rock with X running through
  it"), a fisherman's tall tale about it ("the fisherman's tall tale had X fighting off
  a shark"), a question to a tour guide about it ("we asked the tour guide whether X was
  original"), a child denying they said it ("i never said X, it was my sister"), a
  town crier calling it out ("the town crier shouted X in the square") and an untaught
  request joined to it by "and" ("X and defrost the chest freezer": two requests, one
  of them taught, so the assistant runs neither);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
forty-third's: a row said straight after the speaker wakes from a doze ("mmm, must've
dozed, turn on the lamp", "hnng, dead groggy switch the heating on"), as people do when
they come to and ask for what they want at once (:func:`woken`). Sentences a dataset
or another split has are left out. Labels are guarded in code
(benchmarks/_resolver_fortyfourth_labels.py) and in
tests/test_resolver_fortyfourth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortyfourth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortyfourth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (440, 441, 442)
HEARD = Path(__file__).resolve().parent / "data" / "fortyfourth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortyfourth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"watchroom", "hayloft", "growroom", "cellar"}
DEVICES = {"rotator", "chaser", "fogger"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"cellar" ("cellar fogger on") is the one other splits say too, so a few of their
sentences are ones this set could say (its snapshot)."""
WOKEN = ("mmm, must've dozed", "yawn, proper snooze that", "ooh, stiff as a plank",
         "hnng, dead groggy", "aah, lovely kip", "urgh, nodded again")
"""What a speaker says as they wake from a doze, before asking the room for what they
want (:func:`woken`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker wakes ("mmm, must've dozed what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "mmm", "must've", "dozed", "yawn", "proper", "snooze", "that",
          "ooh", "stiff", "plank", "hnng", "dead", "groggy", "aah", "lovely", "kip", "urgh",
          "nodded", "again"}
"""Words of a row that already join it to something, time it or plead for it, or say
what waking from a doze says (a row with one is never said after it: "hnng, dead
groggy turn the lamp on and then" is nobody's)."""
_BESIDE = ("a counting-out rhyme, a sumo referee's call, calling the hens, a drill "
           "sergeant, an ice hockey commentary, a badminton commentary, a ship passing or "
           "a dominoes game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a sauce's base, the edge of the "
              "sea, a paraffin lamp, a hair grip, a carol, an aquarium fish, cunning, a "
              "portion, a plastic, help, a fuel or ice falling")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring roux" for "ring rue", "drop aid a line" for "drop ade a line", "text poly about
the spawn order" for "text polly about the spawn order"), plainly or beside a
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
NEW_OUT_OF_SCOPE = ("a racing pigeon named it", "a greyhound named it",
                    "a lighthouse named it", "painted on a lifebuoy",
                    "running through a stick of rock", "a fisherman's tall tale about it",
                    "a question to a tour guide about it", "a child denying they said it",
                    "a town crier calling it out", "an untaught request joined to it by and")
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


def dozed(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`WOKEN` before a
    request."""
    return any(text.startswith(f"{norm(waking)} ") for waking in WOKEN)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they wake from a doze (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or dozed(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird")
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


def woken(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    wakes from a doze, after one of :data:`WOKEN`, with or without a comma ("mmm,
    must've dozed, turn on the lamp", "hnng, dead groggy switch the heating on"), as
    people do when they come to and ask for what they want at once; never a row that
    asks something (:data:`ASKING` first), already joins itself to something, times it
    or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("mmm, must've dozed, what's on the telly" is no request)
        waking = rng.choice(WOKEN)
        yield f"{waking}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortyfourth", seeds=SEEDS, salt=(8411, 44), homes=tables.HOMES,
    routines=tables.FORTYFOURTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=woken, swaps=tables.SWAPS)
"""The forty-fourth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("hakkeyoi! our racing pigeon
is called feed porcini")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTYFOURTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTYFOURTH_KINDS = (*FORTYFOURTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the forty-fourth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTYFOURTH_ROUTINES = tables.FORTYFOURTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTYFOURTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone aid" for "phone ade")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(44, 44, 54),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortyfourth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A forty-fourth-set home and its cases (``heard`` reads
    benchmarks/data/fortyfourth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FORTYFOURTH_IN_SCOPE",
    "FORTYFOURTH_KINDS",
    "FORTYFOURTH_ROUTINES",
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
    "WOKEN",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_fortyfourth",
    "could_say",
    "dozed",
            "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "woken",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
