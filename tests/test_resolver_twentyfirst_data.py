"""The twenty-first held-out set of benchmarks/resolver.py
(benchmarks/_resolver_twentyfirst.py) is well formed, and its labels hold: in-scope cases
keep every content word of their phrase and say no other routine's, wrapped ones say
their phrase exactly beside a clause of the speaker's own whose kind, frame and
distinctive words none of the sixth to twentieth sets have and none of whose words is a
word of a routine this set teaches (so the clause cannot bear on the request), no
out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for the same
thing), the new out-of-scope kinds point back at the request in words the labels keep,
no wrapper turns what it wraps into another request, near siblings differ from a taught
phrase in one name, number or thing, fragments are proper parts of taught phrases and
hold none whole, and its dataset sentences are ones no other split uses. The set has no
heard transcripts (not made), and builds without them. Only the data is checked here:
the set is run once, by the lead, on the final resolver, and no test here asks the
resolver anything.

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
from _resolver_twentyfirst import (  # noqa: E402
    CLAUSES,
    NEW_OUT_OF_SCOPE,
    OWN_OUT_OF_SCOPE,
    SEEDS,
    SET,
    TWENTYFIRST_IN_SCOPE,
    TWENTYFIRST_KINDS,
    WRAPPED_OUT,
    bears_on,
    beside_a_clause,
    dataset_rows,
    refilled,
    same_source_values,
    used_texts,
)
from _resolver_twentyfirst_labels import LABELS  # noqa: E402
from _resolver_twentyfirst_text import (  # noqa: E402
    FRAGMENT_NEW_WRAPPERS,
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    TWENTYFIRST_ROUTINES,
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
                (170, "seventeenth"), (180, "eighteenth"), (190, "nineteenth"),
                (200, "twentieth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentyfirst set's real sentences are rows of "
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
    "us", "from", "between",
    "after", "but", "has", "which", "an"}
"""Words any wrapper may share with earlier ones: function words, pronouns and their
contractions, forms of "be", "have" and "do" and the commonest verbs and particles (the
twelfth's to twentieth's), the twentieth's (negations, question words, "mind" and
"you'd", "were", "us", "from", "between"), and what this set's clauses cannot be said
without: the join of a clause joined by "but", the "has" and "which" of a question
about something else, the "after" of a plan ("i'm off to bed after this"), and the
article "an"."""
CLAUSE_FUNCTION = _FUNCTION | {
    "i've", "i'm", "i", "my", "me", "us", "by", "on", "with", "down", "from", "up", "so",
    "and", "because", "if", "don't", "won't", "can't", "haven't", "isn't", "it's", "you",
    "you'd", "wouldn't", "your", "where", "where's", "who", "whose", "what", "what's",
    "has", "have", "been", "got", "did", "were", "was", "is", "are", "of", "no", "not",
    "never", "off", "just", "all", "between", "anyway", "this", "in", "a", "the", "when",
    "whenever", "as", "those", "her", "him", "there's", "you're", "you've", "we've", "i'll",
    "an", "which", "but", "after", "anybody", "at", "for", "to", "that"}
"""The function words a clause is said with (its other words are what it is about):
pronouns, auxiliaries, negations, question words, conjunctions ("when", "whenever",
"as", "but", "after") and prepositions."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("twentyfirst", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates


def _earlier_wrappers() -> list[str]:
    import _resolver_eighteenth_text as eighteenth
    import _resolver_eighth_text as eighth
    import _resolver_eleventh_text as eleventh
    import _resolver_fifteenth_text as fifteenth
    import _resolver_fourteenth_text as fourteenth
    import _resolver_nineteenth_text as nineteenth
    import _resolver_ninth_text as ninth
    import _resolver_seventeenth_text as seventeenth
    import _resolver_seventh_text as seventh
    import _resolver_sixteenth_text as sixteenth
    import _resolver_sixth_text as sixth
    import _resolver_tenth_text as tenth
    import _resolver_thirteenth_text as thirteenth
    import _resolver_twelfth_text as twelfth
    import _resolver_twentieth_text as twentieth

    return [*sixth.SIXTH_CARRIERS, *sixth.FRAGMENT_WRAPPERS,
            *(w for m in (seventh, eighth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS,
                m.VOCATIVES) for w in _templates(table)),
            *(w for m in (ninth, tenth, eleventh, twelfth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS, m.VOCATIVES)
              for w in _templates(table)),
            *(w for m in (thirteenth, fourteenth, fifteenth, sixteenth, seventeenth,
                          eighteenth, nineteenth, twentieth)
              for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS) for w in _templates(table)),
            *twentieth.MULTI_WRAPPING, *nineteenth.MULTI_WRAPPING, *eighteenth.MULTI_WRAPPING,
            *seventeenth.MULTI_WRAPPING, *sixteenth.MULTI_WRAPPING,
            *fifteenth.MULTI_WRAPPING, *fourteenth.MULTI_WRAPPING, *thirteenth.MULTI_WRAPPING,
            *eighth.MULTI_WRAPPING, *ninth.MULTI_WRAPPING, *tenth.MULTI_WRAPPING,
            *eleventh.MULTI_WRAPPING, *twelfth.MULTI_WRAPPING, *tenth.DEVICE_NAMES,
            *eleventh.DEVICE_NAMES, *twelfth.DEVICE_NAMES]


