"""The twenty-fourth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_twentyfourth.py) is well formed, and its labels hold: every kind
is in every home, no utterance carries two labels, in-scope cases keep every content
word of their phrase and say no other routine's (a misheard one passes the noisy guard
beside a clause, a name written as it sounds is one of the name's listed homophones),
wrapped ones say their phrase exactly beside a clause whose kind, frame and distinctive
words no earlier set has and none of whose words is a word of a routine, no
out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for the same
thing), the new out-of-scope kinds say the phrase in words the labels keep, and its
dataset sentences are rows said twice that no other split uses. Only the data is
checked here: the set is run once, by the lead, on the final resolver, and no test here
asks the resolver anything. The earlier sets' kinds, homes and words are read from
their own modules (tests/_blind_set_order.py), never written out here.

Checks every held-out set shares, and those of the sets made with
benchmarks/_resolver_made_here.py (every kind in every home, clauses said exactly beside
a phrase and about no routine, the new kinds' templates, misheard phrases and names
spelt otherwise, reasons, the snapshot), are one test over the sets in
tests/test_resolver_blind_sets.py (``MADE_HERE``, with this set's thresholds in
``MADE_HERE_AT_LEAST``); this file keeps the set's own."""

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
from _resolver_data import DATASETS  # noqa: E402
from _resolver_twentyfourth import (  # noqa: E402
    AGAIN,
    CLAUSES,
    MISHEARD,
    NAME_SPELT,
    NEW_OUT_OF_SCOPE,
    OPPOSITE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    SWITCHED,
    TWENTYFOURTH_IN_SCOPE,
    WRAPPED_OUT,
    could_say,
    misheard,
    name_spelt,
    repeated,
    said_again,
)
from _resolver_twentyfourth_labels import LABELS  # noqa: E402
from _resolver_twentyfourth_text import (  # noqa: E402
    HOMES,
    MULTI_WRAPPING,
    OOS_WRAPPERS,
    OPPOSITE_TEMPLATES,
    TWENTYFOURTH_ROUTINES,
    WRAPPERS,
)

