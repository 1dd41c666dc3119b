"""The twenty-third held-out set of benchmarks/resolver.py (split "twentythird",
seeds 230-232).

Written blind in one session of issue 14, while other engineers tuned the resolver on
the earlier sets: its author never ran the resolver on it, nor read the resolver's code,
and it is run once, by the lead, after that tuning. Tuning must not open this file,
``_resolver_twentythird_text.py`` or ``_resolver_twentythird_labels.py``.

It judges what a taught phrase said amid a family's talk means, in shapes and words no
earlier set has. One home per seed (``_resolver_twentythird_text.HOMES``: an amateur
astronomer's hilltop cottage, a dog groomer's bungalow with a salon, a lock keeper's
cottage on a canal), each teaching 22 of its own routines with 23 of the generic pool;
its other routines and the siblings of ``UNTAUGHT`` are held out. It is built by the
shared generator of benchmarks/_resolver_blind.py from this set's words, and this module
adds the kinds that generator has no way to make. It has no heard transcripts
(benchmarks/data/twentythird_heard.json was not made; the generator reads a missing file
as none). Besides every kind the other sets report:

- in scope, every taught phrase said exactly beside each of eleven kinds of clause of the
  speaker's own that does not bear on it (:data:`WRAPPED_KINDS`), said first or after,
  with and without "and", "but" and "so": a word to the children first ("boys, stop
  flicking peas. X"), a word to someone in the room after "and" ("X and horatio, put
  that recorder down"), talking to oneself first ("come on, grey matter, concentrate.
  X") or after "so" ("X so, now, where's my darning needle"), an exclamation about
  something else ("phwoar, what a pong! X"), a question about something else after "but"
  ("X, but who's nabbed my fountain pen?"), a greeting to someone arriving ("well well,
  look who's blown in! X"), thanks to someone in the room ("X, thanks oodles for the
  scones, mavis"), something else banned after "and" ("X and no conkers on the
  landing"), news of somebody else after "so" ("X, so, dermot's popped the
  question") and a wake word of the household's own with "please" ("genie, X please,
  hunky dory"); and two kinds made here: a taught phrase as a recogniser mishears it (a
  letter dropped, two words run together, a word split, a sound off, a word said twice)
  beside such a clause (:data:`MISHEARD`), and a taught name written with the same
  sounds another way ("phone neve" for "phone niamh", plainly and beside two clauses:
  :data:`NAME_SPELT`);
- out of scope, the usual kinds in new words and eight kinds no earlier set has
  (:data:`NEW_OUT_OF_SCOPE`), each plainly and beside one of this set's clauses: the
  speaker will do it themselves ("i'll X myself in a minute"), it is someone else's turn
  ("it's your turn to X, toby"), a worry about it ("i hope X doesn't trip the fuse"), a
  thing meant to be done and now too late ("i meant to X this morning, too late now"), a
  promise to a child ("pinky promise, we'll X tomorrow"), a refusal to someone who asked
  ("no, sweetheart, we're not going to X"), an offer to someone in the room ("do you want
  me to X, grandma?") and the room asked first ("any objections if i X?");
- :data:`FRAMES`: the crowd-written requests of HWU64 and SLURP and Home Assistant's
  test sentences with a word of a taught phrase put in their place or device slot.

Its "real request" kinds recombine those datasets another way than the seventh's to
twenty-second's: a row with a place slot said without its place, and a place another row
of the same source and intent wrote said first as where the speaker is ("i'm in the
garage, switch the lights off" from "switch the kitchen lights off" and a row that
named the garage), as people say where they are rather than name the room. Sentences a
dataset or another split has are left out, the twenty-second's own cases included.
Labels are guarded in code (benchmarks/_resolver_twentythird_labels.py) and in
tests/test_resolver_twentythird_data.py.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterator
from pathlib import Path

import _resolver_blind as blind
import _resolver_made_here as made_here
from _resolver_blind import USUAL_OWN_OUT_OF_SCOPE, BlindSet, Row, fits, norm, wrap
from _resolver_data import Case, Home
from _resolver_eighth import FRAMES
from _resolver_ninth import dataset_rows
from _resolver_seventeenth import plain_name
from _resolver_twentythird_labels import LABELS
from _resolver_twentythird_text import (
    FRAGMENT_NEW_WRAPPERS,
    GLUED,
    HOMES,
    KIND_TEMPLATES,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    QUESTION_STARTS,
    REASON_CLASHES,
    SWAPS,
    TWENTYTHIRD_ROUTINES,
    TWENTYTHIRD_SOUND_ALIKE,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

SEEDS = (230, 231, 232)
HEARD = Path(__file__).resolve().parent / "data" / "twentythird_heard.json"
"""Where its heard transcripts would be (not made: the set has none, see above)."""
PLACES = {"observatory", "salon", "towpath"}
DEVICES = {"telescope", "dome", "woodburner", "extractor", "hydrobath", "clippers",
           "doorbell", "freezer", "horn", "range"}
"""Words of this set's phrases that name a place or a device (for the frames): not the
head nouns of two taught things ("dryer" of "blaster dryer on" and "salon blaster dryer
on", "lights")."""
MISHEARD = "a misheard phrase beside a household clause"
"""In scope: a taught phrase as a recogniser mishears it, beside a clause of the set."""
NAME_SPELT = "a taught name in a homophone spelling"
"""In scope: a taught phrase with its name written with the same sounds another way
("message shaun" for "message sean"), plainly or beside a clause."""
NEW_OUT_OF_SCOPE = ("the speaker will do it themselves", "someone else's turn to do it",
                    "worry about it", "meant to, too late now", "promise to a child",
                    "refused to someone who asked", "offer to someone in the room",
                    "asking the room first")
"""Out-of-scope kinds no earlier set has (each also said beside a clause)."""
OWN_OUT_OF_SCOPE = (*USUAL_OWN_OUT_OF_SCOPE, *NEW_OUT_OF_SCOPE)
"""Out-of-scope kinds of this set beyond the usual ones (the thirteenth's and
fourteenth's first)."""
WAKE_WORDS = "a new wake word with please"
"""The in-scope wrapper kind that is no clause: a name the household calls the assistant."""
CLAUSES = [w for kind, ws in WRAPPERS.items() if kind != WAKE_WORDS for w in ws]
"""The clauses said beside a misheard phrase or a name in another spelling (each only
where it does not bear on it, :func:`bears_on`)."""
WHEREABOUTS = ("i'm in the {}", "i'm up in the {}", "we're all in the {}",
               "i'm sat in the {}", "i'm just in the {}")
"""How a speaker says where they are, first, in a real request (:func:`placed_first`)."""


def bears_on(clause: str, text: str) -> bool:
    """Whether ``clause`` would bear on the request ``text`` (or not fit it): it holds
    a stretch of :data:`REASON_CLASHES` and ``text`` a word that stretch clashes with
    ("so, guess what, dermot's popped the question" of a call, "thanks oodles for the
    scones, mavis" of a feeding)."""
    return made_here.bears_on(clause, text, REASON_CLASHES)


USED = Path(__file__).resolve().parent / "data" / "twentythird_used.txt.gz"
"""The other splits' sentences this set could ever say from a dataset row, one a line
(:func:`live_used_texts`, written by running this module): building them again means
building every earlier blind set's homes, minutes of work, and the earlier sets are
frozen (tests/test_resolver_sets_unchanged.py)."""


def could_say(text: str) -> bool:
    """Whether a sentence could be one of this set's dataset cases: they all say a
    place or device word of the set (the frames) or say first where the speaker is
    (the recombined rows)."""
    return bool(set(text.split()) & (PLACES | DEVICES)) \
        or text.startswith(("i'm ", "we're ", "im ", "were "))


def live_used_texts() -> frozenset[str]:
    """Every dataset sentence another split draws on that this set could say,
    normalised: of the twenty-first's sources (the twentieth's and earlier ones
    included) and the out-of-scope cases of the twenty-first's and twenty-second's own
    homes (the twenty-second's snapshot holds only what the twenty-second could say, so
    its sources are read here from the twenty-first), those :func:`could_say` keeps."""
    from _resolver_twentyfirst import SEEDS as TWENTYFIRST_SEEDS
    from _resolver_twentyfirst import build_twentyfirst
    from _resolver_twentyfirst import used_texts as twentyfirst_used
    from _resolver_twentysecond import SEEDS as TWENTYSECOND_SEEDS
    from _resolver_twentysecond import build_twentysecond

    theirs = {norm(c.utterance)
              for build, seeds in ((build_twentyfirst, TWENTYFIRST_SEEDS),
                                   (build_twentysecond, TWENTYSECOND_SEEDS))
              for seed in seeds for c in build(seed, heard=False).cases if c.routine is None}
    return frozenset(t for t in twentyfirst_used() | theirs if could_say(t))


def used_texts() -> frozenset[str]:
    """:func:`live_used_texts` as written to :data:`USED`."""
    return made_here.read_used(USED)


def write_used(texts: frozenset[str] | None = None) -> None:
    """Write :data:`USED` from :func:`live_used_texts` (or ``texts``)."""
    made_here.write_used(USED, live_used_texts() if texts is None else texts)


DEVICE_HEADS = {"light", "lights", "lamp", "lamps", "fan", "tv", "heater", "plug", "socket",
                "speaker", "blinds", "curtains", "thermostat", "radio", "door", "windows"}
"""Nouns a place can stand before as a modifier ("the kitchen lights"): the place is
taken out of "the {} lights" only where such a noun follows, so "make the {} blue" (the
place the thing acted on) is never cut to "make the blue"."""
ROOM_HEADS = {"room", "kitchen", "bedroom", "bathroom", "hall", "hallway", "garage", "office",
              "porch", "den", "playroom", "lobby", "shed", "garden"}
"""How a place a speaker can be in ends ("living room", "master bedroom", "porch"): no
"house", "floor" or "carpets", which a speaker is not said to be in."""
_HEADS = "|".join(sorted(DEVICE_HEADS))
_PLACE_SAID = [
    # (how a row says its place, most specific first: "in the kitchen", "the kitchen
    # lights", "kitchen lights")
    (r"\s+(?:in|on|at|of|for|from|inside|near|around|outside|to)\s+(?:the\s+|my\s+|our\s+)?"
     r"\{\}(?=$|[\s,.?!])", ""),
    (rf"\b(the|my|our)\s+\{{\}}(?=\s+(?:{_HEADS})\b)", r"\1"),
    (rf"^\{{\}}\s+(?=(?:{_HEADS})\b)", ""),
]


def a_room(place: str) -> bool:
    """Whether a speaker can say they are in ``place`` ("i'm in the living room"): it
    ends with a room's name, and a bare "room" has a word of its own before it."""
    said = place.split()
    return bool(said) and said[-1] in ROOM_HEADS and "'" not in place \
        and said[0] not in ("this", "the", "my", "our") and place != "room"


def without_place(frame: str, kinds: tuple[str, ...], own: tuple[str, ...]) -> str | None:
    """A row with one place slot said without its place ("switch the {} lights off" ->
    "switch the lights off"), its other slots as the row has them; None when the place
    cannot be taken out whole, or what is left is no request of three words or more."""
    if kinds.count("place") != 1:
        return None
    i = kinds.index("place")
    text = frame.format(*["{}" if j == i else v for j, v in enumerate(own)])
    for pattern, said_instead in _PLACE_SAID:
        bare, n = re.subn(pattern, said_instead, text, count=1)
        if n:
            bare = re.sub(r"\s+", " ", bare).strip(" ,")
            said = bare.split()
            if "{" in bare or len(said) < 3 or said[-1] in ("the", "my", "our", "in", "of"):
                return None
            return bare
    return None


def same_intent_places(rows: list[Row]) -> dict[tuple[str, str], list[str]]:
    """(source, intent) -> every place its rows wrote that a speaker can be in (plain
    names of rooms only)."""
    places: dict[tuple[str, str], set[str]] = {}
    for _frame, kinds, own, source, intent in rows:
        for kind, value in zip(kinds, own, strict=True):
            if kind == "place" and plain_name(value) and a_room(value):
                places.setdefault((source, intent), set()).add(value)
    return {k: sorted(v) for k, v in places.items()}


def placed_first_all(rows: list[Row]) -> list[str]:
    """Every recombination of :func:`placed_first`, in a fixed order."""
    places = same_intent_places(rows)
    made: set[str] = set()
    for frame, kinds, own, source, intent in rows:
        bare = without_place(frame, kinds, own)
        if bare is None:
            continue
        mine = own[kinds.index("place")]
        for other in places.get((source, intent), []):
            if other != mine:
                made.add(f"{{}}, {bare}|{other}")
    return sorted(made)


def placed_first(rows: list[Row], rng: random.Random) -> Iterator[str]:
    """Real requests, one after another: a row said without its place, and a place
    another row of the same source and intent wrote said first as where the speaker is
    ("i'm in the garage, switch the lights off")."""
    made = placed_first_all(rows)
    while made:
        said, place = rng.choice(made).rsplit("|", 1)
        yield said.format(rng.choice(WHEREABOUTS).format(place))


SET = BlindSet(
    name="twentythird", seeds=SEEDS, salt=(7411, 29), homes=HOMES,
    routines=TWENTYTHIRD_ROUTINES, untaught=UNTAUGHT, wrappers=WRAPPERS,
    oos_wrappers=OOS_WRAPPERS, fragment_wrappers=FRAGMENT_NEW_WRAPPERS,
    kind_templates=KIND_TEMPLATES, near_miss_templates=NEAR_MISS_TEMPLATES,
    question_starts=QUESTION_STARTS, reason_clashes=REASON_CLASHES, names=NAMES,
    places=PLACES, devices=DEVICES, on_verbs=("light the ",),
    labels=LABELS, heard=HEARD, used_texts=used_texts, recombine=placed_first,
    swaps=SWAPS)
"""The twenty-third set, as the shared generator takes it."""
WRAPPED_KINDS = SET.wrapped_kinds
"""In-scope kinds: a taught phrase said exactly beside one kind of clause."""
WRAPPED_OUT = SET.wrapped_out
"""Out-of-scope kinds said beside one of this set's clauses ("phwoar, what a pong! i'll
feed luna myself in a minute")."""
TWENTYTHIRD_IN_SCOPE = (*WRAPPED_KINDS.values(), MISHEARD, NAME_SPELT)
TWENTYTHIRD_KINDS = (*TWENTYTHIRD_IN_SCOPE, *OWN_OUT_OF_SCOPE, *WRAPPED_OUT.values(),
                     FRAMES)
"""Kinds of the twenty-third set beyond the generic ones (the in-scope ones first)."""
POOL = SET.pool
CARRIERS = SET.carriers
_SPLITS, _SOUNDS = made_here.sound_ways(TWENTYTHIRD_SOUND_ALIKE, NAME_SPELLINGS)


def misheard(phrase: str, rng: random.Random) -> str:
    """``phrase`` as a recogniser mishears it, one way of
    ``_resolver_twentythird_text.MISHEARD_WAYS`` drawn among those that fit it (a
    letter dropped from a long word that is no name or number, two words run together,
    a word split, a sound off, a word of two letters or more said twice); the phrase
    itself when none fits."""
    return made_here.misheard(phrase, rng, labels=LABELS, glued=GLUED, splits=_SPLITS,
                              sounds=_SOUNDS, word_twice=True)


def name_spelt(phrase: str) -> list[str]:
    """``phrase`` with its name written each other way a recogniser writes its sounds."""
    return made_here.names_swapped(phrase, NAME_SPELLINGS)


def _add_made_here(home: Home, seed: int) -> None:
    """The kinds the shared generator cannot make (:data:`MISHEARD`,
    :data:`NAME_SPELT`), with a generator of their own so the shared generator's cases
    are what it makes for any set."""
    rng = random.Random(seed * 7919 + 23)
    phrases = home.phrases
    said = {c.utterance for c in home.cases}
    cases: list[Case] = []

    def beside(core: str, phrase: str, routine: str) -> str | None:
        for _try in range(30):
            clause = rng.choice(CLAUSES)
            if fits(SET, clause, core) and fits(SET, clause, phrase):
                text = wrap(clause, core)
                if LABELS.wrap_ok(text, phrase, routine, phrases):
                    return text
        return None

    def add(text: str | None, routine: str, kind: str) -> None:
        if text and text not in said:
            said.add(text)
            cases.append(Case(text, routine, kind))

    for phrase, routine in phrases:
        for _ in range(4):
            for _try in range(20):
                core = misheard(phrase, rng)
                if core != phrase and LABELS.noisy_ok(core, phrase, routine, phrases):
                    add(beside(core, phrase, routine), routine, MISHEARD)
                    break
        for core in name_spelt(phrase):
            if LABELS.noisy_ok(core, phrase, routine, phrases):
                add(core, routine, NAME_SPELT)
                for _ in range(2):
                    add(beside(core, phrase, routine), routine, NAME_SPELT)
    home.cases.extend(cases)


def build_twentythird(seed: int, *, n_routines: int = 45, per_phrase: int = 4,
                      per_kind: int = 40, n_real: int = 200, heard: bool = True) -> Home:
    """A twenty-third-set home and its cases (``heard`` reads
    benchmarks/data/twentythird_heard.json when it is there; it is not made)."""
    home = blind.build(SET, seed, n_routines=n_routines, per_phrase=per_phrase,
                       per_kind=per_kind, n_real=n_real, heard=heard)
    _add_made_here(home, seed)
    return home


__all__ = [
    "CARRIERS",
    "CLAUSES",
    "FRAMES",
    "MISHEARD",
    "NAME_SPELT",
    "NEW_OUT_OF_SCOPE",
    "OWN_OUT_OF_SCOPE",
    "POOL",
    "SEEDS",
    "SET",
    "TWENTYTHIRD_IN_SCOPE",
    "TWENTYTHIRD_KINDS",
    "TWENTYTHIRD_ROUTINES",
    "WAKE_WORDS",
    "WRAPPED_KINDS",
    "WRAPPED_OUT",
    "WRAPPER_WORDS",
    "a_room",
    "bears_on",
    "build_twentythird",
    "could_say",
    "dataset_rows",
    "live_used_texts",
    "misheard",
    "name_spelt",
    "placed_first",
    "placed_first_all",
    "same_intent_places",
    "used_texts",
    "without_place",
    "write_used",
]

if __name__ == "__main__":
    write_used()
