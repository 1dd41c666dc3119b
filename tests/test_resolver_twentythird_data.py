"""The twenty-third held-out set of benchmarks/resolver.py
(benchmarks/_resolver_twentythird.py) is well formed, and its labels hold: in-scope cases
keep every content word of their phrase and say no other routine's (a misheard one passes
the noisy guard, a name in another spelling is one of the name's listed homophones),
wrapped ones say their phrase exactly beside a clause of a family's talk whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine (so the clause cannot bear on the request), no out-of-scope case is a taught
phrase (wrapped, in synonyms, or a request for the same thing), the new out-of-scope
kinds say the phrase in words the labels keep, near siblings differ from a taught phrase
in one word, fragments are proper parts of taught phrases, and its dataset sentences
are ones no other split uses. Only the data is checked here: the set is run once, by the
lead, on the final resolver, and no test here asks the resolver anything. Each home is
built once for the module; the earlier sets' kinds, homes and words are read from their
own modules, never written out here.

Checks every held-out set shares (this one's among them) are one test over the sets
in tests/test_resolver_blind_sets.py; this file keeps the set's own."""

from __future__ import annotations

import importlib
import random
import re
import sys
from collections import Counter
from functools import cache
from pathlib import Path
from types import ModuleType

import pytest

BENCHMARKS = Path(__file__).resolve().parent.parent / "benchmarks"
sys.path.insert(0, str(BENCHMARKS))

import _blind_set_checks as checks  # noqa: E402
import _blind_set_order as order  # noqa: E402
import _resolver_blind as blind  # noqa: E402
from _resolver_data import DATASETS, OUT_OF_SCOPE_KINDS, ROUTINES  # noqa: E402
from _resolver_twentythird import (  # noqa: E402
    CLAUSES,
    MISHEARD,
    NAME_SPELT,
    NEW_OUT_OF_SCOPE,
    OWN_OUT_OF_SCOPE,
    SEEDS,
    SET,
    TWENTYTHIRD_IN_SCOPE,
    WHEREABOUTS,
    WRAPPED_OUT,
    could_say,
    misheard,
    name_spelt,
    placed_first,
    placed_first_all,
    used_texts,
    without_place,
)
from _resolver_twentythird_labels import LABELS  # noqa: E402
from _resolver_twentythird_text import (  # noqa: E402
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    TWENTYTHIRD_ROUTINES,
    WRAPPERS,
)

Taught = LABELS.taught
kept = LABELS.kept
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentythird set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
_words = checks.words
SHARED_WORDS = {
    "a", "about", "all", "am", "and", "any", "anybody", "are", "as", "at", "back", "be",
    "been", "but", "by", "come", "did", "do", "for", "from", "get", "give", "got", "had",
    "has", "have", "he", "her", "his", "how", "i", "i'd", "i'm", "i've", "if", "in", "is",
    "it", "it's", "look", "me", "my", "many", "no", "not", "now", "of", "off", "oh", "on",
    "our", "out", "so", "that", "that's", "the", "their", "then", "there's", "these",
    "this", "those", "to", "up", "was", "we", "well", "were", "what", "what's", "when",
    "where", "where's", "who", "who's", "why", "with", "you", "your", "yes", "more", "after",
    "right", "else", "there", "sit", "stop", "mind", "down", "put", "um", "hmm", "ah",
    "next", "keeps", "nobody", "guess", "thanks", "please", "just", "one", "two", "time",
    "see", "long", "think", "you're",
}
"""Words a clause of this set may share with an earlier set's wrappers: function words,
pronouns and their contractions, forms of "be", "have" and "do", the commonest verbs and
particles, fillers, question words and the joins ("and", "but", "so"), the words a
clause of family talk cannot be said without (``CLAUSE_FUNCTION``'s)."""


@cache
def _module(name: str) -> ModuleType:
    return importlib.import_module(name)


@cache
def _earlier_sets() -> tuple[str, ...]:
    """Every held-out set made before this one with a kinds table
    (``_resolver_<name>.<NAME>_KINDS``), in tests/_blind_set_order.py's order (so a set
    made after it is never among them)."""
    found = tuple(n for n in order.earlier_sets("twentythird", since="fifth")
                  if hasattr(_module(f"_resolver_{n}"), f"{n.upper()}_KINDS"))
    assert {"fifth", "sixth", "seventh", "twentyfirst", "twentysecond"} <= set(found), found
    return found


@cache
def _earlier_texts() -> tuple[ModuleType, ...]:
    return tuple(_module(f"_resolver_{n}_text") for n in _earlier_sets()
                 if (BENCHMARKS / f"_resolver_{n}_text.py").exists())


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("twentythird", tuple(SEEDS))  # (built once per run; the
    # checks every set shares are tests/test_resolver_blind_sets.py's)


