"""The seventeenth held-out set of benchmarks/resolver.py (benchmarks/_resolver_seventeenth.py)
is well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose kind, frame and distinctive words none of the sixth to fifteenth sets
have (said twice, for the noise, in one kind),
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
from _resolver_fifteenth import source_values  # noqa: E402
from _resolver_seventeenth import (  # noqa: E402
    NEW_OUT_OF_SCOPE,
    OWN_OUT_OF_SCOPE,
    PINNED,
    SEEDS,
    SET,
    WRAPPED_OUT,
    dataset_rows,
    pinned,
    plain_name,
    used_texts,
    with_one_pinned_down,
)
from _resolver_seventeenth_labels import LABELS  # noqa: E402
from _resolver_seventeenth_text import (  # noqa: E402
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    SEVENTEENTH_ROUTINES,
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
                (130, "thirteenth"), (140, "fourteenth"), (150, "fifteenth"), (160, "sixteenth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the seventeenth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {
    "a", "about", "all", "am", "and", "any", "are", "as", "at", "be", "been", "before",
    "by", "can", "could", "did", "didn't", "do", "doing", "don't", "for", "get", "good",
    "got", "have", "having", "here", "how", "i", "i'd", "i'm", "i've", "if", "in", "is",
    "isn't", "it", "it's", "just", "know", "let", "long", "me", "much", "my", "need", "now",
    "of", "off", "oh", "ok", "on", "one", "out", "please", "right", "said", "say", "see",
    "so", "that", "that's", "the", "then", "there", "there's", "think", "this", "those",
    "three", "time", "to", "two", "up", "want", "was", "way", "we", "we're", "what", "will",
    "with", "would", "yeah", "you", "you're", "your", "thank", "thanks",
    "not", "since", "while", "anyway", "ever", "chance", "suppose", "five"}
"""Words any wrapper may share with earlier ones: function words, pronouns and their
contractions, forms of "be", "have" and "do" and the commonest verbs (the twelfth's to
fifteenth's), and what this set's kinds cannot be said without: "since" and "while" of
a favour asked since you're up anyway, "any chance" and "suppose" of a question that is
a request, "not" and "ever" of both, and "five" of a dancer's count in."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("seventeenth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_fifteenth_text as fifteenth
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
            *(w for m in (thirteenth, fourteenth, fifteenth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS) for w in _templates(table)),
            *fifteenth.MULTI_WRAPPING, *fourteenth.MULTI_WRAPPING, *thirteenth.MULTI_WRAPPING,
            *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING, *tenth.MULTI_WRAPPING,
            *eleventh.MULTI_WRAPPING, *twelfth.MULTI_WRAPPING, *tenth.DEVICE_NAMES,
            *eleventh.DEVICE_NAMES, *twelfth.DEVICE_NAMES]


EARLIER_TEXTS = order.earlier_sets("seventeenth", since="seventh")


def _earlier_texts() -> list:
    import importlib

    return [importlib.import_module(f"_resolver_{name}_text") for name in EARLIER_TEXTS]


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("seventeenth")
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 16


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    import _resolver_fifteenth_text as fifteenth

    earlier_sets = _earlier_texts()
    assert set(KIND_TEMPLATES) - set(fifteenth.KIND_TEMPLATES) == set(NEW_OUT_OF_SCOPE) \
        == {"duration question", "disturbance question", "fault report",
            "walk-through request", "future wish", "who used it", "usage count"}
    assert set(KIND_TEMPLATES) - set(NEW_OUT_OF_SCOPE) <= set(fifteenth.KIND_TEMPLATES)
    assert not set(NEW_OUT_OF_SCOPE) & {k for m in earlier_sets for k in m.KIND_TEMPLATES}
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for m in earlier_sets for ts in m.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier


