"""The twenty-second held-out set of benchmarks/resolver.py
(benchmarks/_resolver_twentysecond.py) is well formed, and its labels hold: in-scope cases
keep every content word of their phrase and say no other routine's (a misheard one passes
the noisy guard, a name spelt otherwise is one of the name's listed spellings), wrapped
ones say their phrase exactly beside a clause of the speaker's own whose kind, frame and
distinctive words no earlier set has and none of whose words is a word of a routine
(so the clause cannot bear on the request), no out-of-scope case is a taught phrase
(wrapped, in synonyms, or a request for the same thing), the new out-of-scope kinds
point back at the request in words the labels keep, a name alike at both ends is no
spelling of the taught one, near siblings differ from a taught phrase in one word,
fragments are proper parts of taught phrases, and its dataset sentences are ones no
other split uses. Only the data is checked here: the set is run once, by the lead, on
the final resolver, and no test here asks the resolver anything. Each home is built once
per test run; the other splits' sentences are read from the set's snapshot (the slow
test of tests/test_resolver_blind_sets.py rebuilds them and compares, with
TEACHAPP_SNAPSHOT_CHECK=1).

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
import _blind_set_order as order  # noqa: E402
import _resolver_blind as blind  # noqa: E402
from _resolver_data import (  # noqa: E402
    DATASETS,
    OUT_OF_SCOPE_KINDS,
    ROUTINES,
)
from _resolver_twentysecond import (  # noqa: E402
    ALIKE,
    CLAUSES,
    DONE,
    MISHEARD,
    NAME_SPELT,
    NEW_OUT_OF_SCOPE,
    OWN_OUT_OF_SCOPE,
    SEEDS,
    SET,
    TWENTYSECOND_IN_SCOPE,
    WRAPPED_EXTRA,
    WRAPPED_OUT,
    bears_on,
    crossed,
    done_states,
    misheard,
    name_alike,
    name_spelt,
    used_texts,
)
from _resolver_twentysecond_labels import LABELS  # noqa: E402
from _resolver_twentysecond_text import (  # noqa: E402
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_ALIKE,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    OOS_WRAPPERS,
    TWENTYSECOND_ROUTINES,
    WRAPPER_WORDS,
    WRAPPERS,
)

Taught = LABELS.taught
canon, kept = LABELS.canon, LABELS.kept
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentysecond set's real sentences are rows of "
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
    "after", "but", "has", "which", "an",
    "who's", "whose", "why", "these", "anyone", "somebody", "seen", "gone", "everywhere", "many", "put"}
"""Words any wrapper may share with earlier ones: function words, pronouns and their
contractions, forms of "be", "have" and "do" and the commonest verbs and particles (the
twelfth's to twentieth's), the twentieth's (negations, question words, "mind" and
"you'd", "were", "us", "from", "between"), and what this set's clauses cannot be said
without: the join of a clause joined by "but", the "has" and "which" of a question
about something else, the "after" of a plan ("i'm off to bed after this"), the
article "an", and what a question about something else is asked with: its question words
("who's", "whose", "why") and the pronouns it asks after ("these", "anyone",
"somebody") with "seen", "gone", "everywhere", "many" and "put"."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("twentysecond", tuple(SEEDS))  # (built once per run)


_words = checks.words
EARLIER_TEXTS = order.earlier_sets("twentysecond", since="seventh")


def _earlier_texts() -> list:
    import importlib

    return [importlib.import_module(f"_resolver_{name}_text") for name in EARLIER_TEXTS]


def _in_an_oos_wrapper(text: str) -> list[str]:
    return [c for _, c in checks.in_clauses(text, OOS_WRAPPERS)]


