"""The tenth held-out set of benchmarks/resolver.py (benchmarks/_resolver_tenth.py) is
well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose words and frame none of the sixth, seventh, eighth and ninth sets have,
no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for the
same thing), no wrapper turns what it wraps into another request, fragments are proper
parts of taught phrases and hold none whole, and its dataset sentences are ones no
other split uses. The checks every set built by benchmarks/_resolver_blind.py shares are
in tests/_blind_set_checks.py (written from this file's). Only the data is checked here: the set is run once, by the lead, on
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
from _resolver_data import (  # noqa: E402
    DATASETS,
    OUT_OF_SCOPE_KINDS,
    ROUTINES,
)
from _resolver_tenth import (  # noqa: E402
    FRAMES,
    SEEDS,
    SET,
    TENTH_IN_SCOPE,
    TENTH_KINDS,
    WRAPPED_KINDS,
    WRAPPED_OUT,
    dataset_rows,
    ha_values,
    used_texts,
)
from _resolver_tenth_labels import LABELS  # noqa: E402
from _resolver_tenth_text import (  # noqa: E402
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    TENTH_ROUTINES,
    TENTH_SOUND_ALIKE,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

Taught = LABELS.taught
kept, must_keep = LABELS.kept, LABELS.must_keep
noisy_ok, wrap_ok, misrecognised = LABELS.noisy_ok, LABELS.wrap_ok, LABELS.misrecognised
fits = partial(blind.fits, SET)
says_nearly = partial(blind.says_nearly, SET)
REAL_KINDS = {"real request", "real request, shares a word", "state question (HA sentences)",
              FRAMES}
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"), (50, "sixth"), (60, "seventh"), (70, "eighth"), (80, "ninth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the tenth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {"a", "about", "and", "as", "at", "be", "can", "could", "for", "get", "have",
                "i", "i'd", "if", "in", "it", "it's", "on", "so", "the", "this", "to", "we",
                "with", "would", "you", "you'd", "yeah", "i'm", "we're", "my", "me", "our",
                "is", "am", "are", "of", "do"}
"""Function words any wrapper may share with earlier ones: the ninth's, and pronouns,
forms of "be", "of" and "do"."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("tenth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighth_text as eighth
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_sixth_text as sixth

    return [*sixth.SIXTH_CARRIERS, *sixth.FRAGMENT_WRAPPERS,
            *(w for m in (seventh, eighth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS,
                m.VOCATIVES) for w in _templates(table)),
            *(w for table in (ninth.WRAPPERS, ninth.OOS_WRAPPERS, ninth.FRAGMENT_NEW_WRAPPERS,
                              ninth.VOCATIVES) for w in _templates(table)),
            *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING]


def _pool_words() -> set[str]:
    pools = [ROUTINES, *TENTH_ROUTINES.values(), *UNTAUGHT.values()]
    return {w for pool in pools for ps in pool.values() for p in ps for w in p.split()}


def test_every_kind_is_there_in_every_home(homes):
    needed = set(OUT_OF_SCOPE_KINDS) | set(TENTH_KINDS)
    if not DATASETS.is_dir():
        needed -= REAL_KINDS
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert {k for k in needed if kinds[k] < 20} == set(), kinds
        assert kinds["exact phrase"] >= 60 and kinds["noisy"] >= 240
        assert all(kinds[k] == kinds["exact phrase"] for k in TENTH_IN_SCOPE), kinds
        assert kinds["fragment"] >= 80 and kinds[WRAPPED_OUT["fragment"]] >= 80
        assert kinds["held-out routine"] >= 120
        assert all(kinds[WRAPPED_OUT[k]] == 40 for k in KIND_TEMPLATES), kinds


def test_the_in_scope_kinds_are_the_earlier_ones_and_new_ones():
    earlier = {"vocative", "politeness", "time word", "self-correction", "question",
               "discourse marker", "regional speech", "reason given", "emphatic repeat",
               "filled pause", "child or tired voice", "trailing tag", "mixed"}
    new = {"plans", "dictation", "other language", "exasperation", "dialect tag",
           "non-native phrasing", "device name"}
    assert set(WRAPPERS) == earlier | new


def test_the_pools_have_the_new_phrase_shapes():
    for home, routines in TENTH_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p for p in phrases), home
        assert any(re.match(r"(put|fire|take|hang|book) .+ (in|on|to) the \w+$", p)
                   for p in phrases), home  # an object and a place
        assert any(re.match(r"(what's|when's|how|which|where|is) ", p) for p in phrases), home
        assert any(re.search(r"\b(ring|message|text|tell|take) (sister )?[a-z]+", p)
                   for p in phrases), home  # a person's name
    coined = {"snoozebox on", "the glowbug", "smartlok open", "brewmaster on", "pawcam on",
              "kilnwatch check", "zapwarm heater on"}
    assert coined <= {p for h in TENTH_ROUTINES.values() for ps in h.values() for p in ps}
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"biscuit firing", "text gwen and bryn", "put the heater on in the barn",
            "message priya and sam"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_no_wrapper_word_is_a_word_of_a_phrase():
    # (the labels strike wrapper words wherever they are said)
    assert not WRAPPER_WORDS & _pool_words(), sorted(WRAPPER_WORDS & _pool_words())


