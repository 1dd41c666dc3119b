"""The thirtieth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtieth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard
beside a clause, a name written as it sounds is one of the name's listed homophones),
wrapped ones say their phrase exactly beside a clause of everyday household speech
whose kind, frame and distinctive words no earlier set has and none of whose words is a
word of a routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a
request for the same thing), the new out-of-scope kinds say the phrase in words the
labels keep, and its dataset sentences are rows said with a reason after them that no
other split uses. Half of the cases said beside a clause are there again as a
recogniser without punctuation writes them, and a quarter of the in-scope ones whose
clause ends a sentence again with that sentence end written as a comma, under kinds of
their own, with the very same words. Only the data is checked here: the set is run
once, by the lead, on the final resolver, and no test here asks the resolver anything.
The earlier sets' kinds, homes and words are read from their own modules
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
from _resolver_thirtieth import (  # noqa: E402
    ASKING,
    CLAUSES,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    REASONED,
    REASONS,
    SEEDS,
    SET,
    could_say,
    misheard,
    name_spelt,
    paused,
    reasoned,
    unpunctuated,
    with_a_reason,
)
from _resolver_thirtieth_labels import LABELS  # noqa: E402
from _resolver_thirtieth_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAMES,
    THIRTIETH_ROUTINES,
    WRAPPERS,
)

NAME = "thirtieth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
twenty-ninth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirtieth set's real sentences are rows of "
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


def test_the_middle_kind_says_the_phrase_inside_one_phone_menu():
    # (the phrase breaks into a phone menu's line, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "an automated phone menu on speaker, said first",
                             "in the middle of an automated phone menu")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    assert all(re.search(r"\b(sounders?|klaxon|beeping|drill)\b", s)
               for s in said["a smoke alarm test announced in the block, said first"])
    assert all(re.search(r"\b(enquiry|billing|options|advisers|agent|hours|waiting"
                         r"|logged)\b", s)
               for s in said["an automated phone menu on speaker, said first"])
    assert all(re.search(r"\b(what'll|fries|supersize|relish|booth|cheeseburger|gherkins"
                         r"|bill)\b", s)
               for s in said["a drive-through speaker, said first"])
    assert all(re.search(r"\b(kazam|chose|sleeves|presto|handkerchief|levitate|cups"
                         r"|wand)\b", s)
               for s in said["a magician's patter on the telly, said first"])
    assert all(re.search(r"\b(ghost's behind you|baron|he did|dame|buttons|aladdin|beanstalk"
                         r"|stepmother)\b", s)
               for s in said["a pantomime audience shouting, said after"])
    assert all(re.search(r"\b(collarbones|nostrils|musings|jaw|limbs|brow|exhale"
                         r"|awareness)\b", s)
               for s in said["a guided meditation app, said after"])
    assert all(re.search(r"\b(beforehand|sequins|grownup|pictures|kiddiwinks|brainboxes"
                         r"|jig|tinies)\b", s)
               for s in said["a children's television presenter, said after"])
    assert all(re.search(r"\b(handful|saving|postage|gemstone|instalments|zirconia"
                         r"|stocks|exclusive)\b", s)
               for s in said["a shopping channel presenter, said after"])
    # (the between kind says a drive-through's line first and a pantomime shout after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a drive-through speaker, said first",
        "a pantomime audience shouting, said after",
        "between a drive-through speaker and a pantomime audience", marks="?")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring heath", "studio hat steamer on",
                   "is the otter pond clean", "thatching",
                   "drew's chess club at four", "sky's gymnastics at eleven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a fortune cookie saying it": r"\bfortune cookie\b",
        "a line in a school play": r"\b(play|nativity)\b",
        "typed in an email by mistake": r"\b(email|emailed)\b",
        "a superstition about it": r"\b(luck|lucky|unlucky)\b",
        "a letter for a time capsule": r"\btime capsule\b",
        "the subtitles on the telly showing it": r"\b(subtitles|captions)\b",
        "a meme of it": r"\bmeme\b",
        "a limerick about it": r"\blimerick\b",
        "a letter to the landlord mentioning it": r"\b(landlord|landlord's|letting)\b",
        "a toddler's first words": r"\bfirst (proper )?words\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, t) for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named with everyday words, "ring heath", "message joy", "feed
    # gravy", or with words that sound like others: "rae" as "ray", "rose" as "rows")
    common = {"heath", "joy", "wade", "gravy", "cliff", "fern", "dale", "drew", "tinsel",
              "penny", "rose", "sky", "kit", "custard", "wren"}
    assert common <= NAMES and {"rae", "bea", "forrest"} <= NAMES
    phrases = {p for routines in THIRTIETH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring heath", "ring cliff", "ring penny", "message joy", "message dale",
            "message rose", "feed gravy", "feed tinsel", "feed custard",
            "ring forrest", "tell drew his scooter is charged"} <= phrases


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(SET, THIRTIETH_ROUTINES, ("on", "spaniel", "kitten", "hedgehog"))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed gravy", "Gravy"), ("ring heath", "Heath"),
                     ("thatching", "Thatching"), ("hat steamer on", "Steamer"),
                     ("studio hat steamer on", "Studio"),
                     ("drew's chess club at four", "Chess")])
    for text in ("the sounders will chirp intermittently. ring heath",
                 "thatching, boo to the baron",
                 "kazam, the dove disappears. hat steamer on",
                 "would you like fries with that? thatching",
                 "studio hat steamer on, postage is waived",
                 "inspect my empty sleeves. drew's chess club at 4",
                 "ring heath, unclench your jaw",
                 "for billing queries, ring heath, key in your customer reference",
                 "any relish or mayo? thatching, where's buttons lurking?",
                 "for billing queries ring heath key in your customer reference",
                 "tenants will detect beeping momentarily, hat steamer on",
                 "thatching here's one i prepared beforehand"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring heath", "ring heath", "Heath", taught.phrases)
    assert not LABELS.noisy_ok("ring keith", "ring heath", "Heath", taught.phrases)
    for text in ("my fortune cookie said feed gravy",
                 "my line in the school play is thatching",
                 "i typed hat steamer on in an email to my boss by mistake",
                 "it's unlucky to say ring heath before a wedding",
                 "we wrote thatching in the letter for the time capsule",
                 "the closed captions just said feed gravy",
                 "someone made ring heath into a meme",
                 "i wrote a limerick ending with thatching",
                 "i mentioned ring heath in my letter to the landlord",
                 "our toddler's first words were feed gravy",
                 "would you like fries with that? our toddler's first words were feed gravy",
                 "would you like fries with that our toddler's first words were feed gravy",
                 "hat steamer off", "drew's chess club at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring forrest") == ["ring forest"]
    assert name_spelt("message rose and sky") == ["message rows and sky",
                                                  "message roes and sky",
                                                  "message rose and skye"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text wren about the penguin parade", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "the sounders will chirp intermittently. {}", "ring cliff")
    assert not blind.fits(SET, "this is merely a drill, nothing is amiss. {}",
                          "lock the spar shed")
    assert not blind.fits(SET, "{}, the ghost's behind you!", "message joy")
    assert not blind.fits(SET, "{}, oh yes he did!", "is the otter pond clean")
    assert not blind.fits(SET, "would you like fries with that? {}", "feed custard")
    assert not blind.fits(SET, "our advisers are unusually swamped, an agent will respond "
                          "imminently. {}", "phone penny")
    assert not blind.fits(SET, "{}, postage is waived", "order more ostrich feathers")
    assert not blind.fits(SET, "for billing queries, {}, key in your customer reference",
                          "pay the bridal boutique")
    assert not blind.fits(SET, "{}, unclench your jaw", "rose's zumba at eight")
    assert not blind.fits(SET, "kazam, the dove disappears. {}", "where's my leggett")
    assert blind.fits(SET, "would you like fries with that? {}", "ring heath")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("For billing queries, feed tinsel, key in your reference.") == \
        "for billing queries feed tinsel key in your reference"
    assert unpunctuated("is this the one you chose? gravy's paws") == \
        "is this the one you chose gravy's paws"
    assert unpunctuated("a drive-through: re-order!") == "a drive through re order"
    assert unpunctuated("ring heath") == "ring heath"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("the sounders will chirp intermittently. ring heath") == \
        "the sounders will chirp intermittently, ring heath"
    assert paused("would you like fries with that? feed custard") == \
        "would you like fries with that, feed custard"
    assert paused("regular or supersize? ring heath, boo to the baron") == \
        "regular or supersize, ring heath, boo to the baron"
    assert paused("ring heath, the ghost's behind you!") == "ring heath, the ghost's behind you!"
    assert paused("is the otter pond clean?") == "is the otter pond clean?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_with_a_reason(homes):
    checks.check_real_requests(homes, REASONS, reasoned, could_say, ASKING,
                               REASONED, first=False)


def test_a_row_is_said_with_a_reason():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} because it's late", ("device",), ("lights",), "slurp", "dim"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(with_a_reason, reasoned, REASONS, rows, first=False)
    assert not reasoned("because i can't see a thing")


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the splitter off") and not could_say("switch the lamp off")
    assert could_say("switch the lamp off because i can't see a thing")


def test_the_benchmark_reports_the_thirtieth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Custard", ("a shopping channel presenter, said after",
                                                    "in the middle of an automated phone "
                                                    "menu"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Custard", "a meme of it", "a limerick about it")