def test_the_new_kinds_say_the_phrase_exactly_and_ask_nothing_else():
    taught = Taught([("feed bryn", "Bryn")])
    for kind, templates in WRAPPERS.items():
        assert len(templates) >= 6, kind
        for template in templates:
            # (said twice for the noise: the phrase twice, and nothing but it twice)
            assert template.count("{}") == 1 or (kind == "said twice for the noise"
                                                 and template.count("{p}") == 2), template
            assert taught.is_phrase(wrap(template, "feed bryn")), (kind, template)
    # (a count in counts or cues; a run-on chains with "and"; a question asks)
    assert all(re.search(r"\b(one|two|five|hit it|downbeat|pickup)\b", t)
               for t in WRAPPERS["counting in"])
    assert all(t.count(" and ") >= 1 or t.startswith("and ") for t in
               WRAPPERS["and-chained run-on"])
    assert all(t.endswith("?") for t in WRAPPERS["question as a request"])
    assert all(t.startswith("{} so ") for t in WRAPPERS["result wanted after"])
    assert all(re.search(r"\b(since|while|whilst|now)\b", t)
               for t in WRAPPERS["since you're up anyway"])


def test_the_homes_are_new():
    earlier = {h for m in _earlier_texts() for h in m.HOMES.values()}
    assert not set(HOMES.values()) & earlier


def test_the_pools_have_the_phrase_shapes():
    for home, routines in SEVENTEENTH_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p and " so " not in p for p in phrases), home
        assert any(re.search(r"\b(in|into|for|at|to|round) (the )?\w+", p) for p in phrases), home
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
    coined = {"kennelcam on"}
    assert coined <= {p for h in SEVENTEENTH_ROUTINES.values() for ps in h.values() for p in ps}
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"ring bethany", "evening surgery at five", "wake me at five", "feed iggy",
            "tell maureen we're finishing at eleven", "booth lights off"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring bethan")
    checks.check_wrappers_say_nothing(SET, "vocal booth lights on")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("feed bryn", "Bryn"), ("ring bethan", "Bethan"),
                     ("wake me at four", "Wake"), ("booth lights on", "Booth"),
                     ("vocal booth lights on", "Vocal"), ("shut the studio door", "Door")])
    for text in ("feed bryn, lush", "jings, ring bethan", "steady, steady, wake me at four",
                 "wake me at 4", "booth lights on, irie", "feed bryn. feed bryn.",
                 "vocal booth lights on, bass is pumping", "is there any chance of ring bethan?",
                 "shut the studio door so i can crack on", "five six seven eight, feed bryn",
                 "since you're up anyway, vocal booth lights on", "handover's done, feed bryn",
                 "and i'm in and i'm zonked and shut the studio door",
                 "ring bethan, sotto voce, she's sleeping off nights",
                 "i'm scrubbed in, feed bryn", "shoot, booth lights on", "feed bryn, dinnae fash",
                 "feed bryn, we're rolling", "ring bethan; ring bethan, louder"):
        assert taught.is_phrase(text), text
    for text in ("jings, abort feed bryn", "ring bethany", "wake me at five", "feed floss",
                 "how long does feed bryn take", "will booth lights on wake the baby",
                 "booth lights off", "walk me through ring bethan",
                 "who last used shut the studio door", "how often do we feed bryn",
                 "one day feed bryn will make the tea too",
                 "last time i said ring bethan it did the wrong thing"):
        assert not taught.is_phrase(text), text


def test_the_new_out_of_scope_kinds_say_something_else_around_a_taught_phrase():
    taught = Taught([("feed bryn", "Bryn"), ("order the big shop for thursday", "Shop")])
    for kind in NEW_OUT_OF_SCOPE:
        for template in KIND_TEMPLATES[kind]:
            for phrase in ("feed bryn", "order the big shop for thursday"):
                text = template.format(p=phrase)
                assert phrase in text and not taught.is_phrase(text), text
    # (a duration asks how long, a disturbance asks who it would wake or bother, a fault
    # is about a time before, a walk-through asks what it does, a future wish is about
    # one day, who used it asks who, a usage count asks how often)
    assert all(re.search(r"\b(long|minutes|quick)\b", t)
               for t in KIND_TEMPLATES["duration question"])
    assert all(re.search(r"\b(wake|disturb|racket|hear)\b", t)
               for t in KIND_TEMPLATES["disturbance question"])
    assert all(re.search(r"\b(last time|yesterday|wrong|misfired|monday)\b", t)
               for t in KIND_TEMPLATES["fault report"])
    assert all(re.search(r"\b(through|do|steps|happens|involves)\b", t)
               for t in KIND_TEMPLATES["walk-through request"])
    assert all(re.search(r"\b(one day|someday|next year|in future|eventually)\b", t)
               for t in KIND_TEMPLATES["future wish"])
    assert all(re.search(r"\b(who|which of you)\b", t) for t in KIND_TEMPLATES["who used it"])
    assert all(re.search(r"\b(often|times|tally|regularly)\b", t)
               for t in KIND_TEMPLATES["usage count"])


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed bryn", "Bryn"), ("pull the blackouts down", "Blackout"),
                     ("tv time", "TV")])
    assert taught.holds_same("could you close the blinds please")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    amp = Taught([("warm up the tube amp", "Amp")])
    assert says_nearly(SET, "turn my tube amp on", amp)
    assert not says_nearly(SET, "turn off my tube amp now", amp)


