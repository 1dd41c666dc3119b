"""The eleventh held-out set of benchmarks/resolver.py (benchmarks/_resolver_eleventh.py) is
well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose distinctive words and frame none of the sixth to tenth sets have, no
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
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _blind_set_checks as checks  # noqa: E402
from _blind_set_checks import built_home  # noqa: E402
from _resolver_blind import says_nearly  # noqa: E402
from _resolver_data import (  # noqa: E402
    DATASETS,
    OUT_OF_SCOPE_KINDS,
    ROUTINES,
)
from _resolver_eleventh import (  # noqa: E402
    ELEVENTH_IN_SCOPE,
    ELEVENTH_KINDS,
    FRAMES,
    SEEDS,
    SET,
    WRAPPED_KINDS,
    WRAPPED_OUT,
    crowd_values,
    dataset_rows,
    fits,
    used_texts,
    wrap,
)
from _resolver_eleventh_labels import (  # noqa: E402
    Taught,
    canon,
    kept,
    misrecognised,
    must_keep,
    noisy_ok,
    wrap_ok,
)
from _resolver_eleventh_text import (  # noqa: E402
    DEVICE_NAMES,
    ELEVENTH_ROUTINES,
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    UNTAUGHT,
    VOCATIVES,
    WRAPPERS,
)

REAL_KINDS = {"real request", "real request, shares a word", "state question (HA sentences)",
              FRAMES}
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"), (50, "sixth"), (60, "seventh"), (70, "eighth"), (80, "ninth"),
                (90, "tenth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the eleventh set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {
    "a", "about", "am", "and", "any", "are", "as", "at", "be", "been", "before", "can",
    "could", "do", "doing", "for", "get", "good", "got", "have", "having", "here", "how",
    "i", "i'd", "i'm", "if", "in", "is", "isn't", "it", "it's", "know", "long", "me",
    "much", "my", "need", "now", "of", "oh", "ok", "on", "one", "out", "please", "right",
    "say", "see", "so", "that", "that's", "the", "then", "there", "there's", "think",
    "this", "time", "to", "two", "up", "want", "we", "we're", "what", "will", "with",
    "would", "yeah", "you", "you're", "your", "thank", "thanks"}
"""Words any wrapper may share with earlier ones: function words, pronouns, forms of
"be", "have" and "do", the commonest verbs ("say", "know", "think", "want", "need",
"get", "see"), a countdown's numbers and thanks (the very point of a kind)."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("eleventh", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighth_text as eighth
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_sixth_text as sixth
    import _resolver_tenth_text as tenth

    return [*sixth.SIXTH_CARRIERS, *sixth.FRAGMENT_WRAPPERS,
            *(w for m in (seventh, eighth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS,
                m.VOCATIVES) for w in _templates(table)),
            *(w for m in (ninth, tenth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS, m.VOCATIVES)
              for w in _templates(table)),
            *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING, *tenth.MULTI_WRAPPING,
            *tenth.DEVICE_NAMES]


def test_every_kind_is_there_in_every_home(homes):
    needed = set(OUT_OF_SCOPE_KINDS) | set(ELEVENTH_KINDS)
    if not DATASETS.is_dir():
        needed -= REAL_KINDS
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert {k for k in needed if kinds[k] < 20} == set(), kinds
        assert kinds["exact phrase"] >= 60 and kinds["noisy"] >= 240
        assert all(kinds[k] == kinds["exact phrase"] for k in ELEVENTH_IN_SCOPE), kinds
        assert kinds["fragment"] >= 70 and kinds[WRAPPED_OUT["fragment"]] >= 70
        assert kinds["held-out routine"] >= 120
        assert all(kinds[WRAPPED_OUT[k]] == 40 for k in KIND_TEMPLATES), kinds


