"""The thirty-seventh held-out set of benchmarks/resolver.py
(benchmarks/_resolver_thirtyseventh.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker ends a phone call that
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
from _resolver_thirtyseventh import (  # noqa: E402
    ASKING,
    CLAUSES,
    ENDED_CALLS,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    call_ended_before,
    could_say,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    with_a_call_ended,
)
from _resolver_thirtyseventh_labels import LABELS  # noqa: E402
from _resolver_thirtyseventh_text import (  # noqa: E402
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    THIRTYSEVENTH_ROUTINES,
    UNTAUGHT,
    WRAPPERS,
)

NAME = "thirtyseventh"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
thirty-sixth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the thirty-seventh set's real sentences are rows of "
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
            "a notification on a phone"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into an interview answer, which goes on after it; the stretch
    # before it is no whole answer of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a job interview practised aloud, said first",
                             "in the middle of a job interview answer practised aloud")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "an audiobook narrator, said first":
            r"\b(heath|envelope|brougham|governess|secret|nephew|orphan|manor's)\b",
        "a dungeon master at a tabletop role-playing game, said first":
            r"\b(hobgoblin|crypt|ogre|rogue|paladin's|wyvern|innkeeper|lich)\b",
        "revision flashcards read aloud, said first":
            r"\b(chlorophyll|mitochondria|versailles|osmosis|cromwell|metaphor|igneous"
            r"|hypotenuse)\b",
        "a job interview practised aloud, said first":
            r"\b(employment|weakness|deadlines|colleagues|referees|department|forte"
            r"|salary)\b",
        "a swimming commentator on the telly, said after":
            r"\b(glide|butterfly|wall|backstroke's|dive|freestyle|relay|breaststroke's)\b",
        "an election night programme on the telly, said after":
            r"\b(turnout's|liberals|psephologists|recount|ballots|landslide|incumbent's"
            r"|parliament)\b",
        "a stargazing app, said after":
            r"\b(betelgeuse|plough's|saturn|orion's|meteor|jupiter's|cassiopeia|andromeda)\b",
        "a card game at the kitchen table, said after":
            r"\b(trumps|dealing|pontoon|sticking|trick|rummy|cribbage)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a dungeon master's line is short, and two of the kinds said first have an
    # exclamation)
    assert all(len(s.split()) <= 8 for s in said[
        "a dungeon master at a tabletop role-playing game, said first"])
    assert any("! {}" in t for t in kinds[
        "a dungeon master at a tabletop role-playing game, said first"])
    assert any("! {}" in t for t in kinds["an audiobook narrator, said first"])
    # (the between kind says a dungeon master's line first and a card game call after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a dungeon master at a tabletop role-playing game, said first",
        "a card game at the kitchen table, said after",
        "between a dungeon master's line and a card game call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("ring lorne", "oyster tank pump on",
                   "how dry is the drying barn", "gymkhana",
                   "april's swimming at six", "carter's football at eight"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "written in a diary": r"\bdiary\b",
        "a street named it": r"\bstreet\b|\bcul de sac\b|\broad\b",
        "a shop's name": r"\bshop\b",
        "a yoga pose named it": r"\byoga\b.*\bpose\b|\bpose\b.*\byoga\b",
        "a dance move named it": r"\bdance move\b",
        "a name badge saying it": r"\bname badge\b",
        "printed on a tea towel": r"\btea towel\b",
        "a plant variety named it": r"\b(sweet pea|tomato|rose|dahlia|potato|tulip)\b",
        "tapped out in morse code": r"\bmorse code\b",
        "a word association game": r"\bword association\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named after months, trades, a tool, a herb or a colour that
    # another phrase of the home says as a word, "ring jack" beside "where's the trailer
    # jack", "feed bay" beside "dry the bay leaves"; or with names a recogniser writes as
    # another word, "laurie" as "lorry" beside "has the hay lorry come")
    months = {"june", "april"}
    trades = {"cooper", "tanner", "carter"}
    words_too = {"jack", "ash", "winkle", "bay", "rosemary", "rusty", "violet"}
    sounding = {"lorne", "laurie", "maurice", "honor", "scarlett", "rosemary", "beau"}
    assert months | trades | words_too | sounding <= NAMES
    phrases = {p for routines in THIRTYSEVENTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring jack", "where's the trailer jack", "tell ash his waders are by the door",
            "clear the ash from the stove", "feed winkle", "rinse the winkles", "feed bay",
            "dry the bay leaves", "ring rosemary", "prune the rosemary", "feed rusty",
            "oil the rusty hinge", "message laurie", "has the hay lorry come",
            "message maurice", "are the morris dancers booked", "ring scarlett",
            "where's the scarlet saddle cloth", "message june", "message june and april",
            "ring tanner", "ring beau"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    assert {"lawn", "lorry", "morris", "honour", "scarlet", "rose mary", "bow"} <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert {"lorry", "morris", "scarlet"} <= said


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, THIRTYSEVENTH_ROUTINES, ("on", "lurcher", "springer", "pony"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed rusty", "Rusty"), ("ring lorne", "Lorne"),
                     ("gymkhana", "Gymkhana"), ("tank pump on", "Tank"),
                     ("oyster tank pump on", "Oyster"),
                     ("carter's football at eight", "Football")])
    for text in ("my greatest weakness, is perfectionism. ring lorne",
                 "gymkhana, that's betelgeuse",
                 "you descend into a fetid crypt. tank pump on",
                 "the heath lay hushed beneath a pewter dusk. gymkhana",
                 "oyster tank pump on, trumps are spades",
                 "igneous rocks solidify from magma, then carter's football at 8",
                 "ring lorne, turnout's plummeted",
                 "in my former employment, ring lorne, i surpassed every quota",
                 "the wyvern shrieks! gymkhana, rummy",
                 "in my former employment ring lorne i surpassed every quota",
                 "a metaphor isn't literal, tank pump on",
                 "gymkhana a freestyle masterclass"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("ring lawn", "ring lorne", "Lorne", taught.phrases)
    assert not LABELS.noisy_ok("ring lane", "ring lorne", "Lorne", taught.phrases)
    for text in ("my diary for last tuesday just says feed rusty",
                 "there's a street in the new estate called gymkhana",
                 "the new shop on the high street is called ring lorne",
                 "in yoga class we did a pose called tank pump on",
                 "the kids invented a dance move called feed rusty",
                 "the waitress's name badge just read gymkhana",
                 "nana's tea towel has ring lorne printed on it",
                 "the garden centre sells a sweet pea called feed rusty",
                 "he flashed ring lorne in morse code with a torch",
                 "we played word association and my answer was gymkhana",
                 "you descend into a fetid crypt. my diary for last tuesday just says feed rusty",
                 "you descend into a fetid crypt my diary for last tuesday just says feed rusty",
                 "tank pump off", "carter's football at nine"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("message maurice") == ["message morris"]
    assert name_spelt("message maurice and honor") == ["message morris and honor",
                                                       "message maurice and honour"]
    assert name_spelt("ring rosemary") == ["ring rose mary", "ring rosemarie"]
    assert name_spelt("text laurie") == ["text lorry", "text lori"]
    assert name_spelt("ring jack") == ["ring jac"]
    assert name_spelt("ring tanner") == [] and name_spelt("has the hay lorry come") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text lorne about the harbour dues", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "you descend into a fetid crypt. {}", "lock the boat shed")
    assert not blind.fits(SET, "the orphan clutched a tarnished locket, then {}", "ring jack")
    assert not blind.fits(SET, "chlorophyll absorbs photons. {}",
                          "how dry is the drying barn")
    assert not blind.fits(SET, "my salary expectations, are negotiable, oh and {}",
                          "pay the feed merchant")
    assert not blind.fits(SET, "{}, a searing butterfly stroke", "april's swimming at "
                          "six")
    assert not blind.fits(SET, "{}, a recount in dunstable", "count the trestles")
    assert not blind.fits(SET, "{}, saturn is climbing", "arena lights on")
    assert not blind.fits(SET, "{}, pontoon", "turn the oyster bags")
    assert not blind.fits(SET, "{}, that's betelgeuse", "is the paddock waterlogged")
    assert not blind.fits(SET, "{}, you're dealing", "message laurie")
    assert blind.fits(SET, "{}, that's betelgeuse", "ring lorne")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("You descend into a fetid crypt. Feed rusty, trumps are spades.") == \
        "you descend into a fetid crypt feed rusty trumps are spades"
    assert unpunctuated("the wyvern shrieks! april's swimming at six") == \
        "the wyvern shrieks april's swimming at six"
    assert unpunctuated("a role-playing game: re-roll!") == "a role playing game re roll"
    assert unpunctuated("ring lorne") == "ring lorne"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("you descend into a fetid crypt. ring lorne") == "you descend into a fetid crypt, ring lorne"
    assert paused("cromwell dissolved the monasteries! feed bay") == \
        "cromwell dissolved the monasteries, feed bay"
    assert paused("candidly, i thrive on deadlines. ring lorne and, the medley relay's "
                  "anchored superbly") == \
        "candidly, i thrive on deadlines, ring lorne and, the medley relay's anchored superbly"
    assert paused("ring lorne, rummy!") == "ring lorne, rummy!"
    assert paused("is the causeway flooded?") == "is the causeway flooded?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_after_a_phone_call_is_ended(homes):
    checks.check_real_requests(homes, ENDED_CALLS, call_ended_before, could_say, ASKING,
                               JOINED, first=True)


def test_a_row_is_said_after_a_phone_call_is_ended():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("okay the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(with_a_call_ended, call_ended_before, ENDED_CALLS, rows, first=True)
    assert not call_ended_before(checks.words("okay mum, speak soon"))


def test_ending_a_call_says_no_word_of_a_pool_and_no_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *THIRTYSEVENTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in ENDED_CALLS for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of"}, sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the pump off") and not could_say("switch the lamp off")
    assert could_say("okay mum speak soon switch the lamp off")


def test_the_benchmark_reports_the_thirtyseventh_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Rusty", ("a stargazing app, said after",
                                                  "in the middle of a job interview answer "
                                                  "practised aloud"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Rusty", "written in a diary", "a word association game")
