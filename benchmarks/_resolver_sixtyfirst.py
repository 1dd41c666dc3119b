"""The sixty-first held-out set of benchmarks/resolver.py (split "sixtyfirst", seeds
610-612).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it before it was committed with
its hashes, nor read the resolver's code, and it is run once, by the lead, after that
tuning. Tuning must not open this file, ``_resolver_sixtyfirst_text.py`` or
``_resolver_sixtyfirst_labels.py``.

It judges what a taught phrase means amid the everyday talk of a household, in shapes
and words no earlier set has, as a recogniser without punctuation writes that talk, and
as Whisper writes a pause between sentences (a comma). One home per seed
(``_resolver_sixtyfirst_text.HOMES``: a harp maker's townhouse with the harproom over
the coach arch, a felt maker's cottage with the feltshed by the mill leat, a spoon
carver's cabin with the spoonshed in the birchwood), each teaching 22 of its own
routines with 23 of the generic pool, its pets named after what a harp maker planes a
soundboard from or pins its strings with, what a felt maker cards or dyes, or what a
spoon carver hones or waxes, that another phrase of the home says as a word ("feed
spruce" beside "plane the spruce soundboard", "walk bray" beside "fit the bray pins",
"feed merino" beside "card the merino fleece", "walk roving" beside "dye the wool
roving", "feed sloyd" beside "hone the sloyd knife", "walk kuksa" beside "wax the kuksa
cup"), its people with names a recogniser writes as the word they sound like, as a
speaker who sounds no "r" after a vowel says both ("minda" as "minder" beside "pay the
cat minder", "borda" as "border" beside "weed the flower border", "binda" as "binder"
beside "label the blue binder", "finda" as "finder" beside "charge the stud finder",
"venda" as "vendor" beside "pay the fish vendor", "morta" as "mortar" beside "mix the
lime mortar", "hoppa" as "hopper" beside "fill the seed hopper", "pruna" as "pruner"
beside "sharpen the rose pruner", "zippa" as "zipper" beside "mend the coat zipper",
"dippa" as "dipper" beside "film the dipper on the weir"), and two with no other
writing (Wenna, Senara); its other routines and the siblings of ``UNTAUGHT`` are held
out. It is built by the shared generator of benchmarks/_resolver_blind.py from this
set's words, and this module adds the kinds that generator has no way to make. It has
no heard transcripts (benchmarks/data/sixtyfirst_heard.json was not made; the generator
reads a missing file as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of ten kinds of everyday
  household speech that does not bear on it (:data:`WRAPPED_KINDS`): a capoeira class
  in the community centre first ("ginga, esquiva. X"), a curlew calling over the
  mudflats first, one word no dictionary of the speaker's has ("coorlee! X"), a kabaddi
  raider chanting at the sports centre first ("kabaddi kabaddi! X"), a cock pheasant
  crowing in the stubble first ("kok kok! X"), a remark on the smirr drifting in off
  the moor after ("X, smirr"), a remark on siskins in the alders after ("X, siskins"), a
  game of bezique at the table after ("X, bezique"), a remark on aconites under the
  hornbeams after ("X, aconites"), the phrase between a curlew's call and a smirr remark
  ("coorlee! X, smirr"), and the phrase said in the middle of a capoeira class's calls,
  which go on after it ("ginga, X, esquiva"); and two kinds made here: a taught phrase
  as a recogniser mishears it beside one of those clauses (:data:`MISHEARD`), and a
  taught name written as it sounds ("ring minder" for "ring minda", "send mortar a
  text" for "send morta a text": plainly and beside a clause, :data:`NAME_SPELT`);
- written without punctuation (:data:`UNPUNCTUATED`): for half of the cases said beside
  a clause, in scope and out of it, the same sentence again as an open-vocabulary
  recogniser writes it, lowercase with no comma, full stop, colon, question mark or
  hyphen ("coorlee feed spruce") (:func:`unpunctuated`);
- a sentence end written as a comma (:data:`PAUSED`): for a quarter of the in-scope
  cases said exactly beside a clause that ends a sentence before the phrase, the same
  sentence again with each full stop, question or exclamation mark between sentences
  written as a comma, as Whisper writes a pause ("whaup, ring minda") (:func:`paused`);
- out of scope, the usual kinds in new words and ten kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: a
  seaside donkey named it ("the seaside donkey at weston is called X"), a treehouse
  named it ("the kids' treehouse in the oak is called X"), a pedalo named it ("the swan
  pedalo on the boating lake is called X"), a double decker bus named it ("the vintage
  double decker bus is called X"), a hamster named it ("my nephew's hamster is called
  X"), stamped on a dog tag ("the locksmith stamped X on a dog tag"), scratched into a
  school desk ("some lad scratched X into a school desk"), written on a luggage tag
  ("the porter wrote X on a luggage tag"), cut into a topiary hedge ("the gardener cut
  X into a topiary hedge") and painted on a weather vane ("the signwriter painted X on
  a weather vane"): each names or writes the phrase and asks the assistant nothing;
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot (all
  three CC BY 4.0; each folder of ../shared/datasets names its source, commit and
  licence in SOURCE.md and LICENSE.txt).

Its "real request" kinds recombine those datasets another way than the seventh's to
sixtieth's: a row said straight after the speaker gets an eyelash in their eye ("ow,
eyelash in my eye, turn on the lamp", "argh, stray eyelash switch the heating on"), as
people do when an eyelash gets in their eye and they ask for what they want anyway
(:func:`eyelashed`). Sentences a dataset or another split has are left out. Labels are
guarded in code (benchmarks/_resolver_sixtyfirst_labels.py) and in
tests/test_resolver_sixtyfirst_data.py.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

import _resolver_made_here as made_here
import _resolver_sixtyfirst_text as tables
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, norm
from _resolver_data import Home
from _resolver_eighth import FRAMES
from _resolver_made_here import paused, unpunctuated
from _resolver_sixtyfirst_labels import LABELS

SEEDS = (610, 611, 612)
HEARD = Path(__file__).resolve().parent / "data" / "sixtyfirst_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
USED = Path(__file__).resolve().parent / "data" / "sixtyfirst_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, and the earlier sets are frozen
(tests/test_resolver_sets_unchanged.py)."""
PLACES = {"harproom", "feltshed", "spoonshed"}
DEVICES = {"thicknesser", "needler", "hollower"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of taught things in two homes' words ("lamp", "lights", "heater", "radiator").
"thicknesser", "needler" and "hollower" are words other splits are unlikely to say, so
few of their sentences, if any, are ones this set could say (its snapshot)."""
EYELASH = ("ow, eyelash in my eye", "ugh, lash in my eye", "ooh, something in my eye",
           "argh, stray eyelash", "eek, my eye's streaming", "ouch, eyelash again")
"""What a speaker says as an eyelash gets in their eye, before asking the room for what
they want (:func:`eyelashed`): no word of the set's pools, no number the labels keep."""
ASKING = {"what", "what's", "whats", "how", "how's", "when", "when's", "where", "where's",
          "which", "who", "who's", "why", "is", "are", "was", "were", "do", "does", "did",
          "can", "could", "will", "would", "should", "has", "have", "am", "tell", "give"}
"""First words of a row that asks something or has the assistant say something: such a
row is never said with an eyelash in the eye ("ow, eyelash in my eye what's the weather" is
a question put to the room, not the shape this kind makes)."""
JOINED = {"because", "as", "since", "so", "cause", "'cause", "cos", "and", "then",
          "but", "or", "while", "whilst", "when", "after", "before", "until", "till",
          "if", "please", "ow", "eyelash", "eye", "ugh", "lash", "ooh", "something",
          "argh", "stray", "eek", "eye's", "streaming", "ouch", "again"}
"""Words of a row that already join it to something, time it or plead for it, or say
what a speaker says as an eyelash gets in their eye (a row with one is never said
after it: "ow, eyelash in my eye turn the lamp on and then" is nobody's)."""
_BESIDE = ("a capoeira class, a calling curlew, a kabaddi raider, a crowing pheasant, "
           "the smirr, siskins, a game of bezique or aconites")
MISHEARD = f"a misheard phrase beside {_BESIDE}"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = ("a taught name a recogniser writes as one who minds a cat, what edges a "
              "lawn, what holds papers, what finds a stud, one who sells fish, what "
              "binds bricks, what feeds seed, what prunes a rose, what fastens a coat "
              "or a bird on the weir")
"""In scope: a taught phrase with its name written with the same sounds another way
("phone minder" for "phone minda", "send mortar a text" for "send morta a text", "text
dipper about the aquarium trip" for "text dippa about the aquarium trip"), plainly or
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
NEW_OUT_OF_SCOPE = ("a seaside donkey named it", "a treehouse named it",
                    "a pedalo named it",
                    "a double decker bus named it",
                    "a hamster named it",
                    "stamped on a dog tag",
                    "scratched into a school desk",
                    "written on a luggage tag",
                    "cut into a topiary hedge",
                    "painted on a weather vane")
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
    smirr remark after a message, a capoeira class's calls beside a lift to a class)."""
    return made_here.bears_on(clause, text, tables.REASON_CLASHES)


def was_eyelashed(text: str) -> bool:
    """Whether a normalised sentence starts with one of :data:`EYELASH` before a
    request."""
    return any(text.startswith(f"{norm(ow)} ") for ow in EYELASH)


def could_say(text: str) -> bool:
    """Whether a normalised sentence could be one of this set's dataset cases: they all
    say a place or device word of the set (the frames) or start with what the speaker
    says as an eyelash gets in their eye (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) or was_eyelashed(text)


EARLIER = ("twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth",
           "twentysixth", "twentyseventh", "twentyeighth", "twentyninth", "thirtieth",
           "thirtyfirst", "thirtysecond", "thirtythird", "thirtyfourth",
           "thirtyfifth", "thirtysixth", "thirtyseventh", "thirtyeighth", "thirtyninth",
           "fortieth", "fortyfirst", "fortysecond", "fortythird", "fortyfourth",
           "fortyfifth", "fortysixth", "fortyseventh", "fortyeighth", "fortyninth",
           "fiftieth", "fiftyfirst", "fiftysecond", "fiftythird",
           "fiftyfourth", "fiftyfifth", "fiftysixth", "fiftyseventh", "fiftyeighth",
           "fiftyninth", "sixtieth")
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


def eyelashed(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a dataset row said straight after the speaker
    gets an eyelash in their eye, after one of :data:`EYELASH`, with or without a comma
    ("ow, eyelash in my eye, turn on the lamp", "argh, stray eyelash switch the heating
    on"), as people do when an eyelash gets in their eye and they ask for what they
    want anyway; never a row that asks something (:data:`ASKING` first), already
    joins itself to something, times it or pleads (:data:`JOINED`), or is a word or
    two."""
    while rows:
        frame, _kinds, own, _source, _intent = rng.choice(rows)
        request = frame.format(*own).strip().rstrip(" .?!,")
        said = norm(request).split()
        if len(said) < 3 or said[0] in ASKING or set(said) & JOINED:
            continue  # ("ow, eyelash in my eye, what's on the telly" is no request)
        ow = rng.choice(EYELASH)
        yield f"{ow}{rng.choice((',', ''))} {request[:1].lower()}{request[1:]}"


SET = BlindSet(
    name="sixtyfirst", seeds=SEEDS, salt=(9613, 61), homes=tables.HOMES,
    routines=tables.SIXTYFIRST_ROUTINES, untaught=tables.UNTAUGHT, wrappers=tables.WRAPPERS,
    oos_wrappers=tables.OOS_WRAPPERS, fragment_wrappers=tables.FRAGMENT_NEW_WRAPPERS,
    kind_templates=tables.KIND_TEMPLATES, near_miss_templates=tables.NEAR_MISS_TEMPLATES,
    question_starts=tables.QUESTION_STARTS, reason_clashes=tables.REASON_CLASHES,
    names=tables.NAMES, places=PLACES, devices=DEVICES, on_verbs=(), labels=LABELS, heard=HEARD,
    used_texts=used_texts, recombine=eyelashed, swaps=tables.SWAPS)
"""The sixty-first set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("coorlee! the seaside
donkey at weston is called feed spruce")."""
OWN_TEMPLATES = tables.KIND_TEMPLATES
"""Every out-of-scope kind's templates."""
SIXTYFIRST_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT,
                       UNPUNCTUATED["in scope"], UNPUNCTUATED["misheard"], PAUSED)