def test_the_in_scope_kinds_are_the_earlier_ones_and_new_ones():
    earlier = {"vocative", "politeness", "time word", "self-correction", "question",
               "discourse marker", "regional speech", "reason given", "emphatic repeat",
               "filled pause", "trailing tag", "plans", "dictation", "exasperation",
               "non-native phrasing", "device name", "mixed"}
    new = {"rambling", "relayed by a child", "hedging", "countdown", "reading a list",
           "pet or baby talk", "thanks first", "enthusiasm", "stutter", "code-switching"}
    assert set(WRAPPERS) == earlier | new
    import _resolver_tenth_text as tenth

    assert not new & set(tenth.WRAPPERS)


def test_the_homes_are_new():
    import _resolver_eighth_text as eighth
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_tenth_text as tenth

    earlier = {*seventh.HOMES.values(), *eighth.HOMES.values(), *ninth.HOMES.values(),
               *tenth.HOMES.values()}
    assert not set(HOMES.values()) & earlier


def test_the_pools_have_the_phrase_shapes():
    for home, routines in ELEVENTH_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p for p in phrases), home
        assert any(re.match(r"(put|book|coil|hang|call) .+ (in|on|at) (the )?\w+", p)
                   for p in phrases), home  # an object and a place
        assert any(re.match(r"(what's|what|how|where's|is) ", p) for p in phrases), home
        assert any(re.search(r"\b(ring|message|text|call) (aunty |grandma )?[a-z]+", p)
                   for p in phrases), home  # a person's name
    coined = {"bilgebot check", "solarsnap on", "loopzilla on", "tunestar on",
              "kidscam on", "dreamlite on"}
    assert coined <= {p for h in ELEVENTH_ROUTINES.values() for ps in h.values() for p in ps}
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"bilge pump off", "metronome at 100", "ring aunty bisi", "cartoons in english",
            "message rafael and jo"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    earlier = _earlier_wrappers()
    checks.check_new_wrappers(SET, earlier, SHARED_WORDS, MULTI_WRAPPING)
    assert not set(VOCATIVES + DEVICE_NAMES) & checks.wrapper_words(earlier)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "bilge pump on")
    checks.check_wrappers_say_nothing(SET, "stop the stove")


def test_a_stutter_is_struck_but_a_hyphenated_word_is_not():
    assert canon("b-b-bilge pump on") == canon("bilge pump on")
    assert canon("bil- bil- bilge pump on") == canon("bilge pump on")
    assert wrap("{u} {u} {p}", "bilge pump on") == "bil- bil- bilge pump on"
    assert wrap("{s}{s}{p}", "ring ailsa") == "r-r-ring ailsa"
    assert canon("my to-do list") != canon("my list")
    assert kept("bilge", "b-b-bilge pump on", "bilge pump on")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("feed pudding", "Pudding"), ("bilge pump on", "Bilge"),
                     ("ring ailsa", "Ailsa"), ("what's the battery bank at", "Battery"),
                     ("metronome at 120", "Click"), ("polish radio on", "Radio"),
                     ("put the heater on in the kids' room", "Heater")])
    for text in ("sprout, feed pudding", "bilge pump on, mkay?", "ehhm, uhhm, ring ailsa",
                 "hestia, what's the battery bank at", "oh my days, sprout, bilge pump on",
                 "three, two, one, feed pudding", "Bilge Pump On colon",
                 "bilge pump on, heed me, bilge pump on", "ring, drat, ring ailsa",
                 "would you be so good as to ring ailsa?", "zara polish radio on kar do",
                 "mama says you have to feed pudding", "i suppose bilge pump on",
                 "shush little one, polish radio on", "thanks a bunch, feed pudding",
                 "p-p-polish radio on", "metronome at one twenty", "next on my list, "
                 "feed pudding", "put heater on in kids' room",
                 "so i was figuring, what with everything, bilge pump on"):
        assert taught.is_phrase(text), text
    for text in ("sprout, cancel bilge pump on", "ring dougie", "metronome at 100",
                 "bilge pump off", "oh my days, scrap feed pudding", "is polish radio on still going",
                 "put the heater on in the lounge", "hestia, no feed pudding thanks",
                 "my nan used to say feed pudding all the time"):
        assert not taught.is_phrase(text), text


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed pudding", "Cat"), ("espresso and biscotti", "Coffee"),
                     ("tv time", "TV")])
    assert taught.holds_same("can you feed the cat please")
    assert taught.holds_same("make coffee and close the blinds")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    assert not says_nearly(SET, "make the lights blue", taught)
    stove = Taught([("light the stove", "Stove")])
    assert says_nearly(SET, "turn my stove on", stove)
    assert not says_nearly(SET, "turn off my stove now", stove)


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("check the weed hatch", rng) for _ in range(80)}
    assert {"check the weedhatch", "check weed hatch"} <= seen, seen
    for text in seen:
        assert all(kept(w, text, "check the weed hatch")
                   for w in must_keep("check the weed hatch")), text
    seen = {misrecognised("guitar room humidifier on", rng) for _ in range(40)}
    assert "guitar room humidifyer on" in seen, seen
    assert kept("pudding's", "puddings supper", "pudding's supper")
    assert kept("120", "metronome at one twenty", "metronome at 120")
    assert not kept("120", "metronome at 100", "metronome at 120")
    assert not kept("mo", "message rafael and jo", "message rafael and mo")


