"""The thirty-fourth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtyfourth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said after the leave the speaker was given for them that
no other split uses. Half of the cases said beside a clause are there again as a
recogniser without punctuation writes them, and a quarter of the in-scope ones whose
clause ends a sentence again with that sentence end written as a comma, under kinds of
their own, with the very same words. Only the data is checked here: the set is run once,
by the lead, on the final resolver, and no test here asks the resolver anything. The
earlier sets' kinds, homes and words are read from their own modules
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
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _blind_set_checks as checks  # noqa: E402
import _blind_set_order as order  # noqa: E402
import _resolver_blind as blind  # noqa: E402
from _resolver_data import DATASETS  # noqa: E402
from _resolver_thirtyfourth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    LEAVE,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    with_leave,
    with_leave_before,
)
from _resolver_thirtyfourth_labels import LABELS  # noqa: E402
from _resolver_thirtyfourth_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    THIRTYFOURTH_ROUTINES,
    WRAPPERS,
)

NAME = "thirtyfourth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirty-third)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirty-fourth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = checks.shared_words(NAME)
"""Words a clause of this set may share with an earlier set's wrappers (this set's
entry of _blind_set_checks.SHARED_WORDS_ADDED and those of the sets before it)."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes(NAME, tuple(SEEDS))  # (built once per run)


