"""The fifty-fifth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftyfifth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after stinging nettles catch the speaker
that no other split uses. Half of the cases said beside a clause are there again
as a recogniser without punctuation writes them, and a quarter of the in-scope ones
whose clause ends a sentence again with that sentence end written as a comma, under
kinds of their own, with the very same words. Only the data is checked here: the set is
run once, by the lead, on the final resolver, and no test here asks the resolver
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
from _resolver_fiftyfifth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    STUNG,
    could_say,
    misheard,
    name_spelt,
    paused,
    stung,
    unpunctuated,
    was_stung,
)
from _resolver_fiftyfifth_labels import LABELS  # noqa: E402
from _resolver_fiftyfifth_text import (  # noqa: E402
    FIFTYFIFTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftyfifth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fifty-fourth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifty-fifth set's real sentences are rows of "
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
    assert {"a dwile flonking referee at the village fete, said first",
            "a game of shove ha'penny in the snug, said after",
            "in the middle of a dwile flonking referee's calls",
            "between a turkey call and a slowworm remark",
            "a corncrake rasping in the hay meadow, said first",
            "a bonsai tree named it", "a rescue hen named it",
            "calling the pigs in for their swill, said first",
            "a game of spillikins on the rug, said after", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a coconut shy barker's patter, which goes on after it;
    # the stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a coconut shy barker at the fair, said first",
                             "in the middle of a coconut shy barker's patter")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a coconut shy barker at the fair, said first":
            r"\b(rollup|coconuts|shies|prizewinners|wallop|whack|dislodge|bashes)\b",
        "a bittern booming in the reedbed, said first":
            r"\b(whoomp|bwoomp|umpoomp|boomph|whooomp|wumpf|booomph|whoomps|bwoompf)\b",
        "calling the peacocks down off the barn roof, said first":
            r"\b(peacocks|peahens|peafowl|peachicks|peacockies)\b",
        "a cattle auctioneer at the mart, said first":
            r"\b(heifers|stirks|yearlings|bullocks|gimmers)\b",
        "a caber toss at the highland games on the telly, said after":
            r"\b(caber's|caber|tossed|fling|clansmen|kilted)\b",
        "a remark on newts in the garden pond, said after":
            r"\b(newt's|newts|newt|efts|sculling)\b",
        "a game of musical statues at a children's party, said after":
            r"\b(statues|statue's|fidgeted|budged)\b",
        "a remark on the ice cream van's chimes, said after":
            r"\b(greensleeves|icecream|jingle's|chiming)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a bittern's boom is one word the speaker's languages lack, or it said twice; a
    # barker calls out twice; a peacock call is called out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a bittern booming in the reedbed, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a coconut shy barker at the fair, said first"])
    assert any("! {}" in t for t in
               kinds["calling the peacocks down off the barn roof, said first"])
    # (the between kind says a peacock call first and a newt remark after; every kind
    # is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "calling the peacocks down off the barn roof, said first",
        "a remark on newts in the garden pond, said after",
        "between a peacock call and a newt remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give cinda a ring", "plate compactor on", "how many walls are rebuilt",
                   "bodging", "cinda's swimming at four", "sylva's ballet at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a lifeboat named it": r"\blifeboat\b",
        "a hedgehog named it": r"\bhedgehog\b",
        "a shetland pony named it": r"\bshetland pony\b",
        "a traction engine named it": r"\btraction engine\b",
        "a tartan named it": r"\btartan\b",
        "a storm named it": r"\bstorm\b",
        "traced in frost on a windscreen": r"(?=.*\bfrost\b).*\bwindscreen\b",
        "stencilled on a wheelie bin": r"\bwheelie bin\b",
        "wrought into an iron gate": r"\biron gate\b",
        "woven into a rag rug": r"\brag rug\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, a finger in frost, a stencil, a
    # smith's hammer, a weaver's hook)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a lifeboat named it", "a hedgehog named it",
                            "a shetland pony named it", "a traction engine named it",
                            "a tartan named it", "a storm named it")
               for t in OWN_TEMPLATES[kind])
    assert all("trac" in t for t in OWN_TEMPLATES["traced in frost on a windscreen"])
    assert all("stencil" in t for t in OWN_TEMPLATES["stencilled on a wheelie bin"])
    assert all(re.search(r"\b(wrought|work)\b", t)
               for t in OWN_TEMPLATES["wrought into an iron gate"])
    assert all(re.search(r"\b(wove|woven|weave)\b", t)
               for t in OWN_TEMPLATES["woven into a rag rug"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYFIFTH_ROUTINES.values(), *UNTAUGHT.values()]
    starts = {p.split()[0] for p in checks.phrases_in(pools)} & LABELS.not_a_thing - {"my"}
    for kind in NEW_OUT_OF_SCOPE:
        for template in OWN_TEMPLATES[kind]:
            assert template.split()[0] not in starts, template


def test_no_out_of_scope_template_says_a_word_only_a_clause_says():
    # (a clause's words are struck wherever they are said: a template with one would
    # lose it)
    said = {w for ts in KIND_TEMPLATES.values() for t in [*ts] for w in
            re.findall(r"[a-z0-9']+", t.replace("{p}", " ").replace("{w}", " ")
                       .replace("{a}", " ").replace("{b}", " "))}
    said |= {w for t in NEAR_MISS_TEMPLATES for w in re.findall(r"[a-z']+", t)}
    assert not said & WRAPPER_WORDS, sorted(said & WRAPPER_WORDS)


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named after the stone a waller clears or lays, the wood a bodger
    # splits or turns or a mapmaker's ink and projection that another phrase of the
    # home says as a word, "feed scree" beside "clear the scree path"; or with names a
    # recogniser writes as the word they sound like, "breda" as "breeder" beside "ring
    # the collie breeder")
    stone = {"scree", "cobble"}
    wood = {"billet", "treen"}
    maps = {"sepia", "mercator"}
    sounding = {"breda", "xander", "cinda", "lyle", "gilda", "decca", "elda", "oda",
                "leda", "ona", "sylva", "stella"}
    assert stone | wood | maps | sounding <= NAMES
    phrases = {p for routines in FIFTYFIFTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed scree", "clear the scree path", "brush cobble", "relay the cobble setts",
            "feed billet", "split the billet logs", "brush treen", "wax the treen bowls",
            "feed sepia", "mix the sepia ink", "brush mercator",
            "print the mercator projection", "ring breda", "ring the collie breeder",
            "drop xander a line", "fillet the zander", "give cinda a ring",
            "rake the cinder track", "give lyle a ring", "darn the lisle socks",
            "ring gilda", "pay the frame gilder", "drop decca a line",
            "book the double decker", "give elda a ring", "prune the elder hedge",
            "phone oda", "treat the drain odour", "ring leda", "email the scout leader",
            "drop ona a line", "ring the boat owner", "give sylva a ring",
            "polish the silver teapot", "give stella a ring", "print the stellar chart",
            "message xander and cinda", "message decca and elda",
            "message ona and stella"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"breeder", "zander", "cinder", "lisle", "gilder", "decker", "elder",
                  "odour", "leader", "owner", "silver", "stellar"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (stone | wood | maps) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (stone | wood | maps | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTYFIFTH_ROUTINES, ("havana", "singapura", "nebelung"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask ", "post ", "email ",
                         "renew "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed scree", "Scree"), ("give cinda a ring", "Cinda"),
                     ("walling", "Walling"), ("compactor on", "Compactor"),
                     ("plate compactor on", "Plate compactor"),
                     ("cinda's swimming at four", "Swimming")])
    for text in ("whoomp! give cinda a ring",
                 "walling, statues",
                 "rollup, rollup, a whack at the coconuts. compactor on",
                 "peacocks, peacocks! walling",
                 "plate compactor on, the caber's upended",
                 "heifers, bonny heifers! feed scree",
                 "give cinda a ring, a newt's surfaced",
                 "rollup, rollup, give cinda a ring, a whack at the coconuts",
                 "peacocks, peahens, peachicks. walling and, another newt",
                 "rollup rollup give cinda a ring a whack at the coconuts",
                 "feed scree, greensleeves again",
                 "walling the statues are unfrozen"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give cinder a ring", "give cinda a ring", "Cinda",
                           taught.phrases)
    assert not LABELS.noisy_ok("give cindy a ring", "give cinda a ring", "Cinda",
                               taught.phrases)
    for text in ("the new lifeboat is called feed scree",
                 "the hedgehog in our log pile is called walling",
                 "the riding school's shetland pony is called give cinda a ring",
                 "the old traction engine is called compactor on",
                 "the clan's new tartan is called feed scree",
                 "the forecasters called the storm give cinda a ring",
                 "someone traced plate compactor on in the frost on my windscreen",
                 "dad stencilled walling on the wheelie bin",
                 "the blacksmith wrought feed scree into the iron gate",
                 "gran wove feed scree into a rag rug",
                 "whoomp! the new lifeboat is called feed scree",
                 "whoomp the new lifeboat is called feed scree",
                 "compactor off", "cinda's swimming at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring breda") == ["ring breeder"]
    assert name_spelt("drop decca a line") == ["drop decker a line"]
    assert set(name_spelt("message xander and cinda")) >= {
        "message zander and cinda", "message xander and cinder"}
    assert name_spelt("clear the scree path") == []  # (loose stones, not the name)
    assert name_spelt("wax the treen bowls") == [] and name_spelt("brush mercator") == []
    assert name_spelt("text leda about the survey print order") == [
        "text leader about the survey print order"]
    assert name_spelt("cinda's swimming at four") == ["cinder's swimming at four"]
    assert name_spelt("fillet the zander") == [] and name_spelt("ring the boat owner") == []
    assert name_spelt("give lyle a ring") == ["give lisle a ring"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text breda about the gritstone delivery", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "whoomp! {}", "fillet the zander")
    assert not blind.fits(SET, "rollup, rollup, a whack at the coconuts. {}",
                          "oda's football at five")
    assert not blind.fits(SET, "peacocks, peacocks! {}", "feed sepia")
    assert not blind.fits(SET, "heifers, bonny heifers! {}", "ring the collie breeder")
    assert not blind.fits(SET, "{}, the caber's upended", "split the billet logs")
    assert not blind.fits(SET, "{}, statues", "send decca a text")
    assert not blind.fits(SET, "{}, greensleeves again", "tell elda her lamb hotpot is ready")
    assert not blind.fits(SET, "{}, a newt's surfaced", "treat the drain odour")
    assert not blind.fits(SET, "{}, a newt's surfaced", "how many walls are rebuilt")
    assert blind.fits(SET, "{}, the newts are courting", "darn the lisle socks")
    assert blind.fits(SET, "{}, the caber's upended", "polish the silver teapot")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Umpoomp. Feed scree, greensleeves again.") == \
        "umpoomp feed scree greensleeves again"
    assert unpunctuated("peacocks, peacocks. cinda's swimming at four-ish") == \
        "peacocks peacocks cinda's swimming at four ish"
    assert unpunctuated("give cinda a ring") == "give cinda a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("a wallop at the shies, coconuts, rollup. ring breda") == \
        "a wallop at the shies, coconuts, rollup, ring breda"
    assert paused("peacocks, peacocks! feed scree") == "peacocks, peacocks, feed scree"
    assert paused("peahens, peahens! ring breda, the newts are courting") == \
        "peahens, peahens, ring breda, the newts are courting"
    assert paused("ring breda, the newts are courting!") == \
        "ring breda, the newts are courting!"
    assert paused("how many walls are rebuilt?") == "how many walls are rebuilt?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_nettles_sting_the_speaker(homes):
    checks.check_real_requests(homes, STUNG, was_stung, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_nettles_sting_the_speaker():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("owch nettles the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(stung, was_stung, STUNG, rows, first=True)
    assert not was_stung(checks.words("owch, nettles"))


def test_what_a_speaker_says_when_nettles_sting_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYFIFTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in STUNG for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the steamchest off") and not could_say("switch the lamp off")
    assert could_say("argh stinging nettles switch the lamp off")


def test_the_benchmark_reports_the_fiftyfifth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Scree", ("a game of musical statues at a "
                                                  "children's party, said after",
                                                  "in the middle of a coconut shy "
                                                  "barker's patter"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Scree", "a lifeboat named it",
                                    "a hedgehog named it")
