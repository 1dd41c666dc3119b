"""The twentieth held-out set of benchmarks/resolver.py (benchmarks/_resolver_twentieth.py)
is well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly beside a
clause of the speaker's own whose kind, frame and distinctive words none of the sixth to
eighteenth sets have and none of whose words is a word of a routine this set teaches
(so the clause cannot bear on the request), no out-of-scope case is a taught phrase
(wrapped, in synonyms, or a request for the same thing), the new out-of-scope kinds
point back at the request in words the labels keep, no wrapper turns what it wraps into
another request, near siblings differ from a taught phrase in one name, number or
thing, fragments are proper parts of taught phrases and hold none whole, and its
dataset sentences are ones no other split uses. The set has no heard transcripts (not
made), and builds without them. Only the data is checked here: the set is run once, by
the lead, on the final resolver, and no test here asks the resolver anything.

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
    _FUNCTION,
    DATASETS,
    OUT_OF_SCOPE_KINDS,
    ROUTINES,
)
from _resolver_fifteenth import source_values  # noqa: E402
from _resolver_seventeenth import plain_name  # noqa: E402
from _resolver_twentieth import (  # noqa: E402
    CLAUSES,
    NEW_OUT_OF_SCOPE,
    OWN_OUT_OF_SCOPE,
    SEEDS,
    SET,
    TWENTIETH_IN_SCOPE,
    TWENTIETH_KINDS,
    WRAPPED_OUT,
    bears_on,
    beside_a_clause,
    dataset_rows,
    refilled,
    used_texts,
)
from _resolver_twentieth_labels import LABELS  # noqa: E402
from _resolver_twentieth_text import (  # noqa: E402
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NEAR_MISS_TEMPLATES,
    TWENTIETH_ROUTINES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

Taught = LABELS.taught
canon, kept, must_keep = LABELS.canon, LABELS.kept, LABELS.must_keep
noisy_ok, wrap_ok, misrecognised = LABELS.noisy_ok, LABELS.wrap_ok, LABELS.misrecognised
fits = partial(blind.fits, SET)
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"), (50, "sixth"), (60, "seventh"), (70, "eighth"), (80, "ninth"),
                (90, "tenth"), (110, "eleventh"), (120, "twelfth"),
                (130, "thirteenth"), (140, "fourteenth"), (150, "fifteenth"), (160, "sixteenth"),
                (170, "seventeenth"), (180, "eighteenth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentieth set's real sentences are rows of "
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
    "whenever", "sec",
    "can't", "never", "no", "mind", "you'd", "who", "what's", "where", "where's", "were",
    "us", "from", "between"}
"""Words any wrapper may share with earlier ones: function words, pronouns and their
contractions, forms of "be", "have" and "do" and the commonest verbs and particles (the
twelfth's to eighteenth's), and what this set's clauses cannot be said without: the
negations of a negated clause ("can't", "never", "no"), the question words of a
question ("who", "what's", "where", "where's"), the "mind" and "you'd" of a courteous
"if you don't mind" and "if you'd be so obliging", and "were", "us", "from" and "between",
which a clause of the past, an exclamation and the speaker's own timing are said with."""
CLAUSE_FUNCTION = _FUNCTION | {
    "i've", "i'm", "i", "my", "me", "us", "by", "on", "with", "down", "from", "up", "so",
    "and", "because", "if", "don't", "won't", "can't", "haven't", "isn't", "it's", "you",
    "you'd", "wouldn't", "your", "where", "where's", "who", "whose", "what", "what's",
    "has", "have", "been", "got", "did", "were", "was", "is", "are", "of", "no", "not",
    "never", "off", "just", "all", "outside", "between", "anyway", "this", "in", "a", "the"}