SIXTYFIRST_KINDS = (*SIXTYFIRST_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                    UNPUNCTUATED["out of scope"], FRAMES)
"""Kinds of the sixty-first set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
SIXTYFIRST_ROUTINES = tables.SIXTYFIRST_ROUTINES
WRAPPER_WORDS = tables.WRAPPER_WORDS
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(tables.SIXTYFIRST_SOUND_ALIKE, tables.NAME_SPELLINGS)


misheard: Callable[[str, random.Random], str] = partial(
    made_here.misheard, labels=LABELS, glued=tables.GLUED, splits=_SPLITS, sounds=_SOUNDS,
    word_twice=True)
"""``misheard(phrase, rng)``: ``phrase`` as a recogniser mishears it (a letter dropped
from a long word that is no name or number, two words run together, a word split, a
sound off, a word said twice); the phrase itself when no way fits."""
name_spelt: Callable[[str], list[str]] = partial(made_here.names_swapped,
                                                 others=tables.NAME_SPELLINGS)
"""``name_spelt(phrase)``: ``phrase`` with its name written each other way a
recogniser writes its sounds ("phone minder" for "phone minda")."""


MADE = made_here.MadeHere(
    SET, CLAUSES, misheard, name_spelt, MISHEARD, NAME_SPELT, salts=(61, 61, 61),
    unpunctuated=unpunctuated, unpunctuated_kinds=UNPUNCTUATED, paused=paused, paused_kind=PAUSED)
"""The kinds this set makes beside the shared generator's, with its own draws."""


def build_sixtyfirst(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                     per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A sixty-first-set home and its cases (``heard`` reads
    benchmarks/data/sixtyfirst_heard.json when it is there; it is not made)."""
    return made_here.build(MADE, seed, n_routines=n_routines, per_phrase=per_phrase,
                           per_kind=per_kind, n_real=n_real, heard=heard)


__all__ = [
    "ASKING",
    "CARRIERS",
    "CLAUSES",
    "EYELASH",
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
    "SIXTYFIRST_IN_SCOPE",
    "SIXTYFIRST_KINDS",
    "SIXTYFIRST_ROUTINES",
    "UNPUNCTUATED",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "bears_on",
    "build_sixtyfirst",
    "could_say",
    "eyelashed",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "paused",
    "unpunctuated",
    "used_texts",
    "was_eyelashed",
]

if __name__ == "__main__":
    made_here.write_used(USED, live_used_texts())
