"""The sixty-second held-out set of benchmarks/resolver.py (split "sixtysecond", seeds
620-622).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_sixtysecond_text.py`` or
``_resolver_sixtysecond_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_sixtysecond_text.HOMES``: a globe maker's mews flat with the globeroom
over the archway, a wig maker's maisonette with the wigroom over the old dairy, a mead
maker's farmhouse with the meadery behind the hives), each teaching 22 of its own
routines with 23 of the generic pool, its pets named after what a globe maker gilds or
polishes, what a wig maker dyes or combs hair on, or what a mead maker bottles or
brews, that another phrase of the home says as a word ("feed cartouche" beside "gild
the cartouche panel", "walk meridian" beside "polish the meridian ring", "feed marabou"
beside "dye the marabou trim", "walk hackle" beside "clean the steel hackle", "feed
pyment" beside "bottle the grape pyment", "walk braggot" beside "brew the malt
braggot"), its people with names a recogniser writes as the word they sound like, as a
speaker who sounds no "r" after a vowel says both ("banna" as "banner" beside "hang the
shop banner", "benda" as "bender" beside "find the pipe bender", "flicka" as "flicker"
beside "fix the screen flicker", "lenda" as "lender" beside "pay the money lender",
"manna" as "manor" beside "sweep the manor drive", "molda" as "moulder" beside "oil the
spindle moulder", "shelta" as "shelter" beside "paint the bike shelter", "kanta" as
"canter" beside "book the beach canter", "roka" as "rocker" beside "sand the oak
rocker", "halta" as "halter" beside "buckle the pony halter"), and two with no other
writing (Rhian, Mali); its other routines and the siblings of ``UNTAUGHT`` are held
out. It is built by the shared generator of benchmarks/_resolver_blind.py from this
set's words, and this module adds the kinds that generator has no way to make. It has
no heard transcripts (benchmarks/data/sixtysecond_heard.json was not made; the
generator reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a taekwondo class
  in the church hall first ("charyeot, kyungrye. X"), a green woodpecker yaffling in
  the orchard first, one word no dictionary of the speaker's has ("yaffle! X"), a taiko
  drum group practising in the scout hut first ("yoisho, yoisho! X"), an oystercatcher
  piping on the shingle first ("kleep kleep! X"), a remark on the graupel pattering on
  the skylight after ("X, graupel"), a remark on redwings at the windfalls after ("X,
  redwings"), a game of piquet at the table after ("X, repique"), a remark on
  celandines on the hedgebank after ("X, celandines"), the phrase between a green
  woodpecker's yaffle and a graupel remark ("yaffle! X, graupel"), and the phrase said
  in the middle of a taekwondo class's calls, which go on after it ("charyeot, X,
  kyungrye"); and two kinds made here: a taught phrase as a recogniser mishears it
  beside one of those clauses (:data:`MISHEARD`), and a taught name written as it
  sounds ("ring banner" for "ring banna", "send moulder a text" for "send molda a
  text": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("yaffle feed cartouche") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("klyoo, ring banna") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a koi
  carp named it ("the biggest koi carp in the garden centre pond is called X"), a robot
  lawnmower named it ("the robot lawnmower next door is called X"), a bouncy castle
  named it ("the hired bouncy castle for the party is called X"), a paddle steamer
  named it ("the old paddle steamer on the loch is called X"), a rag doll named it ("my
  niece's rag doll is called X"), engraved on a pocket watch ("the jeweller engraved X
  on a pocket watch"), printed on a seed packet ("the nursery printed X on a seed
  packet"), chiselled on a foundation stone ("the mason chiselled X on a foundation
  stone"), doodled on a paper napkin ("the waiter doodled X on a paper napkin") and
  burnt into a cricket bat ("the groundsman burnt X into a cricket bat"): each names or
  writes the phrase and asks the assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
sixty-first's: a row said straight after the speaker bites into a hot chilli ("phew,
chilli's fierce, turn on the lamp", "hah, jalapeno switch the heating on"), as people
do when a chilli burns their mouth and they ask for what they want anyway
(:func:`chillied`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_sixtysecond_labels.py) and in
tests/test_resolver_sixtysecond_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_sixtysecond_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_sixtysecond_labels import LABELS

SEEDS = (620, 621, 622)
HEARD = Path(__file__).resolve().parent / "data" / "sixtysecond_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "sixtysecond_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"globeroom", "wigroom", "meadery"}
DEVICES = {"orrery", "wefter", "degasser"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"orrery", "wefter" and "degasser" are words other splits are unlikely to say, so
few of their sentences, if any, are ones this set could say (its snapshot)."""
CHILLI = ("phew, chilli's fierce", "hah, jalapeno", "ooh, lips tingling",
          "argh, chilli", "wahh, my mouth's ablaze", "yowee, peppery")
