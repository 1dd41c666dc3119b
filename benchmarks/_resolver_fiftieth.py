"""The fiftieth held-out set of benchmarks/resolver.py (split "fiftieth", seeds
500-502).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftieth_text.py`` or
``_resolver_fiftieth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftieth_text.HOMES``: a basket weaver's cottage beside the willowshed, a
fletcher's cottage beside the fletchery, a perfumer's house with the stillroom behind
the kitchen), each teaching 22 of its own routines with 23 of the generic pool, its
people and pets named after a basket's willow, an arrow's notch or feather, or a
scent's oil that another phrase of the home says as a word ("feed withy" beside "soak
the withy bundles", "brush osier" beside "cut the osier rods", "feed nock" beside "cut
the nock grooves", "brush vane" beside "trim the feather vanes", "feed musk" beside
"decant the musk oil", "brush neroli" beside "bottle the neroli water"), or with names a
recogniser writes as another word ("ring mistie" as "ring misty" beside "wipe the misty
windows", "sandie" as "sandy" beside "sweep the sandy porch", "mossie" as "mossy" beside
"scrape the mossy path", "leafie" as "leafy" beside "rake the leafy lawn", "inkie" as
"inky" beside "blot the inky pages", "glossie" as "glossy" beside "stack the glossy
magazines", "rustie" as "rusty" beside "oil the rusty hinges", "chalkie" as "chalky"
beside "wipe the chalky blackboard", "spicie" as "spicy" beside "reheat the spicy
curry", "saltie" as "salty" beside "rinse the salty wetsuits", "toastie" as "toasty"
beside "fetch the toasty slippers", "soapie" as "soapy" beside "drain the soapy
bucket"); its other routines and the siblings of ``UNTAUGHT`` are held out. It is
built by the shared generator of benchmarks/_resolver_blind.py from this set's words,
and this module adds the kinds that generator has no way to make. It has no heard
transcripts (benchmarks/data/fiftieth_heard.json was not made; the generator reads a
missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a lifeguard
  calling out at the swimming baths first ("no bombing in the shallows, no divebombing,
  youngsters. X"), a budgie chirping in its cage first, one word no dictionary of the speaker's has
  ("tweetaloo! X"), calling the donkeys in off the beach first ("neddies, neddies! X"),
  a dog agility handler at the show first ("slalom, weave, yip! X"), a bobsleigh
  commentator on the telly after ("X, the brakeman's clambered in"), a game of
  battleships on the landing after ("X, you've sunk my destroyer"), a remark on a
  dragonfly by the pond after ("X, look how gauzy it is"), a game of spillikins on
  the rug after ("X, the spillikin's teetering"), the phrase between a dog agility
  handler's call and a spillikins call ("slalom, weave, yip! X, the spillikin's
  teetering"), and the phrase said in the middle of a lifeguard's calls, which go on
  after it ("no bombing in the shallows, X, no divebombing, youngsters"); and two kinds made here: a
  taught phrase as a recogniser mishears it beside one of those clauses
  (:data:`MISHEARD`), and a taught name written as it sounds ("ring misty" for "ring
  mistie", "drop sandy a line" for "drop sandie a line": plainly and beside a clause,
  :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("tweetaloo feed withy") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("chirrupee, ring inkie")
  (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a prize
  cockerel named it ("our prize cockerel is named X"), a canal boat cat named it ("our
  canal boat cat is named X"), written in the sand on the beach ("someone wrote X in the
  sand on the beach"), on a bus's destination blind ("the destination blind on the bus
  says X"), spelt in flowers on a roundabout ("the council spelt X in flowers on the
  roundabout"), asking a nurseryman about an apple tree called it ("we asked the
  nurseryman about an apple tree called X"), the night watchman's tale about it ("the
  night watchman's tale finished with X"), the tram conductor's catchphrase ("X is the
  tram conductor's catchphrase"), forbidden by the caravan site rules ("X is forbidden
  by the caravan site rules") and an untaught request joined to it by "not to mention"
  ("X not to mention defrost the freezer": two requests, one of them taught, so the
  assistant runs neither);
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
forty-ninth's: a row said straight after the speaker gets a static shock from a door
handle or a trolley ("ow, static again, turn on the lamp", "zap, that handle bit me
switch the heating on"), as people do when the spark makes them jump and they ask for
what they want anyway (:func:`zapped`). Sentences a dataset or another split has are
left out. Labels are guarded in code (benchmarks/_resolver_fiftieth_labels.py) and in
tests/test_resolver_fiftieth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftieth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftieth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (500, 501, 502)
HEARD = Path(__file__).resolve().parent / "data" / "fiftieth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftieth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"willowshed", "fletchery", "stillroom"}
DEVICES = {"soaker", "crester", "atomiser"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"soaker", "crester" and "atomiser" are words other splits are unlikely to say, so few
of their sentences, if any, are ones this set could say (its snapshot)."""
ZAPPED = ("ow, static again", "zap, that handle bit me",
          "yowch, static shock", "bzzt, another zap", "ouch, the trolley's charged",
          "eek, the banister sparked")