def test_a_reason_or_plan_never_contradicts_its_phrase(homes):
    assert not fits("i'm having a kip, {}", "good morning")
    assert not fits("{}, we're going swimming", "welcome home")
    assert not fits("{}, the kids are finally settled", "school drop off")
    assert fits("{}, we're going swimming", "lights out")
    checks.check_reasons(SET, homes)


def test_a_child_relaying_a_request_says_it_to_the_assistant():
    # ("mama says you have to X" asks the assistant; "my nan used to say X" reports)
    assert all(re.search(r"\byou\b|\bplease\b|it's time to", w)
               for w in WRAPPERS["relayed by a child"])
    assert not any(re.search(r"\byou\b", w) for w in KIND_TEMPLATES["someone else's words"])


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("bilge pump on", "Bilge"), ("pump the bilge", "Bilge"),
            ("water pump on", "Water"), ("ring ailsa", "Ailsa"),
            ("text ailsa and dougie", "Both"), ("lights out", "Night")]
    assert wrap_ok("sprout, ring ailsa", "ring ailsa", "Ailsa", home)
    assert wrap_ok("ring, drat, ring ailsa", "ring ailsa", "Ailsa", home)
    assert not wrap_ok("ring ailsa, text dougie", "ring ailsa", "Ailsa", home)
    assert not wrap_ok("bilge pump on, water pump on", "bilge pump on", "Bilge", home)
    assert wrap_ok("bilge pump on, we're going swimming", "bilge pump on", "Bilge", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("metronome at 120", "Click"), ("bilge pump on", "Bilge"),
            ("water pump on", "Water"), ("message rafael and mo", "Both"),
            ("ring rafael", "Rafael"), ("put the heater on in the kids' room", "Heater")]
    assert not noisy_ok("metronome at 100", "metronome at 120", "Click", home)
    assert not noisy_ok("message rafael and jo", "message rafael and mo", "Both", home)
    assert not noisy_ok("ring rafael", "message rafael and mo", "Both", home)
    assert not noisy_ok("pump on", "bilge pump on", "Bilge", home)
    assert noisy_ok("metro gnome at one twenty", "metronome at 120", "Click", home)
    assert noisy_ok("bilgepump on", "bilge pump on", "Bilge", home)
    assert noisy_ok("Put heater on in the kids' room.", "put the heater on in the kids' room",
                    "Heater", home)


