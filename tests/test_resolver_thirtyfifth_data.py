"""The thirty-fifth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtyfifth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said after the speaker says who is speaking that no other
split uses. Half of the cases said beside a clause are there again as a
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
from _resolver_thirtyfifth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    SPEAKERS,
    could_say,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    who_speaks_before,
    with_who_speaks,
)
from _resolver_thirtyfifth_labels import LABELS  # noqa: E402
from _resolver_thirtyfifth_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    THIRTYFIFTH_ROUTINES,
    WRAPPERS,
)

NAME = "thirtyfifth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirty-fourth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirty-fifth set's real sentences are rows of "
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
            "said after", "printed on a mug", "a knock-knock joke"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a vow being rehearsed, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "wedding vows rehearsed, said first",
                             "in the middle of wedding vows rehearsed")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a darts commentator on the telly, said first":
            r"\b(oche|shanghai|treble|tungsten|arrows|bullseye|clinical|chalk)\b",
        "a soap opera on the telly, said first":
            r"\b(son|affair|child|betrayed|bar|inheritance|bridesmaid|engagement)\b",
        "a sheepdog trial on the telly, said first":
            r"\b(outrun|penned|gather|ewe|crossdrive's|flanking|whistle|judges)\b",
        "wedding vows rehearsed, said first":
            r"\b(sustain|richer|sickness|cherish|forsaking|vow|troth|death)\b",
        "a motor racing commentator on the telly, said after":
            r"\b(chicane|pitstop's|slipstreaming|hairpin|marshals|undercut's|tyres"
            r"|chequered)\b",
        "a ballroom dancing judge on the telly, said after":
            r"\b(foxtrot|footwork|rumba|tango's|cha|quickstep's|rhinestones|doble)\b",
        "a fishing programme on the telly, said after":
            r"\b(float's|carp|tench|bream|groundbait's|keepnet's|roach|maggots)\b",
        "a gardening programme on the radio, said after":
            r"\b(mulch|deadhead|seedlings|clumps|delphiniums|aphids|tubers|wormery)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a darts call is short, and two of the lines said first are exclamations)
    assert all(len(s.split()) <= 5 for s in said["a darts commentator on the telly, said first"])
    assert any("! {}" in t for t in kinds["a darts commentator on the telly, said first"])
    assert any("! {}" in t for t in kinds["a soap opera on the telly, said first"])
    # (the between kind says a darts call first and a motor racing line after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a darts commentator on the telly, said first",
        "a motor racing commentator on the telly, said after",
        "between a darts call and a motor racing commentary", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring miles", "pigeon loft lights on",
                   "are the dye pots simmering", "basketing",
                   "robin's swimming at six", "mark's trumpet at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a crossword answer": r"\bcrossword\b",
        "a band's name": r"\bband\b",
        "a boat's name painted on it": r"\b(boat|narrowboat|dinghy|boat's)\b",
        "a film's last line": r"\bfilm\b",
        "written on a doormat": r"\bdoormat\b",
        "a gift tag": r"\btag\b|\bgift tags?\b",
        "a line of a picture book": r"\bpicture book\b",
        "a typing test": r"\btyping\b",
        "a ouija board spelling it out": r"\bouija board\b",
        "a banner towed by a plane": r"\bbanner\b.*\b(plane|aeroplane)\b"
                                     r"|\b(plane|aeroplane)\b.*\bbanner\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named with everyday words, "ring miles", "feed barley" beside
    # "soak the barley", "feed tacks" beside "top up the tacks tin", or with words that
    # sound like others: "pierce" as "pearce", "tacks" as "tax")
    common = {"miles", "fern", "robin", "barley", "ray", "clay", "skye", "bobbin", "buck",
              "hope", "holly", "mark", "tacks"}
    sounding = {"miles", "ray", "wynn", "skye", "reid", "pierce", "kay", "tacks", "mark",
                "dale"}
    assert common | sounding <= NAMES
    phrases = {p for routines in THIRTYFIFTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring miles", "ring ray", "ring wynn", "ring pierce", "ring buck", "ring kay",
            "message fern", "message clay", "message hope", "feed barley", "feed bobbin",
            "feed tacks", "soak the barley", "wind the bobbin", "top up the tacks tin",
            "are the birds home yet", "feed hoppers"} <= phrases
    assert {"ferne", "reed", "win", "sky", "kaye", "tax", "marc", "pearce", "rae", "myles"} <= {
        o for others in NAME_SPELLINGS.values() for o in others}


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, THIRTYFIFTH_ROUTINES, ("on", "whippet", "tabby", "dachshund"),
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed barley", "Barley"), ("ring miles", "Miles"),
                     ("basketing", "Basketing"), ("loft lights on", "Loft"),
                     ("pigeon loft lights on", "Pigeon"),
                     ("dale's scouts at seven", "Scouts")])
    for text in ("for richer, for poorer. ring miles",
                 "basketing, a whopping carp",
                 "oche nerves creeping in. loft lights on",
                 "a neat outrun. basketing",
                 "pigeon loft lights on, the foxtrot lacked pizzazz",
                 "this engagement is over, oh and dale's scouts at 7",
                 "ring miles, into the chicane",
                 "in sickness, ring miles, in health",
                 "tungsten singing sweetly. basketing, a lockup at the hairpin",
                 "in sickness ring miles in health",
                 "you're no son of mine, loft lights on",
                 "basketing the undercut's worked"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring miles", "ring miles", "Miles", taught.phrases)
    assert not LABELS.noisy_ok("ring brant", "ring miles", "Miles", taught.phrases)
    for text in ("the crossword answer to fourteen across was feed barley",
                 "my nephew's ska band is called basketing",
                 "the narrowboat moored outside is called ring miles",
                 "the last line of the film was loft lights on",
                 "our doormat says feed barley",
                 "the gift tag on the present said basketing",
                 "the picture book ends with the words ring miles",
                 "the typing tutor's practice sentence is feed barley",
                 "the ouija board spelled out ring miles",
                 "the banner behind that little plane says basketing",
                 "a neat outrun. our doormat says feed barley",
                 "a neat outrun our doormat says feed barley",
                 "loft lights off", "dale's scouts at eight"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("message fern") == ["message ferne"]
    assert name_spelt("message clay and skye") == ["message clay and sky"]
    assert name_spelt("ring kay") == ["ring kaye", "ring cay"]
    assert name_spelt("ring buck") == [] and name_spelt("soak the barley") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text ray about the race results", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "oche nerves creeping in. {}", "robin's swimming at six")
    assert not blind.fits(SET, "you're no son of mine! {}", "tell dale his kit bag is packed")
    assert not blind.fits(SET, "a neat outrun. {}", "feed barley")
    assert not blind.fits(SET, "for richer, for poorer. {}", "ring miles")
    assert not blind.fits(SET, "{}, into the chicane", "pack the race basket")
    assert not blind.fits(SET, "{}, the foxtrot lacked pizzazz", "skye's ballet at four")
    assert not blind.fits(SET, "{}, a whopping carp", "feed hoppers")
    assert not blind.fits(SET, "{}, deadhead the dahlias", "conservatory radiator on")
    assert not blind.fits(SET, "{}, into the chicane", "message fern")
    assert not blind.fits(SET, "{}, the float's dipping", "is the contact glue dry")
    assert blind.fits(SET, "{}, into the chicane", "ring miles")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("A neat outrun. Feed tacks, into the chicane.") == \
        "a neat outrun feed tacks into the chicane"
    assert unpunctuated("you're no son of mine! robin's swimming at six") == \
        "you're no son of mine robin's swimming at six"
    assert unpunctuated("a walkie-talkie: re-route!") == "a walkie talkie re route"
    assert unpunctuated("ring miles") == "ring miles"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("a neat outrun. ring miles") == "a neat outrun, ring miles"
    assert paused("you're no son of mine! feed bobbin") == "you're no son of mine, feed bobbin"
    assert paused("clinical, gobsmacking. ring miles and, the tyres are blistering") == \
        "clinical, gobsmacking, ring miles and, the tyres are blistering"
    assert paused("ring miles, into the chicane!") == "ring miles, into the chicane!"
    assert paused("are the birds home yet?") == "are the birds home yet?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_after_who_is_speaking(homes):
    checks.check_real_requests(homes, SPEAKERS, who_speaks_before, could_say, ASKING,
                               JOINED, first=True)


def test_a_row_is_said_after_who_is_speaking():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(with_who_speaks, who_speaks_before, SPEAKERS, rows, first=True)
    assert not who_speaks_before("it's nan here")


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the dehumidifier off") and not could_say("switch the lamp off")
    assert could_say("it's nan here switch the lamp off")


def test_the_benchmark_reports_the_thirtyfifth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Barley", ("a fishing programme on the telly, said "
                                                   "after",
                                                   "in the middle of wedding vows "
                                                   "rehearsed"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Barley", "written on a doormat",
                                    "a ouija board spelling it out")
