"""The fortieth held-out set of benchmarks/resolver.py (split "fortieth", seeds
400-402).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_fortieth_text.py`` or ``_resolver_fortieth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fortieth_text.HOMES``: a butcher's flat above the shop, a postwoman's
terrace by the sorting office, a snooker hall owner's flat above the club), each
teaching 22 of its own routines with 23 of the generic pool, its people and pets named
after a cut of meat, a herb, what is left over, the mark the post puts on a parcel, a
song of the season, a mend, what a cue is rubbed with or a climbing plant that another
phrase of the home says as a word ("ring chuck" beside "is the chuck steak minced",
"drop sage a line" beside "make the sage stuffing", "feed scraps" beside "bag up the fat
scraps", "drop frank a line" beside "frank the parcels", "give carol a ring" beside
"print the carol sheets", "feed patch" beside "patch the mailbag", "feed chalk" beside
"order more cue chalk", "give ivy a ring" beside "cut back the ivy"), or with names a
recogniser writes as another word ("give paige a ring" as "give page a ring" beside
"update the offers page", "ty's rugby at five" as "tie's rugby at five" beside "is my
school tie ironed", "ring lorne back" as "ring lawn back" beside "feed the lawn", "ring mae"
as "ring may" beside "book the may bank holiday", "hal" as "hall" beside "sweep the
hall", "pearl" as "purl" beside "count the purl rows", "ring jin" as "ring gin" beside
"is the gin chilled", "bo" as "bow" beside "is the bow tie pressed", "dustin" as
"dusting" beside "finish the dusting", "wyn" as "win"); its other routines and the
siblings of ``UNTAUGHT`` are held out. It is built by the shared generator of
benchmarks/_resolver_blind.py from this set's words, and this module adds the kinds
that generator has no way to make. It has no heard transcripts
(benchmarks/data/fortieth_heard.json was not made; the generator reads a missing file
as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a sea shanty sung
  first ("oh shenandoah. X"), a fashion show compere on the telly first ("sequinned
  tulle on the runway. X"), a cheerleading chant practised first ("rah rah rah, wildcats
  roar. X"), a children's party entertainer first ("hokey cokey, poppets? X"), a
  sailing race commentator on the telly after ("X, the spinnaker billows"), a dog show
  commentator on the telly after ("X, immaculately coiffed saluki"), a poker
  commentator on the telly after ("X, she's bluffing outrageously"), a photographer
  posing a family after ("X, chins lowered a smidge"), the phrase between a sea shanty
  and a poker commentator's line ("haul the halyards! X, he shoves his chipstack"), and
  the phrase said in the middle of a cheerleading chant practised, which goes on after
  it ("rah rah rah, X, wildcats roar"); and two kinds made here: a taught phrase as a
  recogniser mishears it beside one of those clauses (:data:`MISHEARD`), and a taught
  name written as it sounds ("ring gin" for "ring jin", "text purl ..." for "text pearl
  ...": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("oh shenandoah feed chalk") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("sequinned tulle on the runway,
  ring mae") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  wrestler's ring name ("the masked wrestler's ring name is X"), a rollercoaster named
  it ("there's a wooden rollercoaster named X"), a love heart sweet saying it ("my love
  heart sweet said X"), spelt in alphabet spaghetti ("the kids spelt X in their alphabet
  spaghetti"), a text from a wrong number ("a wrong number texted me X"), a local
  newspaper headline ("the local newspaper headline was X"), a councillor's campaign
  slogan ("the councillor's campaign slogan is X"), a village named it ("there's a
  village in cornwall called X"), drawn on a steamed-up window ("she wrote X on the
  steamed up window") and a heckle at a comedy gig ("some bloke heckled X at the comedy
  gig");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
thirty-ninth's: a row said straight after the speaker stubs a toe or treads on
something in the dark ("yowch, my shin, turn on the lamp", "argh, stupid lego switch the
heating on"), as people do when a knock cuts in before what they meant to ask
(:func:`after_a_stubbed_toe`). Sentences a dataset or another split has are left out.
Labels are guarded in code (benchmarks/_resolver_fortieth_labels.py) and in
tests/test_resolver_fortieth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fortieth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fortieth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (400, 401, 402)
HEARD = Path(__file__).resolve().parent / "data" / "fortieth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fortieth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"smokehouse", "bikeshed", "clubroom"}
DEVICES = {"mincer", "shredder", "scoreboard"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator")."""
OUCHED = ("ow ow ow, my toe", "ouch ouch, blooming heck", "yowch, my shin",
          "argh, stupid lego", "ooyah, poor toe", "aargh, trod on a marble")