def _pool_words() -> set[str]:
    pools = [ROUTINES, *TWENTYFIRST_ROUTINES.values(), *UNTAUGHT.values()]
    return {w for pool in pools for ps in pool.values() for p in ps for w in p.split()}




EARLIER_TEXTS = order.earlier_sets("twentyfirst", since="seventh")


def _earlier_texts() -> list:
    import importlib

    return [importlib.import_module(f"_resolver_{name}_text") for name in EARLIER_TEXTS]


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("twentyfirst")
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 12


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    import _resolver_eighteenth as eighteenth
    import _resolver_eighteenth_text as eighteenth_text

    earlier_sets = _earlier_texts()
    usual = set(eighteenth_text.KIND_TEMPLATES) - set(eighteenth.NEW_OUT_OF_SCOPE)
    assert set(KIND_TEMPLATES) - usual == set(NEW_OUT_OF_SCOPE)
    assert len(NEW_OUT_OF_SCOPE) == 13
    assert usual <= set(KIND_TEMPLATES)
    assert not set(NEW_OUT_OF_SCOPE) & {k for m in earlier_sets for k in m.KIND_TEMPLATES}
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for m in earlier_sets for ts in m.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier
    earlier_near = {t for m in earlier_sets for t in m.NEAR_MISS_TEMPLATES}
    assert not set(NEAR_MISS_TEMPLATES) & earlier_near


def test_each_clause_says_the_phrase_exactly_beside_a_clause_of_its_kind():
    taught = Taught([("feed pickles", "Pickles")])
    for kind, templates in WRAPPERS.items():
        assert len(templates) >= 6, kind
        for template in templates:
            assert template.count("{}") == 1, template
            assert taught.is_phrase(wrap(template, "feed pickles")), (kind, template)
    # (a question asks, after the phrase or before it; a forbidding forbids; news is
    # joined by "and", "but" or nothing; a courtesy is an "if" or a "when"; what the
    # speaker did is said in the past; a plan is the speaker's own; a feeling is said
    # first, "i'm ...")
    asking = r"\b(where's|has|which|what's|who|did|are|where|what)\b"
    assert all(t.startswith("{}, ") and t.endswith("?") and re.search(asking, t)
               for t in WRAPPERS["asking after something else, said after"])
    assert all(t.endswith("? {}") and re.search(asking, t)
               for t in WRAPPERS["asking after something else, said first"])
    assert all(re.search(r"\b(no|don't)\b", t) or t.startswith("{}, keep ")
               for t in WRAPPERS["forbidding something else"])
    assert {t.startswith("{}") for t in WRAPPERS["forbidding something else"]} == {True, False}
    assert all(t.startswith("{} and ") for t in WRAPPERS["news joined by and"])
    assert all(t.startswith("{} but ") for t in WRAPPERS["news joined by but"])
    assert all(t.startswith("{} ") and "," not in t
               and not re.search(r"\b(and|but|so|because|if|when)\b", t)
               for t in WRAPPERS["news with no join"])
    assert all(re.match(r"\{\} (if|when|whenever)", t)
               for t in WRAPPERS["courteous if or when, said after"])
    assert all(t.endswith(", {}") for t in WRAPPERS["courtesy said first"])
    past = r"\b(\w+ed|got|beat)\b"
    assert all(t.startswith("{}, ") and re.search(past, t)
               for t in WRAPPERS["what the speaker did, said after"])
    assert all(t.endswith(", {}") and re.search(past, t)
               for t in WRAPPERS["what the speaker did, said first"])
    assert all(t.startswith("{}, ") and re.search(r"\b(i'm|i've)\b", t)
               for t in WRAPPERS["the speaker's plans"])
    assert all(t.startswith("i'm ") and t.endswith(", {}")
               for t in WRAPPERS["the speaker's feelings"])