def test_every_in_scope_and_new_out_of_scope_kind_is_one_no_earlier_set_has():
    # (that none of the set's kinds is one of them is tests/test_resolver_blind_sets.py's
    # test_the_sets_own_kinds_are_ones_no_earlier_set_has; here, that they are read)
    earlier = checks.earlier_kinds(EARLIER)
    assert {"a workout video instructor, said first", "a tennis umpire on the telly, said first",
            "a weather forecast on the radio, said after", "written in a birthday card",
            "a delivery driver at the door, said first", "a word played at scrabble",
            "a podcast host reading an advert, said after", "a title with it in",
            "a board game's rules read aloud, said first", "a fridge magnet saying it",
            "a smoke alarm test announced in the block, said first", "comparison",
            "a self-checkout voice, said first", "asking about someone else's home",
            "quoting it while complaining about the assistant", "countdown",
            "written on the shopping list by mistake", "asking how it is spelt",
            "a label read aloud, said first", "a christmas cracker joke's punchline",
            "a slogan on a t-shirt", "a sign that says it"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a DIY tutorial's line, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a DIY tutorial video, said first",
                             "in the middle of a DIY tutorial video's line")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a bingo caller on the radio, said first":
            r"\b(droopy|heinz|pompey|mix|drum|vim|unlucky|nelson's)\b",
        "a boxing ring announcer on the telly, said first":
            r"\b(hailing|welterweight|southpaw|gumshields|trunks|middleweight|ringside"
            r"|scorecards)\b",
        "the children's walkie-talkie game, said first":
            r"\b(over|acknowledge|reply|reporting|secured|codename)\b",
        "a DIY tutorial video, said first":
            r"\b(countersink|plasterboard|grout|architrave|dowels|plaster|mortise|jamb)\b",
        "a traffic report on the radio, said after":
            r"\b(tailbacks|jackknifed|contraflow|northbound|resurfacing|gridlock|underpass"
            r"|diversions)\b",
        "a golf commentator on the telly, said after":
            r"\b(putt|bunker|birdie|backswing|fairway|dogleg|caddie|bogey)\b",
        "a game show host on the telly, said after":
            r"\b(buzzers|jackpot's|quickfire|victor|consolation|podium|conferring|stick)\b",
        "a football manager's press conference on the radio, said after":
            r"\b(lads|signings|fixture|rotation|regroup|relegation|gaffer's|playoffs)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a bingo call is short, and one of the announcer's lines is an exclamation)
    assert all(len(s.split()) <= 4 for s in said["a bingo caller on the radio, said first"])
    assert any("! {}" in t for t in kinds["a boxing ring announcer on the telly, said first"])
    # (the between kind says a bingo call first and a traffic report's line after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a bingo caller on the radio, said first",
        "a traffic report on the radio, said after",
        "between a bingo call and a traffic report", marks="?!", between_marks="?")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring bob", "signal box heater on",
                   "are the guppies spawning", "aquascaping",
                   "faye's netball at six", "mason's cricket at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "printed on a mug": r"\bmug\b",
        "an epitaph on a headstone": r"\b(headstone|epitaph)\b",
        "a knock-knock joke": r"\bknock knock\b",
        "a spam email's subject line": r"\b(spam|phishing|scam)\b.*\b(subject|titled|called)\b"
                                       r"|\bsubject line\b.*\b(spam|scam)\b",
        "a card drawn in a board game": r"\bcard\b.*\bboard game\b|\bboard game\b.*\bcard\b"
                                        r"|\bcommunity chest card\b",
        "a desk calendar's quote of the day": r"\bcalendar\b",
        "an escape room clue": r"\bescape room\b",
        "an online review quoting it": r"\breview\b",
        "a speech therapy exercise": r"\bspeech therap",
        "a word at a spelling bee": r"\bspelling bee\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named with everyday words, "ring bob", "feed
    # points" beside "oil the points", "ring honey" beside "order more heather honey",
    # or with words that sound like others: "mary" as "merry", "gill" as "jill")
    common = {"bob", "cam", "points", "gill", "coral", "fluke", "honey", "earl",
              "jade", "mason", "scone", "sherry"}
    sounding = {"mary", "gill", "sol", "kane", "faye", "les", "eddie", "sherry", "coral", "earl"}
    assert common | sounding <= NAMES
    phrases = {p for routines in THIRTYFOURTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring bob", "ring les", "ring gill", "ring eddie", "ring honey", "ring sherry",
            "message mary", "message sol", "message earl", "feed points", "feed fluke",
            "feed scone", "oil the points", "top up the coral sand",
            "order more heather honey", "order more earl grey",
            "are the scones cooling"} <= phrases
    assert {"merry", "jill", "sole", "cane", "fay", "less", "eddy", "sherri", "choral"} <= {
        o for others in NAME_SPELLINGS.values() for o in others}


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, THIRTYFOURTH_ROUTINES, ("on", "collie", "moggy", "terrier"),
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed points", "Points"), ("ring bob", "Bob"),
                     ("trainspotting", "Trainspotting"), ("box heater on", "Box"),
                     ("signal box heater on", "Signal"),
                     ("cam's cubs at seven", "Cubs")])
    for text in ("countersink the pilot hole, tighten the screw flush. ring bob",
                 "trainspotting, he's holed the putt",
                 "droopy drawers. box heater on",
                 "badger to burrow, over. trainspotting",
                 "signal box heater on, credit to the lads",
                 "codename pigeon, oh and cam's cubs at 7",
                 "ring bob, tailbacks beyond the gyratory",
                 "countersink the pilot hole, ring bob, tighten the screw flush",
                 "heinz varieties. trainspotting, a jackknifed artic near the interchange",
                 "countersink the pilot hole ring bob tighten the screw flush",
                 "introducing the southpaw contender, box heater on",
                 "trainspotting the jackpot's snowballing"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring bob", "ring bob", "Bob", taught.phrases)
    assert not LABELS.noisy_ok("ring rob", "ring bob", "Bob", taught.phrases)
    for text in ("who buys a mug that says feed points",
                 "the old headstone in the churchyard reads trainspotting",
                 "knock knock, who's there, ring bob",
                 "a spam email came in with the subject box heater on",
                 "the community chest card just said feed points",
                 "today's page on the desk calendar says trainspotting",
                 "the escape room clue was ring bob",
                 "a one star review online just says feed points",
                 "his speech therapy sheet says to practise ring bob",
                 "she had to spell trainspotting at the spelling bee",
                 "droopy drawers. the escape room clue was feed points",
                 "droopy drawers the escape room clue was feed points",
                 "box heater off", "cam's cubs at eight"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring gill") == ["ring jill"]
    assert name_spelt("message sol and coral") == ["message sole and coral",
                                                    "message soul and coral",
                                                    "message sol and choral"]
    assert name_spelt("ring bob") == [] and name_spelt("oil the points") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text eddie about the fish club raffle", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "droopy drawers. {}", "faye's netball at six")
    assert not blind.fits(SET, "introducing the southpaw contender. {}", "ring bob")
    assert not blind.fits(SET, "badger to burrow, over. {}", "crossing camera on")
    assert not blind.fits(SET, "score the plasterboard, bevel it smoothly. {}", "oil the points")
    assert not blind.fits(SET, "{}, tailbacks beyond the gyratory", "grit the level crossing")
    assert not blind.fits(SET, "{}, he's holed the putt", "top up the coral sand")
    assert not blind.fits(SET, "{}, the jackpot's snowballing", "pay the ground rent")
    assert not blind.fits(SET, "{}, credit to the lads", "kane's karate at eight")
    assert not blind.fits(SET, "{}, credit to the lads", "message mary")
    assert not blind.fits(SET, "{}, a delightful birdie", "are the guppies spawning")
    assert blind.fits(SET, "{}, he's holed the putt", "ring bob")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Droopy drawers. Feed scone, credit to the lads.") == \
        "droopy drawers feed scone credit to the lads"
    assert unpunctuated("undisputed middleweight sensation! scone's bed") == \
        "undisputed middleweight sensation scone's bed"
    assert unpunctuated("a walkie-talkie: re-route!") == "a walkie talkie re route"
    assert unpunctuated("ring bob") == "ring bob"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("droopy drawers. ring bob") == "droopy drawers, ring bob"
    assert paused("undisputed middleweight sensation! feed fluke") == \
        "undisputed middleweight sensation, feed fluke"
    assert paused("unlucky for some. ring bob and, the underpass has reopened") == \
        "unlucky for some, ring bob and, the underpass has reopened"
    assert paused("ring bob, credit to the lads!") == "ring bob, credit to the lads!"
    assert paused("are the guppies spawning?") == "are the guppies spawning?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_after_the_leave_given_for_it(homes):
    checks.check_real_requests(homes, LEAVE, with_leave_before, could_say, ASKING,
                               JOINED, first=True)


def test_a_row_is_said_after_the_leave_given_for_it():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(with_leave, with_leave_before, LEAVE, rows, first=True)
    assert not with_leave_before("dad says i can")


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the aerator off") and not could_say("switch the lamp off")
    assert could_say("mum said it's fine switch the lamp off")


def test_the_benchmark_reports_the_thirtyfourth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Points", ("a golf commentator on the telly, said "
                                                   "after",
                                                   "in the middle of a DIY tutorial video's "
                                                   "line"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Points", "printed on a mug", "an escape room clue")
