"""The sixtieth held-out set of benchmarks/resolver.py
(benchmarks/_resolver_sixtieth.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker cricks their neck that
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
from _resolver_sixtieth import (  # noqa: E402
    ASKING,
    CLAUSES,
    CRICKED,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    cricked,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    was_cricked,
)
from _resolver_sixtieth_labels import LABELS  # noqa: E402
from _resolver_sixtieth_text import (  # noqa: E402
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    SIXTIETH_ROUTINES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "sixtieth"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
fifty-ninth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the sixtieth set's real sentences are rows of "
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
    assert {"a cricket appeal at the village match, said first",
            "a game of yahtzee at the table, said after",
            "in the middle of a cricket appeal",
            "between a call to the cat and a hoarfrost remark",
            "a lapwing calling over the ploughland, said first",
            "a grandfather clock named it", "tooled into a leather belt",
            "calling the cows in for milking, said first",
            "a nightjar churring on the heath, said first",
            "a judo referee's call on the telly, said first", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a karate sensei's calls, which go on after it; the stretch
    # before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS,
                             "a karate sensei calling the class at the dojo, said first",
                             "in the middle of a karate sensei's calls")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        "a karate sensei calling the class at the dojo, said first":
            r"\b(kamae|kiai|rei|mokuso|seiza|yame|oss|osu)\b",
        "a kittiwake calling off the sea cliffs, said first":
            r"\b(kittiwaak|kittiwaaak|waak|ayik|kittiwayk)\b",
        "a skateboarder calling tricks at the skate park, said first":
            r"\b(kickflip|heelflip|nollie|fakie|shuvit|varial)\b",
        "a bhangra class in the village hall, said first":
            r"\b(balle|shava|burrah|hoye)\b",
        "a remark on the haar rolling in off the sea, said after":
            r"\b(haar|haar's|haary)\b",
        "a remark on bramblings at the bird table, said after":
            r"\b(bramblings|brambling)\b",
        "a game of canasta at the table, said after":
            r"\b(canasta|meld|wildcards)\b",
        "a remark on snowdrops under the beeches, said after":
            r"\b(snowdrops|snowdrop)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a kittiwake's call is one word the speaker's languages lack, or two; a sensei's
    # calls are two calls or more; a skateboarder's tricks are shouted)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}]
             for s in said["a kittiwake calling off the sea cliffs, said first"]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in
               kinds["a karate sensei calling the class at the dojo, said first"])
    assert any("! {}" in t for t in
               kinds["a skateboarder calling tricks at the skate park, said first"])
    # (the between kind says a kittiwake's call first and a haar remark after; every
    # kind is several shapes of eight clauses or more)
    checks.check_between_kind(
        kinds, "a kittiwake calling off the sea cliffs, said first",
        "a remark on the haar rolling in off the sea, said after",
        "between a kittiwake's call and a haar remark", marks="?!")


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, checks.earlier_wrappers(EARLIER), SHARED_WORDS,
                              MULTI_WRAPPING)


def test_no_clause_word_is_a_word_of_an_earlier_pool():
    # (the shared test checks this set's pools and the generic one; the set was also
    # written with no clause word any earlier set's pool says)
    earlier = {w for p in checks.phrases_in([*checks.earlier_pools(),
                                              *(getattr(order.text_module(n),
                                                        f"{n.upper()}_ROUTINES", {})
                                                for n in EARLIER),
                                              *(getattr(order.text_module(n), "UNTAUGHT",
                                                        {}) for n in EARLIER)])
               for w in p.split()}
    assert len(earlier) > 4000
    assert not WRAPPER_WORDS & earlier, sorted(WRAPPER_WORDS & earlier)


def test_every_wrapper_says_nothing_the_labels_see():
    for phrase in ("give lina a ring", "corner underpinner on", "how many frames are glazed",
                   "glazing", "lina's gymnastics at four", "briony's drama at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a ferry named it": r"\bferry\b",
        "a windmill named it": r"\bwindmill\b",
        "a gritter lorry named it": r"\bgritter lorry\b",
        "a combine harvester named it": r"\bcombine harvester\b",
        "a dolls' house named it": r"\bdolls' house\b",
        "engraved on a locket": r"\blocket\b",
        "welded into a garden gate": r"\bgarden gate\b",
        "embossed on a leather notebook": r"\bleather notebook\b",
        "spelt out in fridge magnets": r"\bfridge\b",
        "painted on the side of a van": r"\bvan\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, an engraver, a welder, an
    # embosser, magnets, a brush)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a ferry named it", "a windmill named it",
                            "a gritter lorry named it", "a combine harvester named it",
                            "a dolls' house named it")
               for t in OWN_TEMPLATES[kind])
    assert all("engrav" in t for t in OWN_TEMPLATES["engraved on a locket"])
    assert all("weld" in t for t in OWN_TEMPLATES["welded into a garden gate"])
    assert all("emboss" in t for t in OWN_TEMPLATES["embossed on a leather notebook"])
    assert all(re.search(r"\bspel[lt]\b", t)
               for t in OWN_TEMPLATES["spelt out in fridge magnets"])
    assert all("paint" in t for t in OWN_TEMPLATES["painted on the side of a van"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *SIXTIETH_ROUTINES.values(), *UNTAUGHT.values()]
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
    # (pets named after what a framer primes or cuts a frame with, what a hurdle maker
    # weaves or splits with, or what a stick maker tips or straightens, that another
    # phrase of the home says as a word, "feed gesso" beside "sand the gesso layers";
    # people with names a recogniser writes as the word they sound like, "fenda" as
    # "fender" beside "polish the brass fender")
    framer = {"gesso", "mitre"}
    hurdler = {"wattle", "froe"}
    stickmaker = {"ferrule", "shank"}
    sounding = {"fenda", "kola", "lina", "leva", "riva", "raza", "pilla", "tinda", "colla",
                "renda"}
    plain = {"eira", "briony"}
    assert framer | hurdler | stickmaker | sounding | plain <= NAMES
    phrases = {p for routines in SIXTIETH_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed gesso", "sand the gesso layers", "walk mitre", "set the mitre clamps",
            "feed wattle", "stack the wattle panels", "walk froe", "sharpen the froe blade",
            "feed ferrule", "fit the rubber ferrule", "walk shank",
            "straighten the hazel shank", "ring fenda", "polish the brass fender",
            "drop kola a line", "buy a crate of cola", "give lina a ring",
            "change the pond liner", "give leva a ring", "mend the flush lever",
            "ring riva", "film the river from the footbridge", "drop raza a line",
            "charge the electric razor", "give pilla a ring", "paint the porch pillar",
            "ring tinda", "fill the tinder box", "drop colla a line",
            "starch the shirt collar", "give renda a bell", "patch the cracked render",
            "message kola and lina", "message raza and pilla",
            "message colla and briony"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"fender", "cola", "liner", "lever", "river", "razor", "pillar", "tinder",
                  "collar", "render"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.replace("'s", "").split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling, nor have the plain ones)
    assert not (framer | hurdler | stickmaker | plain) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (framer | hurdler | stickmaker | sounding | plain) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & earlier_spelt


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, SIXTIETH_ROUTINES, ("toybob", "serengeti", "kurilian"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "walk ",
                         "give ", "drop ", "send ", "call ", "ask ", "post ", "email ",
                         "renew "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed gesso", "Gesso"), ("give lina a ring", "Lina"),
                     ("glazing", "Glazing"), ("underpinner on", "Underpinner"),
                     ("corner underpinner on", "Corner underpinner"),
                     ("lina's gymnastics at four", "Gymnastics")])
    for text in ("kittiwaak! give lina a ring",
                 "glazing, canasta",
                 "kamae, kiai. underpinner on",
                 "kickflip! glazing",
                 "corner underpinner on, haar",
                 "balle balle! feed gesso",
                 "give lina a ring, bramblings",
                 "kamae, glazing, kiai",
                 "keeti waak. glazing, haary",
                 "kamae kiai glazing",
                 "feed gesso, the snowdrops are up",
                 "glazing the bramblings are here"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give liner a ring", "give lina a ring", "Lina",
                           taught.phrases)
    assert not LABELS.noisy_ok("give tina a ring", "give lina a ring", "Lina",
                               taught.phrases)
    for text in ("the ferry to the island is called feed gesso",
                 "the windmill on the ridge is called glazing",
                 "the council's gritter lorry is called give lina a ring",
                 "the farmer's combine harvester is called underpinner on",
                 "my niece's dolls' house is called feed gesso",
                 "the jeweller engraved give lina a ring on a silver locket",
                 "the van outside has corner underpinner on painted on its side",
                 "the stationer embossed glazing on a leather notebook",
                 "the toddler spelt out feed gesso in fridge magnets",
                 "the blacksmith welded feed gesso into a garden gate",
                 "kittiwaak! the ferry to the island is called feed gesso",
                 "kittiwaak the ferry to the island is called feed gesso",
                 "underpinner off", "lina's gymnastics at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring fenda") == ["ring fender"]
    assert name_spelt("drop kola a line") == ["drop cola a line"]
    assert set(name_spelt("message raza and pilla")) >= {
        "message razor and pilla", "message raza and pillar"}
    assert name_spelt("sand the gesso layers") == []  # (the primer, not the cat)
    assert name_spelt("sharpen the froe blade") == [] and name_spelt("walk shank") == []
    assert name_spelt("text tinda about the buffalo horn order") == [
        "text tinder about the buffalo horn order"]
    assert name_spelt("lina's gymnastics at four") == ["liner's gymnastics at four"]
    assert name_spelt("polish the brass fender") == [] and \
        name_spelt("buy a crate of cola") == []
    assert name_spelt("give renda a bell") == ["give render a bell"]
    assert name_spelt("give briony a ring") == [] and name_spelt("phone eira") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text fenda about the museum glass delivery", rng)
            for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "kittiwaak! {}", "film the river from the footbridge")
    assert not blind.fits(SET, "kamae, kiai. {}", "lina's gymnastics at four")
    assert not blind.fits(SET, "kickflip! {}", "ask leva for a lift to the bowling alley")
    assert not blind.fits(SET, "balle balle! {}", "we're off to the art fair so feed "
                          "gesso and give lina a ring and lock the frameroom")
    assert not blind.fits(SET, "{}, haar", "frameroom heater on")
    assert not blind.fits(SET, "{}, canasta", "send kola a text")
    assert not blind.fits(SET, "{}, bramblings", "feed gesso")
    assert not blind.fits(SET, "{}, the snowdrops are up", "how many hurdles are woven")
    assert not blind.fits(SET, "kamae, {}, kiai", "ask colla for a lift to the rowing club")
    assert blind.fits(SET, "{}, the snowdrops are up", "oil the glass cutter")
    # (a damp haar bears on the stove, as on the river)
    assert not blind.fits(SET, "{}, socked in with haar", "hurdleshed stove on")
    assert blind.fits(SET, "{}, socked in with haar", "oil the glass cutter")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Ayik. Feed gesso, the snowdrops are up.") == \
        "ayik feed gesso the snowdrops are up"
    assert unpunctuated("kamae, kiai. lina's gymnastics at four-ish") == \
        "kamae kiai lina's gymnastics at four ish"
    assert unpunctuated("give lina a ring") == "give lina a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("kamae, kamae, kiai. ring fenda") == \
        "kamae, kamae, kiai, ring fenda"
    assert paused("kittiwaak! feed gesso") == "kittiwaak, feed gesso"
    assert paused("keeti waak. ring fenda, haary") == \
        "keeti waak, ring fenda, haary"
    assert paused("ring fenda, haar!") == "ring fenda, haar!"
    assert paused("how many frames are glazed?") == "how many frames are glazed?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_as_the_neck_is_cricked(homes):
    checks.check_real_requests(homes, CRICKED, was_cricked, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_as_the_neck_is_cricked():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ooh cricked my neck the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(cricked, was_cricked, CRICKED, rows, first=True)
    assert not was_cricked(checks.words("ooh, cricked my neck"))


def test_what_a_speaker_says_as_they_crick_their_neck_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *SIXTIETH_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in CRICKED for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it", "in", "and"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the linisher off") and not could_say("switch the lamp off")
    assert could_say("urgh stiff neck switch the lamp off")


def test_the_benchmark_reports_the_sixtieth_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Gesso", ("a game of canasta at the table, "
                                                  "said after",
                                                  "in the middle of a karate sensei's calls"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Gesso", "a ferry named it",
                                    "a windmill named it")
