"""The twenty-fifth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_twentyfifth.py) is well formed, and its labels hold: every kind
is in every home, no utterance carries two labels, in-scope cases keep every content
word of their phrase and say no other routine's (a misheard one passes the noisy guard
beside a clause, a name written as it sounds is one of the name's listed homophones),
wrapped ones say their phrase exactly beside a clause of everyday household speech
whose kind, frame and distinctive words no earlier set has and none of whose words is a
word of a routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a
request for the same thing), the new out-of-scope kinds say the phrase in words the
labels keep, and its dataset sentences are rows said with a delay that no other split
uses. Only the data is checked here: the set is run once, by the lead, on the final
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
from _resolver_twentyfifth import (  # noqa: E402
    CLAUSES,
    DELAYS,
    MISHEARD,
    NAME_SPELT,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    TWENTYFIFTH_IN_SCOPE,
    WRAPPED_OUT,
    could_say,
    delayed,
    misheard,
    name_spelt,
    with_a_delay,
)
from _resolver_twentyfifth_labels import LABELS  # noqa: E402
from _resolver_twentyfifth_text import (  # noqa: E402
    MULTI_WRAPPING,
    TWENTYFIFTH_ROUTINES,
    WRAPPERS,
)

NAME = "twentyfifth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
twenty-fourth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentyfifth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we'll", "what", "what's",
    "where", "where's", "which", "with", "you", "your", "see", "says", "say", "hmm",
    "got", "yes", "again", "long", "way", "know", "go", "honestly", "when", "up", "until",
    "till", "all", "this", "there", "one", "dear", "stuff", "easy", "fancy", "cheers",
    "from", "stop", "we", "shall", "like", "less", "going", "everybody",
}
"""Words a clause of this set may share with an earlier set's wrappers: function words,
pronouns and their contractions, forms of "be", "have", "do" and "say", the commonest
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
    assert {"a misheard phrase beside an aside of the speaker's", "pet in the room",
            "cough or sneeze", "weather small talk", "phone aside", "humming",
            "duration question", "fault report", "comparison", "another home",
            "energy cost", "a label read aloud, said first"} <= earlier  # (all are read)


