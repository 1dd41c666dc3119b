"""The forty-ninth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortyninth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after a brain freeze bites that no other
split uses. Half of the cases said beside a clause are there
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
from _resolver_fortyninth import (  # noqa: E402
    ASKING,
    CLAUSES,
    FROZEN,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    brain_frozen,
    could_say,
    froze,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
)
from _resolver_fortyninth_labels import LABELS  # noqa: E402
from _resolver_fortyninth_text import (  # noqa: E402
    FORTYNINTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fortyninth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
forty-eighth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the forty-ninth set's real sentences are rows of "
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
    assert {"a rally co-driver's pace notes on the telly, said first",
            "a game of quoits at the fete, said after",
            "in the middle of a rally co-driver's pace notes",
            "between a toastmaster's call and a quoits call",
            "a beatboxer practising, said first",
            "a goldfish named it", "a ferret named it",
            "calling the rabbits back into their hutch, said first",
            "an untaught request joined to it by as well as", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a ringmaster's patter, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a ringmaster at the circus on the telly, said first",
                             "in the middle of a ringmaster's patter")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a ringmaster at the circus on the telly, said first":
            r"\b(tightrope|marvel|mesdames|messieurs|feast|cannonball|awestruck|sawdust|stiltwalkers)\b",
        "a baby babbling in the high chair, said first":
            r"\b(bababoo|gagagoo|dadadoo|mamamumum|blublublub|aboogaboo|nyanyanya|"
            r"bwabwabwa|gagaboo)\b",
        "calling the goats in from the paddock, said first":
            r"\b(nannies|billies|kidlings|goatlings|nannykins|goaty)\b",
        "a drum major leading the band at the gala, said first":
            r"\b(bandsmen|drummers|pipers)\b",
        "a hurling commentator on the telly, said after":
            r"\b(sliotar's|puckout|hurley's|soloed|sideline|hurlers|hurley)\b",
        "a game of jenga at the table, said after":
            r"\b(jenga|prod|prod's|gingerly)\b",
        "a remark on a kingfisher by the brook, said after":
            r"\b(kingfisher|kingfisher's|he's|azure|plumes)\b",
        "a game of marbles on the carpet, said after":
            r"\b(steelie|taw's|keepsies|knuckle|alley|oxblood|glassie|aggie's)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a babble is one word the speaker's languages lack, or it said twice; a
    # ringmaster's patter is two calls; a drum major calls out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a baby babbling in the high chair, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1
               for t in kinds["a ringmaster at the circus on the telly, said first"])
    assert any("! {}" in t for t in kinds["a drum major leading the band at the gala, said first"])
    # (the between kind says a drum major's call first and a marbles call after; every
    # kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a drum major leading the band at the gala, said first",
        "a game of marbles on the carpet, said after",
        "between a drum major's call and a marbles call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give frillie a ring", "lace starcher on", "how many sails are hemmed",
                   "woodturning", "woollie's swimming at four", "fuzzie's rowing at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a prize marrow named it": r"\bprize marrow\b",
        "a racing snail named it": r"\bracing snail\b",
        "burnt into a wooden spoon": r"\bwooden spoon\b",
        "stencilled on a tea chest": r"\btea chest\b",
        "on a road sign at the crossroads": r"\broad sign at the crossroads\b",
        "asking a florist about a rose called it": r"\brose called\b",
        "the harbour pilot's tale about it": r"\bharbour pilot('s)?\b",
        "the school caretaker's saying": r"\bschool caretaker('s)?\b",
        "banned by the allotment committee": r"\ballotment committee('s)?\b",
        "an untaught request joined to it by along with": r"\balong with\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("burn" in t for t in OWN_TEMPLATES["burnt into a wooden spoon"])
    assert all("stencil" in t for t in OWN_TEMPLATES["stencilled on a tea chest"])
    assert all("tale" in t for t in OWN_TEMPLATES["the harbour pilot's tale about it"])
    assert all("say" in t for t in OWN_TEMPLATES["the school caretaker's saying"])
    # (the other request is one no routine of any home or pool has, said whole)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYNINTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    for template in OWN_TEMPLATES["an untaught request joined to it by along with"]:
        other = template.replace("{p}", "").replace(",", " ").replace(" along with ", " ")
        other = other.split()
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
    # (people and pets named after a lace's edging or trimming, a lathe's tool or work,
    # or a sail's eyelet or ring that another phrase of the home says as a word, "feed
    # picot" beside "finish the picot edging"; or with names a recogniser writes as
    # another word, "breezie" as "breezy" beside "air the breezy attic")
    lace = {"picot", "spangle"}
    lathe = {"gouge", "spindle"}
    sail = {"cringle", "grommet"}
    sounding = {"breezie", "peachie", "woollie", "frillie", "zestie", "snappie", "tuftie",
                "twirlie", "stripie", "crispie", "fuzzie", "spottie"}
    assert lace | lathe | sail | sounding <= NAMES
    phrases = {p for routines in FORTYNINTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed picot", "finish the picot edging", "brush spangle",
            "thread the spangle beads", "feed gouge", "sharpen the bowl gouge",
            "brush spindle", "sand the oak spindle", "feed cringle",
            "sew the cringle patches", "brush grommet", "punch the brass grommets",
            "ring breezie", "air the breezy attic", "drop peachie a line",
            "eat the peachy yoghurts", "give woollie a ring", "darn the woolly socks",
            "give frillie a ring", "iron the frilly collars", "ring zestie",
            "grate the zesty lemons", "drop snappie a line", "press the snappy blazer",
            "give tuftie a ring", "shake the tufty rug", "give twirlie a bell",
            "hang the twirly mobiles", "ring stripie", "fold the stripy deckchairs",
            "drop crispie a line", "fry the crispy shallots", "give fuzzie a ring",
            "dry the fuzzy towels", "give spottie a ring", "wash the spotty bandanas",
            "message peachie and frillie", "message snappie and tuftie",
            "message crispie and spottie"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"breezy", "peachy", "woolly", "frilly", "zesty", "snappy", "tufty",
                  "twirly", "stripy", "crispy", "fuzzy", "spotty"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (lace | lathe | sail) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (lace | lathe | sail | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTYNINTH_ROUTINES, ("persian", "tabby", "ragdoll"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed picot", "Picot"), ("give frillie a ring", "Frillie"),
                     ("lacemaking", "Lacemaking"), ("starcher on", "Starcher"),
                     ("lace starcher on", "Lace starcher"),
                     ("woollie's swimming at four", "Swimming")])
    for text in ("bababoo! give frillie a ring",
                 "lacemaking, jenga",
                 "mesdames, messieurs, the tightrope teeters. starcher on",
                 "nannies, nannies! lacemaking",
                 "lace starcher on, the hurlers clash",
                 "bandsmen, by the left, countermarching! feed picot",
                 "give frillie a ring, a steelie, knuckled",
                 "mesdames, messieurs, give frillie a ring, the tightrope teeters",
                 "pipers, skirl! lacemaking, a keepsies, cannoned",
                 "mesdames messieurs give frillie a ring the tightrope teeters",
                 "feed picot, a kingfisher on the willow",
                 "lacemaking a crafty prod"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give frilly a ring", "give frillie a ring", "Frillie",
                           taught.phrases)
    assert not LABELS.noisy_ok("give grillie a ring", "give frillie a ring", "Frillie",
                               taught.phrases)
    for text in ("our prize marrow is named feed picot",
                 "our racing snail is named lacemaking",
                 "someone burnt give frillie a ring into a wooden spoon",
                 "starcher on is stencilled on the tea chest",
                 "the road sign at the crossroads says feed picot",
                 "we asked the florist about a rose called give frillie a ring",
                 "the harbour pilot's tale ended with lace starcher on",
                 "our school caretaker always says lacemaking",
                 "feed picot is banned by the allotment committee",
                 "feed picot along with descale the iron",
                 "bababoo! our prize marrow is named feed picot",
                 "bababoo our prize marrow is named feed picot",
                 "starcher off", "woollie's swimming at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring breezie") == ["ring breezy"]
    assert name_spelt("drop peachie a line") == ["drop peachy a line"]
    assert set(name_spelt("message peachie and frillie")) >= {
        "message peachy and frillie", "message peachie and frilly"}
    assert name_spelt("finish the picot edging") == []  # (a lace's edging, not the name)
    assert name_spelt("sharpen the bowl gouge") == [] and name_spelt("brush grommet") == []
    assert name_spelt("text zestie about the walnut blanks order") == [
        "text zesty about the walnut blanks order"]
    assert name_spelt("spottie's sailing at six") == ["spotty's sailing at six"]
    assert name_spelt("fry the crispy shallots") == [] and name_spelt("darn the woolly socks") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text peachie about the village panto tickets", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "bababoo! {}", "give frillie a ring")
    assert not blind.fits(SET, "mesdames, messieurs, the tightrope teeters. {}",
                          "hang the twirly mobiles")
    assert not blind.fits(SET, "nannies, nannies! {}", "feed picot")
    assert not blind.fits(SET, "bandsmen, by the left, countermarching! {}",
                          "press the snappy blazer")
    assert not blind.fits(SET, "{}, the hurlers clash", "sand the oak spindle")
    assert not blind.fits(SET, "{}, jenga", "send peachie a text")
    assert not blind.fits(SET, "{}, a kingfisher on the willow", "mackerel for the ragdoll")
    assert not blind.fits(SET, "{}, a steelie, knuckled", "thread the spangle beads")
    assert not blind.fits(SET, "{}, a steelie, knuckled", "how many sails are hemmed")
    assert blind.fits(SET, "{}, a blood alley", "file the pattern book")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Gagagoo! Feed picot, a steelie, knuckled.") == \
        "gagagoo feed picot a steelie knuckled"
    assert unpunctuated("mesdames, stilt-walker. spottie's sailing at six") == \
        "mesdames stilt walker spottie's sailing at six"
    assert unpunctuated("give frillie a ring") == "give frillie a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("feast your eyes, the lion tamer approaches. ring breezie") == \
        "feast your eyes, the lion tamer approaches, ring breezie"
    assert paused("nannies, nannies! feed picot") == "nannies, nannies, feed picot"
    assert paused("drummers, paradiddles! ring breezie, a blood alley") == \
        "drummers, paradiddles, ring breezie, a blood alley"
    assert paused("ring breezie, a blood alley!") == "ring breezie, a blood alley!"
    assert paused("how many sails are hemmed?") == "how many sails are hemmed?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_a_brain_freeze_bites(homes):
    checks.check_real_requests(homes, FROZEN, froze, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_a_brain_freeze_bites():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ooh brain freeze the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(brain_frozen, froze, FROZEN, rows, first=True)
    assert not froze(checks.words("ooh, brain freeze"))


def test_what_a_speaker_with_a_brain_freeze_says_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYNINTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in FROZEN for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the sander off") and not could_say("switch the lamp off")
    assert could_say("ooh brain freeze switch the lamp off")


def test_the_benchmark_reports_the_fortyninth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Picot", ("a game of marbles on the carpet, said "
                                                  "after",
                                                  "in the middle of a ringmaster's "
                                                  "patter"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Picot", "a prize marrow named it",
                                    "a racing snail named it")
