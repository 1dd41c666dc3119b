"""The fifty-fourth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftyfourth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after a hot drink scalds the speaker's
mouth that no other split uses. Half of the cases said beside a clause are there again
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
from _resolver_fiftyfourth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SCALDED,
    SEEDS,
    SET,
    could_say,
    misheard,
    name_spelt,
    paused,
    scalded,
    unpunctuated,
    was_scalded,
)
from _resolver_fiftyfourth_labels import LABELS  # noqa: E402
from _resolver_fiftyfourth_text import (  # noqa: E402
    FIFTYFOURTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftyfourth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fifty-third)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifty-fourth set's real sentences are rows of "
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
    assert {"a square dance caller at the barn dance, said first",
            "a game of knucklebones on the doorstep, said after",
            "in the middle of a square dance caller's calls",
            "between a guinea fowl call and a worm charming remark",
            "owls hooting in the spinney, said first",
            "a carousel horse named it", "a tortoise named it",
            "calling the pigs in for their swill, said first",
            "a game of spillikins on the rug, said after", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a dwile flonking referee's calls, which go on after it;
    # the stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a dwile flonking referee at the village fete, said "
                             "first", "in the middle of a dwile flonking referee's calls")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a dwile flonking referee at the village fete, said first":
            r"\b(dwiles|girters|flonk|flonkers|drivellers|wanton|morther|ripple)\b",
        "a corncrake rasping in the hay meadow, said first":
            r"\b(crexcrex|krekkrek|craik|rrrerrp|crakecrake|kreks|craakcraak|krrrek"
            r"|craikcraik)\b",
        "calling the turkeys into the barn, said first":
            r"\b(gobblers|poults|turks|gobblies|poulties)\b",
        "a rag and bone man crying from his cart, said first":
            r"\b(ragabone|ragbone|lumber|clobber|scrap|scrapmetal)\b",
        "a shin kicking bout on the telly, said after":
            r"\b(shinkickers|shinkicker's|shinkicker|shin|shins|sticklers)\b",
        "a remark on a slowworm on the compost heap, said after":
            r"\b(slowworm's|slowworms|slowworm|sunning)\b",
        "a remark on a starling murmuration at dusk, said after":
            r"\b(murmuration|murmuration's|murmurations|starling's)\b",
        "a game of shove ha'penny in the snug, said after":
            r"\b(shoved|ha'penny's|ha'pennies|bedded)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a corncrake's rasp is one word the speaker's languages lack, or it said twice; a
    # referee calls out twice; a turkey call is called out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a corncrake rasping in the hay meadow, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a dwile flonking referee at the village fete, said first"])
    assert any("! {}" in t for t in
               kinds["calling the turkeys into the barn, said first"])
    # (the between kind says a turkey call first and a slowworm remark after; every
    # kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "calling the turkeys into the barn, said first",
        "a remark on a slowworm on the compost heap, said after",
        "between a turkey call and a slowworm remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give sanda a ring", "flour bolter on", "how many sacks are milled",
                   "leatherwork", "sanda's netball at four", "sita's hockey at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a bonsai tree named it": r"\bbonsai tree\b",
        "a stick insect named it": r"\bstick insect\b",
        "a pantomime horse named it": r"\bpantomime horse\b",
        "a prize ram named it": r"\bprize ram\b",
        "a rescue hen named it": r"\brescue hen\b",
        "spelt out in fairy lights": r"\bfairy lights\b",
        "painted on a pebble": r"\bpebbles?\b",
        "mown into a lawn": r"\blawn\b",
        "written on a kite": r"\bkite\b",
        "sprayed on a railway bridge": r"\brailway bridge\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, lights, paint, a mower, a pen, a
    # spray can)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a bonsai tree named it", "a stick insect named it",
                            "a pantomime horse named it", "a prize ram named it",
                            "a rescue hen named it") for t in OWN_TEMPLATES[kind])
    assert all("spel" in t for t in OWN_TEMPLATES["spelt out in fairy lights"])
    assert all("paint" in t for t in OWN_TEMPLATES["painted on a pebble"])
    assert all(re.search(r"\bm[oe]w", t) for t in OWN_TEMPLATES["mown into a lawn"])
    assert all("wr" in t for t in OWN_TEMPLATES["written on a kite"])
    assert all("spray" in t for t in OWN_TEMPLATES["sprayed on a railway bridge"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYFOURTH_ROUTINES.values(), *UNTAUGHT.values()]
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
    # (people and pets named after what a mill grinds or sifts out, what a
    # leatherworker sets or works or what a glass maker cuts or brushes on that another
    # phrase of the home says as a word, "feed millet" beside "buy the millet sprays";
    # or with names a recogniser writes as the word they sound like, "emma" as "emmer"
    # beside "sieve the emmer flour")
    mill = {"millet", "bran"}
    leather = {"rivet", "suede"}
    glass = {"opal", "patina"}
    sounding = {"emma", "donna", "sanda", "sila", "parker", "lester", "posie", "sidney",
                "hila", "rima", "sita", "clark"}
    assert mill | leather | glass | sounding <= NAMES
    phrases = {p for routines in FIFTYFOURTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed millet", "buy the millet sprays", "brush bran", "sack the wheat bran",
            "feed rivet", "press the rivet caps", "brush suede", "spray the suede boots",
            "feed opal", "cut the opal glass", "brush patina", "apply the copper patina",
            "ring emma", "sieve the emmer flour", "drop donna a line",
            "order a doner kebab", "give sanda a ring", "empty the sander bag",
            "give sila a ring", "buy the grout sealer", "ring parker", "reproof the parka",
            "drop lester a line", "grate the red leicester", "give posie a ring",
            "pick a posy of sweet peas", "phone sidney", "post the sydney parcel",
            "ring hila", "book the reiki healer", "drop rima a line", "sharpen the reamer",
            "give sita a ring", "hoover the three seater", "give clark a ring",
            "pay the parish clerk", "message donna and sanda", "message lester and posie",
            "message rima and clark"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"emmer", "doner", "sander", "sealer", "parka", "leicester", "posy",
                  "sydney", "healer", "reamer", "seater", "clerk"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (mill | leather | glass) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (mill | leather | glass | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTYFOURTH_ROUTINES, ("balinese", "somali", "tonkinese"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask ", "post ", "email ",
                         "renew "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed millet", "Millet"), ("give sanda a ring", "Sanda"),
                     ("milling", "Milling"), ("bolter on", "Bolter"),
                     ("flour bolter on", "Flour bolter"),
                     ("sanda's netball at four", "Netball")])
    for text in ("crexcrex! give sanda a ring",
                 "milling, shoved it",
                 "dwiles sodden, girters, a wanton, flonkers. bolter on",
                 "gobblers, gobblers! milling",
                 "flour bolter on, the shinkickers are hobbling",
                 "ragabone, ragabone! feed millet",
                 "give sanda a ring, a slowworm's sunning",
                 "dwiles sodden, girters, give sanda a ring, a wanton, flonkers",
                 "gobblers, poults, turks. milling and, another slowworm",
                 "dwiles sodden girters give sanda a ring a wanton flonkers",
                 "feed millet, what a murmuration",
                 "milling the ha'pennies are clinking"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give sander a ring", "give sanda a ring", "Sanda",
                           taught.phrases)
    assert not LABELS.noisy_ok("give sandra a ring", "give sanda a ring", "Sanda",
                               taught.phrases)
    for text in ("our bonsai tree is called feed millet",
                 "the class stick insect is called milling",
                 "the pantomime horse at the village hall is called give sanda a ring",
                 "the farmer's prize ram is called bolter on",
                 "our rescue hen is called feed millet",
                 "the neighbours spelt out give sanda a ring in fairy lights",
                 "my niece painted flour bolter on on a pebble",
                 "the groundsman has mown milling into the lawn",
                 "the kids wrote feed millet on their kite",
                 "someone sprayed feed millet on the railway bridge",
                 "crexcrex! our bonsai tree is called feed millet",
                 "crexcrex our bonsai tree is called feed millet",
                 "bolter off", "sanda's netball at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring emma") == ["ring emmer"]
    assert name_spelt("drop donna a line") == ["drop doner a line"]
    assert set(name_spelt("message donna and sanda")) >= {
        "message doner and sanda", "message donna and sander"}
    assert name_spelt("buy the millet sprays") == []  # (a bird seed, not the name)
    assert name_spelt("spray the suede boots") == [] and name_spelt("brush patina") == []
    assert name_spelt("text hila about the lead came order") == [
        "text healer about the lead came order"]
    assert name_spelt("sanda's netball at four") == ["sander's netball at four"]
    assert name_spelt("grate the red leicester") == [] and name_spelt("pay the parish clerk") == []
    assert name_spelt("give clark a ring") == ["give clerk a ring"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text emma about the rye grain order", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "crexcrex! {}", "feed millet")
    assert not blind.fits(SET, "dwiles sodden, girters, a wanton, flonkers. {}",
                          "sidney's rugby at five")
    assert not blind.fits(SET, "gobblers, gobblers! {}", "sack the wheat bran")
    assert not blind.fits(SET, "ragabone, ragabone! {}", "glass nuggets")
    assert not blind.fits(SET, "{}, the shinkickers are hobbling", "spray the suede boots")
    assert not blind.fits(SET, "{}, shoved it", "send donna a text")
    assert not blind.fits(SET, "{}, what a murmuration", "millroom light on")
    assert not blind.fits(SET, "{}, a slowworm's sunning", "pick a posy of sweet peas")
    assert not blind.fits(SET, "{}, a slowworm's sunning", "how many sacks are milled")
    assert blind.fits(SET, "{}, the murmuration's swirling", "sharpen the reamer")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Craik. Feed millet, what a murmuration.") == \
        "craik feed millet what a murmuration"
    assert unpunctuated("gobblers, gobblers. sanda's netball at four-ish") == \
        "gobblers gobblers sanda's netball at four ish"
    assert unpunctuated("give sanda a ring") == "give sanda a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("a ripple, drivellers, flonk, girters. ring emma") == \
        "a ripple, drivellers, flonk, girters, ring emma"
    assert paused("gobblers, gobblers! feed millet") == "gobblers, gobblers, feed millet"
    assert paused("poults, poults! ring emma, the slowworms are coiled") == \
        "poults, poults, ring emma, the slowworms are coiled"
    assert paused("ring emma, the slowworms are coiled!") == \
        "ring emma, the slowworms are coiled!"
    assert paused("how many sacks are milled?") == "how many sacks are milled?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_a_hot_drink_scalds_the_speaker(homes):
    checks.check_real_requests(homes, SCALDED, was_scalded, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_a_hot_drink_scalds_the_speaker():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ffff owowow the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(scalded, was_scalded, SCALDED, rows, first=True)
    assert not was_scalded(checks.words("yowch, scalded my gob"))


def test_what_a_speaker_says_with_a_scalded_mouth_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYFOURTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in SCALDED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the lightbox off") and not could_say("switch the lamp off")
    assert could_say("ooyah that's scalding switch the lamp off")


def test_the_benchmark_reports_the_fiftyfourth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Millet", ("a game of shove ha'penny in the "
                                                   "snug, said after",
                                                   "in the middle of a dwile flonking "
                                                   "referee's calls"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Millet", "a bonsai tree named it",
                                    "a stick insect named it")
