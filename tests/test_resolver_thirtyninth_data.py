"""The thirty-ninth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtyninth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker sneezes or clears
their throat that no other split uses. Half of the cases said beside a clause are there again as a
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
from _resolver_thirtyninth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    SNEEZED,
    after_a_sneeze,
    could_say,
    misheard,
    name_spelt,
    paused,
    sneezed_before,
    unpunctuated,
)
from _resolver_thirtyninth_labels import LABELS  # noqa: E402
from _resolver_thirtyninth_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    THIRTYNINTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

NAME = "thirtyninth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirty-eighth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirty-ninth set's real sentences are rows of "
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
    assert {"a murder mystery party's script read aloud, said first",
            "a figure skating commentator on the telly, said after",
            "a karaoke machine's scoring voice, said after", "a hurricane named it",
            "an ice cream flavour named it", "a pictionary drawing of it",
            "in the middle of a retirement speech rehearsed",
            "a workout video instructor, said first", "a tennis umpire on the telly, said first",
            "a weather forecast on the radio, said after", "written in a birthday card",
            "a delivery driver at the door, said first", "a word played at scrabble",
            "a hairdresser's small talk, said first", "a title with it in",
            "a cricket commentary heard on the radio, said after", "a meme of it",
            "a line of an old song sung, said after", "a crossword answer",
            "a stand-up comedian on the telly, said after", "a racehorse named it",
            "a paint colour named it", "a cocktail named it", "a fortune cookie saying it",
            "asking for a rhyme for it", "a dream about it", "a tattoo of it"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a monologue rehearsed, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "an amateur dramatics monologue rehearsed, said first",
                             "in the middle of an amateur dramatics monologue rehearsed")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "an amateur dramatics monologue rehearsed, said first":
            r"\b(liege|mistress|bassanio|macbeth|cassius|dagger|usurper's|breach|doublet's)\b",
        "a ghost story told by torchlight, said first":
            r"\b(abbess|floorboards|headless|guttered|spectral|portrait's|chains|mausoleum)\b",
        "a pet parrot squawking, said first":
            r"\b(polly|beakface|squawk|scallywag|cuckoo|hubba)\b",
        "a holiday brochure read aloud, said first":
            r"\b(villas|resort|tavernas|excursions|transfers|cabana|snorkelling|lagoons)\b",
        "a curling commentator on the telly, said after":
            r"\b(sweepers|takeout|draw weight|granite's|guard|skip's|hammer's|freeze)\b",
        "a birdsong app naming a bird, said after":
            r"\b(chiffchaff|firecrest|thrush|blackcap|dunnock|treecreeper|yellowhammer"
            r"|greenfinch)\b",
        "a school sports day megaphone over the fence, said after":
            r"\b(race|racers|relay|javelin|sprint|hurdlers|tug of war|rosettes)\b",
        "a pottery throwing programme on the telly, said after":
            r"\b(clay's|coning|sgraffito|kiln's|spout|glaze|potters|handles)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a parrot's squawk is short, and two of the kinds said first have an exclamation)
    assert all(len(s.split()) <= 5 for s in said["a pet parrot squawking, said first"])
    assert any("! {}" in t for t in kinds["a pet parrot squawking, said first"])
    assert any("! {}" in t for t in kinds["a ghost story told by torchlight, said first"])
    # (the between kind says a parrot's squawk first and a curling commentator's line
    # after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a pet parrot squawking, said first",
        "a curling commentator on the telly, said after",
        "between a parrot's squawk and a curling commentator's line", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give cole a ring", "car dashcam on", "is the wicket dry",
                   "highlights", "penny's swimming at six", "ash's judo at eight"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a yearbook quote": r"\byearbook\b",
        "a video game level named it": r"\bvideo game level\b",
        "a child's imaginary friend named it": r"\bimaginary friend\b",
        "a star named after it": r"\bstar\b",
        "a lipstick shade named it": r"\blipstick shade\b",
        "a spoonerism of it": r"\bspoonerism\b",
        "a toast raised with it": r"\btoast\b",
        "signing it at a sign language class": r"\bsign\b",
        "a game of whispers passing it on": r"\bwhispers\b",
        "a biscuit brand named it": r"\bbiscuit brand\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named after a part of a car, a distance or a coin, the kit of a
    # game or the wood it is made of, a haircut or a hair colour that another phrase of
    # the home says as a word, "feed clutch" beside "is the clutch slipping"; or with
    # names a recogniser writes as another word, "mo" as "mow" beside "mow the outfield")
    car_and_money = {"clutch", "miles", "penny"}
    game_and_wood = {"stumps", "willow", "ash"}
    hair = {"bob", "ginger"}
    sounding = {"laine", "reid", "mo", "cole", "di", "stu", "hugh", "sean", "rose"}
    assert car_and_money | game_and_wood | hair | sounding <= NAMES
    phrases = {p for routines in THIRTYNINTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed clutch", "is the clutch slipping", "drop miles a line",
            "log the lesson miles", "give penny a ring", "empty the penny jar",
            "feed stumps", "pull up the stumps", "drop willow a line", "oil the willow bats",
            "give ash a ring", "empty the ash pan", "drop bob a line", "brush out the bob wig",
            "feed ginger", "order more ginger tint", "ring laine", "is the bus lane clear",
            "give reid a ring", "read the highway code", "phone mo", "mow the outfield",
            "give cole a ring", "fill the coal scuttle", "ring di", "mix the hair dye",
            "tell stu his football boots are by the shed", "is the stew done",
            "message miles and penny", "message willow and ash",
            "message bob and amber"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    assert {"lane", "read", "mow", "coal", "dye", "stew", "hue", "shorn", "rows"} <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert {"lane", "read", "mow", "coal", "dye", "stew"} <= said
    # (a name that is a word of its home has no other spelling)
    assert not (car_and_money | game_and_wood | hair) & set(NAME_SPELLINGS)


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, THIRTYNINTH_ROUTINES, ("on", "whippet", "labrador", "moggy"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "comb ", "give ", "drop ", "send ", "call "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed clutch", "Clutch"), ("give cole a ring", "Cole"),
                     ("highlights", "Highlights"), ("roller on", "Roller"),
                     ("pitch roller on", "Pitch roller"),
                     ("ash's judo at eight", "Judo")])
    for text in ("yon cassius, hath a famished aspect. give cole a ring",
                 "highlights, a treecreeper chirping",
                 "polly polly! roller on",
                 "the lantern guttered and died. highlights",
                 "pitch roller on, the clay's collapsed",
                 "chains rattled beneath the vestry, then ash's judo at 8",
                 "give cole a ring, sweepers frantic",
                 "is this a dagger, give cole a ring, which i see before me",
                 "polly polly! highlights, sweepers frantic",
                 "is this a dagger give cole a ring which i see before me",
                 "the portrait's eyeballs swivelled, roller on",
                 "highlights that's a chiffchaff"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give coal a ring", "give cole a ring", "Cole", taught.phrases)
    assert not LABELS.noisy_ok("give coil a ring", "give cole a ring", "Cole", taught.phrases)
    for text in ("her yearbook quote was feed clutch",
                 "i'm stuck on a video game level named highlights",
                 "our youngest has an imaginary friend called give cole a ring",
                 "grandpa paid to name a star roller on",
                 "my favourite lipstick shade is called feed clutch",
                 "the vicar made a spoonerism out of highlights",
                 "at the reunion we drank a toast to give cole a ring",
                 "at sign language class we learned to sign pitch roller on",
                 "we played whispers and the message ended up as feed clutch",
                 "there's a biscuit brand named highlights in the tin",
                 "polly polly! her yearbook quote was feed clutch",
                 "polly polly her yearbook quote was feed clutch",
                 "roller off", "ash's judo at nine"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring laine") == ["ring lane", "ring layne"]
    assert name_spelt("phone mo") == ["phone mow", "phone moe"]
    assert name_spelt("message bob and amber") == []  # (a haircut, no other spelling)
    assert name_spelt("mow the outfield") == []  # (a verb, not the name)
    assert name_spelt("give cole a ring") == ["give coal a ring", "give kohl a ring"]
    assert name_spelt("tell stu his football boots are by the shed") == [
        "tell stew his football boots are by the shed"]
    assert name_spelt("give penny a ring") == [] and name_spelt("fill the coal scuttle") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text cole about the tea interval", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "the lantern guttered and died. {}", "carport light on")
    assert not blind.fits(SET, "a clammy dankness seeped through the mausoleum, oh and {}",
                          "fill the coal scuttle")
    assert not blind.fits(SET, "polly craves crackers. {}", "feed ginger")
    assert not blind.fits(SET, "is this a dagger, which i see before me. {}",
                          "read the highway code")
    assert not blind.fits(SET, "sunbaked villas overlook the marina. {}",
                          "pay the car insurance")
    assert not blind.fits(SET, "{}, sweepers frantic", "sweep up the clippings")
    assert not blind.fits(SET, "{}, that's a chiffchaff", "order more grass seed")
    assert not blind.fits(SET, "{}, parents' sprint next", "ash's judo at eight")
    assert not blind.fits(SET, "{}, the kiln's unforgiving", "salon hood dryer on")
    assert not blind.fits(SET, "{}, the clay's collapsed", "is the wicket dry")
    assert not blind.fits(SET, "{}, a takeout", "drop bob a line")
    assert blind.fits(SET, "{}, the clay's collapsed", "give cole a ring")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Polly polly! Feed clutch, sweepers frantic.") == \
        "polly polly feed clutch sweepers frantic"
    assert unpunctuated("a headless horseman galloped through the churchyard! "
                        "penny's swimming at six") == \
        "a headless horseman galloped through the churchyard penny's swimming at six"
    assert unpunctuated("the resort boasts a swim-up daiquiri shack.") == \
        "the resort boasts a swim up daiquiri shack"
    assert unpunctuated("give cole a ring") == "give cole a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("the lantern guttered and died. ring laine") == \
        "the lantern guttered and died, ring laine"
    assert paused("cheeky beakface! feed stumps") == "cheeky beakface, feed stumps"
    assert paused("hubba hubba. ring mo so, that freeze was pinpoint") == \
        "hubba hubba, ring mo so, that freeze was pinpoint"
    assert paused("ring mo, sweepers frantic!") == "ring mo, sweepers frantic!"
    assert paused("is the wicket dry?") == "is the wicket dry?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_straight_after_a_sneeze(homes):
    checks.check_real_requests(homes, SNEEZED, sneezed_before, could_say, ASKING,
                               JOINED, first=True)


def test_a_row_is_said_straight_after_a_sneeze():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("sorry the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(after_a_sneeze, sneezed_before, SNEEZED, rows, first=True)
    assert not sneezed_before(checks.words("atishoo, bless me"))


def test_a_sneeze_says_no_word_of_a_pool_and_no_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *THIRTYNINTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in SNEEZED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up"}, sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the steamer off") and not could_say("switch the lamp off")
    assert could_say("achoo pardon me switch the lamp off")


def test_the_benchmark_reports_the_thirtyninth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Clutch", ("a birdsong app naming a bird, said after",
                                                   "in the middle of an amateur dramatics "
                                                   "monologue rehearsed"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Clutch", "a spoonerism of it",
                                    "a biscuit brand named it")