def test_its_own_out_of_scope_kinds_are_in_every_home(homes):
    # (that each seed builds its own home and every kind is there, with enough of each,
    # is tests/test_resolver_blind_sets.py's)
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert kinds[DONE] >= 20 and kinds[WRAPPED_OUT[DONE]] >= 20, kinds
        assert kinds[WRAPPED_OUT[ALIKE]] >= 36, kinds


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("twentysecond")
    assert not set(TWENTYSECOND_IN_SCOPE) & {*earlier, *(f"wrapped phrase: {k}" for k in earlier)}
    assert len(WRAPPERS) == 4


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    import _resolver_eighteenth as eighteenth
    import _resolver_eighteenth_text as eighteenth_text

    earlier_sets = _earlier_texts()
    usual = set(eighteenth_text.KIND_TEMPLATES) - set(eighteenth.NEW_OUT_OF_SCOPE)
    assert set(KIND_TEMPLATES) - usual == set(NEW_OUT_OF_SCOPE) - {DONE, ALIKE}
    assert len(NEW_OUT_OF_SCOPE) == 10
    assert usual <= set(KIND_TEMPLATES)
    assert not set(NEW_OUT_OF_SCOPE) & {k for m in earlier_sets for k in m.KIND_TEMPLATES}
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for m in earlier_sets for ts in m.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier
    earlier_near = {t for m in earlier_sets for t in m.NEAR_MISS_TEMPLATES}
    assert not set(NEAR_MISS_TEMPLATES) & earlier_near


def test_each_clause_kind_is_said_in_its_own_shape():
    # (that each clause says the phrase exactly beside it is
    # tests/test_resolver_blind_sets.py's)
    asking = r"\b(whose|has|what's|who|who's|where|how|which|why|why's|is|did|where've)\b"
    assert all(t.startswith("{} but ") and not re.search(r"\b(not|don't|no|only)\b", t)
               for t in WRAPPERS["other news after but"])
    assert all(t.startswith("{}, ") and t.endswith("?") and re.search(asking, t)
               for t in WRAPPERS["an unrelated question after"])
    assert all(t.endswith("? {}") and re.search(asking, t)
               for t in WRAPPERS["an unrelated question first"])
    assert all(re.search(r"\b(no|don't)\b", t) for t in WRAPPERS["another thing forbidden"])
    assert {t.startswith("{}") for t in WRAPPERS["another thing forbidden"]} == {True, False}


def test_the_new_out_of_scope_kinds_point_back_at_the_request_after_it():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    kinds = KIND_TEMPLATES
    assert all(t.startswith("{p}") for k in set(NEW_OUT_OF_SCOPE) - {DONE, ALIKE}
               for t in kinds[k])
    assert all(t.startswith("{p} but ") and re.search(r"\b(not|only|wait)\b", t)
               for t in kinds["put off or restricted by but"])
    assert all(t.startswith("{p} but ") and re.search(
        r"\b(don't|gone off|changed my mind|forget|scratch)\b", t)
        for t in kinds["withdrawn by but"])
    assert all(t.startswith("{p}? ") and t.endswith("?") and re.search(
        r"\b(hour|midnight|night|dawn|morning)\b", t) for t in kinds["echo question about the hour"])
    assert all(t.startswith("{p}? ") and re.search(r"\b(already|soon)\b", t)
               for t in kinds["echo question, already"])
    assert all(t.startswith("{p}, ") and re.search(r"\b(hate|hates|can't stand|likes|loathe|"
                                                   r"detests)\b", t)
               for t in kinds["someone dislikes it"])
    assert all(re.match(r"\{p\} is (way|far|much|too) ", t)
               for t in kinds["the routine is too much"])
    assert all(t.startswith("{p}, ") and t.endswith("?") for t in kinds["doubt about it"])
    assert all(t.startswith("{p}, or ") for t in kinds["question tag"])


def test_no_wrapper_stretch_or_word_is_said_in_a_done_state():
    # (nor in an out-of-scope template: tests/test_resolver_blind_sets.py's)
    stretches = [m for m in MULTI_WRAPPING if " " in m]
    states = [s for _, ss in __import__("_resolver_twentysecond_text").DONE_STATES for s in ss]
    for template in states:
        said = f" {_words(template)} "
        assert not [m for m in stretches if f" {m} " in said], template
        assert not set(said.split()) & WRAPPER_WORDS, template


