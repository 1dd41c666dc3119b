"""The twelfth held-out set of benchmarks/resolver.py (benchmarks/_resolver_twelfth.py) is
well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose distinctive words and frame none of the sixth to eleventh sets have, no
out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for the same
thing), no wrapper turns what it wraps into another request, fragments are proper
parts of taught phrases and hold none whole, and its dataset sentences are ones no
other split uses. Only the data is checked here: the set is run once, by the lead, on
the final resolver, and no test here asks the resolver anything.

Checks every held-out set shares (this one's among them) are one test over the sets
in tests/test_resolver_blind_sets.py; this file keeps the set's own."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from functools import partial
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _blind_set_checks as checks  # noqa: E402
import _resolver_blind as blind  # noqa: E402
from _resolver_blind import says_nearly, wrap  # noqa: E402
from _resolver_data import (  # noqa: E402
    DATASETS,
    OUT_OF_SCOPE_KINDS,
)
from _resolver_twelfth import (  # noqa: E402
    FRAMES,
    SEEDS,
    SET,
    TWELFTH_IN_SCOPE,
    TWELFTH_KINDS,
    WRAPPED_OUT,
    crowd_values,
    dataset_rows,
    doubled,
    used_texts,
)
from _resolver_twelfth_labels import LABELS  # noqa: E402
from _resolver_twelfth_text import (  # noqa: E402
    DEVICE_NAMES,
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    TWELFTH_ROUTINES,
    UNTAUGHT,
    VOCATIVES,
    WRAPPERS,
)

Taught = LABELS.taught
canon, kept, must_keep = LABELS.canon, LABELS.kept, LABELS.must_keep
noisy_ok, wrap_ok, misrecognised = LABELS.noisy_ok, LABELS.wrap_ok, LABELS.misrecognised
fits = partial(blind.fits, SET)
REAL_KINDS = {"real request", "real request, shares a word", "state question (HA sentences)",
              FRAMES}
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"), (50, "sixth"), (60, "seventh"), (70, "eighth"), (80, "ninth"),
                (90, "tenth"), (110, "eleventh"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twelfth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {
    "a", "about", "all", "am", "and", "any", "are", "as", "at", "be", "been", "before",
    "by", "can", "could", "did", "didn't", "do", "doing", "don't", "for", "get", "good",
    "got", "have", "having", "here", "how", "i", "i'd", "i'm", "i've", "if", "in", "is",
    "isn't", "it", "it's", "just", "know", "let", "long", "me", "much", "my", "need", "now",
    "of", "off", "oh", "ok", "on", "one", "out", "please", "right", "said", "say", "see",
    "so", "that", "that's", "the", "then", "there", "there's", "think", "this", "those",
    "three", "time", "to", "two", "up", "want", "was", "way", "we", "we're", "what", "will",
    "with", "would", "yeah", "you", "you're", "your", "thank", "thanks"}
"""Words any wrapper may share with earlier ones: function words, pronouns and their
contractions, forms of "be", "have" and "do", the commonest verbs ("say", "know",
"think", "want", "need", "get", "see", "let"), a countdown's numbers and thanks (the
very point of a kind)."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("twelfth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_sixth_text as sixth
    import _resolver_tenth_text as tenth

    return [*sixth.SIXTH_CARRIERS, *sixth.FRAGMENT_WRAPPERS,
            *(w for m in (seventh, eighth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS,
                m.VOCATIVES) for w in _templates(table)),
            *(w for m in (ninth, tenth, eleventh) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS, m.VOCATIVES)
              for w in _templates(table)),
            *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING, *tenth.MULTI_WRAPPING,
            *eleventh.MULTI_WRAPPING, *tenth.DEVICE_NAMES, *eleventh.DEVICE_NAMES]


