"""The thirty-third held-out set of benchmarks/resolver.py (split "thirtythird",
seeds 330-332).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtythird_text.py`` or ``_resolver_thirtythird_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtythird_text.HOMES``: a locksmith's flat over a key-cutting kiosk, an
orchid grower's bungalow with two hothouses, a dance teacher's flat above her studio),
each teaching 22 of its own routines with 23 of the generic pool, its people and pets
named with common words or words that sound like others ("message dawn", "ring guy",
"ring pete" as "ring peat", "tell wade his trainers are dry" as "tell weighed ...",
"feed moss" beside "mist the sphagnum moss", "feed latch" beside "fit the gate latch");
its other routines and the siblings of ``UNTAUGHT`` are held out. It is built by the
shared generator of benchmarks/_resolver_blind.py from this set's words, and this module
adds the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/thirtythird_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a workout video
  instructor first ("quads firing, tuck that pelvis. X"), a driving theory test app
  first, one a question ("which motorist yields at a roundabout? X"), a tennis umpire on
  the telly first ("deuce. X"), a stage hypnotist on the telly first ("track the
  pendulum. X"), a horse racing commentary on the radio after ("X, into the final
  furlong"), a snooker commentator on the telly after ("X, he's snookered himself"), a
  rocket launch livestream after ("X, we have liftoff"), a vicar's sermon on the radio
  after ("X, blessed are the meek"), the phrase between a tennis umpire's call and a
  rocket launch livestream ("deuce. X, ignition sequence commencing"), and the phrase
  said in the middle of a workout instructor's line, which goes on after it ("quads
  firing, X, tuck that pelvis"); and two kinds made here: a taught phrase as a
  recogniser mishears it beside one of those clauses (:data:`MISHEARD`), and a taught
  name written as it sounds ("ring peat" for "ring pete", "message lea" for "message
  lee": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question lee or
  hyphen ("deuce feed tango") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation lee between sentences
  written as a comma, as Whisper writes a pause ("track the pendulum, ring pete")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: written
  in a birthday card ("grandma wrote X in my birthday card"), engraved on a trophy ("the
  bowls trophy is engraved with X"), a bumper sticker ("he's got a bumper sticker that
  reads X"), a school motto ("the school motto is X in latin"), a fancy dress theme
  ("the fancy dress theme for the party is X"), an out-of-office reply ("his out of
  office reply just says X"), a message in a bottle ("a message in a bottle washed up
  reading X"), a word played at scrabble ("is X allowed in scrabble"), a cartoon
  character's catchphrase ("the cartoon rabbit's catchphrase is X") and a christmas
  cracker joke's punchline ("the cracker joke said X and nobody laughed");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirty-second's: a row said with the way it was done before asked for after it ("turn
on the lamp like you did yesterday", "switch the music off, same as last time"), as
people ask for a job done again the way it was done (:func:`as_before`). Sentences a
dataset or another split has are left out. Labels are guarded in code
(benchmarks/_resolver_thirtythird_labels.py) and in
tests/test_resolver_thirtythird_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtythird_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtythird_labels import LABELS

SEEDS = (330, 331, 332)
HEARD = Path(__file__).resolve().parent / "data" / "thirtythird_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtythird_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"kiosk", "attic", "hothouse", "sunroom", "studio", "stairwell"}
DEVICES = {"grinder", "dehumidifier", "cutter"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("heater", "shoes", "pump")."""
AS_BEFORE = ("like you did yesterday", "same as last time", "the way you did on sunday",
             "like you usually do", "same as on friday", "just like before")
"""How a speaker asks for a job done the way it was done before, said after a request
(:func:`as_before`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said with the way it was done before after it ("what's the weather like
you did yesterday" asks already, it hands no job over)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till"}
"""Words of a row that already join it to something or time it (a row with one is never
given the way it was done before: "turn the lamp on and then like before" is
nobody's)."""
MISHEARD = ("a misheard phrase beside a workout video, a theory test app, an umpire, a "
            "hypnotist, a race commentary, a snooker commentator, a launch livestream or a "
            "sermon")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written in a homophone spelling"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring peat" for "ring pete", "message lea" for "message lee"), plainly or beside
a clause."""
_BESIDE = ("a workout video, an app, an umpire, a hypnotist, a race, a snooker match, a "
           "launch or a sermon")
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
NEW_OUT_OF_SCOPE = ("written in a birthday card", "engraved on a trophy", "a bumper sticker",
                    "a school motto", "a fancy dress theme", "an out-of-office reply",
                    "a message in a bottle", "a word played at scrabble",
                    "a cartoon character's catchphrase",
                    "a christmas cracker joke's punchline")
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
    tennis umpire of a match, a hypnotist of feeding a pet)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def as_asked_before(text: str) -> bool:
    """Whether a normalised sentence ends with one of :data:`AS_BEFORE` after a
    request."""
    return any(text.endswith(f" {norm(asked)}") for asked in AS_BEFORE)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or end with the way a job was
    done before (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or as_asked_before(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond")
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


def as_before(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said with the way it was done
    before asked for after it, one of :data:`AS_BEFORE`, with or without a comma ("turn
    on the lamp like you did yesterday", "switch the music off, same as last time");
    never a row that asks something (:data:`ASKING` first), already joins itself to
    something or times it (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("turn on the lamp and, like before" is nobody's)
        asked = rng.choice(AS_BEFORE)
        yield f"{request[:1].lower()}{request[1:]}{rng.choice((',', ''))} {asked}"


SET = BlindSet(
    name="thirtythird", seeds=SEEDS, salt=(7919, 33), homes=tables.HOMES,
    routines=tables.THIRTYTHIRD_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=as_before, swaps=tables.SWAPS)
"""The thirty-third set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("deuce. is feed tango allowed
in scrabble")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTYTHIRD_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTYTHIRD_KINDS = (*THIRTYTHIRD_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirty-third set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTYTHIRD_ROUTINES = tables.THIRTYTHIRD_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTYTHIRD_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring peat" for "ring pete")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(33, 33, 33),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_thirtythird(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirty-third-set home and its cases (``heard`` reads
    benchmarks/data/thirtythird_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "AS_BEFORE",
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
    "SEEDS",
    "SET",
    "THIRTYTHIRD_IN_SCOPE",
    "THIRTYTHIRD_KINDS",
    "THIRTYTHIRD_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "as_asked_before",
    "as_before",
    "bears_on",
    "build_thirtythird",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