"""What a speaker says as they bite into a hot chilli, before asking the room for what
they want (:func:`chillied`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said after a bite of chilli ("phew, chilli's fierce what's the weather" is
a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "phew", "chilli's", "fierce", "hah", "jalapeno", "ooh",
          "lips", "tingling", "argh", "chilli", "wahh", "mouth's", "ablaze", "yowee",
          "peppery"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker says as they bite into a hot chilli (a row with one is never said
after it: "phew, chilli's fierce turn the lamp on and then" is nobody's)."""
_BESIDE = ("a taekwondo class, a yaffling woodpecker, a taiko group, a piping "
           "oystercatcher, the graupel, redwings, a game of piquet or celandines")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as what a shop hangs out, what bends "
              "pipes, what a failing screen does, one who lends money, a great house, "
              "what shapes wood on a spindle, what keeps bikes dry, a horse's easy "
              "gallop, a rocking chair or what a pony is led by")
"""In scope: a taught phrase with its name written with the same sounds another way
("phone banner" for "phone banna", "send moulder a text" for "send molda a text", "text
halter about the museum trip" for "text halta about the museum trip"), plainly or
beside a clause."""
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
NEW_OUT_OF_SCOPE = ("a koi carp named it", "a robot lawnmower named it",
                    "a bouncy castle named it",
                    "a paddle steamer named it",
                    "a rag doll named it",
                    "engraved on a pocket watch",
                    "printed on a seed packet",
                    "chiselled on a foundation stone",
                    "doodled on a paper napkin",
                    "burnt into a cricket bat")
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
    graupel remark after a message, a taekwondo class's calls beside a lift to a
    class)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_chillied(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`CHILLI` before a
    request."""
    return any(text.startswith(f"{norm(ow)} ") for ow in CHILLI)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as they bite into a hot chilli (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_chillied(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird",
           "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh", "fiftyeighth",
           "fiftyninth", "sixtieth", "sixtyfirst")
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


def chillied(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    bites into a hot chilli, after one of :data:`CHILLI`, with or without a comma
    ("phew, chilli's fierce, turn on the lamp", "hah, jalapeno switch the heating on"),
    as people do when a chilli burns their mouth and they ask for what they want
    anyway; never a row that asks something (:data:`ASKING` first), already joins
    itself to something, times it or pleads (:data:`JOINED`), or is a word or two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("phew, chilli's fierce, what's on the telly" is no request)
        ow = rng.choice(CHILLI)
        yield f"{ow}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="sixtysecond", seeds=SEEDS, salt=(9613, 62), homes=tables.HOMES,
    routines=tables.SIXTYSECOND_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=chillied, swaps=tables.SWAPS)
"""The sixty-second set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("yaffle! the robot
lawnmower next door is called feed cartouche")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
SIXTYSECOND_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                       UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
SIXTYSECOND_KINDS = (*SIXTYSECOND_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                    UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the sixty-second set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
SIXTYSECOND_ROUTINES = tables.SIXTYSECOND_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.SIXTYSECOND_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone banner" for "phone banna")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(62, 62, 62),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_sixtysecond(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A sixty-second-set home and its cases (``heard`` reads
    benchmarks/data/sixtysecond_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CHILLI",
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
    "SIXTYSECOND_IN_SCOPE",
    "SIXTYSECOND_KINDS",
    "SIXTYSECOND_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_sixtysecond",
    "chillied",
    "could_say",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "was_chillied",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
