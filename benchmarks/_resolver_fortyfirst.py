"""The forty-first held-out set of benchmarks/resolver.py (split "fortyfirst", seeds
410-412).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_fortyfirst_text.py`` or ``_resolver_fortyfirst_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortyfirst_text.HOMES``: an upholsterer's terrace with a workshop in the
yard, a dentist's house with the surgery downstairs, a window cleaner's bungalow with
the van on the drive), each teaching 22 of its own routines with 23 of the generic pool,
its people and pets named after a small nail, a timber, a cloth, the day before a feast,
a pole, footwear, a soft toy or a container that another phrase of the home says as a
word ("ring brad" beside "is the brad nailer charged", "drop cherry a line" beside "wax
the cherry sideboard", "feed velvet" beside "steam the velvet", "ring eve" beside "book
christmas eve off", "drop rod a line" beside "put up the curtain rod", "feed boots"
beside "polish the school boots", "give teddy a ring" beside "mend the teddy bear",
"feed tank" beside "top up the water tank"), or with names a recogniser writes as
another word ("give lettice a ring" as "give lettuce a ring" beside "wash the lettuce",
"tell rufus ..." as "tell roofers ..." beside "pay the roofers", "ring bree back" as
"ring brie back" beside "is the brie ripe", "give minnie a ring" as "give mini a ring"
beside "is the mini taxed", "ali" as "alley" beside "sweep the back alley", "mona" as
"moaner", "ring mike" as "ring mic" beside "test the karaoke mic", "belle" as "bell"
beside "fix the bike bell", "gerry" as "jerry" beside "fill the jerry cans", "mack" as
"mac" beside "is my mac dry"); its other routines and the siblings of ``UNTAUGHT`` are
held out. It is built by the shared generator of benchmarks/_resolver_blind.py from this
set's words, and this module adds the kinds that generator has no way to make. It has
no heard transcripts (benchmarks/data/fortyfirst_heard.json was not made; the generator
reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a singer's vocal
  warm-up first ("mee may mah moh moo. X"), a teenager talking to teammates on a gaming
  headset first ("flank left, flank left! X"), grace said before a meal first
  ("benedictus benedicat, benedicto benedicatur. X"), a takeaway order phoned through
  first ("large pepperoni, stuffed crust. X"), a ski jumping commentator on the telly
  after ("X, a gargantuan distance"), a gymnastics commentator on the telly after ("X,
  an unblemished dismount"), a mahjong game at the table after ("X, pung of dragons"),
  a tai chi video on the telly after ("X, repulse the monkey"), the phrase between a
  takeaway order and a mahjong call ("a poppadom and mango chutney! X, chow with
  bamboos"), and the phrase said in the middle of grace said before a meal, which goes
  on after it ("almighty provider, X, sanctify these victuals"); and two kinds made
  here: a taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring mic" for "ring
  mike", "give lettuce a ring" for "give lettice a ring": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("zing zang zong feed tank") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("large pepperoni, stuffed crust, ring
  eve") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  letter to santa ("the kids put X in their letter to santa"), a snowman named it ("the
  kids named their snowman X"), a crisp flavour named it ("there's a new crisp flavour
  called X"), a caravan named it ("our caravan is called X"), a gamer tag ("his gamer tag
  is X"), engraved inside a wedding band ("he had X engraved inside her wedding band"), a
  memorial bench plaque ("the plaque on grandad's memorial bench reads X"), a classified
  ad in the newspaper ("the classified ad in the newspaper just said X"), a speech bubble
  in a comic ("the speech bubble in his comic says X") and a superhero a child made up
  ("my son invented a superhero called X");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fortieth's: a row said straight after the speaker comes in out of the cold or the rain
("brr, it's perishing, turn on the lamp", "ugh, soaked through switch the heating on"),
as people do when they are still shaking off the weather as they ask
(:func:`in_from_the_weather`). Sentences a dataset or another split has are left out.
Labels are guarded in code (benchmarks/_resolver_fortyfirst_labels.py) and in
tests/test_resolver_fortyfirst_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortyfirst_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortyfirst_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (410, 411, 412)
HEARD = Path(__file__).resolve().parent / "data" / "fortyfirst_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortyfirst_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"workroom", "surgery", "lockup"}
DEVICES = {"saw", "scaler", "deioniser"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator")."""
COLD = ("brr, it's perishing", "ooh, proper nippy", "phew, absolutely pouring",
        "brrr, frozen solid", "blimey, what a gale", "ugh, soaked through")
"""What a speaker says as they come in out of the cold or the rain, before asking the
room for what they meant to ask (:func:`in_from_the_weather`): no word of the set's
pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the speaker comes in from the weather ("brr, it's perishing what's
the weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "brr", "brrr", "perishing", "ooh", "proper", "nippy", "phew",
          "absolutely", "pouring", "frozen", "solid", "blimey", "gale", "ugh", "soaked",
          "through", "it's"}
"""Words of a row that already join it to something, time it or plead for it, or say
what coming in from the weather says (a row with one is never said after it: "ugh,
soaked through turn the lamp on and then" is nobody's)."""
_BESIDE = ("a vocal warm-up, a gaming headset, grace before a meal, a takeaway order, a "
           "ski jumping commentary, a gymnastics commentary, a mahjong game or a tai chi "
           "video")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a salad leaf, tradesmen, a cheese, a "
              "small car, a back lane, a grumbler, a microphone, a bell, a fuel can or a "
              "raincoat")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring mic" for "ring mike", "give lettuce a ring" for "give lettice a ring", "text brie
about the fabric samples" for "text bree about the fabric samples"), plainly or beside
a clause."""
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
NEW_OUT_OF_SCOPE = ("a letter to santa", "a snowman named it", "a crisp flavour named it",
                    "a caravan named it", "a gamer tag", "engraved inside a wedding band",
                    "a memorial bench plaque", "a classified ad in the newspaper",
                    "a speech bubble in a comic", "a superhero a child made up")
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


def in_from_the_cold(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`COLD` before a
    request."""
    return any(text.startswith(f"{norm(cold)} ") for cold in COLD)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they come in from the weather (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or in_from_the_cold(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth")
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


def in_from_the_weather(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    comes in out of the cold or the rain, after one of :data:`COLD`, with or without a
    comma ("brr, it's perishing, turn on the lamp", "ugh, soaked through switch the
    heating on"), as people do while still shaking off the weather; never a row that
    asks something (:data:`ASKING` first), already joins itself to something, times it
    or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("brr, it's perishing, what's on the telly" is no request)
        cold = rng.choice(COLD)
        yield f"{cold}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortyfirst", seeds=SEEDS, salt=(8291, 41), homes=tables.HOMES,
    routines=tables.FORTYFIRST_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=in_from_the_weather, swaps=tables.SWAPS)
"""The forty-first set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("zing zang zong! his gamer
tag is feed tank")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTYFIRST_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTYFIRST_KINDS = (*FORTYFIRST_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the forty-first set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTYFIRST_ROUTINES = tables.FORTYFIRST_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTYFIRST_SOUND_ALIKE, tables.NAME_SPELLINGS)


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
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(41, 41, 51),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortyfirst(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A forty-first-set home and its cases (``heard`` reads
    benchmarks/data/fortyfirst_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "COLD",
    "FORTYFIRST_IN_SCOPE",
    "FORTYFIRST_KINDS",
    "FORTYFIRST_ROUTINES",
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
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_fortyfirst",
    "could_say",
    "in_from_the_cold",
    "in_from_the_weather",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
