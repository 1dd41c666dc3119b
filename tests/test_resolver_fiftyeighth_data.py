"""The fifty-eighth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftyeighth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after a splinter goes into the speaker's
finger that no other split uses. Half of the cases said beside a clause are there again
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
from _resolver_fiftyeighth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    SPLINTERS,
    could_say,
    misheard,
    name_spelt,
    paused,
    splintered,
    unpunctuated,
    was_splintered,
)
from _resolver_fiftyeighth_labels import LABELS  # noqa: E402
from _resolver_fiftyeighth_text import (  # noqa: E402
    FIFTYEIGHTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftyeighth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fifty-seventh)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifty-eighth set's real sentences are rows of "
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
    assert {"a child playing tig on the lawn, said first",
            "a game of kerplunk at the table, said after",
            "in the middle of a child's game of tig",
            "between a call to the geese and a meteor remark",
            "a raven kronking over the quarry, said first",
            "a sourdough starter named it", "painted on a pair of wellies",
            "calling the cows in for milking, said first",
            "a game of buckaroo at the table, said after", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a falconer's calls, which go on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a falconer flying her hawk at the country fair, "
                             "said first", "in the middle of a falconer's calls")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a falconer flying her hawk at the country fair, said first":
            r"\b(hawkie|jesses|bating|mantling|feaking|lure|lure's)\b",
        "a jackdaw chacking on the chimney pot, said first":
            r"\b(tchack|tchak|tjak|chack|kyaa|chyak|tchuk|kyow)\b",
        "calling the bantams in to roost, said first":
            r"\b(chookie|chookies|banties|banty|bantie)\b",
        "a croupier at the charity casino night, said first":
            r"\b(faites|jeux|noir|rouge|impair|manque|gagne)\b",
        "a remark on a solar eclipse, said after":
            r"\b(totality|totality's|umbra|umbra's|penumbra|penumbra's|corona)\b",
        "a remark on toadstools in the paddock, said after":
            r"\b(toadstools|toadstool|puffballs|inkcaps)\b",
        "a game of pass the pigs at the table, said after":
            r"\b(razorback|snouter|jowler|sider)\b",
        "a remark on glowworms in the lane, said after":
            r"\b(glowworms|glowworm|glowworm's)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a jackdaw's chack is one word the speaker's languages lack, or it said twice; a
    # falconer calls out twice; a call to the bantams is called out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a jackdaw chacking on the chimney pot, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a falconer flying her hawk at the country fair, said first"])
    assert any("! {}" in t for t in
               kinds["calling the bantams in to roost, said first"])
    # (the between kind says a call to the bantams first and an eclipse remark after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "calling the bantams in to roost, said first",
        "a remark on a solar eclipse, said after",
        "between a call to the bantams and an eclipse remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give milda a ring", "stave jointer on", "how many casks are coopered",
                   "reedlaying", "milda's gymnastics at four", "sayla's pottery at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a beach hut named it": r"\bbeach hut\b",
        "a giant pumpkin named it": r"\bgiant pumpkin\b",
        "a canoe named it": r"\bcanoe\b",
        "a barn owl named it": r"\bbarn owl\b",
        "a tandem bicycle named it": r"\btandem bicycle\b",
        "written on a gift tag": r"\bgift tag\b",
        "spelt out in scrabble tiles": r"\bscrabble tiles\b",
        "crocheted into a blanket": r"\bblanket\b",
        "painted on a beach pebble": r"\bpebble\b",
        "printed on a tote bag": r"\btote bag\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, a pen, tiles laid out, a crochet
    # hook, a brush, a print)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a beach hut named it", "a giant pumpkin named it",
                            "a canoe named it", "a barn owl named it",
                            "a tandem bicycle named it")
               for t in OWN_TEMPLATES[kind])
    assert all(re.search(r"\b(wrote|write|written)\b", t)
               for t in OWN_TEMPLATES["written on a gift tag"])
    assert all(re.search(r"\bspel", t) for t in OWN_TEMPLATES["spelt out in scrabble tiles"])
    assert all("crochet" in t for t in OWN_TEMPLATES["crocheted into a blanket"])
    assert all("paint" in t for t in OWN_TEMPLATES["painted on a beach pebble"])
    assert all("print" in t for t in OWN_TEMPLATES["printed on a tote bag"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYEIGHTH_ROUTINES.values(), *UNTAUGHT.values()]
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
    # (pets named after what a cooper shapes or binds a cask with, what a thatcher lays
    # or pins a roof with, or what a bell founder tunes or moulds, that another phrase
    # of the home says as a word, "feed adze" beside "sharpen the adze blade"; people
    # with names a recogniser writes as the word they sound like, "kata" as "carter"
    # beside "book the carter")
    cooper = {"adze", "truss"}
    thatcher = {"sedge", "ligger"}
    founder = {"tenor", "loam"}
    sounding = {"kata", "rasha", "milda", "blenda", "bayla", "morna", "milka", "sayla",
                "nell", "winnie"}
    plain = {"tamsin", "elowen"}
    assert cooper | thatcher | founder | sounding | plain <= NAMES
    phrases = {p for routines in FIFTYEIGHTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed adze", "sharpen the adze blade", "brush truss", "tighten the truss hoop",
            "feed sedge", "stack the sedge bundles", "brush ligger",
            "split the ligger rods", "feed tenor", "tune the tenor bell", "brush loam",
            "sieve the loam for the moulds", "ring kata", "book the carter",
            "drop rasha a line", "fry a rasher of bacon", "give milda a ring",
            "buy the milder cheddar", "give blenda a ring", "wash the smoothie blender",
            "ring bayla", "grease the hay baler", "drop morna a line",
            "send flowers to the chief mourner", "give milka a ring",
            "clean the goat milker", "give sayla a ring", "iron the sailor suit",
            "ring nell", "practise the funeral knell", "give winnie a bell",
            "record the pony's whinny", "message rasha and milda",
            "message morna and milka", "message sayla and elowen"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"carter", "rasher", "milder", "blender", "baler", "mourner", "milker",
                  "sailor", "knell", "whinny"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.replace("'s", "").split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling, nor have the plain ones)
    assert not (cooper | thatcher | founder | plain) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (cooper | thatcher | founder | sounding | plain) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTYEIGHTH_ROUTINES, ("peterbald", "ragamuffin", "pixiebob"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask ", "post ", "email ",
                         "renew "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed adze", "Adze"), ("give milda a ring", "Milda"),
                     ("coopering", "Coopering"), ("jointer on", "Jointer"),
                     ("stave jointer on", "Stave jointer"),
                     ("milda's gymnastics at four", "Gymnastics")])
    for text in ("tchack! give milda a ring",
                 "coopering, a razorback",
                 "hawkie, hawkie, she's bating. jointer on",
                 "chookie, chookie! coopering",
                 "stave jointer on, totality",
                 "faites vos jeux! feed adze",
                 "give milda a ring, the toadstools are up",
                 "hawkie, hawkie, coopering, she's bating",
                 "banty, banty. coopering, that's totality",
                 "hawkie hawkie coopering she's bating",
                 "feed adze, the glowworms are glinting",
                 "coopering the puffballs are up"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give milder a ring", "give milda a ring", "Milda",
                           taught.phrases)
    assert not LABELS.noisy_ok("give hilda a ring", "give milda a ring", "Milda",
                               taught.phrases)
    for text in ("our beach hut is called feed adze",
                 "my giant pumpkin is called coopering",
                 "our canoe is called give milda a ring",
                 "the barn owl at the sanctuary is called jointer on",
                 "our tandem bicycle is called feed adze",
                 "she wrote give milda a ring on a gift tag",
                 "the kids spelt out stave jointer on in scrabble tiles",
                 "nana crocheted coopering into a blanket",
                 "my son painted feed adze on a beach pebble",
                 "my sister had feed adze printed on a tote bag",
                 "tchack! our beach hut is called feed adze",
                 "tchack our beach hut is called feed adze",
                 "jointer off", "milda's gymnastics at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring kata") == ["ring carter"]
    assert name_spelt("drop morna a line") == ["drop mourner a line"]
    assert set(name_spelt("message rasha and milda")) >= {
        "message rasher and milda", "message rasha and milder"}
    assert name_spelt("sharpen the adze blade") == []  # (the tool, not the cat)
    assert name_spelt("tune the tenor bell") == [] and name_spelt("brush loam") == []
    assert name_spelt("text nell about the tin ingot order") == [
        "text knell about the tin ingot order"]
    assert name_spelt("milda's gymnastics at four") == ["milder's gymnastics at four"]
    assert name_spelt("book the carter") == [] and name_spelt("iron the sailor suit") == []
    assert name_spelt("give winnie a bell") == ["give whinny a bell"]
    assert name_spelt("give elowen a ring") == [] and name_spelt("phone tamsin") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text kata about the oak stave delivery", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "tchack! {}", "fry a rasher of bacon")
    assert not blind.fits(SET, "hawkie, hawkie, she's bating. {}", "tell milda her toad "
                          "in the hole is ready")
    assert not blind.fits(SET, "chookie, chookie! {}", "clean the goat milker")
    assert not blind.fits(SET, "faites vos jeux! {}", "we're off to the steam rally so "
                          "feed adze and give milda a ring and lock the coopery")
    assert not blind.fits(SET, "{}, totality", "bellpit light on")
    assert not blind.fits(SET, "{}, a razorback", "send rasha a text")
    assert not blind.fits(SET, "{}, the toadstools are up", "sieve the loam for the moulds")
    assert not blind.fits(SET, "{}, the glowworms are glinting", "how many bells are cast")
    assert not blind.fits(SET, "hawkie, hawkie, {}, she's bating", "feed adze")
    assert blind.fits(SET, "{}, the glowworms are glinting", "oil the croze")
    # (a crucible's glow is a glow, as a glowworm's is)
    assert not blind.fits(SET, "{}, a glowworm, glinting", "stack the crucible tongs")
    assert blind.fits(SET, "{}, a glowworm, glinting", "tighten the truss hoop")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Tjak. Feed adze, the glowworms are glinting.") == \
        "tjak feed adze the glowworms are glinting"
    assert unpunctuated("chookie, chookie. milda's gymnastics at four-ish") == \
        "chookie chookie milda's gymnastics at four ish"
    assert unpunctuated("give milda a ring") == "give milda a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("hawkie, jesses, mantling. ring kata") == \
        "hawkie, jesses, mantling, ring kata"
    assert paused("chookie, chookie! feed adze") == "chookie, chookie, feed adze"
    assert paused("banties, banties! ring kata, puffballs") == \
        "banties, banties, ring kata, puffballs"
    assert paused("ring kata, totality!") == "ring kata, totality!"
    assert paused("how many casks are coopered?") == "how many casks are coopered?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_a_splinter_goes_in(homes):
    checks.check_real_requests(homes, SPLINTERS, was_splintered, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_a_splinter_goes_in():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ouch a splinter the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(splintered, was_splintered, SPLINTERS, rows, first=True)
    assert not was_splintered(checks.words("ouch, a splinter"))


def test_what_a_speaker_says_as_a_splinter_goes_in_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYEIGHTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in SPLINTERS for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it", "in", "and"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the muller off") and not could_say("switch the lamp off")
    assert could_say("argh splinter switch the lamp off")


def test_the_benchmark_reports_the_fiftyeighth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Adze", ("a game of pass the pigs at the table, "
                                                 "said after",
                                                 "in the middle of a falconer's calls"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Adze", "a beach hut named it",
                                    "a giant pumpkin named it")
