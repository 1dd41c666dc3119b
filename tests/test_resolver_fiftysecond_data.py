"""The fifty-second held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftysecond.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after a cramp seizes the speaker's leg
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
from _resolver_fiftysecond import (  # noqa: E402
    ASKING,
    CLAUSES,
    CRAMPED,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    cramped,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    was_cramped,
)
from _resolver_fiftysecond_labels import LABELS  # noqa: E402
from _resolver_fiftysecond_text import (  # noqa: E402
    FIFTYSECOND_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftysecond"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fifty-first)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifty-second set's real sentences are rows of "
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
    assert {"a pancake race marshal calling out on the high street, said first",
            "a game of yoyo tricks in the yard, said after",
            "in the middle of a pancake race marshal's calls",
            "between a limbo leader's call and a sandcastle call",
            "geese honking over the marsh, said first",
            "a pedigree llama named it", "a harbour tugboat named it",
            "calling the alpacas in from the field, said first",
            "an untaught request joined to it by together with", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a welly wanging referee's calls, which go on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a welly wanging referee at the country show, said "
                             "first", "in the middle of a welly wanging referee's calls")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a welly wanging referee at the country show, said first":
            r"\b(welly|wanging|wangers|wellyfling|overarm|welly's)\b",
        "frogs croaking in the garden pond, said first":
            r"\b(ribbitoo|gribbock|croakalee|brekkekex|quarrumph|grawk|krrroak|"
            r"ribbaribba|bworp)\b",
        "calling the ponies in from the paddock, said first":
            r"\b(ponies|dobbins|shetlands|foals|nags|ponykins)\b",
        "a maypole dance caller on the village green, said first":
            r"\b(maypole|maypolers|ribbons|plait|unplait)\b",
        "a bog snorkelling commentator on the telly, said after":
            r"\b(snorkeller's|snorkellers|snorkelled|flipper's|bog's|bogsnorkeller's)\b",
        "a game of poohsticks on the footbridge, said after":
            r"\b(footbridge|poohsticks|poohstick's|bobbing|parapet's|overtook|eddying|"
            r"eddied)\b",
        "a remark on a snail on the patio door, said after":
            r"\b(snail's|snail|trail|whorl's|feelers|inching)\b",
        "a scarecrow competition in the village, said after":
            r"\b(scarecrow's|scarecrow|scarecrows)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a croak is one word the speaker's languages lack, or it said twice; a referee
    # calls out twice; a maypole dance caller calls out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["frogs croaking in the garden pond, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a welly wanging referee at the country show, said first"])
    assert any("! {}" in t for t in
               kinds["a maypole dance caller on the village green, said first"])
    # (the between kind says a maypole dance caller's call first and a scarecrow remark
    # after; every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a maypole dance caller on the village green, said first",
        "a scarecrow competition in the village, said after",
        "between a maypole dance caller's call and a scarecrow remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give mira a ring", "twig bundler on", "how many drums are tuned",
                   "soapmaking", "lena's netball at four", "anka's drama at eight"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a morris side named it": r"\bmorris side\b",
        "a ship in a bottle named it": r"\bship in a bottle\b",
        "written in a wedding guestbook": r"\bwedding guestbook\b",
        "engraved on a horse brass": r"\bhorse brass\b",
        "printed on a beer mat": r"\bbeer mats?\b",
        "a telegram in a period drama": r"\bperiod drama\b",
        "set in a mosaic at the town hall": r"\bmosaic\b",
        "the last line of a lullaby": r"\blullaby\b",
        "a model railway station named it": r"\bmodel railway station\b",
        "an untaught request joined to it by on top of that": r"\bon top of that\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("wr" in t for t in OWN_TEMPLATES["written in a wedding guestbook"])
    assert all("engrav" in t for t in OWN_TEMPLATES["engraved on a horse brass"])
    assert all("print" in t for t in OWN_TEMPLATES["printed on a beer mat"])
    assert all("telegram" in t for t in OWN_TEMPLATES["a telegram in a period drama"])
    assert all("town hall" in t for t in OWN_TEMPLATES["set in a mosaic at the town hall"])
    assert all("line" in t or "end" in t for t in OWN_TEMPLATES["the last line of a lullaby"])
    # (the other request is one no routine of any home or pool has, said whole)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYSECOND_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    for template in OWN_TEMPLATES["an untaught request joined to it by on top of that"]:
        other = template.replace("{p}", "").replace(",", " ").replace(" on top of that ", " ")
        other = other.replace(" and ", " ").split()
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
    # (people and pets named after what a besom is bound from, what a soap is made of
    # or a drum's fittings that another phrase of the home says as a word, "feed birch"
    # beside "trim the birch twigs"; or with names ending in "-a" a recogniser writes as
    # a word ending in "-er", "greta" as "grater" beside "wash the cheese grater")
    besom = {"birch", "heather"}
    soap = {"tallow", "castile"}
    drum = {"lug", "snare"}
    sounding = {"greta", "ida", "lena", "mira", "gerda", "hedda", "letta", "sela",
                "saida", "meeta", "tilla", "anka"}
    assert besom | soap | drum | sounding <= NAMES
    phrases = {p for routines in FIFTYSECOND_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed birch", "trim the birch twigs", "brush heather", "dry the heather bundles",
            "feed tallow", "render the tallow blocks", "brush castile",
            "cut the castile bars", "feed lug", "tighten the lug bolts", "brush snare",
            "tune the snare wires",
            "ring greta", "wash the cheese grater", "drop ida a line", "air the eider quilt",
            "give lena a ring", "buy the leaner mince", "give mira a ring",
            "polish the hall mirror", "ring gerda", "paint the garage girder",
            "drop hedda a line", "bleed the header tank", "give letta a ring",
            "sign the council letter", "give sela a bell", "sweep the coal cellar",
            "ring saida", "bottle the pear cider", "drop meeta a line", "photograph the gas meter",
            "give tilla a ring", "oil the garden tiller", "give anka a ring",
            "stow the dinghy anchor", "message ida and mira", "message hedda and letta",
            "message meeta and anka"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"grater", "eider", "leaner", "mirror", "girder", "header", "letter",
                  "cellar", "cider", "meter", "tiller", "anchor"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (besom | soap | drum) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (besom | soap | drum | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTYSECOND_ROUTINES, ("ragdoll", "burmilla", "abyssinian"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed birch", "Birch"), ("give mira a ring", "Mira"),
                     ("broommaking", "Broommaking"), ("bundler on", "Bundler"),
                     ("twig bundler on", "Twig bundler"),
                     ("lena's netball at four", "Netball")])
    for text in ("ribbitoo! give mira a ring",
                 "broommaking, poohsticks",
                 "welly up, wangers, no overstepping, flingers. bundler on",
                 "ponies, ponies! broommaking",
                 "twig bundler on, the snorkeller's triumphant",
                 "maypole, plait! feed birch",
                 "give mira a ring, our scarecrow's rosetted",
                 "welly up, wangers, give mira a ring, no overstepping, flingers",
                 "plait, unplait, maypole! broommaking, a scarecrow in dungarees",
                 "welly up wangers give mira a ring no overstepping flingers",
                 "feed birch, a snail's glued on",
                 "broommaking mine overtook"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give mirror a ring", "give mira a ring", "Mira",
                           taught.phrases)
    assert not LABELS.noisy_ok("give myra a ring", "give mira a ring", "Mira",
                               taught.phrases)
    for text in ("our local morris side is named feed birch",
                 "grandpa's ship in a bottle is named broommaking",
                 "someone wrote give mira a ring in the wedding guestbook",
                 "the farrier engraved bundler on on a horse brass",
                 "the brewery printed feed birch on a beer mat",
                 "the telegram in last night's period drama read give mira a ring",
                 "twig bundler on is set in a mosaic at the town hall",
                 "the last line of grandma's lullaby is broommaking",
                 "our model railway station is named feed birch",
                 "feed birch and on top of that reupholster the footstool",
                 "ribbitoo! our local morris side is named feed birch",
                 "ribbitoo our local morris side is named feed birch",
                 "bundler off", "lena's netball at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring greta") == ["ring grater"]
    assert name_spelt("drop ida a line") == ["drop eider a line"]
    assert set(name_spelt("message ida and mira")) >= {
        "message eider and mira", "message ida and mirror"}
    assert name_spelt("trim the birch twigs") == []  # (a besom's twigs, not the name)
    assert name_spelt("tune the snare wires") == [] and name_spelt("brush castile") == []
    assert name_spelt("text saida about the goatskin order") == [
        "text cider about the goatskin order"]
    assert name_spelt("anka's drama at eight") == ["anchor's drama at eight"]
    assert name_spelt("photograph the gas meter") == [] and name_spelt("sweep the coal cellar") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text greta about the hazel handle order", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "ribbitoo! {}", "give mira a ring")
    assert not blind.fits(SET, "welly up, wangers, no overstepping, flingers. {}",
                          "tell tilla her riding boots are in the utility room")
    assert not blind.fits(SET, "ponies, ponies! {}", "feed birch")
    assert not blind.fits(SET, "maypole, plait! {}", "order more binding wire")
    assert not blind.fits(SET, "{}, the snorkeller's triumphant", "letta's karate at six")
    assert not blind.fits(SET, "{}, poohsticks", "send ida a text")
    assert not blind.fits(SET, "{}, a snail's glued on", "sardines for the ragdoll")
    assert not blind.fits(SET, "{}, our scarecrow's rosetted", "dry the heather bundles")
    assert not blind.fits(SET, "{}, our scarecrow's rosetted", "how many besoms are bound")
    assert blind.fits(SET, "{}, the parapet's slippy", "print the ingredient labels")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Gribbock! Feed birch, our scarecrow's rosetted.") == \
        "gribbock feed birch our scarecrow's rosetted"
    assert unpunctuated("maypole, plait. lena's netball at four-ish") == \
        "maypole plait lena's netball at four ish"
    assert unpunctuated("give mira a ring") == "give mira a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("no overarm, flingers, the welly's lobbed, chuckers. ring greta") == \
        "no overarm, flingers, the welly's lobbed, chuckers, ring greta"
    assert paused("ponies, ponies! feed birch") == "ponies, ponies, feed birch"
    assert paused("ribbons, maypolers! ring greta, a scarecrow in dungarees") == \
        "ribbons, maypolers, ring greta, a scarecrow in dungarees"
    assert paused("ring greta, a scarecrow in dungarees!") == \
        "ring greta, a scarecrow in dungarees!"
    assert paused("how many besoms are bound?") == "how many besoms are bound?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_a_cramp_seizes_the_speaker(homes):
    checks.check_real_requests(homes, CRAMPED, was_cramped, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_a_cramp_seizes_the_speaker():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("owowow leg cramp the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(cramped, was_cramped, CRAMPED, rows, first=True)
    assert not was_cramped(checks.words("eeyowch, cramp, my calf"))


def test_what_a_speaker_says_as_a_cramp_seizes_them_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYSECOND_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in CRAMPED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the tensioner off") and not could_say("switch the lamp off")
    assert could_say("hnnf my calf's seized switch the lamp off")


def test_the_benchmark_reports_the_fiftysecond_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Birch", ("a scarecrow competition in the village, "
                                                  "said after",
                                                  "in the middle of a welly wanging "
                                                  "referee's calls"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Birch", "a morris side named it",
                                    "a ship in a bottle named it")
