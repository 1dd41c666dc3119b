"""The forty-seventh held-out set of benchmarks/resolver.py
(benchmarks/_resolver_fortyseventh.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after someone startles the speaker that no
other split uses. Half of the cases said beside a clause are there
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
from _resolver_fortyseventh import (  # noqa: E402
    ASKING,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    STARTLED,
    could_say,
    jumped,
    misheard,
    name_spelt,
    paused,
    startled,
    unpunctuated,
)
from _resolver_fortyseventh_labels import LABELS  # noqa: E402
from _resolver_fortyseventh_text import (  # noqa: E402
    FORTYSEVENTH_ROUTINES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "fortyseventh"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
forty-sixth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the forty-seventh set's real sentences are rows of "
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
    assert {"a ballet teacher counting a class, said first",
            "a game of skittles in the pub, said after",
            "in the middle of a ballet teacher's count",
            "between a rowing cox's call and a skittles call",
            "a yodeller on the radio, said first",
            "a prize bull named it", "a sermon's title",
            "shushed for saying it in the cinema",
            "an untaught request joined to it by after that", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a pilot's checklist, which goes on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, "a pilot's pre-flight checklist read aloud, said first",
                             "in the middle of a pilot's pre-flight checklist")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a pilot's pre-flight checklist read aloud, said first":
            r"\b(mixture|magnetos|altimeter|transponder|harnesses|gyro|ailerons|rudder|"
            r"compass|yoke|throttle|avionics|strobes)\b",
        "a scat singer on the radio, said first":
            r"\b(shoobeedoowop|skeedeedat|bopshebam|doobeedoobee|zabadabadoo|skiddlydat|"
            r"oobopshebam|shabadoo)\b",
        "calling the ducks in for the night, said first":
            r"\b(quackies|muscovy|drakes|dabblers|duckies|pekins|mallards|aylesburys|"
            r"campbells)\b",
        "a conductor at band practice, said first":
            r"\b(tutti|fortissimo|upbeat|oboes|sforzando|strings|cellos|rallentando|"
            r"timpani|diminuendo|staccato|bassoons|accelerando|trombones|legato|violas)\b",
        "a weightlifting commentator on the telly, said after":
            r"\b(snatch|snatched|jerk|jerked|barbell's|pressout|lifter's)\b",
        "a baseball commentator on the telly, said after":
            r"\b(curveball|shortstop|fastball|slider|homer|pitcher's|bunt|outfield's)\b",
        "a remark on a fox cub in the garden, said after":
            r"\b(fox cub|vixen's|cubs|cub's|scamp|he's)\b",
        "a croquet game on the lawn, said after":
            r"\b(through the hoop|roquet|croqueted|peel|jaws|bisque|rover's|mallet)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a scat is one word the speaker's languages lack, or it said twice; a pilot's
    # checklist reads two items; a conductor calls out)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a scat singer on the radio, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1
               for t in kinds["a pilot's pre-flight checklist read aloud, said first"])
    assert any("! {}" in t for t in kinds["a conductor at band practice, said first"])
    # (the between kind says a conductor's call first and a croquet call after; every
    # kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a conductor at band practice, said first",
        "a croquet game on the lawn, said after",
        "between a conductor's call and a croquet call", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give daisie a ring", "rope spinner on", "how many casks are hooped",
                   "charring", "frosti's football at four", "scruffi's judo at seven"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a yacht named it": r"\byacht\b",
        "a ferret named it": r"\bferret\b",
        "a brass band march called it": r"\bmarch\b",
        "embroidered on a quilt": r"\bquilt\b",
        "stamped on a parcel": r"\bparcel\b",
        "chalked on a pub blackboard": r"\bblackboard\b",
        "asking a gallery attendant about a painting called it": r"\battendant\b",
        "the father of the bride's speech quoting it": r"\bfather of the bride\b",
        "forbidden by the doctor's orders": r"\bdoctor('s)?\b",
        "an untaught request joined to it by plus": r"\bplus\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    assert all("brass band" in t or "band" in t
               for t in OWN_TEMPLATES["a brass band march called it"])
    assert all("painting" in t for t in
               OWN_TEMPLATES["asking a gallery attendant about a painting called it"])
    assert all("embroider" in t for t in OWN_TEMPLATES["embroidered on a quilt"])
    assert all("stamp" in t for t in OWN_TEMPLATES["stamped on a parcel"])
    assert all("chalk" in t for t in OWN_TEMPLATES["chalked on a pub blackboard"])
    assert all("order" in t for t in OWN_TEMPLATES["forbidden by the doctor's orders"])
    # (the other request is one no routine of any home or pool has, said whole)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYSEVENTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    for template in OWN_TEMPLATES["an untaught request joined to it by plus"]:
        other = template.replace("{p}", "").replace(",", " ").replace(" plus ", " ")
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
    # (people and pets named after a cask's part, a rope or a cord, or a mount's part
    # that another phrase of the home says as a word, "feed stave" beside "shave the
    # warped stave"; or with names a recogniser writes as another word, "minti" as
    # "minty" beside "buy the minty toothpaste")
    cask = {"stave", "bung"}
    rope = {"hawser", "twine"}
    mount = {"plinth", "dome"}
    sounding = {"minti", "lilli", "frosti", "daisie", "sallie", "jazzi", "sooti", "silki",
                "luckie", "fluffi", "scruffi", "bubbli"}
    assert cask | rope | mount | sounding <= NAMES
    phrases = {p for routines in FORTYSEVENTH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed stave", "shave the warped stave", "brush bung", "knock in the cask bung",
            "feed hawser", "coil the mooring hawser", "brush twine",
            "buy more garden twine", "feed plinth", "varnish the walnut plinth",
            "brush dome", "polish the glass dome",
            "ring minti", "buy the minty toothpaste", "drop lilli a line",
            "water the lily pond", "give frosti a ring", "scrape the frosty windscreen",
            "give daisie a ring", "weed the daisy patch", "ring sallie",
            "toast the sally lunn buns", "drop jazzi a line", "iron the jazzy waistcoat",
            "give sooti a ring", "scrub the sooty grate", "give silki a bell",
            "hand wash the silky scarf", "ring luckie", "hang the lucky horseshoe",
            "drop fluffi a line", "wash the fluffy towels", "give scruffi a ring",
            "trim the scruffy hedge", "give bubbli a ring", "chill the bubbly",
            "message lilli and daisie", "message jazzi and sooti",
            "message fluffi and scruffi"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"minty", "lily", "frosty", "daisy", "sally", "jazzy", "sooty", "silky",
                  "lucky", "fluffy", "scruffy", "bubbly"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling)
    assert not (cask | rope | mount) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (cask | rope | mount | sounding) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, FORTYSEVENTH_ROUTINES, ("tabby", "moggy", "tortoiseshell"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "brush ",
                         "give ", "drop ", "send ", "call ", "ask "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed stave", "Stave"), ("give daisie a ring", "Daisie"),
                     ("charring", "Charring"), ("brazier on", "Brazier"),
                     ("cask brazier on", "Cask brazier"),
                     ("frosti's football at four", "Football")])
    for text in ("shoobeedoowop! give daisie a ring",
                 "charring, a curveball",
                 "mixture rich, magnetos checked. brazier on",
                 "quackies, quackies! charring",
                 "cask brazier on, the snatch stands",
                 "tutti, fortissimo! feed stave",
                 "give daisie a ring, through the hoop",
                 "mixture rich, give daisie a ring, magnetos checked",
                 "upbeat, oboes! charring, a roquet",
                 "mixture rich give daisie a ring magnetos checked",
                 "feed stave, oh look, a fox cub",
                 "charring the shortstop fumbles"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give daisy a ring", "give daisie a ring", "Daisie",
                           taught.phrases)
    assert not LABELS.noisy_ok("give maisie a ring", "give daisie a ring", "Daisie",
                               taught.phrases)
    for text in ("our neighbour's yacht is named feed stave",
                 "my nephew's ferret is called charring",
                 "there's a brass band march named give daisie a ring",
                 "grandma embroidered brazier on on a quilt",
                 "someone stamped feed stave on a parcel",
                 "the landlord chalked charring on the blackboard",
                 "we asked the gallery attendant about a painting called give daisie a ring",
                 "the father of the bride ended his speech with cask brazier on",
                 "doctor's orders, i'm not to feed stave this month",
                 "feed stave plus bleed the radiators",
                 "shoobeedoowop! our neighbour's yacht is named feed stave",
                 "shoobeedoowop our neighbour's yacht is named feed stave",
                 "brazier off", "frosti's football at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring minti") == ["ring minty"]
    assert name_spelt("drop jazzi a line") == ["drop jazzy a line"]
    assert set(name_spelt("message fluffi and scruffi")) >= {
        "message fluffy and scruffi", "message fluffi and scruffy"}
    assert name_spelt("shave the warped stave") == []  # (a cask's part, not the name)
    assert name_spelt("coil the mooring hawser") == [] and name_spelt("brush dome") == []
    assert name_spelt("text luckie about the glass eyes") == [
        "text lucky about the glass eyes"]
    assert name_spelt("bubbli's swimming at six") == ["bubbly's swimming at six"]
    assert name_spelt("chill the bubbly") == [] and name_spelt("weed the daisy patch") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text jazzi about the lifeboat fundraiser", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "tutti, fortissimo! {}", "give daisie a ring")
    assert not blind.fits(SET, "mixture rich, magnetos checked. {}",
                          "frosti's football at four")
    assert not blind.fits(SET, "quackies, quackies! {}", "feed stave")
    assert not blind.fits(SET, "shoobeedoowop! {}", "scruffi's judo at seven")
    assert not blind.fits(SET, "{}, a curveball", "sooti's sea scouts at four")
    assert not blind.fits(SET, "{}, the snatch stands", "send jazzi a text")
    assert not blind.fits(SET, "{}, oh look, a fox cub", "weed the daisy patch")
    assert not blind.fits(SET, "{}, through the hoop", "chill the bubbly")
    assert not blind.fits(SET, "{}, a roquet", "how many casks are hooped")
    assert blind.fits(SET, "{}, the shortstop fumbles", "hand wash the silky scarf")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Bopshebam! Feed stave, through the hoop.") == "bopshebam feed stave through the hoop"
    assert unpunctuated("mixture rich, pre-flight. bubbli's swimming at six") == \
        "mixture rich pre flight bubbli's swimming at six"
    assert unpunctuated("give daisie a ring") == "give daisie a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("cellos, rallentando. ring minti") == "cellos, rallentando, ring minti"
    assert paused("quackies, quackies! feed stave") == "quackies, quackies, feed stave"
    assert paused("tutti, fortissimo! ring minti, through the hoop") == \
        "tutti, fortissimo, ring minti, through the hoop"
    assert paused("ring minti, a curveball!") == "ring minti, a curveball!"
    assert paused("how many casks are hooped?") == "how many casks are hooped?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_speaker_gets_over_a_fright(homes):
    checks.check_real_requests(homes, STARTLED, jumped, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_speaker_gets_over_a_fright():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("blimey the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(startled, jumped, STARTLED, rows, first=True)
    assert not jumped(checks.words("blimey, made me jump"))


def test_what_a_startled_speaker_says_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *FORTYSEVENTH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in STARTLED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the brazier off") and not could_say("switch the lamp off")
    assert could_say("blimey made me jump switch the lamp off")


def test_the_benchmark_reports_the_fortyseventh_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Stave", ("a croquet game on the lawn, said "
                                                  "after",
                                                  "in the middle of a pilot's "
                                                  "pre-flight checklist"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Stave", "a yacht named it",
                                    "a ferret named it")
