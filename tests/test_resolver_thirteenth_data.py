"""The thirteenth held-out set of benchmarks/resolver.py (benchmarks/_resolver_thirteenth.py)
is well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose kind, frame and distinctive words none of the sixth to twelfth sets have,
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
from _resolver_blind import NEAR_SIBLING, says_nearly, wrap  # noqa: E402
from _resolver_data import (  # noqa: E402
    DATASETS,
    OUT_OF_SCOPE_KINDS,
    ROUTINES,
)
from _resolver_thirteenth import (  # noqa: E402
    CORRECTION,
    NEW_OUT_OF_SCOPE,
    SEEDS,
    SET,
    WRAPPED_OUT,
    corrected,
    dataset_rows,
    source_values,
    used_texts,
)
from _resolver_thirteenth_labels import LABELS  # noqa: E402
from _resolver_thirteenth_text import (  # noqa: E402
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    THIRTEENTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

Taught = LABELS.taught
canon, kept, must_keep = LABELS.canon, LABELS.kept, LABELS.must_keep
noisy_ok, wrap_ok, misrecognised = LABELS.noisy_ok, LABELS.wrap_ok, LABELS.misrecognised
fits = partial(blind.fits, SET)
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"), (50, "sixth"), (60, "seventh"), (70, "eighth"), (80, "ninth"),
                (90, "tenth"), (110, "eleventh"), (120, "twelfth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirteenth set's real sentences are rows of "
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
contractions, forms of "be", "have" and "do" and the commonest verbs (the twelfth's)."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("thirteenth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_sixth_text as sixth
    import _resolver_tenth_text as tenth
    import _resolver_twelfth_text as twelfth

    return [*sixth.SIXTH_CARRIERS, *sixth.FRAGMENT_WRAPPERS,
            *(w for m in (seventh, eighth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS,
                m.VOCATIVES) for w in _templates(table)),
            *(w for m in (ninth, tenth, eleventh, twelfth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS, m.VOCATIVES)
              for w in _templates(table)),
            *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING, *tenth.MULTI_WRAPPING,
            *eleventh.MULTI_WRAPPING, *twelfth.MULTI_WRAPPING, *tenth.DEVICE_NAMES,
            *eleventh.DEVICE_NAMES, *twelfth.DEVICE_NAMES]


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("thirteenth")
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 17


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    import _resolver_twelfth_text as twelfth

    assert set(KIND_TEMPLATES) - set(twelfth.KIND_TEMPLATES) == {"contrast", "hypothetical",
                                                                 "complaint"}
    assert not set(NEW_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for ts in twelfth.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier


def test_the_new_kinds_say_the_phrase_once_and_ask_nothing_else():
    taught = Taught([("feed pretzel", "Pretzel")])
    for kind, templates in WRAPPERS.items():
        for template in templates:
            assert template.count("{}") == 1, template
            assert taught.is_phrase(wrap(template, "feed pretzel")), (kind, template)
    # (a phone aside names the caller; a shorthand is typed; an answer says yes)
    assert all("gloria" in t or "caller" in t for t in WRAPPERS["phone aside"])
    assert all(re.search(r"\b(pls|plz|thx|ty|tia|btw|thnx)\b", t)
               for t in WRAPPERS["typed shorthand"])


def test_the_homes_are_new():
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_tenth_text as tenth
    import _resolver_twelfth_text as twelfth

    earlier = {*seventh.HOMES.values(), *eighth.HOMES.values(), *ninth.HOMES.values(),
               *tenth.HOMES.values(), *eleventh.HOMES.values(), *twelfth.HOMES.values()}
    assert not set(HOMES.values()) & earlier


def test_the_pools_have_the_phrase_shapes():
    for home, routines in THIRTEENTH_ROUTINES.items():
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
    coined = {"snugfloor on", "doughbot start", "crumbcam on", "tidybot go"}
    assert coined <= {p for h in THIRTEENTH_ROUTINES.values() for ps in h.values() for p in ps}
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"ring farai", "physio at three", "feed the white starter", "contact visit at five",
            "gold star for ruby"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring tendai")
    checks.check_wrappers_say_nothing(SET, "spiral mixer on")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("feed pretzel", "Pretzel"), ("ring tendai", "Tendai"),
                     ("physio at two", "Physio"), ("blackouts down", "Blackout"),
                     ("mixer on", "Mixer"), ("spiral mixer on", "Spiral")])
    for text in ("bear with me, gloria, feed pretzel", "ring tendai, copy?",
                 "pls feed pretzel thx", "haha, ring tendai", "ahh-choo, physio at two",
                 "physio at 2", "yessir, spiral mixer on", "mixer on, toodle-oo",
                 "breaker breaker, ring tendai", "blackouts down, copy?",
                 "dum de dum, feed pretzel", "you're a boffin, mixer on",
                 "feed pretzel, if your highness can muster it", "verily, ring tendai"):
        assert taught.is_phrase(text), text
    for text in ("haha, abort feed pretzel", "ring farai", "physio at three",
                 "feed truffle", "pls don't feed pretzel", "suppose i asked for ring tendai",
                 "the manual says mixer on", "planetary mixer on"):
        assert not taught.is_phrase(text), text


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed pretzel", "Cat"), ("snugfloor on", "Floor"), ("tv time", "TV")])
    assert taught.holds_same("can you feed the cat please")
    assert taught.holds_same("put the heating on and close the blinds")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    hoist = Taught([("charge the ceiling hoist", "Hoist")])
    assert says_nearly(SET, "turn my ceiling hoist on", hoist)
    assert not says_nearly(SET, "turn off my ceiling hoist now", hoist)


def test_a_near_sibling_is_never_a_held_out_case_already():
    phrases = [("ring tendai", "Tendai"), ("physio at two", "Physio")]
    made = blind.near_siblings(SET, phrases, Taught(phrases), {"ring tamsin"})
    assert "ring tamsin" not in made and "ring tariq" in made and "physio at six" in made
    made = blind.near_siblings(SET, [("ring tendai", "T"), ("ring tamsin", "S")],
                               Taught([("ring tendai", "T"), ("ring tamsin", "S")]), set())
    assert "ring tamsin" not in made


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("open my front door", rng) for _ in range(80)}
    assert {"open my frontdoor", "open front door"} <= seen, seen
    for text in seen:
        assert all(kept(w, text, "open my front door")
                   for w in must_keep("open my front door")), text
    seen = {misrecognised("order my prescription", rng) for _ in range(40)}
    assert "order my perscription" in seen, seen
    assert kept("two", "physio at 2", "physio at two")
    assert not kept("two", "physio at three", "physio at two")
    assert not kept("tendai", "ring farai", "ring tendai")


def test_a_job_in_hand_never_contradicts_its_phrase(homes):
    assert not fits("{}, still lacing my boots", "nap time")
    assert not fits("{}, i'm peeling spuds", "i'm leaving")
    assert fits("{}, i'm peeling spuds", "feed pretzel")
    checks.check_reasons(SET, homes)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("mixer on", "Mixer"), ("spiral mixer on", "Spiral"), ("ring shona", "Shona"),
            ("message shona and ola", "Both")]
    assert wrap_ok("haha, mixer on", "mixer on", "Mixer", home)
    assert wrap_ok("haha, spiral mixer on", "spiral mixer on", "Spiral", home)
    assert not wrap_ok("mixer on, spiral", "mixer on", "Mixer", home)
    assert not wrap_ok("ring shona, message ola", "ring shona", "Shona", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("physio at two", "Physio"), ("mixer on", "Mixer"),
            ("spiral mixer on", "Spiral"), ("feed the starter", "Starter"),
            ("feed the rye starter", "Rye")]
    assert not noisy_ok("physio at three", "physio at two", "Physio", home)
    assert not noisy_ok("mixer on", "spiral mixer on", "Spiral", home)
    assert not noisy_ok("feed the starter", "feed the rye starter", "Rye", home)
    assert noisy_ok("fizzio at 2", "physio at two", "Physio", home)
    assert noisy_ok("feed the ryestarter", "feed the rye starter", "Rye", home)


@NEEDS_DATASETS
def test_real_requests_correct_one_slot_mid_request(homes):
    # a dataset row with one slot said first with another value of its kind from the
    # same source and corrected to the row's own; no sentence a dataset or another
    # split has
    rows = dataset_rows()
    values = source_values()
    originals = {_words(r[0].format(*r[2])) for r in rows}
    known = originals | used_texts()
    corrected: dict[str, str] = {}  # every row corrected in every slot -> its source (first)
    for frame, kinds, own, source, _ in rows:
        for i, kind in enumerate(kinds):
            for other in values.get((source, kind), ()):
                if other != own[i]:
                    corrected.setdefault(frame.format(*[
                        CORRECTION.format(other=other, own=v) if j == i else v
                        for j, v in enumerate(own)]), source)
    sources = Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in known, case
            assert ", sorry, i mean " in case.utterance, case
            assert case.utterance in corrected, case
            sources[corrected[case.utterance]] += 1
    assert len(sources) >= 2, sources


@NEEDS_DATASETS
def test_a_corrected_slot_ends_on_the_rows_own_value():
    # (the other value is one the same source wrote in such a slot)
    rows = [("turn on the {} light", ("place",), ("kitchen",), "hwu64", "iot_hue_lighton"),
            ("dim the {}", ("place",), ("hallway",), "hwu64", "iot_hue_lightdim")]
    rng = random.Random(3)
    made = [text for text, _ in zip(corrected(rows, rng), range(30), strict=False)]
    places = source_values()[("hwu64", "place")]
    assert len(made) == 30
    for text in made:
        said = re.fullmatch(r"(turn on|dim) the (.+), sorry, i mean (kitchen light|hallway)",
                            text)
        assert said and said[2] in places and said[2] != said[3].split()[0], text
    assert not list(corrected([("play {}", ("song",), ("jazz",), "hwu64", "play")], rng))


def test_no_other_split_draws_on_the_thirteenth_pool():
    import _resolver_eleventh_text as eleventh
    import _resolver_twelfth_text as twelfth

    checks.check_pool_is_new(SET, [*checks.earlier_pools(),
                                   *eleventh.ELEVENTH_ROUTINES.values(),
                                   *eleventh.UNTAUGHT.values(),
                                   *twelfth.TWELFTH_ROUTINES.values(),
                                   *twelfth.UNTAUGHT.values()], OTHER_SPLITS)


def test_the_benchmark_reports_the_thirteenth_kinds(capsys):
    checks.check_benchmark_reports(SET, "Pretzel", ("radio talk", "typed shorthand"),
                                   "twelfth, thirteenth", capsys)


def test_the_benchmark_reports_the_new_out_of_scope_kinds():
    import resolver

    outcomes = [(None, "run", "Pretzel", NEAR_SIBLING), (None, "reject", None, NEAR_SIBLING),
                (None, "clarify", None, "contrast"),
                (None, "reject", None, WRAPPED_OUT["hypothetical"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"][NEAR_SIBLING]["run"] == 50.0
    assert summary["by_kind"]["contrast"]["clarify"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["hypothetical"]]["reject"] == 100.0


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("physio at two", "Physio"), ("mixer on", "Mixer"),
            ("spiral mixer on", "Spiral"), ("pretzel's supper", "Supper")]
    assert lost("physio at two", "", home, "Physio")
    assert lost("physio at two", "Physio at three.", home, "Physio")
    assert lost("spiral mixer on", "Mixer on.", home, "Spiral")
    assert not lost("physio at two", "Physio at 2.", home, "Physio")
    assert not lost("pretzel's supper", "Haha, pretzels supper.", home, "Supper")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    became_phrase = blind.became_phrase
    taught = Taught([("charge the ceiling hoist", "Hoist"), ("feed pretzel", "Pretzel")])
    assert became_phrase("ceiling hoist", "Charge the ceiling hoist.", taught)
    assert became_phrase("haha, abort feed pretzel", "Haha, feed pretzel.", taught)
    assert not became_phrase("haha, abort feed pretzel", "Haha, abort feed pretzel.", taught)
    assert not became_phrase("ceiling hoist", "Ceiling hoist.", taught)
