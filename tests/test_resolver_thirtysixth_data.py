"""The thirty-sixth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtysixth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said after the speaker remembers what they meant to ask
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
from _resolver_thirtysixth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    RECALLING,
    SEEDS,
    SET,
    could_say,
    misheard,
    name_spelt,
    paused,
    remembered_before,
    unpunctuated,
    with_it_remembered,
)
from _resolver_thirtysixth_labels import LABELS  # noqa: E402
from _resolver_thirtysixth_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    THIRTYSIXTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

NAME = "thirtysixth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirty-fifth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirty-sixth set's real sentences are rows of "
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
            "in the middle of wedding vows rehearsed", "a banner towed by a plane"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a line of the debate, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a parliamentary debate on the radio, said first",
                             "in the middle of a parliamentary debate on the radio")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a rugby commentator on the telly, said first":
            r"\b(tackle|lineout's|maul|tryline|winger|sidestep|scrum|ruck's)\b",
        "a detective drama on the telly, said first":
            r"\b(motive|fingerprints|victim|inspector|alibi's|corpse|suspect's|arrest)\b",
        "a parliamentary debate on the radio, said first":
            r"\b(constituents|chancellor|backbenchers|ayes|minister|clerk|motion"
            r"|opposition)\b",
        "a stock market report on the radio, said first":
            r"\b(ftse|sterling|shares|bonds|index|dividend|investors|gilts)\b",
        "a cycling commentator on the telly, said after":
            r"\b(peloton's|climb|breakaway's|maillot|puncture|sprinters|domestiques"
            r"|pileup)\b",
        "an archaeology programme on the telly, said after":
            r"\b(denarius|geophys|neolithic|burial|arrowheads|excavation|saxon|mosaic)\b",
        "a classical music presenter on the radio, said after":
            r"\b(concerto|handel|adagio|mozart|soprano|finale|allegro|symphony)\b",
        "a video game's announcer, said after":
            r"\b(stage|trophy|respawn|eliminated|overlord|gems|savepoint|killstreak)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a rugby call is short, and two of the lines said first are exclamations)
    assert all(len(s.split()) <= 8 for s in said["a rugby commentator on the telly, said first"])
    assert any("! {}" in t for t in kinds["a rugby commentator on the telly, said first"])
    assert any("! {}" in t for t in kinds["a detective drama on the telly, said first"])
    # (the between kind says a rugby call first and a cycling line after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a rugby commentator on the telly, said first",
        "a cycling commentator on the telly, said after",
        "between a rugby call and a cycling commentary", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring gail", "net shed lamp on",
                   "how cold is the fermenting room", "bottling",
                   "isla's sailing at five", "rhys's judo at eight"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a sound check at a gig": r"\bsound check\b",
        "written on a postcard": r"\bpostcard\b",
        "a dish on a menu": r"\bmenu\b",
        "an advert's jingle": r"\bjingle\b.*\badvert|\badvert.*\bjingle\b",
        "a house name on a gatepost": r"\bgatepost\b",
        "a sticker on a reward chart": r"\bsticker|\breward chart\b",
        "a notification on a phone": r"\bnotification\b",
        "an exam question about it": r"\bexam\b",
        "a spell in a children's game": r"\bspell\b",
        "written in the sand": r"\bsand\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named with everyday words, "ring gail" beside "is there a gale
    # warning", "feed malt" beside "has the malt arrived", "feed nettle" beside "clear
    # the nettle patch", or with words that sound like others: "hugh" as "hue", "rhys" as
    # "reece")
    common = {"coral", "wade", "pilot", "chase", "fay", "amber", "malt", "hazel", "poppy",
              "nettle", "brook"}
    sounding = {"gail", "coral", "isla", "wade", "niall", "fay", "sean", "hugh", "forrest",
                "rhys", "brook"}
    assert common | sounding <= NAMES
    phrases = {p for routines in THIRTYSIXTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring gail", "ring niall", "ring chase", "ring hugh", "ring hazel", "ring brook",
            "message coral", "message fay", "message forrest", "feed pilot", "feed malt",
            "feed nettle", "is there a gale warning", "has the malt arrived",
            "is the amber ale ready", "clear the nettle patch",
            "is the pilot boat back in"} <= phrases
    assert {"gale", "choral", "islay", "neil", "faye", "hue", "shaun", "forest", "reece",
            "brooke"} <= {o for others in NAME_SPELLINGS.values() for o in others}


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, THIRTYSIXTH_ROUTINES, ("on", "spaniel", "beagle", "moggy"),
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed pilot", "Pilot"), ("ring gail", "Gail"),
                     ("bottling", "Bottling"), ("shed lamp on", "Shed"),
                     ("net shed lamp on", "Net"),
                     ("wade's karate at eight", "Karate")])
    for text in ("the chancellor of the exchequer, is sorely misguided. ring gail",
                 "bottling, a denarius in the trench",
                 "a thunderous tackle. shed lamp on",
                 "the butler had a motive. bottling",
                 "net shed lamp on, next some handel",
                 "the suspect's absconded, then wade's karate at 8",
                 "ring gail, the peloton's splintering",
                 "on behalf of my constituents, ring gail, i strenuously protest",
                 "what a sidestep! bottling, the sprinters jostle",
                 "on behalf of my constituents ring gail i strenuously protest",
                 "the fingerprints are smudged, shed lamp on",
                 "bottling the overlord lurks"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring gale", "ring gail", "Gail", taught.phrases)
    assert not LABELS.noisy_ok("ring gwen", "ring gail", "Gail", taught.phrases)
    for text in ("the roadie kept saying feed pilot into the mic for the sound check",
                 "the postcard from auntie just says bottling",
                 "the pub's menu has a pie called ring gail",
                 "that advert jingle goes shed lamp on",
                 "the house name on their gatepost is feed pilot",
                 "the sticker on his reward chart says bottling",
                 "a notification popped up on my phone saying ring gail",
                 "there was a whole exam question on feed pilot",
                 "the children made up a spell that goes ring gail",
                 "someone wrote bottling in the sand at the beach",
                 "a thunderous tackle. the postcard from auntie just says feed pilot",
                 "a thunderous tackle the postcard from auntie just says feed pilot",
                 "shed lamp off", "wade's karate at nine"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("message coral") == ["message choral"]
    assert name_spelt("message fay and amber") == ["message faye and amber",
                                                   "message fey and amber"]
    assert name_spelt("ring niall") == ["ring neil", "ring nial"]
    assert name_spelt("ring gail") == ["ring gale", "ring gayle"]
    assert name_spelt("ring chase") == [] and name_spelt("clear the nettle patch") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text niall about the crew rota", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "a thunderous tackle. {}", "isla's sailing at five")
    assert not blind.fits(SET, "the butler had a motive. {}", "ring niall")
    assert not blind.fits(SET, "the victim was poisoned. {}", "text brook about the injured "
                          "hoglet")
    assert not blind.fits(SET, "the motion is carried, amid uproar. {}", "pay the duty bill")
    assert not blind.fits(SET, "shares in miners tumbled. {}", "order more hops")
    assert not blind.fits(SET, "{}, the peloton's splintering", "tell wade his wetsuit is "
                          "drying")
    assert not blind.fits(SET, "{}, flint arrowheads aplenty", "where's my head torch")
    assert not blind.fits(SET, "{}, the soprano soars", "how rough is the harbour")
    assert not blind.fits(SET, "{}, stage cleared", "muster drill")
    assert not blind.fits(SET, "{}, the sprinters jostle", "message forrest")
    assert blind.fits(SET, "{}, the peloton's splintering", "ring gail")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("A thunderous tackle. Feed pilot, the peloton's splintering.") == \
        "a thunderous tackle feed pilot the peloton's splintering"
    assert unpunctuated("what a sidestep! isla's sailing at five") == \
        "what a sidestep isla's sailing at five"
    assert unpunctuated("a walkie-talkie: re-route!") == "a walkie talkie re route"
    assert unpunctuated("ring gail") == "ring gail"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("a thunderous tackle. ring gail") == "a thunderous tackle, ring gail"
    assert paused("the fingerprints are smudged! feed malt") == \
        "the fingerprints are smudged, feed malt"
    assert paused("disgraceful, chorus the backbenchers. ring gail and, the domestiques "
                  "are spent") == \
        "disgraceful, chorus the backbenchers, ring gail and, the domestiques are spent"
    assert paused("ring gail, the sprinters jostle!") == "ring gail, the sprinters jostle!"
    assert paused("is the pilot boat back in?") == "is the pilot boat back in?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_after_the_speaker_remembers_it(homes):
    checks.check_real_requests(homes, RECALLING, remembered_before, could_say, ASKING,
                               JOINED, first=True)


def test_a_row_is_said_after_the_speaker_remembers_it():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("oh right the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(with_it_remembered, remembered_before, RECALLING, rows, first=True)
    assert not remembered_before(checks.words("now what was i after, oh yes"))


def test_the_remembering_says_no_word_of_a_pool_and_no_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *THIRTYSIXTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in RECALLING for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of"}, sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the chiller off") and not could_say("switch the lamp off")
    assert could_say("my mind's gone blank oh right switch the lamp off")


def test_the_benchmark_reports_the_thirtysixth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Pilot", ("an archaeology programme on the telly, "
                                                  "said after",
                                                  "in the middle of a parliamentary debate "
                                                  "on the radio"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Pilot", "written on a postcard",
                                    "a spell in a children's game")
