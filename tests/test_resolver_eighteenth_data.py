"""The eighteenth held-out set of benchmarks/resolver.py (benchmarks/_resolver_eighteenth.py)
is well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose kind, frame and distinctive words none of the sixth to seventeenth sets
have, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), no wrapper turns what it wraps into another request, near siblings
differ from a taught phrase in one name, number or thing, fragments are proper parts of
taught phrases and hold none whole, and its dataset sentences are ones no other split
uses. The set has no heard transcripts (not made), and builds without them. Only the
data is checked here: the set is run once, by the lead, on the final resolver, and no
test here asks the resolver anything.

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
from _resolver_eighteenth import (  # noqa: E402
    AFTER_SLOT,
    EIGHTEENTH_IN_SCOPE,
    EIGHTEENTH_KINDS,
    NEW_OUT_OF_SCOPE,
    NOT_A_TOPIC,
    NOT_BEFORE,
    OWN_OUT_OF_SCOPE,
    SEEDS,
    SET,
    WRAPPED_OUT,
    dataset_rows,
    pronoun,
    topic_first,
    used_texts,
    with_the_thing_first,
)
from _resolver_eighteenth_labels import LABELS  # noqa: E402
from _resolver_eighteenth_text import (  # noqa: E402
    EIGHTEENTH_ROUTINES,
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPERS,
)
from _resolver_fifteenth import source_values  # noqa: E402
from _resolver_seventeenth import plain_name  # noqa: E402

Taught = LABELS.taught
canon, kept, must_keep = LABELS.canon, LABELS.kept, LABELS.must_keep
noisy_ok, wrap_ok, misrecognised = LABELS.noisy_ok, LABELS.wrap_ok, LABELS.misrecognised
fits = partial(blind.fits, SET)
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"), (50, "sixth"), (60, "seventh"), (70, "eighth"), (80, "ninth"),
                (90, "tenth"), (110, "eleventh"), (120, "twelfth"),
                (130, "thirteenth"), (140, "fourteenth"), (150, "fifteenth"), (160, "sixteenth"),
                (170, "seventeenth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the eighteenth set's real sentences are rows of "
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
    "not", "since", "while", "anyway", "ever", "chance", "suppose", "five",
    "you've", "won't", "back", "down", "away",
    "because", "wondering", "go", "ahead", "advance", "thanking", "everyone", "when",
    "whenever", "sec"}
"""Words any wrapper may share with earlier ones: function words, pronouns and their
contractions, forms of "be", "have" and "do" and the commonest verbs and particles (the
twelfth's to seventeenth's), and what this set's kinds cannot be said without:
"because" of a reason after it, "wondering" of "i was wondering", "go" and "ahead" of
"go ahead and", "advance" and "thanking" of thanks in advance, "everyone" of a
teacher's "right, everyone", and "when", "whenever" and "sec" of "when you get a sec"."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("eighteenth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_fifteenth_text as fifteenth
    import _resolver_fourteenth_text as fourteenth
    import _resolver_ninth_text as ninth
    import _resolver_seventeenth_text as seventeenth
    import _resolver_seventh_text as seventh
    import _resolver_sixteenth_text as sixteenth
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
            *(w for m in (thirteenth, fourteenth, fifteenth, sixteenth, seventeenth)
              for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS) for w in _templates(table)),
            *seventeenth.MULTI_WRAPPING, *sixteenth.MULTI_WRAPPING,
            *fifteenth.MULTI_WRAPPING, *fourteenth.MULTI_WRAPPING, *thirteenth.MULTI_WRAPPING,
            *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING, *tenth.MULTI_WRAPPING,
            *eleventh.MULTI_WRAPPING, *twelfth.MULTI_WRAPPING, *tenth.DEVICE_NAMES,
            *eleventh.DEVICE_NAMES, *twelfth.DEVICE_NAMES]


EARLIER_TEXTS = order.earlier_sets("eighteenth", since="seventh")


