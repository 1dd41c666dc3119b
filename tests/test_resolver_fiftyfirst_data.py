"""The fifty-first held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftyfirst.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker bangs their funny bone
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
from _resolver_fiftyfirst import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    KNOCKED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    knocked,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    was_knocked,
)
from _resolver_fiftyfirst_labels import LABELS  # noqa: E402
from _resolver_fiftyfirst_text import (  # noqa: E402
    FIFTYFIRST_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftyfirst"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fiftieth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifty-first set's real sentences are rows of "
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
    assert {"a lifeguard calling out at the swimming baths, said first",
            "a game of spillikins on the rug, said after",
            "in the middle of a lifeguard's calls",
            "between a dog agility handler's call and a spillikins call",
            "a budgie chirping in its cage, said first",
            "a prize cockerel named it", "a canal boat cat named it",
            "calling the donkeys in off the beach, said first",
            "an untaught request joined to it by not to mention", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a pancake race marshal's calls, which go on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a pancake race marshal calling out on the high "
                             "street, said first",
                             "in the middle of a pancake race marshal's calls")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a pancake race marshal calling out on the high street, said first":
            r"\b(pancakes|skillets|spatulas|frying|batter's|crepes|tossing)\b",
        "geese honking over the marsh, said first":
            r"\b(honkaloo|hawnkitty|gronkety|wahonkle|honkitty|gaggaloo|hronkle|"
            r"wonkerwonk|ahonkee)\b",
        "calling the alpacas in from the field, said first":
            r"\b(alpacas|crias|llamas|fluffkins|woollybacks)\b",
        "a limbo leader at the beach party, said first":
            r"\b(limbo|limboing|calypso|backbend|maracas)\b",
        "a cheese rolling commentator on the telly, said after":
            r"\b(gloucester's|chaser's|cheese's|cheeserollers|cheeseroller's)\b",
        "a game of yoyo tricks in the yard, said after":
            r"\b(cradle|yoyo's|string's|loop|whizzer|unwound)\b",
        "a remark on a ladybird on the windowsill, said after":
            r"\b(ladybird's|ladybird|speckled|windowsill|wingcases|greenfly)\b",
        "a sandcastle contest on the beach, said after":
            r"\b(turret's|moat's|portcullis|battlements|tide's|ramparts|keep's|flagpole's)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a honk is one word the speaker's languages lack, or it said twice; a marshal
    # calls out twice; a limbo leader calls out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["geese honking over the marsh, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a pancake race marshal calling out on the high street, said first"])
    assert any("! {}" in t for t in kinds["a limbo leader at the beach party, said first"])
    # (the between kind says a limbo leader's call first and a sandcastle call after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a limbo leader at the beach party, said first",
        "a sandcastle contest on the beach, said after",
        "between a limbo leader's call and a sandcastle call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give crustie a ring", "blade buffer on", "how many kites are stitched",
                   "clogmaking", "frothie's judo at four", "peatie's scouts at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a pedigree llama named it": r"\bpedigree llama\b",
        "a harbour tugboat named it": r"\bharbour tugboat\b",
        "stitched on a sampler": r"\bsampler\b",
        "on a village sign": r"\bvillage sign\b",
        "spelt out on the bunting at the fete": r"\bbunting at the fete\b",
        "asking the harbourmaster about a ferry called it": r"\bferry called\b",
        "the clown's joke about it": r"\bclown('s)?\b",
        "a folk song's chorus": r"\bfolk (song|club)('s)?\b",
        "forbidden by the lido's bylaws": r"\blido's bylaws\b",
        "an untaught request joined to it by together with": r"\btogether with\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("stitch" in t for t in OWN_TEMPLATES["stitched on a sampler"])
    assert all("spel" in t for t in OWN_TEMPLATES["spelt out on the bunting at the fete"])
    assert all("joke" in t or "punchline" in t
               for t in OWN_TEMPLATES["the clown's joke about it"])
    assert all("chorus" in t for t in OWN_TEMPLATES["a folk song's chorus"])
    assert all("harbourmaster" in t or "sail" in t for t in
               OWN_TEMPLATES["asking the harbourmaster about a ferry called it"])
    # (the other request is one no routine of any home or pool has, said whole)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYFIRST_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    for template in OWN_TEMPLATES["an untaught request joined to it by together with"]:
        other = template.replace("{p}", "").replace(",", " ").replace(" together with ", " ")
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
    # (people and pets named after a knife's parts, a kite's frame or lines, or a clog's
    # sole and seam that another phrase of the home says as a word, "feed tang" beside
    # "file the tang ends"; or with names a recogniser writes as another word, "muddie"
    # as "muddy" beside "hose the muddy wellies")
    knife = {"tang", "bolster"}
    kite = {"spar", "bridle"}
    clog = {"alder", "welt"}
    sounding = {"muddie", "stickie", "frothie", "crustie", "lumpie", "cloudie", "greasie",
                "grassie", "flourie", "soggie", "peatie", "grimie"}
    assert knife | kite | clog | sounding <= NAMES
    phrases = {p for routines in FIFTYFIRST_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed tang", "file the tang ends", "brush bolster", "grind the bolster blanks",
            "feed spar", "glue the spar joints", "brush bridle", "knot the bridle lines",
            "feed alder", "saw the alder soles", "brush welt", "stitch the welt strips",
            "ring muddie", "hose the muddy wellies", "drop stickie a line",
            "wipe the sticky worktop", "give frothie a ring", "skim the frothy jam",
            "give crustie a ring", "slice the crusty loaf", "ring lumpie",
            "whisk the lumpy gravy", "drop cloudie a line", "strain the cloudy cider",
            "give greasie a ring", "scour the greasy grill", "give grassie a bell",
            "mow the grassy bank", "ring flourie", "warm the floury baps",
            "drop soggie a line", "dry the soggy trainers", "give peatie a ring",
            "bag the peaty compost", "give grimie a ring", "scrub the grimy grout",
            "message stickie and crustie", "message cloudie and greasie",
            "message soggie and grimie"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"muddy", "sticky", "frothy", "crusty", "lumpy", "cloudy", "greasy",
                  "grassy", "floury", "soggy", "peaty", "grimy"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (knife | kite | clog) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (knife | kite | clog | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTYFIRST_ROUTINES, ("birman", "korat", "bombay"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed tang", "Tang"), ("give crustie a ring", "Crustie"),
                     ("grinding", "Grinding"), ("buffer on", "Buffer"),
                     ("blade buffer on", "Blade buffer"),
                     ("frothie's judo at four", "Judo")])
    for text in ("honkaloo! give crustie a ring",
                 "grinding, a whizzer",
                 "pancakes flipped, pancakers, no tossing prematurely, flapjackers. buffer on",
                 "alpacas, alpacas! grinding",
                 "blade buffer on, a cheeseroller's unbeaten",
                 "limbo, backbend! feed tang",
                 "give crustie a ring, my turret's crumbled",
                 "pancakes flipped, pancakers, give crustie a ring, no tossing prematurely, "
                 "flapjackers",
                 "limboing, calypso! grinding, a seashell portcullis",
                 "pancakes flipped pancakers give crustie a ring no tossing prematurely "
                 "flapjackers",
                 "feed tang, a ladybird's crawling",
                 "grinding round the loop"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give crusty a ring", "give crustie a ring", "Crustie",
                           taught.phrases)
    assert not LABELS.noisy_ok("give dusty a ring", "give crustie a ring", "Crustie",
                               taught.phrases)
    for text in ("our pedigree llama is named feed tang",
                 "our harbour tugboat is named grinding",
                 "great grandma stitched give crustie a ring on a sampler",
                 "the village sign says buffer on",
                 "the committee spelt out feed tang on the bunting at the fete",
                 "we asked the harbourmaster about a ferry called give crustie a ring",
                 "the clown's joke ended with blade buffer on",
                 "grinding is the chorus of the folk song",
                 "feed tang is forbidden by the lido's bylaws",
                 "feed tang together with descale the showerhead",
                 "honkaloo! our pedigree llama is named feed tang",
                 "honkaloo our pedigree llama is named feed tang",
                 "buffer off", "frothie's judo at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring muddie") == ["ring muddy"]
    assert name_spelt("drop stickie a line") == ["drop sticky a line"]
    assert set(name_spelt("message stickie and crustie")) >= {
        "message sticky and crustie", "message stickie and crusty"}
    assert name_spelt("file the tang ends") == []  # (a knife's part, not the name)
    assert name_spelt("knot the bridle lines") == [] and name_spelt("brush welt") == []
    assert name_spelt("text lumpie about the ripstop nylon order") == [
        "text lumpy about the ripstop nylon order"]
    assert name_spelt("grimie's fencing at six") == ["grimy's fencing at six"]
    assert name_spelt("scour the greasy grill") == [] and name_spelt("bag the peaty compost") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text muddie about the sheffield steel order", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "honkaloo! {}", "give crustie a ring")
    assert not blind.fits(SET, "pancakes flipped, pancakers, no tossing prematurely, "
                          "flapjackers. {}", "whisk the lumpy gravy")
    assert not blind.fits(SET, "alpacas, alpacas! {}", "feed tang")
    assert not blind.fits(SET, "limbo, backbend! {}", "dry the soggy trainers")
    assert not blind.fits(SET, "{}, a cheeseroller's unbeaten", "greasie's squash at four")
    assert not blind.fits(SET, "{}, a whizzer", "send stickie a text")
    assert not blind.fits(SET, "{}, a ladybird's crawling", "hake for the birman")
    assert not blind.fits(SET, "{}, my turret's crumbled", "hose the muddy wellies")
    assert not blind.fits(SET, "{}, my turret's crumbled", "how many clogs are finished")
    assert blind.fits(SET, "{}, the tide's lapping", "post the cutlery invoices")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Hawnkitty! Feed tang, my turret's crumbled.") == \
        "hawnkitty feed tang my turret's crumbled"
    assert unpunctuated("limbo, back-bend. grimie's fencing at six") == \
        "limbo back bend grimie's fencing at six"
    assert unpunctuated("give crustie a ring") == "give crustie a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("skillets gripped, griddlers, crepes crisped, pancakers. ring muddie") == \
        "skillets gripped, griddlers, crepes crisped, pancakers, ring muddie"
    assert paused("alpacas, alpacas! feed tang") == "alpacas, alpacas, feed tang"
    assert paused("bongos, limbo! ring muddie, the moat's flooded") == \
        "bongos, limbo, ring muddie, the moat's flooded"
    assert paused("ring muddie, the moat's flooded!") == "ring muddie, the moat's flooded!"
    assert paused("how many knives are sharpened?") == "how many knives are sharpened?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_bangs_their_funny_bone(homes):
    checks.check_real_requests(homes, KNOCKED, was_knocked, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_speaker_bangs_their_funny_bone():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("yowzer that jarred the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(knocked, was_knocked, KNOCKED, rows, first=True)
    assert not was_knocked(checks.words("yeeow, my funny bone"))


def test_what_a_speaker_says_on_banging_their_funny_bone_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYFIRST_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in KNOCKED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the riveter off") and not could_say("switch the lamp off")
    assert could_say("yowzer that jarred switch the lamp off")


def test_the_benchmark_reports_the_fiftyfirst_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Tang", ("a sandcastle contest on the beach, said "
                                                 "after",
                                                 "in the middle of a pancake race "
                                                 "marshal's calls"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Tang", "a pedigree llama named it",
                                    "a harbour tugboat named it")
