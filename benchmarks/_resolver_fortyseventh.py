"""The forty-seventh held-out set of benchmarks/resolver.py (split "fortyseventh", seeds
470-472).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fortyseventh_text.py`` or
``_resolver_fortyseventh_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortyseventh_text.HOMES``: a cooper's cottage with the cask shed in the
brewery yard, a rope maker's cottage beside the ropewalk, a taxidermist's flat above
the natural history shop), each teaching 22 of its own routines with 23 of the generic
pool, its people and pets named after a cask's part, a rope or a cord, or a mount's part
that another phrase of the home says as a word ("feed stave" beside "shave the warped
stave", "brush bung" beside "knock in the cask bung", "feed hawser" beside "coil the
mooring hawser", "brush twine" beside "buy more garden twine", "feed plinth" beside
"varnish the walnut plinth", "brush dome" beside "polish the glass dome"), or with names
a recogniser writes as another word ("ring minti" as "ring minty" beside "buy the minty
toothpaste", "lilli" as "lily" beside "water the lily pond", "frosti" as "frosty" beside
"scrape the frosty windscreen", "daisie" as "daisy" beside "weed the daisy patch",
"sallie" as "sally" beside "toast the sally lunn buns", "jazzi" as "jazzy" beside "iron
the jazzy waistcoat", "sooti" as "sooty" beside "scrub the sooty grate", "silki" as
"silky" beside "hand wash the silky scarf", "luckie" as "lucky" beside "hang the lucky
horseshoe", "fluffi" as "fluffy" beside "wash the fluffy towels", "scruffi" as "scruffy"
beside "trim the scruffy hedge", "bubbli" as "bubbly" beside "chill the bubbly"); its
other routines and the siblings of ``UNTAUGHT`` are held out. It is built by the shared
generator of benchmarks/_resolver_blind.py from this set's words, and this module adds
the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/fortyseventh_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a pilot's
  pre-flight checklist read aloud first ("mixture rich, magnetos checked. X"), a scat
  singer on the radio first, one word no dictionary of the speaker's has
  ("shoobeedoowop! X"), calling the ducks in for the night first ("quackies, quackies!
  X"), a conductor at band practice first ("tutti, fortissimo! X"), a weightlifting
  commentator on the telly after ("X, the snatch stands"), a baseball commentator on the
  telly after ("X, a curveball"), a remark on a fox cub in the garden after ("X, oh
  look, a fox cub"), a croquet game on the lawn after ("X, through the hoop"), the
  phrase between a conductor's call and a croquet call ("tutti, fortissimo! X, through
  the hoop"), and the phrase said in the middle of a pilot's pre-flight checklist, which
  goes on after it ("mixture rich, X, magnetos checked"); and two kinds made here: a
  taught phrase as a recogniser mishears it
  beside one of those clauses (:data:`MISHEARD`), and a taught name written as it sounds
  ("ring minty" for "ring minti", "drop jazzy a line" for "drop jazzi a line": plainly
  and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("shoobeedoowop feed stave") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("skeedeedat, ring minti")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a yacht
  named it ("our neighbour's yacht is named X"), a ferret named it ("my nephew's ferret
  is called X"), a brass band march called it ("there's a brass band march named X"),
  embroidered on a quilt ("grandma embroidered X on a quilt"), stamped on a parcel
  ("someone stamped X on a parcel"), chalked on a pub blackboard ("the landlord chalked
  X on the blackboard"), asking a gallery attendant about a painting called it ("we
  asked the gallery attendant about a painting called X"), the father of the bride's
  speech quoting it ("the father of the bride ended his speech with X"), forbidden by
  the doctor's orders ("doctor's orders, i'm not to X this month") and an untaught
  request joined to it by "plus" ("X plus bleed the radiators": two requests, one of
  them taught, so the assistant runs neither);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
forty-sixth's: a row said straight after someone creeps up and startles the speaker
("blimey, made me jump, turn on the lamp", "cripes, you startled me switch the heating
on"), as people do when they get their breath back and ask for what they were about to
(:func:`startled`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_fortyseventh_labels.py) and in
tests/test_resolver_fortyseventh_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortyseventh_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortyseventh_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (470, 471, 472)
HEARD = Path(__file__).resolve().parent / "data" / "fortyseventh_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortyseventh_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"caskshed", "ropewalk", "preproom"}
DEVICES = {"brazier", "spinner", "tumbler"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"brazier", "spinner" and "tumbler" are ones other splits may say too, so a few of their
sentences may be ones this set could say (its snapshot)."""
STARTLED = ("blimey, made me jump", "cripes, you startled me",
            "gordon bennett, what a fright", "heck, nearly jumped a mile",
            "yikes, you crept up on me", "gosh, my heart's racing")