def test_the_three_homes_hold_ten_thousand_cases_or_so(homes):
    # (that each seed builds its own home and every kind is there, with enough of each,
    # is tests/test_resolver_blind_sets.py's)
    assert 9000 <= sum(len(h.cases) for h in homes.values()) <= 12500


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = checks.earlier_kinds(_earlier_sets())
    assert {"other news after but", "an unrelated question first", "vocative",
            "clause joined by so"} <= earlier  # (the derivation reads every set)
    assert not set(TWENTYTHIRD_IN_SCOPE) & earlier
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 11


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    earlier = checks.earlier_kinds(_earlier_sets())
    assert {"put off or restricted by but", "refused after", "explaining the words"} <= earlier
    assert len(NEW_OUT_OF_SCOPE) == 8 and set(NEW_OUT_OF_SCOPE) <= set(KIND_TEMPLATES)
    assert not set(NEW_OUT_OF_SCOPE) & earlier
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    # (the usual kinds are all here: every kind the eighteenth set has that no set
    # made new, in this set's own words)
    import _resolver_eighteenth as eighteenth
    import _resolver_eighteenth_text as eighteenth_text

    usual = set(eighteenth_text.KIND_TEMPLATES) - set(eighteenth.NEW_OUT_OF_SCOPE)
    assert usual <= set(KIND_TEMPLATES)
    assert set(KIND_TEMPLATES) - usual == set(NEW_OUT_OF_SCOPE)
    texts = _earlier_texts()
    theirs = {t for m in texts for ts in getattr(m, "KIND_TEMPLATES", {}).values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & theirs
    near = {t for m in texts for t in getattr(m, "NEAR_MISS_TEMPLATES", [])}
    assert not set(NEAR_MISS_TEMPLATES) & near


def test_each_clause_kind_is_said_in_its_own_shape():
    # (that each clause says the phrase exactly beside it is
    # tests/test_resolver_blind_sets.py's)
    for kind, templates in WRAPPERS.items():
        if kind.endswith("said first") or ", after" in kind or kind.endswith("said after"):
            first = kind.endswith("said first")
            assert all(t.endswith(" {}") == first and t.startswith("{}") != first
                       for t in templates), kind
    joins = {"a word to someone in the room, after and": r"^\{\} and ",
             "talking to oneself, after so": r"^\{\},? so\b",
             "a question about something else, after but": r"^\{\}, but .*\?$",
             "something else banned, after and": r"^\{\} and (no|nobody|positively)\b",
             "news of somebody else, after so": r"^\{\}, so, "}
    for kind, pattern in joins.items():
        assert all(re.search(pattern, t) for t in WRAPPERS[kind]), kind
    # (what is said without a join: to the children, to oneself, an exclamation, a
    # greeting and thanks)
    assert all(re.search(r"[.!,] \{\}$", t) for k in WRAPPERS if k.endswith("said first")
               for t in WRAPPERS[k])
    assert all("!" in t for t in WRAPPERS["an exclamation about something else, said first"])
    assert all(re.search(r"\b(thanks|blessings|saint)\b", t)
               for t in WRAPPERS["thanks to someone in the room, said after"])
    # (a carrier: a name the household calls the assistant, and "please")
    assert all(re.search(r"\bplease\b", t) and re.match(r"[a-z]+(, | [a-z]+, )", t)
               for t in WRAPPERS["a new wake word with please"])


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    kinds = KIND_TEMPLATES
    assert all(re.search(r"\b(myself|i'll|i'm going to|on my own)\b", t)
               for t in kinds["the speaker will do it themselves"])
    assert all(re.search(r"\b(turn|you|go)\b", t) for t in kinds["someone else's turn to do it"])
    assert all(re.search(r"\b(worried|hope|nervous|fret|feeling|scared)\b", t)
               for t in kinds["worry about it"])
    assert all(re.search(r"\b(meant|supposed|should've|forgot|going to|too late)\b", t)
               for t in kinds["meant to, too late now"])
    assert all(re.search(r"\b(promise|cross my heart)\b", t) for t in kinds["promise to a child"])
    assert all(re.search(r"\b(no|won't|can't|not going)\b", t)
               for t in kinds["refused to someone who asked"])
    assert all(re.search(r"\b(me to|shall i|i could|happy to)\b", t)
               for t in kinds["offer to someone in the room"])
    assert all(re.search(r"\b(who|anybody|we all|vote|objections)\b", t)
               for t in kinds["asking the room first"])


def test_the_pools_have_the_phrase_shapes():
    everything = {p for ps in ROUTINES.values() for p in ps}
    for home, routines in TWENTYTHIRD_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        everything |= set(phrases)
        assert any(" " not in p for p in phrases), home  # one word
        assert any(" and " in p and " so " not in p for p in phrases), home
        assert any(re.match(r"(what's|when's|how|is|when|what|who's|has) ", p)
                   for p in phrases), home
        assert any(re.search(r"\b(ring|message|text|tell) [a-z]+", p) for p in phrases), home
        assert sum(bool(set(p.split()) & NAMES) for p in phrases) >= 8, home
        assert any(re.search(r"\b(four|five|six|seven|eight|nine|ten|eleven)\b", p)
                   for p in phrases), home
        assert any(set(p.split()) & SET.places for p in phrases), home
        assert any(p.split()[0] in LABELS.not_a_thing for p in phrases), home  # verb first
        assert any(LABELS.thing(p.split()[0]) and p.split()[-1] in ("on", "salon", "parrot",
                                                                     "moggy", "spaniel")
                   for p in phrases), home  # noun first
        contents = [(set(p.split()), r) for r, ps in routines.items() for p in ps
                    if " so " not in p]
        assert any(a < b and ra != rb for a, ra in contents for b, rb in contents), home


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(order.earlier_sets("twentythird")),
                              SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "phone niamh")
    checks.check_wrappers_say_nothing(SET, "observatory red lights on")
    checks.check_wrappers_say_nothing(SET, "what's the water level")
    checks.check_wrappers_say_nothing(SET, "stargazing")


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed luna", "Luna"), ("phone niamh", "Niamh"),
                     ("meteor watch at eleven", "Meteor"), ("red lights on", "Red"),
                     ("observatory red lights on", "Observatory"), ("stargazing", "Star")])
    for text in ("boys, stop flicking peas. phone niamh",
                 "feed luna and horatio, put that recorder down",
                 "come on, grey matter, concentrate. meteor watch at 11",
                 "stargazing so, now, where's my darning needle",
                 "phwoar, what a pong! observatory red lights on",
                 "red lights on, but who's nabbed my fountain pen?",
                 "as i live and breathe, a stranger! stargazing",
                 "feed luna, thanks for the loan of the ladder, kev",
                 "red lights on and no conkers on the landing",
                 "stargazing, so, uncle nigel's taken up salsa"):
        assert taught.is_phrase(text), text
    # (a homophone spelling keeps the name: the noisy guard's, not a synonym)
    assert LABELS.noisy_ok("phone neve", "phone niamh", "Niamh", taught.phrases)
    assert not LABELS.noisy_ok("phone nina", "phone niamh", "Niamh", taught.phrases)
    for text in ("i'll feed luna myself in a minute", "it's your turn to feed luna, toby",
                 "i hope stargazing doesn't trip the fuse",
                 "i meant to phone niamh this morning, too late now",
                 "pinky promise, we'll feed luna tomorrow",
                 "no, sweetheart, we're not going to red lights on",
                 "do you want me to phone niamh, grandma?", "any objections if i feed luna?",
                 "phwoar, what a pong! i'll feed luna myself in a minute",
                 "red lights off", "meteor watch at ten"):
        assert not taught.is_phrase(text), text