"""What a speaker says as they stub a toe or tread on something in the dark, before
asking the room for what they meant to ask (:func:`after_a_stubbed_toe`): no word of
the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said after a stubbed toe ("yowch, my shin what's the weather" is a
question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ow", "toe", "ouch", "blooming", "heck", "yowch", "shin",
          "argh", "stupid", "lego", "ooyah", "poor", "aargh", "trod", "marble"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a stubbed toe says (a row with one is never said after it: "yowch, my shin turn the
lamp on and then" is nobody's)."""
MISHEARD = ("a misheard phrase beside a sea shanty, a fashion show compere, a "
            "cheerleading chant, a children's party entertainer, a sailing race "
            "commentator, a dog show commentator, a poker commentator or a photographer")
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as a part of a book, a piece of "
              "clothing, a part of the garden, a month, a room, a stitch, a drink, a "
              "knot, a chore or a result of a game")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring gin" for "ring jin", "give page a ring" for "give paige a ring", "text purl
about the overtime sheet" for "text pearl about the overtime sheet"), plainly or beside
a clause."""
_BESIDE = ("a sea shanty, a fashion show compere, a cheerleading chant, a children's "
           "party entertainer, a sailing race commentary, a dog show commentary, a poker "
           "commentary or a photographer")
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
NEW_OUT_OF_SCOPE = ("a wrestler's ring name", "a rollercoaster named it",
                    "a love heart sweet saying it", "spelt in alphabet spaghetti",
                    "a text from a wrong number", "a local newspaper headline",
                    "a councillor's campaign slogan", "a village named it",
                    "drawn on a steamed-up window", "a heckle at a comedy gig")
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


def stubbed_before(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`OUCHED` before a
    request."""
    return any(text.startswith(f"{norm(ouch)} ") for ouch in OUCHED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with the speaker's cry at
    a stubbed toe (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or stubbed_before(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth")
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


def after_a_stubbed_toe(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    stubs a toe or treads on something, after one of :data:`OUCHED`, with or without a
    comma ("yowch, my shin, turn on the lamp", "argh, stupid lego switch the music
    off"), as people do when a knock in the dark cuts in before what they meant to ask;
    never a row that asks something (:data:`ASKING` first), already joins itself to
    something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ouch ouch, blooming heck, what's on the telly" is no request)
        ouch = rng.choice(OUCHED)
        yield f"{ouch}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fortieth", seeds=SEEDS, salt=(8287, 40), homes=tables.HOMES,
    routines=tables.FORTIETH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=after_a_stubbed_toe, swaps=tables.SWAPS)
"""The fortieth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("oh shenandoah. my love
heart sweet said feed chalk")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FORTIETH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                         UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FORTIETH_KINDS = (*FORTIETH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                      UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fortieth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FORTIETH_ROUTINES = tables.FORTIETH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FORTIETH_SOUND_ALIKE, tables.NAME_SPELLINGS)


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
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(40, 40, 50),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fortieth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                       per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fortieth-set home and its cases (``heard`` reads
    benchmarks/data/fortieth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FORTIETH_IN_SCOPE",
    "FORTIETH_KINDS",
    "FORTIETH_ROUTINES",
    "FRAMES",
    "JOINED",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OUCHED",
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
    "after_a_stubbed_toe",
    "bears_on",
    "build_fortieth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "stubbed_before",
    "unpunctuated",
    "used_texts",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