def _earlier_texts() -> list:
    import importlib

    return [importlib.import_module(f"_resolver_{name}_text") for name in EARLIER_TEXTS]


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("eighteenth")
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 13


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    import _resolver_seventeenth as seventeenth
    import _resolver_seventeenth_text as seventeenth_text

    earlier_sets = _earlier_texts()
    usual = set(seventeenth_text.KIND_TEMPLATES) - set(seventeenth.NEW_OUT_OF_SCOPE)
    assert set(KIND_TEMPLATES) - usual == set(NEW_OUT_OF_SCOPE) \
        == {"safety question", "undo question", "effect question", "word game with a toddler",
            "too slow", "share with someone"}
    assert usual <= set(KIND_TEMPLATES)
    assert not set(NEW_OUT_OF_SCOPE) & {k for m in earlier_sets for k in m.KIND_TEMPLATES}
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for m in earlier_sets for ts in m.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier
    earlier_near = {t for m in earlier_sets for t in m.NEAR_MISS_TEMPLATES}
    assert not set(NEAR_MISS_TEMPLATES) & earlier_near


def test_the_new_kinds_say_the_phrase_exactly_and_ask_nothing_else():
    taught = Taught([("feed digory", "Digory")])
    for kind, templates in WRAPPERS.items():
        assert len(templates) >= 6, kind
        for template in templates:
            assert template.count("{}") == 1, template
            assert taught.is_phrase(wrap(template, "feed digory")), (kind, template)
    # (a reason follows "because", a wondering wonders, going ahead goes, a moment is
    # waited for, the assistant is praised, thanks come before the deed)
    assert all(t.startswith("{} because ") for t in WRAPPERS["reason after because"])
    assert all(re.search(r"\bwonder(ing|ed)\b", t) for t in WRAPPERS["i was wondering"])
    assert all(re.search(r"\b(go|free to)\b", t) for t in WRAPPERS["go ahead and"])
    assert all(t.startswith("{} ") and re.search(r"\b(when|whenever|leisure)\b", t)
               for t in WRAPPERS["when you get a sec"])
    assert all(re.search(r"\b(advance|obliged|grateful|appreciated|ta)\b", t)
               for t in WRAPPERS["thanks in advance"])
    assert all(re.search(r"\b(veil|veil's|mesh|hood's|beesuit's)\b", t)
               for t in WRAPPERS["through a bee veil"])


def test_the_homes_are_new():
    earlier = {h for m in _earlier_texts() for h in m.HOMES.values()}
    assert not set(HOMES.values()) & earlier