def test_a_name_in_a_homophone_spelling_is_the_same_person():
    # (that every such case is its phrase so spelt is tests/test_resolver_blind_sets.py's)
    assert name_spelt("phone niamh") == ["phone neve", "phone neeve"]
    assert kept("niamh", "phone neve", "phone niamh")
    assert not set(NAME_SPELLINGS) - NAMES
    for name, others in NAME_SPELLINGS.items():
        for other in others:
            # (another spelling of the same name, never another taught name)
            assert other not in NAMES and other.endswith("'s") == name.endswith("'s"), other


def test_a_misheard_phrase_is_beside_a_clause_and_still_its_phrase(homes):
    rng = random.Random(4)
    seen = {misheard("text stephen about the star party", rng) for _ in range(80)}
    assert "text stephen about the starparty" in seen, seen
    assert any(len(s) == len("text stephen about the star party") - 1 for s in seen), seen
    assert any(s.count("stephen stephen") or s.count("text text") or s.count("the the")
               or s.count("about about") or s.count("star star") or s.count("party party")
               for s in seen), seen
    assert misheard("fan on", random.Random(1)) in ("fan fan on", "fan on on")
    # (that every misheard case is its phrase beside a clause is
    # tests/test_resolver_blind_sets.py's; here, that enough say a word twice or the
    # clause first)
    ways = Counter()
    for home in homes.values():
        for case in (c for c in home.cases if c.kind == MISHEARD):
            cores = [c for _, c in checks.in_clauses(case.utterance, CLAUSES)]
            ways["twice"] += any(re.search(r"\b(\w[\w']+) \1\b", c) for c in cores)
            ways["first"] += case.utterance.rstrip(".!?").endswith(tuple(cores))
    assert ways["twice"] >= 50 and ways["first"] >= 100, ways


