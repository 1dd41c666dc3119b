"""The fifty-seventh held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftyseventh.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after a paper cut stings the speaker's
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
from _resolver_fiftyseventh import (  # noqa: E402
    ASKING,
    CLAUSES,
    CUT,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    cut,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    was_cut,
)
from _resolver_fiftyseventh_labels import LABELS  # noqa: E402
from _resolver_fiftyseventh_text import (  # noqa: E402
    FIFTYSEVENTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftyseventh"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fifty-sixth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifty-seventh set's real sentences are rows of "
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
    assert {"a chestnut seller on the high street, said first",
            "a game of buckaroo at the table, said after",
            "in the middle of a chestnut seller's cry",
            "between a call to the sheep and a swifts remark",
            "a nightjar churring on the heath, said first",
            "a church bell named it", "painted on a garden shed",
            "calling the goats in from the paddock, said first",
            "a game of jenga at the table, said after", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a child's game of tig, which goes on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a child playing tig on the lawn, said first",
                             "in the middle of a child's game of tig")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a child playing tig on the lawn, said first":
            r"\b(tig|tiggy|tigged|tigs|kingy|touchwood)\b",
        "a raven kronking over the quarry, said first":
            r"\b(kronk|gronk|krawk|prruk|kraak|quork|klonk|tokk)\b",
        "calling the geese in off the pond, said first":
            r"\b(goosies|goosie|ganders|goslings|greylags|honkers|waddlers)\b",
        "a bosun on a tall ship at the harbour festival, said first":
            r"\b(belay|shipmates|starboard|helmsman|topsail's|mainsail|landlubbers|"
            r"larboard|swabbies|lubbers|jib|mainsheet)\b",
        "a remark on a meteor shower over the fells, said after":
            r"\b(perseids|perseid|perseid's|fireball|fireball's|meteors)\b",
        "a remark on hailstones on the conservatory roof, said after":
            r"\b(hailstones|hailstone's)\b",
        "a game of kerplunk at the table, said after":
            r"\b(kerplunk|kerplunked|plunked|plunk)\b",
        "a remark on tadpoles in the water butt, said after":
            r"\b(tadpoles|froglets|froglet's|frogspawn|frogspawn's)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a raven's kronk is one word the speaker's languages lack, or it said twice; a
    # child at tig calls out twice; a call to the geese is called out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a raven kronking over the quarry, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a child playing tig on the lawn, said first"])
    assert any("! {}" in t for t in
               kinds["calling the geese in off the pond, said first"])
    # (the between kind says a call to the geese first and a meteor remark after; every
    # kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "calling the geese in off the pond, said first",
        "a remark on a meteor shower over the fells, said after",
        "between a call to the geese and a meteor remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give sella a ring", "tin beader on", "how many tankards are soldered",
                   "trugmaking", "sella's swimming at four", "tona's badminton at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a sourdough starter named it": r"\bsourdough starter\b",
        "a robot mower named it": r"\brobot mower\b",
        "a houseplant named it": r"\bhouseplant\b",
        "a rocking horse named it": r"\brocking horse\b",
        "a campervan named it": r"\bcampervan\b",
        "burnt into a chopping board": r"\bchopping board\b",
        "written in the condensation on a window": r"(?=.*\bcondensation\b).*\bwindow\b",
        "embroidered on a tea cosy": r"\btea cosy\b",
        "written on a paper aeroplane": r"\bpaper aeroplane\b",
        "painted on a pair of wellies": r"\bwellies\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, a hot poker, a fingertip on the
    # glass, a needle, a pencil, a brush)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a sourdough starter named it", "a robot mower named it",
                            "a houseplant named it", "a rocking horse named it",
                            "a campervan named it")
               for t in OWN_TEMPLATES[kind])
    assert all(re.search(r"\bburn", t) for t in OWN_TEMPLATES["burnt into a chopping board"])
    assert all(re.search(r"\b(wrote|write|written)\b", t)
               for kind in ("written in the condensation on a window",
                            "written on a paper aeroplane")
               for t in OWN_TEMPLATES[kind])
    assert all("embroider" in t for t in OWN_TEMPLATES["embroidered on a tea cosy"])
    assert all("paint" in t for t in OWN_TEMPLATES["painted on a pair of wellies"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYSEVENTH_ROUTINES.values(), *UNTAUGHT.values()]
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
    # (people and pets named after what a tinsmith joins tin with, what a trug is nailed
    # with or cut into, or what a quilter sews with and cuts, that another phrase of the
    # home says as a word, "feed solder" beside "melt the solder sticks"; or with names a
    # recogniser writes as the word they sound like, "ruta" as "router" beside "reset
    # the wifi router")
    tinsmith = {"solder", "flux"}
    trug = {"copper", "slat"}
    quilter = {"thimble", "gingham"}
    sounding = {"ruta", "rula", "sella", "liva", "tella", "nida", "ginny", "dasha",
                "mita", "nila", "tona"}
    assert tinsmith | trug | quilter | sounding | {"tyla"} <= NAMES
    phrases = {p for routines in FIFTYSEVENTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed solder", "melt the solder sticks", "brush flux", "refill the flux pot",
            "feed copper", "order more copper brads", "brush slat", "plane the slat blanks",
            "feed thimble", "find the silver thimble", "brush gingham",
            "cut the gingham squares", "ring ruta", "reset the wifi router",
            "drop rula a line", "find the steel ruler", "give sella a ring",
            "pay the log seller", "give liva a ring", "buy a card for the school leaver",
            "ring tella", "book the fortune teller", "drop nida a line",
            "clean the dough kneader", "give ginny a ring", "feed the guinea fowl",
            "give dasha a bell", "scrub the churn dasher", "ring mita",
            "buy a metre of wadding", "drop nila a line", "stitch the church kneeler",
            "give tona a ring", "order more printer toner", "message rula and sella",
            "message nida and ginny", "message nila and tona"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"router", "ruler", "seller", "leaver", "teller", "kneader", "guinea",
                  "dasher", "metre", "kneeler", "toner"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling, nor has tyla's)
    assert not (tinsmith | trug | quilter | {"tyla"}) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (tinsmith | trug | quilter | sounding | {"tyla"}) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTYSEVENTH_ROUTINES, ("laperm", "chausie", "selkirk"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask ", "post ", "email ",
                         "renew "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed solder", "Solder"), ("give sella a ring", "Sella"),
                     ("tinsmithing", "Tinsmithing"), ("beader on", "Beader"),
                     ("tin beader on", "Tin beader"),
                     ("sella's swimming at four", "Swimming")])
    for text in ("kronk! give sella a ring",
                 "tinsmithing, kerplunk",
                 "tiggy, tiggy, you're it. beader on",
                 "goosies, goosies! tinsmithing",
                 "tin beader on, the perseids are streaking",
                 "belay there, shipmates! feed solder",
                 "give sella a ring, the hailstones are pelting",
                 "tiggy, tiggy, tinsmithing, you're it",
                 "honkers, honkers! tinsmithing, a perseid's streaked over",
                 "tiggy tiggy tinsmithing you're it",
                 "feed solder, the tadpoles have sprouted",
                 "tinsmithing the hailstones are clattering"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give seller a ring", "give sella a ring", "Sella",
                           taught.phrases)
    assert not LABELS.noisy_ok("give stella a ring", "give sella a ring", "Sella",
                               taught.phrases)
    for text in ("my sourdough starter is called feed solder",
                 "our robot mower is called tinsmithing",
                 "my houseplant is called give sella a ring",
                 "the rocking horse in the nursery is called beader on",
                 "our campervan is called feed solder",
                 "grandpa burnt give sella a ring into a chopping board",
                 "the kids wrote tin beader on in the condensation on the window",
                 "auntie embroidered tinsmithing on a tea cosy",
                 "my nephew wrote feed solder on a paper aeroplane",
                 "my daughter painted feed solder on a pair of wellies",
                 "kronk! my sourdough starter is called feed solder",
                 "kronk my sourdough starter is called feed solder",
                 "beader off", "sella's swimming at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring ruta") == ["ring router"]
    assert name_spelt("drop nida a line") == ["drop kneader a line"]
    assert set(name_spelt("message rula and sella")) >= {
        "message ruler and sella", "message rula and seller"}
    assert name_spelt("melt the solder sticks") == []  # (the metal, not the cat)
    assert name_spelt("order more copper brads") == [] and name_spelt("brush slat") == []
    assert name_spelt("text tona about the museum trip") == [
        "text toner about the museum trip"]
    assert name_spelt("sella's swimming at four") == ["seller's swimming at four"]
    assert name_spelt("feed the guinea fowl") == [] and name_spelt("pay the log seller") == []
    assert name_spelt("give ginny a ring") == ["give guinea a ring"]
    assert name_spelt("give tyla a ring") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text ruta about the tinplate delivery", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "kronk! {}", "feed the guinea fowl")
    assert not blind.fits(SET, "tiggy, tiggy, you're it. {}", "tell sella her shepherd's "
                          "pie is ready")
    assert not blind.fits(SET, "goosies, goosies! {}", "clean the dough kneader")
    assert not blind.fits(SET, "belay there, shipmates! {}", "we're off to the flower show "
                          "so feed solder and give sella a ring and lock the tinnery")
    assert not blind.fits(SET, "{}, the perseids are streaking", "candle sconces")
    assert not blind.fits(SET, "{}, kerplunk", "send rula a text")
    assert not blind.fits(SET, "{}, the hailstones are pelting", "clear the chapel gutter")
    assert not blind.fits(SET, "{}, the tadpoles have sprouted", "how many trugs are finished")
    assert not blind.fits(SET, "tiggy, tiggy, {}, you're it", "feed solder")
    assert blind.fits(SET, "{}, the tadpoles have sprouted", "sharpen the tin snips")
    # (a candle is a flame, as a fireball is)
    assert not blind.fits(SET, "{}, a fireball, streaking", "melt the solder sticks")
    assert blind.fits(SET, "{}, a fireball, streaking", "scrub the churn dasher")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Krawk. Feed solder, the perseids are streaking.") == \
        "krawk feed solder the perseids are streaking"
    assert unpunctuated("goosies, goosies. sella's swimming at four-ish") == \
        "goosies goosies sella's swimming at four ish"
    assert unpunctuated("give sella a ring") == "give sella a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("kingy, kingy, tiggy touchwood. ring ruta") == \
        "kingy, kingy, tiggy touchwood, ring ruta"
    assert paused("goosies, goosies! feed solder") == "goosies, goosies, feed solder"
    assert paused("ganders, ganders! ring ruta, hailstones, pinging") == \
        "ganders, ganders, ring ruta, hailstones, pinging"
    assert paused("ring ruta, the perseids are streaking!") == \
        "ring ruta, the perseids are streaking!"
    assert paused("how many tankards are soldered?") == "how many tankards are soldered?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_a_paper_cut_stings(homes):
    checks.check_real_requests(homes, CUT, was_cut, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_a_paper_cut_stings():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ow papercut the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(cut, was_cut, CUT, rows, first=True)
    assert not was_cut(checks.words("ow, papercut"))


def test_what_a_speaker_says_as_a_paper_cut_stings_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYSEVENTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in CUT for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it", "in", "and"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the tufter off") and not could_say("switch the lamp off")
    assert could_say("eek papercut switch the lamp off")


def test_the_benchmark_reports_the_fiftyseventh_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Solder", ("a game of kerplunk at the table, "
                                                   "said after",
                                                   "in the middle of a child's game "
                                                   "of tig"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Solder", "a sourdough starter named it",
                                    "a robot mower named it")
