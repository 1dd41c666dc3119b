"""The twenty-sixth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_twentysixth.py) is well formed, and its labels hold: every kind
is in every home, no utterance carries two labels, in-scope cases keep every content
word of their phrase and say no other routine's (a misheard one passes the noisy guard
beside a clause, a name written as it sounds is one of the name's listed homophones),
wrapped ones say their phrase exactly beside a clause of everyday household speech
whose kind, frame and distinctive words no earlier set has and none of whose words is a
word of a routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a
request for the same thing), the new out-of-scope kinds say the phrase in words the
labels keep, and its dataset sentences are rows said after a condition that no other
split uses. Half of the cases said beside a clause are there again as a recogniser without
punctuation writes them, under kinds of their own, with the very same words. Only the
data is checked here: the set is run once, by the lead, on the final
resolver, and no test here asks the resolver anything. The earlier sets' kinds, homes
and words are read from their own modules (tests/_blind_set_order.py), never written out
here.

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
from _resolver_twentysixth import (  # noqa: E402
    CLAUSES,
    CONDITIONS,
    MISHEARD,
    NAME_SPELT,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    TWENTYSIXTH_IN_SCOPE,
    UNPUNCTUATED,
    WRAPPED_OUT,
    conditioned,
    could_say,
    misheard,
    name_spelt,
    unpunctuated,
    with_a_condition,
)
from _resolver_twentysixth_labels import LABELS  # noqa: E402
from _resolver_twentysixth_text import (  # noqa: E402
    MULTI_WRAPPING,
    TWENTYSIXTH_ROUTINES,
    WRAPPERS,
)

NAME = "twentysixth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
twenty-fifth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentysixth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {
    "after", "as", "how", "into", "by", "can", "ever", "every", "get", "goes", "much",
    "never", "no", "then", "there's", "those", "who", "us", "she", "look", "ooh", "thanks",
    "thank", "two", "three", "twelve", "forty", "twenty",
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we'll", "what", "what's",
    "where", "where's", "which", "with", "you", "your", "see", "says", "say", "hmm",
    "got", "yes", "again", "long", "way", "know", "go", "honestly", "when", "up", "until",
    "till", "all", "this", "there", "one", "dear", "stuff", "easy", "fancy", "cheers",
    "from", "stop", "we", "shall", "like", "less", "going", "everybody",
}
"""Words a clause of this set may share with an earlier set's wrappers: function words
("after", "by", "into", "then"), pronouns and their contractions, number words, forms of "be", "have", "do" and "say", the commonest
verbs ("go", "got", "know", "see", "stop"), fillers and mild interjections ("hmm",
"honestly", "cheers", "dear"), and the joins ("and", "so", "till")."""
PLACES = {"first": "said first", "after": "said after"}


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes(NAME, tuple(SEEDS))  # (built once per run)


def test_every_in_scope_and_new_out_of_scope_kind_is_one_no_earlier_set_has():
    # (that none of the set's kinds is one of them is tests/test_resolver_blind_sets.py's
    # test_the_sets_own_kinds_are_ones_no_earlier_set_has; here, that they are read)
    earlier = checks.earlier_kinds(EARLIER)
    assert {"a misheard phrase beside everyday household speech", "pet in the room",
            "a proverb, said after", "mock shakespeare", "bet", "future wish",
            "a recipe step read aloud, said first", "asking how it is spelt"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_line_of_a_pattern():
    # (a shape no earlier set has: the phrase breaks into a clause, which goes on after
    # it; the line before it is no whole line of the pattern kind said first)
    lines = {t.split("{}")[0].rstrip(". ") for t in
             WRAPPERS["a knitting pattern read aloud, said first"]}
    for template in WRAPPERS["in the middle of a knitting pattern read aloud"]:
        before, behind = template.split("{}")
        assert before.endswith(", ") and behind.startswith((", ", " and, ", " so, ")), template
        assert before.rstrip(", ") not in lines, template
        assert re.search(r"\b(knit|purl|slip|cast|decrease|change|block)\b", before), template


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    assert all(re.search(r"\b(knit|purl|stitch|stitches|cast|rows|block|colour)\b", s)
               for s in said["a knitting pattern read aloud, said first"])
    assert all(re.match(r"(dear|to) ", s)
               for s in said["a thank-you card dictated, said first"])
    assert all(re.search(r"\b(nuthatch|goldfinch|wren|jay|bullfinch|magpies|robin|starlings)\b",
                         s)
               for s in said["a bird spotted from the window, said after"])
    assert all(re.search(r"\b(hints|bouquet|aromas|oaky|zesty|venison|tannins|bursting)\b", s)
               for s in said["a tasting note read off a wine label, said after"])
    assert all(re.search(r"\b(reportedly|says|fancy|get this|who knew|seems|so)\b", s)
               for s in said["a fun fact read off a packet, said after"])
    # (the between kind says a tongue twister of its own kind first and a bird after)
    first = {t.split("{}")[0].rstrip(". ,").removesuffix(", then").removesuffix(", oh and")
             for t in kinds["a tongue twister practised, said first"]}
    after = {t.split("{}")[1] for t in kinds["a bird spotted from the window, said after"]}
    for template in kinds["between a tongue twister and a bird spotted"]:
        before, behind = template.split("{}")
        assert before.rstrip(". ") in first and behind in after, template
    # (several names, several shapes: no one sentence reads the kind)
    for kind, texts in said.items():
        assert len(set(texts)) == len(texts) >= 8, kind
        assert len({s.split()[0] for s in texts}) >= 4 or kind.startswith(
            ("a thank-you", "in the middle")), kind


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring emrys", "workbench loupe lamp on", "which route am i on tomorrow",
                   "tinkering", "darts league at nine", "antiques fair at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "the phrase used as a noun": r"\b(bit|job|business|part|palaver|side)\b",
        "a child sounding it out while learning to read": r"\b(sound|read|reading|says|say)\b",
        "a guess at charades": r"\b(charades?|sounds like|syllable)\b",
        "a dream about it": r"\b(dream|dreamt|nightmare)\b",
        "teaching a parrot to say it": r"\b(polly|parrot|parrot's|bird)\b",
        "a tongue twister made of it": r"\b(fast|quickly|faster|tongue)\b",
        "a caption for a photo": r"\bcaption",
        "a sign that says it": r"\b(sign|notice|poster|chalked|placard)\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, t) for t in OWN_TEMPLATES[kind]), kind


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, TWENTYSIXTH_ROUTINES, ("on", "tortoise", "budgie", "goat"),
        hours="four|six|seven|nine|ten")


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed kiwi", "Kiwi"), ("ring emrys", "Emrys"), ("tinkering", "Tinkering"),
                     ("misters on", "Misters"), ("grow tunnel misters on", "Tunnel"),
                     ("darts league at nine", "Darts")])
    for text in ("rural juror, rural juror. ring emrys",
                 "tinkering, two magpies, fortuitous",
                 "cast on forty stitches. misters on",
                 "dear thelonius, thanks for the cufflinks. tinkering",
                 "grow tunnel misters on, rovers nil, wanderers three",
                 "converted chapel, soaring vaulted ceilings, and darts league at 9",
                 "feed kiwi, it says octopuses have three hearts",
                 "ring emrys, a bouquet of gooseberry and nettles",
                 "slip one, knit one, feed kiwi, pass it over",
                 "she sells seashells by the seashore. misters on, look, a goldfinch, "
                 "beaut",
                 "slip one knit one feed kiwi pass it over",
                 "tinkering rovers nil wanderers three"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring emris", "ring emrys", "Emrys", taught.phrases)
    assert not LABELS.noisy_ok("ring rupert", "ring emrys", "Emrys", taught.phrases)
    for text in ("the feed kiwi bit always takes longest", "sound it out, sweetheart: tinkering",
                 "charades, is it misters on? a musical?", "i dreamt you did ring emrys all night",
                 "repeat after me, polly: feed kiwi", "say tinkering five times fast",
                 "caption for the snap: feed kiwi", "the sign on the shed door says misters on",
                 "rural juror, rural juror. caption for the snap: feed kiwi",
                 "rural juror, rural juror caption for the snap feed kiwi",
                 "misters off", "darts league at ten"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring sinead") == ["ring shinade", "ring shinaid"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text oonagh about the auction lot", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "{}, two magpies, fortuitous", "feed kiwi")
    assert not blind.fits(SET, "dear thelonius, thanks for the cufflinks. {}",
                          "ring emrys")
    assert not blind.fits(SET, "{}, it says octopuses have three hearts",
                          "is the humidity high enough")
    assert not blind.fits(SET, "{}, rovers nil, wanderers three", "darts league at nine")
    assert not blind.fits(SET, "{}, hints of blackcurrant and leather, it reckons",
                          "feed crumpet")
    assert not blind.fits(SET, "{}, look, a goldfinch, beaut", "message jacinta")
    assert not blind.fits(SET, "converted chapel, soaring vaulted ceilings, and {}",
                          "box room heater on")
    assert blind.fits(SET, "rural juror, rural juror. {}", "ring emrys")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Slip one, knit one, feed kiwi, pass it over.") == \
        "slip one knit one feed kiwi pass it over"
    assert unpunctuated("charades, is it kiwi's cage? a musical?") == \
        "charades is it kiwi's cage a musical"
    assert unpunctuated("wombats do cube-shaped droppings: la-di-da!") == \
        "wombats do cube shaped droppings la di da"
    assert unpunctuated("ring emrys") == "ring emrys"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_after_a_condition(homes):
    from _resolver_ninth import dataset_rows

    rows = {checks.words(f.format(*own)) for f, _k, own, _s, _i in dataset_rows()}
    conditions = Counter()
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert kinds["real request, shares a word"] == 160 and kinds["real request"] == 40
        for case in home.cases:
            if case.kind in checks.REAL:
                said = checks.words(case.utterance)
                assert conditioned(said) and could_say(said), case
                condition = next(c for c in CONDITIONS
                                 if said.startswith(f"{checks.words(c)} "))
                assert said[len(checks.words(condition)) + 1:] in rows, case
                conditions[condition] += 1
    assert len(conditions) == len(CONDITIONS), conditions


def test_a_row_is_said_after_a_condition():
    rows = [("Turn on the {}", ("device",), ("lamp",), "hwu64", "on")]
    said = [t for t, _ in zip(with_a_condition(rows, random.Random(1)), range(40),
                              strict=False)]
    assert all(t.endswith("turn on the lamp") for t in said)
    assert {t[: -len("turn on the lamp")].rstrip(", ") for t in said} == set(CONDITIONS)
    assert {t[-len("turn on the lamp") - 2] for t in said} == {",", CONDITIONS[0][-1],
                                                               *(c[-1] for c in CONDITIONS)}
    assert all(conditioned(checks.words(t)) for t in said)
    assert not conditioned("turn on the lamp") and not conditioned("if it gets dark")
    assert list(with_a_condition([], random.Random(1))) == []


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the steamer off") and not could_say("switch the lamp off")
    assert could_say("if it gets dark switch the lamp off")


def test_the_benchmark_reports_the_twentysixth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Kiwi", ("a bird spotted from the window, said after",
                                                 "in the middle of a knitting pattern read "
                                                 "aloud"), NAME, capsys)
    import resolver

    assert set(TWENTYSIXTH_IN_SCOPE) <= set(resolver.RIGHT_KINDS)
    made = [(MISHEARD, "Kiwi", "run"), (NAME_SPELT, "Kiwi", "clarify"),
            (UNPUNCTUATED["in scope"], "Kiwi", "run"),
            ("a sign that says it", None, "run"),
            (UNPUNCTUATED["out of scope"], None, "reject"),
            (WRAPPED_OUT["a dream about it"], None, "reject")]
    by_kind = resolver._summarise([(r, d, "Kiwi" if d == "run" else None, k)
                                   for k, r, d in made])["by_kind"]
    assert [by_kind[k][d] for k, _, d in made] == [100.0] * 6
    assert by_kind[MISHEARD]["run_right"] == 100.0