def test_a_clause_never_bears_on_its_phrase():
    # (that no case says one beside such a phrase is tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "{}, so, guess what, dermot's popped the question", "phone niamh")
    assert not blind.fits(SET, "{}, thanks oodles for the scones, mavis", "feed luna")
    assert not blind.fits(SET, "as i live and breathe, a stranger! {}", "tell zoe her lift's here")
    assert not blind.fits(SET, "{}, but who's nabbed my fountain pen?", "is the moon up")
    assert blind.fits(SET, "{}, but who's nabbed my fountain pen?", "dew heater on")


@NEEDS_DATASETS
def test_real_requests_say_where_the_speaker_is_for_the_place_of_a_row(homes):
    from _resolver_ninth import dataset_rows

    rows = list(dataset_rows())
    made = {}
    for entry in placed_first_all(rows):
        said, place = entry.rsplit("|", 1)
        made.setdefault(said.removeprefix("{}, "), set()).add(place)
    originals = {_words(r[0].format(*r[2])) for r in rows}
    places, openers = Counter(), Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        # (the generator's quota is 40 sharing no word with a taught phrase and 160
        # sharing one; rows of this kind are mostly about lights, and the observatory
        # cottage says "lights" and "light" in three phrases, so it finds fewer of the
        # first: 15)
        kinds = Counter(c.kind for c in real)
        assert kinds["real request, shares a word"] == 160 and kinds["real request"] >= 10
        for case in real:
            assert _words(case.utterance) not in originals | used_texts(), case
            where, _, request = case.utterance.partition(", ")
            opener = [w for w in WHEREABOUTS
                      if re.fullmatch(re.escape(w).replace(r"\{\}", "(.+)"), where)]
            assert opener and request in made, case
            place = re.fullmatch(re.escape(opener[0]).replace(r"\{\}", "(.+)"), where)[1]
            assert place in made[request], case
            places[place] += 1
            openers[opener[0]] += 1
    assert len(places) >= 10 and len(openers) == len(WHEREABOUTS), (places, openers)


def test_a_row_is_said_without_its_place():
    assert without_place("turn off the lights in the {}", ("place",), ("kitchen",)) \
        == "turn off the lights"
    assert without_place("switch the {} lights off", ("place",), ("hall",)) \
        == "switch the lights off"
    assert without_place("turn on the {} in the {}", ("device", "place"),
                         ("lamp", "bedroom")) == "turn on the lamp"
    assert without_place("{} lights on", ("place",), ("kitchen",)) is None  # (two words)
    assert without_place("turn on the {}", ("device",), ("lamp",)) is None
    rows = [("turn off the lights in the {}", ("place",), ("kitchen",), "hwu64", "off"),
            ("dim the {} lights", ("place",), ("garage",), "hwu64", "off"),
            ("turn on the lights in the {}", ("place",), ("hall",), "hwu64", "on")]
    assert placed_first_all(rows) == ["{}, dim the lights|kitchen",
                                      "{}, turn off the lights|garage"]
    said = {t for t, _ in zip(placed_first(rows, random.Random(3)), range(40), strict=False)}
    assert "i'm in the kitchen, dim the lights" in said or \
        any(t.endswith("in the kitchen, dim the lights") for t in said), said
    assert not any("hall" in t for t in said)


def test_the_snapshot_of_other_splits_sentences_holds_what_this_set_could_say():
    used = used_texts()
    assert len(used) > 1000
    assert all(could_say(t) for t in used)


def test_the_benchmark_reports_the_twentythird_kinds(capsys):
    checks.check_benchmark_reports(SET, "Luna", ("a word to the children, said first",
                                                 "news of somebody else, after so"),
                                   "twentythird", capsys)
    import resolver

    outcomes = [("Luna", "run", "Luna", MISHEARD), ("Luna", "clarify", None, NAME_SPELT),
                (None, "run", "Luna", "promise to a child"),
                (None, "reject", None, WRAPPED_OUT["asking the room first"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"][MISHEARD]["run_right"] == 100.0
    assert summary["by_kind"][NAME_SPELT]["clarify"] == 100.0
    assert summary["by_kind"]["promise to a child"]["run"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["asking the room first"]]["reject"] == 100.0
    assert set(TWENTYTHIRD_IN_SCOPE) <= set(resolver.RIGHT_KINDS)