NAME = "twentyfourth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
twenty-third)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentyfourth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {
    "a", "about", "all", "am", "and", "any", "are", "as", "at", "be", "but", "by", "come",
    "did", "do", "for", "give", "go", "have", "how", "i", "i'm", "in", "is", "it", "it's",
    "me", "my", "no", "not", "of", "oh", "on", "so", "that", "that's", "the", "then", "this",
    "to", "up", "was", "well", "were", "what", "what's", "why", "with", "you", "your",
    "you're", "you've", "right", "see", "mind", "hmm", "ha", "can", "can't", "didn't",
    "isn't", "aren't", "wasn't", "why's", "say", "says", "way", "whatever", "very", "want",
    "again", "alright", "okay", "honestly", "bother", "got", "long", "look", "next",
    "there's",
}
"""Words a clause of this set may share with an earlier set's wrappers: function words,
pronouns and their contractions, forms of "be", "have", "do" and "say", the commonest
verbs ("go", "got", "want", "see", "look", "mind"), fillers and mild interjections ("hmm", "ha",
"okay", "alright", "honestly", "bother"), and the joins ("and", "but", "so")."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes(NAME, tuple(SEEDS))  # (built once per run)


def test_every_in_scope_and_new_out_of_scope_kind_is_one_no_earlier_set_has():
    # (that none of the set's kinds is one of them is tests/test_resolver_blind_sets.py's
    # test_the_sets_own_kinds_are_ones_no_earlier_set_has; here, that they are read)
    earlier = checks.earlier_kinds(EARLIER)
    assert {"a misheard phrase beside a household clause", "pet in the room", "sigh",
            "another home", "refused to someone who asked"} <= earlier  # (all are read)


def test_each_clause_says_the_phrase_where_its_kind_says():
    # (that each says it exactly, eight clauses a kind or more, is
    # tests/test_resolver_blind_sets.py's)
    places = {kind: {checks.clause_place(t) for t in ts} for kind, ts in WRAPPERS.items()}
    assert places == {kind: {"first" if kind.endswith("said first") else "after"
                             if kind.endswith("said after") else "between"}
                      for kind in WRAPPERS}, places
    joined = [t for ts in WRAPPERS.values() for t in ts if re.search(r"\{\} (and|so)\b", t)]
    assert len(joined) >= 8, joined
    kinds = WRAPPERS
    assert all(re.search(r"\bnot\b|\bno\b|n't\b|in fact", t)
               for t in kinds["correcting someone in the room, said first"])
    assert all(re.search(r"\bnot\b|wasn't|weren't", t)
               for t in kinds["telling someone they were not the one spoken to, said first"])
    assert all(t.split("{}")[0].rstrip().endswith("?")
               for k in ("a rhetorical question, said first",
                         "between a rhetorical question and a proverb") for t in kinds[k])
    assert all(re.search(r"mistake|mea culpa|bother", t)
               for t in kinds["an apology to someone in the room, said after"])


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring rhys", "aviary mews lights on", "will it frost tonight", "wassail",
                   "crew car at four"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    assert set(NEW_OUT_OF_SCOPE) <= set(OWN_TEMPLATES)
    marks = {
        "asking someone whether they said it": r"\b(you|somebody)\b.*\bsay\b|\byou said\b",
        "in a list of what got done today": r"\b(today|this morning|day)\b",
        "the opposite asked for": r"\b(opposite|reverse|backwards)\b",
        "telling someone off for doing it": r"\b(told you|you can't|could|without|before)\b",
        "asking whose idea it was": r"\b(whose|came up with|idea)\b",
        "a dry run asked for": r"\b(pretend|practice|rehearse|simulate|test|mock)\b",
        "asking whether it would work if": r"\b(if|when|in a power cut)\b",
        "told it has a new name": r"\b(called|goes by|new name|renamed|call|is now)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, t) for t in OWN_TEMPLATES[kind]), kind


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, TWENTYFOURTH_ROUTINES, ("on", "down", "hawk", "tortoise", "pig"),
        hours="two|four|six|nine|ten", possessive=False)


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed zara", "Zara"), ("ring rhys", "Rhys"), ("wassail", "Wassail"),
                     ("mews lights on", "Mews"), ("aviary mews lights on", "Aviary"),
                     ("crew car at four", "Crew")])
    for text in ("no, dougal, a tomato's a fruit. ring rhys",
                 "no, not you, dougal, resume. mews lights on",
                 "who'd be a parent? crew car at 4", "wassail, it takes all sorts",
                 "aviary mews lights on, mea culpa, ptolemy, i elbowed you",
                 "feed zara, adieu, rupert, travel well",
                 "very well, you win, dougal. wassail",
                 "ring rhys and exquisite handwriting, dougal",
                 "handle delicately, noted. feed zara",
                 "how hard can it be? mews lights on, there's method in the madness",
                 "why me, of all people? wassail so, it takes all sorts"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring reece", "ring rhys", "Rhys", taught.phrases)
    assert not LABELS.noisy_ok("ring rory", "ring rhys", "Rhys", taught.phrases)
    for text in ("did you just say feed zara, love?",
                 "today i've done the school run, feed zara and the big shop",
                 "do the opposite of mews lights on", "who told you to ring rhys, young man?",
                 "whose idea was wassail?", "just pretend to feed zara, don't really do it",
                 "would mews lights on still work in a power cut?",
                 "wassail is called operation snowdrop now",
                 "not talking to you, rupert. whose idea was wassail?",
                 "mews lights off", "crew car at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring rhys") == ["ring reece", "ring rees"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text geoff about the pheasant pens", rng) for _ in range(80)}
    assert "text geoff about the pheasent pens" in seen, seen
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES, at_least=40)


def test_the_opposite_is_asked_only_of_the_homes_own_routines_that_switch_nothing(homes):
    for seed, home in homes.items():
        kinds = Counter(c.kind for c in home.cases)
        assert kinds[OPPOSITE] == kinds[WRAPPED_OUT[OPPOSITE]] == 40, kinds
        taught = Taught(home.phrases)
        mine = [p for r, ps in TWENTYFOURTH_ROUTINES[HOMES[seed]].items()
                if r in {r for _, r in home.phrases} for p in ps]
        for case in home.cases:
            if case.kind not in (OPPOSITE, WRAPPED_OUT[OPPOSITE]):
                continue
            # (plainly, or beside one of the set's out-of-scope clauses)
            cores = [case.utterance] if case.kind == OPPOSITE else [
                c for t in checks.unwritten(case.utterance) for w in OOS_WRAPPERS
                for c in checks.cores(t, w)]
            said = [p for p in mine for t in OPPOSITE_TEMPLATES if t.format(p=p) in cores]
            assert said and not SWITCHED & set(said[0].split()), case
            assert " so " not in said[0] and not taught.is_phrase(case.utterance), case


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "no, dougal, a tomato's a fruit. {}", "feed zara")
    assert not blind.fits(SET, "{}, adieu, rupert, travel well", "ring rhys")
    assert not blind.fits(SET, "who'd be a parent? {}", "is the vat bubbling")
    assert not blind.fits(SET, "fragile, it says. {}", "pack the flight bag")
    assert blind.fits(SET, "fragile, it says. {}", "ring rhys")


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_again_after_it_went_unanswered(homes):
    from _resolver_ninth import dataset_rows

    rows = {checks.words(f.format(*own)) for f, _k, own, _s, _i in dataset_rows()}
    betweens = Counter()
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert kinds["real request, shares a word"] == 160 and kinds["real request"] == 40
        for case in home.cases:
            if case.kind in checks.REAL:
                said = checks.words(case.utterance)
                assert repeated(said) and could_say(said), case
                between = [b for b in sorted(AGAIN, key=len, reverse=True)
                           if f" {checks.words(b)} " in f" {said} "]
                first = said.partition(f" {checks.words(between[0])} ")[0]
                assert first in rows, case
                betweens[between[0]] += 1
    assert len(betweens) == len(AGAIN), betweens


def test_a_row_is_said_again():
    rows = [("turn on the {}", ("device",), ("lamp",), "hwu64", "on")]
    said = [t for t, _ in zip(said_again(rows, random.Random(1)), range(30), strict=False)]
    assert {t.partition(", ")[0] for t in said} == {"turn on the lamp"}
    assert all(t.endswith(", turn on the lamp") or t.endswith(" turn on the lamp")
               for t in said)
    assert all(repeated(checks.words(t)) for t in said)
    assert not repeated("turn on the lamp i said turn off the lamp")
    assert list(said_again([], random.Random(1))) == []


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the shutters off") and not could_say("switch the lamp off")


def test_the_benchmark_reports_the_twentyfourth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Zara", ("a proverb, said after",
                                                 "between a rhetorical question and a proverb"),
                                   NAME, capsys)
    import resolver

    assert set(TWENTYFOURTH_IN_SCOPE) <= set(resolver.RIGHT_KINDS)
    made = [(MISHEARD, "Zara", "run"), (NAME_SPELT, "Zara", "clarify"),
            ("the opposite asked for", None, "run"),
            (WRAPPED_OUT["told it has a new name"], None, "reject")]
    by_kind = resolver._summarise([(r, d, "Zara" if d == "run" else None, k)
                                   for k, r, d in made])["by_kind"]
    assert [by_kind[k][d] for k, _, d in made] == [100.0] * 4
    assert by_kind[MISHEARD]["run_right"] == 100.0
