"""The thirty-ninth held-out set of benchmarks/resolver.py (split "thirtyninth",
seeds 390-392).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtyninth_text.py`` or ``_resolver_thirtyninth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtyninth_text.HOMES``: a driving instructor's semi with a dual-control
car, a cricket groundsman's cottage by the pavilion, a hairdresser's house with a salon
in the garage), each teaching 22 of its own routines with 23 of the generic pool, its
people and pets named after a part of a car, a distance or a coin, the kit of a game or
the wood it is made of, a haircut or a hair colour that another phrase of the home says
as a word ("feed clutch" beside "is the clutch slipping", "drop miles a line" beside
"log the lesson miles", "give penny a ring" beside "empty the penny jar", "feed stumps"
beside "pull up the stumps", "drop willow a line" beside "oil the willow bats", "drop
bob a line" beside "brush out the bob wig", "feed ginger" beside "order more ginger
tint"), or with names a recogniser writes as another word ("ring laine" as "ring lane"
beside "is the bus lane clear", "give reid a ring" as "give read a ring" beside "read
the highway code", "phone mo" as "phone mow" beside "mow the outfield", "give cole a ring"
as "give coal a ring" beside "fill the coal scuttle", "ring di" as "ring dye" beside "mix
the hair dye", "stu" as "stew" beside "is the stew done", "hugh" as "hue", "sean" as
"shorn", "rose" as "rows"); its other routines and the siblings of ``UNTAUGHT`` are held
out. It is built by the shared generator of benchmarks/_resolver_blind.py from this
set's words, and this module adds the kinds that generator has no way to make. It has
no heard transcripts (benchmarks/data/thirtyninth_heard.json was not made; the
generator reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): an amateur
  dramatics monologue rehearsed first ("is this a dagger, which i see before me. X"), a
  ghost story told by torchlight first ("the lantern guttered and died. X"), a pet parrot
  squawking first ("polly polly! X"), a holiday brochure read aloud first
  ("sunbaked villas overlook the marina. X"), a curling commentator on the telly
  after ("X, sweepers frantic"), a birdsong app naming a bird after ("X, that's a
  chiffchaff"), a school sports day megaphone heard over the fence after ("X, sack race
  finalists congregate"), a pottery throwing programme on the telly after ("X, the clay's
  collapsed"), the phrase between a parrot's squawk and a curling commentator's line
  ("polly polly! X, sweepers frantic"), and the phrase said in the middle of an amateur
  dramatics monologue rehearsed, which goes on after it ("is this a dagger, X, which i
  see before me"); and two kinds made here: a taught phrase as a recogniser mishears it
  beside one of those clauses (:data:`MISHEARD`), and a taught name written as it
  sounds ("phone mow" for "phone mo", "text coal ..." for "text cole ...": plainly and
  beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("polly polly feed clutch") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("the lantern guttered and died, ring
  laine") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  yearbook quote ("her yearbook quote was X"), a video game level named it ("i'm stuck
  on a video game level named X"), a child's imaginary friend named it ("our youngest
  has an imaginary friend called X"), a star named after it ("grandpa paid to name a
  star X"), a lipstick shade named it ("my favourite lipstick shade is called X"), a
  spoonerism of it ("the vicar made a spoonerism out of X"), a toast raised with it ("at
  the reunion we drank a toast to X"), signing it at a sign language class ("at sign
  language class we learned to sign X"), a game of whispers passing it on ("we played
  whispers and the message ended up as X") and a biscuit brand named it ("there's a
  biscuit brand named X in the tin");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirty-eighth's: a row said straight after the speaker sneezes or clears their throat
("atishoo, bless me, turn on the lamp", "ahem ahem, sorry switch the heating on"), as
people do when a sneeze cuts in before what they meant to ask (:func:`after_a_sneeze`).
Sentences a dataset or another split has are left out. Labels are guarded in code
(benchmarks/_resolver_thirtyninth_labels.py) and in
tests/test_resolver_thirtyninth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtyninth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtyninth_labels import LABELS

SEEDS = (390, 391, 392)
HEARD = Path(__file__).resolve().parent / "data" / "thirtyninth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtyninth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"carport", "pavilion", "salon"}
DEVICES = {"dashcam", "roller", "steamer"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator")."""
SNEEZED = ("atchoo, ooh excuse me", "achoo, pardon me", "ahem ahem, sorry",
           "atishoo, bless me", "achoo achoo, blimey", "cough cough, ugh tickly throat")
"""What a speaker says as they sneeze or clear their throat, before asking the room for
what they meant to ask (:func:`after_a_sneeze`): no word of the set's pools, no number
the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said once the speaker has sat down ("oof, that's better what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "atchoo", "achoo", "atishoo", "ahem", "cough", "ooh", "excuse",
          "pardon", "sorry", "bless", "blimey", "ugh", "tickly", "throat", "me"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a sneeze says (a row with one is never said after it: "atishoo, bless me turn the
lamp on and then" is nobody's)."""
MISHEARD = ("a misheard phrase beside an amateur dramatics monologue, a ghost story, a "
            "pet parrot, a holiday brochure, a curling commentator, a birdsong app, a "
            "sports day megaphone or a pottery programme")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a word of the road, a verb of study "
              "or of the trade, a fuel, a dish, a colour word or another name of its sounds")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring lane" for "ring laine", "phone mow" for "phone mo", "text coal about the tea
interval" for "text cole about the tea interval"), plainly or beside a clause."""
_BESIDE = ("an amateur dramatics monologue, a ghost story, a pet parrot, a holiday "
           "brochure, a curling commentary, a birdsong app, a sports day megaphone or a "
           "pottery programme")
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
NEW_OUT_OF_SCOPE = ("a yearbook quote", "a video game level named it",
                    "a child's imaginary friend named it", "a star named after it",
                    "a lipstick shade named it", "a spoonerism of it", "a toast raised with it",
                    "signing it at a sign language class",
                    "a game of whispers passing it on", "a biscuit brand named it")
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


def sneezed_before(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`SNEEZED` before a
    request."""
    return any(text.startswith(f"{norm(sneeze)} ") for sneeze in SNEEZED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with the speaker's sneeze or
    cough (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or sneezed_before(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth")
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


def after_a_sneeze(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    sneezes or clears their throat, after one of :data:`SNEEZED`, with or without a
    comma ("atishoo, bless me, turn on the lamp", "ahem ahem, sorry switch the music
    off"), as people do when a sneeze cuts in before what they meant to ask; never a row
    that asks something (:data:`ASKING` first), already joins itself to something, times
    it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("achoo, pardon me, what's on the telly" is no request)
        sneeze = rng.choice(SNEEZED)
        yield f"{sneeze}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="thirtyninth", seeds=SEEDS, salt=(8273, 39), homes=tables.HOMES,
    routines=tables.THIRTYNINTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=after_a_sneeze, swaps=tables.SWAPS)
"""The thirty-ninth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("polly polly! my favourite
lipstick shade is called feed clutch")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTYNINTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTYNINTH_KINDS = (*THIRTYNINTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirty-ninth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTYNINTH_ROUTINES = tables.THIRTYNINTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTYNINTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


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
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(37, 37, 47),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_thirtyninth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirty-ninth-set home and its cases (``heard`` reads
    benchmarks/data/thirtyninth_heard.json when it is there; it is not made)."""
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
    "SEEDS",
    "SET",
    "SNEEZED",
    "THIRTYNINTH_IN_SCOPE",
    "THIRTYNINTH_KINDS",
    "THIRTYNINTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "after_a_sneeze",
    "bears_on",
    "build_thirtyninth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "sneezed_before",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
