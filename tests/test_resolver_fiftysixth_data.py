"""The fifty-sixth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fiftysixth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after pins and needles start in the
speaker's leg that no other split uses. Half of the cases said beside a clause are there again
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
from _resolver_fiftysixth import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    TINGLED,
    could_say,
    misheard,
    name_spelt,
    paused,
    tingled,
    unpunctuated,
    was_tingling,
)
from _resolver_fiftysixth_labels import LABELS  # noqa: E402
from _resolver_fiftysixth_text import (  # noqa: E402
    FIFTYSIXTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fiftysixth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fifty-fifth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the fifty-sixth set's real sentences are rows of "
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
    assert {"a coconut shy barker at the fair, said first",
            "a game of musical statues at a children's party, said after",
            "in the middle of a coconut shy barker's patter",
            "between a peacock call and a newt remark",
            "a bittern booming in the reedbed, said first",
            "a lifeboat named it", "woven into a rag rug",
            "calling the peacocks down off the barn roof, said first",
            "a remark on the ice cream van's chimes, said after", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a chestnut seller's cry, which goes on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a chestnut seller on the high street, said first",
                             "in the middle of a chestnut seller's cry")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a chestnut seller on the high street, said first":
            r"\b(chestnuts|roasting|roasties|roasted|chestnutty|hotties|scoopful|bagful)\b",
        "a nightjar churring on the heath, said first":
            r"\b(churrrr|chirrrr|jurrrr|churrrk|vrrrrr|kooik|whirrrr|chrrrr|urrrrr)\b",
        "calling the sheep in off the common, said first":
            r"\b(yowes|hoggs|ewies|sheepies|lambkins|hoggets|shearlings|lambies|hoggies)\b",
        "a punch and judy professor at the seaside, said first":
            r"\b(judy|crocodile's|crocodile|punchinello|"
            r"slapstick|swazzle)\b",
        "a remark on a hot air balloon drifting over, said after":
            r"\b(balloonists|gasbag's|montgolfier|gondola's|ballast|descending)\b",
        "a remark on the swifts round the chimneys, said after":
            r"\b(swifts|swift's|screamers|screamer's|screeching)\b",
        "a game of buckaroo at the table, said after":
            r"\b(buckaroo|buckaroo's|bucked|mule's|mule|bedroll's)\b",
        "a remark on the northern lights over the hill, said after":
            r"\b(aurora's|aurora|borealis|greenish|pinkish|streaks|skyline's)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a nightjar's churr is one word the speaker's languages lack, or it said twice; a
    # seller cries out twice; a call to the sheep is called out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a nightjar churring on the heath, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a chestnut seller on the high street, said first"])
    assert any("! {}" in t for t in
               kinds["calling the sheep in off the common, said first"])
    # (the between kind says a call to the sheep first and a swifts remark after; every
    # kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "calling the sheep in off the common, said first",
        "a remark on the swifts round the chimneys, said after",
        "between a call to the sheep and a swifts remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give masha a ring", "charcoal bagger on", "how many kilns are lit",
                   "coracling", "masha's netball at four", "holda's chess at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a church bell named it": r"\bbell\b",
        "a guinea pig named it": r"\bguinea pig\b",
        "a cheese named it": r"\bcheese\b",
        "a sheepdog named it": r"\bsheepdog\b",
        "a climbing route named it": r"\broute\b",
        "a gin named it": r"\bgin\b",
        "scrawled in the dust on a van": r"(?=.*\bdust\b).*\bvan\b",
        "knitted into a jumper": r"\bjumper\b",
        "carved on a walking stick": r"\bwalking stick\b",
        "painted on a garden shed": r"\bgarden shed\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, a finger in the dust, needles, a
    # knife, a brush)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a church bell named it", "a guinea pig named it",
                            "a cheese named it", "a sheepdog named it",
                            "a climbing route named it", "a gin named it")
               for t in OWN_TEMPLATES[kind])
    assert all("scrawl" in t for t in OWN_TEMPLATES["scrawled in the dust on a van"])
    assert all("knit" in t for t in OWN_TEMPLATES["knitted into a jumper"])
    assert all("carve" in t for t in OWN_TEMPLATES["carved on a walking stick"])
    assert all("paint" in t for t in OWN_TEMPLATES["painted on a garden shed"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYSIXTH_ROUTINES.values(), *UNTAUGHT.values()]
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
    # (people and pets named after what a charcoal burner makes or clears, what a
    # coracle is sealed or covered with or the leather and the piece a glover cuts that
    # another phrase of the home says as a word, "feed charcoal" beside "stack the
    # charcoal sacks"; or with names a recogniser writes as the word they sound like,
    # "nita" as "neater" beside "make the log stacks neater")
    burner = {"charcoal", "brash"}
    coracle = {"pitch", "calico"}
    glover = {"nappa", "gusset"}
    sounding = {"blaise", "nita", "masha", "salva", "dona", "milla", "lona", "pola",
                "sima", "sola", "bita", "holda"}
    assert burner | coracle | glover | sounding <= NAMES
    phrases = {p for routines in FIFTYSIXTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed charcoal", "stack the charcoal sacks", "brush brash", "burn the brash pile",
            "feed pitch", "heat the pitch kettle", "brush calico",
            "stretch the calico covers", "feed nappa", "cut the nappa panels",
            "brush gusset", "stitch the gusset strips", "ring blaise",
            "damp down the bonfire blaze", "drop nita a line", "make the log stacks neater",
            "give masha a ring", "wash the potato masher", "give salva a ring",
            "polish the silver salver", "ring dona", "book the blood donor session",
            "drop milla a line", "ring the corn miller", "give lona a ring",
            "return the loaner bike", "give pola a bell", "wash the polar fleece",
            "ring sima", "oil the glove seamer", "drop sola a line",
            "clean the solar panels", "give bita a ring", "wash the egg beater",
            "give holda a ring", "refill the candle holder", "message nita and masha",
            "message milla and lona", "message sola and bita"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"blaze", "neater", "masher", "salver", "donor", "miller", "loaner",
                  "polar", "seamer", "solar", "beater", "holder"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (burner | coracle | glover) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (burner | coracle | glover | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FIFTYSIXTH_ROUTINES, ("lykoi", "toyger", "sokoke"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask ", "post ", "email ",
                         "renew "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed charcoal", "Charcoal"), ("give masha a ring", "Masha"),
                     ("coppicing", "Coppicing"), ("bagger on", "Bagger"),
                     ("charcoal bagger on", "Charcoal bagger"),
                     ("masha's netball at four", "Netball")])
    for text in ("churrrr! give masha a ring",
                 "coppicing, buckaroo",
                 "chestnuts, roasting chestnuts, a bagful for sixpence. bagger on",
                 "yowes, yowes! coppicing",
                 "charcoal bagger on, the balloonists are waving",
                 "that's the way to do it, judy! feed charcoal",
                 "give masha a ring, the swifts are here",
                 "chestnuts, roasting chestnuts, give masha a ring, a bagful for sixpence",
                 "sheepies, sheepies. coppicing and, more swifts",
                 "chestnuts roasting chestnuts give masha a ring a bagful for sixpence",
                 "feed charcoal, the aurora's flickering",
                 "coppicing the bedroll's catapulted"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give masher a ring", "give masha a ring", "Masha",
                           taught.phrases)
    assert not LABELS.noisy_ok("give alma a ring", "give masha a ring", "Masha",
                               taught.phrases)
    for text in ("the new tenor bell is called feed charcoal",
                 "our guinea pig is called coppicing",
                 "the dairy's new cheese is called give masha a ring",
                 "the farmer's sheepdog is called bagger on",
                 "the new route on the crag is called feed charcoal",
                 "the distillery's new gin is called give masha a ring",
                 "someone scrawled charcoal bagger on in the dust on my van",
                 "nana knitted coppicing into a jumper",
                 "grandad carved feed charcoal on his walking stick",
                 "dad painted feed charcoal on the garden shed",
                 "churrrr! the new tenor bell is called feed charcoal",
                 "churrrr the new tenor bell is called feed charcoal",
                 "bagger off", "masha's netball at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring sima") == ["ring seamer"]
    assert name_spelt("drop nita a line") == ["drop neater a line"]
    assert set(name_spelt("message nita and masha")) >= {
        "message neater and masha", "message nita and masher"}
    assert name_spelt("stack the charcoal sacks") == []  # (the fuel, not the cat)
    assert name_spelt("heat the pitch kettle") == [] and name_spelt("brush gusset") == []
    assert name_spelt("text holda about the geography field trip") == [
        "text holder about the geography field trip"]
    assert name_spelt("masha's netball at four") == ["masher's netball at four"]
    assert name_spelt("wash the polar fleece") == [] and name_spelt("ring the corn miller") == []
    assert name_spelt("phone blaise") == ["phone blaze"]


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text blaise about the cordwood delivery", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "churrrr! {}", "burn the brash pile")
    assert not blind.fits(SET, "chestnuts, roasting chestnuts, a bagful for sixpence. {}",
                          "tell lona her fish pie is ready")
    assert not blind.fits(SET, "yowes, yowes! {}", "wash the polar fleece")
    assert not blind.fits(SET, "that's the way to do it, judy! {}",
                          "tell pola her hockey stick is by the back door")
    assert not blind.fits(SET, "{}, the balloonists are waving", "damp down the bonfire blaze")
    assert not blind.fits(SET, "{}, buckaroo", "send milla a text")
    assert not blind.fits(SET, "{}, the aurora's flickering", "kilnyard light on")
    assert not blind.fits(SET, "{}, the swifts are here", "clean the solar panels")
    assert not blind.fits(SET, "{}, the swifts are here", "how many coracles are tarred")
    assert blind.fits(SET, "{}, dozens of swifts", "oil the glove seamer")
    # (a candle is a flame, as the balloon's burner is)
    assert not blind.fits(SET, "{}, the balloonists are waving", "refill the candle holder")
    assert blind.fits(SET, "{}, the balloonists are waving", "wash the egg beater")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Jurrrr. Feed charcoal, the swifts are here.") == \
        "jurrrr feed charcoal the swifts are here"
    assert unpunctuated("yowes, yowes. masha's netball at four-ish") == \
        "yowes yowes masha's netball at four ish"
    assert unpunctuated("give masha a ring") == "give masha a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("a scoopful, a bagful, chestnuts, roasting. ring blaise") == \
        "a scoopful, a bagful, chestnuts, roasting, ring blaise"
    assert paused("yowes, yowes! feed charcoal") == "yowes, yowes, feed charcoal"
    assert paused("hoggs, hoggs! ring blaise, swifts, scything") == \
        "hoggs, hoggs, ring blaise, swifts, scything"
    assert paused("ring blaise, the swifts are here!") == \
        "ring blaise, the swifts are here!"
    assert paused("how many kilns are lit?") == "how many kilns are lit?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_pins_and_needles_start(homes):
    checks.check_real_requests(homes, TINGLED, was_tingling, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_pins_and_needles_start():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ooh pins and needles the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(tingled, was_tingling, TINGLED, rows, first=True)
    assert not was_tingling(checks.words("ooh, pins and needles"))


def test_what_a_speaker_says_as_pins_and_needles_start_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FIFTYSIXTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in TINGLED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it", "in", "and"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the clicker off") and not could_say("switch the lamp off")
    assert could_say("eesh my foot's tingling switch the lamp off")


def test_the_benchmark_reports_the_fiftysixth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Charcoal", ("a game of buckaroo at the table, "
                                                     "said after",
                                                     "in the middle of a chestnut "
                                                     "seller's cry"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Charcoal", "a church bell named it",
                                    "a guinea pig named it")