def test_no_clause_is_about_a_routine_this_set_teaches():
    # (a clause with a word of a taught phrase could bear on it: "i've lost my keys"
    # beside "what's in lost property" is left out on purpose)
    pool = _pool_words() | {w.rstrip("s") for w in _pool_words()}
    for templates in (*WRAPPERS.values(), OOS_WRAPPERS, FRAGMENT_NEW_WRAPPERS):
        for template in templates:
            said = set(_words(template.replace("{}", " ")).split()) - CLAUSE_FUNCTION
            assert said, template
            assert not said & pool, (template, sorted(said & pool))
            assert not {w.rstrip("s") for w in said} & pool, template


def test_the_new_out_of_scope_kinds_point_back_at_the_request_in_words_the_labels_keep():
    taught = Taught([("feed pickles", "Pickles"), ("nursery run at eight", "Nursery")])
    for kind in NEW_OUT_OF_SCOPE:
        assert len(KIND_TEMPLATES[kind]) >= 6, kind
        for template in KIND_TEMPLATES[kind]:
            assert template.count("{p}") == 1, template
            assert canon(template.format(p="")), template
            for phrase in ("feed pickles", "nursery run at eight"):
                text = template.format(p=phrase)
                assert phrase in text and not taught.is_phrase(text), text
                assert not taught.asks_same(text), text
    # (each points back at the request: asks after its last run, forbids it again,
    # undoes it, is another's wish, "again?", done already, a condition, what someone
    # says, a refusal, what it is, whether it is on, how an earlier run went)
    kinds = KIND_TEMPLATES
    assert all(t.startswith("{p}, ") and t.endswith("?")
               and re.search(r"\b(last|yesterday|monday)\b", t)
               for t in kinds["did it work last time, said after"])
    assert all(t.startswith("{p}, ") and re.search(r"\b(again|last time|repeat)\b", t)
               for t in kinds["never again, said after"])
    assert all(t.startswith("{p} ") and re.search(r"\b(cancel|undo|stop|back|reverse|off)\b", t)
               for t in kinds["undone in the same breath"])
    assert all(t.startswith("{p}, ") and " but " in t and re.search(r"\b(i|me)\b", t)
               for t in kinds["someone else's wish, but not the speaker's"])
    assert all(re.search(r"\bagain\b", t) and "?" in t for t in kinds["again, in disbelief"])
    assert all(t.startswith("{p}, i") for t in kinds["the speaker did it already"])
    assert all(t.startswith("{p} ") and re.search(r"\b(when|once|after|if|as soon as)\b", t)
               for t in kinds["condition, said after"])
    assert all(t.endswith(", {p}") and re.match(r"(if|when|once|after) ", t)
               for t in kinds["condition, said first"])
    assert all(t.startswith("{p}, ") and re.search(r"\b(says?|line)\b", t)
               for t in kinds["what someone always says"])
    assert all(re.match(r"\{p\}, (no|nope)\b", t) for t in kinds["refused after"])
    assert all(re.search(r"\b(what|explain)\b", t) for t in kinds["asking what it is"])
    assert all(re.match(r"(is|has) \{p\}", t) for t in kinds["asking whether it is on"])
    assert all(t.startswith("{p} ") and re.search(
        r"\b(yesterday|last|this morning|tuesday|weekend)\b", t)
        for t in kinds["praise or complaint of an earlier run"])


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
    names = [r for home in (*TWENTYFIRST_ROUTINES.values(), *UNTAUGHT.values()) for r in home]
    assert len(names) == len(set(names)) and not set(names) & set(ROUTINES)


