"""The thirty-third held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtythird.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said with the way the job was done before asked for after
them that no other split uses. Half of the cases said beside a clause are there again as a
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
from _resolver_thirtythird import (  # noqa: E402
    AS_BEFORE,
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    as_asked_before,
    as_before,
    could_say,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
)
from _resolver_thirtythird_labels import LABELS  # noqa: E402
from _resolver_thirtythird_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    THIRTYTHIRD_ROUTINES,
    WRAPPERS,
)

NAME = "thirtythird"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirty-second)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirty-third set's real sentences are rows of "
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
    assert {"a car's dashboard voice, said first", "a wifi network named it",
            "a smartwatch nudging, said after", "graffiti of it",
            "a weather forecast on the radio, said after", "iced on a cake",
            "a delivery driver at the door, said first", "a tattoo of it",
            "a podcast host reading an advert, said after", "a title with it in",
            "a hairdresser's small talk, said first", "a football chant",
            "a cookery competition judge on the telly, said after", "a fridge magnet saying it",
            "a smoke alarm test announced in the block, said first", "comparison",
            "a self-checkout voice, said first", "asking about someone else's home",
            "quoting it while complaining about the assistant", "countdown",
            "written on the shopping list by mistake", "video call"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a workout instructor's line, which goes on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a workout video instructor, said first",
                             "in the middle of a workout video instructor's line")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a workout video instructor, said first":
            r"\b(quads|crab|kettlebell|glute|squat|scissor|tricep|oblique)\b",
        "a driving theory test app, said first":
            r"\b(hazard|mock|stopping|cyclist's|motorist|pelican|tailgating)\b",
        "a tennis umpire on the telly, said first":
            r"\b(deuce|advantage|serve|hawkeye|racquet|spectators|fault|tiebreak)\b",
        "a stage hypnotist on the telly, said first":
            r"\b(spiral|pendulum|trance|cluck|mesmerised|hypnotised|roused)\b",
        "a horse racing commentary on the radio, said after":
            r"\b(furlong|favourite's|stalls|outsider's|jockey's|grandstand|becher's|odds)\b",
        "a snooker commentator on the telly, said after":
            r"\b(snookered|baulk|positional|doubling|tactical|cannon|respots|frame)\b",
        "a rocket launch livestream, said after":
            r"\b(ignition|liftoff|booster|telemetry|fairing|orbit|thrusters|payload)\b",
        "a vicar's sermon on the radio, said after":
            r"\b(heads|meek|peace|lilies|saith|congregation|trespasses|parishioners)\b",
    }
    for kind, lee in marks.items():
        assert all(re.search(lee, s) for s in said[kind]), kind
    # (a tennis umpire's call is short, and one of the theory app's lines is a question)
    assert all(len(s.split()) <= 6 for s in said["a tennis umpire on the telly, said first"])
    assert any("? {}" in t for t in kinds["a driving theory test app, said first"])
    # (the between kind says an umpire's call first and a launch livestream's line after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a tennis umpire on the telly, said first",
        "a rocket launch livestream, said after",
        "between a tennis umpire's call and a rocket launch livestream", marks="?")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring pete", "kiosk key cutter on",
                   "are the orchids flowering", "repotting",
                   "paige's swimming at seven", "ray's rugby at eleven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "written in a birthday card": r"\bbirthday card\b",
        "engraved on a trophy": r"\b(engraved|engraver)\b.*\btrophy\b|\btrophy\b.*\bengraved\b"
                                r"|\bcup\b.*\bengraved\b",
        "a bumper sticker": r"\bbumper sticker\b",
        "a school motto": r"\bmotto\b",
        "a fancy dress theme": r"\bfancy dress\b",
        "an out-of-office reply": r"\bout of office\b",
        "a message in a bottle": r"\b(message in a bottle|note in the bottle)\b",
        "a word played at scrabble": r"\bscrabble\b",
        "a cartoon character's catchphrase": r"\bcartoon\b.*\bcatchphrase\b"
                                             r"|\bcatchphrase\b.*\bcartoon\b",
        "a christmas cracker joke's punchline": r"\bcracker joke",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, lee in marks.items():
        assert all(re.search(lee, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named with everyday words, "message dawn", "ring guy", "feed
    # moss" beside "mist the sphagnum moss", "feed latch" beside "fit the gate latch", or
    # with words that sound like others: "pete" as "peat", "rose" as "rows")
    common = {"dawn", "miles", "latch", "holly", "lee", "rose", "wade", "moss", "guy",
              "grace", "rob", "summer", "ray", "tango"}
    sounding = {"pete", "paige", "cole", "lynn", "rose", "wade", "ray", "lee", "holly"}
    assert common | sounding <= NAMES
    phrases = {p for routines in THIRTYTHIRD_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring pete", "ring cole", "ring holly", "ring guy", "ring grace", "ring lynn",
            "message dawn", "message lee", "message rob", "feed latch", "feed moss",
            "feed tango", "mist the sphagnum moss", "fit the gate latch",
            "tell wade his trainers are dry"} <= phrases
    assert {"peat", "page", "coal", "rows", "weighed", "rae", "lin", "lea"} <= {
        o for others in NAME_SPELLINGS.values() for o in others}


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(SET, THIRTYTHIRD_ROUTINES, ("on", "lurcher", "tabby", "budgie"))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed latch", "Latch"), ("ring pete", "Pete"),
                     ("locksmithing", "Locksmithing"), ("key cutter on", "Key"),
                     ("kiosk key cutter on", "Kiosk"),
                     ("miles's chess at four", "Chess")])
    for text in ("quads firing, tuck that pelvis. ring pete",
                 "locksmithing, he's snookered himself",
                 "deuce. key cutter on",
                 "hazard perception clip loading. locksmithing",
                 "kiosk key cutter on, we have liftoff",
                 "tiebreak commencing, oh and miles's chess at 4",
                 "ring pete, into the final furlong",
                 "quads firing, ring pete, tuck that pelvis",
                 "advantage kowalski. locksmithing, booster separation confirmed",
                 "quads firing ring pete tuck that pelvis",
                 "stare into the spiral, key cutter on",
                 "locksmithing blessed are the meek"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring pete", "ring pete", "Pete", taught.phrases)
    assert not LABELS.noisy_ok("ring pat", "ring pete", "Pete", taught.phrases)
    for text in ("grandma wrote feed latch in my birthday card",
                 "the bowls trophy is engraved with locksmithing",
                 "he's got a bumper sticker that reads locksmithing",
                 "the school motto is ring pete in latin",
                 "the fancy dress theme for the party is key cutter on",
                 "his out of office reply just says feed latch",
                 "a message in a bottle washed up reading ring pete",
                 "is locksmithing allowed in scrabble",
                 "the cartoon rabbit's catchphrase is feed latch",
                 "the cracker joke said ring pete and nobody laughed",
                 "deuce. is feed latch allowed in scrabble",
                 "deuce is feed latch allowed in scrabble",
                 "key cutter off", "miles's chess at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring pete") == ["ring peat"]
    assert name_spelt("message lee and rose") == ["message lea and rose",
                                                   "message leigh and rose",
                                                   "message lee and rows",
                                                   "message lee and roes"]
    assert name_spelt("ring guy") == [] and name_spelt("fit the gate latch") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text guy about the plant auction", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "quads firing, tuck that pelvis. {}", "ray's rugby at eleven")
    assert not blind.fits(SET, "hazard perception clip loading. {}", "text dawn")
    assert not blind.fits(SET, "deuce. {}", "roll out the shade netting")
    assert not blind.fits(SET, "deuce. {}", "wade's football at eight")
    assert not blind.fits(SET, "track the pendulum. {}", "feed tango")
    assert not blind.fits(SET, "{}, into the final furlong", "pay the kiosk rent")
    assert not blind.fits(SET, "{}, he's snookered himself", "how humid is the hothouse")
    assert not blind.fits(SET, "{}, we have liftoff", "bench grinder on")
    assert not blind.fits(SET, "{}, blessed are the meek", "ring grace")
    assert not blind.fits(SET, "{}, telemetry nominal", "message rob")
    assert blind.fits(SET, "{}, we have liftoff", "ring pete")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Quads firing, feed moss, tuck that pelvis.") == \
        "quads firing feed moss tuck that pelvis"
    assert unpunctuated("which motorist yields at an uncontrolled crossroads? tango's cage") == \
        "which motorist yields at an uncontrolled crossroads tango's cage"
    assert unpunctuated("a key-cutting kiosk: re-route!") == "a key cutting kiosk re route"
    assert unpunctuated("ring pete") == "ring pete"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("deuce. ring pete") == "deuce, ring pete"
    assert paused("which motorist yields at an uncontrolled crossroads? feed moss") == \
        "which motorist yields at an uncontrolled crossroads, feed moss"
    assert paused("tiebreak commencing. ring pete and, throttling the thrusters") == \
        "tiebreak commencing, ring pete and, throttling the thrusters"
    assert paused("ring pete, we have liftoff!") == "ring pete, we have liftoff!"
    assert paused("are the orchids flowering?") == "are the orchids flowering?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_with_the_way_it_was_done_before_after_it(homes):
    checks.check_real_requests(homes, AS_BEFORE, as_asked_before, could_say, ASKING,
                               JOINED, first=False)


def test_a_row_is_said_with_the_way_it_was_done_before_after_it():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(as_before, as_asked_before, AS_BEFORE, rows, first=False)
    assert not as_asked_before("just like before")


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the grinder off") and not could_say("switch the lamp off")
    assert could_say("switch the lamp off like you did yesterday")


def test_the_benchmark_reports_the_thirtythird_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Latch", ("a vicar's sermon on the radio, said after",
                                                  "in the middle of a workout video "
                                                  "instructor's line"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Latch", "a bumper sticker", "a school motto")
