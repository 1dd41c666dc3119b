"""The twenty-eighth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_twentyeighth.py) is well formed, and its labels hold: every kind
is in every home, no utterance carries two labels, in-scope cases keep every content
word of their phrase and say no other routine's (a misheard one passes the noisy guard
beside a clause, a name written as it sounds is one of the name's listed homophones),
wrapped ones say their phrase exactly beside a clause of everyday household speech
whose kind, frame and distinctive words no earlier set has and none of whose words is a
word of a routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a
request for the same thing), the new out-of-scope kinds say the phrase in words the
labels keep, and its dataset sentences are rows said to last a while that no other
split uses. Half of the cases said beside a clause are there again as a recogniser
without punctuation writes them, and a quarter of the in-scope ones whose clause ends a
sentence again with that sentence end written as a comma, under kinds of their own,
with the very same words. Only the data is checked here: the set is run once, by the
lead, on the final resolver, and no test here asks the resolver anything. The earlier
sets' kinds, homes and words are read from their own modules
(tests/_blind_set_order.py), never written out here.

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
from _resolver_twentyeighth import (  # noqa: E402
    ASKING,
    CLAUSES,
    HOW_LONG,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    TIMED,
    could_say,
    for_a_while,
    how_long,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
)
from _resolver_twentyeighth_labels import LABELS  # noqa: E402
from _resolver_twentyeighth_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAMES,
    TWENTYEIGHTH_ROUTINES,
    WRAPPERS,
)

NAME = "twentyeighth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
twenty-seventh)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentyeighth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {
    "after", "as", "how", "into", "by", "can", "ever", "every", "get", "goes", "much",
    "never", "no", "then", "there's", "those", "who", "us", "she", "look", "ooh", "thanks",
    "thank", "two", "three", "twelve", "forty", "twenty", "once",
    "a", "about", "an", "and", "are", "at", "be", "did", "do", "don't", "for", "have",
    "how's", "i", "if", "in", "is", "it", "it's", "me", "my", "not", "of", "oh", "on",
    "over", "so", "that", "that's", "the", "to", "was", "we'll", "what", "what's",
    "where", "where's", "which", "with", "you", "your", "see", "says", "say", "hmm",
    "got", "yes", "again", "long", "way", "know", "go", "honestly", "when", "up", "until",
    "till", "all", "this", "there", "one", "dear", "stuff", "easy", "fancy", "cheers",
    "from", "stop", "we", "shall", "like", "less", "going", "everybody",
    "hi", "hey", "its", "near", "ugh",
}
"""Words a clause of this set may share with an earlier set's wrappers: function words
("after", "by", "into", "once", "then"), pronouns and their contractions, number words,
forms of "be", "have", "do" and "say", the commonest verbs ("go", "got", "know", "see",
"stop"), greetings, fillers and mild interjections ("hi", "hey", "hmm", "ugh", "cheers"), and the
joins ("and", "so", "till")."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes(NAME, tuple(SEEDS))  # (built once per run)


