"""The twenty-ninth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_twentyninth.py) is well formed, and its labels hold: every kind
is in every home, no utterance carries two labels, in-scope cases keep every content
word of their phrase and say no other routine's (a misheard one passes the noisy guard
beside a clause, a name written as it sounds is one of the name's listed homophones),
wrapped ones say their phrase exactly beside a clause of everyday household speech
whose kind, frame and distinctive words no earlier set has and none of whose words is a
word of a routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a
request for the same thing), the new out-of-scope kinds say the phrase in words the
labels keep, and its dataset sentences are rows said as one more thing that no other
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
from _resolver_twentyninth import (  # noqa: E402
    ADDED,
    CLAUSES,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    ONE_MORE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    added,
    could_say,
    misheard,
    name_spelt,
    one_more_thing,
    paused,
    unpunctuated,
)
from _resolver_twentyninth_labels import LABELS  # noqa: E402
from _resolver_twentyninth_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAMES,
    TWENTYNINTH_ROUTINES,
    WRAPPERS,
)

NAME = "twentyninth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
twenty-eighth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the twentyninth set's real sentences are rows of "
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
    "hi", "hey", "its", "near", "ugh", "above", "ahead", "another", "before", "behind",
    "first", "just", "more", "most", "must", "next", "now", "or", "our", "own", "i've",
    "their", "under", "will", "second", "third", "sorry", "soon", "forward", "take",
    "through", "yourself",
}
"""Words a clause of this set may share with an earlier set's wrappers: function words
("after", "by", "into", "once", "then", "above", "behind", "through"), pronouns and their
contractions, number words and ordinals ("second", "third"), forms of "be", "have", "do"
and "say", the commonest verbs ("go", "got", "know", "see", "stop", "take"), greetings,
fillers and mild interjections ("hi", "hey", "hmm", "ugh", "cheers", "sorry"), and the
joins ("and", "so", "till")."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes(NAME, tuple(SEEDS))  # (built once per run)