def test_the_pools_have_the_phrase_shapes():
    for home, routines in TWENTYSECOND_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p and " so " not in p for p in phrases), home
        assert any(re.match(r"(what's|when's|how|is|when|what) ", p) for p in phrases), home
        assert any(re.search(r"\b(ring|message|text|tell) [a-z]+", p) for p in phrases), home
        assert any(re.search(r"\b(four|six|seven|eight|nine|ten)\b", p) for p in phrases), home
        contents = [(set(p.split()), r) for r, ps in routines.items() for p in ps
                    if " so " not in p]
        generic = [(set(p.split()), r) for r, ps in ROUTINES.items() for p in ps]
        assert any(a < b and ra != rb for a, ra in contents + generic for b, rb in contents), \
            home
        assert sum(bool(set(p.split()) & set(NAME_ALIKE)) for p in phrases) >= 6, home


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(order.earlier_sets("twentysecond")),
                              SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring catriona")
    checks.check_wrappers_say_nothing(SET, "upper bunkroom lights on")
    checks.check_wrappers_say_nothing(SET, "what's my first appointment tomorrow")


def test_the_extra_wrapped_cases_are_said_in_an_out_of_scope_wrapper(homes):
    # (the other wrapped out-of-scope kinds' are tests/test_resolver_blind_sets.py's)
    for home in homes.values():
        for case in home.cases:
            if case.kind in WRAPPED_EXTRA.values():
                assert any(canon(c) == canon(case.utterance)
                           for c in _in_an_oos_wrapper(case.utterance)), case


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed dumpling", "Dumpling"), ("ring catriona", "Catriona"),
                     ("radio check at nine", "Radio"), ("bunkroom lights on", "Bunk"),
                     ("upper bunkroom lights on", "Upper")])
    for text in ("feed dumpling, whose galoshes are these?",
                 "is that a woodpecker? ring catriona",
                 "ring catriona, no crisps on the chesterfield",
                 "no peeking at the presents, radio check at 9",
                 "radio check at nine but the tram drivers have mutinied",
                 "what's a platypus? upper bunkroom lights on"):
        assert taught.is_phrase(text), text
    # (a name as a recogniser spells it keeps the name: the noisy guard's, not a synonym)
    assert LABELS.noisy_ok("ring katriona", "ring catriona", "Catriona", taught.phrases)
    assert not LABELS.noisy_ok("ring cristina", "ring catriona", "Catriona", taught.phrases)
    for text in ("feed dumpling but not yet", "ring catriona but i don't want it",
                 "radio check at nine? at this hour?", "feed dumpling? already?",
                 "bunkroom lights on, the kids hate it", "bunkroom lights on is way too loud",
                 "ring catriona, should it be?", "feed dumpling, or not?",
                 "feed dumpling, dumpling's been fed", "ring cristina", "feed darling",
                 "whose galoshes are these? feed dumpling, or not?", "bunkroom lights off"):
        assert not taught.is_phrase(text), text


def test_a_name_alike_at_both_ends_is_somebody_else(homes):
    for name, others in NAME_ALIKE.items():
        assert name in NAMES, name
        for other in others:
            bare, own = other.removesuffix("'s"), name.removesuffix("'s")
            assert bare[0] == own[0] and bare[-1] == own[-1] and bare != own, other
            assert other not in NAME_SPELLINGS.get(name, ()), other
            assert other not in LABELS.sounds.get(name, []), other
            assert not kept(name, f"ring {other}", f"ring {name}"), other
    for home in homes.values():
        taught = Taught(home.phrases)
        for case in home.cases:
            if case.kind == ALIKE:
                assert [p for p, _ in home.phrases if case.utterance in name_alike(p)], case
            if case.kind == WRAPPED_OUT[ALIKE]:
                assert [p for p, _ in home.phrases for c in _in_an_oos_wrapper(case.utterance)
                        if c in name_alike(p)], case
            if case.kind in (ALIKE, WRAPPED_OUT[ALIKE]):
                assert not taught.holds_phrase(case.utterance), case


def test_a_name_spelt_otherwise_is_the_same_person():
    # (that every such case is its phrase so spelt is tests/test_resolver_blind_sets.py's)
    assert name_spelt("ring catriona") == ["ring katriona", "ring catrina"]
    assert kept("catriona", "ring katriona", "ring catriona")
    assert not set(NAME_SPELLINGS) - NAMES


