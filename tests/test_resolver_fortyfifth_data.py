"""The forty-fifth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortyfifth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker burns their fingers
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
from _resolver_fortyfifth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SCALDED,
    SEEDS,
    SET,
    burnt,
    could_say,
    misheard,
    name_spelt,
    paused,
    scalded,
    unpunctuated,
)
from _resolver_fortyfifth_labels import LABELS  # noqa: E402
from _resolver_fortyfifth_text import (  # noqa: E402
    FORTYFIFTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fortyfifth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
forty-fourth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the forty-fifth set's real sentences are rows of "
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
    assert {"a counting-out rhyme in the playground, said first",
            "a dominoes game at the table, said after",
            "in the middle of a counting-out rhyme",
            "between a drill sergeant's order and a dominoes call",
            "a sumo referee's call on the telly, said first",
            "a lighthouse named it", "a greyhound named it", "a child denying they said it",
            "an untaught request joined to it by and", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a nursery rhyme, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a nursery rhyme sung to the baby, said first",
                             "in the middle of a nursery rhyme sung to the baby")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a nursery rhyme sung to the baby, said first":
            r"\b(goosey|humpty|porgie|winkie|foster|contrary|tuffet|lavender's)\b",
        "a judo referee's call on the telly, said first":
            r"\b(hajime|ippon|osaekomi|toketa|sonomama|yoshi|shido)\b",
        "calling the pigs in for their swill, said first":
            r"\b(sooey|porkers|piglets|saddlebacks|sows|grunters|piggywig|tamworths)\b",
        "a tug of war coach at the show, said first":
            r"\b(strain|heave|hunker|pullers|planted|taut)\b",
        "a speedway commentator on the telly, said after":
            r"\b(tapes|shale|broadsiding|gated|swoop|bike's|exclusion|heat's)\b",
        "a volleyball commentator on the telly, said after":
            r"\b(spike|libero|setter|floater|antennae|hitter|pancake|setter's)\b",
        "a remark on an old aircraft flying over, said after":
            r"\b(biplane|spitfire|blimp's|microlight|airship|glider's|lancaster|"
            r"chopper's)\b",
        "a game of boules on the lawn, said after":
            r"\b(pointing|cochonnet|jack's|nearer|carreau|closest|cochonnet's|boule's)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a judo referee's call is one word the speaker's languages lack, or it said twice,
    # or two; a nursery rhyme is two lines of a song; a tug of war coach shouts)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a judo referee's call on the telly, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1
               for t in kinds["a nursery rhyme sung to the baby, said first"])
    assert any("! {}" in t for t in kinds["a tug of war coach at the show, said first"])
    # (the between kind says a tug of war shout first and a boules call after; every
    # kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a tug of war coach at the show, said first",
        "a game of boules on the lawn, said after",
        "between a tug of war coach's shout and a boules call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give dollie a ring", "annealing lehr on", "how many boats are through",
                   "batching", "dickie's fishing at four", "dottie's darts at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a narrowboat named it": r"\bnarrowboat\b",
        "a shire horse named it": r"\bshire horse\b",
        "a village inn named it": r"\binn\b",
        "etched on a glass tankard": r"\bglass tankard\b",
        "branded on a beer barrel": r"\bbeer barrel\b",
        "a bargee's yarn about it": r"\bbargee('s)?\b",
        "a question to the vet about it": r"\bvet\b",
        "a teenager refusing to say it": r"\b(not|refuses|won't|no way)\b",
        "a pantomime dame's catchphrase": r"\bpantomime dame('s)?\b",
        "an untaught request joined to it by then": r"\bthen\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("say" in t or "saying" in t
               for t in OWN_TEMPLATES["a teenager refusing to say it"])
    assert all("yarn" in t or "swears" in t
               for t in OWN_TEMPLATES["a bargee's yarn about it"])
    assert all("etch" in t for t in OWN_TEMPLATES["etched on a glass tankard"])
    assert all("brand" in t for t in OWN_TEMPLATES["branded on a beer barrel"])
    # (the other request is one no routine of any home or pool has, said whole)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYFIFTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    for template in OWN_TEMPLATES["an untaught request joined to it by then"]:
        other = template.replace("{p}", "").replace(" then ", " ").split()
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
    # (people and pets named after a bird of the canal, a lock's gear, a gemstone, a
    # glassblower's rod, a glass colour, a horse race or a horse's feed that another
    # phrase of the home says as a word, "feed derby" beside "watch the derby"; or with
    # names a recogniser writes as another word, "ada" as "adder" beside "look out for
    # the adder by the sluice")
    canal = {"heron", "paddle"}
    glass = {"garnet", "punty", "cobalt"}
    jockey = {"derby", "chaff"}
    sounding = {"ada", "blair", "dollie", "dickie", "brandi", "cadi", "kittie", "ryder",
                "jenni", "toddie", "dottie"}
    assert canal | glass | jockey | sounding <= NAMES
    phrases = {p for routines in FORTYFIFTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed heron", "shoo the heron off the weir", "brush paddle",
            "grease the paddle gear", "ring garnet", "thread the garnet beads",
            "feed punty", "clean the punty rod", "brush cobalt", "mix the cobalt batch",
            "feed derby", "watch the derby", "brush chaff", "bag up the chaff",
            "ring ada", "look out for the adder by the sluice", "drop blair a line",
            "mute the blare of the flood alarm", "give dollie a ring", "load the sack dolly",
            "give dickie a ring", "iron my dicky bow", "drop brandi a line",
            "warm the brandy snifters", "give cadi a ring", "refill the tea caddy",
            "give kittie a bell", "top up the kitty jar", "ring ryder",
            "book a work rider for the grey", "drop jenni a line", "groom the jenny donkey",
            "give toddie a ring", "make a hot toddy", "give dottie a ring",
            "calm the dotty old mare", "message blair and dollie", "message brandi and cadi",
            "message jenni and toddie"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"adder", "blare", "dolly", "dicky", "brandy", "caddy", "kitty", "rider",
                  "jenny", "toddy", "dotty"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (canal | glass | jockey) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (canal | glass | jockey | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTYFIFTH_ROUTINES, ("tabby", "moggy", "terrier"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed heron", "Heron"), ("give dollie a ring", "Dollie"),
                     ("stoppage", "Stoppage"), ("backpump on", "Backpump"),
                     ("weir backpump on", "Weir backpump"),
                     ("dickie's fishing at four", "Fishing")])
    for text in ("hajime! give dollie a ring",
                 "stoppage, the tapes are up",
                 "goosey goosey gander, whither shall i wander. backpump on",
                 "sooey sooey sooey! stoppage",
                 "weir backpump on, a spike, untouched",
                 "take the strain! feed heron",
                 "give dollie a ring, you're pointing",
                 "goosey goosey gander, give dollie a ring, whither shall i wander",
                 "heave! stoppage, nudged the cochonnet",
                 "goosey goosey gander give dollie a ring whither shall i wander",
                 "feed heron, ooh, a biplane",
                 "stoppage the libero digs it"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give dolly a ring", "give dollie a ring", "Dollie",
                           taught.phrases)
    assert not LABELS.noisy_ok("give polly a ring", "give dollie a ring", "Dollie",
                               taught.phrases)
    for text in ("the narrowboat moored by the bridge is called feed heron",
                 "we sponsor a shire horse named stoppage",
                 "the inn by the canal is called give dollie a ring",
                 "someone etched backpump on on a glass tankard",
                 "the brewery branded feed heron on the beer barrel",
                 "the bargee's yarn had stoppage haunting the tunnel",
                 "we asked the vet whether give dollie a ring was normal",
                 "i'm not saying weir backpump on, it's cringe",
                 "the pantomime dame kept shrieking feed heron",
                 "feed heron then bleed the radiators",
                 "hajime! the inn by the canal is called feed heron",
                 "hajime the inn by the canal is called feed heron",
                 "backpump off", "dickie's fishing at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring ada") == ["ring adder"]
    assert name_spelt("drop blair a line") == ["drop blare a line"]
    assert set(name_spelt("message blair and dollie")) >= {"message blare and dollie",
                                                           "message blair and dolly"}
    assert name_spelt("watch the derby") == []  # (a horse race, not the name)
    assert name_spelt("clean the punty rod") == [] and name_spelt("brush cobalt") == []
    assert name_spelt("text ryder about the hay delivery") == [
        "text rider about the hay delivery"]
    assert name_spelt("dottie's darts at seven") == ["dotty's darts at seven"]
    assert name_spelt("refill the tea caddy") == [] and name_spelt("make a hot toddy") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text ada about the mooring fees", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "take the strain! {}", "give dollie a ring")
    assert not blind.fits(SET, "goosey goosey gander, whither shall i wander. {}",
                          "dickie's fishing at four")
    assert not blind.fits(SET, "sooey sooey sooey! {}", "feed heron")
    assert not blind.fits(SET, "hajime! {}", "how many vases are annealed")
    assert not blind.fits(SET, "{}, the tapes are up", "toddie's pony club at six")
    assert not blind.fits(SET, "{}, a pancake", "send brandi a text")
    assert not blind.fits(SET, "{}, ooh, a biplane", "watch the derby")
    assert not blind.fits(SET, "{}, you're pointing", "count the horseshoes")
    assert not blind.fits(SET, "{}, mine's nearer", "how many haynets are filled")
    assert blind.fits(SET, "{}, the setter dumps it", "warm the brandy snifters")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Hajime! Feed punty, you're pointing.") == \
        "hajime feed punty you're pointing"
    assert unpunctuated("suuu-eee, my porkers. toddie's pony club at six") == \
        "suuu eee my porkers toddie's pony club at six"
    assert unpunctuated("give dottie a ring") == "give dottie a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("strain, team, strain. ring ada") == "strain, team, strain, ring ada"
    assert paused("sooey sooey sooey! feed heron") == "sooey sooey sooey, feed heron"
    assert paused("heave! ring ada, nudged the cochonnet") == \
        "heave, ring ada, nudged the cochonnet"
    assert paused("ring ada, the libero digs it!") == "ring ada, the libero digs it!"
    assert paused("how many boats are through?") == "how many boats are through?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_burns_their_fingers(homes):
    checks.check_real_requests(homes, SCALDED, burnt, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_speaker_burns_their_fingers():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ouch the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(scalded, burnt, SCALDED, rows, first=True)
    assert not burnt(checks.words("ow, scalded my fingers"))


def test_what_the_speaker_says_when_scalded_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYFIFTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in SCALDED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the treadmill off") and not could_say("switch the lamp off")
    assert could_say("ouch singed my thumb switch the lamp off")


def test_the_benchmark_reports_the_fortyfifth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Heron", ("a game of boules on the lawn, said "
                                                  "after",
                                                  "in the middle of a nursery rhyme sung "
                                                  "to the baby"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Heron", "a pantomime dame's catchphrase",
                                    "a narrowboat named it")
