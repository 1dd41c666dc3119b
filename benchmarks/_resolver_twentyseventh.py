"""The twenty-seventh held-out set of benchmarks/resolver.py (split "twentyseventh",
seeds 270-272).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_twentyseventh_text.py`` or ``_resolver_twentyseventh_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_twentyseventh_text.HOMES``: a luthier's townhouse over the violin workshop,
a stonemason's yard cottage, a hospital porter's high-rise flat), each teaching 22 of
its own routines with 23 of the generic pool; its other routines and the siblings of
``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds that
generator has no way to make. It has no heard transcripts
(benchmarks/data/twentyseventh_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a bedtime story
  read to a child first ("and the wolf huffed and puffed. X"), a shipping forecast
  heard on the radio first ("rockall, malin, hebrides, gale warning. X"), a game of
  i-spy first ("is it the ceiling? frosty. X"), a poem recited from memory first ("i
  wandered lonely as a cloud. X"), a chess move announced after ("X, castling
  kingside"), a cricket commentary heard after ("X, caught in the gully, astonishing"), a
  nature documentary heard after ("X, the orca pod circles, majestic"), a line dance
  step called after ("X, grapevine, heel jack"), the phrase between a poem and a
  chess move, and the phrase said in the middle of one line of a shipping forecast,
  which goes on after it ("dogger, fisher, X, german bight, moderate"); and two kinds
  made here: a taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring ansell" for "ring
  ansel", plainly and beside a clause: :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("i wandered lonely as a cloud ring ansel", "dogger fisher ring ansel
  german bight moderate") (:func:`unpunctuated`);
- (new) a sentence end written as a comma (:data:`PAUSED`): for a quarter of the
  in-scope cases said exactly beside a clause that ends a sentence before or after the
  phrase, the same sentence again with each full stop, question or exclamation mark
  between sentences written as a comma, as Whisper writes a pause ("i wandered lonely
  as a cloud, ring ansel"), so a reader that finds the clause by its full stop is
  judged too (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: asking
  how to pronounce it ("how do you pronounce X"), singing it as a lyric ("la la la, X,
  that's the chorus"), a chore planned for next week ("next week's jobs include X"),
  naming something new after it ("we're naming the new kitten X"), counting its
  syllables or letters ("how many syllables are in X"), handwriting practice with it
  ("write X ten times in cursive"), a web search for it, reported ("i googled X and got
  nothing useful"), a hangman puzzle of it ("my hangman answer was X"), autocorrect
  changing it ("my phone autocorrected X again") and grammar homework about it
  ("underline the verb in X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
twenty-sixth's: a row said for someone else in the house ("turn on the lamp for nan",
"switch the music off, for the lodger"), as people say whom a request is for
(:func:`for_someone`). Sentences a dataset or another split has are left out. Labels
are guarded in code (benchmarks/_resolver_twentyseventh_labels.py) and in
tests/test_resolver_twentyseventh_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_twentyseventh_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_twentyseventh_labels import LABELS

SEEDS = (270, 271, 272)
HEARD = Path(__file__).resolve().parent / "data" / "twentyseventh_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "twentyseventh_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"attic", "booth", "shed", "boot", "cupboard", "balcony"}
DEVICES = {"varnish", "glue", "dehumidifier", "extractor", "compressor", "airer",
           "scooter", "hygrometer"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("lights", "lamp", "heater")."""
FOR_WHOM = ("for nan", "for the lodger", "for my brother", "for the twins",
            "for our neighbour's lad", "for my mother in law")
"""Whom a speaker says a request is for, after it (:func:`for_someone`): people of a
household, none a name or a word of the set's pools."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said for someone (what it would say, not something done, would be for
them)."""
MISHEARD = "a misheard phrase beside a story, forecast, game, poem or commentary"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name spelt the way it sounds"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring ansell" for "ring ansel"), plainly or beside a clause."""
UNPUNCTUATED = {
    "in scope": "a phrase beside a recited or broadcast clause, written without punctuation",
    "misheard": "a misheard phrase or name beside a recited or broadcast clause, written "
                "without punctuation",
    "out of scope": "out of scope beside a recited or broadcast clause, written without "
                    "punctuation"}
"""The kinds of a case said beside a clause written again as a recogniser without
punctuation writes it (:func:`unpunctuated`): a phrase said exactly (in scope), a
misheard one or a name written as it sounds (in scope), and any out-of-scope kind said
beside a clause."""
PAUSED = "a phrase beside a recited or broadcast clause, its sentence end written as a comma"
"""In scope: a case of :data:`WRAPPED_KINDS` whose clause ends a sentence next to the
phrase, written again with that sentence end as a comma, as Whisper writes a short
pause (:func:`paused`)."""
NEW_OUT_OF_SCOPE = ("asking how to pronounce it", "singing it as a lyric",
                    "a chore planned for next week", "naming something new after it",
                    "counting its syllables or letters", "handwriting practice with it",
                    "a web search for it, reported", "a hangman puzzle of it",
                    "autocorrect changing it", "grammar homework about it")
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
    documentary's animals of a feeding, a gale warning of a heater)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def for_whom(text: str) -> bool:
    """Whether a normalised sentence ends with one of :data:`FOR_WHOM` after a
    request."""
    return any(text.endswith(f" {norm(who)}") for who in FOR_WHOM)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or end with whom a request is for
    (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or for_whom(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth")
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


def for_someone(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said for someone else in the
    house, one of :data:`FOR_WHOM` after it, with or without a comma ("turn on the lamp
    for nan", "switch the music off, for the lodger"); never a row that asks something
    (:data:`ASKING`) or already says whom or what it is for."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).rstrip(" .?!,")
        said = norm(request).split()
        if not said or said[0] in ASKING or "for" in said:
            continue  # ("what's the weather for nan" asks nothing for her)
        who = rng.choice(FOR_WHOM)
        yield f"{request[:1].lower()}{request[1:]}{rng.choice((',', ''))} {who}"


SET = BlindSet(
    name="twentyseventh", seeds=SEEDS, salt=(7919, 27), homes=tables.HOMES,
    routines=tables.TWENTYSEVENTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=for_someone, swaps=tables.SWAPS)
"""The twenty-seventh set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("rural juror, rural juror.
i googled feed truffle and got nothing useful")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
TWENTYSEVENTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                          UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
TWENTYSEVENTH_KINDS = (*TWENTYSEVENTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                       UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the twenty-seventh set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
TWENTYSEVENTH_ROUTINES = tables.TWENTYSEVENTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.TWENTYSEVENTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring ansell" for "ring ansel")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(27, 27, 27),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_twentyseventh(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                        per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twenty-seventh-set home and its cases (``heard`` reads
    benchmarks/data/twentyseventh_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FOR_WHOM",
    "FRAMES",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "SEEDS",
    "SET",
    "TWENTYSEVENTH_IN_SCOPE",
    "TWENTYSEVENTH_KINDS",
    "TWENTYSEVENTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_twentyseventh",
    "could_say",
    "for_someone",
    "for_whom",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