def test_each_clause_says_the_phrase_where_its_kind_says():
    # (that each says it exactly, eight clauses a kind or more, is
    # tests/test_resolver_blind_sets.py's)
    places = {kind: {checks.clause_place(t) for t in ts} for kind, ts in WRAPPERS.items()}
    assert places == {kind: {"first" if kind.endswith("said first") else "after"
                             if kind.endswith("said after") else "between"}
                      for kind in WRAPPERS}, places
    assert Counter(p for ps in places.values() for p in ps) == {"first": 5, "after": 4,
                                                                "between": 1}
    joined = [t for ts in WRAPPERS.values() for t in ts if re.search(r"\{\} (and|so)\b", t)]
    assert len(joined) >= 8, joined


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    numbers = r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen|" \
              r"fourteen|sixteen|seventeen|thirteen|nineteen)\b"
    assert all(len(re.findall(numbers, s)) >= 2 for s in said["a sum worked out aloud, said first"])
    assert all(re.search(r"\bacross\b|\bbird\b|\bcheese\b|\banagram\b|\bwader\b", t)
               for t in kinds["a crossword clue solved aloud, said first"])
    assert all(t.rstrip().endswith("?") for t in kinds[
        "asking a child about their schoolwork, said after"])
    signs = ("aries", "libra", "scorpio", "gemini", "aquarius", "capricorn", "taurus", "pisces")
    assert [next(s for s in signs if s in t) for t in kinds["a horoscope read aloud, said after"]
            ] == list(signs)
    assert all(re.search(r"texted|writes|from \w+:|says|pinged|replied", t)
               for t in kinds["a text message read aloud, said first"])
    # (the between kind says a recipe step of its own kind first and a line of a song after)
    first = {t.split("{}")[0] for t in kinds["a recipe step read aloud, said first"]}
    after = {t.split("{}")[1] for t in kinds["a line of an old song sung, said after"]}
    for template in kinds["between a recipe step and a line of an old song"]:
        before, behind = template.split("{}")
        assert before in first and behind in after, template
    # (several names, several shapes: no one sentence reads the kind)
    for kind, texts in said.items():
        assert len(set(texts)) == len(texts) >= 8, kind
        assert len({s.split()[0] for s in texts}) >= 4 or kind.startswith(("a horoscope",
                                                                              "a line")), kind


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring neil", "studio extractor on", "when's the next ferry", "ceilidh",
                   "matinee at two", "gallery opening at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "asking how it is spelt": r"\b(spell|spelt|spelling|letters|hyphen)\b",
        "asking for it in another language": r"\b(french|german|spanish|italian|welsh|dutch)\b",
        "a title with it in": r"\b(called|titled|name)\b",
        "a joke made about it": r"\b(ha|joke|knock)\b",
        "asking the assistant whether it enjoys it": r"\b(enjoy|favourite|bore|like|sick)\b",
        "asking for a rhyme for it": r"\brhym",
        "a password that says it": r"\b(password|code word|safe word)\b",
        "a new year's resolution": r"\bresolution\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, t) for t in OWN_TEMPLATES[kind]), kind


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, TWENTYFIFTH_ROUTINES, ("on", "down", "whippet", "rabbit", "alpacas"),
        hours="two|four|six|seven|nine|ten", possessive=False)


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed suki", "Suki"), ("ring neil", "Neil"), ("ceilidh", "Ceilidh"),
                     ("extractor on", "Extractor"), ("studio extractor on", "Studio"),
                     ("matinee at two", "Matinee")])
    for text in ("whisk until stiff peaks appear. ring neil",
                 "ceilidh, it's kilimanjaro, you plonker",
                 "mayor unveils bench, stop the presses. extractor on",
                 "so thirty plus fifty is eighty. ceilidh",
                 "studio extractor on, percival, is that worksheet signed?",
                 "bev writes, parcel's turned up, cheers. matinee at 2",
                 "feed suki, aries: a windfall awaits, it says",
                 "ring neil, my bonnie lies over the ocean",
                 "long-legged wader, heron, fits. feed suki",
                 "knead it till springy and smooth. extractor on and what shall we do with "
                 "the drunken sailor"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring neal", "ring neil", "Neil", taught.phrases)
    assert not LABELS.noisy_ok("ring nigel", "ring neil", "Neil", taught.phrases)
    for text in ("how do you spell feed suki?", "how do you say ceilidh in french?",
                 "my nephew's band is called extractor on",
                 "feed suki, said no teenager ever, ha", "do you enjoy doing ring neil?",
                 "what rhymes with ceilidh?", "the wifi password is feed suki",
                 "my new year's resolution is to feed suki more often",
                 "a soft cheese, brie, got it. what rhymes with ceilidh?",
                 "extractor off", "matinee at three"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring lindsay") == ["ring lindsey", "ring lyndsey"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text lindsay about the gallery order", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "whisk until stiff peaks appear. {}", "feed suki")
    assert not blind.fits(SET, "marjorie's texted, held up at the dentist. {}", "ring neil")
    assert not blind.fits(SET, "{}, it's kilimanjaro, you plonker", "is the taxi booked")
    assert not blind.fits(SET, "so thirty plus fifty is eighty. {}", "when's the next ferry")
    assert not blind.fits(SET, "{}, have you learnt your spellings, wilfred?", "homework time")
    assert not blind.fits(SET, "{}, my bonnie lies over the ocean", "ceilidh")
    assert not blind.fits(SET, "{}, taurus, expect a parcel", "has the sand delivery arrived")
    assert blind.fits(SET, "whisk until stiff peaks appear. {}", "ring neil")


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_with_a_delay(homes):
    from _resolver_ninth import dataset_rows

    rows = {checks.words(f.format(*own)) for f, _k, own, _s, _i in dataset_rows()}
    delays = Counter()
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert kinds["real request, shares a word"] == 160 and kinds["real request"] == 40
        for case in home.cases:
            if case.kind in checks.REAL:
                said = checks.words(case.utterance)
                assert delayed(said) and could_say(said), case
                delay = next(d for d in DELAYS if said.endswith(f" {checks.words(d)}"))
                assert said[: -len(checks.words(delay)) - 1] in rows, case
                delays[delay] += 1
    assert len(delays) == len(DELAYS), delays


def test_a_row_is_said_with_a_delay():
    rows = [("turn on the {}", ("device",), ("lamp",), "hwu64", "on")]
    said = [t for t, _ in zip(with_a_delay(rows, random.Random(1)), range(40), strict=False)]
    assert all(t.startswith("turn on the lamp") for t in said)
    assert {t[len("turn on the lamp"):].lstrip(", ") for t in said} == set(DELAYS)
    assert {t[len("turn on the lamp")] for t in said} == {",", " "}
    assert all(delayed(checks.words(t)) for t in said)
    assert not delayed("turn on the lamp") and not delayed("in a minute")
    assert list(with_a_delay([], random.Random(1))) == []


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the extractor off") and not could_say("switch the lamp off")
    assert could_say("switch the lamp off in half an hour")


def test_the_benchmark_reports_the_twentyfifth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Suki", ("a horoscope read aloud, said after",
                                                 "between a recipe step and a line of an "
                                                 "old song"), NAME, capsys)
    import resolver

    assert set(TWENTYFIFTH_IN_SCOPE) <= set(resolver.RIGHT_KINDS)
    made = [(MISHEARD, "Suki", "run"), (NAME_SPELT, "Suki", "clarify"),
            ("a password that says it", None, "run"),
            (WRAPPED_OUT["a new year's resolution"], None, "reject")]
    by_kind = resolver._summarise([(r, d, "Suki" if d == "run" else None, k)
                                   for k, r, d in made])["by_kind"]
    assert [by_kind[k][d] for k, _, d in made] == [100.0] * 4
    assert by_kind[MISHEARD]["run_right"] == 100.0