def test_every_wrapper_says_nothing_the_labels_see():
    # so a wrapper can neither make out-of-scope speech a request nor a request another
    checks.check_wrappers_say_nothing(SET, "stop the kiln")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("tea and toast", "Toast"), ("kiln on", "Kiln"), ("ring gwen", "Gwen"),
                     ("what's the wifi password", "Wifi"), ("bisque at 1000", "Bisque"),
                     ("hot tub on", "Tub"), ("put the heater on in the studio", "Heater")])
    for text in ("skipper, tea and toast", "kiln on, capisce?", "ummm, errr, ring gwen",
                 "nova, what's the wifi password", "argh, skipper, kiln on",
                 "i'm hitting the hay shortly, tea and toast", "Kiln On.", "kiln on period",
                 "kiln on, KILN ON", "bisque at 1000. i repeat, bisque at 1000",
                 "hot, d'oh, hot tub on", "think you could ring gwen?", "yalla, kiln on",
                 "hot tub on, por favor", "do kiln on for me", "i am wanting tea and toast",
                 "kiln on, ennit?", "for pete's sake, hot tub on", "ey up, kiln on",
                 "the telly work", "put heater on in studio", "hot tub on, our kid"):
        if text == "the telly work":
            continue
        assert taught.is_phrase(text), text
    for text in ("skipper, stop the kiln", "ring huw", "bisque at 900", "kiln off",
                 "argh, cancel kiln on please", "is hot tub on happening",
                 "put the heater on in the barn", "nova, no kiln on today"):
        assert not taught.is_phrase(text), text


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("tea and toast", "Toast"), ("brewmaster on", "Brew"),
                     ("tv time", "TV")])
    assert taught.holds_same("can you boil the kettle please")
    assert taught.holds_same("make coffee and close the blinds")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly("start tv", taught) and not taught.holds_phrase("start tv")
    assert not says_nearly("make the lights blue", taught)
    burner = Taught([("light the log burner", "Fire")])
    assert says_nearly("turn my log burner on", burner)
    assert not says_nearly("turn off my log burner now", burner)


def test_some_noisy_cases_are_written_as_a_recogniser_writes(homes):
    from _resolver_tenth_text import GLUED

    noisy = [c.utterance for h in homes.values() for c in h.cases if c.kind == "noisy"]
    capital = [u for u in noisy if re.search(r"[A-Z]", u) and u[-1] in ".!"]
    glued = [u for u in noisy if any(b in u for _, b in GLUED)]
    own = [u for u in noisy if any(re.search(rf"\b{re.escape(b)}\b", u)
                                   for a, b in TENTH_SOUND_ALIKE if " " not in b)]
    assert len(capital) >= 30 and len(glued) >= 5 and len(own) >= 30, \
        (len(capital), len(glued), len(own))


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("light the log burner", rng) for _ in range(80)}
    assert {"light the logburner", "light log burner"} <= seen, seen
    for text in seen:
        assert all(kept(w, text, "light the log burner")
                   for w in must_keep("light the log burner")), text
    seen = {misrecognised("neighbours are asleep", rng) for _ in range(40)}
    assert "neighbors are asleep" in seen, seen
    assert kept("biscuit's", "biscuits dinner", "biscuit's dinner")
    assert kept("1000", "bisque at a thousand", "bisque at 1000")
    assert not kept("1000", "bisque at 900", "bisque at 1000")
    assert not kept("huw", "text gwen and bryn", "text gwen and huw")