def test_the_pools_have_the_phrase_shapes():
    for home, routines in EIGHTEENTH_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p and " so " not in p for p in phrases), home
        assert any(re.search(r"\b(in|into|for|at|to|round|up) (the )?\w+", p)
                   for p in phrases), home
        assert any(re.match(r"(what's|when's|how|is|whose|who's|where) ", p)
                   for p in phrases), home
        assert any(re.search(r"\b(ring|message|text|call|tell) [a-z]+", p)
                   for p in phrases), home
        assert any(re.search(r"\b(three|five|seven|eight|nine)\b", p) for p in phrases), home
        # nested phrases: the words of another routine's phrase (its own or the generic
        # pool's) inside one of the home's own
        contents = [(set(p.split()), r) for r, ps in routines.items() for p in ps
                    if " so " not in p]
        generic = [(set(p.split()), r) for r, ps in ROUTINES.items() for p in ps]
        assert any(a < b and ra != rb for a, ra in contents + generic for b, rb in contents), \
            home
    coined = {"hivecam on"}
    assert coined <= {p for h in EIGHTEENTH_ROUTINES.values() for ps in h.values() for p in ps}
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"ring kieran", "open the farm shop at ten", "heart tablets at nine", "feed banjo",
            "swimming lessons at six", "barn lights off"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring piran")
    checks.check_wrappers_say_nothing(SET, "hay barn lights on")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("feed digory", "Digory"), ("ring piran", "Piran"),
                     ("heart tablets at eight", "Tablets"), ("barn lights on", "Barn"),
                     ("hay barn lights on", "Hay"), ("lock the stair gate", "Gate")])
    for text in ("feed digory, thanks in advance", "veil on, ring piran",
                 "right, everyone, heart tablets at eight", "heart tablets at 8",
                 "barn lights on, queen's laying", "hay barn lights on, both babies screaming",
                 "i was wondering if you could ring piran", "go ahead and lock the stair gate",
                 "lock the stair gate when you've got a sec", "feed digory, there's a good assistant",
                 "feed digory because i say so", "changing a nappy, lock the stair gate",
                 "heart tablets at eight, smartly", "wheeling past, feed digory",
                 "ring piran, don't dawdle", "hay barn lights on when opportune"):
        assert taught.is_phrase(text), text
    for text in ("veil on, scrap feed digory", "ring kieran", "heart tablets at nine",
                 "feed scout", "is feed digory safe for the bees", "how do i undo ring piran",
                 "barn lights off", "what would lock the stair gate change",
                 "can you say feed digory, darling", "feed digory takes ages",
                 "share ring piran with my neighbour",
                 "right, everyone, how do i undo feed digory"):
        assert not taught.is_phrase(text), text


def test_the_new_out_of_scope_kinds_say_something_else_around_a_taught_phrase():
    taught = Taught([("feed digory", "Digory"), ("book the accessible taxi for tuesday", "Taxi")])
    for kind in NEW_OUT_OF_SCOPE:
        for template in KIND_TEMPLATES[kind]:
            for phrase in ("feed digory", "book the accessible taxi for tuesday"):
                text = template.format(p=phrase)
                assert phrase in text and not taught.is_phrase(text), text
    # (a safety question asks if it is safe or harmful, an undo question how to take it
    # back, an effect question what it changes, a word game asks a child to say it, a
    # slow complaint says it is slow, a share request names someone else)
    assert all(re.search(r"\b(safe|hurt|dangerous)\b", t)
               for t in KIND_TEMPLATES["safety question"])
    assert all(re.search(r"\b(undo|reversed|take it back|switch back)\b", t)
               for t in KIND_TEMPLATES["undo question"])
    assert all(re.search(r"\b(change|changes|affect|touch|switched)\b", t)
               for t in KIND_TEMPLATES["effect question"])
    assert all(re.search(r"\bsay\b", t) for t in KIND_TEMPLATES["word game with a toddler"])
    assert all(re.search(r"\b(ages|sluggish|slow|crawls|forever|long)\b", t)
               for t in KIND_TEMPLATES["too slow"])
    assert all(re.search(r"\b(share|send|have|access|copy|let)\b", t)
               for t in KIND_TEMPLATES["share with someone"])


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed digory", "Digory"), ("lower the lounge blinds", "Blinds"),
                     ("tv time", "TV")])
    assert taught.holds_same("could you close the blinds please")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    carrier = Taught([("warm up the people carrier", "Carrier")])
    assert says_nearly(SET, "turn my people carrier on", carrier)
    assert not says_nearly(SET, "turn off my people carrier now", carrier)


def test_a_near_sibling_is_never_a_held_out_case_already():
    phrases = [("ring piran", "Piran"), ("heart tablets at eight", "Tablets")]
    made = blind.near_siblings(SET, phrases, Taught(phrases), {"ring petroc"})
    assert "ring petroc" not in made and "ring pascoe" in made and "heart tablets at six" in made
    made = blind.near_siblings(SET, [("ring piran", "M"), ("ring petroc", "N")],
                               Taught([("ring piran", "M"), ("ring petroc", "N")]), set())
    assert "ring petroc" not in made


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("lock the stair gate", rng) for _ in range(80)}
    assert "lock the stairgate" in seen, seen
    for text in seen:
        assert all(kept(w, text, "lock the stair gate")
                   for w in must_keep("lock the stair gate")), text
    seen = {misrecognised("open the polytunnel vents", rng) for _ in range(40)}
    assert "open the polytunel vents" in seen, seen
    assert kept("eight", "heart tablets at 8", "heart tablets at eight")
    assert not kept("eight", "heart tablets at nine", "heart tablets at eight")
    assert not kept("piran", "ring kieran", "ring piran")


