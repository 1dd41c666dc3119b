"""The sixteenth held-out set of benchmarks/resolver.py (benchmarks/_resolver_sixteenth.py)
is well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose kind, frame and distinctive words none of the sixth to fourteenth sets
have, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), no wrapper turns what it wraps into another request, near siblings
differ from a taught phrase in one name, number or thing, fragments are proper parts of
taught phrases and hold none whole, and its dataset sentences are ones no other split
uses. Only the data is checked here: the set is run once, by the lead, on the final
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
from _resolver_sixteenth import (  # noqa: E402
    NEW_OUT_OF_SCOPE,
    OWN_OUT_OF_SCOPE,
    SAME_AGAIN,
    SEEDS,
    SET,
    WRAPPED_OUT,
    dataset_rows,
    same_again,
    source_values,
    used_texts,
)
from _resolver_sixteenth_labels import LABELS  # noqa: E402
from _resolver_sixteenth_text import (  # noqa: E402
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    SIXTEENTH_ROUTINES,
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
    not DATASETS.is_dir(), reason="the sixteenth set's real sentences are rows of "
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
    return checks.set_homes("sixteenth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_modules() -> tuple:
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_fourteenth_text as fourteenth
    import _resolver_ninth_text as ninth
    import _resolver_seventh_text as seventh
    import _resolver_tenth_text as tenth
    import _resolver_thirteenth_text as thirteenth
    import _resolver_twelfth_text as twelfth

    return seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth


def _earlier_wrappers() -> list[str]:
    import _resolver_sixth_text as sixth

    seventh, eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth = \
        _earlier_modules()
    return [*sixth.SIXTH_CARRIERS, *sixth.FRAGMENT_WRAPPERS,
            *(w for m in (seventh, eighth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS,
                m.VOCATIVES) for w in _templates(table)),
            *(w for m in (ninth, tenth, eleventh, twelfth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS, m.VOCATIVES)
              for w in _templates(table)),
            *(w for m in (thirteenth, fourteenth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS)
              for w in _templates(table)),
            *(w for m in (eighth, ninth, tenth, eleventh, twelfth, thirteenth, fourteenth)
              for w in m.MULTI_WRAPPING),
            *tenth.DEVICE_NAMES, *eleventh.DEVICE_NAMES, *twelfth.DEVICE_NAMES]


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("sixteenth")
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 15


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    earlier_sets = _earlier_modules()
    fourteenth = earlier_sets[-1]
    assert set(KIND_TEMPLATES) - set(fourteenth.KIND_TEMPLATES) == set(NEW_OUT_OF_SCOPE) \
        == {"energy cost", "nickname", "plan together", "house rule", "knowledge question",
            "conditional for later", "another device did it", "dare"}
    assert not set(NEW_OUT_OF_SCOPE) & {k for m in earlier_sets for k in m.KIND_TEMPLATES}
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for m in earlier_sets for ts in m.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier


def test_the_new_kinds_say_the_phrase_once_and_ask_nothing_else():
    taught = Taught([("feed nutmeg", "Nutmeg")])
    for kind, templates in WRAPPERS.items():
        for template in templates:
            assert template.count("{}") == 1, template
            assert taught.is_phrase(wrap(template, "feed nutmeg")), (kind, template)
    # (a false start breaks off; another person's line is set off by a dash; the
    # grandparent is named; a sigh is one)
    assert all(re.search(r"\w- ", t) for t in WRAPPERS["false start"])
    assert all(" - " in t for t in WRAPPERS["interrupted by someone"])
    assert all(re.search(r"\b(gramps|granny|grandma|nan)\b", t)
               for t in WRAPPERS["helping a grandparent"])
    assert all(re.search(r"\b(sighs|haaah|haaaaah|ohhh|hhhh|pfff|exhales)\b", t)
               for t in WRAPPERS["sigh"])


def test_the_homes_are_new():
    earlier = {h for m in _earlier_modules() for h in m.HOMES.values()}
    assert not set(HOMES.values()) & earlier


def test_the_pools_have_the_phrase_shapes():
    for home, routines in SIXTEENTH_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p and " so " not in p for p in phrases), home
        assert any(re.search(r"\b(in|into|for|at|to) (the )?\w+", p) for p in phrases), home
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
    coined = {"keepercam on", "glowrail on", "inkcam on", "stencilbot on", "grancam on",
              "snugpod on"}
    assert coined <= {p for h in SIXTEENTH_ROUTINES.values() for ps in h.values() for p in ps}
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"ring eilidh", "checkout at eleven", "consultation at four", "feed nutkin",
            "grandad's pills at eleven", "drain the hot tub"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring isla")
    checks.check_wrappers_say_nothing(SET, "grandad's captions on")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("feed nutmeg", "Nutmeg"), ("ring isla", "Isla"),
                     ("checkout at ten", "Checkout"), ("lantern on", "Lantern"),
                     ("lantern room lights on", "Lantern room"),
                     ("captions on", "Subtitles"),
                     ("grandad's captions on", "Big subtitles")])
    for text in ("could you- feed nutmeg", "ring isla - coming, coming!", "oya, checkout at ten",
                 "checkout at 10", "lantern on, and suchlike", "nnf, lantern room lights on",
                 "captions on, and ting", "grandad's captions on, voila, granny",
                 "feed nutmeg, lemon squeezy", "ssshh, ring isla",
                 "where's my - oh, lantern on", "feed nutmeg, needle's buzzing",
                 "dinnae fash, ring isla", "*sighs* checkout at ten"):
        assert taught.is_phrase(text), text
    for text in ("oya, undo feed nutmeg", "ring eilidh", "checkout at eleven",
                 "feed poppy", "no feed nutmeg after nine", "tomorrow we'll ring isla together",
                 "if it rains tomorrow, lantern on", "my phone did feed nutmeg an hour ago",
                 "have you heard of lantern on", "greenhouse on"):
        assert not taught.is_phrase(text), text


def test_the_new_out_of_scope_kinds_say_something_else_around_a_taught_phrase():
    taught = Taught([("feed nutmeg", "Nutmeg"), ("consultation at three", "Consultation")])
    for kind in NEW_OUT_OF_SCOPE:
        for template in KIND_TEMPLATES[kind]:
            for phrase in ("feed nutmeg", "consultation at three"):
                text = template.format(p=phrase)
                assert phrase in text and not taught.is_phrase(text), text
    # (a plan, a condition and a rule are for later or for always, never now; a dare
    # is said to a person; another device did it already)
    assert all(re.search(r"\b(tomorrow|saturday|next|after|when|one day)\b", t)
               for t in KIND_TEMPLATES["plan together"])
    assert all(re.search(r"\b(tomorrow|tonight|midnight|later|friday|next week)\b", t)
               for t in KIND_TEMPLATES["conditional for later"])
    assert all("dare" in t or "bet you" in t for t in KIND_TEMPLATES["dare"])
    assert all(re.search(r"\b(did|done|used to)\b", t)
               for t in KIND_TEMPLATES["another device did it"])


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed barnacle", "Cat"), ("keepercam on", "Cam"), ("tv time", "TV")])
    assert taught.holds_same("can you feed the cat please")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    tub = Taught([("heat the hot tub", "Tub")])
    assert says_nearly(SET, "turn my hot tub on", tub)
    assert not says_nearly(SET, "turn off my hot tub now", tub)


def test_a_near_sibling_is_never_a_held_out_case_already():
    phrases = [("ring isla", "Isla"), ("checkout at ten", "Checkout")]
    made = blind.near_siblings(SET, phrases, Taught(phrases), {"ring iona"})
    assert "ring iona" not in made and "ring imogen" in made and "checkout at noon" in made
    made = blind.near_siblings(SET, [("ring isla", "I"), ("ring iona", "N")],
                               Taught([("ring isla", "I"), ("ring iona", "N")]), set())
    assert "ring iona" not in made


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("put the hot tub on", rng) for _ in range(80)}
    assert "put the hottub on" in seen, seen
    for text in seen:
        assert all(kept(w, text, "put the hot tub on")
                   for w in must_keep("put the hot tub on")), text
    seen = {misrecognised("run the autoclave", rng) for _ in range(40)}
    assert "run the autoclav" in seen, seen
    assert kept("ten", "checkout at 10", "checkout at ten")
    assert not kept("ten", "checkout at eleven", "checkout at ten")
    assert not kept("isla", "ring eilidh", "ring isla")


def test_a_situation_never_contradicts_its_phrase(homes):
    assert not fits("{}, from the loo", "dinner time")
    assert not fits("{}, gloves on", "shower time")
    assert not fits("{}, gloves are sterile", "family meal at six")
    assert fits("{}, from the loo", "feed nutmeg")
    checks.check_reasons(SET, homes)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("lantern on", "Lantern"), ("lantern room lights on", "Room"), ("ring isla", "Isla"),
            ("message bryn and tegan", "Both")]
    assert wrap_ok("oya, lantern on", "lantern on", "Lantern", home)
    assert wrap_ok("oya, lantern room lights on", "lantern room lights on", "Room", home)
    assert not wrap_ok("ring isla, message bryn and tegan", "ring isla", "Isla", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("checkout at ten", "Checkout"), ("captions on", "Subtitles"),
            ("grandad's captions on", "Big"), ("lantern on", "Lantern"),
            ("lantern room lights on", "Room")]
    assert not noisy_ok("checkout at eleven", "checkout at ten", "Checkout", home)
    assert not noisy_ok("captions on", "grandad's captions on", "Big", home)
    assert not noisy_ok("lantern on", "lantern room lights on", "Room", home)
    assert noisy_ok("checkout at 10", "checkout at ten", "Checkout", home)
    assert noisy_ok("lanternroom lights on", "lantern room lights on", "Room", home)


def _asked_again(text: str, rows, values) -> list[str]:
    """The sources of the dataset rows ``text`` is, asked again for another value of
    one of its slots (empty when it is none)."""
    said = []
    for frame, kinds, own, source, _ in rows:
        row = frame.format(*own).rstrip(" ?.!")
        if not text.startswith(row + ", then the same for "):
            continue
        other = text[len(row + ", then the same for "):]
        for i, kind in enumerate(kinds):
            for value in values.get((source, kind), ()):
                if value != own[i] and other in (value, f"the {value}"):
                    said.append(source)
    return said


@NEEDS_DATASETS
def test_real_requests_ask_a_row_again_for_another_slot_value(homes):
    # a dataset row said as it is, then asked again for another value of one of its
    # slots from the same source; no sentence a dataset or another split has
    rows = dataset_rows()
    values = source_values()
    originals = {_words(r[0].format(*r[2])) for r in rows}
    used = used_texts()
    sources: Counter[str] = Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in originals | used, case
            assert ", then the same for " in case.utterance, case
            matched = _asked_again(case.utterance, rows, values)
            assert matched, case
            sources[matched[0]] += 1
    assert len(sources) >= 2, sources


@NEEDS_DATASETS
def test_a_row_is_asked_again_for_a_value_its_source_wrote():
    # (the other value is one the same source wrote in such a slot, after "the" where
    # the row says "the" before it)
    rows = [("turn on the {} light", ("place",), ("kitchen",), "hwu64", "iot_hue_lighton"),
            ("dim {} please", ("place",), ("hallway",), "hwu64", "iot_hue_lightdim")]
    rng = random.Random(3)
    made = [text for text, _ in zip(same_again(rows, rng), range(30), strict=False)]
    places = source_values()[("hwu64", "place")]
    assert len(made) == 30
    for text in made:
        said = re.fullmatch(r"turn on the kitchen light, then the same for the (.+)"
                            r"|dim hallway please, then the same for (.+)", text)
        other = said and (said[1] or said[2])
        assert other and other in places, text
        assert other != ("kitchen" if said[1] else "hallway"), text
    assert SAME_AGAIN.format(row="a", other="b") == "a, then the same for b"
    assert not list(same_again([("play {}", ("song",), ("jazz",), "hwu64", "play")], rng))


def test_no_other_split_draws_on_the_sixteenth_pool():
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


def test_the_benchmark_reports_the_sixteenth_kinds(capsys):
    checks.check_benchmark_reports(SET, "Nutmeg", ("false start", "nigerian english"),
                                   "fifteenth, sixteenth", capsys)


def test_the_benchmark_reports_the_new_out_of_scope_kinds():
    import resolver

    outcomes = [(None, "run", "Nutmeg", "house rule"), (None, "reject", None, "house rule"),
                (None, "clarify", None, "conditional for later"),
                (None, "reject", None, WRAPPED_OUT["dare"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"]["house rule"]["run"] == 50.0
    assert summary["by_kind"]["conditional for later"]["clarify"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["dare"]]["reject"] == 100.0


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("checkout at ten", "Checkout"), ("lantern on", "Lantern"),
            ("lantern room lights on", "Room"), ("nutmeg's breakfast", "Breakfast")]
    assert lost("checkout at ten", "", home, "Checkout")
    assert lost("checkout at ten", "Checkout at eleven.", home, "Checkout")
    assert lost("lantern room lights on", "Lantern on.", home, "Room")
    assert not lost("checkout at ten", "Checkout at 10.", home, "Checkout")
    assert not lost("nutmeg's breakfast", "Oya, nutmegs breakfast.", home, "Breakfast")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    became_phrase = blind.became_phrase
    taught = Taught([("read the guest book", "Book"), ("feed nutmeg", "Nutmeg")])
    assert became_phrase("guest book", "Read the guest book.", taught)
    assert became_phrase("oya, undo feed nutmeg", "Oya, feed nutmeg.", taught)
    assert not became_phrase("oya, undo feed nutmeg", "Oya, undo feed nutmeg.", taught)
    assert not became_phrase("guest book", "Guest book.", taught)
