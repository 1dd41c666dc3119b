"""The fifty-ninth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftyninth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker bites their tongue that
no other split uses. Half of the cases said beside a clause are there again
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
from _resolver_fiftyninth import (  # noqa: E402
    ASKING,
    BITTEN,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    bitten,
    could_say,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    was_bitten,
)
from _resolver_fiftyninth_labels import LABELS  # noqa: E402
from _resolver_fiftyninth_text import (  # noqa: E402
    FIFTYNINTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftyninth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fifty-eighth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifty-ninth set's real sentences are rows of "
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
    assert {"a falconer flying her hawk at the country fair, said first",
            "a game of pass the pigs at the table, said after",
            "in the middle of a falconer's calls",
            "between a call to the bantams and an eclipse remark",
            "a jackdaw chacking on the chimney pot, said first",
            "a beach hut named it", "printed on a tote bag",
            "calling the pigs in for their swill, said first",
            "a remark on a dragonfly by the pond, said after", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a cricket appeal, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a cricket appeal at the village match, said first",
                             "in the middle of a cricket appeal")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a cricket appeal at the village match, said first":
            r"\b(howzat|owzat|appeal)\b",
        "a lapwing calling over the ploughland, said first":
            r"\b(peewit|pewit|peeweet|pweet|weeip|peeweep|wheeoo|peeoowit)\b",
        "calling the cat in for the night, said first":
            r"\b(puss|pss|minou|pspsps|pussums)\b",
        "wassailers in the orchard, said first":
            r"\b(hael|hatfuls|capfuls|bushel|bagfuls)\b",
        "a remark on hoarfrost on the hedges, said after":
            r"\b(hoarfrost|hoarfrost's|rime|rimed)\b",
        "a remark on goldfinches at the teasels, said after":
            r"\bgoldfinches\b",
        "a game of yahtzee at the table, said after":
            r"\b(yahtzee|yahtzees)\b",
        "a remark on waxwings in the hawthorn, said after":
            r"\b(waxwings|waxwing|waxwing's)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a lapwing's call is one word the speaker's languages lack, or it said twice; a
    # cricket appeal is an appeal and then what for; a call to the cat is called out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a lapwing calling over the ploughland, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a cricket appeal at the village match, said first"])
    assert any("! {}" in t for t in
               kinds["calling the cat in for the night, said first"])
    # (the between kind says a call to the cat first and a hoarfrost remark after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "calling the cat in for the night, said first",
        "a remark on hoarfrost on the hedges, said after",
        "between a call to the cat and a hoarfrost remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give bola a ring", "tankard planisher on", "how many tankards are spun",
                   "millinery", "bola's swimming at four", "seren's ballet at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a grandfather clock named it": r"\bgrandfather clock\b",
        "a vintage motorbike named it": r"\bvintage motorbike\b",
        "a carthorse named it": r"\bcarthorse\b",
        "a beehive named it": r"\bbeehive\b",
        "a greenhouse named it": r"\bgreenhouse\b",
        "written with a sparkler": r"\bsparkler\b",
        "painted on a boat's stern": r"\bstern\b",
        "written on a paper lantern": r"\bpaper lantern\b",
        "carved into a piece of driftwood": r"\bdriftwood\b",
        "tooled into a leather belt": r"\bleather belt\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, a sparkler waved, a brush, a pen,
    # a knife, a leather tool)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a grandfather clock named it", "a vintage motorbike named it",
                            "a carthorse named it", "a beehive named it",
                            "a greenhouse named it")
               for t in OWN_TEMPLATES[kind])
    assert all(re.search(r"\b(wrote|write|writing|written)\b", t)
               for kind in ("written with a sparkler", "written on a paper lantern")
               for t in OWN_TEMPLATES[kind])
    assert all("paint" in t for t in OWN_TEMPLATES["painted on a boat's stern"])
    assert all("carv" in t for t in OWN_TEMPLATES["carved into a piece of driftwood"])
    assert all("tooled" in t for t in OWN_TEMPLATES["tooled into a leather belt"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYNINTH_ROUTINES.values(), *UNTAUGHT.values()]
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
    # (pets named after what a pewterer casts or pours, what a hatter stiffens or braids
    # a hat with, or what a shipwright caulks or whips with, that another phrase of the
    # home says as a word, "feed flagon" beside "polish the flagon lids"; people with
    # names a recogniser writes as the word they sound like, "welda" as "welder" beside
    # "service the arc welder")
    pewterer = {"flagon", "sprue"}
    hatter = {"buckram", "sisal"}
    shipwright = {"oakum", "marline"}
    sounding = {"welda", "rida", "bola", "seda", "rola", "thor", "naila", "winta", "otta",
                "paul"}
    plain = {"lowri", "seren"}
    assert pewterer | hatter | shipwright | sounding | plain <= NAMES
    phrases = {p for routines in FIFTYNINTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed flagon", "polish the flagon lids", "brush sprue", "trim the sprue ends",
            "feed buckram", "cut the buckram linings", "brush sisal",
            "soak the sisal braid", "feed oakum", "tease the oakum strands",
            "brush marline", "whip the marline ends", "ring welda",
            "service the arc welder", "drop rida a line", "charge the ebook reader",
            "give bola a ring", "brush the bowler hat", "give seda a ring",
            "fill the lawn seeder", "ring rola", "wash the paint roller",
            "drop thor a line", "thaw the chest freezer", "give naila a ring",
            "oil the framing nailer", "drop winta a line", "pack away the winter duvets",
            "give otta a bell", "film the otter under the jetty", "ring paul",
            "grease the capstan pawl", "message rida and bola", "message thor and naila",
            "message winta and seren"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"welder", "reader", "bowler", "seeder", "roller", "thaw", "nailer",
                  "winter", "otter", "pawl"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.replace("'s", "").split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling, nor have the plain ones)
    assert not (pewterer | hatter | shipwright | plain) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (pewterer | hatter | shipwright | sounding | plain) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTYNINTH_ROUTINES, ("minskin", "cymric", "snowshoe"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask ", "post ", "email ",
                         "renew "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed flagon", "Flagon"), ("give bola a ring", "Bola"),
                     ("pewtering", "Pewtering"), ("planisher on", "Planisher"),
                     ("tankard planisher on", "Tankard planisher"),
                     ("bola's swimming at four", "Swimming")])
    for text in ("peewit! give bola a ring",
                 "pewtering, yahtzee",
                 "howzat, howzat, lbw. planisher on",
                 "puss, puss! pewtering",
                 "tankard planisher on, hoarfrost",
                 "waes hael! feed flagon",
                 "give bola a ring, goldfinches",
                 "howzat, howzat, pewtering, lbw",
                 "pss, pss. pewtering, the hedges are rimed",
                 "howzat howzat pewtering lbw",
                 "feed flagon, the waxwings are trilling",
                 "pewtering the goldfinches are twittering"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give bowler a ring", "give bola a ring", "Bola",
                           taught.phrases)
    assert not LABELS.noisy_ok("give lola a ring", "give bola a ring", "Bola",
                               taught.phrases)
    for text in ("our grandfather clock is called feed flagon",
                 "my vintage motorbike is called pewtering",
                 "the carthorse at the farm park is called give bola a ring",
                 "our beehive is called planisher on",
                 "our greenhouse is called feed flagon",
                 "she wrote give bola a ring with a sparkler on bonfire night",
                 "the dinghy has tankard planisher on painted on its stern",
                 "we wrote pewtering on a paper lantern",
                 "grandad carved feed flagon into a piece of driftwood",
                 "the saddler tooled feed flagon into a leather belt",
                 "peewit! our beehive is called feed flagon",
                 "peewit our beehive is called feed flagon",
                 "planisher off", "bola's swimming at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring welda") == ["ring welder"]
    assert name_spelt("drop thor a line") == ["drop thaw a line"]
    assert set(name_spelt("message rida and bola")) >= {
        "message reader and bola", "message rida and bowler"}
    assert name_spelt("polish the flagon lids") == []  # (the jug, not the cat)
    assert name_spelt("whip the marline ends") == [] and name_spelt("brush oakum") == []
    assert name_spelt("text paul about the larch plank order") == [
        "text pawl about the larch plank order"]
    assert name_spelt("bola's swimming at four") == ["bowler's swimming at four"]
    assert name_spelt("service the arc welder") == [] and \
        name_spelt("grease the capstan pawl") == []
    assert name_spelt("give otta a bell") == ["give otter a bell"]
    assert name_spelt("give seren a ring") == [] and name_spelt("phone lowri") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text welda about the cornish tin delivery", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "peewit! {}", "fill the lawn seeder")
    assert not blind.fits(SET, "howzat, howzat, lbw. {}", "brush the bowler hat")
    assert not blind.fits(SET, "puss, puss! {}", "lock the blockroom")
    assert not blind.fits(SET, "waes hael! {}", "we're off to the craft fair so feed "
                          "flagon and give bola a ring and lock the pewtery")
    assert not blind.fits(SET, "{}, hoarfrost", "thaw the chest freezer")
    assert not blind.fits(SET, "{}, yahtzee", "send rida a text")
    assert not blind.fits(SET, "{}, goldfinches", "film the otter under the jetty")
    assert not blind.fits(SET, "{}, the waxwings are trilling", "how many boats are "
                          "launched")
    assert not blind.fits(SET, "howzat, howzat, {}, lbw", "ask bola for a lift to the "
                          "leisure centre")
    assert blind.fits(SET, "{}, the waxwings are trilling", "oil the graver")
    # (a cold frost bears on the heater, as on the freezer)
    assert not blind.fits(SET, "{}, sparkly hoarfrost", "pewtery heater on")
    assert blind.fits(SET, "{}, sparkly hoarfrost", "oil the graver")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Pweet. Feed flagon, the waxwings are trilling.") == \
        "pweet feed flagon the waxwings are trilling"
    assert unpunctuated("puss, puss. bola's swimming at four-ish") == \
        "puss puss bola's swimming at four ish"
    assert unpunctuated("give bola a ring") == "give bola a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("howzat, owzat, inswinger. ring welda") == \
        "howzat, owzat, inswinger, ring welda"
    assert paused("puss, puss! feed flagon") == "puss, puss, feed flagon"
    assert paused("minou, minou! ring welda, rime") == \
        "minou, minou, ring welda, rime"
    assert paused("ring welda, hoarfrost!") == "ring welda, hoarfrost!"
    assert paused("how many tankards are spun?") == "how many tankards are spun?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_tongue_is_bitten(homes):
    checks.check_real_requests(homes, BITTEN, was_bitten, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_tongue_is_bitten():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ow bit my tongue the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(bitten, was_bitten, BITTEN, rows, first=True)
    assert not was_bitten(checks.words("ow, bit my tongue"))


def test_what_a_speaker_says_as_they_bite_their_tongue_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYNINTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in BITTEN for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it", "in", "and"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the caulker off") and not could_say("switch the lamp off")
    assert could_say("nngh my tongue switch the lamp off")


def test_the_benchmark_reports_the_fiftyninth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Flagon", ("a game of yahtzee at the table, "
                                                   "said after",
                                                   "in the middle of a cricket appeal"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Flagon", "a grandfather clock named it",
                                    "a vintage motorbike named it")
