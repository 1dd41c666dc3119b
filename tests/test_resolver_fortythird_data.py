"""The forty-third held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortythird.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker drops or spills
something that no other split uses. Half of the cases said beside a clause are there
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
from _resolver_fortythird import (  # noqa: E402
    ASKING,
    CLAUSES,
    DROPPED,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    dropped,
    fumbled,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
)
from _resolver_fortythird_labels import LABELS  # noqa: E402
from _resolver_fortythird_text import (  # noqa: E402
    FORTYTHIRD_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fortythird"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
forty-second)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the forty-third set's real sentences are rows of "
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
    assert {"an opera aria sung along, said first",
            "a backgammon game at the table, said after",
            "in the middle of a child chanting latin verbs",
            "a card game at the kitchen table, said after",
            "grace said before a meal, said first",
            "a scarecrow named it", "a snowman named it", "a steam locomotive named it",
            "a word search puzzle hiding it", "a racehorse named it"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a skipping rhyme, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a skipping rhyme chanted in the garden, said first",
                             "in the middle of a skipping rhyme")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a skipping rhyme chanted in the garden, said first":
            r"\b(bluebells|acka|cobbler|raspberry|ickerty|nebuchadnezzar|skippy|policeman)\b",
        "a bell ringer calling the changes, said first":
            r"\b(treble's|rounds|tenor|sally|grandsire|stedman|backstroke|ringers)\b",
        "a hymn sung at the sink, said first":
            r"\b(abide|immortal|eternal|jerusalem|shepherd|redeemer|alleluia|christian)\b",
        "a phone call half heard, said first":
            r"\b(stepcousin|breaking|caboodle|scandal|expecting|eloping|vet|emigrating)\b",
        "a fencing commentator on the telly, said after":
            r"\b(riposte|epee|priority|forearm|touche|hungarian|sabreur's|foilist)\b",
        "a table tennis commentator on the telly, said after":
            r"\b(topspin|sidespin|expedite|pimpled|penholder|underspin|chinese duo)\b",
        "a marathon commentator on the telly, said after":
            r"\b(kenyan|chasing|embankment|wheelchair|ethiopian|hydration|motorbike|"
            r"pacemakers)\b",
        "a cribbage game at the table, said after":
            r"\b(muggins|crib|pegged|nob|heels|skunked)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a hymn's line is short; a half-heard call asks the caller, and a skipping rhyme
    # is two lines of a chant)
    assert all(len(s.split()) <= 6 for s in said["a hymn sung at the sink, said first"])
    assert any("! {}" in t for t in kinds["a hymn sung at the sink, said first"])
    assert any("? {}" in t for t in kinds["a phone call half heard, said first"])
    assert all(t.count(",") >= 1
               for t in kinds["a skipping rhyme chanted in the garden, said first"])
    # (the between kind says a hymn first and a cribbage call after; every kind is
    # several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a hymn sung at the sink, said first",
        "a cribbage game at the table, said after",
        "between a hymn and a cribbage call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give heidi a ring", "paint sprayer on", "is the grass dewy",
                   "gilding", "dewey's football at five", "billie's canoeing at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a teddy bear named it": r"\bteddy bear\b",
        "a garden gnome named it": r"\bgarden gnome('s)?\b",
        "a ventriloquist's dummy named it": r"\bventriloquist('s)?\b",
        "carved into a pumpkin": r"\bcarve.*\bpumpkin\b|\bpumpkin\b.*\bcarved\b",
        "carved into a tree trunk": r"\bcarve",
        "a font named it": r"\bfont\b",
        "a quiz show category": r"\bquiz show\b",
        "a magician's stage name": r"\bmagician('s)?\b",
        "written in lipstick on a mirror": r"\blipstick\b",
        "a hot air balloon named it": r"\bhot air balloon\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("trunk" in t for t in OWN_TEMPLATES["carved into a tree trunk"])


def test_no_out_of_scope_template_says_a_word_only_a_clause_says():
    # (a clause's words are struck wherever they are said: a template with one would
    # lose it)
    said = {w for ts in KIND_TEMPLATES.values() for t in [*ts] for w in
            re.findall(r"[a-z0-9']+", t.replace("{p}", " ").replace("{w}", " ")
                       .replace("{a}", " ").replace("{b}", " "))}
    said |= {w for t in NEAR_MISS_TEMPLATES for w in re.findall(r"[a-z']+", t)}
    assert not said & WRAPPER_WORDS, sorted(said & WRAPPER_WORDS)


def test_names_are_common_words_or_sound_like_them():
    # (people and pets named after a spice, a bee, a dye, an earth pigment, a harbour, a
    # small boat or a timber that another phrase of the home says as a word, "feed
    # dory" beside "sand the dory"; or with names a recogniser writes as another word,
    # "doc" as "dock" beside "hose down the dock")
    candles = {"saffron", "bumble"}
    signs = {"indigo", "sienna"}
    ferry = {"marina", "dory", "cedar"}
    sounding = {"jeanie", "nat", "heidi", "dewey", "gray", "jim", "tyler", "candi", "ro",
                "billie", "pattie", "doc"}
    assert candles | signs | ferry | sounding <= NAMES
    phrases = {p for routines in FORTYTHIRD_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed saffron", "add saffron to the rice", "brush bumble",
            "photograph the bumble bees", "feed indigo", "thin the indigo paint",
            "give sienna a ring", "mix the burnt sienna", "give marina a ring",
            "pay the marina fees", "feed dory", "sand the dory", "brush cedar",
            "oil the cedar bench",
            "ring jeanie", "iron the genie costume", "drop nat a line", "swat the gnat",
            "give heidi a ring", "tidy the hidey hole", "give dewey a ring",
            "is the grass dewy", "ring gray", "touch up the dove grey",
            "drop jim a line", "pack my gym bag", "phone tyler", "has the tiler finished",
            "give candi a ring", "buy candy floss at the fete", "ring ro",
            "row the dinghy across", "give billie a ring", "boil the billy can",
            "drop pattie a line", "flip the burger patty", "give doc a ring",
            "hose down the dock",
            "message nat and heidi", "message jim and sienna",
            "message pattie and marina"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"genie", "gnat", "hidey", "dewy", "grey", "gym", "tiler", "candy",
                  "row", "billy", "patty", "dock"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (candles | signs | ferry) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (candles | signs | ferry | sounding) & earlier


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTYTHIRD_ROUTINES, ("tabby", "tortoise", "tomcat"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "bathe "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed saffron", "Saffron"), ("give heidi a ring", "Heidi"),
                     ("pouring", "Pouring"), ("melter on", "Melter"),
                     ("wax melter on", "Wax melter"),
                     ("dewey's football at five", "Football")])
    for text in ("abide with me. give heidi a ring",
                 "pouring, a riposte to the shoulder",
                 "acka backa, soda cracker. melter on",
                 "look to, treble's going! pouring",
                 "wax melter on, the kenyan accelerates",
                 "tenor behind. dewey's football at 5",
                 "give heidi a ring, muggins, i claim those",
                 "acka backa, give heidi a ring, soda cracker",
                 "eternal father, strong to save! pouring, pegged up",
                 "acka backa give heidi a ring soda cracker",
                 "you what? the whole caboodle? melter on",
                 "pouring topspin winner"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give hidey a ring", "give heidi a ring", "Heidi",
                           taught.phrases)
    assert not LABELS.noisy_ok("give hiker a ring", "give heidi a ring", "Heidi",
                               taught.phrases)
    for text in ("my daughter named her teddy bear feed saffron",
                 "the garden gnome by the pond is called pouring",
                 "the ventriloquist's dummy was called give heidi a ring",
                 "the kids carved melter on into the pumpkin",
                 "there's feed saffron carved into the trunk of the old oak",
                 "the font on the wedding menu is called pouring",
                 "the next category on the quiz show is give heidi a ring",
                 "his stage name as a magician is wax melter on",
                 "she wrote feed saffron in lipstick on the bathroom mirror",
                 "we went up in a hot air balloon named pouring",
                 "abide with me. my daughter named her teddy bear feed saffron",
                 "abide with me my daughter named her teddy bear feed saffron",
                 "melter off", "dewey's football at six"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring ro") == ["ring row"]
    assert name_spelt("drop nat a line") == ["drop gnat a line"]
    assert set(name_spelt("message nat and heidi")) >= {"message gnat and heidi",
                                                        "message nat and hidey"}
    assert name_spelt("add saffron to the rice") == []  # (a spice, not the name)
    assert name_spelt("sand the dory") == [] and name_spelt("feed indigo") == []
    assert name_spelt("text jeanie about the wedding favours") == [
        "text genie about the wedding favours"]
    assert name_spelt("billie's canoeing at seven") == ["billy's canoeing at seven"]
    assert name_spelt("hose down the dock") == [] and name_spelt("pack my gym bag") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text jeanie about the wedding favours", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "look to, treble's going! {}", "give heidi a ring")
    assert not blind.fits(SET, "acka backa, soda cracker. {}", "dewey's football at five")
    assert not blind.fits(SET, "abide with me. {}", "how many candles are boxed")
    assert not blind.fits(SET, "sorry, you're breaking up. {}", "phone tyler")
    assert not blind.fits(SET, "{}, touche, the frenchman", "tyler's judo at six")
    assert not blind.fits(SET, "{}, heavy underspin", "oil the cedar bench")
    assert not blind.fits(SET, "{}, the kenyan accelerates", "send pattie a text")
    assert not blind.fits(SET, "{}, that's my crib", "pay the marina fees")
    assert not blind.fits(SET, "{}, muggins, i claim those", "is the grass dewy")
    assert blind.fits(SET, "{}, a lunge from the hungarian", "boil the billy can")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Abide with me! Feed dory, that's my crib.") == \
        "abide with me feed dory that's my crib"
    assert unpunctuated("he's emigrating? to perth? sienna's drama at four") == \
        "he's emigrating to perth sienna's drama at four"
    assert unpunctuated("what's-his-name, then ring ro") == "what's his name then ring ro"
    assert unpunctuated("give doc a ring") == "give doc a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("abide with me. ring ro") == "abide with me, ring ro"
    assert paused("look to, treble's going! feed dory") == "look to, treble's going, feed dory"
    assert paused("immortal, invisible! ring ro, pegged up") == \
        "immortal, invisible, ring ro, pegged up"
    assert paused("ring ro, touche, the frenchman!") == "ring ro, touche, the frenchman!"
    assert paused("is the grass dewy?") == "is the grass dewy?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_drops_something(homes):
    checks.check_real_requests(homes, DROPPED, dropped, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_speaker_drops_something():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("oops the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(fumbled, dropped, DROPPED, rows, first=True)
    assert not dropped(checks.words("oops, dropped my pen"))


def test_what_the_speaker_says_dropping_something_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYTHIRD_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in DROPPED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the windlass off") and not could_say("switch the lamp off")
    assert could_say("whoops butterfingers switch the lamp off")


def test_the_benchmark_reports_the_fortythird_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Saffron", ("a cribbage game at the table, said "
                                                    "after",
                                                    "in the middle of a skipping rhyme"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Saffron", "a hot air balloon named it",
                                    "a teddy bear named it")