def test_a_situation_never_contradicts_its_phrase(homes):
    assert not fits("go ahead and {}", "who's at the door")
    assert not fits("i was wondering if you could {}", "who's at the farm gate")
    assert not fits("{} because my knees ache", "walk bonzo round the park")
    assert not fits("{}, cease that shrieking", "quiet time for the twins")
    assert fits("go ahead and {}", "feed digory")
    assert fits("{}, cease that shrieking", "feed bonzo")
    assert fits("i was just wondering, {}", "who's at the door")
    assert fits("{}, smartly", "heart tablets at eight")
    checks.check_reasons(SET, homes)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("barn lights on", "Barn"), ("hay barn lights on", "Hay"),
            ("ring piran", "Piran"), ("message jago and kensa", "Both"),
            ("message jago", "Jago")]
    assert wrap_ok("veil on, barn lights on", "barn lights on", "Barn", home)
    assert wrap_ok("veil on, hay barn lights on", "hay barn lights on", "Hay", home)
    assert not wrap_ok("hay, barn lights on", "barn lights on", "Barn", home)
    assert not wrap_ok("ring piran, message jago and kensa", "ring piran", "Piran", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("heart tablets at eight", "Tablets"), ("barn lights on", "Barn"),
            ("hay barn lights on", "Hay"), ("lights on", "Lights"),
            ("playroom lights on", "Playroom")]
    assert not noisy_ok("heart tablets at nine", "heart tablets at eight", "Tablets", home)
    assert not noisy_ok("barn lights on", "hay barn lights on", "Hay", home)
    assert not noisy_ok("lights on", "playroom lights on", "Playroom", home)
    assert noisy_ok("heart tablets at 8", "heart tablets at eight", "Tablets", home)
    assert noisy_ok("hay barn lights on", "hay barn lights on", "Hay", home)


@NEEDS_DATASETS
def test_real_requests_put_a_device_first_and_say_the_row_of_it(homes):
    # a device another source wrote, put first, then a dataset row said of it with "it"
    # or "them" in its device slot; no sentence a dataset or another split has
    rows = dataset_rows()
    values = source_values()
    originals = {_words(r[0].format(*r[2])) for r in rows}
    used = used_texts()
    all_sources = {row[3] for row in rows}
    sources = Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in originals | used, case
            assert case.utterance.startswith("the "), case
            topic, _ = case.utterance[len("the "):].split(", ", 1)
            matched = [source for frame, kinds, own, source, _ in rows
                       for i, kind in enumerate(kinds) if kind == "device"
                       if case.utterance == topic_first(frame, own, i, topic)]
            assert matched, case
            assert any(topic in values.get((other, "device"), ()) for source in matched
                       for other in all_sources - {source}), case
            assert plain_name(topic) and topic.split()[0] not in NOT_A_TOPIC, case
            sources[matched[0]] += 1
    assert len(sources) >= 2, sources


