"""The fiftieth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftieth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after a static shock makes the speaker
jump that no other split uses. Half of the cases said beside a clause are there
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
from _resolver_fiftieth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    ZAPPED,
    could_say,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    was_zapped,
    zapped,
)
from _resolver_fiftieth_labels import LABELS  # noqa: E402
from _resolver_fiftieth_text import (  # noqa: E402
    FIFTIETH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftieth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
forty-ninth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fiftieth set's real sentences are rows of "
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
    assert {"a ringmaster at the circus on the telly, said first",
            "a game of marbles on the carpet, said after",
            "in the middle of a ringmaster's patter",
            "between a drum major's call and a marbles call",
            "a baby babbling in the high chair, said first",
            "a prize marrow named it", "a racing snail named it",
            "calling the goats in from the paddock, said first",
            "an untaught request joined to it by along with", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a lifeguard's calls, which go on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a lifeguard calling out at the swimming baths, said "
                             "first", "in the middle of a lifeguard's calls")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a lifeguard calling out at the swimming baths, said first":
            r"\b(bombing|flume's|armbands|ducking|verruca|inflatable's|divebombing)\b",
        "a budgie chirping in its cage, said first":
            r"\b(tweetaloo|chirrupee|peepitty|twitterwit|cheepity|tweedlee|chirrupoo|"
            r"pipipeep|twirrup)\b",
        "calling the donkeys in off the beach, said first":
            r"\b(neddies|jennies|donkeys|neddykins|donks)\b",
        "a dog agility handler at the show, said first":
            r"\b(slalom|seesaw|chute|contacts|weave|wishbone|tabletop)\b",
        "a bobsleigh commentator on the telly, said after":
            r"\b(brakeman's|getaway|horseshoe|banking|bobsleigh's|whisker|skidded)\b",
        "a game of battleships on the landing, said after":
            r"\b(sunk|splash|torpedoed|amidships|scuppered|battleships|holed)\b",
        "a remark on a dragonfly by the pond, said after":
            r"\b(dragonfly's|dragonfly|gauzy|waterlilies|emerald|whizzed|damselfly|darting)\b",
        "a game of spillikins on the rug, said after":
            r"\b(spillikin's|flicked|spillikin|heap's|quivered|nimbly|spillikins)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a chirp is one word the speaker's languages lack, or it said twice; a lifeguard
    # calls out twice; an agility handler calls out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a budgie chirping in its cage, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1
               for t in kinds["a lifeguard calling out at the swimming baths, said first"])
    assert any("! {}" in t for t in kinds["a dog agility handler at the show, said first"])
    # (the between kind says an agility handler's call first and a spillikins call
    # after; every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a dog agility handler at the show, said first",
        "a game of spillikins on the rug, said after",
        "between a dog agility handler's call and a spillikins call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give leafie a ring", "rod soaker on", "how many arrows are fletched",
                   "blending", "mossie's cricket at four", "toastie's chess at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a prize cockerel named it": r"\bprize cockerel\b",
        "a canal boat cat named it": r"\bcanal boat cat\b",
        "written in the sand on the beach": r"\bsand on the beach\b",
        "on a bus's destination blind": r"\bdestination blind\b",
        "spelt in flowers on a roundabout": r"\broundabout\b",
        "asking a nurseryman about an apple tree called it": r"\bapple tree called\b",
        "the night watchman's tale about it": r"\bnight watchman('s)?\b",
        "the tram conductor's catchphrase": r"\btram conductor('s)?\b",
        "forbidden by the caravan site rules": r"\bcaravan site rules\b",
        "an untaught request joined to it by not to mention": r"\bnot to mention\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("wr" in t for t in OWN_TEMPLATES["written in the sand on the beach"])
    assert all("spel" in t or "plant" in t
               for t in OWN_TEMPLATES["spelt in flowers on a roundabout"])
    assert all("tale" in t for t in OWN_TEMPLATES["the night watchman's tale about it"])
    assert all("catchphrase" in t for t in OWN_TEMPLATES["the tram conductor's catchphrase"])
    assert all("nurseryman" in t or "grow" in t for t in
               OWN_TEMPLATES["asking a nurseryman about an apple tree called it"])
    # (the other request is one no routine of any home or pool has, said whole)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTIETH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    for template in OWN_TEMPLATES["an untaught request joined to it by not to mention"]:
        other = template.replace("{p}", "").replace(",", " ").replace(" not to mention ", " ")
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
    # (people and pets named after a basket's willow, an arrow's notch or feather, or a
    # scent's oil that another phrase of the home says as a word, "feed withy" beside
    # "soak the withy bundles"; or with names a recogniser writes as another word,
    # "mistie" as "misty" beside "wipe the misty windows")
    willow = {"withy", "osier"}
    arrow = {"nock", "vane"}
    scent = {"musk", "neroli"}
    sounding = {"mistie", "sandie", "mossie", "leafie", "inkie", "glossie", "rustie",
                "chalkie", "spicie", "saltie", "toastie", "soapie"}
    assert willow | arrow | scent | sounding <= NAMES
    phrases = {p for routines in FIFTIETH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed withy", "soak the withy bundles", "brush osier", "cut the osier rods",
            "feed nock", "cut the nock grooves", "brush vane", "trim the feather vanes",
            "feed musk", "decant the musk oil", "brush neroli", "bottle the neroli water",
            "ring mistie", "wipe the misty windows", "drop sandie a line",
            "sweep the sandy porch", "give mossie a ring", "scrape the mossy path",
            "give leafie a ring", "rake the leafy lawn", "ring inkie",
            "blot the inky pages", "drop glossie a line", "stack the glossy magazines",
            "give rustie a ring", "oil the rusty hinges", "give chalkie a bell",
            "wipe the chalky blackboard", "ring spicie", "reheat the spicy curry",
            "drop saltie a line", "rinse the salty wetsuits", "give toastie a ring",
            "fetch the toasty slippers", "give soapie a ring", "drain the soapy bucket",
            "message sandie and leafie", "message glossie and rustie",
            "message saltie and soapie"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"misty", "sandy", "mossy", "leafy", "inky", "glossy", "rusty", "chalky",
                  "spicy", "salty", "toasty", "soapy"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (willow | arrow | scent) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (willow | arrow | scent | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTIETH_ROUTINES, ("siamese", "burmese", "sphynx"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed withy", "Withy"), ("give leafie a ring", "Leafie"),
                     ("basketmaking", "Basketmaking"), ("soaker on", "Soaker"),
                     ("rod soaker on", "Rod soaker"),
                     ("mossie's cricket at four", "Cricket")])
    for text in ("tweetaloo! give leafie a ring",
                 "basketmaking, battleships",
                 "no bombing in the shallows, no divebombing, youngsters. soaker on",
                 "neddies, neddies! basketmaking",
                 "rod soaker on, a whisker behind the fastest",
                 "slalom, weave, yip! feed withy",
                 "give leafie a ring, the spillikin's teetering",
                 "no bombing in the shallows, give leafie a ring, no divebombing, youngsters",
                 "chute, yip! basketmaking, a spillikin prised up",
                 "no bombing in the shallows give leafie a ring no divebombing youngsters",
                 "feed withy, a dragonfly's skimming",
                 "basketmaking a splash a dud"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give leafy a ring", "give leafie a ring", "Leafie",
                           taught.phrases)
    assert not LABELS.noisy_ok("give beefie a ring", "give leafie a ring", "Leafie",
                               taught.phrases)
    for text in ("our prize cockerel is named feed withy",
                 "our canal boat cat is named basketmaking",
                 "someone wrote give leafie a ring in the sand on the beach",
                 "the destination blind on the bus says soaker on",
                 "the council spelt feed withy in flowers on the roundabout",
                 "we asked the nurseryman about an apple tree called give leafie a ring",
                 "the night watchman's tale finished with rod soaker on",
                 "our old tram conductor's catchphrase was basketmaking",
                 "feed withy is forbidden by the caravan site rules",
                 "feed withy not to mention defrost the freezer",
                 "tweetaloo! our prize cockerel is named feed withy",
                 "tweetaloo our prize cockerel is named feed withy",
                 "soaker off", "mossie's cricket at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring mistie") == ["ring misty"]
    assert name_spelt("drop sandie a line") == ["drop sandy a line"]
    assert set(name_spelt("message sandie and leafie")) >= {
        "message sandy and leafie", "message sandie and leafy"}
    assert name_spelt("soak the withy bundles") == []  # (a basket's willow, not the name)
    assert name_spelt("cut the nock grooves") == [] and name_spelt("brush neroli") == []
    assert name_spelt("text inkie about the cedar shafts order") == [
        "text inky about the cedar shafts order"]
    assert name_spelt("soapie's tennis at six") == ["soapy's tennis at six"]
    assert name_spelt("reheat the spicy curry") == [] and name_spelt("oil the rusty hinges") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text sandie about the brass band concert tickets", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "tweetaloo! {}", "give leafie a ring")
    assert not blind.fits(SET, "no bombing in the shallows, no divebombing, youngsters. {}",
                          "rinse the salty wetsuits")
    assert not blind.fits(SET, "neddies, neddies! {}", "feed withy")
    assert not blind.fits(SET, "slalom, weave, yip! {}", "fetch the toasty slippers")
    assert not blind.fits(SET, "{}, a whisker behind the fastest", "rustie's badminton at four")
    assert not blind.fits(SET, "{}, battleships", "send sandie a text")
    assert not blind.fits(SET, "{}, a dragonfly's skimming", "sprats for the siamese")
    assert not blind.fits(SET, "{}, the spillikin's teetering", "cut the osier rods")
    assert not blind.fits(SET, "{}, the spillikin's teetering", "how many baskets are woven")
    assert blind.fits(SET, "{}, it quivered", "file the willow invoices")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Chirrupee! Feed withy, the spillikin's teetering.") == \
        "chirrupee feed withy the spillikin's teetering"
    assert unpunctuated("chute, a-frame. soapie's tennis at six") == \
        "chute a frame soapie's tennis at six"
    assert unpunctuated("give leafie a ring") == "give leafie a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("flume's closed, youngsters, armbands for the kiddies. ring mistie") == \
        "flume's closed, youngsters, armbands for the kiddies, ring mistie"
    assert paused("neddies, neddies! feed withy") == "neddies, neddies, feed withy"
    assert paused("seesaw, wishbone! ring mistie, a spillikin prised up") == \
        "seesaw, wishbone, ring mistie, a spillikin prised up"
    assert paused("ring mistie, a spillikin prised up!") == "ring mistie, a spillikin prised up!"
    assert paused("how many baskets are woven?") == "how many baskets are woven?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_a_static_shock_makes_the_speaker_jump(homes):
    checks.check_real_requests(homes, ZAPPED, was_zapped, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_a_static_shock_makes_the_speaker_jump():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ow static again the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(zapped, was_zapped, ZAPPED, rows, first=True)
    assert not was_zapped(checks.words("ow, static again"))


def test_what_a_speaker_says_at_a_static_shock_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTIETH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in ZAPPED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the atomiser off") and not could_say("switch the lamp off")
    assert could_say("ow static again switch the lamp off")


def test_the_benchmark_reports_the_fiftieth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Withy", ("a game of spillikins on the rug, said "
                                                  "after",
                                                  "in the middle of a lifeguard's "
                                                  "calls"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Withy", "a prize cockerel named it",
                                    "a canal boat cat named it")
