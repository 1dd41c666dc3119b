"""The fifteenth held-out set of benchmarks/resolver.py (benchmarks/_resolver_fifteenth.py)
is well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose kind, frame and distinctive words none of the sixth to fourteenth sets
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
from _resolver_fifteenth import (  # noqa: E402
    NEW_OUT_OF_SCOPE,
    OWN_OUT_OF_SCOPE,
    RULED_OUT,
    SEEDS,
    SET,
    WRAPPED_OUT,
    dataset_rows,
    ruled_out,
    source_values,
    used_texts,
    with_one_ruled_out,
)
from _resolver_fifteenth_labels import LABELS  # noqa: E402
from _resolver_fifteenth_text import (  # noqa: E402
    FIFTEENTH_ROUTINES,
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
                (130, "thirteenth"), (140, "fourteenth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifteenth set's real sentences are rows of "
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
contractions, forms of "be", "have" and "do" and the commonest verbs (the twelfth's to
fourteenth's)."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("fifteenth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_fourteenth_text as fourteenth
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
            *(w for m in (thirteenth, fourteenth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS) for w in _templates(table)),
            *fourteenth.MULTI_WRAPPING, *thirteenth.MULTI_WRAPPING, *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING, *tenth.MULTI_WRAPPING,
            *eleventh.MULTI_WRAPPING, *twelfth.MULTI_WRAPPING, *tenth.DEVICE_NAMES,
            *eleventh.DEVICE_NAMES, *twelfth.DEVICE_NAMES]


def test_the_seeds_are_not_the_development_ones():
    assert set(SEEDS) == {150, 151, 152}
    assert not set(SEEDS) & {0, *range(100, 150), *range(160, 163)}


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("fifteenth")
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 16


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_fourteenth_text as fourteenth
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_tenth_text as tenth
    import _resolver_thirteenth_text as thirteenth
    import _resolver_twelfth_text as twelfth

    earlier_sets = (seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth)
    assert set(KIND_TEMPLATES) - set(fourteenth.KIND_TEMPLATES) == set(NEW_OUT_OF_SCOPE) \
        == {"comparison", "bet", "another home", "rhetorical question", "negated wish",
            "explaining the words", "running cost"}
    assert set(fourteenth.KIND_TEMPLATES) <= set(KIND_TEMPLATES)
    assert not set(NEW_OUT_OF_SCOPE) & {k for m in earlier_sets for k in m.KIND_TEMPLATES}
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for m in earlier_sets for ts in m.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier


def test_the_new_kinds_say_the_phrase_once_and_ask_nothing_else():
    taught = Taught([("feed dizzy", "Dizzy")])
    for kind, templates in WRAPPERS.items():
        assert len(templates) >= 6, kind
        for template in templates:
            assert template.count("{}") == 1, template
            assert taught.is_phrase(wrap(template, "feed dizzy")), (kind, template)
    # (a hiccup is heard in every hiccuping wrapper; a greeting is in its language)
    assert all(re.search(r"\bhic", t) for t in WRAPPERS["hiccups"])
    assert not {w for t in WRAPPERS["welsh greeting"] + WRAPPERS["spanish greeting"]
                for w in re.findall(r"[a-z']+", t)} & {"good", "morning", "night", "bye"}


def test_the_homes_are_new():
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_fourteenth_text as fourteenth
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_tenth_text as tenth
    import _resolver_thirteenth_text as thirteenth
    import _resolver_twelfth_text as twelfth

    earlier = {*seventh.HOMES.values(), *eighth.HOMES.values(), *ninth.HOMES.values(),
               *tenth.HOMES.values(), *eleventh.HOMES.values(), *twelfth.HOMES.values(),
               *thirteenth.HOMES.values(), *fourteenth.HOMES.values()}
    assert not set(HOMES.values()) & earlier


def test_the_pools_have_the_phrase_shapes():
    for home, routines in FIFTEENTH_ROUTINES.items():
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
    coined = {"lambcam on", "nuggetcam on", "boatcam on"}
    assert coined <= {p for h in FIFTEENTH_ROUTINES.values() for ps in h.values() for p in ps}
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"ring thomas", "checkout at eleven", "seminar at three", "feed izzy",
            "rear cabin lights on", "stop the tumble dryer"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring tomos")
    checks.check_wrappers_say_nothing(SET, "front cabin lights on")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("feed dizzy", "Dizzy"), ("ring tomos", "Tomos"),
                     ("checkout at ten", "Checkout"), ("cabin lights on", "Cabin"),
                     ("front cabin lights on", "Front"), ("shut the yard gate", "Gate")])
    for text in ("feed dizzy, hic", "hola, ring tomos", "shwmae, checkout at ten",
                 "checkout at 10", "oy vey, front cabin lights on", "cabin lights on, arr",
                 "forsooth, feed dizzy", "shut the yard gate, shiver me timbers",
                 "and he scores, ring tomos", "abracadabra, cabin lights on",
                 "feed dizzy, you're on mute", "ring tomos, bottoms up",
                 "attention all residents, front cabin lights on", "ring tomos, tag you're it",
                 "g'day, shut the yard gate", "front cabin lights on, ensign"):
        assert taught.is_phrase(text), text
    for text in ("arr, scrap feed dizzy please", "ring thomas", "checkout at eleven",
                 "feed daisy", "i bet feed dizzy won't work", "who even needs cabin lights on",
                 "rear cabin lights on", "the lodger said ring tomos",
                 "how much does cabin lights on cost to run"):
        assert not taught.is_phrase(text), text


def test_the_new_out_of_scope_kinds_say_something_else_around_a_taught_phrase():
    taught = Taught([("feed dizzy", "Dizzy"), ("sheep nuts order for thursday", "Nuts")])
    for kind in NEW_OUT_OF_SCOPE:
        for template in KIND_TEMPLATES[kind]:
            for phrase in ("feed dizzy", "sheep nuts order for thursday"):
                text = template.format(p=phrase)
                assert phrase in text and not taught.is_phrase(text), text
    # (a bet is a wager, a cost is money or power, a rhetorical question doubts the
    # need, a wish for less is negated, another home is somebody else's place)
    assert all(re.search(r"\b(bet|says|money's)\b", t) for t in KIND_TEMPLATES["bet"])
    assert all(re.search(r"\b(cost|costing|bill|expensive|cheap|power|electricity)\b", t)
               for t in KIND_TEMPLATES["running cost"])
    assert all(re.search(r"\b(didn't|skip|wasn't|without|never|weren't)\b", t)
               for t in KIND_TEMPLATES["negated wish"])
    assert all(re.search(r"\b(better|quicker|versus|faster|difference|as good)\b", t)
               for t in KIND_TEMPLATES["comparison"])
    assert all(re.search(r"\b(gran's|sister's|cottage|neighbours|holiday let|mate's|next door)\b",
                         t) for t in KIND_TEMPLATES["another home"])
    assert all(re.search(r"\b(say|saying|words|listens|phrase)\b", t)
               for t in KIND_TEMPLATES["explaining the words"])


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed dizzy", "Dizzy"), ("film night on the projector", "Film"),
                     ("tv time", "TV")])
    assert taught.holds_same("can we have movie night please")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    rayburn = Taught([("warm the rayburn", "Rayburn")])
    assert says_nearly(SET, "turn my rayburn on", rayburn)
    assert not says_nearly(SET, "turn off my rayburn now", rayburn)


def test_a_near_sibling_is_never_a_held_out_case_already():
    phrases = [("ring tomos", "Tomos"), ("checkout at ten", "Checkout")]
    made = blind.near_siblings(SET, phrases, Taught(phrases), {"ring trefor"})
    assert "ring trefor" not in made and "ring dafydd" in made and "checkout at nine" in made
    made = blind.near_siblings(SET, [("ring tomos", "M"), ("ring trefor", "N")],
                               Taught([("ring tomos", "M"), ("ring trefor", "N")]), set())
    assert "ring trefor" not in made


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("put the boot room dryer on", rng) for _ in range(80)}
    assert "put the bootroom dryer on" in seen, seen
    for text in seen:
        assert all(kept(w, text, "put the boot room dryer on")
                   for w in must_keep("put the boot room dryer on")), text
    seen = {misrecognised("seminar at two", rng) for _ in range(40)}
    assert "seminer at two" in seen, seen
    assert kept("ten", "checkout at 10", "checkout at ten")
    assert not kept("ten", "checkout at eleven", "checkout at ten")
    assert not kept("tomos", "ring thomas", "ring tomos")


def test_a_situation_never_contradicts_its_phrase(homes):
    assert not fits("{}, bottoms up", "kids bedtime")
    assert not fits("teams meeting, {}", "i'm leaving")
    assert not fits("plank position, {}", "nap time")
    assert not fits("{}, and the crowd erupts", "baby is sleeping")
    assert fits("{}, bottoms up", "feed dizzy")
    assert fits("teams meeting, {}", "ring stan")
    checks.check_reasons(SET, homes)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("cabin lights on", "Cabin"), ("front cabin lights on", "Front"),
            ("ring stan", "Stan"), ("message brenda and hannah", "Both")]
    assert wrap_ok("arr, cabin lights on", "cabin lights on", "Cabin", home)
    assert wrap_ok("arr, front cabin lights on", "front cabin lights on", "Front", home)
    assert not wrap_ok("front, cabin lights on", "cabin lights on", "Cabin", home)
    assert not wrap_ok("ring stan, message brenda and hannah", "ring stan", "Stan", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("checkout at ten", "Checkout"), ("cabin lights on", "Cabin"),
            ("front cabin lights on", "Front"), ("heating on", "Heating"),
            ("heating on for an hour", "Boost")]
    assert not noisy_ok("checkout at eleven", "checkout at ten", "Checkout", home)
    assert not noisy_ok("cabin lights on", "front cabin lights on", "Front", home)
    assert not noisy_ok("heating on", "heating on for an hour", "Boost", home)
    assert noisy_ok("checkout at 10", "checkout at ten", "Checkout", home)
    assert noisy_ok("front cabinlights on", "front cabin lights on", "Front", home)


@NEEDS_DATASETS
def test_real_requests_rule_out_another_value_of_one_slot(homes):
    # a dataset row as it is, then "not" and another value of one slot's kind from the
    # same source; no sentence a dataset or another split has
    rows = dataset_rows()
    values = source_values()
    originals = {_words(r[0].format(*r[2])) for r in rows}
    used = used_texts()
    sources = Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in originals | used, case
            assert ", not " in case.utterance, case
            request, _ = case.utterance.rsplit(", not ", 1)
            matched = [source for frame, kinds, own, source, _ in rows
                       if frame.format(*own) == request
                       for i, kind in enumerate(kinds)
                       for other in values.get((source, kind), ())
                       if other != own[i]
                       and case.utterance == ruled_out(request, frame, i, other)]
            assert matched, case
            sources[matched[0]] += 1
    assert len(sources) >= 2, sources


@NEEDS_DATASETS
def test_a_ruled_out_value_is_another_of_the_slots_kind():
    # (the other value is one the same source wrote in such a slot; "the" is kept)
    rows = [("turn on the {} light", ("place",), ("kitchen",), "hwu64", "iot_hue_lighton"),
            ("dim {} lights", ("place",), ("hallway",), "hwu64", "iot_hue_lightdim")]
    rng = random.Random(3)
    made = [text for text, _ in zip(with_one_ruled_out(rows, rng), range(30), strict=False)]
    places = source_values()[("hwu64", "place")]
    assert len(made) == 30
    for text in made:
        said = re.fullmatch(r"turn on the kitchen light, not the (.+)|dim hallway lights, not (.+)",
                            text)
        other = said and (said[1] or said[2])
        assert other and other in places, text
        assert other != ("kitchen" if said[1] else "hallway"), text
    assert not list(with_one_ruled_out([("play {}", ("song",), ("jazz",), "hwu64", "play")],
                                       rng))
    assert RULED_OUT.format(request="play jazz", the="", other="rock") == "play jazz, not rock"


def test_no_other_split_draws_on_the_fifteenth_pool():
    import _resolver_eleventh_text as eleventh
    import _resolver_fourteenth_text as fourteenth
    import _resolver_thirteenth_text as thirteenth
    import _resolver_twelfth_text as twelfth

    checks.check_pool_is_new(SET, [*checks.earlier_pools(),
                                   *eleventh.ELEVENTH_ROUTINES.values(),
                                   *eleventh.UNTAUGHT.values(),
                                   *twelfth.TWELFTH_ROUTINES.values(),
                                   *twelfth.UNTAUGHT.values(),
                                   *thirteenth.THIRTEENTH_ROUTINES.values(),
                                   *thirteenth.UNTAUGHT.values(),
                                   *fourteenth.FOURTEENTH_ROUTINES.values(),
                                   *fourteenth.UNTAUGHT.values()], OTHER_SPLITS)


def test_the_benchmark_reports_the_fifteenth_kinds(capsys):
    checks.check_benchmark_reports(SET, "Dizzy", ("hiccups", "starship captain"),
                                   "fourteenth, fifteenth", capsys)


def test_the_benchmark_reports_the_new_out_of_scope_kinds():
    import resolver

    outcomes = [(None, "run", "Dizzy", "bet"), (None, "reject", None, "bet"),
                (None, "clarify", None, "running cost"),
                (None, "reject", None, WRAPPED_OUT["explaining the words"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"]["bet"]["run"] == 50.0
    assert summary["by_kind"]["running cost"]["clarify"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["explaining the words"]]["reject"] == 100.0


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("checkout at ten", "Checkout"), ("cabin lights on", "Cabin"),
            ("front cabin lights on", "Front"), ("dizzy's kibble", "Kibble")]
    assert lost("checkout at ten", "", home, "Checkout")
    assert lost("checkout at ten", "Checkout at eleven.", home, "Checkout")
    assert lost("front cabin lights on", "Cabin lights on.", home, "Front")
    assert not lost("checkout at ten", "Check out at 10.", home, "Checkout")
    assert not lost("dizzy's kibble", "Hola, dizzys kibble.", home, "Kibble")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    became_phrase = blind.became_phrase
    taught = Taught([("print the welcome pack", "Pack"), ("feed dizzy", "Dizzy")])
    assert became_phrase("welcome pack", "Print the welcome pack.", taught)
    assert became_phrase("arr, scrap feed dizzy please", "Arr, feed dizzy.", taught)
    assert not became_phrase("arr, scrap feed dizzy please", "Arr, scrap feed dizzy.", taught)
    assert not became_phrase("welcome pack", "Welcome pack.", taught)
