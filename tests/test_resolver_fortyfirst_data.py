"""The forty-first held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortyfirst.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker comes in from the cold
or the rain that no other split uses. Half of the cases said beside a clause are there
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
from _resolver_fortyfirst import (  # noqa: E402
    ASKING,
    CLAUSES,
    COLD,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    in_from_the_cold,
    in_from_the_weather,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
)
from _resolver_fortyfirst_labels import LABELS  # noqa: E402
from _resolver_fortyfirst_text import (  # noqa: E402
    FORTYFIRST_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fortyfirst"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fortieth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the forty-first set's real sentences are rows of "
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
    assert {"a sea shanty sung, said first", "a poker commentator on the telly, said after",
            "a card game at the kitchen table, said after",
            "a video game's announcer, said after",
            "a figure skating commentator on the telly, said after",
            "in the middle of a cheerleading chant practised",
            "a workout video instructor, said first",
            "a line of an old song sung, said after",
            "a wrestler's ring name", "a village named it", "a fridge magnet saying it",
            "a band's name", "a street named it", "a boat's name painted on it",
            "engraved on a trophy", "a local newspaper headline",
            "a wifi network named it", "a christmas cracker joke's punchline"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into grace said before a meal, which goes on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "grace said before a meal, said first",
                             "in the middle of grace said before a meal")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a singer's vocal warm-up, said first":
            r"\b(mee|zing|brrrrr|nay|wheee|octave|yah|rrrrr)\b",
        "a teenager talking to teammates on a gaming headset, said first":
            r"\b(flank|revive|sniper|sliver|loot|lobby|ping's|teamwiped)\b",
        "grace said before a meal, said first":
            r"\b(benedictus|provider|fellowship|loaves|farmers|hallowed|thanks|praise)\b",
        "a takeaway order phoned through, said first":
            r"\b(pepperoni|korma|poppadom|kebab|hawaiian|calamari|noodles|doner)\b",
        "a ski jumping commentator on the telly, said after":
            r"\b(gargantuan|slovenian's|telemark|skis|crosswind's|inrun|airborne|touchdown)\b",
        "a gymnastics commentator on the telly, said after":
            r"\b(dismount|beam|yurchenko|tsukahara|insteps|pommel|arbiters|vault)\b",
        "a mahjong game at the table, said after":
            r"\b(pung|kong|chow|discarding|tile|dots|dragon|chrysanthemum)\b",
        "a tai chi video on the telly, said after":
            r"\b(mane|monkey|sparrow's|crane|parry|dantian|serpent|leopard)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a warm-up's line is short; a game on a headset shouts, and an order asks)
    assert all(len(s.split()) <= 6 for s in said["a singer's vocal warm-up, said first"])
    assert any("! {}" in t for t in kinds["a teenager talking to teammates on a gaming "
                                          "headset, said first"])
    assert any("? {}" in t for t in kinds["a teenager talking to teammates on a gaming "
                                          "headset, said first"])
    assert any("? {}" in t for t in kinds["a takeaway order phoned through, said first"])
    assert any("! {}" in t for t in kinds["a singer's vocal warm-up, said first"])
    # (the between kind says a takeaway order first and a mahjong call after; every kind
    # is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a takeaway order phoned through, said first",
        "a mahjong game at the table, said after",
        "between a takeaway order and a mahjong call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give bree a ring", "electric foam saw on", "is the brie ripe",
                   "reupholstering", "rufus's swimming at five", "teddy's cubs at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a letter to santa": r"\b(letter to (santa|the north pole)|santa)\b",
        "a snowman named it": r"\bsnowman\b",
        "a crisp flavour named it": r"\bcrisp flavour\b",
        "a caravan named it": r"\bcaravan\b",
        "a gamer tag": r"\bgamer tag\b",
        "engraved inside a wedding band": r"\bengrav\w* inside\b.*\bwedding bands?\b",
        "a memorial bench plaque": r"\bmemorial bench\b",
        "a classified ad in the newspaper": r"\bclassified ad\b",
        "a speech bubble in a comic": r"\bspeech bubble\b.*\bcomic|\bcomic\b.*\bspeech bubble\b",
        "a superhero a child made up": r"\bsuperhero\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind


def test_no_out_of_scope_template_says_a_word_only_a_clause_says():
    # (a clause's words are struck wherever they are said: a template with one would
    # lose it)
    said = {w for ts in KIND_TEMPLATES.values() for t in [*ts] for w in
            re.findall(r"[a-z0-9']+", t.replace("{p}", " ").replace("{w}", " ")
                       .replace("{a}", " ").replace("{b}", " "))}
    said |= {w for t in NEAR_MISS_TEMPLATES for w in re.findall(r"[a-z']+", t)}
    assert not said & WRAPPER_WORDS, sorted(said & WRAPPER_WORDS)


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named after a small nail, a timber, a cloth, the day before a
    # feast, a pole, footwear, a soft toy or a container that another phrase of the home
    # says as a word, "ring brad" beside "is the brad nailer charged"; or with names a
    # recogniser writes as another word, "mike" as "mic" beside "test the karaoke mic")
    workshop = {"brad", "cherry", "velvet"}
    surgery = {"eve", "rod", "boots"}
    rounds = {"teddy", "tank"}
    sounding = {"lettice", "rufus", "bree", "minnie", "ali", "mona", "mike", "belle",
                "gerry", "mack"}
    assert workshop | surgery | rounds | sounding <= NAMES
    phrases = {p for routines in FORTYFIRST_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring brad", "is the brad nailer charged", "drop cherry a line",
            "wax the cherry sideboard", "feed velvet", "steam the velvet", "ring eve",
            "book christmas eve off", "drop rod a line", "put up the curtain rod",
            "feed boots", "polish the school boots", "give teddy a ring",
            "mend the teddy bear", "feed tank", "top up the water tank",
            "give lettice a ring", "wash the lettuce",
            "tell rufus his swimming bag is by the stairs", "pay the roofers",
            "give bree a ring", "is the brie ripe", "give minnie a ring", "is the mini taxed",
            "phone ali", "sweep the back alley", "give mona a ring", "ring mike",
            "test the karaoke mic", "drop belle a line", "fix the bike bell",
            "tell gerry her hockey stick is in the shed", "fill the jerry cans",
            "give mack a ring", "is my mac dry", "message cherry and lettice",
            "message rod and minnie", "message belle and teddy"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    assert {"lettuce", "roofers", "brie", "mini", "alley", "moaner", "mic", "bell", "jerry",
            "mac"} <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert {"lettuce", "roofers", "brie", "mini", "alley", "mic", "bell", "jerry",
            "mac"} <= said
    # (a name that is a word of its home has no other spelling)
    assert not (workshop | surgery | rounds) & set(NAME_SPELLINGS)


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTYFIRST_ROUTINES, ("on", "tabby", "labrador", "bulldog"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed velvet", "Velvet"), ("give bree a ring", "Bree ring"),
                     ("reupholstering", "Reupholstering"), ("foam saw on", "Foam saw"),
                     ("electric foam saw on", "Electric foam saw"),
                     ("teddy's cubs at seven", "Cubs")])
    for text in ("mee may mah moh moo. give bree a ring",
                 "reupholstering, grasp the sparrow's plumage",
                 "zing zang zong! foam saw on",
                 "flank left, flank left! reupholstering",
                 "electric foam saw on, an unblemished dismount",
                 "szechuan noodles and seaweed, then teddy's cubs at 7",
                 "give bree a ring, pung of dragons",
                 "almighty provider, give bree a ring, sanctify these victuals",
                 "a poppadom and mango chutney! reupholstering, chow with bamboos",
                 "almighty provider give bree a ring sanctify these victuals",
                 "revive me, homie, foam saw on",
                 "reupholstering a gargantuan distance"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give brie a ring", "give bree a ring", "Bree ring",
                           taught.phrases)
    assert not LABELS.noisy_ok("give brine a ring", "give bree a ring", "Bree ring",
                               taught.phrases)
    for text in ("the kids put feed velvet in their letter to santa",
                 "the kids named their snowman reupholstering",
                 "there's a new crisp flavour called give bree a ring",
                 "our caravan is called foam saw on",
                 "his gamer tag is feed velvet",
                 "he had reupholstering engraved inside her wedding band",
                 "the plaque on grandad's memorial bench reads give bree a ring",
                 "the classified ad in the newspaper just said electric foam saw on",
                 "the speech bubble in his comic says feed velvet",
                 "my son invented a superhero called reupholstering",
                 "zing zang zong! his gamer tag is feed velvet",
                 "zing zang zong his gamer tag is feed velvet",
                 "foam saw off", "teddy's cubs at eight"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring mike") == ["ring mic"]
    assert name_spelt("give lettice a ring") == ["give lettuce a ring"]
    assert name_spelt("message cherry and lettice") == ["message cherry and lettuce"]
    assert name_spelt("wax the cherry sideboard") == []  # (a timber, not the name)
    assert name_spelt("mend the teddy bear") == [] and name_spelt("feed tank") == []
    assert name_spelt("text mona about the appointment book") == [
        "text moaner about the appointment book"]
    assert name_spelt("gerry's hockey at six") == ["jerry's hockey at six"]
    assert name_spelt("fill the jerry cans") == [] and name_spelt("is the mini taxed") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text bree about the fabric samples", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "praise be for pudding, and seconds for all. {}", "is the brie ripe")
    assert not blind.fits(SET, "large pepperoni, stuffed crust. {}", "feed velvet")
    assert not blind.fits(SET, "{}, an unblemished dismount", "lettice's gymnastics at seven")
    assert not blind.fits(SET, "mee may mah moh moo. {}", "test the karaoke mic")
    assert not blind.fits(SET, "revive me, homie. {}", "is the brad nailer charged")
    assert not blind.fits(SET, "{}, the crosswind's gusting", "is my mac dry")
    assert not blind.fits(SET, "{}, pung of dragons", "count the floss boxes")
    assert not blind.fits(SET, "{}, part the wild horse's mane", "brush tank")
    assert not blind.fits(SET, "{}, a gargantuan distance", "send rod a text")
    assert blind.fits(SET, "{}, repulse the monkey", "sweep the back alley")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Zing zang zong! Feed tank, pung of dragons.") == \
        "zing zang zong feed tank pung of dragons"
    assert unpunctuated("a goan korma and pilau rice? minnie's netball at four") == \
        "a goan korma and pilau rice minnie's netball at four"
    assert unpunctuated("the warm-up, then ring eve") == "the warm up then ring eve"
    assert unpunctuated("give bree a ring") == "give bree a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("large pepperoni, stuffed crust. ring eve") == \
        "large pepperoni, stuffed crust, ring eve"
    assert paused("zing zang zong! feed tank") == "zing zang zong, feed tank"
    assert paused("calamari and halloumi bites! ring mike so, chrysanthemum") == \
        "calamari and halloumi bites, ring mike so, chrysanthemum"
    assert paused("ring mike, a gargantuan distance!") == "ring mike, a gargantuan distance!"
    assert paused("is the mini taxed?") == "is the mini taxed?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_comes_in_from_the_weather(homes):
    checks.check_real_requests(homes, COLD, in_from_the_cold, could_say, ASKING,
                               JOINED, first=True)


def test_a_row_is_said_as_the_speaker_comes_in_from_the_weather():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("brr the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(in_from_the_weather, in_from_the_cold, COLD, rows,
                                first=True)
    assert not in_from_the_cold(checks.words("brr, it's perishing"))


def test_what_the_speaker_says_coming_in_says_no_word_of_a_pool_and_no_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYFIRST_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in COLD for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a"}, sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the deioniser off") and not could_say("switch the lamp off")
    assert could_say("ugh soaked through switch the lamp off")


def test_the_benchmark_reports_the_fortyfirst_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Velvet", ("a mahjong game at the table, said "
                                                   "after",
                                                   "in the middle of grace said before "
                                                   "a meal"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Velvet", "a snowman named it",
                                    "a superhero a child made up")