def test_every_kind_is_there_in_every_home(homes):
    needed = set(OUT_OF_SCOPE_KINDS) | set(TWELFTH_KINDS)
    if not DATASETS.is_dir():
        needed -= REAL_KINDS
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert {k for k in needed if kinds[k] < 20} == set(), kinds
        assert kinds["exact phrase"] >= 60 and kinds["noisy"] >= 240
        assert all(kinds[k] == kinds["exact phrase"] for k in TWELFTH_IN_SCOPE), kinds
        assert kinds["fragment"] >= 70 and kinds[WRAPPED_OUT["fragment"]] >= 70
        assert kinds["held-out routine"] >= 120
        assert all(kinds[WRAPPED_OUT[k]] == 40 for k in KIND_TEMPLATES), kinds


def test_the_in_scope_kinds_are_the_earlier_ones_and_new_ones():
    import _resolver_eleventh_text as eleventh

    new = {"out of breath", "mouth full", "wake word twice", "apology for shouting",
           "count of items", "showing someone", "whispered", "testing the assistant"}
    assert set(WRAPPERS) == set(eleventh.WRAPPERS) | new
    assert not new & set(eleventh.WRAPPERS)


def test_the_new_kinds_say_the_phrase_once_and_ask_nothing_else():
    # (a count says there is one request; showing someone off is said to the assistant)
    for template in WRAPPERS["count of items"]:
        assert re.search(r"\b(one|single)\b", template), template
    for kind in ("wake word twice",):
        for template in WRAPPERS[kind]:
            name = template.split(",")[0].split("...")[0].split()[-1]
            assert name in DEVICE_NAMES and template.count(name) == 2, template
    assert wrap("percy, percy, {}", "feed smudge") == "percy, percy, feed smudge"
    taught = Taught([("feed smudge", "Smudge")])
    for kind in ("out of breath", "mouth full", "apology for shouting", "count of items",
                 "showing someone", "whispered", "testing the assistant"):
        for template in WRAPPERS[kind]:
            assert taught.is_phrase(wrap(template, "feed smudge")), template


def test_the_homes_are_new():
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_tenth_text as tenth

    earlier = {*seventh.HOMES.values(), *eighth.HOMES.values(), *ninth.HOMES.values(),
               *tenth.HOMES.values(), *eleventh.HOMES.values()}
    assert not set(HOMES.values()) & earlier


def test_the_pools_have_the_phrase_shapes():
    for home, routines in TWELFTH_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p for p in phrases), home
        assert any(re.match(r"(bingo|book|pack) .*\b(in|for) the \w+", p)
                   for p in phrases), home  # a thing and a place or time
        assert any(re.match(r"(what's|what|how|where's|where|is|who's) ", p)
                   for p in phrases), home
        assert any(re.search(r"\b(ring|message|text|call) [a-z]+", p) for p in phrases), home
    coined = {"chattabox on", "medipod open", "petlog sync", "drippa on", "hivemind on",
              "buzzbox check"}
    assert coined <= {p for h in TWELFTH_ROUTINES.values() for ps in h.values() for p in ps}
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"ring doreen", "hairdresser at twelve", "feed fudge", "farm call at dusk",
            "how heavy is hive three"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    earlier = _earlier_wrappers()
    checks.check_new_wrappers(SET, earlier, SHARED_WORDS, MULTI_WRAPPING)
    assert not set(VOCATIVES + DEVICE_NAMES) & checks.wrapper_words(earlier)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring maureen")
    checks.check_wrappers_say_nothing(SET, "stop the extractor")


