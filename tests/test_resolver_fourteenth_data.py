"""The fourteenth held-out set of benchmarks/resolver.py (benchmarks/_resolver_fourteenth.py)
is well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose kind, frame and distinctive words none of the sixth to thirteenth sets
have,
no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for the same
thing), no wrapper turns what it wraps into another request, near siblings differ from
a taught phrase in one name, number or thing, fragments are proper parts of taught
phrases and hold none whole, and its dataset sentences are ones no other split uses.
Only the data is checked here: the set is run once, by the lead, on the final
resolver, and no test here asks the resolver anything.

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
import _blind_set_order as order  # noqa: E402
import _resolver_blind as blind  # noqa: E402
from _resolver_blind import says_nearly, wrap  # noqa: E402
from _resolver_data import (  # noqa: E402
    DATASETS,
    OUT_OF_SCOPE_KINDS,
    ROUTINES,
)
from _resolver_fourteenth import (  # noqa: E402
    FALLBACK,
    NEW_OUT_OF_SCOPE,
    OWN_OUT_OF_SCOPE,
    SEEDS,
    SET,
    WRAPPED_OUT,
    dataset_rows,
    source_values,
    used_texts,
    with_fallback,
)
from _resolver_fourteenth_labels import LABELS  # noqa: E402
from _resolver_fourteenth_text import (  # noqa: E402
    FOURTEENTH_ROUTINES,
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    UNTAUGHT,
    WRAPPERS,
)

Taught = LABELS.taught
canon, kept, must_keep = LABELS.canon, LABELS.kept, LABELS.must_keep
noisy_ok, wrap_ok, misrecognised = LABELS.noisy_ok, LABELS.wrap_ok, LABELS.misrecognised
fits = partial(blind.fits, SET)
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"), (50, "sixth"), (60, "seventh"), (70, "eighth"), (80, "ninth"),
                (90, "tenth"), (110, "eleventh"), (120, "twelfth"),
                (130, "thirteenth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fourteenth set's real sentences are rows of "
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
contractions, forms of "be", "have" and "do" and the commonest verbs (the twelfth's and
thirteenth's)."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("fourteenth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_sixth_text as sixth
    import _resolver_tenth_text as tenth
    import _resolver_thirteenth_text as thirteenth
    import _resolver_twelfth_text as twelfth

    return [*sixth.SIXTH_CARRIERS, *sixth.FRAGMENT_WRAPPERS,
            *(w for m in (seventh, eighth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS,
                m.VOCATIVES) for w in _templates(table)),
            *(w for m in (ninth, tenth, eleventh, twelfth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS, m.VOCATIVES)
              for w in _templates(table)),
            *(w for table in (thirteenth.WRAPPERS, thirteenth.OOS_WRAPPERS,
                              thirteenth.FRAGMENT_NEW_WRAPPERS) for w in _templates(table)),
            *thirteenth.MULTI_WRAPPING, *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING, *tenth.MULTI_WRAPPING,
            *eleventh.MULTI_WRAPPING, *twelfth.MULTI_WRAPPING, *tenth.DEVICE_NAMES,
            *eleventh.DEVICE_NAMES, *twelfth.DEVICE_NAMES]


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("fourteenth")
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 16


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_tenth_text as tenth
    import _resolver_thirteenth_text as thirteenth
    import _resolver_twelfth_text as twelfth

    earlier_sets = (seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth)
    assert set(KIND_TEMPLATES) - set(thirteenth.KIND_TEMPLATES) == set(NEW_OUT_OF_SCOPE) \
        == {"opinion", "reminder for later", "permission question"}
    assert not set(NEW_OUT_OF_SCOPE) & {k for m in earlier_sets for k in m.KIND_TEMPLATES}
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for m in earlier_sets for ts in m.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier


def test_the_new_kinds_say_the_phrase_once_and_ask_nothing_else():
    taught = Taught([("feed simba", "Simba")])
    for kind, templates in WRAPPERS.items():
        for template in templates:
            assert template.count("{}") == 1, template
            assert taught.is_phrase(wrap(template, "feed simba")), (kind, template)
    # (the pet in the room is named; the child is called by a pet name; an emoji is one)
    assert all("rolo" in t for t in WRAPPERS["pet in the room"])
    assert all(re.search(r"\b(munchkin|sweetpea)\b", t) for t in WRAPPERS["child in the room"])
    assert all(re.search(r"\b(emoji|face)\b", t) for t in WRAPPERS["emoji read aloud"])


def test_the_homes_are_new():
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_tenth_text as tenth
    import _resolver_thirteenth_text as thirteenth
    import _resolver_twelfth_text as twelfth

    earlier = {*seventh.HOMES.values(), *eighth.HOMES.values(), *ninth.HOMES.values(),
               *tenth.HOMES.values(), *eleventh.HOMES.values(), *twelfth.HOMES.values(),
               *thirteenth.HOMES.values()}
    assert not set(HOMES.values()) & earlier


def test_the_pools_have_the_phrase_shapes():
    for home, routines in FOURTEENTH_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p and " so " not in p for p in phrases), home
        assert any(re.search(r"\b(in|into|for|at) (the )?\w+", p) for p in phrases), home
        assert any(re.match(r"(what's|when's|how|is|whose|who's) ", p) for p in phrases), home
        assert any(re.search(r"\b(ring|message|text|call|tell) [a-z]+", p)
                   for p in phrases), home
        assert any(re.search(r"\b(two|three|four|ten|thirty)\b", p) for p in phrases), home
        # nested phrases: the words of another routine's phrase (its own or the generic
        # pool's) inside one of the home's own
        contents = [(set(p.split()), r) for r, ps in routines.items() for p in ps
                    if " so " not in p]
        generic = [(set(p.split()), r) for r, ps in ROUTINES.items() for p in ps]
        assert any(a < b and ra != rb for a, ra in contents + generic for b, rb in contents), \
            home
    coined = {"chimebox on", "creelcam on", "spudmatic on", "chippycam on"}
    assert coined <= {p for h in FOURTEENTH_ROUTINES.values() for ps in h.values() for p in ps}
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"ring malika", "service at eleven", "haul the creels at five", "feed samba",
            "wood stove off", "doner grill off"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring malcolm")
    checks.check_wrappers_say_nothing(SET, "doner grill on")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("feed simba", "Simba"), ("ring malcolm", "Malcolm"),
                     ("service at ten", "Service"), ("pull the shutters down", "Shutters"),
                     ("grill on", "Grill"), ("doner grill on", "Doner")])
    for text in ("feed simba, hastily", "ring malcolm leh", "eish, service at ten",
                 "service at 10", "shoo, rolo, doner grill on", "grill on, i'm behind the wheel",
                 "lowkey, feed simba", "pull the shutters down, fr fr",
                 "thumbs up emoji, ring malcolm", "crossed wires, grill on",
                 "shoelaces, sweetpea, feed simba", "ring malcolm, blowing a hoolie",
                 "please do the needful, doner grill on", "ring malcolm, savage craic"):
        assert taught.is_phrase(text), text
    for text in ("bruh, revert feed simba", "ring malika", "service at eleven",
                 "feed mittens", "i love feed simba", "remind me to ring malcolm tomorrow",
                 "am i allowed to feed simba", "panini grill on", "the vicar said grill on"):
        assert not taught.is_phrase(text), text


def test_the_new_out_of_scope_kinds_say_something_else_around_a_taught_phrase():
    taught = Taught([("feed simba", "Simba"), ("haul the creels at four", "Creels")])
    for kind in NEW_OUT_OF_SCOPE:
        for template in KIND_TEMPLATES[kind]:
            for phrase in ("feed simba", "haul the creels at four"):
                text = template.format(p=phrase)
                assert phrase in text and not taught.is_phrase(text), text
    # (a reminder is for later; an opinion says nothing of now; permission is asked)
    assert all(re.search(r"\b(remind|reminders|note|to do|jot)\b", t)
               for t in KIND_TEMPLATES["reminder for later"])
    assert all(t.startswith(("am ", "is ", "may ", "can ", "should ", "would "))
               for t in KIND_TEMPLATES["permission question"])


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed simba", "Cat"), ("chimebox on", "Chimes"), ("tv time", "TV")])
    assert taught.holds_same("can you feed the cat please")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    fryers = Taught([("heat the fryers", "Fryers")])
    assert says_nearly(SET, "turn my fryers on", fryers)
    assert not says_nearly(SET, "turn off my fryers now", fryers)


def test_a_near_sibling_is_never_a_held_out_case_already():
    phrases = [("ring malcolm", "Malcolm"), ("service at ten", "Service")]
    made = blind.near_siblings(SET, phrases, Taught(phrases), {"ring martin"})
    assert "ring martin" not in made and "ring mervyn" in made and "service at nine" in made
    made = blind.near_siblings(SET, [("ring malcolm", "M"), ("ring martin", "N")],
                               Taught([("ring malcolm", "M"), ("ring martin", "N")]), set())
    assert "ring martin" not in made


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("put the wood stove on", rng) for _ in range(80)}
    assert "put the woodstove on" in seen, seen
    for text in seen:
        assert all(kept(w, text, "put the wood stove on")
                   for w in must_keep("put the wood stove on")), text
    seen = {misrecognised("diesel order for tuesday", rng) for _ in range(40)}
    assert "deisel order for tuesday" in seen, seen
    assert kept("ten", "service at 10", "service at ten")
    assert not kept("ten", "service at eleven", "service at ten")
    assert not kept("malcolm", "ring malika", "ring malcolm")


def test_a_situation_never_contradicts_its_phrase(homes):
    assert not fits("{}, i'm behind the wheel", "nap time")
    assert not fits("{}, i'm raiding", "i'm leaving")
    assert not fits("scorcher, {}", "wood stove on")
    assert fits("{}, i'm behind the wheel", "feed simba")
    checks.check_reasons(SET, homes)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("grill on", "Grill"), ("doner grill on", "Doner"), ("ring jaz", "Jaz"),
            ("text emre and elif", "Both")]
    assert wrap_ok("eish, grill on", "grill on", "Grill", home)
    assert wrap_ok("eish, doner grill on", "doner grill on", "Doner", home)
    assert not wrap_ok("grill on, doner", "grill on", "Grill", home)
    assert not wrap_ok("ring jaz, text emre and elif", "ring jaz", "Jaz", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("service at ten", "Service"), ("stove on", "Stove"),
            ("wood stove on", "Wood"), ("hall heating on", "Hall"),
            ("parish hall heating on", "Parish")]
    assert not noisy_ok("service at eleven", "service at ten", "Service", home)
    assert not noisy_ok("stove on", "wood stove on", "Wood", home)
    assert not noisy_ok("hall heating on", "parish hall heating on", "Parish", home)
    assert noisy_ok("service at 10", "service at ten", "Service", home)
    assert noisy_ok("woodstove on", "wood stove on", "Wood", home)


@NEEDS_DATASETS
def test_real_requests_give_one_slot_a_fallback(homes):
    # a dataset row with one slot said with its own value and then "or else" another
    # value of its kind from the same source; no sentence a dataset or another split has
    rows = dataset_rows()
    values = source_values()
    originals = {_words(r[0].format(*r[2])) for r in rows}
    known = originals | used_texts()
    with_fallback: dict[str, str] = {}  # every row given a fallback in every slot -> source
    for frame, kinds, own, source, _ in rows:
        for i, kind in enumerate(kinds):
            for other in values.get((source, kind), ()):
                if other != own[i]:
                    with_fallback.setdefault(frame.format(*[
                        FALLBACK.format(other=other, own=v) if j == i else v
                        for j, v in enumerate(own)]), source)
    sources = Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in known, case
            assert " or else " in case.utterance, case
            assert case.utterance in with_fallback, case
            sources[with_fallback[case.utterance]] += 1
    assert len(sources) >= 2, sources


@NEEDS_DATASETS
def test_a_fallback_follows_the_rows_own_value():
    # (the other value is one the same source wrote in such a slot)
    rows = [("turn on the {} light", ("place",), ("kitchen",), "hwu64", "iot_hue_lighton"),
            ("dim the {}", ("place",), ("hallway",), "hwu64", "iot_hue_lightdim")]
    rng = random.Random(3)
    made = [text for text, _ in zip(with_fallback(rows, rng), range(30), strict=False)]
    places = source_values()[("hwu64", "place")]
    assert len(made) == 30
    for text in made:
        said = re.fullmatch(r"turn on the kitchen or else (.+) light|dim the hallway or else (.+)",
                            text)
        other = said and (said[1] or said[2])
        assert other and other in places, text
        assert other != ("kitchen" if said[1] else "hallway"), text
    assert not list(with_fallback([("play {}", ("song",), ("jazz",), "hwu64", "play")], rng))


def test_no_other_split_draws_on_the_fourteenth_pool():
    import _resolver_eleventh_text as eleventh
    import _resolver_thirteenth_text as thirteenth
    import _resolver_twelfth_text as twelfth

    checks.check_pool_is_new(SET, [*checks.earlier_pools(),
                                   *eleventh.ELEVENTH_ROUTINES.values(),
                                   *eleventh.UNTAUGHT.values(),
                                   *twelfth.TWELFTH_ROUTINES.values(),
                                   *twelfth.UNTAUGHT.values(),
                                   *thirteenth.THIRTEENTH_ROUTINES.values(),
                                   *thirteenth.UNTAUGHT.values()], OTHER_SPLITS)


def test_the_benchmark_reports_the_fourteenth_kinds(capsys):
    checks.check_benchmark_reports(SET, "Simba", ("singlish particle", "emoji read aloud"),
                                   "thirteenth, fourteenth", capsys)


def test_the_benchmark_reports_the_new_out_of_scope_kinds():
    import resolver

    outcomes = [(None, "run", "Simba", "opinion"), (None, "reject", None, "opinion"),
                (None, "clarify", None, "permission question"),
                (None, "reject", None, WRAPPED_OUT["reminder for later"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"]["opinion"]["run"] == 50.0
    assert summary["by_kind"]["permission question"]["clarify"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["reminder for later"]]["reject"] == 100.0


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("service at ten", "Service"), ("grill on", "Grill"),
            ("doner grill on", "Doner"), ("simba's breakfast", "Breakfast")]
    assert lost("service at ten", "", home, "Service")
    assert lost("service at ten", "Service at eleven.", home, "Service")
    assert lost("doner grill on", "Grill on.", home, "Doner")
    assert not lost("service at ten", "Service at 10.", home, "Service")
    assert not lost("simba's breakfast", "Eish, simbas breakfast.", home, "Breakfast")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    became_phrase = blind.became_phrase
    taught = Taught([("unlock the parish hall", "Hall"), ("feed simba", "Simba")])
    assert became_phrase("parish hall", "Unlock the parish hall.", taught)
    assert became_phrase("bruh, revert feed simba", "Bruh, feed simba.", taught)
    assert not became_phrase("bruh, revert feed simba", "Bruh, revert feed simba.", taught)
    assert not became_phrase("parish hall", "Parish hall.", taught)
