"""The thirty-first held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtyfirst.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said with what the speaker does meanwhile after them that
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
from _resolver_thirtyfirst import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MEANWHILE,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    meanwhile,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    while_i_do,
)
from _resolver_thirtyfirst_labels import LABELS  # noqa: E402
from _resolver_thirtyfirst_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    THIRTYFIRST_ROUTINES,
    WRAPPERS,
)

NAME = "thirtyfirst"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirtieth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirty-first set's real sentences are rows of "
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
    assert {"a sat-nav instruction, said first", "asking whether it exists",
            "a delivery driver at the door, said first", "a tattoo of it",
            "a shipping forecast heard on the radio, said first", "a title with it in",
            "comparison", "conditional for later", "video call", "countdown",
            "a podcast host reading an advert, said after", "a recipe step read aloud, "
            "said first", "a label read aloud, said first", "a sign that says it"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a best man's line, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a best man's speech rehearsed, said first",
                             "in the middle of a best man's speech rehearsed")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    assert all(re.search(r"\b(tyre|backseat|servicing|windscreen|sensors|drowsiness|fuel"
                         r"|bonnet)\b", s)
               for s in said["a car's dashboard voice, said first"])
    assert all(re.search(r"\b(spin|candyfloss|twirl|handrails|riders|tokens|dodgems"
                         r"|waltzer's)\b", s)
               for s in said["a fairground ride operator, said first"])
    assert all(re.search(r"\b(aisle|hatchback|dispensary|bakery|kiosk|trolleys|deli"
                         r"|clubcard)\b", s)
               for s in said["a supermarket tannoy announcement, said first"])
    assert all(re.search(r"\b(gentlemen|speechifying|bride|groom|groom's|reverend)\b", s)
               for s in said["a best man's speech rehearsed, said first"])
    assert all(re.search(r"\b(tickle|cuddle|giggle|squeeze|squeaker|bezzie|snookums"
                         r"|snugglebug)\b", s)
               for s in said["a talking toy, said after"])
    assert all(re.search(r"\b(earnestness|badum|tumbleweed|scintillating|lent|marriage"
                         r"|airports|hecklers)\b", s)
               for s in said["a stand-up comedian on the telly, said after"])
    assert all(re.search(r"\b(cathedral|viaduct|tudors|aquarium|poet|abbey|steeple"
                         r"|museum)\b", s)
               for s in said["an open-top bus tour guide, said after"])
    assert all(re.search(r"\b(stride|pulse|respiration|hourly|calories|streak|inactivity"
                         r"|sedentary)\b", s)
               for s in said["a smartwatch nudging, said after"])
    # (the between kind says a dashboard's line first and a talking toy's after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a car's dashboard voice, said first",
        "a talking toy, said after",
        "between a car's dashboard voice and a talking toy", marks="?")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring frank", "big top smoke machine on",
                   "is the tide in", "clowning",
                   "knox's rowing at four", "olive's violin at eight"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a wifi network named it": r"\bwifi\b",
        "a slogan on a t-shirt": r"\bt shirts?\b",
        "a pub quiz team's name": r"\b(quiz|quizmaster)\b",
        "iced on a cake": r"\b(iced|icing)\b",
        "a family group chat named it": r"\bgroup chat\b",
        "a voicemail greeting saying it": r"\bvoicemail greeting\b",
        "cross-stitched on a cushion": r"\b(cross stitch|cross stitched|cross stitching"
                                       r"|embroidered)\b",
        "a racehorse named it": r"\b(horse|racehorse|filly|favourite)\b",
        "a hashtag of it": r"\bhashtag\b",
        "graffiti of it": r"\b(graffiti|sprayed|spray painted)\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named with everyday words, "ring frank", "message holly", "feed
    # treacle", "ring hope", or with words that sound like others: "paige" as "page",
    # "neil" as "kneel", "cork" as "caulk")
    common = {"frank", "holly", "treacle", "gale", "hope", "mark", "dot", "rob", "toffee",
              "sage", "olive", "cork"}
    assert common <= NAMES and {"paige", "knox", "jean", "neil", "barry", "claude"} <= NAMES
    phrases = {p for routines in THIRTYFIRST_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring frank", "ring gale", "ring hope", "ring jean", "ring sage", "message holly",
            "message mark", "message neil", "feed treacle", "feed toffee", "feed cork",
            "order more corks", "tell rob his juggling clubs are packed"} <= phrases
    assert {"page", "knocks", "kneel", "clawed", "caulk", "gene"} <= {
        o for others in NAME_SPELLINGS.values() for o in others}


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(SET, THIRTYFIRST_ROUTINES, ("on", "labrador", "pony", "cat"))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed treacle", "Treacle"), ("ring frank", "Frank"),
                     ("clowning", "Clowning"), ("smoke machine on", "Smoke"),
                     ("big top smoke machine on", "Big top"),
                     ("knox's rowing at four", "Rowing")])
    for text in ("tyre deflation detected. ring frank",
                 "clowning, badum tish",
                 "who fancies a faster spin? smoke machine on",
                 "spillage in the cereal aisle. clowning",
                 "big top smoke machine on, pulse elevated",
                 "unaccustomed as i am, to speechifying. knox's rowing at 4",
                 "ring frank, tickle my tummy again",
                 "charge your flutes, ring frank, to the bride and groom",
                 "bonnet unlatched. clowning so, pinkie pledge, snugglebug",
                 "charge your flutes ring frank to the bride and groom",
                 "proximity sensors activated, smoke machine on",
                 "clowning on your left the old cathedral"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring frank", "ring frank", "Frank", taught.phrases)
    assert not LABELS.noisy_ok("ring hank", "ring frank", "Frank", taught.phrases)
    for text in ("the neighbours' wifi is called feed treacle",
                 "his t-shirt says clowning across the chest",
                 "our pub quiz team is called smoke machine on",
                 "we iced ring frank on the christening cake",
                 "the family group chat is called clowning",
                 "my voicemail greeting says feed treacle",
                 "gran cross-stitched ring frank on a cushion",
                 "the horse i backed was called clowning",
                 "feed treacle is trending as a hashtag",
                 "someone sprayed ring frank on the bus shelter",
                 "tyre deflation detected. the horse i backed was called feed treacle",
                 "tyre deflation detected the horse i backed was called feed treacle",
                 "smoke machine off", "knox's rowing at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring gale") == ["ring gail", "ring gayle"]
    assert name_spelt("message neil and olive") == ["message kneel and olive",
                                                    "message neal and olive",
                                                    "message neill and olive"]
    assert name_spelt("feed cork") == ["feed caulk"] and name_spelt("order more corks") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text gale about the dinghy launch", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "tyre deflation detected. {}", "ring gale")
    assert not blind.fits(SET, "fuel gauge plummeting, then {}", "lock the timber store")
    assert not blind.fits(SET, "{}, tickle my tummy again", "message holly")
    assert not blind.fits(SET, "{}, giggle giggle", "is the tide in")
    assert not blind.fits(SET, "spillage in the cereal aisle. {}", "feed cork")
    assert not blind.fits(SET, "charge your flutes, to the bride and groom. {}",
                          "phone jean")
    assert not blind.fits(SET, "who fancies a faster spin? {}", "sell the raffle tickets")
    assert not blind.fits(SET, "{}, on your left, the old cathedral", "where's my spokeshave")
    assert not blind.fits(SET, "{}, pulse elevated", "dot's trampolining at five")
    assert not blind.fits(SET, "{}, badum tish", "clowning")
    assert blind.fits(SET, "spillage in the cereal aisle. {}", "ring frank")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Charge your flutes, feed cork, to the bride and groom.") == \
        "charge your flutes feed cork to the bride and groom"
    assert unpunctuated("who fancies a faster spin? treacle's coat") == \
        "who fancies a faster spin treacle's coat"
    assert unpunctuated("an open-top bus: re-route!") == "an open top bus re route"
    assert unpunctuated("ring frank") == "ring frank"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("tyre deflation detected. ring frank") == \
        "tyre deflation detected, ring frank"
    assert paused("who fancies a faster spin? feed toffee") == \
        "who fancies a faster spin, feed toffee"
    assert paused("bonnet unlatched. ring frank, tickle my tummy again") == \
        "bonnet unlatched, ring frank, tickle my tummy again"
    assert paused("ring frank, pinkie pledge, snugglebug!") == \
        "ring frank, pinkie pledge, snugglebug!"
    assert paused("is the tide in?") == "is the tide in?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_with_what_the_speaker_does_meanwhile(homes):
    checks.check_real_requests(homes, MEANWHILE, meanwhile, could_say, ASKING,
                               JOINED, first=False)


def test_a_row_is_said_with_what_the_speaker_does_meanwhile():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(while_i_do, meanwhile, MEANWHILE, rows, first=False)
    assert not meanwhile("while i nip upstairs")


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the winch off") and not could_say("switch the lamp off")
    assert could_say("switch the lamp off while i nip upstairs")


def test_the_benchmark_reports_the_thirtyfirst_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Treacle", ("a smartwatch nudging, said after",
                                                    "in the middle of a best man's speech "
                                                    "rehearsed"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Treacle", "a hashtag of it", "graffiti of it")
