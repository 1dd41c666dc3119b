"""The fortieth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortieth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker stubs a toe that no
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
from _resolver_fortieth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OUCHED,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    after_a_stubbed_toe,
    could_say,
    misheard,
    name_spelt,
    paused,
    stubbed_before,
    unpunctuated,
)
from _resolver_fortieth_labels import LABELS  # noqa: E402
from _resolver_fortieth_text import (  # noqa: E402
    FORTIETH_ROUTINES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    UNTAUGHT,
    WRAPPERS,
)

NAME = "fortieth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirty-ninth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fortieth set's real sentences are rows of "
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
    assert {"a pet parrot squawking, said first",
            "a curling commentator on the telly, said after",
            "a birdsong app naming a bird, said after", "a yearbook quote",
            "a toast raised with it", "signing it at a sign language class",
            "in the middle of an amateur dramatics monologue rehearsed",
            "a snooker commentator on the telly, said after",
            "a darts commentator on the telly, said first",
            "an auctioneer on an antiques programme, said after",
            "a knitting pattern read aloud, said first", "a knitting stitch named it",
            "a street named it", "a boat's name painted on it", "a band's name",
            "a football chant", "a protest placard", "a shop's name",
            "a message in a bottle", "a wifi network named it"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a cheerleading chant practised, which goes on after it;
    # the stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a cheerleading chant practised, said first",
                             "in the middle of a cheerleading chant practised")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a sea shanty sung, said first":
            r"\b(mizzen|halyards|capstan|shenandoah|bosun|wellerman|scuppers|fathoms)\b",
        "a fashion show compere on the telly, said first":
            r"\b(taffeta|runway|hemline|houndstooth|chiffon|neckline|organza|culottes)\b",
        "a cheerleading chant practised, said first":
            r"\b(rah|wildcats|hornets|pompoms|tumblers|pyramid|cartwheel)\b",
        "a children's party entertainer, said first":
            r"\b(hokey|conga|bumps|kazoos|unicorn|wizards|pinata|henna)\b",
        "a sailing race commentator on the telly, said after":
            r"\b(spinnaker|tacking|jib's|buoy|gybe|trimaran|helmsman's|capsize)\b",
        "a dog show commentator on the telly, said after":
            r"\b(saluki|schnauzer|dentition|afghan|handler's|weimaraner's|bichon's|pointer's)\b",
        "a poker commentator on the telly, said after":
            r"\b(bluffing|chipstack|gutshot|flop's|kings|croupier|trip|aces)\b",
        "a photographer posing a family, said after":
            r"\b(grins|chins|scooch|leftwards|cheesecake|lanky|peepers|shutter)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a shanty's line is short, and three of the kinds said first have an exclamation)
    assert all(len(s.split()) <= 6 for s in said["a sea shanty sung, said first"])
    assert any("! {}" in t for t in kinds["a fashion show compere on the telly, said first"])
    assert any("! {}" in t for t in kinds["a sea shanty sung, said first"])
    assert any("! {}" in t for t in kinds["a children's party entertainer, said first"])
    assert any("? {}" in t for t in kinds["a children's party entertainer, said first"])
    # (the between kind says a shanty's line first and a poker commentator's line after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a sea shanty sung, said first",
        "a poker commentator on the telly, said after",
        "between a sea shanty and a poker commentator's line", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give pearl a ring", "shop mincer on", "is the gin chilled",
                   "marinating", "ty's rugby at five", "dustin's karate at eight"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a wrestler's ring name": r"\bring name\b",
        "a rollercoaster named it": r"\brollercoaster\b",
        "a love heart sweet saying it": r"\blove heart sweets?\b",
        "spelt in alphabet spaghetti": r"\balphabet spaghetti\b",
        "a text from a wrong number": r"\bwrong number\b",
        "a local newspaper headline": r"\bnewspaper headline\b",
        "a councillor's campaign slogan": r"\bcampaign slogan\b",
        "a village named it": r"\bvillage\b",
        "drawn on a steamed-up window": r"\b(steamed up|steamy) (\w+ )?window\b",
        "a heckle at a comedy gig": r"\bheckle(d|r|s)?\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named after a cut of meat, a herb, what is left over, the mark
    # the post puts on a parcel, a song, a mend, what a cue is rubbed with or a climbing
    # plant that another phrase of the home says as a word, "ring chuck" beside "is the
    # chuck steak minced"; or with names a recogniser writes as another word, "jin" as
    # "gin" beside "is the gin chilled")
    shop = {"chuck", "sage", "scraps"}
    post = {"frank", "carol", "patch"}
    club = {"chalk", "ivy"}
    sounding = {"paige", "ty", "lorne", "mae", "hal", "pearl", "jin", "bo", "dustin", "wyn"}
    assert shop | post | club | sounding <= NAMES
    phrases = {p for routines in FORTIETH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring chuck", "is the chuck steak minced", "drop sage a line",
            "make the sage stuffing", "feed scraps", "bag up the fat scraps",
            "drop frank a line", "frank the parcels", "give carol a ring",
            "print the carol sheets", "feed patch", "patch the mailbag", "feed chalk",
            "order more cue chalk", "give ivy a ring", "cut back the ivy",
            "give paige a ring", "update the offers page", "is my school tie ironed",
            "ring lorne back", "feed the lawn", "ring mae", "book the may bank holiday",
            "tell hal his bus pass is on the mantelpiece", "sweep the hall",
            "give pearl a ring", "count the purl rows", "ring jin", "is the gin chilled",
            "drop bo a line", "is the bow tie pressed",
            "tell dustin his cue case is under the stairs", "finish the dusting",
            "message sage and paige", "message frank and carol",
            "message bo and ivy"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    assert {"page", "tie", "lawn", "may", "hall", "purl", "gin", "bow", "dusting",
            "win"} <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert {"page", "tie", "lawn", "may", "hall", "purl", "gin", "bow", "dusting"} <= said
    # (a name that is a word of its home has no other spelling)
    assert not (shop | post | club) & set(NAME_SPELLINGS)


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTIETH_ROUTINES, ("on", "terrier", "spaniel", "poodle"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed scraps", "Scraps"), ("give pearl a ring", "Pearl ring"),
                     ("marinating", "Marinating"), ("mincer on", "Mincer"),
                     ("shop mincer on", "Shop mincer"),
                     ("dustin's karate at eight", "Karate")])
    for text in ("oh shenandoah. give pearl a ring",
                 "marinating, the handler's trotting jauntily",
                 "haul the halyards! mincer on",
                 "sequinned tulle on the runway. marinating",
                 "shop mincer on, chins lowered a smidge",
                 "organza overload, then dustin's karate at 8",
                 "give pearl a ring, she's bluffing outrageously",
                 "rah rah rah, give pearl a ring, wildcats roar",
                 "haul the halyards! marinating, she's bluffing outrageously",
                 "rah rah rah give pearl a ring wildcats roar",
                 "hokey cokey, poppets, mincer on",
                 "marinating the spinnaker billows"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give purl a ring", "give pearl a ring", "Pearl ring",
                           taught.phrases)
    assert not LABELS.noisy_ok("give pail a ring", "give pearl a ring", "Pearl ring",
                               taught.phrases)
    for text in ("the masked wrestler's ring name is feed scraps",
                 "there's a wooden rollercoaster named marinating",
                 "my love heart sweet said give pearl a ring",
                 "the kids spelt mincer on in their alphabet spaghetti",
                 "a wrong number texted me feed scraps",
                 "the local newspaper headline was marinating",
                 "the councillor's campaign slogan is give pearl a ring",
                 "there's a village in cornwall called shop mincer on",
                 "she wrote feed scraps on the steamed up window",
                 "some bloke heckled marinating at the comedy gig",
                 "oh shenandoah. my love heart sweet said feed scraps",
                 "oh shenandoah my love heart sweet said feed scraps",
                 "mincer off", "dustin's karate at nine"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring jin") == ["ring gin"]
    assert name_spelt("drop bo a line") == ["drop bow a line", "drop beau a line"]
    assert name_spelt("message frank and carol") == []  # (a word of the post, no other)
    assert name_spelt("sweep the hall") == []  # (a room, not the name)
    assert name_spelt("give pearl a ring") == ["give purl a ring"]
    assert name_spelt("tell dustin his cue case is under the stairs") == [
        "tell dusting his cue case is under the stairs"]
    assert name_spelt("give carol a ring") == [] and name_spelt("is the gin chilled") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text pearl about the overtime sheet", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "oh shenandoah. {}", "is the gin chilled")
    assert not blind.fits(SET, "note the plunging velvet neckline. {}",
                          "is the bow tie pressed")
    assert not blind.fits(SET, "go wildcats, fight fight fight. {}", "ty's rugby at five")
    assert not blind.fits(SET, "hokey cokey, poppets? {}", "paige's brownies at seven")
    assert not blind.fits(SET, "{}, the spinnaker billows", "dry the waterproofs")
    assert not blind.fits(SET, "{}, immaculately coiffed saluki", "brush patch")
    assert not blind.fits(SET, "{}, he shoves his chipstack", "count the reds")
    assert not blind.fits(SET, "{}, chins lowered a smidge", "smokehouse light on")
    assert not blind.fits(SET, "{}, the flop's monochrome", "is the corner pocket torn")
    assert not blind.fits(SET, "{}, say cheesecake", "drop sage a line")
    assert blind.fits(SET, "{}, the jib's luffing", "give pearl a ring")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Haul the halyards! Feed chalk, the flop's monochrome.") == \
        "haul the halyards feed chalk the flop's monochrome"
    assert unpunctuated("a daring asymmetric hemline! paige's brownies at seven") == \
        "a daring asymmetric hemline paige's brownies at seven"
    assert unpunctuated("note the steamed-up window.") == "note the steamed up window"
    assert unpunctuated("give pearl a ring") == "give pearl a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("sequinned tulle on the runway. ring mae") == \
        "sequinned tulle on the runway, ring mae"
    assert paused("haul the halyards! feed chalk") == "haul the halyards, feed chalk"
    assert paused("oh shenandoah. ring jin so, aces wired") == \
        "oh shenandoah, ring jin so, aces wired"
    assert paused("ring jin, the flop's monochrome!") == "ring jin, the flop's monochrome!"
    assert paused("is the gin chilled?") == "is the gin chilled?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_straight_after_a_stubbed_toe(homes):
    checks.check_real_requests(homes, OUCHED, stubbed_before, could_say, ASKING,
                               JOINED, first=True)


def test_a_row_is_said_straight_after_a_stubbed_toe():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ouch the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(after_a_stubbed_toe, stubbed_before, OUCHED, rows, first=True)
    assert not stubbed_before(checks.words("yowch, my shin"))


def test_a_cry_at_a_stubbed_toe_says_no_word_of_a_pool_and_no_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTIETH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in OUCHED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a"}, sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the mincer off") and not could_say("switch the lamp off")
    assert could_say("argh stupid lego switch the lamp off")


def test_the_benchmark_reports_the_fortieth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Scraps", ("a poker commentator on the telly, said "
                                                   "after",
                                                   "in the middle of a cheerleading "
                                                   "chant practised"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Scraps", "a village named it",
                                    "a heckle at a comedy gig")
