"""The sixty-first held-out set of benchmarks/resolver.py
(benchmarks/_resolver_sixtyfirst.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker gets an eyelash in their
eye that no other split uses. Half of the cases said beside a clause are there again
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
from _resolver_sixtyfirst import (  # noqa: E402
    ASKING,
    CLAUSES,
    EYELASH,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    could_say,
    eyelashed,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    was_eyelashed,
)
from _resolver_sixtyfirst_labels import LABELS  # noqa: E402
from _resolver_sixtyfirst_text import (  # noqa: E402
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    SIXTYFIRST_ROUTINES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "sixtyfirst"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
sixtieth)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the sixty-first set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = checks.shared_words(NAME)
"""Words a clause of this set may share with an earlier set's wrappers (this set's
entry of _blind_set_checks.SHARED_WORDS_ADDED and those of the sets before it)."""
CAPOEIRA = "a capoeira class in the community centre, said first"
CURLEW = "a curlew calling over the mudflats, said first"
SMIRR = "a remark on the smirr drifting in off the moor, said after"


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes(NAME, tuple(SEEDS))  # (built once per run)


def test_every_in_scope_and_new_out_of_scope_kind_is_one_no_earlier_set_has():
    # (that none of the set's kinds is one of them is tests/test_resolver_blind_sets.py's
    # test_the_sets_own_kinds_are_ones_no_earlier_set_has; here, that they are read)
    earlier = checks.earlier_kinds(EARLIER)
    assert {"a karate sensei calling the class at the dojo, said first",
            "a game of canasta at the table, said after",
            "in the middle of a karate sensei's calls",
            "between a kittiwake's call and a haar remark",
            "a kittiwake calling off the sea cliffs, said first",
            "a ferry named it", "painted on the side of a van",
            "a cricket appeal at the village match, said first",
            "a judo referee's call on the telly, said first", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a capoeira class's calls, which go on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, CAPOEIRA, "in the middle of a capoeira class's calls")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        CAPOEIRA: r"\b(ginga|esquiva|meia lua|camara|parana|aruanda)\b",
        CURLEW: r"\b(coorlee|coorleee|cour|courr|whaup|curleee|leeyoo)\b",
        "a kabaddi raider chanting at the sports centre, said first":
            r"\b(kabaddi|hututu|chedugudu|sadugudu)\b",
        "a cock pheasant crowing in the stubble, said first":
            r"\b(kok|korrk|kutuk|kokok)\b",
        SMIRR: r"\b(smirr|smirr's|smirry)\b",
        "a remark on siskins in the alders, said after": r"\b(siskins|siskin)\b",
        "a game of bezique at the table, said after": r"\b(bezique|brisque)\b",
        "a remark on aconites under the hornbeams, said after": r"\b(aconites|aconite)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a curlew's call is one word the speaker's languages lack, or two; a capoeira
    # class's calls are two calls or more; a kabaddi raider's chant is shouted)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}] for s in said[CURLEW]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in kinds[CAPOEIRA])
    assert any("! {}" in t for t in
               kinds["a kabaddi raider chanting at the sports centre, said first"])
    # (the between kind says a curlew's call first and a smirr remark after; every kind
    # is several shapes of eight clauses or more)
    checks.check_between_kind(kinds, CURLEW, SMIRR,
                              "between a curlew's call and a smirr remark", marks="?!")


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
    for phrase in ("give binda a ring", "drum thicknesser on", "how many harps are strung",
                   "harpmaking", "binda's netball at four", "senara's guitar at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a seaside donkey named it": r"\bseaside donkey\b",
        "a treehouse named it": r"\btreehouse\b",
        "a pedalo named it": r"\bpedalo\b",
        "a double decker bus named it": r"\bdouble decker bus\b",
        "a hamster named it": r"\bhamster\b",
        "stamped on a dog tag": r"\bdog tag\b",
        "scratched into a school desk": r"\bschool desk\b",
        "written on a luggage tag": r"\bluggage tag\b",
        "cut into a topiary hedge": r"\btopiary hedge\b",
        "painted on a weather vane": r"\bweather vane\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, a stamp, a scratch, a pen, shears,
    # a brush)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a seaside donkey named it", "a treehouse named it",
                            "a pedalo named it", "a double decker bus named it",
                            "a hamster named it")
               for t in OWN_TEMPLATES[kind])
    assert all("stamp" in t for t in OWN_TEMPLATES["stamped on a dog tag"])
    assert all("scratch" in t for t in OWN_TEMPLATES["scratched into a school desk"])
    assert all(re.search(r"\b(wrote|written|write)\b", t)
               for t in OWN_TEMPLATES["written on a luggage tag"])
    assert all(re.search(r"\bcut\b", t) for t in OWN_TEMPLATES["cut into a topiary hedge"])
    assert all("paint" in t for t in OWN_TEMPLATES["painted on a weather vane"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *SIXTYFIRST_ROUTINES.values(), *UNTAUGHT.values()]
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
    # (pets named after what a harp maker planes a soundboard from or pins its strings
    # with, what a felt maker cards or dyes, or what a spoon carver hones or waxes, that
    # another phrase of the home says as a word, "feed spruce" beside "plane the spruce
    # soundboard"; people with names a recogniser writes as the word they sound like,
    # "minda" as "minder" beside "pay the cat minder")
    harpmaker = {"spruce", "bray"}
    feltmaker = {"merino", "roving"}
    spooncarver = {"sloyd", "kuksa"}
    sounding = {"minda", "borda", "binda", "finda", "venda", "morta", "hoppa", "pruna",
                "zippa", "dippa"}
    plain = {"wenna", "senara"}
    assert harpmaker | feltmaker | spooncarver | sounding | plain <= NAMES
    phrases = {p for routines in SIXTYFIRST_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed spruce", "plane the spruce soundboard", "walk bray", "fit the bray pins",
            "feed merino", "card the merino fleece", "walk roving", "dye the wool roving",
            "feed sloyd", "hone the sloyd knife", "walk kuksa", "wax the kuksa cup",
            "ring minda", "pay the cat minder", "drop borda a line",
            "weed the flower border", "give binda a ring", "label the blue binder",
            "give finda a ring", "charge the stud finder", "ring venda",
            "pay the fish vendor", "drop morta a line", "mix the lime mortar",
            "give hoppa a ring", "fill the seed hopper", "ring pruna",
            "sharpen the rose pruner", "drop zippa a line", "mend the coat zipper",
            "give dippa a bell", "film the dipper on the weir",
            "message borda and binda", "message morta and hoppa",
            "message zippa and senara"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"minder", "border", "binder", "finder", "vendor", "mortar", "hopper",
                  "pruner", "zipper", "dipper"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.replace("'s", "").split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling, nor have the plain ones)
    assert not (harpmaker | feltmaker | spooncarver | plain) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name or an earlier set's name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (harpmaker | feltmaker | spooncarver | sounding | plain) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & (earlier_spelt | earlier)


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, SIXTYFIRST_ROUTINES, ("donskoy", "levkoy", "dwelf"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "walk ",
                         "give ", "drop ", "send ", "call ", "ask ", "post ", "email ",
                         "renew ", "write "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed spruce", "Spruce"), ("give binda a ring", "Binda"),
                     ("harpmaking", "Harpmaking"), ("thicknesser on", "Thicknesser"),
                     ("drum thicknesser on", "Drum thicknesser"),
                     ("binda's netball at four", "Netball")])
    for text in ("coorlee! give binda a ring",
                 "harpmaking, bezique",
                 "ginga, esquiva. thicknesser on",
                 "kabaddi kabaddi! harpmaking",
                 "drum thicknesser on, smirr",
                 "kok kok! feed spruce",
                 "give binda a ring, siskins",
                 "ginga, harpmaking, esquiva",
                 "cour leee. harpmaking, smirry",
                 "ginga esquiva harpmaking",
                 "feed spruce, the aconites are up",
                 "harpmaking the siskins are here"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give binder a ring", "give binda a ring", "Binda",
                           taught.phrases)
    assert not LABELS.noisy_ok("give linda a ring", "give binda a ring", "Binda",
                               taught.phrases)
    for text in ("the seaside donkey at weston is called feed spruce",
                 "the kids' treehouse in the oak is called harpmaking",
                 "the swan pedalo on the boating lake is called give binda a ring",
                 "the vintage double decker bus is called thicknesser on",
                 "my nephew's hamster is called feed spruce",
                 "the locksmith stamped give binda a ring on a dog tag",
                 "the weather vane on the church has drum thicknesser on painted on it",
                 "some lad scratched harpmaking into a school desk",
                 "the porter wrote feed spruce on a luggage tag",
                 "the gardener cut feed spruce into a topiary hedge",
                 "coorlee! the seaside donkey at weston is called feed spruce",
                 "coorlee the seaside donkey at weston is called feed spruce",
                 "thicknesser off", "binda's netball at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring minda") == ["ring minder"]
    assert name_spelt("drop morta a line") == ["drop mortar a line"]
    assert set(name_spelt("message borda and binda")) >= {
        "message border and binda", "message borda and binder"}
    assert name_spelt("plane the spruce soundboard") == []  # (the tonewood, not the cat)
    assert name_spelt("dye the wool roving") == [] and name_spelt("walk kuksa") == []
    assert name_spelt("text pruna about the green birch order") == [
        "text pruner about the green birch order"]
    assert name_spelt("binda's netball at four") == ["binder's netball at four"]
    assert name_spelt("pay the cat minder") == [] and \
        name_spelt("mend the coat zipper") == []
    assert name_spelt("give dippa a bell") == ["give dipper a bell"]
    assert name_spelt("give senara a ring") == [] and name_spelt("phone wenna") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text minda about the gut string delivery", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "coorlee! {}", "film the dipper on the weir")
    assert not blind.fits(SET, "ginga, esquiva. {}", "binda's netball at four")
    assert not blind.fits(SET, "kabaddi kabaddi! {}", "ask finda for a lift to the ice rink")
    assert not blind.fits(SET, "kok kok! {}", "fill the seed hopper")
    assert not blind.fits(SET, "{}, smirr", "harproom heater on")
    assert not blind.fits(SET, "{}, bezique", "send borda a text")
    assert not blind.fits(SET, "{}, siskins", "feed spruce")
    assert not blind.fits(SET, "{}, the aconites are up", "how many spoons are whittled")
    assert not blind.fits(SET, "ginga, {}, esquiva", "ask zippa for a lift to the sailing club")
    assert blind.fits(SET, "{}, the aconites are up", "oil the harp chisels")
    # (a damp smirr bears on the boiler, as on the weir)
    assert not blind.fits(SET, "{}, mirk and smirr", "feltshed boiler on")
    assert blind.fits(SET, "{}, mirk and smirr", "oil the harp chisels")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Whaup! Feed spruce, the aconites are up.") == \
        "whaup feed spruce the aconites are up"
    assert unpunctuated("ginga, esquiva. binda's netball at four-ish") == \
        "ginga esquiva binda's netball at four ish"
    assert unpunctuated("give binda a ring") == "give binda a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("ginga, ginga, meia lua. ring minda") == \
        "ginga, ginga, meia lua, ring minda"
    assert paused("coorlee! feed spruce") == "coorlee, feed spruce"
    assert paused("cour leee. ring minda, smirry") == "cour leee, ring minda, smirry"
    assert paused("ring minda, smirr!") == "ring minda, smirr!"
    assert paused("how many harps are strung?") == "how many harps are strung?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_with_an_eyelash_in_the_eye(homes):
    checks.check_real_requests(homes, EYELASH, was_eyelashed, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_with_an_eyelash_in_the_eye():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("ow eyelash in my eye the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(eyelashed, was_eyelashed, EYELASH, rows, first=True)
    assert not was_eyelashed(checks.words("ow, eyelash in my eye"))


def test_what_a_speaker_says_with_an_eyelash_in_the_eye_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *SIXTYFIRST_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in EYELASH for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it", "in", "and"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the thicknesser off") and not could_say("switch the lamp off")
    assert could_say("argh stray eyelash switch the lamp off")


def test_the_benchmark_reports_the_sixtyfirst_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Spruce", ("a game of bezique at the table, "
                                                   "said after",
                                                   "in the middle of a capoeira class's "
                                                   "calls"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Spruce", "a seaside donkey named it",
                                    "a treehouse named it")