def test_a_stutter_is_struck_but_a_hyphenated_word_is_not():
    assert canon("r-r-r-ring maureen") == canon("ring maureen")
    assert canon("rin-rin- ring maureen") == canon("ring maureen")
    assert wrap("{u}{u} {p}", "ring maureen") == "rin-rin- ring maureen"
    assert wrap("{s}{u} {p}", "feed smudge") == "f-fee- feed smudge"
    assert canon("tongue-tied feed smudge") == canon("feed smudge")
    assert canon("a well-fed smudge") != canon("a smudge")
    assert kept("maureen", "r-r-ring maureen", "ring maureen")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("feed smudge", "Smudge"), ("ring maureen", "Maureen"),
                     ("how heavy is hive two", "Scale"), ("draw the curtains", "Curtains"),
                     ("hairdresser at eleven", "Hair"), ("wireless on", "Wireless")])
    for text in ("lambkin, feed smudge", "ring maureen, got it?", "ahem, errrrm, ring maureen",
                 "gertie, how heavy is hive two", "good grief, sausage, feed smudge",
                 "phew, feed smudge", "mmf, ring maureen, got it?", "Feed Smudge caps lock",
                 "feed smudge, word for word, feed smudge", "ring, scrub that, ring maureen",
                 "{}, is that on the cards?".format("ring maureen"),
                 "percy, percy, draw the curtains", "apologies for bellowing, feed smudge",
                 "just the one: feed smudge", "watch this: radio on",
                 "psst, it's gone midnight, draw the curtains", "testing, testing, feed smudge",
                 "f-f-f-feed smudge", "how heavy is hive 2", "hairdresser at 11",
                 "draw the blinds", "nana asks can you feed smudge",
                 "right, so, i've been sat here thinking and feed smudge"):
        assert taught.is_phrase(text), text
    for text in ("lambkin, undo feed smudge", "ring doreen", "how heavy is hive three",
                 "hairdresser at twelve", "phew, do not feed smudge", "is wireless on on",
                 "feed fudge", "watch this: edit feed smudge",
                 "the leaflet says draw the curtains"):
        assert not taught.is_phrase(text), text


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed smudge", "Cat"), ("flat white before clinic", "Coffee"),
                     ("tv time", "TV")])
    assert taught.holds_same("can you feed the cat please")
    assert taught.holds_same("make coffee and close the blinds")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    assert not says_nearly(SET, "make the lights blue", taught)
    smoker = Taught([("light the smoker", "Smoker")])
    assert says_nearly(SET, "turn my smoker on", smoker)
    assert not says_nearly(SET, "turn off my smoker now", smoker)


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("is the tea trolley coming", rng) for _ in range(80)}
    assert {"is the teatrolley coming", "is tea trolley coming"} <= seen, seen
    for text in seen:
        assert all(kept(w, text, "is the tea trolley coming")
                   for w in must_keep("is the tea trolley coming")), text
    seen = {misrecognised("theatre lights on", rng) for _ in range(40)}
    assert "theater lights on" in seen, seen
    assert kept("smudge's", "smudges tea", "smudge's tea")
    assert kept("two", "how heavy is hive 2", "how heavy is hive two")
    assert not kept("two", "how heavy is hive three", "how heavy is hive two")
    assert not kept("maureen", "ring doreen", "ring maureen")


def test_a_reason_or_plan_never_contradicts_its_phrase(homes):
    assert not fits("{}, the baby's asleep at last", "swarm alert")
    assert not fits("{}, i'm off to the chemist", "time for my tablets")
    assert not fits("psst, it's gone midnight, {}", "good morning")
    assert fits("{}, i'm off to the chemist", "lights out")
    checks.check_reasons(SET, homes)


def test_a_child_relaying_a_request_says_it_to_the_assistant():
    # ("nana asks can you X" asks the assistant; "the vicar said X" reports)
    assert all(re.search(r"\byou\b", w) for w in WRAPPERS["relayed by a child"])
    assert not any(re.search(r"\byou\b", w) for w in KIND_TEMPLATES["someone else's words"])


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("ring maureen", "Maureen"), ("text maureen and callum", "Both"),
            ("reading lamp on", "Reading"), ("bathroom lamp low", "Bathroom"),
            ("lights out", "Night")]
    assert wrap_ok("lambkin, ring maureen", "ring maureen", "Maureen", home)
    assert wrap_ok("ring, scrub that, ring maureen", "ring maureen", "Maureen", home)
    assert not wrap_ok("ring maureen, text callum", "ring maureen", "Maureen", home)
    assert not wrap_ok("reading lamp on, bathroom lamp low", "reading lamp on", "Reading",
                       home)
    assert wrap_ok("reading lamp on, i'm off to choir", "reading lamp on", "Reading", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("hairdresser at eleven", "Hair"), ("reading lamp on", "Reading"),
            ("bathroom lamp low", "Bathroom"), ("message kofi and ines", "Both"),
            ("ring kofi", "Kofi"), ("pack the stall for the farmers market", "Market")]
    assert not noisy_ok("hairdresser at twelve", "hairdresser at eleven", "Hair", home)
    assert not noisy_ok("message kofi and agnes", "message kofi and ines", "Both", home)
    assert not noisy_ok("ring kofi", "message kofi and ines", "Both", home)
    assert not noisy_ok("lamp on", "reading lamp on", "Reading", home)
    assert noisy_ok("hair dresser at 11", "hairdresser at eleven", "Hair", home)
    assert noisy_ok("readinglamp on", "reading lamp on", "Reading", home)
    assert noisy_ok("Pack stall for the farmersmarket.",
                    "pack the stall for the farmers market", "Market", home)