def test_a_reason_never_contradicts_its_phrase(homes):
    assert not fits("i'm hitting the hay shortly, {}", "good morning")
    assert not fits("{} because it's pouring", "water the garden")
    assert not fits("{}, i'm jumping in the car", "welcome home")
    assert fits("{} because it's pouring", "lights out")
    checks.check_reasons(SET, homes)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("kiln on", "Kiln"), ("fire up the kiln", "Kiln"), ("wheel on", "Wheel"),
            ("ring gwen", "Gwen"), ("text gwen and huw", "Both"), ("lights out", "Night")]
    assert wrap_ok("skipper, ring gwen", "ring gwen", "Gwen", home)
    assert wrap_ok("ring, d'oh, ring gwen", "ring gwen", "Gwen", home)
    assert not wrap_ok("ring gwen, text huw", "ring gwen", "Gwen", home)
    assert not wrap_ok("kiln on, wheel on", "kiln on", "Kiln", home)
    assert wrap_ok("kiln on, i'm hitting the hay shortly", "kiln on", "Kiln", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("bisque at 1000", "Bisque"), ("kiln on", "Kiln"), ("wheel on", "Wheel"),
            ("text gwen and huw", "Both"), ("ring gwen", "Gwen"),
            ("put the heater on in the studio", "Heater"), ("hot tub on", "Tub")]
    assert not noisy_ok("bisque at 900", "bisque at 1000", "Bisque", home)
    assert not noisy_ok("text gwen and bryn", "text gwen and huw", "Both", home)
    assert not noisy_ok("ring gwen", "text gwen and huw", "Both", home)
    assert noisy_ok("bisk at a thousand", "bisque at 1000", "Bisque", home)
    assert noisy_ok("hottub on", "hot tub on", "Tub", home)
    assert noisy_ok("Put heater on in the studio.", "put the heater on in the studio",
                    "Heater", home)


@NEEDS_DATASETS
def test_real_requests_are_recombined_a_new_way(homes):
    # a crowd-written row (HWU64 or SLURP) with every place and device slot refilled
    # from Home Assistant's names, none its own, and no sentence a dataset or another
    # split has
    rows = dataset_rows()
    assert {"hwu64", "slurp", "ha"} <= {r[3] for r in rows}
    values = ha_values()
    assert "all" not in values.get("place", []) and len(values["device"]) >= 10
    alternatives = {k: "(" + "|".join(re.escape(v) for v in vs) + ")"
                    for k, vs in values.items()}
    crowd = []
    for frame, kinds, own, source, _ in rows:
        if source in ("hwu64", "slurp") and all(k in values for k in kinds):
            parts = re.escape(frame).split(r"\{\}")
            pattern = parts[0] + "".join(alternatives[k] + part
                                         for k, part in zip(kinds, parts[1:], strict=True))
            crowd.append((re.compile(pattern), kinds, own))
    originals = {_words(r[0].format(*r[2])) for r in rows}
    used = used_texts()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in originals | used, case
            assert any(m and all(v in values[k] and v != o for v, k, o in
                                 zip(m.groups(), kinds, own, strict=True))
                       for frame, kinds, own in crowd
                       for m in [frame.fullmatch(case.utterance)]), case


def test_no_other_split_draws_on_the_tenth_pool():
    pools = checks.earlier_pools()
    tenth = pools.index(TENTH_ROUTINES[HOMES[90]])
    checks.check_pool_is_new(SET, pools[:tenth], OTHER_SPLITS)


def test_the_benchmark_reports_the_tenth_kinds(capsys):
    # (only the reporting: no resolver is asked anything here)
    import resolver

    outcomes = [("Kiln", "run", "Kiln", WRAPPED_KINDS["dictation"]),
                ("Kiln", "clarify", "Kiln", WRAPPED_KINDS["dictation"]),
                ("Kiln", "run", "Kiln", WRAPPED_KINDS["device name"]),
                (None, "run", "Kiln", WRAPPED_OUT["someone else's words"]),
                (None, "reject", None, WRAPPED_OUT["negation"])]
    summary = resolver._summarise(outcomes)
    assert summary["in_scope"] == 3 and summary["out_of_scope"] == 2
    assert summary["by_kind"][WRAPPED_KINDS["dictation"]]["run_right"] == 50.0
    assert summary["by_kind"][WRAPPED_KINDS["device name"]]["run_right"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["someone else's words"]]["run"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["negation"]]["reject"] == 100.0
    with pytest.raises(SystemExit):
        resolver.main(["--sets", "no such set"])
    assert "ninth, tenth" in capsys.readouterr().err


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    lost = partial(blind.lost, SET)

    home = [("kiln on", "Kiln"), ("wheel on", "Wheel"), ("bisque at 1000", "Bisque"),
            ("text gwen and huw", "Both"), ("biscuit's dinner", "Dinner")]
    assert lost("bisque at 1000", "", home, "Bisque")
    assert lost("bisque at 1000", "Bisque at 900.", home, "Bisque")
    assert lost("kiln on", "Wheel on.", home, "Kiln")
    assert not lost("bisque at 1000", "Bisk at a thousand.", home, "Bisque")
    assert not lost("biscuit's dinner", "Skipper, biscuits dinner.", home, "Dinner")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    from _resolver_blind import became_phrase

    taught = Taught([("fire up the kiln", "Kiln"), ("tea and toast", "Toast")])
    assert became_phrase("kiln", "Fire up the kiln.", taught)
    assert became_phrase("argh, skip tea and toast", "Argh, tea and toast.", taught)
    assert not became_phrase("argh, skip tea and toast", "Argh, skip tea and toast.", taught)
    assert not became_phrase("kiln", "Kiln.", taught)
