"""The thirty-fifth held-out set of benchmarks/resolver.py (split "thirtyfifth",
seeds 350-352).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtyfifth_text.py`` or ``_resolver_thirtyfifth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtyfifth_text.HOMES``: a pigeon fancier's terrace with a loft in the
yard, a handloom weaver's cottage with a loom room, a cobbler's flat over a shoe repair
shop), each teaching 22 of its own routines with 23 of the generic pool, its people and
pets named with common words or words that sound like others ("ring miles", "message
fern" as "message ferne", "ring pierce" as "ring pearce", "feed tacks" as "feed tax", "feed
barley" beside "soak the barley", "feed bobbin" beside "wind the bobbin", "feed tacks"
beside "top up the tacks tin"); its other routines and the siblings of ``UNTAUGHT`` are
held out. It is built by the shared generator of benchmarks/_resolver_blind.py from this
set's words, and this module adds the kinds that generator has no way to make. It has
no heard transcripts (benchmarks/data/thirtyfifth_heard.json was not made; the
generator reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a darts
  commentator on the telly first ("oche nerves creeping in. X"), a soap opera on the
  telly first ("you're no son of mine! X"), a sheepdog trial on the telly first ("a
  neat outrun. X"), wedding vows rehearsed first ("for richer, for poorer. X"), a motor
  racing commentator on the telly after ("X, into the chicane"), a ballroom dancing
  judge on the telly after ("X, the foxtrot lacked pizzazz"), a fishing programme on
  the telly after ("X, the float's dipping"), a gardening programme on the radio after
  ("X, deadhead the dahlias"), the phrase between a darts call and a motor racing
  commentary ("treble after treble. X, slipstreaming the frontrunner"), and the phrase
  said in the middle of a vow being rehearsed, which goes on after it ("in sickness, X,
  in health"); and two kinds made here: a taught phrase as a recogniser mishears it
  beside one of those clauses (:data:`MISHEARD`), and a taught name written as it
  sounds ("ring pearce" for "ring pierce", "feed tax" for "feed tacks": plainly and
  beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("a neat outrun feed tacks") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("a neat outrun, ring miles")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  crossword answer ("the crossword answer to fourteen across was X"), a band's name ("my nephew's
  band is called X"), a boat's name painted on it ("the narrowboat moored outside is
  called X"), a film's last line ("the last line of the film was X"), written on a
  doormat ("our doormat says X"), a gift tag ("the gift tag on the present said X"), a
  line of a picture book ("the picture book ends with the words X"), a typing test
  ("the typing tutor's practice sentence is X"), a ouija board spelling it out ("the
  ouija board spelled out X") and a banner towed by a plane ("the banner behind that
  little plane says X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirty-fourth's: a row said after the speaker says who is speaking ("it's nan here, turn
on the lamp", "this is the lodger switch the heating on"), as people do to an assistant
a whole household shares (:func:`with_who_speaks`). Sentences a dataset or another split
has are left out. Labels are guarded in code (benchmarks/_resolver_thirtyfifth_labels.py)
and in tests/test_resolver_thirtyfifth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtyfifth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtyfifth_labels import LABELS

SEEDS = (350, 351, 352)
HEARD = Path(__file__).resolve().parent / "data" / "thirtyfifth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtyfifth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"scullery", "conservatory", "cellar"}
DEVICES = {"extractor", "dehumidifier", "grinder"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("heater", "lamp", "lights")."""
SPEAKERS = ("it's nan here", "this is the lodger", "it's your uncle speaking",
            "hiya it's the babysitter", "it's the cleaner here", "this is grandpa talking")
"""Who is speaking, said by the speaker before a request to a home's shared assistant
(:func:`with_who_speaks`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said after who is speaking ("it's nan here what's the weather" is a
greeting and a question, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please"}
"""Words of a row that already join it to something, time it or plead for it (a row
with one is never said after who is speaking: "this is the lodger, turn the lamp on and
then" is nobody's)."""
MISHEARD = ("a misheard phrase beside a darts commentator, a soap opera, a sheepdog trial, "
            "wedding vows, a motor racing commentator, a ballroom judge, a fishing "
            "programme or a gardening programme")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name spelt as another word that sounds the same"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring pearce" for "ring pierce", "feed tax" for "feed tacks"), plainly or beside a
clause."""
_BESIDE = ("a darts call, a soap opera, a sheepdog trial, a wedding vow, a motor racing "
           "commentary, a ballroom judge, a fishing programme or a gardening programme")
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
NEW_OUT_OF_SCOPE = ("a crossword answer", "a band's name", "a boat's name painted on it",
                    "a film's last line", "written on a doormat", "a gift tag",
                    "a line of a picture book", "a typing test",
                    "a ouija board spelling it out", "a banner towed by a plane")
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
    wedding vow of a ring, a darts call of a number)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def who_speaks_before(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`SPEAKERS` before a
    request."""
    return any(text.startswith(f"{norm(speaker)} ") for speaker in SPEAKERS)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with who is speaking
    (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or who_speaks_before(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth")
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


def with_who_speaks(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said after the speaker says who
    is speaking, one of :data:`SPEAKERS`, with or without a comma ("it's nan here, turn
    on the lamp", "this is the lodger switch the music off"), as people do to an
    assistant a whole household shares; never a row that asks something (:data:`ASKING`
    first), already joins itself to something, times it or pleads (:data:`JOINED`), or
    is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("it's nan here, what's on the telly" is no request)
        speaker = rng.choice(SPEAKERS)
        yield f"{speaker}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="thirtyfifth", seeds=SEEDS, salt=(7937, 35), homes=tables.HOMES,
    routines=tables.THIRTYFIFTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=with_who_speaks, swaps=tables.SWAPS)
"""The thirty-fifth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("a neat outrun. our doormat
says feed tacks")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTYFIFTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTYFIFTH_KINDS = (*THIRTYFIFTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirty-fifth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTYFIFTH_ROUTINES = tables.THIRTYFIFTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTYFIFTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


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
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(35, 35, 45),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_thirtyfifth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirty-fifth-set home and its cases (``heard`` reads
    benchmarks/data/thirtyfifth_heard.json when it is there; it is not made)."""
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
    "SPEAKERS",
    "THIRTYFIFTH_IN_SCOPE",
    "THIRTYFIFTH_KINDS",
    "THIRTYFIFTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_thirtyfifth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "who_speaks_before",
    "with_who_speaks",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