def test_the_pools_have_the_phrase_shapes():
    for home, routines in TWENTYFIRST_ROUTINES.items():
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
    assert {"ring toby", "eye drops at nine", "feed shelby", "ev charger off",
            "open the school gates at eight"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring tobias")
    checks.check_wrappers_say_nothing(SET, "top balcony heater on")
    checks.check_wrappers_say_nothing(SET, "when's my next night shift")


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed pickles", "Pickles"), ("ring tobias", "Tobias"),
                     ("eye drops at eight", "Drops"), ("balcony heater on", "Balcony"),
                     ("top balcony heater on", "Top"), ("lock the bike shed", "Shed")])
    for text in ("feed pickles, where's my thimble vanished to?",
                 "are those your slippers? ring tobias", "lock the bike shed, no wellies on the rug",
                 "no slurping, eye drops at 8", "feed pickles and i'm utterly ravenous",
                 "ring tobias but the electrician's postponed",
                 "top balcony heater on the bus fares have doubled",
                 "feed pickles if you'd be a brick", "whenever you get a chance, lock the bike shed",
                 "ring tobias, i've just got back from aqua aerobics",
                 "i got thrashed at scrabble, balcony heater on",
                 "lock the bike shed, i'm off to bed after this",
                 "i'm pleased as punch, feed pickles", "i'm in a foul temper, lock the bike shed"):
        assert taught.is_phrase(text), text
    for text in ("feed pickles, did it work last time?", "ring tobias, don't do that again",
                 "balcony heater on and then cancel it",
                 "feed pickles, the kids want it but i don't", "ring tobias again? really?",
                 "feed pickles, i already did it", "balcony heater on when dinner's ready",
                 "if it starts raining, lock the bike shed", "ring tobias, she always says that",
                 "feed pickles, no, leave it", "what is feed pickles?", "is balcony heater on on?",
                 "feed pickles was a disaster on tuesday", "feed nibbles", "balcony heater off",
                 "no slurping, feed pickles, did it work last time?"):
        assert not taught.is_phrase(text), text


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed miso", "Miso"), ("underfloor heating on", "Underfloor"),
                     ("tv time", "TV")])
    assert taught.holds_same("could you feed the cat please")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    minibus = Taught([("warm up the minibus", "Minibus")])
    assert says_nearly(SET, "turn my minibus on", minibus)
    assert not says_nearly(SET, "turn off my minibus now", minibus)


def test_a_near_sibling_is_never_a_held_out_case_already():
    phrases = [("ring tobias", "Tobias"), ("eye drops at eight", "Drops")]
    made = blind.near_siblings(SET, phrases, Taught(phrases), {"ring matthias"})
    assert "ring matthias" not in made and "ring tabitha" in made
    assert "eye drops at six" in made
    made = blind.near_siblings(SET, [("ring tobias", "M"), ("ring matthias", "N")],
                               Taught([("ring tobias", "M"), ("ring matthias", "N")]), set())
    assert "ring matthias" not in made


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("lock the bike shed", rng) for _ in range(80)}
    assert "lock the bikeshed" in seen, seen
    for text in seen:
        assert all(kept(w, text, "lock the bike shed")
                   for w in must_keep("lock the bike shed")), text
    seen = {misrecognised("feed the sourdough starter", rng) for _ in range(40)}
    assert "feed the sourdoe starter" in seen, seen
    assert kept("eight", "eye drops at 8", "eye drops at eight")
    assert not kept("eight", "eye drops at nine", "eye drops at eight")
    assert not kept("tobias", "ring toby", "ring tobias")


def test_a_clause_never_bears_on_its_phrase(homes):
    assert not fits("{} if you're amenable", "when's high tide")
    assert not fits("{} if you'd be a brick", "when's high tide")
    assert not fits("{} and i'm utterly ravenous", "order the fish supper")
    assert not fits("{}, i'm having a soak in a while", "foot spa on")
    assert not fits("{} the toddler's snoozing", "ezra's lullabies on")
    assert not fits("{}, i'm off to bed after this", "all lights off")
    assert not fits("i'm whacked, {}", "nap time")
    assert fits("{} if you'd be a brick", "feed pickles")
    assert fits("{} and i'm utterly ravenous", "charge the mobility scooter")
    assert fits("{}, i'm off to bed after this", "cover the budgie cage")
    checks.check_reasons(SET, homes)


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("balcony heater on", "Balcony"), ("top balcony heater on", "Top"),
            ("ring tobias", "Tobias"), ("message lorcan and svetlana", "Both"),
            ("message lorcan", "Lorcan")]
    assert wrap_ok("no slurping, balcony heater on", "balcony heater on", "Balcony", home)
    assert wrap_ok("no slurping, top balcony heater on", "top balcony heater on", "Top", home)
    assert not wrap_ok("top, balcony heater on", "balcony heater on", "Balcony", home)
    assert not wrap_ok("ring tobias, message lorcan and svetlana", "ring tobias", "Tobias",
                       home)


def test_the_noisy_guard_refuses_siblings():
    home = [("eye drops at eight", "Drops"), ("balcony heater on", "Balcony"),
            ("top balcony heater on", "Top"), ("heating on", "Heat"),
            ("underfloor heating on", "Underfloor")]
    assert not noisy_ok("eye drops at nine", "eye drops at eight", "Drops", home)
    assert not noisy_ok("balcony heater on", "top balcony heater on", "Top", home)
    assert not noisy_ok("heating on", "underfloor heating on", "Underfloor", home)
    assert noisy_ok("eye drops at 8", "eye drops at eight", "Drops", home)
    assert noisy_ok("top balcony heater on", "top balcony heater on", "Top", home)