"""The function words a clause is said with (its other words are what it is about)."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("twentieth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighteenth_text as eighteenth
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
            *(w for m in (thirteenth, fourteenth, fifteenth, sixteenth, seventeenth,
                          eighteenth)
              for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS) for w in _templates(table)),
            *eighteenth.MULTI_WRAPPING,
            *seventeenth.MULTI_WRAPPING, *sixteenth.MULTI_WRAPPING,
            *fifteenth.MULTI_WRAPPING, *fourteenth.MULTI_WRAPPING, *thirteenth.MULTI_WRAPPING,
            *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING, *tenth.MULTI_WRAPPING,
            *eleventh.MULTI_WRAPPING, *twelfth.MULTI_WRAPPING, *tenth.DEVICE_NAMES,
            *eleventh.DEVICE_NAMES, *twelfth.DEVICE_NAMES]


def _pool_words() -> set[str]:
    pools = [ROUTINES, *TWENTIETH_ROUTINES.values(), *UNTAUGHT.values()]
    return {w for pool in pools for ps in pool.values() for p in ps for w in p.split()}




EARLIER_TEXTS = order.earlier_sets("twentieth", since="seventh")


def _earlier_texts() -> list:
    import importlib

    return [importlib.import_module(f"_resolver_{name}_text") for name in EARLIER_TEXTS]


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("twentieth")
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 12


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    import _resolver_eighteenth as eighteenth
    import _resolver_eighteenth_text as eighteenth_text

    earlier_sets = _earlier_texts()
    usual = set(eighteenth_text.KIND_TEMPLATES) - set(eighteenth.NEW_OUT_OF_SCOPE)
    assert set(KIND_TEMPLATES) - usual == set(NEW_OUT_OF_SCOPE)
    assert len(NEW_OUT_OF_SCOPE) == 9
    assert usual <= set(KIND_TEMPLATES)
    assert not set(NEW_OUT_OF_SCOPE) & {k for m in earlier_sets for k in m.KIND_TEMPLATES}
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for m in earlier_sets for ts in m.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier
    earlier_near = {t for m in earlier_sets for t in m.NEAR_MISS_TEMPLATES}
    assert not set(NEAR_MISS_TEMPLATES) & earlier_near


def test_each_clause_says_the_phrase_exactly_beside_a_clause_of_its_kind():
    taught = Taught([("feed juniper", "Juniper")])
    for kind, templates in WRAPPERS.items():
        assert len(templates) >= 6, kind
        for template in templates:
            assert template.count("{}") == 1, template
            assert taught.is_phrase(wrap(template, "feed juniper")), (kind, template)
    # (a past is said in the past, a negation negates, a question asks, an "if" is
    # courteous, a join joins: with a comma, "and", "so", "because", or nothing)
    past = r"\b(\w+ed|got|spilt|broke|been|endured|stubbed)\b"
    for kind in ("own past clause said after", "own past clause said first"):
        assert all(re.search(past, t) for t in WRAPPERS[kind]), kind
    assert all(t.startswith("{}, ") for t in WRAPPERS["own past clause said after"])
    assert all(t.endswith(", {}") for t in WRAPPERS["own past clause said first"])
    assert all(re.search(r"\b(can't|won't|haven't|don't|never|ignore)\b", t)
               for t in WRAPPERS["own negation of something else"])
    assert all(re.search(r"\b(what's|where|who|whose|has|where's)\b", t)
               for t in WRAPPERS["own question about something else"])
    assert all(re.search(r"\b(what a|blow me|giddy|preserve)\b", t)
               for t in WRAPPERS["own exclamation"])
    assert all(t.startswith("{} if ") for t in WRAPPERS["courteous if-clause"])
    assert all(t.startswith("{} and ") for t in WRAPPERS["clause joined by and"])
    assert all(t.endswith(" so {}") for t in WRAPPERS["clause joined by so"])
    assert all(t.startswith("{} because ") for t in WRAPPERS["clause joined by because"])
    assert all("," not in t and not re.search(r"\b(and|so|because|if)\b", t)
               for t in WRAPPERS["clause with no join"])
    assert all(re.search(r"\b(i|i'm|i've|my|me)\b", t)
               for t in WRAPPERS["speaker's own timing"])


def test_no_clause_is_about_a_routine_this_set_teaches():
    # (a clause with a word of a taught phrase could bear on it: "i can't find my
    # glasses" beside "find niamh's phone" is left out on purpose)
    pool = _pool_words() | {w.rstrip("s") for w in _pool_words()}
    for templates in WRAPPERS.values():
        for template in templates:
            said = set(_words(template.replace("{}", " ")).split()) - CLAUSE_FUNCTION
            assert said, template
            assert not said & pool, (template, sorted(said & pool))
            assert not {w.rstrip("s") for w in said} & pool, template


def test_the_new_out_of_scope_kinds_point_back_at_the_request_in_words_the_labels_keep():
    taught = Taught([("feed juniper", "Juniper"), ("book the van for friday", "Van")])
    for kind in NEW_OUT_OF_SCOPE:
        assert len(KIND_TEMPLATES[kind]) >= 6, kind
        for template in KIND_TEMPLATES[kind]:
            assert template.count("{p}") == 1, template
            assert canon(template.format(p="")), template
            for phrase in ("feed juniper", "book the van for friday"):
                text = template.format(p=phrase)
                assert phrase in text and not taught.is_phrase(text), text
                assert not taught.asks_same(text), text
    # (said after the phrase, each points back at it: done, on yet, not now, waved off,
    # praised, wanted by another, again, reported, for later)
    assert all(t.startswith("{p}, ") and re.search(r"\b(already|done|sorted|had that)\b", t)
               for t in KIND_TEMPLATES["done already, said after"])
    assert all(t.startswith("{p}, ") and t.endswith("?")
               for t in KIND_TEMPLATES["is it on yet, said after"])
    assert all(t.startswith("{p}, ") and re.search(r"\b(not|later)\b", t)
               for t in KIND_TEMPLATES["not now, said after"])
    assert all(t.startswith("{p}, ") for t in KIND_TEMPLATES["waved off, said after"])
    assert all(t.startswith("{p} ") and re.search(
        r"\b(last|yesterday|earlier|this morning|on sunday)\b", t)
        for t in KIND_TEMPLATES["praise of an earlier run"])
    assert all(re.search(r"\b(not me|not mine|i don't|saying no|tough luck)\b", t)
               for t in KIND_TEMPLATES["someone else wants it, not the speaker"])
    assert all(re.search(r"\bagain\b", t) and "?" in t
               for t in KIND_TEMPLATES["again, a complaint in two clauses"])
    assert all(re.search(r"\b(she|he|they|lodger|her)\b", t)
               for t in KIND_TEMPLATES["report of what someone keeps saying"])
    assert all(re.search(r"\b(when|if|once|after|as soon as)\b", t)
               for t in KIND_TEMPLATES["condition for later"])


def test_no_wrapper_stretch_is_said_in_an_out_of_scope_template():
    # (the labels strike a clause's stretch wherever it is said: one inside an
    # out-of-scope template would hide what that template says)
    stretches = [m for m in MULTI_WRAPPING if " " in m]
    for templates in KIND_TEMPLATES.values():
        for template in templates:
            said = f" {_words(template)} "
            assert not [m for m in stretches if f" {m} " in said], template
            assert not set(said.split()) & WRAPPER_WORDS, template


def test_the_homes_and_their_routine_names_are_new():
    earlier = {h for m in _earlier_texts() for h in m.HOMES.values()}
    assert not set(HOMES.values()) & earlier
    names = [r for home in (*TWENTIETH_ROUTINES.values(), *UNTAUGHT.values()) for r in home]
    assert len(names) == len(set(names)) and not set(names) & set(ROUTINES)


def test_the_pools_have_the_phrase_shapes():
    for home, routines in TWENTIETH_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p and " so " not in p for p in phrases), home
        assert any(re.search(r"\b(in|into|for|at|to|round|up) (the )?\w+", p)
                   for p in phrases), home
        assert any(re.match(r"(what's|when's|how|is|whose|who's|where|where's|which|when) ", p)
                   for p in phrases), home
        assert any(re.search(r"\b(ring|message|text|call|tell) [a-z]+", p)
                   for p in phrases), home
        assert any(re.search(r"\b(three|four|seven|eight|nine|ten)\b", p) for p in phrases), home
        contents = [(set(p.split()), r) for r, ps in routines.items() for p in ps
                    if " so " not in p]
        generic = [(set(p.split()), r) for r, ps in ROUTINES.items() for p in ps]
        assert any(a < b and ra != rb for a, ra in contents + generic for b, rb in contents), \
            home
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"ring imelda", "blood pressure pills at ten", "feed cosmo", "shed radio off",
            "open the shop at nine"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring imogen")
    checks.check_wrappers_say_nothing(SET, "potting shed radio on")
    checks.check_wrappers_say_nothing(SET, "when's niamh's exam")


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed juniper", "Juniper"), ("ring imogen", "Imogen"),
                     ("blood pressure pills at nine", "Pills"), ("shed radio on", "Shed"),
                     ("potting shed radio on", "Potting"), ("lock the van", "Van")])
    for text in ("feed juniper, i missed my connection at crewe",
                 "i got a parking ticket, ring imogen", "don't mind me, lock the van",
                 "blood pressure pills at 9, what's the capital of peru anyway",
                 "what a kerfuffle, shed radio on", "potting shed radio on, the varnish is tacky",
                 "feed juniper if you don't mind", "i skived the staff briefing, lock the van",
                 "lock the van and my brew's stewed", "i'm kneading pastry, so ring imogen",
                 "feed juniper because i'm wrapping a present", "feed juniper i've mislaid my brolly",
                 "lock the van if it's no skin off your nose", "my giddy aunt, feed juniper"):
        assert taught.is_phrase(text), text
    for text in ("feed juniper, we did that already", "feed juniper, not now",
                 "shed radio on, is it on yet?", "ring imogen, don't bother",
                 "lock the van was great last night", "feed juniper again? seriously?",
                 "ring imogen, she keeps saying", "lock the van when the film ends",
                 "if it rains, shed radio on", "feed jupiter", "shed radio off",
                 "don't mind me, feed juniper, not now"):
        assert not taught.is_phrase(text), text


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed juniper", "Juniper"), ("fire up the log burner", "Burner"),
                     ("tv time", "TV")])
    assert taught.holds_same("could you light the fire please")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    van = Taught([("warm up the delivery van", "Van")])
    assert says_nearly(SET, "turn my delivery van on", van)
    assert not says_nearly(SET, "turn off my delivery van now", van)


def test_a_near_sibling_is_never_a_held_out_case_already():
    phrases = [("ring imogen", "Imogen"), ("blood pressure pills at nine", "Pills")]
    made = blind.near_siblings(SET, phrases, Taught(phrases), {"ring isobel"})
    assert "ring isobel" not in made and "ring ingrid" in made
    assert "blood pressure pills at noon" in made
    made = blind.near_siblings(SET, [("ring imogen", "M"), ("ring isobel", "N")],
                               Taught([("ring imogen", "M"), ("ring isobel", "N")]), set())
    assert "ring isobel" not in made


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("charge the hedge trimmer", rng) for _ in range(80)}
    assert "charge the hedgetrimmer" in seen, seen
    for text in seen:
        assert all(kept(w, text, "charge the hedge trimmer")
                   for w in must_keep("charge the hedge trimmer")), text
    seen = {misrecognised("put the recycling out", rng) for _ in range(40)}
    assert "put the recyling out" in seen, seen
    assert kept("nine", "blood pressure pills at 9", "blood pressure pills at nine")
    assert not kept("nine", "blood pressure pills at ten", "blood pressure pills at nine")
    assert not kept("imogen", "ring imelda", "ring imogen")


def test_a_clause_never_bears_on_its_phrase(homes):
    assert not fits("{} if you don't mind", "who's at the side door")
    assert not fits("{} because i'm icing a cake", "when's niamh's exam")
    assert not fits("{} and my knee's playing up", "take juniper to the common")
    assert not fits("{} because i'm chatting to my accountant", "ring imogen")
    assert not fits("the dentist's squeezing me in, {}", "we're heading out so turn off the "
                    "xbox and put the recycling out and ring niamh")
    assert fits("{} if it's no skin off your nose", "who's at the side door")
    assert fits("{} if you don't mind", "feed juniper")
    assert fits("{} and my knee's playing up", "feed juniper")
    checks.check_reasons(SET, homes)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("shed radio on", "Shed"), ("potting shed radio on", "Potting"),
            ("ring imogen", "Imogen"), ("message dilys and gareth", "Both"),
            ("message dilys", "Dilys")]
    assert wrap_ok("don't mind me, shed radio on", "shed radio on", "Shed", home)
    assert wrap_ok("don't mind me, potting shed radio on", "potting shed radio on", "Potting",
                   home)
    assert not wrap_ok("potting, shed radio on", "shed radio on", "Shed", home)
    assert not wrap_ok("ring imogen, message dilys and gareth", "ring imogen", "Imogen", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("blood pressure pills at nine", "Pills"), ("shed radio on", "Shed"),
            ("potting shed radio on", "Potting"), ("lights on", "Lights"),
            ("workroom lights on", "Workroom")]
    assert not noisy_ok("blood pressure pills at ten", "blood pressure pills at nine", "Pills",
                        home)
    assert not noisy_ok("shed radio on", "potting shed radio on", "Potting", home)
    assert not noisy_ok("lights on", "workroom lights on", "Workroom", home)
    assert noisy_ok("blood pressure pills at 9", "blood pressure pills at nine", "Pills", home)
    assert noisy_ok("potting shed radio on", "potting shed radio on", "Potting", home)


@NEEDS_DATASETS
def test_real_requests_are_a_refilled_row_beside_a_clause(homes):
    # a dataset row with one slot given a value another source wrote in such a slot,
    # said beside one of this set's clauses; no sentence a dataset or another split has
    rows = dataset_rows()
    values = source_values()
    originals = {_words(r[0].format(*r[2])) for r in rows}
    known = originals | used_texts()
    refills: dict[str, str] = {}  # every row refilled in every slot -> its source (first)
    for frame, kinds, own, source, _ in rows:
        for i, kind in enumerate(kinds):
            for other in [v for (s, k), vs in values.items()
                          if s != source and k == kind for v in vs
                          if plain_name(v) and v not in own]:
                refills.setdefault(refilled(frame, own, i, other), source)
    sources = Counter()
    clauses = Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in known, case
            cores = [(w, c) for w in CLAUSES for c in checks.cores(case.utterance, w)
                     if not bears_on(w, c)]
            assert cores, case
            matched = [(refills[core], clause) for clause, core in cores if core in refills]
            assert matched, case
            sources[matched[0][0]] += 1
            clauses[matched[0][1]] += 1
    assert len(sources) >= 2 and len(clauses) >= 30, (sources, len(clauses))


def test_a_row_is_refilled_and_said_beside_a_clause():
    assert refilled("turn off the {} in the {}", ("fan", "kitchen"), 0, "ceiling fan") \
        == "turn off the ceiling fan in the kitchen"
    assert set(CLAUSES) == {t for ts in WRAPPERS.values() for t in ts}
    assert bears_on("{} if you don't mind", "what's the weather like")
    assert bears_on("{} and my knee's playing up", "take the dog for a walk")
    assert bears_on("i'm wedged in the airing cupboard so {}", "turn the boiler up")
    assert not bears_on("{} if you don't mind", "turn off the ceiling fan")
    assert not bears_on("{}, i missed my connection at crewe", "turn off the ceiling fan")


@NEEDS_DATASETS
def test_the_value_given_is_another_sources():
    rows = [("turn off the {}", ("device",), ("fan",), "hwu64", "iot_wemo_off")]
    rng = random.Random(3)
    made = [text for text, _ in zip(beside_a_clause(rows, rng), range(30), strict=False)]
    values = source_values()
    theirs = {v for (source, kind), vs in values.items() if source != "hwu64"
              and kind == "device" for v in vs}
    assert len(made) == 30
    for text in made:
        cores = [c for w in CLAUSES for c in checks.cores(text, w)]
        said = [re.fullmatch(r"turn off the (.+)", c) for c in cores]
        assert any(s and s[1] in theirs and s[1] != "fan" for s in said), text


def test_no_other_split_draws_on_the_twentieth_pool():
    pools = [pool for m in _earlier_texts()[4:] for table in (
        getattr(m, f"{m.__name__.split('_')[2].upper()}_ROUTINES"), m.UNTAUGHT)
        for pool in table.values()]
    checks.check_pool_is_new(SET, [*checks.earlier_pools(), *pools], OTHER_SPLITS)


def test_the_benchmark_reports_the_twentieth_kinds(capsys):
    checks.check_benchmark_reports(SET, "Juniper", ("own negation of something else",
                                                   "courteous if-clause"),
                                   "twentieth", capsys)


def test_the_benchmark_reports_the_new_out_of_scope_kinds():
    import resolver

    outcomes = [(None, "run", "Juniper", "done already, said after"),
                (None, "reject", None, "done already, said after"),
                (None, "clarify", None, "not now, said after"),
                (None, "reject", None, WRAPPED_OUT["condition for later"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"]["done already, said after"]["run"] == 50.0
    assert summary["by_kind"]["not now, said after"]["clarify"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["condition for later"]]["reject"] == 100.0
    assert set(TWENTIETH_IN_SCOPE) <= set(resolver.RIGHT_KINDS)
    assert set(TWENTIETH_KINDS) >= set(WRAPPED_OUT.values())


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    # (the shared judge of heard transcripts, over this set's words, for when they are made)
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("blood pressure pills at nine", "Pills"), ("shed radio on", "Shed"),
            ("potting shed radio on", "Potting"), ("fennel's pouch", "Fennel")]
    assert lost("blood pressure pills at nine", "", home, "Pills")
    assert lost("blood pressure pills at nine", "Pressure pills at ten.", home, "Pills")
    assert lost("potting shed radio on", "Shed light on.", home, "Potting")
    assert not lost("blood pressure pills at nine", "Pressure pills at 9.", home, "Pills")
    assert not lost("fennel's pouch", "Don't mind me, fennels pouch.", home, "Fennel")
