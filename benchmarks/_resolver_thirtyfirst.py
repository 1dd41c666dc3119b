"""The thirty-first held-out set of benchmarks/resolver.py (split "thirtyfirst",
seeds 310-312).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtyfirst_text.py`` or ``_resolver_thirtyfirst_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtyfirst_text.HOMES``: a boatbuilder's house by a slipway, a circus
family's winter quarters, a winemaker's house at a vineyard), each teaching 22 of its
own routines with 23 of the generic pool, its people and pets named with common words or
words that sound like others ("ring frank", "message holly", "feed treacle", "ring
hope", "message mark and dot", "feed cork" beside "order more corks"); its other
routines and the siblings of ``UNTAUGHT`` are held out. It is built by the shared
generator of benchmarks/_resolver_blind.py from this set's words, and this module adds
the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/thirtyfirst_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a car's dashboard
  voice first ("tyre deflation detected. X"), a fairground ride operator first ("who
  fancies a faster spin? X"), a supermarket tannoy first ("spillage in the cereal aisle.
  X"), a best man's speech rehearsed first ("unaccustomed as i am, to speechifying. X"),
  a talking toy after ("X, tickle my tummy again"), a stand-up comedian on the telly
  after ("X, badum tish"), an open-top bus tour guide after ("X, on your left, the old
  cathedral"), a smartwatch nudging after ("X, pulse elevated"), the phrase between a
  dashboard's voice and a talking toy, and the phrase said in the middle of a best man's
  speech, which goes on after it ("charge your flutes, X, to the bride and groom"); and
  two kinds made here: a taught phrase as a recogniser mishears it beside one of those
  clauses (:data:`MISHEARD`), and a taught name written as it sounds ("ring gail" for
  "ring gale", "message kneel" for "message neil": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("tyre deflation detected feed treacle") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("who fancies a faster spin, ring
  frank") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a wifi
  network named it ("the neighbours' wifi is called X"), a slogan on a t-shirt ("his
  t-shirt says X across the chest"), a pub quiz team's name ("our pub quiz team is
  called X"), iced on a cake ("we iced X on the christening cake"), a family group chat
  named it ("the family group chat is called X"), a voicemail greeting saying it ("my
  voicemail greeting says X"), cross-stitched on a cushion ("gran cross-stitched X on a
  cushion"), a racehorse named it ("the horse i backed was called X"), a hashtag of it
  ("X is trending as a hashtag") and graffiti of it ("someone sprayed X on the bus
  shelter");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirtieth's: a row said with what the speaker is doing meanwhile after it ("turn on the
lamp while i peel the spuds", "switch the music off, whilst i find my slippers"), as
people say what keeps them from doing it themselves (:func:`while_i_do`). Sentences a
dataset or another split has are left out. Labels are guarded in code
(benchmarks/_resolver_thirtyfirst_labels.py) and in
tests/test_resolver_thirtyfirst_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtyfirst_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtyfirst_labels import LABELS

SEEDS = (310, 311, 312)
HEARD = Path(__file__).resolve().parent / "data" / "thirtyfirst_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtyfirst_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"slipway", "boatshed", "wagon", "cellar", "winery"}
DEVICES = {"extractor", "winch", "press"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("heater", "machine", "room")."""
MEANWHILE = ("while i peel the spuds", "whilst i find my slippers",
             "while i nip upstairs", "while i unpack the shopping",
             "whilst i change the nappy", "while i hunt for my specs")
"""What a speaker says they are doing meanwhile, said after a request
(:func:`while_i_do`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said with what the speaker does meanwhile ("what's the weather while i
nip upstairs" asks, it does not hand a job over)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till"}
"""Words of a row that already join it to something or time it (a row with one is never
given a meanwhile)."""
MISHEARD = ("a misheard phrase beside a dashboard, a ride, a tannoy, a speech, a toy, a "
            "comic, a tour guide or a smartwatch")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written as the word it sounds like"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring gail" for "ring gale", "message kneel" for "message neil"), plainly or beside a
clause."""
_BESIDE = "a dashboard, a ride, a tannoy, a speech, a toy, a comic, a guide or a watch"
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
NEW_OUT_OF_SCOPE = ("a wifi network named it", "a slogan on a t-shirt",
                    "a pub quiz team's name", "iced on a cake",
                    "a family group chat named it", "a voicemail greeting saying it",
                    "cross-stitched on a cushion", "a racehorse named it",
                    "a hashtag of it", "graffiti of it")
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
    smoke alarm test of ringing someone, a drive-through of feeding a pet)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def meanwhile(text: str) -> bool:
    """Whether a normalised sentence ends with one of :data:`MEANWHILE` after a
    request."""
    return any(text.endswith(f" {norm(doing)}") for doing in MEANWHILE)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or end with what the speaker does
    meanwhile (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or meanwhile(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth")
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


def while_i_do(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said with what the speaker is
    doing meanwhile after it, one of :data:`MEANWHILE`, with or without a comma ("turn
    on the lamp while i peel the spuds", "switch the music off, whilst i find my
    slippers"); never a row that asks something (:data:`ASKING` first), already joins
    itself to something or times it (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("turn on the lamp and, while i nip upstairs" is nobody's)
        doing = rng.choice(MEANWHILE)
        yield f"{request[:1].lower()}{request[1:]}{rng.choice((',', ''))} {doing}"


SET = BlindSet(
    name="thirtyfirst", seeds=SEEDS, salt=(7919, 31), homes=tables.HOMES,
    routines=tables.THIRTYFIRST_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=while_i_do, swaps=tables.SWAPS)
"""The thirtyfirst set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("tyre deflation
detected. the neighbours' wifi is called feed treacle")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTYFIRST_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTYFIRST_KINDS = (*THIRTYFIRST_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirtyfirst set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTYFIRST_ROUTINES = tables.THIRTYFIRST_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTYFIRST_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring gail" for "ring gale")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(31, 31, 31),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_thirtyfirst(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirtyfirst-set home and its cases (``heard`` reads
    benchmarks/data/thirtyfirst_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FRAMES",
    "JOINED",
    "MEANWHILE",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "SEEDS",
    "SET",
    "THIRTYFIRST_IN_SCOPE",
    "THIRTYFIRST_KINDS",
    "THIRTYFIRST_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_thirtyfirst",
    "could_say",
    "live_used_texts",
    "meanwhile",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "while_i_do",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