def test_a_phrase_is_misheard_in_the_sets_four_ways():
    # (that every misheard case is its phrase beside a clause is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(4)
    seen = {misheard("read out the hut log book", rng) for _ in range(60)}
    assert {"read out the hutlog book", "read out the hut logbook"} & seen, seen
    assert any(len(s) == len("read out the hut log book") - 1 for s in seen), seen
    assert misheard("fan on", rng) == "fan on"


def test_done_already_says_the_state_of_what_the_phrase_acts_on(homes):
    assert done_states("feed dumpling") == ["feed dumpling, dumpling's been fed",
                                          "feed dumpling, dumpling's already eaten"]
    assert done_states("fire up the generator") == [
        "fire up the generator, the generator's running already"]
    assert done_states("what's the mountain forecast") == []
    for home in homes.values():
        made = {t for p, _ in home.phrases for t in done_states(p)}
        for case in home.cases:
            if case.kind == DONE:
                assert case.utterance in made, case
            if case.kind == WRAPPED_OUT[DONE]:
                assert set(_in_an_oos_wrapper(case.utterance)) & made, case


def test_a_clause_never_bears_on_its_phrase():
    # (that no case says one beside such a phrase is tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "{} but the chimney sweep's overbooked", "stove on in the bothy")
    assert not blind.fits(SET, "{}, don't throw bread at the ducks", "feed dumpling")
    assert not blind.fits(SET, "{} but the tram drivers have mutinied",
                          "what's the mountain forecast")
    assert blind.fits(SET, "{} but the tram drivers have mutinied", "metronome on")


@NEEDS_DATASETS
def test_real_requests_are_two_rows_of_one_intent_crossed_beside_a_clause(homes):
    from _resolver_ninth import dataset_rows

    rows = list(dataset_rows())
    made = dict(crossed(rows))
    originals = {_words(r[0].format(*r[2])) for r in rows}
    sources, clauses = Counter(), Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in originals | used_texts(), case
            matched = [(made[c], w) for w, c in checks.in_clauses(case.utterance, CLAUSES)
                       if c in made and not bears_on(w, c)]
            assert matched, case
            assert _words(matched[0][0]) not in originals
            sources[matched[0][0]] += 1
            clauses[matched[0][1]] += 1
    assert len(sources) >= 2 and len(clauses) >= 20, (sources, len(clauses))


def test_two_rows_of_one_intent_are_crossed():
    rows = [("turn off the {}", ("device",), ("fan",), "hwu64", "iot_wemo_off"),
            ("shut the {} off", ("device",), ("kettle",), "hwu64", "iot_wemo_off"),
            ("switch on the {}", ("device",), ("lamp",), "hwu64", "iot_wemo_on")]
    assert sorted(crossed(rows)) == [("shut the fan off", "hwu64"),
                                     ("turn off the kettle", "hwu64")]


def test_the_snapshot_of_other_splits_sentences_holds_what_this_set_could_say():
    used = used_texts()
    assert len(used) > 500
    assert all(set(t.split()) & (SET.places | SET.devices | WRAPPER_WORDS) for t in used)


def test_the_benchmark_reports_the_twentysecond_kinds(capsys):
    checks.check_benchmark_reports(SET, "Dumpling", ("other news after but",
                                                  "another thing forbidden"),
                                   "twentysecond", capsys)
    import resolver

    outcomes = [("Dumpling", "run", "Dumpling", MISHEARD), ("Dumpling", "clarify", None, NAME_SPELT),
                (None, "run", "Dumpling", DONE), (None, "reject", None, WRAPPED_OUT[ALIKE]),
                (None, "clarify", None, "question tag")]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"][MISHEARD]["run_right"] == 100.0
    assert summary["by_kind"][NAME_SPELT]["clarify"] == 100.0
    assert summary["by_kind"][DONE]["run"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT[ALIKE]]["reject"] == 100.0
    assert summary["by_kind"]["question tag"]["clarify"] == 100.0
    assert set(TWENTYSECOND_IN_SCOPE) <= set(resolver.RIGHT_KINDS)
