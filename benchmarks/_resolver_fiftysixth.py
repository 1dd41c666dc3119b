"""The fifty-sixth held-out set of benchmarks/resolver.py (split "fiftysixth", seeds
560-562).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_fiftysixth_text.py`` or
``_resolver_fiftysixth_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_fiftysixth_text.HOMES``: a charcoal burner's hut in the coppice with the
kilnyard by the clearing, a coracle maker's cottage with the lathhouse by the weir, a
glover's terrace with the glovery above the shop), each teaching 22 of its own routines
with 23 of the generic pool, its people and pets named after what a charcoal burner
makes or clears, what a coracle is sealed or covered with or the leather and the piece
a glover cuts that another phrase of the home says as a word ("feed charcoal" beside
"stack the charcoal sacks", "brush brash" beside "burn the brash pile", "feed pitch"
beside "heat the pitch kettle", "brush calico" beside "stretch the calico covers",
"feed nappa" beside "cut the nappa panels", "brush gusset" beside "stitch the gusset
strips"), or with names a recogniser writes as the word they sound like, most as a
speaker who sounds no "r" after a vowel says both ("nita" as "neater" beside "make the
log stacks neater", "masha" as "masher" beside "wash the potato masher", "salva" as
"salver" beside "polish the silver salver", "dona" as "donor" beside "book the blood
donor session", "milla" as "miller" beside "ring the corn miller", "lona" as "loaner"
beside "return the loaner bike", "pola" as "polar" beside "wash the polar fleece",
"sima" as "seamer" beside "oil the glove seamer", "sola" as "solar" beside "clean the
solar panels", "bita" as "beater" beside "wash the egg beater", "holda" as "holder"
beside "refill the candle holder"), and one in any accent ("blaise" as "blaze" beside
"damp down the bonfire blaze"); its other routines and the siblings of ``UNTAUGHT`` are
held out. It is built by the shared generator of benchmarks/_resolver_blind.py from this
set's words, and this module adds the kinds that generator has no way to make. It has no
heard transcripts (benchmarks/data/fiftysixth_heard.json was not made; the generator
reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a chestnut seller
  on the high street first ("chestnuts, roasting chestnuts, a bagful for sixpence. X"),
  a nightjar churring on the heath first, one word no dictionary of the speaker's has
  ("churrrr! X"), calling the sheep in off the common first ("yowes, yowes! X"), a punch
  and judy professor at the seaside first ("that's the way to do it, judy! X"), a remark on a
  hot air balloon drifting over after ("X, the balloonists are waving"), a remark on
  the swifts round the chimneys after ("X, the swifts are here"), a game of buckaroo at
  the table after ("X, buckaroo"), a remark on the northern lights over the hill after
  ("X, the aurora's flickering"), the phrase between a call to the sheep and a swifts
  remark ("yowes, yowes! X, the swifts are here"), and the phrase said in the middle of
  a chestnut seller's cry, which goes on after it ("chestnuts, roasting chestnuts, X, a
  bagful for sixpence"); and two kinds made here: a taught phrase as a recogniser
  mishears it beside one of those clauses (:data:`MISHEARD`), and a taught name written
  as it sounds ("phone seamer" for "phone sima", "drop neater a line" for "drop nita a
  line": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("churrrr feed charcoal") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("jurrrr, ring blaise") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  church bell named it ("the new tenor bell is called X"), a guinea pig named it ("our
  guinea pig is called X"), a cheese named it ("the dairy's new cheese is called X"), a
  sheepdog named it ("the farmer's sheepdog is called X"), a climbing route named it
  ("the new route on the crag is called X"), a gin named it ("the distillery's new gin
  is called X"), scrawled in the dust on a van ("someone scrawled X in the dust on my
  van"), knitted into a jumper ("nana knitted X into a jumper"), carved on a walking
  stick ("grandad carved X on his walking stick") and painted on a garden shed ("dad
  painted X on the garden shed"): each names or writes the phrase and asks the
  assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
fifty-fifth's: a row said straight after the speaker stands up on a leg gone to pins
and needles ("ooh, pins and needles, turn on the lamp", "eesh, my foot's tingling
switch the heating on"), as people do when a leg they sat on wakes up and they ask for
what they want anyway (:func:`tingled`). Sentences a dataset or another split has are
left out. Labels are guarded in code (benchmarks/_resolver_fiftysixth_labels.py) and in
tests/test_resolver_fiftysixth_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_fiftysixth_text as tables
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_fiftysixth_labels import LABELS
from _resolver_made_here import paused, unpunctuated

SEEDS = (560, 561, 562)
HEARD = Path(__file__).resolve().parent / "data" / "fiftysixth_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "fiftysixth_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"kilnyard", "lathhouse", "glovery"}
DEVICES = {"bagger", "bender", "clicker"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"bagger", "bender" and "clicker" are words other splits are unlikely to say, so few of
their sentences, if any, are ones this set could say (its snapshot)."""
TINGLED = ("ooh, pins and needles", "eesh, my foot's tingling", "ohh, numb toes",
           "urgh, pins and needles in my leg", "owf, dead leg", "yeesh, tingly foot")