def test_a_device_is_put_first_and_named_again_by_it_or_them():
    assert topic_first("turn off the {}", ("fan",), 0, "ceiling fan") \
        == "the ceiling fan, turn it off"
    assert topic_first("switch on {} in the {}", ("lamp", "kitchen"), 0, "desk lamps") \
        == "the desk lamps, switch them on in the kitchen"
    assert topic_first("please turn the {} on now", ("tv",), 0, "radio") \
        == "the radio, please turn it on now"
    # ("it" cannot start a request, follow "of", or stand where the slot is part of a thing)
    assert topic_first("{} off", ("lamp",), 0, "fan") is None
    assert topic_first("press the button of the {}", ("lamp",), 0, "fan") is None
    assert topic_first("turn on {} lights", ("play corner",), 0, "fan") is None
    assert topic_first("the {} socket should be off", ("wemo",), 0, "fan") is None
    assert pronoun("lights") == "them" and pronoun("wemo") == "it" and pronoun("glass") == "it"
    assert {"of"} <= NOT_BEFORE and {"on", "off", "please"} <= AFTER_SLOT


@NEEDS_DATASETS
def test_the_thing_put_first_is_another_sources_device():
    rows = [("turn off the {}", ("device",), ("fan",), "hwu64", "iot_wemo_off"),
            ("{} off", ("device",), ("lamp",), "slurp", "iot_hue_lightoff")]
    rng = random.Random(3)
    made = [text for text, _ in zip(with_the_thing_first(rows, rng), range(30),
                                    strict=False)]
    values = source_values()
    theirs = {v for (source, kind), vs in values.items() if source != "hwu64"
              and kind == "device" for v in vs}
    assert len(made) == 30
    for text in made:
        said = re.fullmatch(r"the (.+), turn (it|them) off", text)
        assert said and said[1] in theirs and "fan" not in said[1], text


def test_no_other_split_draws_on_the_eighteenth_pool():
    pools = [pool for m in _earlier_texts()[4:] for table in (
        getattr(m, f"{m.__name__.split('_')[2].upper()}_ROUTINES"), m.UNTAUGHT)
        for pool in table.values()]
    checks.check_pool_is_new(SET, [*checks.earlier_pools(), *pools], OTHER_SPLITS)


def test_the_benchmark_reports_the_eighteenth_kinds(capsys):
    checks.check_benchmark_reports(SET, "Digory", ("classroom voice", "go ahead and"),
                                   "seventeenth, eighteenth", capsys)


def test_the_benchmark_reports_the_new_out_of_scope_kinds():
    import resolver

    outcomes = [(None, "run", "Digory", "undo question"),
                (None, "reject", None, "undo question"),
                (None, "clarify", None, "too slow"),
                (None, "reject", None, WRAPPED_OUT["word game with a toddler"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"]["undo question"]["run"] == 50.0
    assert summary["by_kind"]["too slow"]["clarify"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["word game with a toddler"]]["reject"] == 100.0
    assert set(EIGHTEENTH_IN_SCOPE) <= set(resolver.RIGHT_KINDS)
    assert set(EIGHTEENTH_KINDS) >= set(WRAPPED_OUT.values())


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    # (the shared judge of heard transcripts, over this set's words, for when they are made)
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("heart tablets at eight", "Tablets"), ("barn lights on", "Barn"),
            ("hay barn lights on", "Hay"), ("marmite's breakfast", "Marmite")]
    assert lost("heart tablets at eight", "", home, "Tablets")
    assert lost("heart tablets at eight", "Tablets at nine.", home, "Tablets")
    assert lost("hay barn lights on", "Barn lights on.", home, "Hay")
    assert not lost("heart tablets at eight", "Tablets at 8.", home, "Tablets")
    assert not lost("marmite's breakfast", "Smartly, marmites breakfast.", home, "Marmite")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    became_phrase = blind.became_phrase
    taught = Taught([("start the honey extractor", "Extractor"), ("feed digory", "Digory")])
    assert became_phrase("honey extractor", "Start the honey extractor.", taught)
    assert became_phrase("veil on, how do i undo feed digory",
                         "Veil on, feed digory.", taught)
    assert not became_phrase("veil on, how do i undo feed digory",
                             "Veil on, how undo feed digory.", taught)
    assert not became_phrase("honey extractor", "Honey extractor.", taught)
