"""The forty-eighth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortyeighth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker stops laughing that no
other split uses. Half of the cases said beside a clause are there
again as a recogniser without punctuation writes them, and a quarter of the in-scope
ones whose clause ends a sentence again with that sentence end written as a comma,
under kinds of their own, with the very same words. Only the data is checked here: the
set is run once, by the lead, on the final resolver, and no test here asks the resolver
anything. The earlier sets' kinds, homes and words are read from their own modules
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
from _resolver_fortyeighth import (  # noqa: E402
    ASKING,
    CLAUSES,
    GIGGLING,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    giggled,
    laughed,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
)
from _resolver_fortyeighth_labels import LABELS  # noqa: E402
from _resolver_fortyeighth_text import (  # noqa: E402
    FORTYEIGHTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fortyeighth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
forty-seventh)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the forty-eighth set's real sentences are rows of "
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
    assert {"a pilot's pre-flight checklist read aloud, said first",
            "a croquet game on the lawn, said after",
            "in the middle of a pilot's pre-flight checklist",
            "between a conductor's call and a croquet call",
            "a scat singer on the radio, said first",
            "a yacht named it", "a ferret named it",
            "calling the pigs in for their swill, said first",
            "an untaught request joined to it by plus", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a co-driver's pace notes, which go on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a rally co-driver's pace notes on the telly, said first",
                             "in the middle of a rally co-driver's pace notes")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a rally co-driver's pace notes on the telly, said first":
            r"\b(acute|crest|unwinds|esses|yump|bumpy|braking|tightens|cambered|kinks|"
            r"caution|ruts|cut)\b",
        "a beatboxer practising, said first":
            r"\b(bmtsskat|kachunkatss|tktkpuhtss|bmmpakah|psshkaboom|boomtsss|kpfftbm|"
            r"dumtschak|brrrtskitt)\b",
        "calling the rabbits back into their hutch, said first":
            r"\b(bunnykins|flopsies|nibblers|hoppers|lopsies|thumpers|rabbity|dutchies)\b",
        "a toastmaster at a dinner, said first":
            r"\b(upstanding|goblets|excellencies|worships|diners)\b",
        "a discus commentator on the telly, said after":
            r"\b(discus|hurl|wayward)\b",
        "a game of tiddlywinks at the table, said after":
            r"\b(squopped|squidge|squop|boondock|squidged|nurdle|wink's)\b",
        "a remark on a squirrel at the bird feeder, said after":
            r"\b(squirrel|squirrel's|he's|acrobat)\b",
        "a game of quoits at the fete, said after":
            r"\b(leaner|quoit's|wobbler|clanger|quoit|quoits)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a beatbox is one word the speaker's languages lack, or it said twice; a
    # co-driver's pace notes read two calls; a toastmaster calls out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a beatboxer practising, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1
               for t in kinds["a rally co-driver's pace notes on the telly, said first"])
    assert any("! {}" in t for t in kinds["a toastmaster at a dinner, said first"])
    # (the between kind says a toastmaster's call first and a quoits call after; every
    # kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a toastmaster at a dinner, said first",
        "a game of quoits at the fete, said after",
        "between a toastmaster's call and a quoits call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give cuddli a ring", "cocoa conche on", "how many bells are tuned",
                   "tempering", "bendi's cricket at four", "chunki's rugby at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a goldfish named it": r"\bgoldfish\b",
        "a square dance called it": r"\bsquare dance\b",
        "a carnival float named it": r"\bcarnival float\b",
        "written on a luggage label": r"\bluggage label\b",
        "sprayed on a builder's skip": r"\bskip\b",
        "printed on a raffle ticket": r"\braffle tickets?\b",
        "asking a park ranger about a trail called it": r"\branger\b",
        "the retiring postmaster's farewell speech quoting it": r"\bretiring postmaster('s)?\b",
        "forbidden by the tenancy agreement": r"\btenancy agreement\b",
        "an untaught request joined to it by as well as": r"\bas well as\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("trail" in t for t in
               OWN_TEMPLATES["asking a park ranger about a trail called it"])
    assert all("write" in t or "wrote" in t or "written" in t
               for t in OWN_TEMPLATES["written on a luggage label"])
    assert all("spray" in t for t in OWN_TEMPLATES["sprayed on a builder's skip"])
    assert all("print" in t for t in OWN_TEMPLATES["printed on a raffle ticket"])
    assert all("speech" in t for t in
               OWN_TEMPLATES["the retiring postmaster's farewell speech quoting it"])
    # (the other request is one no routine of any home or pool has, said whole)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYEIGHTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    for template in OWN_TEMPLATES["an untaught request joined to it by as well as"]:
        other = template.replace("{p}", "").replace(",", " ").replace(" as well as ", " ")
        other = other.split()
        assert other[0] not in pool, template


def test_no_out_of_scope_template_says_a_word_only_a_clause_says():
    # (a clause's words are struck wherever they are said: a template with one would
    # lose it)
    said = {w for ts in KIND_TEMPLATES.values() for t in [*ts] for w in
            re.findall(r"[a-z0-9']+", t.replace("{p}", " ").replace("{w}", " ")
                       .replace("{a}", " ").replace("{b}", " "))}
    said |= {w for t in NEAR_MISS_TEMPLATES for w in re.findall(r"[a-z']+", t)}
    assert not said & WRAPPER_WORDS, sorted(said & WRAPPER_WORDS)


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named after a saddle's fitting, a chocolate's filling or icing,
    # or a bell's part or metal that another phrase of the home says as a word, "feed
    # stirrup" beside "polish the stirrup irons"; or with names a recogniser writes as
    # another word, "dandi" as "dandy" beside "clean the dandy brush")
    saddle = {"stirrup", "buckle"}
    chocolate = {"praline", "fondant"}
    bell = {"clapper", "bronze"}
    sounding = {"dandi", "comfi", "bendi", "cuddli", "nutti", "milki", "fruiti", "fizzi",
                "tinni", "smoki", "shini", "chunki"}
    assert saddle | chocolate | bell | sounding <= NAMES
    phrases = {p for routines in FORTYEIGHTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed stirrup", "polish the stirrup irons", "brush buckle",
            "mend the brass buckle", "feed praline", "pipe the praline filling",
            "brush fondant", "ice the fondant fancies", "feed clapper",
            "fit the new clapper", "brush bronze", "stack the bronze ingots",
            "ring dandi", "clean the dandy brush", "drop comfi a line",
            "plump the comfy cushions", "give bendi a ring", "buy more bendy straws",
            "give cuddli a ring", "wash the cuddly toys", "ring nutti",
            "roast the nutty granola", "drop milki a line", "temper the milky couverture",
            "give fruiti a ring", "box the fruity truffles", "give fizzi a bell",
            "chill the fizzy water", "ring tinni", "hang the tinny wind chimes",
            "drop smoki a line", "buy the smoky bacon crisps", "give shini a ring",
            "polish the shiny brasses", "give chunki a ring", "knit the chunky jumper",
            "message comfi and cuddli", "message milki and fruiti",
            "message smoki and shini"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"dandy", "comfy", "bendy", "cuddly", "nutty", "milky", "fruity", "fizzy",
                  "tinny", "smoky", "shiny", "chunky"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (saddle | chocolate | bell) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (saddle | chocolate | bell | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTYEIGHTH_ROUTINES, ("siamese", "mouser", "calico"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed stirrup", "Stirrup"), ("give cuddli a ring", "Cuddli"),
                     ("stitching", "Stitching"), ("stitcher on", "Stitcher"),
                     ("harness stitcher on", "Harness stitcher"),
                     ("bendi's cricket at four", "Cricket")])
    for text in ("bmtsskat! give cuddli a ring",
                 "stitching, a nurdle",
                 "acute left, over crest. stitcher on",
                 "bunnykins, bunnykins! stitching",
                 "harness stitcher on, the discus sails",
                 "be upstanding, your excellencies! feed stirrup",
                 "give cuddli a ring, a leaner",
                 "acute left, give cuddli a ring, over crest",
                 "your worships, be upstanding! stitching, a leaner",
                 "acute left give cuddli a ring over crest",
                 "feed stirrup, ooh, a squirrel on the birdfeeder",
                 "stitching squopped"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give cuddly a ring", "give cuddli a ring", "Cuddli",
                           taught.phrases)
    assert not LABELS.noisy_ok("give muddli a ring", "give cuddli a ring", "Cuddli",
                               taught.phrases)
    for text in ("our goldfish is named feed stirrup",
                 "there's a square dance named stitching",
                 "the brownies named their carnival float give cuddli a ring",
                 "someone wrote stitcher on on a luggage label",
                 "some lads sprayed feed stirrup on a builder's skip",
                 "stitching is printed on the raffle ticket",
                 "we asked the park ranger about a trail called give cuddli a ring",
                 "the retiring postmaster finished his farewell speech with harness "
                 "stitcher on",
                 "under the tenancy agreement i'm not allowed to feed stirrup",
                 "feed stirrup as well as descale the shower head",
                 "bmtsskat! our goldfish is named feed stirrup",
                 "bmtsskat our goldfish is named feed stirrup",
                 "stitcher off", "bendi's cricket at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring dandi") == ["ring dandy"]
    assert name_spelt("drop comfi a line") == ["drop comfy a line"]
    assert set(name_spelt("message milki and fruiti")) >= {
        "message milky and fruiti", "message milki and fruity"}
    assert name_spelt("polish the stirrup irons") == []  # (a saddle's fitting, not the name)
    assert name_spelt("fit the new clapper") == [] and name_spelt("brush bronze") == []
    assert name_spelt("text tinni about the tuning fork") == [
        "text tinny about the tuning fork"]
    assert name_spelt("shini's fencing at six") == ["shiny's fencing at six"]
    assert name_spelt("chill the fizzy water") == [] and name_spelt("wash the cuddly toys") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text milki about the easter egg hunt", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "be upstanding, your excellencies! {}", "give cuddli a ring")
    assert not blind.fits(SET, "acute left, over crest. {}", "bendi's cricket at four")
    assert not blind.fits(SET, "bunnykins, bunnykins! {}", "feed stirrup")
    assert not blind.fits(SET, "bmtsskat! {}", "chunki's rugby at seven")
    assert not blind.fits(SET, "{}, the discus sails", "stack the bronze ingots")
    assert not blind.fits(SET, "{}, squopped", "send comfi a text")
    assert not blind.fits(SET, "{}, ooh, a squirrel on the birdfeeder", "roast the nutty granola")
    assert not blind.fits(SET, "{}, a leaner", "polish the stirrup irons")
    assert not blind.fits(SET, "{}, a leaner", "how many bells are tuned")
    assert blind.fits(SET, "{}, a nurdle", "mop the harness room")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Kachunkatss! Feed stirrup, a leaner.") == "kachunkatss feed stirrup a leaner"
    assert unpunctuated("acute left, co-driver. shini's fencing at six") == \
        "acute left co driver shini's fencing at six"
    assert unpunctuated("give cuddli a ring") == "give cuddli a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("esteemed diners, goblets upraised. ring dandi") == \
        "esteemed diners, goblets upraised, ring dandi"
    assert paused("bunnykins, bunnykins! feed stirrup") == "bunnykins, bunnykins, feed stirrup"
    assert paused("be upstanding, your excellencies! ring dandi, a leaner") == \
        "be upstanding, your excellencies, ring dandi, a leaner"
    assert paused("ring dandi, a nurdle!") == "ring dandi, a nurdle!"
    assert paused("how many bells are tuned?") == "how many bells are tuned?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_stops_laughing(homes):
    checks.check_real_requests(homes, GIGGLING, laughed, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_speaker_stops_laughing():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("hee hee the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(giggled, laughed, GIGGLING, rows, first=True)
    assert not laughed(checks.words("hee hee, stop it"))


def test_what_a_giggling_speaker_says_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYEIGHTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in GIGGLING for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the crucible off") and not could_say("switch the lamp off")
    assert could_say("hee hee stop it switch the lamp off")


def test_the_benchmark_reports_the_fortyeighth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Stirrup", ("a game of quoits at the fete, said "
                                                    "after",
                                                    "in the middle of a rally co-driver's "
                                                    "pace notes"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Stirrup", "a goldfish named it",
                                    "a square dance called it")
