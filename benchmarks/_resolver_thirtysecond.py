"""The thirty-second held-out set of benchmarks/resolver.py (split "thirtysecond",
seeds 320-322).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtysecond_text.py`` or ``_resolver_thirtysecond_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtysecond_text.HOMES``: a hot-air balloon pilot's farmhouse, an
ice-cream van seller's bungalow, a chimney sweep's terrace), each teaching 22 of its own
routines with 23 of the generic pool, its people and pets named with common words or
words that sound like others ("ring sonny", "message crystal", "feed whisky", "tell phil
his kite is mended", "ring carrie", "feed soot" beside "bag the soot"); its other
routines and the siblings of ``UNTAUGHT`` are held out. It is built by the shared
generator of benchmarks/_resolver_blind.py from this set's words, and this module adds
the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/thirtysecond_heard.json was not made; the generator reads a missing
file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a hairdresser's
  small talk first, mostly a question ("jetting somewhere exotic soon? X"), a
  language-learning app first ("conjugate the verb, nadar. X"), a radio phone-in host
  first ("you're broadcasting, spill the beans, chap. X"), a choirmaster at rehearsal
  first ("altos, once more with gusto. X"), a baby monitor after ("X, faint snuffling on
  the monitor"), a politician on the radio after ("X, let me be perfectly candid"), a
  cookery competition judge on the telly after ("X, that's a soggy underside"), a border
  control documentary on the telly after ("X, anything to declare, chap"), the phrase
  between a hairdresser's question and a baby monitor, and the phrase said in the middle
  of a phone-in host's line, which goes on after it ("you're broadcasting, X, spill the
  beans, chap"); and two kinds made here: a taught phrase as a recogniser mishears it
  beside one of those clauses (:data:`MISHEARD`), and a taught name written as it sounds
  ("ring sunny" for "ring sonny", "message fill" for "message phil": plainly and beside
  a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("jetting somewhere exotic soon feed whisky") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("altos, once more with gusto, ring
  sonny") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  personalised number plate ("the car in front had a number plate spelling X"), a paint
  colour named it ("the hall is painted a shade called X"), a ringtone saying it ("her
  ringtone is a robot voice saying X"), given up for lent ("i've given up X for lent"), a
  cocktail named it ("the bar does a cocktail called X"), a protest placard ("the
  placards at the march said X"), a word a dog is trained to ("their collie sits down
  whenever anyone says X"), a family code word ("our family code word for emergencies
  is X"), a fridge magnet saying it ("there's a fridge magnet that says X") and a
  football chant ("the away end kept chanting X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirty-first's: a row said with a word back asked of the assistant after it ("turn on
the lamp and give me a shout once it's sorted", "switch the music off, then ping me"),
as people ask to hear that a job is done (:func:`with_a_word_back`). Sentences a dataset
or another split has are left out. Labels are guarded in code
(benchmarks/_resolver_thirtysecond_labels.py) and in
tests/test_resolver_thirtysecond_data.py.
"""

from __future__ import annotations

import importlib
import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtysecond_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home, build_home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtysecond_labels import LABELS

SEEDS = (320, 321, 322)
HEARD = Path(__file__).resolve().parent / "data" / "thirtysecond_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtysecond_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"hangar", "van", "conservatory", "loft", "scullery"}
DEVICES = {"inflator", "scrubber", "freezer"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("heater", "machine", "store")."""
WORD_BACK = ("and give me a shout once it's sorted", "then ping me",
             "and confirm once complete", "then beep so i know",
             "and get back to me afterwards", "then flash me a notification")
"""What a speaker asks to hear back once a request is done, said after it
(:func:`with_a_word_back`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said with a word back asked after it ("what's the weather then ping me"
asks already, it hands no job over)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till"}
"""Words of a row that already join it to something or time it (a row with one is never
given a word back: "turn the lamp on and then ping me" is nobody's)."""
MISHEARD = ("a misheard phrase beside a hairdresser, a language app, a phone-in, a choir, "
            "a baby monitor, a politician, a cookery judge or a border documentary")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written as a homophone of it"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring sunny" for "ring sonny", "message fill" for "message phil"), plainly or beside
a clause."""
_BESIDE = ("a hairdresser, an app, a phone-in, a choir, a monitor, a politician, a judge or "
           "a documentary")
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
NEW_OUT_OF_SCOPE = ("a personalised number plate", "a paint colour named it",
                    "a ringtone saying it", "given up for lent", "a cocktail named it",
                    "a protest placard", "a word the dog is trained to",
                    "a family code word", "a fridge magnet saying it", "a football chant")
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
    phone-in host of ringing someone, a cookery judge of feeding a pet)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def word_back(text: str) -> bool:
    """Whether a normalised sentence ends with one of :data:`WORD_BACK` after a
    request."""
    return any(text.endswith(f" {norm(asked)}") for asked in WORD_BACK)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or end with a word back asked of
    the assistant (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or word_back(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst")
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


def with_a_word_back(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said with a word back asked of
    the assistant after it, one of :data:`WORD_BACK`, with or without a comma ("turn on
    the lamp and give me a shout once it's sorted", "switch the music off, then ping
    me"); never a row that asks something (:data:`ASKING` first), already joins itself
    to something or times it (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("turn on the lamp and, then ping me" is nobody's)
        asked = rng.choice(WORD_BACK)
        yield f"{request[:1].lower()}{request[1:]}{rng.choice((',', ''))} {asked}"


SET = BlindSet(
    name="thirtysecond", seeds=SEEDS, salt=(7919, 32), homes=tables.HOMES,
    routines=tables.THIRTYSECOND_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=with_a_word_back, swaps=tables.SWAPS)
"""The thirty-second set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("altos, once more with gusto.
the bar does a cocktail called feed whisky")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTYSECOND_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTYSECOND_KINDS = (*THIRTYSECOND_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirty-second set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTYSECOND_ROUTINES = tables.THIRTYSECOND_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTYSECOND_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("ring sunny" for "ring sonny")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(32, 32, 32),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_thirtysecond(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirty-second-set home and its cases (``heard`` reads
    benchmarks/data/thirtysecond_heard.json when it is there; it is not made)."""
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
    "THIRTYSECOND_IN_SCOPE",
    "THIRTYSECOND_KINDS",
    "THIRTYSECOND_ROUTINES",
    "UNPUNCTUATED",
    "WORD_BACK",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_thirtysecond",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "with_a_word_back",
    "word_back",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