def test_every_in_scope_and_new_out_of_scope_kind_is_one_no_earlier_set_has():
    # (that none of the set's kinds is one of them is tests/test_resolver_blind_sets.py's
    # test_the_sets_own_kinds_are_ones_no_earlier_set_has; here, that they are read)
    earlier = checks.earlier_kinds(EARLIER)
    assert {"a sat-nav instruction, said first", "asking whether it exists",
            "a tarot card turned over, said after", "an anagram of it",
            "a shipping forecast heard on the radio, said first", "a title with it in",
            "comparison", "conditional for later", "video call",
            "a label read aloud, said first"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_safety_video():
    # (the phrase breaks into a safety video, which goes on after it; the stretch before
    # it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "an airline safety video, said first",
                             "in the middle of an airline safety video")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    assert all(re.search(r"\b(package|maisonette|surname|doorbell|dented|addressed|courier"
                         r"|delivery)\b", s)
               for s in said["a delivery driver at the door, said first"])
    assert all(re.search(r"\b(bagging|approval|loyalty|banknotes|carrier|receipt"
                         r"|transaction)\b", s)
               for s in said["a self-checkout voice, said first"])
    assert all(re.search(r"\b(elevator|floor|capacity|basement|mezzanine|ascending)\b", s)
               for s in said["a lift announcement, said first"])
    assert all(re.search(r"\b(ditching|cabin|seatbelt|safety|takeoff|emergency|evacuation"
                         r"|brace)\b", s)
               for s in said["an airline safety video, said first"])
    assert all(re.search(r"\b(promo|sponsored|sponsors|conditions|mattresses|subscribers"
                         r"|listeners|website)\b", s)
               for s in said["a podcast host reading an advert, said after"])
    assert all(re.search(r"\b(downpours|mist|drizzle|wintry|blustery|humid|thunder"
                         r"|sleet)\b", s)
               for s in said["a weather forecast on the radio, said after"])
    assert all(re.search(r"\b(objection|sustained|courtroom|defence|witness|jury"
                         r"|acquitted)\b", s)
               for s in said["a courtroom drama on the telly, said after"])
    assert all(re.search(r"\b(tapestry|brushwork|sarcophagus|sculpture|bust|symbol"
                         r"|mummified|dinosaur)\b", s)
               for s in said["a museum audio guide, said after"])
    # (the between kind says a checkout's line first and a podcast advert after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a self-checkout voice, said first",
        "a podcast host reading an advert, said after",
        "between a self-checkout voice and a podcast advert", marks="?")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring rich", "paint booth fume extractor on",
                   "is the brine salty enough", "shoeing",
                   "pony club at ten", "sandy's archery at eleven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "quoting it while complaining about the assistant":
            r"\b(you|nothing happens)\b",
        "written on the shopping list by mistake": r"\b(shopping|grocery|supermarket) list\b",
        "a counterfactual about the past": r"\b(if only|if i'd|had we|if .* had|if we'd)\b",
        "asking about someone else's home":
            r"\b(sister's|auntie|neighbours|grandpa's|brother|next door)\b",
        "wanted in the next house after a move":
            r"\b(move|moved|next house|new house|buying)\b",
        "a riddle with it as the answer": r"\b(riddle|what has no legs)\b",
        "an argument about it at dinner":
            r"\b(argued|fell out|rowed|row|debate|agree)\b",
        "a tattoo of it": r"\b(tattoo|tattooed|tattooist|inked)\b",
        "a bet about it": r"\b(bet|wager)\b",
        "a family vote on it": r"\b(vote|voted|hands up|a say)\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, t) for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named with everyday words, "ring rich", "message faith", "feed
    # crumble", or with words that sound like others: "reed" as "read", "sue" as "sew")
    common = {"basil", "faith", "poppy", "crumble", "lance", "rich", "summer", "chase",
              "patience", "fidget", "hunter", "brook", "sandy", "art", "norm", "conker"}
    assert common <= NAMES and {"reed", "sue"} <= NAMES
    phrases = {p for routines in TWENTYNINTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring rich", "ring lance", "ring norm", "message faith", "message sue",
            "message brook", "feed crumble", "feed fidget", "feed conker",
            "ring patience", "tell reed his taxi is waiting"} <= phrases


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(SET, TWENTYNINTH_ROUTINES, ("on", "goat", "rabbit", "pony"))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed crumble", "Crumble"), ("ring rich", "Rich"),
                     ("shoeing", "Shoeing"), ("fume extractor on", "Extractor"),
                     ("paint booth fume extractor on", "Booth"),
                     ("pony club at ten", "Pony club")])
    for text in ("couldn't find the doorbell or knocker. ring rich",
                 "shoeing, the defence rests",
                 "unexpected object in the bagging area. fume extractor on",
                 "did you bring your own carrier? shoeing",
                 "paint booth fume extractor on, terms and conditions apply",
                 "maximum capacity exceeded. pony club at 10",
                 "ring rich, objection, your honour",
                 "should the cabin lose pressure, ring rich, oxygen will flow from the panel "
                 "overhead",
                 "scan your loyalty barcode. shoeing, subscribers get a complimentary sample",
                 "should the cabin lose pressure ring rich oxygen will flow from the panel "
                 "overhead",
                 "maximum capacity exceeded, fume extractor on",
                 "shoeing drizzle clearing from the west"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring rich", "ring rich", "Rich", taught.phrases)
    assert not LABELS.noisy_ok("ring richard", "ring rich", "Rich", taught.phrases)
    for text in ("i said feed crumble and you just beeped at me",
                 "why is shoeing on the shopping list",
                 "if only we'd had fume extractor on last winter",
                 "does my sister's house have ring rich as well",
                 "the next house definitely needs shoeing",
                 "riddle me this, the answer is feed crumble",
                 "the whole table fell out over ring rich",
                 "imagine getting feed crumble as a tattoo",
                 "i lost a bet over shoeing", "let's put ring rich to a family vote",
                 "maximum capacity exceeded. imagine getting feed crumble as a tattoo",
                 "maximum capacity exceeded imagine getting feed crumble as a tattoo",
                 "fume extractor off", "pony club at nine"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring patience") == ["ring patients"]
    assert name_spelt("message sue and summer") == ["message sioux and summer",
                                                    "message soo and summer",
                                                    "message sue and sommer"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text patience about the marionette commission", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "couldn't find the doorbell or knocker. {}", "ring lance")
    assert not blind.fits(SET, "elevator arriving, lower ground floor. {}",
                          "lock the tack room")
    assert not blind.fits(SET, "{}, objection, your honour", "message brook")
    assert not blind.fits(SET, "{}, scattered downpours spreading eastwards",
                          "how icy is the yard")
    assert not blind.fits(SET, "{}, scattered downpours spreading eastwards",
                          "stable heater on")
    assert not blind.fits(SET, "scan your loyalty barcode. {}", "order more felt squares")
    assert not blind.fits(SET, "{}, terms and conditions apply", "movie night")
    assert not blind.fits(SET, "should the cabin lose pressure, {}, oxygen will flow from "
                          "the panel overhead", "fan on")
    assert not blind.fits(SET, "{}, this tapestry is from the tudor era",
                          "measure the cracked hoof")
    assert blind.fits(SET, "maximum capacity exceeded. {}", "ring rich")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Should the cabin lose pressure, feed fidget, oxygen will flow.") == \
        "should the cabin lose pressure feed fidget oxygen will flow"
    assert unpunctuated("did you bring your own carrier? conker's rug") == \
        "did you bring your own carrier conker's rug"
    assert unpunctuated("a self-checkout: re-scan!") == "a self checkout re scan"
    assert unpunctuated("ring rich") == "ring rich"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("maximum capacity exceeded. ring rich") == \
        "maximum capacity exceeded, ring rich"
    assert paused("did you bring your own carrier? feed conker") == \
        "did you bring your own carrier, feed conker"
    assert paused("scan your loyalty barcode. ring rich, browse our website") == \
        "scan your loyalty barcode, ring rich, browse our website"
    assert paused("ring rich, the defence rests") == "ring rich, the defence rests"
    assert paused("is the brine salty enough?") == "is the brine salty enough?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_one_more_thing(homes):
    from _resolver_ninth import dataset_rows

    rows = {checks.words(f.format(*own)) for f, _k, own, _s, _i in dataset_rows()}
    firsts = Counter()
    for home in homes.values():
        kinds = Counter(c.kind for c in home.cases)
        assert kinds["real request, shares a word"] == 160 and kinds["real request"] == 40
        for case in home.cases:
            if case.kind in checks.REAL:
                said = checks.words(case.utterance)
                assert added(said) and could_say(said), case
                first = next(w for w in ONE_MORE if said.startswith(f"{checks.words(w)} "))
                row = said[len(checks.words(first)) + 1:]
                assert row in rows, case
                assert row.split()[0] not in ADDED and row.split()[-1] not in ADDED, case
                firsts[first] += 1
    assert len(firsts) == len(ONE_MORE), firsts


def test_a_row_is_said_as_one_more_thing():
    rows = [("Turn on the {}", ("device",), ("lamp",), "hwu64", "on"),
            ("and also the {}", ("device",), ("fan",), "slurp", "on"),
            ("{} off", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} too", ("device",), ("lights",), "slurp", "dim")]
    said = [t for t, _ in zip(one_more_thing(rows, random.Random(1)), range(60),
                              strict=False)]
    assert all(t.endswith("turn on the lamp") for t in said)
    assert {t[: -len(" turn on the lamp")].rstrip(",") for t in said} == set(ONE_MORE)
    assert {t[-len(" turn on the lamp") - 1] for t in said} >= {","}
    assert any(not t[: -len(" turn on the lamp")].endswith(",") for t in said)
    assert all(added(checks.words(t)) for t in said)
    assert not added("turn on the lamp") and not added("one more thing")
    assert list(one_more_thing([], random.Random(1))) == []


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the blower off") and not could_say("switch the lamp off")
    assert could_say("one more thing switch the lamp off")


def test_the_benchmark_reports_the_twentyninth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Conker", ("a museum audio guide, said after",
                                                   "in the middle of an airline safety "
                                                   "video"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Conker", "a tattoo of it", "a bet about it")