@NEEDS_DATASETS
def test_real_requests_give_one_slot_a_second_value(homes):
    # a crowd row (HWU64 or SLURP) with one slot saying its own value and another value
    # of that kind from the same crowd, joined by "and"; no sentence a dataset or
    # another split has
    rows = dataset_rows()
    values = crowd_values()
    originals = {_words(r[0].format(*r[2])) for r in rows}
    known = originals | used_texts()
    doubled: dict[str, str] = {}  # every crowd row with a slot doubled -> its source (first)
    for frame, kinds, own, source, _ in rows:
        if source not in ("hwu64", "slurp"):
            continue
        for i, kind in enumerate(kinds):
            for other in values[(source, kind)]:
                if other != own[i]:
                    doubled.setdefault(frame.format(*[
                        f"{v} and {other}" if j == i else v for j, v in enumerate(own)]),
                        source)
    sources = Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in known, case
            assert case.utterance in doubled, case
            sources[doubled[case.utterance]] += 1
    assert sources["hwu64"] >= 300 and sources["slurp"] >= 5, sources


@NEEDS_DATASETS
def test_a_doubled_slot_keeps_the_rows_own_words():
    rows = [("turn on the {} light", ("place",), ("kitchen",), "hwu64", "iot_hue_lighton"),
            ("dim the {}", ("place",), ("hallway",), "hwu64", "iot_hue_lightdim")]
    rng = random.Random(3)
    made = [text for text, _ in zip(doubled(rows, rng), range(30), strict=False)]
    assert made and all(" and " in t for t in made)
    assert all(t.startswith(("turn on the kitchen and ", "dim the hallway and "))
               for t in made), made


def test_no_other_split_draws_on_the_twelfth_pool():
    import _resolver_eleventh_text as eleventh

    checks.check_pool_is_new(SET, [*checks.earlier_pools(), *eleventh.ELEVENTH_ROUTINES.values(),
                                   *eleventh.UNTAUGHT.values()], OTHER_SPLITS)


def test_the_benchmark_reports_the_twelfth_kinds(capsys):
    checks.check_benchmark_reports(SET, "Smudge", ("out of breath", "wake word twice"),
                                   "eleventh, twelfth", capsys)


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("hairdresser at eleven", "Hair"), ("reading lamp on", "Reading"),
            ("bathroom lamp low", "Bathroom"), ("message kofi and ines", "Both"),
            ("smudge's tea", "Tea")]
    assert lost("hairdresser at eleven", "", home, "Hair")
    assert lost("hairdresser at eleven", "Hairdresser at twelve.", home, "Hair")
    assert lost("reading lamp on", "Bathroom lamp low.", home, "Reading")
    assert not lost("hairdresser at eleven", "Hairdresser at 11.", home, "Hair")
    assert not lost("smudge's tea", "Lambkin, smudges tea.", home, "Tea")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    became_phrase = blind.became_phrase
    taught = Taught([("light the smoker", "Smoker"), ("feed smudge", "Smudge")])
    assert became_phrase("smoker", "Light the smoker.", taught)
    assert became_phrase("phew, undo feed smudge", "Phew, feed smudge.", taught)
    assert not became_phrase("phew, undo feed smudge", "Phew, undo feed smudge.", taught)
    assert not became_phrase("smoker", "Smoker.", taught)