def test_a_near_sibling_is_never_a_held_out_case_already():
    phrases = [("ring bethan", "Bethan"), ("wake me at four", "Wake")]
    made = blind.near_siblings(SET, phrases, Taught(phrases), {"ring bronwen"})
    assert "ring bronwen" not in made and "ring carys" in made and "wake me at six" in made
    made = blind.near_siblings(SET, [("ring bethan", "M"), ("ring bronwen", "N")],
                               Taught([("ring bethan", "M"), ("ring bronwen", "N")]), set())
    assert "ring bronwen" not in made


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("put the slow cooker on", rng) for _ in range(80)}
    assert "put the slowcooker on" in seen, seen
    for text in seen:
        assert all(kept(w, text, "put the slow cooker on")
                   for w in must_keep("put the slow cooker on")), text
    seen = {misrecognised("lock the dispensary", rng) for _ in range(40)}
    assert "lock the dispensry" in seen, seen
    assert kept("four", "wake me at 4", "wake me at four")
    assert not kept("four", "wake me at five", "wake me at four")
    assert not kept("bethan", "ring bethany", "ring bethan")


def test_a_situation_never_contradicts_its_phrase(homes):
    assert not fits("five six seven eight, {}", "wake me at four")
    assert not fits("{}, sotto voce, she's sleeping off nights", "party mode")
    assert not fits("{} so i can see", "pull the blackouts down")
    assert not fits("is there any chance of {}?", "who's knocking")
    assert not fits("stitching up here, {}", "take bryn round the green")
    assert fits("five six seven eight, {}", "feed bryn")
    assert fits("{} so i can see", "surgery lights on")
    assert fits("what about {}?", "who's knocking")
    checks.check_reasons(SET, homes)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("booth lights on", "Booth"), ("vocal booth lights on", "Vocal"),
            ("ring priya", "Priya"), ("message olu and priya", "Both")]
    assert wrap_ok("jings, booth lights on", "booth lights on", "Booth", home)
    assert wrap_ok("jings, vocal booth lights on", "vocal booth lights on", "Vocal", home)
    assert not wrap_ok("vocal, booth lights on", "booth lights on", "Booth", home)
    assert not wrap_ok("ring priya, message olu and priya", "ring priya", "Priya", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("wake me at four", "Wake"), ("booth lights on", "Booth"),
            ("vocal booth lights on", "Vocal"), ("heating on", "Heating"),
            ("waiting room heating on", "Waiting")]
    assert not noisy_ok("wake me at five", "wake me at four", "Wake", home)
    assert not noisy_ok("booth lights on", "vocal booth lights on", "Vocal", home)
    assert not noisy_ok("heating on", "waiting room heating on", "Waiting", home)
    assert noisy_ok("wake me at 4", "wake me at four", "Wake", home)
    assert noisy_ok("vocal boothlights on", "vocal booth lights on", "Vocal", home)