@NEEDS_DATASETS
def test_real_requests_are_a_row_refilled_from_its_own_source_beside_a_clause(homes):
    # a dataset row with one slot given a value the same source wrote in such a slot
    # under another intent, said beside one of this set's clauses; no sentence a
    # dataset or another split has
    rows = dataset_rows()
    values = same_source_values(list(rows))
    originals = {_words(r[0].format(*r[2])) for r in rows}
    known = originals | used_texts()
    refills: dict[str, str] = {}  # every row refilled in every slot -> its source (first)
    for frame, kinds, own, source, intent in rows:
        for i, kind in enumerate(kinds):
            for other in [v for (s, n, k), vs in values.items()
                          if s == source and n != intent and k == kind for v in vs
                          if v not in own]:
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
    assert bears_on("{} if you'd be a brick", "what's the weather like")
    assert bears_on("{} and i'm utterly ravenous", "order me some lunch")
    assert bears_on("{}, i'm having a soak in a while", "turn the heating up")
    assert not bears_on("{} if you'd be a brick", "turn off the ceiling fan")
    assert not bears_on("are those your slippers? {}", "turn off the ceiling fan")


def test_the_value_given_is_the_same_sources_under_another_intent():
    rows = [("turn off the {}", ("device",), ("fan",), "hwu64", "iot_wemo_off"),
            ("switch on the {}", ("device",), ("kettle",), "hwu64", "iot_wemo_on"),
            ("dim the {}", ("device",), ("lamp",), "slurp", "iot_hue_lightdim"),
            ("stop the {}", ("device",), ("hoover",), "hwu64", "iot_wemo_off")]
    assert same_source_values(rows)[("hwu64", "iot_wemo_off", "device")] == ["fan", "hoover"]
    rng = random.Random(3)
    made = [text for text, _ in zip(beside_a_clause(rows, rng), range(30), strict=False)]
    assert len(made) == 30
    for text in made:
        cores = [c for w in CLAUSES for c in checks.cores(text, w)]
        assert not {"turn off the lamp", "turn off the fan", "turn off the hoover",
                    "stop the lamp"} & set(cores), text
        assert {"turn off the kettle", "switch on the fan", "switch on the hoover",
                "stop the kettle"} & set(cores), text


def test_no_other_split_draws_on_the_twentyfirst_pool():
    pools = [pool for m in _earlier_texts()[4:] for table in (
        getattr(m, f"{m.__name__.split('_')[2].upper()}_ROUTINES"), m.UNTAUGHT)
        for pool in table.values()]
    checks.check_pool_is_new(SET, [*checks.earlier_pools(), *pools], OTHER_SPLITS)


def test_the_benchmark_reports_the_twentyfirst_kinds(capsys):
    checks.check_benchmark_reports(SET, "Pickles", ("forbidding something else",
                                                   "the speaker's plans"),
                                   "twentyfirst", capsys)


def test_the_benchmark_reports_the_new_out_of_scope_kinds():
    import resolver

    outcomes = [(None, "run", "Pickles", "did it work last time, said after"),
                (None, "reject", None, "did it work last time, said after"),
                (None, "clarify", None, "refused after"),
                (None, "reject", None, WRAPPED_OUT["condition, said first"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"]["did it work last time, said after"]["run"] == 50.0
    assert summary["by_kind"]["refused after"]["clarify"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["condition, said first"]]["reject"] == 100.0
    assert set(TWENTYFIRST_IN_SCOPE) <= set(resolver.RIGHT_KINDS)
    assert set(TWENTYFIRST_KINDS) >= set(WRAPPED_OUT.values())


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    # (the shared judge of heard transcripts, over this set's words, for when they are made)
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("eye drops at eight", "Drops"), ("balcony heater on", "Balcony"),
            ("top balcony heater on", "Top"), ("miso's biscuits", "Miso")]
    assert lost("eye drops at eight", "", home, "Drops")
    assert lost("eye drops at eight", "Eye drops at nine.", home, "Drops")
    assert lost("top balcony heater on", "Balcony heater on.", home, "Top")
    assert not lost("eye drops at eight", "Eye drops at 8.", home, "Drops")
    assert not lost("miso's biscuits", "No slurping, misos biscuits.", home, "Miso")
