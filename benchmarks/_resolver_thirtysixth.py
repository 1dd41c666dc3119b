"""The thirty-sixth held-out set of benchmarks/resolver.py (split "thirtysixth",
seeds 360-362).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_thirtysixth_text.py`` or ``_resolver_thirtysixth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_thirtysixth_text.HOMES``: a lifeboat coxswain's cottage above the harbour
slipway, a microbrewer's house beside the brewhouse, a hedgehog rescuer's bungalow with
a hospital shed), each teaching 22 of its own routines with 23 of the generic pool, its
people and pets named with common words or words that sound like others ("ring gail" as
"ring gale", "message fay" as "message faye", "ring hugh" as "ring hue", "text brook" as
"text brooke", "ring gail" beside "is there a gale warning", "feed malt" beside "has the
malt arrived", "feed nettle" beside "clear the nettle patch"); its other routines and
the siblings of ``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds
that generator has no way to make. It has no heard
transcripts (benchmarks/data/thirtysixth_heard.json was not made; the generator reads a
missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a rugby
  commentator on the telly first ("a thunderous tackle. X"), a detective drama on the
  telly first ("the butler had a motive. X"), a parliamentary debate on the radio first
  ("the motion is carried, amid uproar. X"), a stock market report on the radio first
  ("sterling rallied against the euro. X"), a cycling commentator on the telly after
  ("X, the peloton's splintering"), an archaeology programme on the telly after ("X, a
  denarius in the trench"), a classical music presenter on the radio after ("X, next
  some handel"), a video game's announcer after ("X, stage cleared"), the phrase
  between a rugby call and a cycling commentary ("a thunderous tackle. X, the
  peloton's splintering"), and the phrase said in the middle of a line of the debate,
  which goes on after it ("on behalf of my constituents, X, i strenuously protest");
  and two kinds made here: a taught phrase as a recogniser mishears it beside one of
  those clauses (:data:`MISHEARD`), and a taught name written as it sounds ("ring
  gale" for "ring gail", "ring hue" for "ring hugh": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("a thunderous tackle feed pilot") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("the butler had a motive, ring gail")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a sound
  check at a gig ("the roadie kept saying X into the mic for the sound check"), written
  on a postcard ("the postcard from auntie just says X"), a dish on a menu ("the pub's
  menu has a pie called X"), an advert's jingle ("that advert jingle goes X"), a house
  name on a gatepost ("the house name on their gatepost is X"), a sticker on a reward
  chart ("the sticker on his reward chart says X"), a notification on a phone ("a
  notification popped up on my phone saying X"), an exam question about it ("there was a
  whole exam question on X"), a spell in a children's game ("the children made up a
  spell that goes X") and written in the sand ("someone wrote X in the sand at the
  beach");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirty-fifth's: a row said after the speaker has groped for what they meant to ask and
found it ("now what was i after, oh yes, turn on the lamp", "my mind's gone blank,
oh i know switch the heating on"), as people do on their way into a room
(:func:`with_it_remembered`). Sentences a dataset or another split has are left out.
Labels are guarded in code (benchmarks/_resolver_thirtysixth_labels.py) and in
tests/test_resolver_thirtysixth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_thirtysixth_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_thirtysixth_labels import LABELS

SEEDS = (360, 361, 362)
HEARD = Path(__file__).resolve().parent / "data" / "thirtysixth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "thirtysixth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"larder", "brewhouse", "annexe"}
DEVICES = {"dryer", "chiller", "incubator"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator")."""
RECALLING = ("now what was i after, oh yes", "what did i want to ask, ah",
             "it's on the tip of my tongue, got it", "blimey i've forgotten, oh i know",
             "what was it again, that's it", "my mind's gone blank, oh right")
"""What a speaker says while groping for what they meant to ask, then finding it, before
the request (:func:`with_it_remembered`): no word of the set's pools, no number the
labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said after the speaker remembers it ("what was it again, that's it what's
the weather" asks two questions, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "oh", "yes", "right", "ah", "know"}
"""Words of a row that already join it to something, time it or plead for it, or say
what the remembering says (a row with one is never said after it: "oh i know, turn the
lamp on and then" is nobody's)."""
MISHEARD = ("a misheard phrase beside a rugby commentator, a detective drama, a debate in "
            "parliament, a stock market report, a cycling commentator, an archaeology "
            "programme, a classical music presenter or a video game")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name written as a homophone"
"""In scope: a taught phrase with its name written with the same sounds another way
("ring gale" for "ring gail", "ring hue" for "ring hugh"), plainly or beside a
clause."""
_BESIDE = ("a rugby call, a detective drama, a commons debate, a market report, a cycling "
           "commentary, an archaeology programme, a classical presenter or a video game")
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
NEW_OUT_OF_SCOPE = ("a sound check at a gig", "written on a postcard", "a dish on a menu",
                    "an advert's jingle", "a house name on a gatepost",
                    "a sticker on a reward chart", "a notification on a phone",
                    "an exam question about it", "a spell in a children's game",
                    "written in the sand")
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
    rugby call of a number, a detective drama of someone rung)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def remembered_before(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`RECALLING` before a
    request."""
    return any(text.startswith(f"{norm(recalled)} ") for recalled in RECALLING)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with the speaker
    remembering what they meant to ask (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or remembered_before(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth")
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


def with_it_remembered(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said after the speaker has groped
    for what they meant to ask and found it, one of :data:`RECALLING`, with or without a
    comma ("now what was i after, oh yes, turn on the lamp", "my mind's gone
    blank, oh right switch the music off"), as people do on their way into a room;
    never a row that asks something (:data:`ASKING` first), already joins itself to
    something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("what was it again, that's it, what's on the telly" is no request)
        recalled = rng.choice(RECALLING)
        yield f"{recalled}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="thirtysixth", seeds=SEEDS, salt=(7949, 36), homes=tables.HOMES,
    routines=tables.THIRTYSIXTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=with_it_remembered, swaps=tables.SWAPS)
"""The thirty-sixth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("a thunderous tackle. the
postcard from auntie just says feed pilot")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
THIRTYSIXTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
THIRTYSIXTH_KINDS = (*THIRTYSIXTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the thirty-sixth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
THIRTYSIXTH_ROUTINES = tables.THIRTYSIXTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.THIRTYSIXTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


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
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(36, 36, 46),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_thirtysixth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A thirty-sixth-set home and its cases (``heard`` reads
    benchmarks/data/thirtysixth_heard.json when it is there; it is not made)."""
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
    "RECALLING",
    "SEEDS",
    "SET",
    "THIRTYSIXTH_IN_SCOPE",
    "THIRTYSIXTH_KINDS",
    "THIRTYSIXTH_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_thirtysixth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "remembered_before",
    "unpunctuated",
    "used_texts",
    "with_it_remembered",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