def test_every_in_scope_and_new_out_of_scope_kind_is_one_no_earlier_set_has():
    # (that none of the set's kinds is one of them is tests/test_resolver_blind_sets.py's
    # test_the_sets_own_kinds_are_ones_no_earlier_set_has; here, that they are read)
    earlier = checks.earlier_kinds(EARLIER)
    assert {"a bedtime story read to a child, said first", "asking how to pronounce it",
            "a football score read off the phone, said after", "usage count",
            "a recipe step read aloud, said first", "a text message read aloud, said first",
            "comparison", "conditional for later"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_voicemail():
    # (the phrase breaks into a voicemail, which goes on after it; the stretch before it
    # is no whole voicemail of the kind said first)
    lines = {t.split("{}")[0].rstrip(". ").removesuffix(", then").removesuffix(", oh and")
             for t in WRAPPERS["a voicemail played on speaker, said first"]}
    for template in WRAPPERS["in the middle of a voicemail played on speaker"]:
        before, behind = template.split("{}")
        assert before.endswith(", ") and behind.startswith((", ", " and, ", " so, ")), template
        assert before.rstrip(", ") not in lines, template
        assert any(line.startswith(before.rstrip(", ")) for line in lines), template
        rest = re.sub(r"^( and| so)?, ", "", behind)
        assert any(line.endswith(rest.rstrip("?")) or f"{rest}" in line for line in lines), \
            template


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    assert all(re.search(r"\b(recalculating|junction|destination|lane|exit|carriageway"
                         r"|rerouting)\b", s)
               for s in said["a sat-nav instruction, said first"])
    assert all(re.search(r"\b(val|optician|surgery|voicemail|kenny|automated|joiner"
                         r"|landlord)\b", s)
               for s in said["a voicemail played on speaker, said first"])
    assert all(re.search(r"\b(spelling|embarrass|conscience|accommodation|mischievous"
                         r"|speller|rhubarb)\b", s)
               for s in said["a child's spelling test, said first"])
    assert all(re.search(r"\b(player|token|snake|deck|banker|dealer|doubles)\b", s)
               for s in said["a board game's rules read aloud, said first"])
    assert all(re.search(r"\b(hero|saga|showdown|producers|galaxy|vengeance|cinemas"
                         r"|doomsday)\b", s)
               for s in said["a film trailer heard on the telly, said after"])
    assert all(re.search(r"\b(gavel|bid|bidder|tweed|reserve|hammer|inkwell|paddle)\b", s)
               for s in said["an auctioneer on an antiques programme, said after"])
    assert all(re.search(r"\b(express|passengers|luggage|journeys|signalling|buffet"
                         r"|carriage|terminate)\b", s)
               for s in said["a railway announcement heard down the phone, said after"])
    assert all(re.search(r"\b(hermit|empress|chariot|magician|fool|judgement|priestess"
                         r"|temperance)\b", s)
               for s in said["a tarot card turned over, said after"])
    # (the between kind says a rule of its own kind first and a tarot card after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a board game's rules read aloud, said first",
        "a tarot card turned over, said after",
        "between a board game's rule read aloud and a tarot card")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring bill", "log store chain grinder on",
                   "how windy is it on the ridge", "pruning",
                   "book club at eight", "rocco's rugby at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "asking whether it exists": r"\b(is there|got|exist|have|called|named|one of yours)\b",
        "a neighbour's device heard saying it":
            r"(next door's|neighbours'|flat below|their speaker)",
        "an anagram of it": r"\b(anagram|rearrange the letters)\b",
        "asking for it backwards": r"\b(backwards|back to front|reverse)\b",
        "a prank planned with it": r"\b(prank|april fools|trick|wind dad up)\b",
        "an impression of someone saying it":
            r"\b(impression|impersonate|like the queen|accent|doing dad|posh voice)\b",
        "someone saying it in their sleep": r"\b(sleep|asleep)\b",
        "learning it in a language class":
            r"\b(class|teacher|learning|vocabulary|phrasebook)\b",
        "telling someone to stop saying it":
            r"\b(stop saying|quit|give .* a rest|enough with|stop repeating|no more saying)\b",
        "asking when it was set up": r"\b(when|how long|what date|set up last year)\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, t) for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_too():
    # (people and pets named with everyday words: "ring bill", "ring dawn", "feed pebble")
    common = {"bill", "dawn", "grant", "mercy", "amber", "ivy", "carol", "noodle", "pebble",
              "sprout", "rowan", "skye"}
    assert common <= NAMES
    phrases = {p for routines in TWENTYEIGHTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring bill", "ring dawn", "ring grant", "message mercy", "feed pebble",
            "feed sprout", "feed noodle"} <= phrases


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, TWENTYEIGHTH_ROUTINES, ("on", "ferret", "tortoise", "pig"),
        hours="five|six|seven|eight|nine")


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed pebble", "Pebble"), ("ring bill", "Bill"),
                     ("pruning", "Pruning"), ("chain grinder on", "Grinder"),
                     ("log store chain grinder on", "Store"),
                     ("book club at eight", "Book club")])
    for text in ("you have reached your destination. ring bill",
                 "pruning, the hermit, solitude",
                 "conscience, as in a guilty conscience. chain grinder on",
                 "hey, it's kenny, fancy a pint? pruning",
                 "log store chain grinder on, the gavel falls, a bargain",
                 "the youngest player begins. book club at 8",
                 "ring bill, prepare for the ultimate showdown",
                 "hi, it's val, your godmother, ring bill, checking in",
                 "no sneaky glances at the deck. pruning, the chariot, victory",
                 "hi it's val your godmother ring bill checking in",
                 "the youngest player begins, chain grinder on",
                 "pruning signalling problems near wigan"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring bill", "ring bill", "Bill", taught.phrases)
    assert not LABELS.noisy_ok("ring gavin", "ring bill", "Bill", taught.phrases)
    for text in ("is there a routine called feed pebble",
                 "next door's speaker keeps shouting pruning through the wall",
                 "what's an anagram of chain grinder on", "say ring bill backwards",
                 "as a prank we'll whisper feed pebble behind the sofa",
                 "do your impression of grandma saying pruning",
                 "you mumbled ring bill in your sleep last night",
                 "in my english class we learnt the phrase feed pebble",
                 "stop saying pruning every five minutes",
                 "when did we first set up ring bill",
                 "recalculating, recalculating. say feed pebble backwards",
                 "recalculating recalculating say feed pebble backwards",
                 "chain grinder off", "book club at nine"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring rowan") == ["ring rowen", "ring roan"]
    assert name_spelt("tell skye her bus is here") == ["tell sky her bus is here"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text frankie about the saturday wedding", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "hi, it's val, your godmother, checking in. {}", "ring dawn")
    assert not blind.fits(SET, "you have reached your destination. {}", "lock the kit trailer")
    assert not blind.fits(SET, "{}, the gavel falls, a bargain", "message mercy")
    assert not blind.fits(SET, "{}, the hermit, solitude", "has the wheat paste set")
    assert not blind.fits(SET, "conscience, as in a guilty conscience. {}",
                          "tell ivy her lesson's starting")
    assert not blind.fits(SET, "the youngest player begins. {}", "game time")
    assert not blind.fits(SET, "{}, prepare for the ultimate showdown", "movie night")
    assert not blind.fits(SET, "hey, it's the joiner, about the skirting, then {}",
                          "woodshed heater on")
    assert blind.fits(SET, "the youngest player begins. {}", "ring bill")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Hi, it's val, your godmother, feed pebble, checking in.") == \
        "hi it's val your godmother feed pebble checking in"
    assert unpunctuated("hey, it's kenny, fancy a pint? sprout's cage") == \
        "hey it's kenny fancy a pint sprout's cage"
    assert unpunctuated("a sat-nav: re-routing!") == "a sat nav re routing"
    assert unpunctuated("ring bill") == "ring bill"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("the youngest player begins. ring bill") == \
        "the youngest player begins, ring bill"
    assert paused("hey, it's kenny, fancy a pint? feed pebble") == \
        "hey, it's kenny, fancy a pint, feed pebble"
    assert paused("no sneaky glances at the deck. ring bill, the fool, beginnings") == \
        "no sneaky glances at the deck, ring bill, the fool, beginnings"
    assert paused("ring bill, the hermit, solitude") == "ring bill, the hermit, solitude"
    assert paused("is the goatskin delivery here?") == "is the goatskin delivery here?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_to_last_a_while(homes):
    from _resolver_ninth import dataset_rows

    rows = {checks.words(f.format(*own)) for f, _k, own, _s, _i in dataset_rows()}
    lengths = Counter()
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert kinds["real request, shares a word"] == 160 and kinds["real request"] == 40
        for case in home.cases:
            if case.kind in checks.REAL:
                said = checks.words(case.utterance)
                assert how_long(said) and could_say(said), case
                length = next(w for w in HOW_LONG if said.endswith(f" {checks.words(w)}"))
                row = said[: -len(checks.words(length)) - 1]
                assert row in rows and row.split()[0] not in ASKING, case
                assert not set(row.split()) & TIMED, case
                lengths[length] += 1
    assert len(lengths) == len(HOW_LONG), lengths


def test_a_row_is_said_to_last_a_while():
    rows = [("Turn on the {}", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} like", ("place",), ("garden",), "slurp", "query"),
            ("set the {} for seven", ("device",), ("alarm",), "slurp", "set"),
            ("turn the {} off in an hour", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} to 20", ("device",), ("lights",), "slurp", "dim")]
    said = [t for t, _ in zip(for_a_while(rows, random.Random(1)), range(60), strict=False)]
    assert all(t.startswith("turn on the lamp") for t in said)
    assert {t[len("turn on the lamp"):].lstrip(", ") for t in said} == set(HOW_LONG)
    assert {t[len("turn on the lamp")] for t in said} == {",", " "}
    assert all(how_long(checks.words(t)) for t in said)
    assert not how_long("turn on the lamp") and not how_long("for a bit")
    assert list(for_a_while([], random.Random(1))) == []


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the grinder off") and not could_say("switch the lamp off")
    assert could_say("switch the lamp off for a bit")


def test_the_benchmark_reports_the_twentyeighth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Pebble", ("a tarot card turned over, said after",
                                                   "in the middle of a voicemail played on "
                                                   "speaker"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Pebble", "an anagram of it", "asking for it backwards")