"""What a speaker says as a static shock makes them jump, before asking the room for
what they want (:func:`zapped`): no word of the set's pools, no number the labels
keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as a static shock makes the speaker jump ("ow, static again what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ow", "static", "again", "zap", "handle", "bit", "yowch",
          "shock", "bzzt", "another", "ouch", "trolley's", "charged", "eek", "sparked",
          "banister"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker jumping at a static shock says (a row with one is never said after it:
"ow, static again turn the lamp on and then" is nobody's)."""
_BESIDE = ("a lifeguard's calls, a chirping budgie, calling the donkeys, a dog agility "
           "handler, a bobsleigh commentary, a battleships game, a dragonfly by the pond or "
           "a spillikins game")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as hazy, gritty, overgrown, full of "
              "leaves, smudged, shiny-papered, corroded, dusted white, hot with spice, "
              "briny, warm or full of suds")
"""In scope: a taught phrase with its name written with the same sounds another way
("ring misty" for "ring mistie", "drop sandy a line" for "drop sandie a line", "text
inky about the cedar shafts order" for "text inkie about the cedar shafts order"),
plainly or beside a clause."""
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
NEW_OUT_OF_SCOPE = ("a prize cockerel named it", "a canal boat cat named it",
                    "written in the sand on the beach",
                    "on a bus's destination blind",
                    "spelt in flowers on a roundabout",
                    "asking a nurseryman about an apple tree called it",
                    "the night watchman's tale about it",
                    "the tram conductor's catchphrase",
                    "forbidden by the caravan site rules",
                    "an untaught request joined to it by not to mention")
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
    lifeguard's call of the water, a chirping budgie of its seed)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_zapped(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`ZAPPED` before a
    request."""
    return any(text.startswith(f"{norm(zap)} ") for zap in ZAPPED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as a static shock makes them jump (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_zapped(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth")
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


def zapped(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    gets a static shock, after one of :data:`ZAPPED`, with or without a comma ("ow,
    static again, turn on the lamp", "zap, that handle bit me switch the heating on"),
    as people do when the spark makes them jump and they ask for what they want anyway;
    never a row that asks something (:data:`ASKING` first), already joins itself to
    something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ow, static again, what's on the telly" is no request)
        zap = rng.choice(ZAPPED)
        yield f"{zap}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftieth", seeds=SEEDS, salt=(9013, 50), homes=tables.HOMES,
    routines=tables.FIFTIETH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=zapped, swaps=tables.SWAPS)
"""The fiftieth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("tweetaloo! our prize
cockerel is named feed withy")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTIETH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                        UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTIETH_KINDS = (*FIFTIETH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fiftieth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTIETH_ROUTINES = tables.FIFTIETH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTIETH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone inky" for "phone inkie")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(50, 50, 60),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftieth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fiftieth-set home and its cases (``heard`` reads
    benchmarks/data/fiftieth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FIFTIETH_IN_SCOPE",
    "FIFTIETH_KINDS",
    "FIFTIETH_ROUTINES",
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
    "ZAPPED",
    "bears_on",
    "build_fiftieth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "was_zapped",
    "zapped",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
