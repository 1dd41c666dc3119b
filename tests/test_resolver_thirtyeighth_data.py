"""The thirty-eighth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtyeighth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said once the speaker has sat down at last that no
other split uses. Half of the cases said beside a clause are there again as a
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
from _resolver_thirtyeighth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SAT_DOWN,
    SEEDS,
    SET,
    could_say,
    misheard,
    name_spelt,
    paused,
    sat_down_before,
    unpunctuated,
    with_feet_up,
)
from _resolver_thirtyeighth_labels import LABELS  # noqa: E402
from _resolver_thirtyeighth_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    THIRTYEIGHTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

NAME = "thirtyeighth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirty-seventh)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirty-eighth set's real sentences are rows of "
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
            "a slogan on a t-shirt", "a sign that says it",
            "a bingo caller on the radio, said first", "a golf commentator on the telly, "
            "said after", "printed on a mug", "a knock-knock joke",
            "a darts commentator on the telly, said first", "a gift tag",
            "in the middle of wedding vows rehearsed", "a banner towed by a plane",
            "a rugby commentator on the telly, said first", "written in the sand",
            "a classical music presenter on the radio, said after",
            "a notification on a phone", "an audiobook narrator, said first",
            "written in a diary", "a yoga pose named it", "a shop's name",
            "in the middle of a job interview answer practised aloud"} <= earlier


def _place(template: str) -> str:
    """Where a clause puts its phrase: "first" when the clause is said first."""
    return {(False, True): "first", (True, False): "after"}.get(
        (template.startswith("{}"), template.endswith("{}")), "between")


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a retirement speech, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a retirement speech rehearsed, said first",
                             "in the middle of a retirement speech rehearsed")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a murder mystery party's script read aloud, said first":
            r"\b(colonel|featherstonehaugh|butler's|arsenic|codicil|heiress|candlestick"
            r"|gazebo)\b",
        "a wrestling commentator on the telly, said first":
            r"\b(suplex|turnbuckle|heel's|piledriver|luchador's|disqualification|armbar"
            r"|clothesline)\b",
        "a retirement speech rehearsed, said first":
            r"\b(bookkeeper|successor|camaraderie|commute|presentation|retirement's"
            r"|workmates|superannuation's)\b",
        "a mountaineering documentary on the telly, said first":
            r"\b(sherpas|crampons|avalanche|arete|crevasse|bivouacked|icefall|hypoxia)\b",
        "a figure skating commentator on the telly, said after":
            r"\b(edgework|axel|salchow|biellmann|lutz|choreography|bauer|twizzles)\b",
        "a karaoke machine's scoring voice, said after":
            r"\b(pitch|platinum|bravissimo|vocal|karaoke|diva|falsetto|warbling)\b",
        "a lottery draw on the telly, said after":
            r"\b(bonanza|jackpot|spheres|millionaire|lancelot's|guinevere's"
            r"|thunderball's)\b",
        "a jigsaw puzzle done at the table, said after":
            r"\b(piece|cornerpiece|clouds|interlock|tabs|windmill's|gable's)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a wrestling commentator's line is short, and two of the kinds said first have an
    # exclamation)
    assert all(len(s.split()) <= 8 for s in said[
        "a wrestling commentator on the telly, said first"])
    assert any("! {}" in t for t in kinds["a wrestling commentator on the telly, said first"])
    assert any("! {}" in t for t in kinds[
        "a murder mystery party's script read aloud, said first"])
    # (the between kind says a wrestling commentator's line first and a jigsaw remark
    # after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a wrestling commentator on the telly, said first",
        "a jigsaw puzzle done at the table, said after",
        "between a wrestling commentator's line and a jigsaw remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give neil a ring", "sheep drench pump on",
                   "how high is the tide", "crabbing",
                   "hope's guides at six", "cliff's lifesaving at eight"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a hurricane named it": r"\bhurricane\b",
        "a perfume named it": r"\bperfume\b",
        "a knitting stitch named it": r"\bstitch\b",
        "an ice cream flavour named it": r"\bice cream flavour\b",
        "a chess opening named it": r"\bchess\b|\bopening\b",
        "a sailing knot named it": r"\bknot\b",
        "recalling a mishearing": r"\bmisheard\b|\bmishear\b",
        "a pictionary drawing of it": r"\bpictionary\b",
        "a haiku with it in": r"\bhaiku\b",
        "a mnemonic for remembering it": r"\bmnemonic\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named after verbs and bills, virtues, foods, the lie of the land
    # or the time of day that another phrase of the home says as a word, "drop mark a
    # line" beside "mark the overdue books", "give waffle his dinner" beside "waffle iron
    # on"; or with names a recogniser writes as another word, "paige" as "page" beside
    # "where's the missing page")
    verbs = {"mark", "bill", "pat"}
    virtues = {"hope", "faith"}
    foods = {"teacake", "nutmeg", "waffle"}
    land_and_day = {"cliff", "sandy", "dawn", "coral"}
    sounding = {"paige", "wade", "doug", "gail", "neil", "coral", "carrie", "rhys"}
    assert verbs | virtues | foods | land_and_day | sounding <= NAMES
    phrases = {p for routines in THIRTYEIGHTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"drop mark a line", "mark the overdue books", "give bill a ring", "phone bill",
            "pay the diesel bill", "feed teacake", "toast the teacakes", "fill nutmeg's bowl",
            "grate the nutmeg", "give waffle his dinner", "waffle iron on",
            "tell cliff his wetsuit is on the line", "is the cliff path open",
            "message sandy", "sweep the sandy steps", "drop dawn a line", "set the dawn alarm",
            "ring paige", "where's the missing page", "ring wade",
            "has the wool been weighed", "give gail a ring", "is a gale warning out",
            "give neil a ring", "give doug a ring", "message mark and carrie",
            "message dawn and faith", "message sandy and coral"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    assert {"page", "weighed", "dug", "gale", "kneel", "choral", "carry", "reece"} <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert {"page", "weighed", "gale"} <= said


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, THIRTYEIGHTH_ROUTINES, ("on", "tabby", "sheepdog", "spaniel"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "hose "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("give waffle his dinner", "Waffle"), ("give neil a ring", "Neil"),
                     ("crabbing", "Crabbing"), ("urn on", "Urn"),
                     ("kiosk urn on", "Kiosk urn"),
                     ("cliff's lifesaving at eight", "Lifesaving")])
    for text in ("to my successor, befriend the photocopier. give neil a ring",
                 "crabbing, a rollover jackpot",
                 "what a suplex! urn on",
                 "the colonel was bludgeoned in the conservatory. crabbing",
                 "kiosk urn on, that's a perimeter piece",
                 "the icefall shifts unpredictably, then cliff's lifesaving at 8",
                 "give neil a ring, lyrical edgework",
                 "as a fledgling bookkeeper, give neil a ring, typewriters ruled",
                 "what a suplex! crabbing, that's a perimeter piece",
                 "as a fledgling bookkeeper give neil a ring typewriters ruled",
                 "the arete is treacherous, urn on",
                 "crabbing pitch precision superstar"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give kneel a ring", "give neil a ring", "Neil", taught.phrases)
    assert not LABELS.noisy_ok("give nail a ring", "give neil a ring", "Neil", taught.phrases)
    for text in ("the next hurricane on the list is feed waffle",
                 "my aunt wears a perfume called crabbing",
                 "nana taught me a knitting stitch named give neil a ring",
                 "the parlour has a new ice cream flavour called urn on",
                 "he beat me with a chess opening called feed waffle",
                 "the sailing club taught us a knot called crabbing",
                 "for a second i misheard you as saying give neil a ring",
                 "in pictionary i had to draw kiosk urn on",
                 "the last line of the haiku is feed waffle",
                 "i made up a mnemonic that ends crabbing",
                 "what a suplex! in pictionary i had to draw feed waffle",
                 "what a suplex in pictionary i had to draw feed waffle",
                 "urn off", "cliff's lifesaving at nine"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring paige") == ["ring page"]
    assert name_spelt("message sandy and coral") == ["message sandy and choral"]
    assert name_spelt("message mark and carrie") == ["message mark and carry",
                                                     "message mark and carey"]
    assert name_spelt("mark the overdue books") == []  # (a verb, not the name)
    assert name_spelt("give gail a ring") == ["give gale a ring", "give gayle a ring"]
    assert name_spelt("text neil about the lame ewe") == [
        "text kneel about the lame ewe", "text neal about the lame ewe"]
    assert name_spelt("ring wade") == ["ring weighed", "ring wayde"]
    assert name_spelt("give bill a ring") == [] and name_spelt("has the wool been weighed") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text neil about the lame ewe", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "the colonel was bludgeoned in the conservatory. {}",
                          "lock the kiosk")
    assert not blind.fits(SET, "the candlestick was bloodstained, then {}",
                          "where's the missing page")
    assert not blind.fits(SET, "what a suplex! {}", "rhys's fencing at seven")
    assert not blind.fits(SET, "to my successor, befriend the photocopier. {}",
                          "pay the diesel bill")
    assert not blind.fits(SET, "crampons bite into the glacier. {}", "kiosk heater on")
    assert not blind.fits(SET, "{}, a triple axel landed cleanly", "order more cones")
    assert not blind.fits(SET, "{}, a karaoke megastar", "music on")
    assert not blind.fits(SET, "{}, a rollover jackpot", "count the float")
    assert not blind.fits(SET, "{}, here's a cornerpiece", "where's the big windbreak")
    assert not blind.fits(SET, "{}, that's a perimeter piece", "is the ford passable")
    assert not blind.fits(SET, "{}, lyrical edgework", "drop dawn a line")
    assert blind.fits(SET, "{}, a rollover jackpot", "give neil a ring")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("What a suplex! Feed waffle, that's a perimeter piece.") == \
        "what a suplex feed waffle that's a perimeter piece"
    assert unpunctuated("the gamekeeper forged the codicil! hope's guides at six") == \
        "the gamekeeper forged the codicil hope's guides at six"
    assert unpunctuated("a face-off: re-roll!") == "a face off re roll"
    assert unpunctuated("give neil a ring") == "give neil a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("the butler's alibi unravels. ring bill") == \
        "the butler's alibi unravels, ring bill"
    assert paused("the gamekeeper forged the codicil! feed nutmeg") == \
        "the gamekeeper forged the codicil, feed nutmeg"
    assert paused("he's cinched an armbar. ring neil and, a piece is unaccounted for") == \
        "he's cinched an armbar, ring neil and, a piece is unaccounted for"
    assert paused("ring neil, bravissimo bravissimo!") == "ring neil, bravissimo bravissimo!"
    assert paused("is the ford passable?") == "is the ford passable?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_once_the_speaker_has_sat_down(homes):
    checks.check_real_requests(homes, SAT_DOWN, sat_down_before, could_say, ASKING,
                               JOINED, first=True)


def test_a_row_is_said_once_the_speaker_has_sat_down():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("phew the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(with_feet_up, sat_down_before, SAT_DOWN, rows, first=True)
    assert not sat_down_before(checks.words("ahh, feet up at last"))


def test_sitting_down_says_no_word_of_a_pool_and_no_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *THIRTYEIGHTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in SAT_DOWN for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up"}, sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the urn off") and not could_say("switch the lamp off")
    assert could_say("oof that's better switch the lamp off")


def test_the_benchmark_reports_the_thirtyeighth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Waffle", ("a lottery draw on the telly, said after",
                                                   "in the middle of a retirement speech "
                                                   "rehearsed"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Waffle", "a pictionary drawing of it",
                                    "a mnemonic for remembering it")