"""What a speaker says as someone creeps up and startles them, before asking the room
for what they want (:func:`startled`): no word of the set's pools, no number the labels
keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker gets over a fright ("blimey, made me jump what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "blimey", "jump", "cripes", "startled", "gordon", "bennett",
          "fright", "heck", "nearly", "jumped", "mile", "yikes", "crept", "gosh", "heart's",
          "racing"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a startled speaker says (a row with one is never said after it: "blimey, made me
jump turn the lamp on and then" is nobody's)."""
_BESIDE = ("a pilot's checklist, a scat singer, calling the ducks, a conductor, a "
           "weightlifting commentary, a baseball commentary, a fox cub in the garden or a "
           "croquet game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a flavour, a pond flower, icy, a "
              "lawn flower, a bun, loud in pattern, sooted, smooth, fortunate, soft, "
              "unkempt or fizzy wine")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring minty" for "ring minti", "drop jazzy a line" for "drop jazzi a line", "text
lucky about the glass eyes" for "text luckie about the glass eyes"), plainly or beside a
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
NEW_OUT_OF_SCOPE = ("a yacht named it", "a ferret named it", "a brass band march called it",
                    "embroidered on a quilt", "stamped on a parcel",
                    "chalked on a pub blackboard",
                    "asking a gallery attendant about a painting called it",
                    "the father of the bride's speech quoting it",
                    "forbidden by the doctor's orders",
                    "an untaught request joined to it by plus")
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


def jumped(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`STARTLED` before a
    request."""
    return any(text.startswith(f"{norm(fright)} ") for fright in STARTLED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as someone startles them (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or jumped(text)


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


def startled(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after someone
    creeps up and startles the speaker, after one of :data:`STARTLED`, with or without a
    comma ("blimey, made me jump, turn on the lamp", "cripes, you startled me switch the
    heating on"), as people do when they get their breath back and ask for what they
    were about to; never a row that asks something (:data:`ASKING` first), already joins
    itself to something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("blimey, made me jump, what's on the telly" is no request)
        fright = rng.choice(STARTLED)
        yield f"{fright}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortyseventh", seeds=SEEDS, salt=(8713, 47), homes=tables.HOMES,
    routines=tables.FORTYSEVENTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=startled, swaps=tables.SWAPS)
"""The forty-seventh set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("shoobeedoowop! our
neighbour's yacht is named feed stave")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTYSEVENTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                       UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTYSEVENTH_KINDS = (*FORTYSEVENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                    UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the forty-seventh set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTYSEVENTH_ROUTINES = tables.FORTYSEVENTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTYSEVENTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone minty" for "phone minti")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(47, 47, 57),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortyseventh(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A forty-seventh-set home and its cases (``heard`` reads
    benchmarks/data/fortyseventh_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FORTYSEVENTH_IN_SCOPE",
    "FORTYSEVENTH_KINDS",
    "FORTYSEVENTH_ROUTINES",
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
    "STARTLED",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_fortyseventh",
    "could_say",
    "jumped",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "startled",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
