"""The forty-second held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortysecond.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker spots a spider or some
other creepy crawly that no other split uses. Half of the cases said beside a clause are there
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
from _resolver_fortysecond import (  # noqa: E402
    ASKING,
    CLAUSES,
    CREEPY,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    misheard,
    name_spelt,
    paused,
    spotted,
    startled,
    unpunctuated,
)
from _resolver_fortysecond_labels import LABELS  # noqa: E402
from _resolver_fortysecond_text import (  # noqa: E402
    FORTYSECOND_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fortysecond"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
forty-first)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the forty-second set's real sentences are rows of "
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
    assert {"a singer's vocal warm-up, said first", "a tai chi video on the telly, said after",
            "a mahjong game at the table, said after",
            "a ski jumping commentator on the telly, said after",
            "in the middle of grace said before a meal",
            "a card game at the kitchen table, said after",
            "a language-learning app, said first",
            "a letter to santa", "a snowman named it", "a caravan named it",
            "a village named it", "a shop's name", "a boat's name painted on it",
            "a sticker on a reward chart", "a slogan on a t-shirt",
            "a word played at scrabble", "a racehorse named it"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a child's latin verb chant, which goes on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a child chanting latin verbs for homework, said first",
                             "in the middle of a child chanting latin verbs")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "an opera aria sung along, said first":
            r"\b(figaro|dorma|lagrima|pagliaccio|quella|factotum|caro|toreador)\b",
        "a child chanting latin verbs for homework, said first":
            r"^(\w+)o (\w+)(a|e|i)s (\w+)(a|e|i)t (\w+)(a|e|i)mus( then| oh and)?$",
        "a toddler's animal noises game, said first":
            r"\b(gobble|quack|baa|oink|hee haw|twit twoo|squeak|cheep)\b",
        "an affirmation said in the mirror, said first":
            r"\b(resilient|radiate|prosperity|boundaries|worthy|serenity|luminous|abundant)\b",
        "an archery commentator on the telly, said after":
            r"\b(gold|nocked|fletching's|recurve's|bows|marksman|longbow|quiver's)\b",
        "a bowls commentator on the telly, said after":
            r"\b(kitty|toucher|backhand|weighted|kitty's|woods|welshman's|forehand)\b",
        "a show jumping commentator on the telly, said after":
            r"\b(faults|oxer|pole|decider|liverpool|combination|gelding's|stallion)\b",
        "a backgammon game at the table, said after":
            r"\b(blot|runner|redoubling|stranded|doublets|backgammon|gammoned|checkers)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (an aria's line is short; an animal noise game asks, and an affirmation asks
    # itself)
    assert all(len(s.split()) <= 6 for s in said["an opera aria sung along, said first"])
    assert any("! {}" in t for t in kinds["an opera aria sung along, said first"])
    assert any("? baa" in t for t in kinds["a toddler's animal noises game, said first"])
    assert any("? yes" in t for t in kinds["an affirmation said in the mirror, said first"])
    # (a verb chant goes through the persons of one verb in order: "amo amas amat
    # amamus")
    assert all(len({w[:2] for w in s.split()[:4]}) == 1
               for s in said["a child chanting latin verbs for homework, said first"])
    # (the between kind says an aria first and a backgammon call after; every kind is
    # several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "an opera aria sung along, said first",
        "a backgammon game at the table, said after",
        "between an opera aria and a backgammon call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give russell a ring", "electric guillotine on", "is the perry chilled",
                   "typesetting", "taylor's rugby at five", "ace's boxing at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a word search puzzle hiding it": r"\bword search\b",
        "written on a plaster cast": r"\bplaster cast\b",
        "a pub named it": r"\bpub\b",
        "a baby name shortlisted": r"\bbaby('s)? names?\b|\bshortlist",
        "a bus's destination board showing it": r"\bbus\b",
        "a scout badge named it": r"\bscout badge\b",
        "printed on a party balloon": r"\bballoons?\b",
        "printed on the back of a football shirt": r"\bfootball shirts?\b",
        "a scarecrow named it": r"\bscarecrow\b",
        "a steam locomotive named it": r"\bsteam locomotive\b",
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
    # (people and pets named after a stone that strikes a spark, a game tile, a pear
    # cider, a small citrus fruit, a fruit seed, a playing card or a hat that another
    # phrase of the home says as a word, "ring flint" beside "put a new flint in the
    # lighter"; or with names a recogniser writes as another word, "finn" as "fin"
    # beside "glue the surfboard fin")
    press = {"flint", "domino"}
    chemist = {"perry", "clementine", "pip"}
    scaffold = {"ace", "trilby"}
    sounding = {"dinah", "lacey", "taylor", "russell", "cara", "marshall", "wanda", "cora",
                "axel", "jem", "coco", "finn"}
    assert press | chemist | scaffold | sounding <= NAMES
    phrases = {p for routines in FORTYSECOND_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"ring flint", "put a new flint in the lighter", "feed domino",
            "put the domino set away", "drop perry a line", "is the perry chilled",
            "give clementine a ring", "peel a clementine for the lunchbox", "feed pip",
            "plant the avocado pip", "give ace a ring", "find the ace of spades",
            "feed trilby", "steam my trilby",
            "drop dinah a line", "book a table at the diner", "give lacey a ring",
            "hand wash the lacy blouse", "give taylor a ring", "take the suit to the tailor",
            "give russell a ring", "rustle up some sandwiches", "ring cara",
            "has the carer been", "phone marshall", "wash the martial arts kit",
            "give wanda a ring", "time for a wander", "give cora a ring",
            "find the apple corer", "ring axel", "grease the trailer axle",
            "drop jem a line", "take the gem to the jeweller", "give coco a ring",
            "pour the cocoa", "give finn a ring", "glue the surfboard fin",
            "message dinah and lacey", "message perry and clementine",
            "message jem and ace"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    assert {"diner", "lacy", "tailor", "rustle", "carer", "martial", "wander", "corer", "axle",
            "gem", "cocoa", "fin"} <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert {"diner", "lacy", "tailor", "rustle", "carer", "martial", "wander", "corer", "axle",
            "gem", "cocoa", "fin"} <= said
    # (a name that is a word of its home has no other spelling)
    assert not (press | chemist | scaffold) & set(NAME_SPELLINGS)


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTYSECOND_ROUTINES, ("on", "moggy", "hamster", "whippet"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed domino", "Domino"), ("give russell a ring", "Russell ring"),
                     ("typesetting", "Typesetting"), ("guillotine on", "Guillotine"),
                     ("electric guillotine on", "Electric guillotine"),
                     ("ace's boxing at seven", "Boxing")])
    for text in ("nessun dorma! give russell a ring",
                 "typesetting, a toucher for the scotsman",
                 "figaro, figaro, figaro. guillotine on",
                 "i radiate confidence! typesetting",
                 "electric guillotine on, nocked and aimed",
                 "questa o quella. ace's boxing at 7",
                 "give russell a ring, that's a blot",
                 "amo, amas, give russell a ring, amat, amamus",
                 "una furtiva lagrima! typesetting, i'm redoubling",
                 "amo amas give russell a ring amat amamus",
                 "am i worthy of compassion? yes, guillotine on",
                 "typesetting a refusal at the oxer"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give rustle a ring", "give russell a ring", "Russell ring",
                           taught.phrases)
    assert not LABELS.noisy_ok("give muscle a ring", "give russell a ring", "Russell ring",
                               taught.phrases)
    for text in ("i found feed domino hidden in the word search",
                 "his mates wrote typesetting on his plaster cast",
                 "there's a pub in the next village called give russell a ring",
                 "guillotine on is on our shortlist of baby names",
                 "the destination board on the bus just said feed domino",
                 "she earned a scout badge called typesetting",
                 "the party balloon had give russell a ring printed on it",
                 "the back of her football shirt says electric guillotine on",
                 "the kids named the scarecrow feed domino",
                 "the steam locomotive on the heritage line is called typesetting",
                 "nessun dorma! the kids named the scarecrow feed domino",
                 "nessun dorma the kids named the scarecrow feed domino",
                 "guillotine off", "ace's boxing at eight"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring axel") == ["ring axle"]
    assert name_spelt("drop dinah a line") == ["drop diner a line"]
    assert name_spelt("message dinah and lacey") == ["message diner and lacey",
                                                     "message dinah and lacy"] or \
        set(name_spelt("message dinah and lacey")) >= {"message diner and lacey"}
    assert name_spelt("put a new flint in the lighter") == []  # (a stone, not the name)
    assert name_spelt("find the ace of spades") == [] and name_spelt("feed trilby") == []
    assert name_spelt("text wanda about the prescription book") == [
        "text wander about the prescription book"]
    assert name_spelt("coco's riding at six") == ["cocoa's riding at six"]
    assert name_spelt("pour the cocoa") == [] and name_spelt("glue the surfboard fin") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text russell about the card stock", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "the turkey says gobble gobble. {}", "feed pip")
    assert not blind.fits(SET, "nessun dorma! {}", "lacey's ballet at seven")
    assert not blind.fits(SET, "{}, a refusal at the oxer", "coco's riding at six")
    assert not blind.fits(SET, "amo, amas, amat, amamus. {}", "give taylor a ring")
    assert not blind.fits(SET, "i radiate confidence! {}", "steam my trilby")
    assert not blind.fits(SET, "{}, resting on the kitty", "feed domino")
    assert not blind.fits(SET, "{}, that's a blot", "count the pill trays")
    assert not blind.fits(SET, "{}, right in the gold", "find the ace of spades")
    assert not blind.fits(SET, "{}, nocked and aimed", "send perry a text")
    assert blind.fits(SET, "{}, narrow on the backhand", "grease the trailer axle")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Nessun dorma! Feed trilby, that's a blot.") == \
        "nessun dorma feed trilby that's a blot"
    assert unpunctuated("what does the sheep say? baa. clementine's swimming at four") == \
        "what does the sheep say baa clementine's swimming at four"
    assert unpunctuated("the hi-vis, then ring cara") == "the hi vis then ring cara"
    assert unpunctuated("give russell a ring") == "give russell a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("the turkey says gobble gobble. ring cara") == \
        "the turkey says gobble gobble, ring cara"
    assert paused("nessun dorma! feed trilby") == "nessun dorma, feed trilby"
    assert paused("una furtiva lagrima! ring axel, i'm redoubling") == \
        "una furtiva lagrima, ring axel, i'm redoubling"
    assert paused("ring axel, nocked and aimed!") == "ring axel, nocked and aimed!"
    assert paused("is the perry chilled?") == "is the perry chilled?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_spots_a_creepy_crawly(homes):
    checks.check_real_requests(homes, CREEPY, spotted, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_speaker_spots_a_creepy_crawly():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("eek the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(startled, spotted, CREEPY, rows, first=True)
    assert not spotted(checks.words("eek, a spider"))


def test_what_the_speaker_says_spotting_a_creepy_crawly_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYSECOND_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in CREEPY for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a"}, sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the hoist off") and not could_say("switch the lamp off")
    assert could_say("eugh a moth switch the lamp off")


def test_the_benchmark_reports_the_fortysecond_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Domino", ("a backgammon game at the table, said "
                                                   "after",
                                                   "in the middle of a child chanting "
                                                   "latin verbs"), NAME, capsys)
    checks.check_made_here_reported(NAME, "Domino", "a scarecrow named it",
                                    "a steam locomotive named it")
