"""The fifty-third held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftythird.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker shoos a wasp from round
their head that no other split uses. Half of the cases said beside a clause are there
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
from _resolver_fiftythird import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    SHOOED,
    could_say,
    misheard,
    name_spelt,
    paused,
    shooed,
    unpunctuated,
    was_shooed,
)
from _resolver_fiftythird_labels import LABELS  # noqa: E402
from _resolver_fiftythird_text import (  # noqa: E402
    FIFTYTHIRD_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftythird"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fifty-second)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifty-third set's real sentences are rows of "
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
    assert {"a welly wanging referee at the country show, said first",
            "a game of poohsticks on the footbridge, said after",
            "in the middle of a welly wanging referee's calls",
            "between a maypole dance caller's call and a scarecrow remark",
            "frogs croaking in the garden pond, said first",
            "a morris side named it", "a ship in a bottle named it",
            "calling the ponies in from the paddock, said first",
            "an untaught request joined to it by on top of that", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a square dance caller's calls, which go on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a square dance caller at the barn dance, said "
                             "first", "in the middle of a square dance caller's calls")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a square dance caller at the barn dance, said first":
            r"\b(allemande|dosidos?|promenade|circulate)\b",
        "owls hooting in the spinney, said first":
            r"\b(twoowhit|hoohoooo|kewick|hoowhoo|kwikwik|oohoo|tuwhitt|hoooot|whoohoo)\b",
        "calling the guinea fowl in to roost, said first":
            r"\b(guineas|keets|fowlies|pintades|keetsies)\b",
        "a fishmonger crying his wares on the market, said first":
            r"\b(whelks|winkles|eels|bloaters|sprats|crabsticks|scallops|shrimps|kippers)\b",
        "a worm charming contest on the allotments, said after":
            r"\b(wormcharmers|lobworm's|lobworms?|wormless)\b",
        "a gurning championship on the telly, said after":
            r"\b(gurn|gurner's|gurned|gurners|braffin's|gurner|gurn's)\b",
        "a remark on a pipistrelle flitting at dusk, said after":
            r"\b(pipistrelle's|pipistrelles|pipistrelle|flitting)\b",
        "a game of knucklebones on the doorstep, said after":
            r"\b(knucklebones|knucklebone's|onesies|clattered)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a hoot is one word the speaker's languages lack, or it said twice; a caller
    # calls out twice; a guinea fowl call is called out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["owls hooting in the spinney, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a square dance caller at the barn dance, said first"])
    assert any("! {}" in t for t in
               kinds["calling the guinea fowl in to roost, said first"])
    # (the between kind says a guinea fowl call first and a worm charming remark after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "calling the guinea fowl in to roost, said first",
        "a worm charming contest on the allotments, said after",
        "between a guinea fowl call and a worm charming remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give tia a ring", "pulp hollander on", "how many rings are polished",
                   "dyeing", "ria's swimming at four", "bryar's fencing at eight"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a carousel horse named it": r"\bcarousel horse\b",
        "a heritage tram named it": r"\bheritage tram\b",
        "a tortoise named it": r"\btortoise\b",
        "painted on a beach hut": r"\bbeach hut\b",
        "written on a sandwich board outside a cafe": r"\bsandwich board\b",
        "in neon over a chip shop": r"\bneon\b.*\bchip shop\b|\bchip shop\b.*\bneon\b",
        "a song on the jukebox": r"\bjukebox\b",
        "chalked on the playground": r"\bplayground\b",
        "sewn on a name tape": r"\bname tapes?\b",
        "scratched on a school desk": r"\bschool desk\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, paint, chalk, a sewn tape, a
    # scratch, a song's title)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a carousel horse named it", "a heritage tram named it",
                            "a tortoise named it") for t in OWN_TEMPLATES[kind])
    assert all("paint" in t for t in OWN_TEMPLATES["painted on a beach hut"])
    assert all("chalk" in t for t in OWN_TEMPLATES["chalked on the playground"])
    assert all("scratch" in t for t in OWN_TEMPLATES["scratched on a school desk"])
    assert all("song" in t or "put" in t for t in OWN_TEMPLATES["a song on the jukebox"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYTHIRD_ROUTINES.values(), *UNTAUGHT.values()]
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
    # (people and pets named after what paper is made from or how its sheet is edged,
    # what a dyer dyes with or what a silversmith sets and casts that another phrase of
    # the home says as a word, "feed mulberry" beside "strip the mulberry bark"; or with
    # names a recogniser writes as the word they sound like, "leia" as "layer" beside
    # "buy the layer pellets")
    paper = {"mulberry", "deckle"}
    dye = {"madder", "woad"}
    silver = {"bezel", "ingot"}
    sounding = {"leia", "tia", "pia", "ria", "hadi", "koula", "fida", "lita", "leif",
                "per", "jett", "bryar"}
    assert paper | dye | silver | sounding <= NAMES
    phrases = {p for routines in FIFTYTHIRD_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed mulberry", "strip the mulberry bark", "brush deckle",
            "tear the deckle edges", "feed madder", "grind the madder roots",
            "brush woad", "stir the woad vat", "feed bezel", "solder the bezel cups",
            "brush ingot", "pour the ingot moulds",
            "ring leia", "buy the layer pellets", "give tia a ring", "ice the bottom tier",
            "drop pia a line", "paint the gate pier", "give ria a ring",
            "check the rear tyre", "ring hadi", "deadhead the hardy fuchsias",
            "drop koula a line", "fill the wine cooler", "give fida a ring",
            "refill the bird feeder", "give lita a bell", "rinse the litre jugs",
            "ring leif", "bag the leaf mould", "drop per a line", "prune the pear tree",
            "give jett a ring", "jet wash the patio", "give bryar a ring",
            "clip the briar hedge", "message pia and tia", "message koula and fida",
            "message per and bryar"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"layer", "tier", "pier", "rear", "hardy", "cooler", "feeder", "litre",
                  "leaf", "pear", "jet", "briar"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (paper | dye | silver) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (paper | dye | silver | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTYTHIRD_ROUTINES, ("ocicat", "chartreux", "korat"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed mulberry", "Mulberry"), ("give tia a ring", "Tia"),
                     ("papermaking", "Papermaking"), ("hollander on", "Hollander"),
                     ("pulp hollander on", "Pulp hollander"),
                     ("ria's swimming at four", "Swimming")])
    for text in ("twoowhit! give tia a ring",
                 "papermaking, knucklebones",
                 "allemande left, dosidos, promenade, hoedowners. hollander on",
                 "guineas, guineas! papermaking",
                 "pulp hollander on, what a gurn",
                 "whelks, winkles! feed mulberry",
                 "give tia a ring, the wormcharmers are twanging",
                 "allemande left, dosidos, give tia a ring, promenade, hoedowners",
                 "guineas, keets, fowlies. papermaking and, another lobworm",
                 "allemande left dosidos give tia a ring promenade hoedowners",
                 "feed mulberry, a pipistrelle's flitting",
                 "papermaking the knucklebones clacked"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give tier a ring", "give tia a ring", "Tia", taught.phrases)
    assert not LABELS.noisy_ok("give tea a ring", "give tia a ring", "Tia", taught.phrases)
    for text in ("grandma rode a carousel horse called feed mulberry",
                 "the heritage tram at the museum is named papermaking",
                 "our neighbour's tortoise is called give tia a ring",
                 "grandpa painted hollander on on our beach hut",
                 "the sandwich board outside the cafe says feed mulberry",
                 "the neon over the chip shop spells out give tia a ring",
                 "pulp hollander on is a song on the pub jukebox",
                 "the kids chalked papermaking on the playground",
                 "feed mulberry is sewn on the name tape in his blazer",
                 "someone scratched feed mulberry on my old school desk",
                 "twoowhit! grandma rode a carousel horse called feed mulberry",
                 "twoowhit grandma rode a carousel horse called feed mulberry",
                 "hollander off", "ria's swimming at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring leia") == ["ring layer"]
    assert name_spelt("drop pia a line") == ["drop pier a line"]
    assert set(name_spelt("message pia and tia")) >= {
        "message pier and tia", "message pia and tier"}
    assert name_spelt("strip the mulberry bark") == []  # (a tree's bark, not the name)
    assert name_spelt("stir the woad vat") == [] and name_spelt("brush ingot") == []
    assert name_spelt("text hadi about the merino fleece order") == [
        "text hardy about the merino fleece order"]
    assert name_spelt("bryar's fencing at eight") == ["briar's fencing at eight"]
    assert name_spelt("prune the pear tree") == [] and name_spelt("jet wash the patio") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text leia about the cotton rag order", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "twoowhit! {}", "give tia a ring")
    assert not blind.fits(SET, "allemande left, dosidos, promenade, hoedowners. {}",
                          "tell jett his football boots are in the porch")
    assert not blind.fits(SET, "guineas, guineas! {}", "buy the layer pellets")
    assert not blind.fits(SET, "whelks, winkles! {}", "tuna for the korat")
    assert not blind.fits(SET, "{}, what a gurn", "fida's judo at six")
    assert not blind.fits(SET, "{}, knucklebones", "send pia a text")
    assert not blind.fits(SET, "{}, a pipistrelle's flitting", "vatroom light on")
    assert not blind.fits(SET, "{}, the wormcharmers are twanging", "bag the leaf mould")
    assert not blind.fits(SET, "{}, the wormcharmers are twanging",
                          "how many sheets are pressed")
    assert blind.fits(SET, "{}, the braffin's skewwhiff", "print the colour cards")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Kewick! Feed mulberry, a pipistrelle's flitting.") == \
        "kewick feed mulberry a pipistrelle's flitting"
    assert unpunctuated("guineas, guineas. ria's swimming at four-ish") == \
        "guineas guineas ria's swimming at four ish"
    assert unpunctuated("give tia a ring") == "give tia a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("dosido, squares, circulate, sashayers. ring leia") == \
        "dosido, squares, circulate, sashayers, ring leia"
    assert paused("guineas, guineas! feed mulberry") == "guineas, guineas, feed mulberry"
    assert paused("keets, keets! ring leia, a lobworm's surfacing") == \
        "keets, keets, ring leia, a lobworm's surfacing"
    assert paused("ring leia, a lobworm's surfacing!") == \
        "ring leia, a lobworm's surfacing!"
    assert paused("how many sheets are pressed?") == "how many sheets are pressed?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_shoos_a_wasp(homes):
    checks.check_real_requests(homes, SHOOED, was_shooed, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_speaker_shoos_a_wasp():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("bzzz scram wasp the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(shooed, was_shooed, SHOOED, rows, first=True)
    assert not was_shooed(checks.words("shoo, wasp, shoo"))


def test_what_a_speaker_says_shooing_a_wasp_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYTHIRD_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in SHOOED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the burnisher off") and not could_say("switch the lamp off")
    assert could_say("bzzz scram wasp switch the lamp off")


def test_the_benchmark_reports_the_fiftythird_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Mulberry", ("a game of knucklebones on the "
                                                     "doorstep, said after",
                                                     "in the middle of a square dance "
                                                     "caller's calls"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Mulberry", "a carousel horse named it",
                                    "a heritage tram named it")
