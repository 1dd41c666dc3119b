"""The sixty-second held-out set of benchmarks/resolver.py
(benchmarks/_resolver_sixtysecond.py) is well formed, and its labels hold: every kind is
in every home, no utterance carries two labels, in-scope cases keep every content word
of their phrase and say no other routine's (a misheard one passes the noisy guard beside
a clause, a name written as it sounds is one of the name's listed homophones), wrapped
ones say their phrase exactly beside a clause of everyday household speech whose kind,
frame and distinctive words no earlier set has and none of whose words is a word of a
routine, no out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for
the same thing), the new out-of-scope kinds say the phrase in words the labels keep, and
its dataset sentences are rows said straight after the speaker bites into a hot chilli
that no other split uses. Half of the cases said beside a clause are there again
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
from _resolver_sixtysecond import (  # noqa: E402
    ASKING,
    CHILLI,
    CLAUSES,
    JOINED,
    MISHEARD,
    NEW_OUT_OF_SCOPE,
    OWN_TEMPLATES,
    SEEDS,
    SET,
    chillied,
    could_say,
    misheard,
    name_spelt,
    paused,
    unpunctuated,
    was_chillied,
)
from _resolver_sixtysecond_labels import LABELS  # noqa: E402
from _resolver_sixtysecond_text import (  # noqa: E402
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NAME_SPELLINGS,
    NAMES,
    NEAR_MISS_TEMPLATES,
    SIXTYSECOND_ROUTINES,
    UNTAUGHT,
    WRAPPER_WORDS,
    WRAPPERS,
)

NAME = "sixtysecond"
EARLIER = order.earlier_sets(NAME)
"""The held-out sets with words of their own made before this one (sixth to
sixty-first)."""
Taught = LABELS.taught
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the sixty-second set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = checks.shared_words(NAME)
"""Words a clause of this set may share with an earlier set's wrappers (this set's
entry of _blind_set_checks.SHARED_WORDS_ADDED and those of the sets before it)."""
TAEKWONDO = "a taekwondo class in the church hall, said first"
YAFFLE = "a green woodpecker yaffling in the orchard, said first"
GRAUPEL = "a remark on the graupel pattering on the skylight, said after"


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes(NAME, tuple(SEEDS))  # (built once per run)


def test_every_in_scope_and_new_out_of_scope_kind_is_one_no_earlier_set_has():
    # (that none of the set's kinds is one of them is tests/test_resolver_blind_sets.py's
    # test_the_sets_own_kinds_are_ones_no_earlier_set_has; here, that they are read)
    earlier = checks.earlier_kinds(EARLIER)
    assert {"a capoeira class in the community centre, said first",
            "a game of bezique at the table, said after",
            "in the middle of a capoeira class's calls",
            "between a curlew's call and a smirr remark",
            "a curlew calling over the mudflats, said first",
            "a seaside donkey named it", "painted on a weather vane",
            "a karate sensei calling the class at the dojo, said first",
            "a game of canasta at the table, said after", "negation"} <= earlier


def test_the_middle_kind_says_the_phrase_inside_one_speech():
    # (the phrase breaks into a taekwondo class's calls, which go on after it; the
    # stretch before it is no whole line of the kind said first)
    checks.check_middle_kind(WRAPPERS, TAEKWONDO, "in the middle of a taekwondo class's calls")


def test_each_clause_is_the_speech_its_kind_names():
    kinds = WRAPPERS
    said = {kind: [checks.words(t.replace("{}", " ")) for t in ts] for kind, ts in kinds.items()}
    marks = {
        TAEKWONDO: r"\b(charyeot|kyungrye|junbi|sijak|baro|keuman|kalyeo)\b",
        YAFFLE: r"\b(yaffle|yafflee|kyu|klyoo|plewk|kleu|kyuuu)\b",
        "a taiko drum group practising in the scout hut, said first":
            r"\b(yoisho|dokkoi|sorya|wasshoi|soiya)\b",
        "an oystercatcher piping on the shingle, said first":
            r"\b(kleep|pleep|kubeek|kleeep)\b",
        GRAUPEL: r"\b(graupel|graupel's)\b",
        "a remark on redwings at the windfalls, said after": r"\b(redwings|redwing)\b",
        "a game of piquet at the table, said after": r"\b(repique|pique|capot)\b",
        "a remark on celandines on the hedgebank, said after":
            r"\b(celandines|celandine)\b",
    }
    for kind, mark in marks.items():
        assert all(re.search(mark, s) for s in said[kind]), kind
    # (a woodpecker's yaffle is one word the speaker's languages lack, or two; a
    # taekwondo class's calls are two calls or more; a taiko group's calls are shouted)
    calls = [[w for w in s.split() if w not in {"then", "oh", "and"}] for s in said[YAFFLE]]
    assert all(len(c) <= 2 for c in calls) and sum(len(c) == 1 for c in calls) >= 5
    assert all(t.count(",") >= 1 for t in kinds[TAEKWONDO])
    assert any("! {}" in t for t in
               kinds["a taiko drum group practising in the scout hut, said first"])
    # (the between kind says a woodpecker's yaffle first and a graupel remark after;
    # every kind is several shapes of eight clauses or more)
    checks.check_between_kind(kinds, YAFFLE, GRAUPEL,
                              "between a green woodpecker's yaffle and a graupel remark",
                              marks="?!")


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
    for phrase in ("give flicka a ring", "brass orrery on", "how many globes are varnished",
                   "globemaking", "flicka's darts at four", "mali's piano at nine"):
        checks.check_wrappers_say_nothing(SET, phrase)


def test_each_new_out_of_scope_kind_says_what_it_is_about():
    # (that they say the phrase in words the labels keep is
    # tests/test_resolver_blind_sets.py's)
    marks = {
        "a koi carp named it": r"\bkoi carp\b",
        "a robot lawnmower named it": r"\brobot lawnmower\b",
        "a bouncy castle named it": r"\bbouncy castle\b",
        "a paddle steamer named it": r"\bpaddle steamer\b",
        "a rag doll named it": r"\brag doll\b",
        "engraved on a pocket watch": r"\bpocket watch\b",
        "printed on a seed packet": r"\bseed packet\b",
        "chiselled on a foundation stone": r"\bfoundation stone\b",
        "doodled on a paper napkin": r"\bpaper napkin\b",
        "burnt into a cricket bat": r"\bcricket bat\b",
    }
    assert set(marks) == set(NEW_OUT_OF_SCOPE)
    for kind, mark in marks.items():
        assert all(re.search(mark, checks.words(t.replace("-", " ")))
                   for t in OWN_TEMPLATES[kind]), kind
    # (each names or writes the phrase: a name given, an engraver, a printer, a chisel,
    # a pen, a hot iron)
    assert all(re.search(r"\b(called|call|named|name)\b|^\{p\} is the ", t)
               for kind in ("a koi carp named it", "a robot lawnmower named it",
                            "a bouncy castle named it", "a paddle steamer named it",
                            "a rag doll named it")
               for t in OWN_TEMPLATES[kind])
    assert all("engrav" in t for t in OWN_TEMPLATES["engraved on a pocket watch"])
    assert all("print" in t for t in OWN_TEMPLATES["printed on a seed packet"])
    assert all("chisel" in t for t in OWN_TEMPLATES["chiselled on a foundation stone"])
    assert all("doodle" in t for t in OWN_TEMPLATES["doodled on a paper napkin"])
    assert all(re.search(r"\bburn(t)?\b", t)
               for t in OWN_TEMPLATES["burnt into a cricket bat"])
    # (no template of a new kind asks the assistant for anything: none starts with a
    # verb or question word a pool phrase starts with)
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *SIXTYSECOND_ROUTINES.values(), *UNTAUGHT.values()]
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
    # (pets named after what a globe maker gilds or polishes, what a wig maker dyes or
    # combs hair on, or what a mead maker bottles or brews, that another phrase of the
    # home says as a word, "feed cartouche" beside "gild the cartouche panel"; people
    # with names a recogniser writes as the word they sound like, "banna" as "banner"
    # beside "hang the shop banner")
    globemaker = {"cartouche", "meridian"}
    wigmaker = {"marabou", "hackle"}
    meadmaker = {"pyment", "braggot"}
    sounding = {"banna", "benda", "flicka", "lenda", "manna", "molda", "shelta", "kanta",
                "roka", "halta"}
    plain = {"rhian", "mali"}
    assert globemaker | wigmaker | meadmaker | sounding | plain <= NAMES
    phrases = {p for routines in SIXTYSECOND_ROUTINES.values() for ps in routines.values()
               for p in ps}
    assert {"feed cartouche", "gild the cartouche panel", "walk meridian",
            "polish the meridian ring", "feed marabou", "dye the marabou trim",
            "walk hackle", "clean the steel hackle", "feed pyment",
            "bottle the grape pyment", "walk braggot", "brew the malt braggot",
            "ring banna", "hang the shop banner", "drop benda a line",
            "find the pipe bender", "give flicka a ring", "fix the screen flicker",
            "give lenda a ring", "pay the money lender", "ring manna",
            "sweep the manor drive", "drop molda a line", "oil the spindle moulder",
            "give shelta a ring", "paint the bike shelter", "ring kanta",
            "book the beach canter", "drop roka a line", "sand the oak rocker",
            "give halta a bell", "buckle the pony halter",
            "message benda and flicka", "message molda and shelta",
            "message roka and mali"} <= phrases
    spelt = {o for others in NAME_SPELLINGS.values() for o in others}
    homophones = {"banner", "bender", "flicker", "lender", "manor", "moulder", "shelter",
                  "canter", "rocker", "halter"}
    assert homophones <= spelt
    # (a spelling that is a word another phrase of the home says)
    said = {w for p in phrases for w in p.replace("'s", "").split()}
    assert homophones <= said
    # (a name that is a word of its home has no other spelling, nor have the plain ones)
    assert not (globemaker | wigmaker | meadmaker | plain) & set(NAME_SPELLINGS)
    # (no name of this set is a name of an earlier set's, and no spelling an earlier
    # set's spelling of a name or an earlier set's name)
    earlier = {n for name in EARLIER for n in getattr(order.text_module(name), "NAMES", ())}
    assert not (globemaker | wigmaker | meadmaker | sounding | plain) & earlier
    earlier_spelt = {o for name in EARLIER
                     for others in getattr(order.text_module(name), "NAME_SPELLINGS",
                                           {}).values() for o in others}
    assert not homophones & (earlier_spelt | earlier)


def test_the_pools_have_the_phrase_shapes():
    checks.check_pool_shapes(
        SET, SIXTYSECOND_ROUTINES, ("bambino", "cheetoh", "skookum"), devices=True,
        named_not_after=("feed ", "ring ", "message ", "text ", "phone ", "tell ", "walk ",
                         "give ", "drop ", "send ", "call ", "ask ", "post ", "email ",
                         "renew ", "write "))


def test_the_guards_strip_the_clauses_and_keep_what_points_back():
    taught = Taught([("feed cartouche", "Cartouche"), ("give flicka a ring", "Flicka"),
                     ("globemaking", "Globemaking"), ("orrery on", "Orrery"),
                     ("brass orrery on", "Brass orrery"),
                     ("flicka's darts at four", "Darts")])
    for text in ("yaffle! give flicka a ring",
                 "globemaking, repique",
                 "charyeot, kyungrye. orrery on",
                 "yoisho, yoisho! globemaking",
                 "brass orrery on, graupel",
                 "kleep kleep! feed cartouche",
                 "give flicka a ring, redwings",
                 "charyeot, globemaking, kyungrye",
                 "kyu kyu. globemaking, graupel pattering",
                 "charyeot kyungrye globemaking",
                 "feed cartouche, the celandines are up",
                 "globemaking the redwings are in"):
        assert taught.is_phrase(text), text
    assert LABELS.noisy_ok("give flicker a ring", "give flicka a ring", "Flicka",
                           taught.phrases)
    assert not LABELS.noisy_ok("give fiona a ring", "give flicka a ring", "Flicka",
                               taught.phrases)
    for text in ("the biggest koi carp in the garden centre pond is called feed cartouche",
                 "the robot lawnmower next door is called globemaking",
                 "the hired bouncy castle for the party is called give flicka a ring",
                 "the old paddle steamer on the loch is called orrery on",
                 "my niece's rag doll is called feed cartouche",
                 "the jeweller engraved give flicka a ring on a pocket watch",
                 "the cricket bat in the pavilion has brass orrery on burnt into it",
                 "the nursery printed globemaking on a seed packet",
                 "the mason chiselled feed cartouche on a foundation stone",
                 "the waiter doodled feed cartouche on a paper napkin",
                 "yaffle! the robot lawnmower next door is called feed cartouche",
                 "yaffle the robot lawnmower next door is called feed cartouche",
                 "orrery off", "flicka's darts at five"):
        assert not taught.is_phrase(text), text


def test_a_name_written_as_it_sounds_is_the_same_person():
    # (that every such case is its phrase, plainly or beside a clause, that a name is
    # written as no other name and that many are said plainly are
    # tests/test_resolver_blind_sets.py's; here, how this set writes its names)
    assert name_spelt("ring banna") == ["ring banner"]
    assert name_spelt("drop molda a line") == ["drop moulder a line"]
    assert set(name_spelt("message benda and flicka")) >= {
        "message bender and flicka", "message benda and flicker"}
    assert name_spelt("gild the cartouche panel") == []  # (the panel, not the cat)
    assert name_spelt("brew the malt braggot") == [] and name_spelt("walk hackle") == []
    assert name_spelt("text halta about the museum trip") == [
        "text halter about the museum trip"]
    assert name_spelt("flicka's darts at four") == ["flicker's darts at four"]
    assert name_spelt("hang the shop banner") == [] and \
        name_spelt("sand the oak rocker") == []
    assert name_spelt("give halta a bell") == ["give halter a bell"]
    assert name_spelt("give mali a ring") == [] and name_spelt("phone rhian") == []


def test_a_misheard_phrase_is_said_first_after_and_between_clauses(homes):
    # (that each is beside a clause and still its phrase is
    # tests/test_resolver_blind_sets.py's)
    rng = random.Random(2)
    seen = {misheard("text banna about the paper gore delivery", rng) for _ in range(80)}
    assert any(re.search(r"\b(\w+) \1\b", s) for s in seen), seen
    checks.check_misheard_placed(homes, MISHEARD, CLAUSES)


def test_a_clause_never_bears_on_its_phrase():
    # (that no case is said beside a clause that bears on it is
    # tests/test_resolver_blind_sets.py's)
    assert not blind.fits(SET, "yaffle! {}", "sand the oak rocker")
    assert not blind.fits(SET, "charyeot, kyungrye. {}", "flicka's darts at four")
    assert not blind.fits(SET, "yoisho, yoisho! {}", "text benda about the brass band tickets")
    assert not blind.fits(SET, "kleep kleep! {}", "book the beach canter")
    assert not blind.fits(SET, "{}, graupel", "paint the bike shelter")
    assert not blind.fits(SET, "{}, repique", "send benda a text")
    assert not blind.fits(SET, "{}, redwings", "feed cartouche")
    assert not blind.fits(SET, "{}, the celandines are up", "how many globes are varnished")
    assert not blind.fits(SET, "charyeot, {}, kyungrye", "ask roka for a lift to the rowing club")
    assert blind.fits(SET, "{}, the celandines are up", "clean the globe brushes")
    # (graupel on the skylight bears on the heater, as on the bike shelter)
    assert not blind.fits(SET, "{}, graupel pattering", "globeroom heater on")
    assert blind.fits(SET, "{}, graupel pattering", "clean the globe brushes")


def test_unpunctuated_writes_as_a_recogniser_without_punctuation():
    assert unpunctuated("Yaffle! Feed cartouche, the celandines are up.") == \
        "yaffle feed cartouche the celandines are up"
    assert unpunctuated("charyeot, kyungrye. flicka's darts at four-ish") == \
        "charyeot kyungrye flicka's darts at four ish"
    assert unpunctuated("give flicka a ring") == "give flicka a ring"


def test_paused_writes_a_sentence_end_as_a_comma():
    assert paused("charyeot, charyeot, junbi. ring banna") == \
        "charyeot, charyeot, junbi, ring banna"
    assert paused("yaffle! feed cartouche") == "yaffle, feed cartouche"
    assert paused("kyu kyu. ring banna, graupel pattering") == \
        "kyu kyu, ring banna, graupel pattering"
    assert paused("ring banna, graupel!") == "ring banna, graupel!"
    assert paused("how many globes are varnished?") == "how many globes are varnished?"


@NEEDS_DATASETS
def test_real_requests_are_a_row_said_after_a_bite_of_hot_chilli(homes):
    checks.check_real_requests(homes, CHILLI, was_chillied, could_say, ASKING, JOINED,
                               first=True)


def test_a_row_is_said_after_a_bite_of_hot_chilli():
    rows = [("Turn on the {}.", ("device",), ("lamp",), "hwu64", "on"),
            ("what's the {} set to", ("device",), ("fan",), "slurp", "query"),
            ("{} off and", ("device",), ("fan",), "slurp", "off"),
            ("dim the {} while i read", ("device",), ("lights",), "slurp", "dim"),
            ("please turn the {} off", ("device",), ("fan",), "slurp", "off"),
            ("phew chilli's fierce the {} off", ("device",), ("fan",), "slurp", "off"),
            ("{} off", ("device",), ("fan",), "slurp", "off")]
    checks.check_rows_said_with(chillied, was_chillied, CHILLI, rows, first=True)
    assert not was_chillied(checks.words("phew, chilli's fierce"))


def test_what_a_speaker_says_after_a_bite_of_chilli_says_no_word_of_a_pool_or_number():
    from _resolver_data import ROUTINES

    pools = [ROUTINES, *SIXTYSECOND_ROUTINES.values(), *UNTAUGHT.values()]
    pool = {w for p in checks.phrases_in(pools) for w in p.split()}
    said = {w for r in CHILLI for w in checks.words(r).split()}
    assert said & pool <= {"my", "the", "to", "on", "of", "at", "up", "a", "it", "in", "and"}, \
        sorted(said & pool)
    assert not said & set(LABELS.tables.numbers)


def test_the_snapshot_of_other_splits_sentences_holds_only_what_this_set_could_say():
    assert could_say("switch the orrery off") and not could_say("switch the lamp off")
    assert could_say("hah jalapeno switch the lamp off")


def test_the_benchmark_reports_the_sixtysecond_kinds(capsys):
    # (only the reporting, on outcomes written here: no resolver is asked anything)
    checks.check_benchmark_reports(SET, "Cartouche", ("a game of piquet at the table, "
                                                      "said after",
                                                      "in the middle of a taekwondo "
                                                      "class's calls"),
                                   NAME, capsys)
    checks.check_made_here_reported(NAME, "Cartouche", "a koi carp named it",
                                    "a robot lawnmower named it")