@NEEDS_DATASETS
def test_real_requests_cross_the_two_crowds(homes):
    # an HWU64 row with every place and device slot refilled from SLURP's values, or a
    # SLURP row from HWU64's, none its own, and no sentence a dataset or another split has
    rows = dataset_rows()
    values = crowd_values()
    other = {"hwu64": "slurp", "slurp": "hwu64"}
    assert {("hwu64", "device"), ("slurp", "device"), ("hwu64", "place"),
            ("slurp", "place")} <= set(values)
    patterns = []
    for frame, kinds, own, source, _ in rows:
        if source in other and all((other[source], k) in values for k in kinds):
            parts = re.escape(frame).split(r"\{\}")
            alternatives = ["(" + "|".join(re.escape(v) for v in values[(other[source], k)])
                            + ")" for k in kinds]
            pattern = parts[0] + "".join(a + part for a, part in
                                         zip(alternatives, parts[1:], strict=True))
            patterns.append((re.compile(pattern), source, kinds, own))
    originals = {_words(r[0].format(*r[2])) for r in rows}
    used = used_texts()
    sources = Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in originals | used, case
            matched = [source for frame, source, kinds, own in patterns
                       for m in [frame.fullmatch(case.utterance)]
                       if m and all(v in values[(other[source], k)] and v != o for v, k, o
                                    in zip(m.groups(), kinds, own, strict=True))]
            assert matched, case
            sources[matched[0]] += 1
    assert sources["hwu64"] >= 60 and sources["slurp"] >= 60, sources


def test_no_other_split_draws_on_the_eleventh_pool():
    eleventh = {p for home in (*ELEVENTH_ROUTINES.values(), *UNTAUGHT.values())
                for ps in home.values() for p in ps}
    for pool in checks.earlier_pools():
        assert not eleventh & {p for ps in pool.values() for p in ps}
    for seed, split in OTHER_SPLITS:
        assert not eleventh & {p for p, _ in built_home(seed, split).phrases}


def test_no_eleventh_sentence_is_another_splits(homes):
    # (the taught phrases of the generic pool are every split's; the rest are the set's own)
    generic = {_words(p) for ps in ROUTINES.values() for p in ps}
    mine = {_words(c.utterance) for h in homes.values() for c in h.cases} - generic
    for seed, split in OTHER_SPLITS[-3:]:
        theirs = {_words(c.utterance) for c in built_home(seed, split).cases}
        shared = mine & theirs
        assert len(shared) <= 0.01 * len(mine), sorted(shared)[:20]


def test_the_benchmark_reports_the_eleventh_kinds(capsys):
    # (only the reporting: no resolver is asked anything here)
    import resolver

    outcomes = [("Bilge", "run", "Bilge", WRAPPED_KINDS["stutter"]),
                ("Bilge", "clarify", "Bilge", WRAPPED_KINDS["stutter"]),
                ("Bilge", "run", "Bilge", WRAPPED_KINDS["countdown"]),
                (None, "run", "Bilge", WRAPPED_OUT["routine command"]),
                (None, "reject", None, WRAPPED_OUT["negation"])]
    summary = resolver._summarise(outcomes)
    assert summary["in_scope"] == 3 and summary["out_of_scope"] == 2
    assert summary["by_kind"][WRAPPED_KINDS["stutter"]]["run_right"] == 50.0
    assert summary["by_kind"][WRAPPED_KINDS["countdown"]]["run_right"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["routine command"]]["run"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["negation"]]["reject"] == 100.0
    with pytest.raises(SystemExit):
        resolver.main(["--sets", "no such set"])
    assert "tenth, eleventh" in capsys.readouterr().err


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    from _resolver_eleventh_heard import lost

    home = [("bilge pump on", "Bilge"), ("water pump on", "Water"),
            ("metronome at 120", "Click"), ("message rafael and mo", "Both"),
            ("pudding's supper", "Supper")]
    assert lost("metronome at 120", "", home, "Click")
    assert lost("metronome at 120", "Metronome at 100.", home, "Click")
    assert lost("bilge pump on", "Water pump on.", home, "Bilge")
    assert not lost("metronome at 120", "Metronome at one twenty.", home, "Click")
    assert not lost("pudding's supper", "Sprout, puddings supper.", home, "Supper")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    from _resolver_eleventh_heard import became_phrase

    taught = Taught([("light the stove", "Stove"), ("feed pudding", "Pudding")])
    assert became_phrase("stove", "Light the stove.", taught)
    assert became_phrase("oh my days, scrap feed pudding", "Oh my days, feed pudding.", taught)
    assert not became_phrase("oh my days, scrap feed pudding", "Oh my days, scrap feed pudding.",
                             taught)
    assert not became_phrase("stove", "Stove.", taught)