@NEEDS_DATASETS
def test_real_requests_pin_down_a_device_by_where_it_is(homes):
    # a dataset row with a device slot as it is, then "the one in" a place or "the one
    # by" another device the same source wrote; no sentence a dataset or another split has
    rows = dataset_rows()
    values = source_values()
    originals = {_words(r[0].format(*r[2])) for r in rows}
    used = used_texts()
    sources, bys = Counter(), Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in originals | used, case
            assert ", the one " in case.utterance, case
            request, _ = case.utterance.rsplit(", the one ", 1)
            matched = [(source, by) for frame, kinds, own, source, _ in rows
                       if frame.format(*own) == request
                       for i, kind in enumerate(kinds) if kind == "device"
                       for by in PINNED if by == "device" or "place" not in kinds
                       for other in values.get((source, by), ())
                       if plain_name(other) and other not in own
                       and case.utterance == pinned(request, frame, i, by, other)]
            assert matched, case
            sources[matched[0][0]] += 1
            bys[matched[0][1]] += 1
    assert len(sources) >= 2 and len(bys) == 2, (sources, bys)


@NEEDS_DATASETS
def test_a_device_is_pinned_down_by_a_plain_place_or_another_device():
    # (the other value is one the same source wrote in such a slot; "the" is kept; a
    # row that names its place is pinned only by a device)
    rows = [("turn on the {}", ("device",), ("lamp",), "hwu64", "iot_hue_lighton"),
            ("turn off the {} in the {}", ("device", "place"), ("fan", "kitchen"), "hwu64",
             "iot_wemo_off")]
    rng = random.Random(3)
    made = [text for text, _ in zip(with_one_pinned_down(rows, rng), range(40),
                                    strict=False)]
    values = source_values()
    assert len(made) == 40
    for text in made:
        said = re.fullmatch(r"turn on the lamp, the one (in|by) the (.+)"
                            r"|turn off the fan in the kitchen, the one by the (.+)", text)
        assert said, text
        kind = "device" if said[3] or said[1] == "by" else "place"
        other = said[2] or said[3]
        assert other in values[("hwu64", kind)] and plain_name(other), text
        assert other != ("fan" if said[3] else "lamp"), text
    assert not list(with_one_pinned_down([("play {}", ("place",), ("jazz",), "hwu64", "p")],
                                         rng))
    assert pinned("dim lights", "dim {}", 0, "place", "attic") == "dim lights, the one in attic"
    assert not plain_name("right side of light") and plain_name("plug socket")


def test_no_other_split_draws_on_the_seventeenth_pool():
    pools = [pool for m in _earlier_texts()[4:] for table in (
        getattr(m, f"{m.__name__.split('_')[2].upper()}_ROUTINES"), m.UNTAUGHT)
        for pool in table.values()]
    checks.check_pool_is_new(SET, [*checks.earlier_pools(), *pools], OTHER_SPLITS)


def test_the_benchmark_reports_the_seventeenth_kinds(capsys):
    checks.check_benchmark_reports(SET, "Bryn", ("counting in", "scots english"),
                                   "sixteenth, seventeenth", capsys)


def test_the_benchmark_reports_the_new_out_of_scope_kinds():
    import resolver

    outcomes = [(None, "run", "Bryn", "fault report"), (None, "reject", None, "fault report"),
                (None, "clarify", None, "usage count"),
                (None, "reject", None, WRAPPED_OUT["walk-through request"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"]["fault report"]["run"] == 50.0
    assert summary["by_kind"]["usage count"]["clarify"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["walk-through request"]]["reject"] == 100.0


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("wake me at four", "Wake"), ("booth lights on", "Booth"),
            ("vocal booth lights on", "Vocal"), ("mabel's biscuits", "Biscuits")]
    assert lost("wake me at four", "", home, "Wake")
    assert lost("wake me at four", "Wake me at five.", home, "Wake")
    assert lost("vocal booth lights on", "Booth lights on.", home, "Vocal")
    assert not lost("wake me at four", "Wake me at 4.", home, "Wake")
    assert not lost("mabel's biscuits", "Jings, mabels biscuits.", home, "Biscuits")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    became_phrase = blind.became_phrase
    taught = Taught([("bounce down the rough mix", "Mix"), ("feed bryn", "Bryn")])
    assert became_phrase("rough mix", "Bounce down the rough mix.", taught)
    assert became_phrase("jings, walk me through feed bryn", "Jings, feed bryn.", taught)
    assert not became_phrase("jings, walk me through feed bryn",
                             "Jings, walk through feed bryn.", taught)
    assert not became_phrase("rough mix", "Rough mix.", taught)
