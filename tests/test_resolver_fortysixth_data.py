"""The forty-sixth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortysixth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker nearly drops something
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
from _resolver_fortysixth import (  # noqa: E402
    ASKING,
    CLAUSES,
    FUMBLED,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    caught,
    could_say,
    fumbled,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
)
from _resolver_fortysixth_labels import LABELS  # noqa: E402
from _resolver_fortysixth_text import (  # noqa: E402
    FORTYSIXTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fortysixth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
forty-fifth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the forty-sixth set's real sentences are rows of "
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
    assert {"a nursery rhyme sung to the baby, said first",
            "a game of boules on the lawn, said after",
            "in the middle of a nursery rhyme sung to the baby",
            "between a tug of war coach's shout and a boules call",
            "a judo referee's call on the telly, said first",
            "a narrowboat named it", "a shire horse named it", "a teenager refusing to say it",
            "an untaught request joined to it by then", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a ballet teacher's count, which goes on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a ballet teacher counting a class, said first",
                             "in the middle of a ballet teacher's count")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a ballet teacher counting a class, said first":
            r"\b(plie|releve|tendu|fondu|frappe|sissonne|chasse|bourree|echappe|pirouette|"
            r"soutenu|glissade|jete|battement|arabesque)\b",
        "a yodeller on the radio, said first":
            r"\b(yodelayheehoo|holdrio|hodleyhoo|yodelayee|hollaraiti|yodelittle|"
            r"hoiladio)\b",
        "calling the cows in for milking, said first":
            r"\b(cush|kushie|friesians|holsteins|cowsies|jerseys|ayrshires|longhorns)\b",
        "a rowing cox on the river, said first":
            r"\b(easy all|weigh nuff|squaring|rowers|strokeside|backstops|bowside)\b",
        "a lacrosse commentator on the telly, said after":
            r"\b(attackman|cradles|goalie's|middie|crosse|slashing)\b",
        "a water polo commentator on the telly, said after":
            r"\b(goalkeeper's|eggbeater|backhanded|sprint's|centreback's|splashed|"
            r"backhander's)\b",
        "a remark on a tortoise on the lawn, said after":
            r"\b(tortoise|tortoise's|plodding|dandelions|trellis|plodder)\b",
        "a game of skittles in the pub, said after":
            r"\b(floorer|kingpin|kingpin's|sticker|flopper|pins|alley's)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a yodel is one word the speaker's languages lack, or it said twice; a ballet
    # teacher's count is two steps of a class; a rowing cox calls out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a yodeller on the radio, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1
               for t in kinds["a ballet teacher counting a class, said first"])
    assert any("! {}" in t for t in kinds["a rowing cox on the river, said first"])
    # (the between kind says a rowing cox's call first and a skittles call after; every
    # kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a rowing cox on the river, said first",
        "a game of skittles in the pub, said after",
        "between a rowing cox's call and a skittles call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give dusti a ring", "organ bellows on", "how many seats are sold",
                   "tyring", "rockie's skating at four", "berrie's orchestra at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a prize bull named it": r"\bprize bull\b",
        "a vintage tractor named it": r"\bvintage tractor\b",
        "a real ale named it": r"\breal ale\b",
        "painted on a cart's tailboard": r"\btailboard\b",
        "written on a film can": r"\bfilm can\b",
        "a sermon's title": r"\bsermon\b",
        "asking a librarian for a book called it": r"\blibrarian\b",
        "shushed for saying it in the cinema": r"\bshush(ed)?\b",
        "a stall at the village fete named it": r"\bstall\b",
        "an untaught request joined to it by after that": r"\bafter that\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("saying" in t for t in OWN_TEMPLATES["shushed for saying it in the cinema"])
    assert all("book" in t for t in OWN_TEMPLATES["asking a librarian for a book called it"])
    assert all("paint" in t for t in OWN_TEMPLATES["painted on a cart's tailboard"])
    assert all("fete" in t for t in OWN_TEMPLATES["a stall at the village fete named it"])
    # (the other request is one no routine of any home or pool has, said whole)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYSIXTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    for template in OWN_TEMPLATES["an untaught request joined to it by after that"]:
        other = template.replace("{p}", "").replace(",", " ").replace(" after that ", " ")
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
    # (people and pets named after a projector's part, a film's preview, a wheel's part
    # or an organ's part that another phrase of the home says as a word, "feed spool"
    # beside "thread the spool onto the projector"; or with names a recogniser writes as
    # another word, "matt" as "mat" beside "shake the door mat")
    cinema = {"spool", "trailer"}
    wheel = {"spoke", "hub"}
    organ = {"pedal", "swell"}
    sounding = {"matt", "tiffani", "dusti", "rockie", "chippie", "sparkie", "woodie",
                "shandi", "raine", "stirling", "berrie", "bunni"}
    assert cinema | wheel | organ | sounding <= NAMES
    phrases = {p for routines in FORTYSIXTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed spool", "thread the spool onto the projector", "brush trailer",
            "lace up the trailer reel", "feed spoke", "replace the broken spoke",
            "brush hub", "grease the cart hub", "feed pedal", "tune the pedal pipes",
            "brush swell", "oil the swell box",
            "ring matt", "shake the door mat", "drop tiffani a line",
            "dust the tiffany lamp", "give dusti a ring", "wipe the dusty skirting boards",
            "give rockie a ring", "cut the rocky road", "give chippie a ring",
            "order tea from the chippy", "give sparkie a bell", "pay the sparky",
            "ring woodie", "prune the woody lavender", "drop shandi a line",
            "pour me a shandy", "ring raine", "empty the rain gauge",
            "drop stirling a line", "polish the sterling candlesticks",
            "give berrie a ring", "net the berry bushes", "give bunni a ring",
            "clean out the bunny hutch", "message tiffani and dusti",
            "message shandi and chippie", "message stirling and berrie"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"mat", "tiffany", "dusty", "rocky", "chippy", "sparky", "woody",
                  "shandy", "rain", "sterling", "berry", "bunny"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (cinema | wheel | organ) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (cinema | wheel | organ | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTYSIXTH_ROUTINES, ("tomcat", "mouser", "siamese"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed spool", "Spool"), ("give dusti a ring", "Dusti"),
                     ("splicing", "Splicing"), ("rewinder on", "Rewinder"),
                     ("film rewinder on", "Film rewinder"),
                     ("rockie's skating at four", "Skating")])
    for text in ("yodelayheehoo! give dusti a ring",
                 "splicing, the attackman cradles",
                 "and plie, and releve. rewinder on",
                 "cush cush cush! splicing",
                 "film rewinder on, the goalkeeper's beaten",
                 "easy all! feed spool",
                 "give dusti a ring, a floorer",
                 "and plie, give dusti a ring, and releve",
                 "weigh nuff! splicing, the kingpin teetered",
                 "and plie give dusti a ring and releve",
                 "feed spool, ooh, the tortoise",
                 "splicing the eggbeater's relentless"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give dusty a ring", "give dusti a ring", "Dusti",
                           taught.phrases)
    assert not LABELS.noisy_ok("give rusty a ring", "give dusti a ring", "Dusti",
                               taught.phrases)
    for text in ("our neighbour's prize bull is named feed spool",
                 "my cousin drives a vintage tractor called splicing",
                 "there's a real ale on tap named give dusti a ring",
                 "someone painted rewinder on on a cart's tailboard",
                 "someone wrote feed spool on an old film can",
                 "next sunday's sermon is called splicing",
                 "we asked the librarian for a book called give dusti a ring",
                 "i got shushed for saying film rewinder on in the cinema",
                 "the stall at the village fete was called feed spool",
                 "feed spool and after that defrost the freezer",
                 "yodelayheehoo! our neighbour's prize bull is named feed spool",
                 "yodelayheehoo our neighbour's prize bull is named feed spool",
                 "rewinder off", "rockie's skating at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring matt") == ["ring mat"]
    assert name_spelt("drop shandi a line") == ["drop shandy a line"]
    assert set(name_spelt("message stirling and berrie")) >= {
        "message sterling and berrie", "message stirling and berry"}
    assert name_spelt("tune the pedal pipes") == []  # (an organ's part, not the name)
    assert name_spelt("grease the cart hub") == [] and name_spelt("brush swell") == []
    assert name_spelt("text raine about the pipe metal") == [
        "text rain about the pipe metal"]
    assert name_spelt("bunni's brownies at six") == ["bunny's brownies at six"]
    assert name_spelt("pay the sparky") == [] and name_spelt("pour me a shandy") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text matt about the matinee rota", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "easy all! {}", "give dusti a ring")
    assert not blind.fits(SET, "and plie, and releve. {}", "rockie's skating at four")
    assert not blind.fits(SET, "cush cush cush! {}", "feed spool")
    assert not blind.fits(SET, "yodelayheehoo! {}", "berrie's orchestra at seven")
    assert not blind.fits(SET, "{}, the attackman cradles", "chippie's cubs at four")
    assert not blind.fits(SET, "{}, the sprint's contested", "send shandi a text")
    assert not blind.fits(SET, "{}, ooh, the tortoise", "mow the graveyard")
    assert not blind.fits(SET, "{}, a floorer", "pour me a shandy")
    assert not blind.fits(SET, "{}, a sticker, unlucky", "how many wheels are tyred")
    assert blind.fits(SET, "{}, the middie cradles", "polish the sterling candlesticks")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Holdrio! Feed spool, a floorer.") == "holdrio feed spool a floorer"
    assert unpunctuated("tup-tup-tup, jerseys. bunni's brownies at six") == \
        "tup tup tup jerseys bunni's brownies at six"
    assert unpunctuated("give berrie a ring") == "give berrie a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("and frappe, and sissonne. ring matt") == \
        "and frappe, and sissonne, ring matt"
    assert paused("cush cush cush! feed spool") == "cush cush cush, feed spool"
    assert paused("easy all! ring matt, a floorer") == "easy all, ring matt, a floorer"
    assert paused("ring matt, the middie cradles!") == "ring matt, the middie cradles!"
    assert paused("how many seats are sold?") == "how many seats are sold?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_catches_what_they_dropped(homes):
    checks.check_real_requests(homes, FUMBLED, caught, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_speaker_catches_what_they_dropped():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("phew the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(fumbled, caught, FUMBLED, rows, first=True)
    assert not caught(checks.words("phew, caught it"))


def test_what_the_speaker_says_when_fumbling_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYSIXTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in FUMBLED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the lathe off") and not could_say("switch the lamp off")
    assert could_say("crikey butterfingers switch the lamp off")


def test_the_benchmark_reports_the_fortysixth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Spool", ("a game of skittles in the pub, said "
                                                  "after",
                                                  "in the middle of a ballet teacher's "
                                                  "count"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Spool", "a sermon's title",
                                    "a prize bull named it")
