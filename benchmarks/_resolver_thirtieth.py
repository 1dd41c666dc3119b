"""The thirtieth held-out set of benchmarks/resolver.py (split "thirtieth",
seeds 300-302).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtieth_text.py`` or ``_resolver_thirtieth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtieth_text.HOMES``: a thatcher's cottage with a reed barn, a milliner's
workshop flat, a zookeeper's lodge at a wildlife park), each teaching 22 of its own
routines with 23 of the generic pool, its people and pets named with common words or
words that sound like others ("ring heath", "message joy", "feed gravy", "tell drew his
scooter is charged", "message rose and sky"); its other routines and the siblings of
``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds
that generator has no way to make. It has no heard transcripts
(benchmarks/data/thirtieth_heard.json was not made; the generator reads a missing file
as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a smoke alarm
  test announced in the block first ("the sounders will chirp intermittently. X"), an
  automated phone menu on speaker first ("our advisers are unusually swamped, an agent
  will respond imminently. X"), a drive-through speaker first ("would you like fries
  with that? X"), a magician's patter on the telly first ("kazam, the dove disappears.
  X"), a pantomime audience shouting after ("X, the ghost's behind you!"), a guided meditation
  app after ("X, unclench your jaw"), a children's television presenter after ("X,
  here's one i prepared beforehand"), a shopping channel presenter after ("X, postage
  is waived"), the phrase between a drive-through speaker and a pantomime audience, and
  the phrase said in the middle of a phone menu, which goes on after it ("for billing
  queries, X, key in your customer reference"); and two kinds made here: a taught
  phrase as a recogniser mishears it beside one of those clauses (:data:`MISHEARD`),
  and a taught name written as it sounds ("ring forest" for "ring forrest", "message
  rows" for "message rose": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("would you like fries with that feed gravy") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("would you like fries with that, ring
  heath") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  fortune cookie saying it ("my fortune cookie said X"), a line in a school play ("my
  line in the school play is X"), typed in an email by mistake ("i typed X in an email
  to my boss by mistake"), a superstition about it ("it's unlucky to say X before a
  wedding"), a letter for a time capsule ("we wrote X in the letter for the time
  capsule"), the subtitles on the telly showing it ("the closed captions just said X"),
  a meme of it ("someone made X into a meme"), a limerick about it ("i wrote a limerick
  ending with X"), a letter to the landlord mentioning it ("i mentioned X in my letter
  to the landlord") and a toddler's first words ("our toddler's first words were X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
twenty-ninth's: a row said with the speaker's reason after it ("turn on the lamp,
because i can't see a thing", "switch the music off as my back is killing me"), as
people say why they ask (:func:`with_a_reason`). Sentences a dataset or another split
has are left out. Labels are guarded in code (benchmarks/_resolver_thirtieth_labels.py)
and in tests/test_resolver_thirtieth_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtieth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtieth_labels import LABELS

SEEDS = (300, 301, 302)
HEARD = Path(__file__).resolve().parent / "data" / "thirtieth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtieth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"barn", "workshop", "studio", "workroom", "hatchery", "lodge", "shed"}
DEVICES = {"splitter", "baler", "steamer", "incubator", "mister", "monitor"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("heater", "light", "room")."""
REASONS = ("because my hands are covered in flour", "since nobody else will",
           "because i can't see a thing", "as my back is killing me",
           "because the remote's gone missing", "since i can't reach it")
"""Why a speaker says they ask, said after a request (:func:`with_a_reason`): no word of
the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never given a reason ("what's the weather because i can't see a thing" is
nobody's question)."""
REASONED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
            "but", "or"}
"""Words of a row that already give a reason or join it to something (a row with one is
never given another reason)."""
MISHEARD = ("a misheard phrase beside a smoke alarm test, a phone menu, a drive-through, "
            "a magician or a panto")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written as another word with its sounds"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring forest" for "ring forrest"), plainly or beside a clause."""
UNPUNCTUATED = {
    "in scope": "a phrase beside a tannoy, a phone menu, a speaker box or the telly, "
                "written without punctuation",
    "misheard": "a misheard phrase or name beside a tannoy, a phone menu, a speaker box or "
                "the telly, written without punctuation",
    "out of scope": "out of scope beside a tannoy, a phone menu, a speaker box or the "
                    "telly, written without punctuation"}
"""The kinds of a case said beside a clause written again as a recogniser without
punctuation writes it (:func:`unpunctuated`): a phrase said exactly (in scope), a
misheard one or a name written as it sounds (in scope), and any out-of-scope kind said
beside a clause."""
PAUSED = ("a phrase beside a tannoy, a phone menu, a speaker box or the telly, its "
          "sentence end written as a comma")
"""In scope: a case of :data:`WRAPPED_KINDS` whose clause ends a sentence next to the
phrase, written again with that sentence end as a comma, as Whisper writes a short
pause (:func:`paused`)."""
NEW_OUT_OF_SCOPE = ("a fortune cookie saying it", "a line in a school play",
                    "typed in an email by mistake", "a superstition about it",
                    "a letter for a time capsule", "the subtitles on the telly showing it",
                    "a meme of it", "a limerick about it",
                    "a letter to the landlord mentioning it", "a toddler's first words")
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


def reasoned(text: str) -> bool:
    """Whether a normalised sentence ends with one of :data:`REASONS` after a
    request."""
    return any(text.endswith(f" {norm(reason)}") for reason in REASONS)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or end with a reason (the
    recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or reasoned(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth")
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


def with_a_reason(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said with the speaker's reason
    after it, one of :data:`REASONS`, with or without a comma ("turn on the lamp,
    because i can't see a thing", "switch the music off as my back is killing me");
    never a row that asks something (:data:`ASKING` first), already gives a reason or
    joins itself to something (:data:`REASONED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & REASONED:
            continue  # ("turn on the lamp and, because i can't see a thing" is nobody's)
        reason = rng.choice(REASONS)
        yield f"{request[:1].lower()}{request[1:]}{rng.choice((',', ''))} {reason}"


SET = BlindSet(
    name="thirtieth", seeds=SEEDS, salt=(7919, 30), homes=tables.HOMES,
    routines=tables.THIRTIETH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=with_a_reason, swaps=tables.SWAPS)
"""The thirtieth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("would you like fries
with that? my fortune cookie said feed gravy")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTIETH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTIETH_KINDS = (*THIRTIETH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirtieth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTIETH_ROUTINES = tables.THIRTIETH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTIETH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring forest" for "ring forrest")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(30, 30, 30),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_thirtieth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                    per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirtieth-set home and its cases (``heard`` reads
    benchmarks/data/thirtieth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FRAMES",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "OWN_TEMPLATES",
    "PAUSED",
    "POOL",
    "REASONED",
    "REASONS",
    "SEEDS",
    "SET",
    "THIRTIETH_IN_SCOPE",
    "THIRTIETH_KINDS",
    "THIRTIETH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_thirtieth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "reasoned",
    "unpunctuated",
    "used_texts",
    "with_a_reason",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
