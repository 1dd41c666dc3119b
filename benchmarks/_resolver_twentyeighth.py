"""The twenty-eighth held-out set of benchmarks/resolver.py (split "twentyeighth",
seeds 280-282).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_twentyeighth_text.py`` or ``_resolver_twentyeighth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_twentyeighth_text.HOMES``: a tree surgeon's woodland cabin, a bookbinder's
terrace with a bindery in the back room, a wedding photographer's converted chapel),
each teaching 22 of its own routines with 23 of the generic pool, its people and pets
named with common words ("ring bill", "ring dawn", "feed pebble", "message mercy"); its
other routines and the siblings of ``UNTAUGHT`` are held out. It is built by the shared
generator of benchmarks/_resolver_blind.py from this set's words, and this module adds
the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/twentyeighth_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a sat-nav
  instruction first ("you have reached your destination. X"), a voicemail played on
  speaker first ("this is the optician, your varifocals are in. X"), a child's spelling
  test first ("conscience, as in a guilty conscience. X"), a board game's rules read
  aloud first ("the youngest player begins. X"), a film trailer heard after ("X,
  prepare for the ultimate showdown"), an auctioneer on an antiques programme heard
  after ("X, the gavel falls, a bargain"), a railway announcement heard down the phone
  after ("X, signalling problems near wigan"), a tarot card turned over after ("X, the
  hermit, solitude"), the phrase between a board game's rule and a tarot card, and the
  phrase said in the middle of a voicemail, which goes on after it ("hi, it's val, your
  godmother, X, checking in"); and two kinds made here: a taught phrase as a recogniser
  mishears it beside one of those clauses (:data:`MISHEARD`), and a taught name written
  as it sounds ("ring rowen" for "ring rowan", "tell sky her bus is here": plainly and
  beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("you have reached your destination ring bill") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("the youngest player begins, ring
  bill") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: asking
  whether it exists ("is there a routine called X"), a neighbour's device heard saying
  it ("next door's speaker keeps shouting X through the wall"), an anagram of it
  ("what's an anagram of X"), asking for it backwards ("say X backwards"), a prank
  planned with it ("as a prank we'll whisper X behind the sofa"), an impression of
  someone saying it ("do your impression of grandma saying X"), someone saying it in
  their sleep ("you mumbled X in your sleep last night"), learning it in a language
  class ("in my english class we learnt the phrase X"), telling someone to stop saying
  it ("stop saying X every five minutes") and asking when it was set up ("when did we
  first set up X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
twenty-seventh's: a row said with how long it should last ("turn on the lamp for half an
hour", "switch the music off, for a bit"), as people say a request is only for a while
(:func:`for_a_while`). Sentences a dataset or another split has are left out. Labels
are guarded in code (benchmarks/_resolver_twentyeighth_labels.py) and in
tests/test_resolver_twentyeighth_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_twentyeighth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_twentyeighth_labels import LABELS

SEEDS = (280, 281, 282)
HEARD = Path(__file__).resolve().parent / "data" / "twentyeighth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "twentyeighth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"woodshed", "cellar", "bindery", "darkroom", "vestry", "trailer"}
DEVICES = {"grinder", "kiln", "warmer", "stove", "radiator", "charger", "chainsaw"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lamp", "heater", "cabinet")."""
HOW_LONG = ("for half an hour", "for a bit", "for an hour or so", "for a couple of minutes",
            "for twenty minutes", "just for a while")
"""How long a speaker says a request should last, after it (:func:`for_a_while`): no
word of the set's pools, no number the labels keep."""
TIMED = {"minute", "minutes", "hour", "hours", "second", "seconds", "until", "till",
         "while", "bit", "tonight", "today", "tomorrow", "morning", "evening", "night",
         "always", "forever", "now", "later", "am", "pm"}
"""Words of a row that already say when or how long (a row with one, or with a digit, is
never given a length)."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said to last a while (an answer or a question has no length)."""
MISHEARD = "a misheard phrase beside a sat-nav, voicemail, spelling test, trailer or auction"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written with the same sounds another way"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring rowen" for "ring rowan"), plainly or beside a clause."""
UNPUNCTUATED = {
    "in scope": "a phrase beside a clause played, read or called out, written without "
                "punctuation",
    "misheard": "a misheard phrase or name beside a clause played, read or called out, "
                "written without punctuation",
    "out of scope": "out of scope beside a clause played, read or called out, written "
                    "without punctuation"}
"""The kinds of a case said beside a clause written again as a recogniser without
punctuation writes it (:func:`unpunctuated`): a phrase said exactly (in scope), a
misheard one or a name written as it sounds (in scope), and any out-of-scope kind said
beside a clause."""
PAUSED = ("a phrase beside a clause played, read or called out, its sentence end written "
          "as a comma")
"""In scope: a case of :data:`WRAPPED_KINDS` whose clause ends a sentence next to the
phrase, written again with that sentence end as a comma, as Whisper writes a short
pause (:func:`paused`)."""
NEW_OUT_OF_SCOPE = ("asking whether it exists", "a neighbour's device heard saying it",
                    "an anagram of it", "asking for it backwards", "a prank planned with it",
                    "an impression of someone saying it", "someone saying it in their sleep",
                    "learning it in a language class", "telling someone to stop saying it",
                    "asking when it was set up")
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
    voicemail of ringing someone back, a sat-nav's arrival of locking up)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def how_long(text: str) -> bool:
    """Whether a normalised sentence ends with one of :data:`HOW_LONG` after a
    request."""
    return any(text.endswith(f" {norm(length)}") for length in HOW_LONG)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or end with how long a request
    should last (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or how_long(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh")
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


def for_a_while(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said with how long it should
    last, one of :data:`HOW_LONG` after it, with or without a comma ("turn on the lamp
    for half an hour", "switch the music off, for a bit"); never a row that asks
    something (:data:`ASKING`), already says what it is for, or says a time or a length
    (:data:`TIMED`, a digit)."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).rstrip(" .?!,")
        said = norm(request).split()
        if not said or said[0] in ASKING or "for" in said or set(said) & TIMED \
                or any(ch.isdigit() for ch in request):
            continue  # ("what's the weather for an hour" is nobody's question)
        length = rng.choice(HOW_LONG)
        yield f"{request[:1].lower()}{request[1:]}{rng.choice((',', ''))} {length}"


SET = BlindSet(
    name="twentyeighth", seeds=SEEDS, salt=(7919, 28), homes=tables.HOMES,
    routines=tables.TWENTYEIGHTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=for_a_while, swaps=tables.SWAPS)
"""The twenty-eighth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("recalculating,
recalculating. what's an anagram of feed noodle")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
TWENTYEIGHTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                          UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
TWENTYEIGHTH_KINDS = (*TWENTYEIGHTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                       UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the twenty-eighth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
TWENTYEIGHTH_ROUTINES = tables.TWENTYEIGHTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.TWENTYEIGHTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring rowen" for "ring rowan")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(28, 28, 28),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_twentyeighth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twenty-eighth-set home and its cases (``heard`` reads
    benchmarks/data/twentyeighth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FRAMES",
    "HOW_LONG",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "SEEDS",
    "SET",
    "TIMED",
    "TWENTYEIGHTH_IN_SCOPE",
    "TWENTYEIGHTH_KINDS",
    "TWENTYEIGHTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_twentyeighth",
    "could_say",
    "for_a_while",
    "how_long",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