"""What a speaker says as a leg they sat on wakes up in pins and needles, before asking
the room for what they want (:func:`tingled`): no word of the set's pools, no number the
labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said as the pins and needles start ("ooh, pins and needles what's the
weather" is a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ooh", "pins", "needles", "eesh", "foot's", "tingling",
          "ohh", "numb", "toes", "urgh", "leg", "owf", "dead", "yeesh", "tingly",
          "foot"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker says as pins and needles start (a row with one is never said after it:
"ooh, pins and needles turn the lamp on and then" is nobody's)."""
_BESIDE = ("a chestnut seller's cry, a churring nightjar, calling the sheep, a punch "
           "and judy professor, a hot air balloon, the swifts, a game of buckaroo or "
           "the northern lights")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as tidier, a thing that mashes, a "
              "tray, one who gives blood, one who mills, a thing lent, of the poles, a "
              "machine that seams, of the sun, a whisk, a stand or a fire")
"""In scope: a taught phrase with its name written with the same sounds another way
("phone seamer" for "phone sima", "drop neater a line" for "drop nita a line", "text
holder about the geography field trip" for "text holda about the geography field trip"),
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
NEW_OUT_OF_SCOPE = ("a church bell named it", "a guinea pig named it",
                    "a cheese named it",
                    "a sheepdog named it",
                    "a climbing route named it",
                    "a gin named it",
                    "scrawled in the dust on a van",
                    "knitted into a jumper",
                    "carved on a walking stick",
                    "painted on a garden shed")
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
    chestnut seller's cry of a fish pie, a nightjar of the brash pile burnt on its
    heath)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_tingling(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`TINGLED` before a
    request."""
    return any(text.startswith(f"{norm(ow)} ") for ow in TINGLED)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as pins and needles start (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_tingling(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird",
           "fiftyfourth", "fiftyfifth")
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


def tingled(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    stands on a leg gone to pins and needles, after one of :data:`TINGLED`, with or
    without a comma ("ooh, pins and needles, turn on the lamp", "eesh, my foot's
    tingling switch the heating on"), as people do when a leg they sat on wakes up and
    they ask for what they want anyway; never a row that asks something (:data:`ASKING`
    first), already joins itself to something, times it or pleads (:data:`JOINED`), or
    is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ooh, pins and needles, what's on the telly" is no request)
        ow = rng.choice(TINGLED)
        yield f"{ow}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="fiftysixth", seeds=SEEDS, salt=(9613, 66), homes=tables.HOMES,
    routines=tables.FIFTYSIXTH_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=tingled, swaps=tables.SWAPS)
"""The fifty-sixth set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("churrrr! the new tenor bell is
called feed charcoal")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
FIFTYSIXTH_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                       UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
FIFTYSIXTH_KINDS = (*FIFTYSIXTH_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                    UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the fifty-sixth set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
FIFTYSIXTH_ROUTINES = tables.FIFTYSIXTH_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.FIFTYSIXTH_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone seamer" for "phone sima")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(56, 56, 66),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_fiftysixth(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A fifty-sixth-set home and its cases (``heard`` reads
    benchmarks/data/fiftysixth_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "FIFTYSIXTH_IN_SCOPE",
    "FIFTYSIXTH_KINDS",
    "FIFTYSIXTH_ROUTINES",
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
    "TINGLED",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_fiftysixth",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "tingled",
    "unpunctuated",
    "used_texts",
    "was_tingling",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
