"""The forty-fourth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortyfourth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker wakes from a doze
that no other split uses. Half of the cases said beside a clause are there
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
from _resolver_fortyfourth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    WOKEN,
    could_say,
    dozed,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    woken,
)
from _resolver_fortyfourth_labels import LABELS  # noqa: E402
from _resolver_fortyfourth_text import (  # noqa: E402
    FORTYFOURTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fortyfourth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
forty-third)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the forty-fourth set's real sentences are rows of "
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
    assert {"a skipping rhyme chanted in the garden, said first",
            "a cribbage game at the table, said after",
            "in the middle of a skipping rhyme",
            "between a hymn and a cribbage call",
            "a curling commentator on the telly, said after",
            "a teddy bear named it", "a racehorse named it", "a boat's name painted on it",
            "someone else's words", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a counting-out rhyme, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a counting-out rhyme in the playground, said first",
                             "in the middle of a counting-out rhyme")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a counting-out rhyme in the playground, said first":
            r"\b(eenty|ickle|ibble|eena|scinty|hinty|oozy|zeenty)\b",
        "a sumo referee's call on the telly, said first":
            r"\b(hakkeyoi|nokotta|matta|mattanashi|kamaete|shobu)\b",
        "calling the hens in for their corn, said first":
            r"\b(chook|beauties|henny|tchook|bawk|coop|speckledy|bantams)\b",
        "a drill sergeant on the telly, said first":
            r"\b(platoon|atten|bayonets|hup|specimen|corporal|sah)\b",
        "an ice hockey commentator on the telly, said after":
            r"\b(slapshot|puck's|faceoff|deke|wrister|goalie|enforcer's|zamboni's)\b",
        "a badminton commentator on the telly, said after":
            r"\b(tramlines|shuttle's|netshot|shuttler|baseline|shuttlecock's|smash)\b",
        "a remark on a ship passing the window, said after":
            r"\b(dredger|container ship|trawler's|tanker|schooner|bulk freighter|liner|"
            r"coaster's)\b",
        "a dominoes game at the table, said after":
            r"\b(knocking|spinner|muggsy|chapping|doublet|bones|stymied|boneyard)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a sumo referee's call is one word the speaker's languages lack, or it said twice,
    # or two; a counting-out rhyme is two lines of a chant; a drill order is shouted)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a sumo referee's call on the telly, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1
               for t in kinds["a counting-out rhyme in the playground, said first"])
    assert any("! {}" in t for t in kinds["a drill sergeant on the telly, said first"])
    # (the between kind says a drill order first and a dominoes call after; every kind is
    # several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a drill sergeant on the telly, said first",
        "a dominoes game at the table, said after",
        "between a drill sergeant's order and a dominoes call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give tilly a ring", "damp chaser on", "is it misty out at sea",
                   "regulating", "bobbie's surfing at four", "gaz's boxing at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a racing pigeon named it": r"\bracing pigeon\b",
        "a greyhound named it": r"\bgreyhound\b",
        "a lighthouse named it": r"\blighthouse\b",
        "painted on a lifebuoy": r"\blifebuoy\b",
        "running through a stick of rock": r"\bstick of rock\b",
        "a fisherman's tall tale about it": r"\bfisherman('s)?\b",
        "a question to a tour guide about it": r"\bguide\b",
        "a child denying they said it": r"\b(never|didn't|did not|wasn't)\b",
        "a town crier calling it out": r"\btown crier\b",
        "an untaught request joined to it by and": r"\band\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("said" in t or "say" in t
               for t in OWN_TEMPLATES["a child denying they said it"])
    assert all("tall tale" in t or "swears" in t
               for t in OWN_TEMPLATES["a fisherman's tall tale about it"])
    # (the other request is one no routine of any home or pool has, said whole)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYFOURTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    for template in OWN_TEMPLATES["an untaught request joined to it by and"]:
        other = template.replace("{p}", "").replace(" and ", " ").split()
        assert other[0] not in pool, template


def test_no_out_of_scope_template_says_a_word_only_a_clause_says():
    # (a clause's words are struck wherever they are said: a template with one would
    # lose it)
    said = {w for ts in KIND_TEMPLATES.values() for t in [*ts] for w in
            re.findall(r"[a-z0-9']+", t.replace("{p}", " ").replace("{w}", " ")
                       .replace("{a}", " ").replace("{b}", " "))}
    said |= {w for t in NEAR_MISS_TEMPLATES for w in re.findall(r"[a-z']+", t)}
    assert not said & WRAPPER_WORDS, sorted(said & WRAPPER_WORDS)


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named after a weather, a headland, a keytop, a piece for the
    # piano, a wild herb or a mushroom that another phrase of the home says as a word,
    # "brush ness" beside "walk round the ness"; or with names a recogniser writes as
    # another word, "ade" as "aid" beside "restock the first aid kit")
    lighthouse = {"misty", "ness"}
    tuner = {"ivory", "sonata"}
    grower = {"sorrel", "porcini", "enoki"}
    sounding = {"rue", "shaw", "tilly", "bobbie", "noel", "mollie", "wylie", "cher",
                "polly", "ade", "gaz", "hale"}
    assert lighthouse | tuner | grower | sounding <= NAMES
    phrases = {p for routines in FORTYFOURTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed misty", "is it misty out at sea", "brush ness", "walk round the ness",
            "drop ivory a line", "glue the ivory keytops", "feed sonata",
            "practise the moonlight sonata", "give sorrel a ring", "pick the wood sorrel",
            "feed porcini", "dry the porcini", "brush enoki", "slice the enoki",
            "ring rue", "stir the roux", "drop shaw a line", "comb the shore for driftwood",
            "give tilly a ring", "pump up the tilley", "give bobbie a ring",
            "buy more bobby pins", "ring noel", "play the first nowell",
            "give mollie a ring", "feed the molly fish", "phone wylie",
            "outwit the wily squirrel", "give cher a ring", "share the tuning diary",
            "ring polly", "vent the poly tunnel", "drop ade a line",
            "restock the first aid kit", "give gaz a ring", "read the gas meter",
            "give hale a ring", "cover the crates from the hail",
            "message shaw and tilly", "message ivory and mollie",
            "message ade and sorrel"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"roux", "shore", "tilley", "bobby", "nowell", "molly", "wily", "share",
                  "poly", "aid", "gas", "hail"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (lighthouse | tuner | grower) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (lighthouse | tuner | grower | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTYFOURTH_ROUTINES, ("kitten", "bunny", "tomcat"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed misty", "Misty"), ("give tilly a ring", "Tilly"),
                     ("changeover", "Changeover"), ("rotator on", "Rotator"),
                     ("lens rotator on", "Lens rotator"),
                     ("bobbie's surfing at four", "Surfing")])
    for text in ("hakkeyoi! give tilly a ring",
                 "changeover, slapshot, stonewalled",
                 "eenty feenty, figgery fell. rotator on",
                 "chook chook chook! changeover",
                 "lens rotator on, a smash into the tramlines",
                 "platoon, atten-shun! feed misty",
                 "give tilly a ring, i'm knocking",
                 "eenty feenty, give tilly a ring, figgery fell",
                 "platoon, halt! changeover, that's the spinner",
                 "eenty feenty give tilly a ring figgery fell",
                 "feed misty, there goes the dredger",
                 "changeover shuttle's in"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give tilley a ring", "give tilly a ring", "Tilly",
                           taught.phrases)
    assert not LABELS.noisy_ok("give tinny a ring", "give tilly a ring", "Tilly",
                               taught.phrases)
    for text in ("our racing pigeon is called feed misty",
                 "we adopted a retired greyhound named changeover",
                 "the lighthouse on the point is called give tilly a ring",
                 "someone painted rotator on on the lifebuoy",
                 "they make a stick of rock with feed misty running through it",
                 "the fisherman's tall tale had changeover fighting off a shark",
                 "we asked the tour guide whether give tilly a ring was original",
                 "i never said lens rotator on, it was my sister",
                 "the town crier shouted feed misty in the square",
                 "feed misty and defrost the chest freezer",
                 "hakkeyoi! our racing pigeon is called feed misty",
                 "hakkeyoi our racing pigeon is called feed misty",
                 "rotator off", "bobbie's surfing at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring rue") == ["ring roux"]
    assert name_spelt("drop ade a line") == ["drop aid a line"]
    assert set(name_spelt("message shaw and tilly")) >= {"message shore and tilly",
                                                         "message shaw and tilley"}
    assert name_spelt("is it misty out at sea") == []  # (a weather, not the name)
    assert name_spelt("slice the enoki") == [] and name_spelt("feed sonata") == []
    assert name_spelt("text polly about the spawn order") == [
        "text poly about the spawn order"]
    assert name_spelt("gaz's boxing at seven") == ["gas's boxing at seven"]
    assert name_spelt("read the gas meter") == [] and name_spelt("stir the roux") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text rue about the breakfast menu", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "platoon, atten-shun! {}", "give tilly a ring")
    assert not blind.fits(SET, "eenty feenty, figgery fell. {}",
                          "bobbie's surfing at four")
    assert not blind.fits(SET, "chook chook chook! {}", "feed misty")
    assert not blind.fits(SET, "hakkeyoi! {}", "how many pianos are tuned")
    assert not blind.fits(SET, "{}, slapshot, stonewalled", "wylie's rugby at six")
    assert not blind.fits(SET, "{}, a lob to the baseline", "send ade a text")
    assert not blind.fits(SET, "{}, there goes the dredger", "is it misty out at sea")
    assert not blind.fits(SET, "{}, i'm knocking", "count the wrest pins")
    assert not blind.fits(SET, "{}, you've stymied me", "how many trays has polly picked")
    assert blind.fits(SET, "{}, a feathery netshot", "stir the roux")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Hakkeyoi! Feed porcini, i'm knocking.") == \
        "hakkeyoi feed porcini i'm knocking"
    assert unpunctuated("platoon, atten-shun! sorrel's netball at six") == \
        "platoon atten shun sorrel's netball at six"
    assert unpunctuated("give gaz a ring") == "give gaz a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("hup, hup, hup. ring rue") == "hup, hup, hup, ring rue"
    assert paused("chook chook chook! feed misty") == "chook chook chook, feed misty"
    assert paused("platoon, halt! ring rue, that's the spinner") == \
        "platoon, halt, ring rue, that's the spinner"
    assert paused("ring rue, shuttle's in!") == "ring rue, shuttle's in!"
    assert paused("is it misty out at sea?") == "is it misty out at sea?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_wakes(homes):
    checks.check_real_requests(homes, WOKEN, dozed, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_speaker_wakes():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("urgh the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(woken, dozed, WOKEN, rows, first=True)
    assert not dozed(checks.words("mmm, must've dozed"))


def test_what_the_speaker_says_waking_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYFOURTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in WOKEN for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the fogger off") and not could_say("switch the lamp off")
    assert could_say("hnng dead groggy switch the lamp off")


def test_the_benchmark_reports_the_fortyfourth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Misty", ("a dominoes game at the table, said "
                                                  "after",
                                                  "in the middle of a counting-out rhyme"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Misty", "a town crier calling it out",
                                    "a racing pigeon named it")
