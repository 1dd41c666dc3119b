"""The thirty-second held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtysecond.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said with a word back asked of the assistant after them
that no other split uses. Half of the cases said beside a clause are there again as a
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
from _resolver_thirtysecond import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    WORD_BACK,
    could_say,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    with_a_word_back,
    word_back,
)
from _resolver_thirtysecond_labels import LABELS  # noqa: E402
from _resolver_thirtysecond_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    THIRTYSECOND_ROUTINES,
    WRAPPERS,
)

NAME = "thirtysecond"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirty-first)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirty-second set's real sentences are rows of "
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
            "a sat-nav instruction, said first", "asking whether it exists",
            "a delivery driver at the door, said first", "a tattoo of it",
            "a shipping forecast heard on the radio, said first", "a title with it in",
            "comparison", "conditional for later", "video call", "countdown",
            "a podcast host reading an advert, said after", "a recipe step read aloud, "
            "said first", "a label read aloud, said first", "a sign that says it"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a phone-in host's line, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a radio phone-in host, said first",
                             "in the middle of a radio phone-in host's line")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a hairdresser's small talk, said first":
            r"\b(exotic|layers|fringe|quiff|blowdry|bob|sideburns|highlights)\b",
        "a language-learning app, said first":
            r"\b(nadar|pronunciation|gender|pepino|vielen|xp|perro|vocabulary)\b",
        "a radio phone-in host, said first":
            r"\b(broadcasting|contributions|contributor|forbearance|switchboard's"
            r"|insomniacs|correspondent|echoing)\b",
        "a choirmaster at rehearsal, said first":
            r"\b(altos|tenors|sopranos|basses|crescendo|baton|arpeggios|descant)\b",
        "a baby monitor crackling, said after":
            r"\b(snuffling|receiver's|receiver|static|whimper|snores|wail|babbling)\b",
        "a politician on the radio, said after":
            r"\b(candid|hardworking|premise|honourable|manifesto|deference|lectured"
            r"|taxpayers)\b",
        "a cookery competition judge on the telly, said after":
            r"\b(sponge|soggy|ganache|lamination|underbaked|crumb|meringue's|choux)\b",
        "a border control documentary on the telly, said after":
            r"\b(declare|yonder|holdall|sniffer|visa|cigarettes|stamp|quarantine)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a hairdresser's small talk is mostly a question)
    asked = [t for t in kinds["a hairdresser's small talk, said first"] if "? {}" in t]
    assert len(asked) >= 6, asked
    # (the between kind says a hairdresser's line first and a baby monitor's after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a hairdresser's small talk, said first",
        "a baby monitor crackling, said after",
        "between a hairdresser's small talk and a baby monitor", marks="?")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring sonny", "hangar inflator fan on",
                   "are the thermals rising", "sundaes",
                   "robin's karate at ten", "harry's drumming at eight"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a personalised number plate": r"\b(number plate|plate|reg)\b",
        "a paint colour named it": r"\b(paint|painted|shade|tester pot)\b",
        "a ringtone saying it": r"\bringtone\b",
        "given up for lent": r"\b(given|giving|gave|swore) (up|off)\b.*\blent\b",
        "a cocktail named it": r"\bcocktail\b",
        "a protest placard": r"\bplacards?\b",
        "a word the dog is trained to": r"\b(spaniel|collie|puppy|labrador|trainer|poodle)\b",
        "a family code word": r"\bcodeword\b",
        "a fridge magnet saying it": r"\b(fridge magnets?|magnet on the fridge)\b",
        "a football chant": r"\b(chant|chanting|chanted|singing)\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named with everyday words, "message crystal", "feed whisky", "tell
    # robin his scout shirt is pressed", "feed soot" beside "bag the soot", or with words
    # that sound like others: "sonny" as "sunny", "phil" as "fill", "lou" as "loo")
    common = {"crystal", "whisky", "robin", "lolly", "hazel", "soot", "brooke", "terry"}
    sounding = {"sonny", "phil", "flo", "wayne", "carrie", "lou", "doug", "harry", "dean",
                "claire"}
    assert common | sounding <= NAMES
    phrases = {p for routines in THIRTYSECOND_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring sonny", "ring wayne", "ring carrie", "ring lou", "ring doug", "ring dean",
            "message crystal", "message terry", "message claire", "feed whisky", "feed lolly",
            "feed soot", "bag the soot", "tell phil his kite is mended"} <= phrases
    assert {"sunny", "fill", "flow", "wane", "carry", "loo", "dug", "hairy"} <= {
        o for others in NAME_SPELLINGS.values() for o in others}


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(SET, THIRTYSECOND_ROUTINES, ("on", "sheepdog", "parrot", "terrier"))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed whisky", "Whisky"), ("ring sonny", "Sonny"),
                     ("ballooning", "Ballooning"), ("inflator fan on", "Inflator"),
                     ("hangar inflator fan on", "Hangar"),
                     ("phil's judo at nine", "Judo")])
    for text in ("jetting somewhere exotic soon? ring sonny",
                 "ballooning, the crumb is dense",
                 "altos, once more with gusto. inflator fan on",
                 "conjugate the verb, nadar. ballooning",
                 "hangar inflator fan on, your visa has lapsed",
                 "contributions encouraged, until the pips. phil's judo at 9",
                 "ring sonny, faint snuffling on the monitor",
                 "you're broadcasting, ring sonny, spill the beans, chap",
                 "layers or a bob? ballooning, tiny snores through the speaker",
                 "you're broadcasting ring sonny spill the beans chap",
                 "tenors, you're dragging, inflator fan on",
                 "ballooning let me be perfectly candid"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring sonny", "ring sonny", "Sonny", taught.phrases)
    assert not LABELS.noisy_ok("ring bonny", "ring sonny", "Sonny", taught.phrases)
    for text in ("the car in front had a number plate spelling feed whisky",
                 "the hall is painted a shade called ballooning",
                 "her ringtone is a robot voice saying ballooning",
                 "i've given up ring sonny for lent",
                 "the bar does a cocktail called inflator fan on",
                 "the placards at the march said feed whisky",
                 "their collie sits down whenever anyone says ring sonny",
                 "our family codeword for emergencies is ballooning",
                 "there's a fridge magnet that says feed whisky",
                 "the away end kept chanting ring sonny",
                 "altos, once more with gusto. the bar does a cocktail called feed whisky",
                 "altos once more with gusto the bar does a cocktail called feed whisky",
                 "inflator fan off", "phil's judo at ten"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring sonny") == ["ring sunny"]
    assert name_spelt("message crystal and flo") == ["message krystal and flo",
                                                     "message cristal and flo",
                                                     "message crystal and flow",
                                                     "message crystal and floe"]
    assert name_spelt("ring doug") == ["ring dug"] and name_spelt("bag the soot") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text wayne about the launch permit", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "jetting somewhere exotic soon? {}", "ballooning")
    assert not blind.fits(SET, "is the blowdry too toasty? {}", "hangar heater on")
    assert not blind.fits(SET, "{}, faint snuffling on the monitor", "message crystal")
    assert not blind.fits(SET, "{}, a whimper from the cot", "are the thermals rising")
    assert not blind.fits(SET, "{}, your sponge is stodgy", "feed lolly")
    assert not blind.fits(SET, "you're broadcasting, spill the beans, chap. {}",
                          "ring sonny")
    assert not blind.fits(SET, "altos, once more with gusto. {}", "harry's drumming at eight")
    assert not blind.fits(SET, "{}, anything to declare, chap", "lock the fuel shed")
    assert not blind.fits(SET, "{}, let me be perfectly candid", "renew the street licence")
    assert not blind.fits(SET, "conjugate the verb, nadar. {}", "text terry")
    assert blind.fits(SET, "{}, your sponge is stodgy", "ring sonny")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("You're broadcasting, feed soot, spill the beans, chap.") == \
        "you're broadcasting feed soot spill the beans chap"
    assert unpunctuated("fancy a few layers? whisky's paws") == \
        "fancy a few layers whisky's paws"
    assert unpunctuated("a hot-air balloon: re-route!") == "a hot air balloon re route"
    assert unpunctuated("ring sonny") == "ring sonny"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("altos, once more with gusto. ring sonny") == \
        "altos, once more with gusto, ring sonny"
    assert paused("fancy a few layers? feed lolly") == "fancy a few layers, feed lolly"
    assert paused("tempted by highlights. ring sonny, a whimper from the cot") == \
        "tempted by highlights, ring sonny, a whimper from the cot"
    assert paused("ring sonny, anything to declare, chap!") == \
        "ring sonny, anything to declare, chap!"
    assert paused("are the thermals rising?") == "are the thermals rising?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_with_a_word_back_asked_after_it(homes):
    checks.check_real_requests(homes, WORD_BACK, word_back, could_say, ASKING,
                               JOINED, first=False)


def test_a_row_is_said_with_a_word_back_asked_after_it():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(with_a_word_back, word_back, WORD_BACK, rows, first=False)
    assert not word_back("then ping me")


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the freezer off") and not could_say("switch the lamp off")
    assert could_say("switch the lamp off then ping me")


def test_the_benchmark_reports_the_thirtysecond_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Whisky", ("a border control documentary on the "
                                                   "telly, said after",
                                                   "in the middle of a radio phone-in "
                                                   "host's line"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Whisky", "a football chant", "a family code word")
