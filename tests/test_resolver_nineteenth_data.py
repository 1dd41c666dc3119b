"""The nineteenth held-out set of benchmarks/resolver.py (benchmarks/_resolver_nineteenth.py)
is well formed, and its labels hold: in-scope cases keep every content word of their
phrase and say no other routine's, wrapped ones say their phrase exactly inside a
wrapper whose kind, frame and distinctive words none of the sixth to eighteenth sets
have, a clause of the speaker's own is never said beside a phrase it bears on, no
out-of-scope case is a taught phrase (wrapped, in synonyms, or a request for the same
thing), no wrapper turns what it wraps into another request, near siblings differ from
a taught phrase in one name, number or thing, fragments are proper parts of taught
phrases and hold none whole, and its dataset sentences are ones no other split uses.
The set has no heard transcripts (not made), and builds without them. Only the data is
checked here: the set is run once, by the lead, on the final resolver, and no test here
asks the resolver anything.

Checks every held-out set shares (this one's among them) are one test over the sets
in tests/test_resolver_blind_sets.py; this file keeps the set's own."""

from __future__ import annotations

import random
import re
import sys
from collections import Counter
from functools import partial
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import _blind_set_checks as checks  # noqa: E402
import _blind_set_order as order  # noqa: E402
import _resolver_blind as blind  # noqa: E402
from _resolver_blind import says_nearly, wrap  # noqa: E402
from _resolver_data import (  # noqa: E402
    DATASETS,
    OUT_OF_SCOPE_KINDS,
    ROUTINES,
)
from _resolver_fifteenth import source_values  # noqa: E402
from _resolver_nineteenth import (  # noqa: E402
    ASIDE_KINDS,
    NEW_OUT_OF_SCOPE,
    NINETEENTH_IN_SCOPE,
    NINETEENTH_KINDS,
    OWN_OUT_OF_SCOPE,
    SEEDS,
    SET,
    SLOTS,
    WRAPPED_OUT,
    aside_templates,
    dataset_rows,
    refilled,
    used_texts,
    with_an_aside,
)
from _resolver_nineteenth_labels import LABELS  # noqa: E402
from _resolver_nineteenth_text import (  # noqa: E402
    HOMES,
    KIND_TEMPLATES,
    MULTI_WRAPPING,
    NEAR_MISS_TEMPLATES,
    NINETEENTH_ROUTINES,
    REASON_CLASHES,
    UNTAUGHT,
    WRAPPERS,
)
from _resolver_seventeenth import plain_name  # noqa: E402

Taught = LABELS.taught
canon, kept, must_keep = LABELS.canon, LABELS.kept, LABELS.must_keep
noisy_ok, wrap_ok, misrecognised = LABELS.noisy_ok, LABELS.wrap_ok, LABELS.misrecognised
fits = partial(blind.fits, SET)
OTHER_SPLITS = ((0, "dev"), (1, "held"), (7, "fresh"), (20, "third"), (30, "fourth"),
                (40, "fifth"), (50, "sixth"), (60, "seventh"), (70, "eighth"), (80, "ninth"),
                (90, "tenth"), (110, "eleventh"), (120, "twelfth"),
                (130, "thirteenth"), (140, "fourteenth"), (150, "fifteenth"), (160, "sixteenth"),
                (170, "seventeenth"), (180, "eighteenth"))
NEEDS_DATASETS = pytest.mark.skipif(
    not DATASETS.is_dir(), reason="the nineteenth set's real sentences are rows of "
    "../shared/datasets, which this checkout does not have (set TEACHAPP_DATASETS)")
SHARED_WORDS = {
    "a", "about", "all", "am", "and", "any", "are", "as", "at", "be", "been", "before",
    "by", "can", "could", "did", "didn't", "do", "doing", "don't", "for", "get", "good",
    "got", "have", "having", "here", "how", "i", "i'd", "i'm", "i've", "if", "in", "is",
    "isn't", "it", "it's", "just", "know", "let", "long", "me", "much", "my", "need", "now",
    "of", "off", "oh", "ok", "on", "one", "out", "please", "right", "said", "say", "see",
    "so", "that", "that's", "the", "then", "there", "there's", "think", "this", "those",
    "three", "time", "to", "two", "up", "want", "was", "way", "we", "we're", "what", "will",
    "with", "would", "yeah", "you", "you're", "your", "thank", "thanks",
    "not", "since", "while", "anyway", "ever", "chance", "suppose", "five",
    "you've", "won't", "back", "down", "away",
    "because", "wondering", "go", "ahead", "advance", "thanking", "everyone", "when",
    "whenever", "sec",
    "sorry", "where's", "baby's", "finally", "asleep", "later", "wait"}
"""Words any wrapper may share with earlier ones: function words, pronouns and their
contractions, forms of "be", "have" and "do" and the commonest verbs and particles (the
twelfth's to eighteenth's), and what this set's clauses of the speaker's own are said
with: "sorry" of an aside about the past ("sorry, i was miles away"), "where's" of a
question about something else ("where's my phone?"), "baby's", "finally" and "asleep"
of the state of something else ("the baby's finally asleep"), and "later" and "wait" of
something else ruled out ("the washing up is for later", "the ironing pile can wait
till sunday"): words that look like a cue of another kind, said of something else."""


@pytest.fixture(scope="module")
def homes() -> dict:
    return checks.set_homes("nineteenth", tuple(SEEDS))  # (built once per run)


_words = checks.words
_templates = checks.templates
EARLIER_TEXTS = order.earlier_sets("nineteenth", since="seventh")


def _earlier_texts() -> list:
    import importlib

    return [importlib.import_module(f"_resolver_{name}_text") for name in EARLIER_TEXTS]


def _earlier_wrappers() -> list[str]:
    import _resolver_sixth_text as sixth

    texts = dict(zip(EARLIER_TEXTS, _earlier_texts(), strict=True))
    seventh, eighth = texts["seventh"], texts["eighth"]
    return [*sixth.SIXTH_CARRIERS, *sixth.FRAGMENT_WRAPPERS,
            *(w for m in (seventh, eighth) for table in (
                m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS,
                m.VOCATIVES) for w in _templates(table)),
            *(w for name in ("ninth", "tenth", "eleventh", "twelfth") for m in [texts[name]]
              for table in (m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS, m.VOCATIVES)
              for w in _templates(table)),
            *(w for name in EARLIER_TEXTS[6:] for m in [texts[name]]
              for table in (m.WRAPPERS, m.OOS_WRAPPERS, m.FRAGMENT_NEW_WRAPPERS)
              for w in _templates(table)),
            *(c for m in texts.values() if m is not seventh for c in m.MULTI_WRAPPING),
            *(d for name in ("tenth", "eleventh", "twelfth") for d in texts[name].DEVICE_NAMES)]


def test_every_in_scope_kind_is_one_no_earlier_set_has():
    earlier = order.earlier_wrapper_kinds("nineteenth")
    assert not set(WRAPPERS) & earlier
    assert len(WRAPPERS) == 13
    assert set(ASIDE_KINDS) < set(WRAPPERS)


def test_the_new_out_of_scope_kinds_are_no_earlier_sets():
    import _resolver_eighteenth as eighteenth
    import _resolver_eighteenth_text as eighteenth_text

    earlier_sets = _earlier_texts()
    usual = set(eighteenth_text.KIND_TEMPLATES) - set(eighteenth.NEW_OUT_OF_SCOPE)
    assert set(KIND_TEMPLATES) - usual == set(NEW_OUT_OF_SCOPE) \
        == {"already done", "did it run", "not yet", "looking back", "story in two clauses",
            "complaint in two clauses", "question in two clauses"}
    assert usual <= set(KIND_TEMPLATES)
    assert not set(NEW_OUT_OF_SCOPE) & {k for m in earlier_sets for k in m.KIND_TEMPLATES}
    assert not set(OWN_OUT_OF_SCOPE) & set(OUT_OF_SCOPE_KINDS)
    earlier = {t for m in earlier_sets for ts in m.KIND_TEMPLATES.values() for t in ts}
    assert not {t for ts in KIND_TEMPLATES.values() for t in ts} & earlier, \
        sorted({t for ts in KIND_TEMPLATES.values() for t in ts} & earlier)
    earlier_near = {t for m in earlier_sets for t in m.NEAR_MISS_TEMPLATES}
    assert not set(NEAR_MISS_TEMPLATES) & earlier_near


def test_the_new_kinds_say_the_phrase_exactly_and_ask_nothing_else():
    taught = Taught([("feed waffle", "Waffle")])
    for kind, templates in WRAPPERS.items():
        assert len(templates) >= 6, kind
        for template in templates:
            assert template.count("{}") == 1, template
            assert taught.is_phrase(wrap(template, "feed waffle")), (kind, template)
    # (an aside says the speaker's mind was elsewhere, something else is ruled out, a
    # question or a state is of something else, a reason follows "because", "since",
    # "given"; a plumber is at a pipe, a cabbie at rest, a tired one says so)
    assert all(re.search(r"\b(miles|spaced|intended|daydreaming|drifted|slipped)\b", t)
               for t in WRAPPERS["aside about the past"])
    assert all(re.search(r"\b(don't|not|ignore|later|skip|wait)\b", t)
               for t in WRAPPERS["something else ruled out"])
    assert all(t.startswith("{}, ") and t.endswith("?")
               for t in WRAPPERS["question about something else"])
    assert all(t.startswith("{}, ") and not t.endswith("?")
               for t in WRAPPERS["state of something else"])
    assert all(re.match(r"\{\} (because|since|given) ", t) for t in WRAPPERS["household reason"])
    assert all(re.search(r"\b(need|get) you\b", t)
               for t in WRAPPERS["need you to"])
    assert all(re.search(r"\b(remember|think|escapes|thought|reminds|evaporates|noggin)\b", t)
               for t in WRAPPERS["while i remember"])


def test_the_homes_are_new():
    earlier = {h for m in _earlier_texts() for h in m.HOMES.values()}
    assert not set(HOMES.values()) & earlier


def test_the_pools_have_the_phrase_shapes():
    for home, routines in NINETEENTH_ROUTINES.items():
        phrases = [p for ps in routines.values() for p in ps]
        assert any(" and " in p and " so " not in p for p in phrases), home
        assert any(re.search(r"\b(in|into|for|at|to|round|up) (the )?\w+", p)
                   for p in phrases), home
        assert any(re.match(r"(what's|when's|how|is|whose|who's|where|which) ", p)
                   for p in phrases), home
        assert any(re.search(r"\b(ring|message|text|call|tell) [a-z]+", p)
                   for p in phrases), home
        assert any(re.search(r"\b(two|three|five|seven|eight|nine)\b", p)
                   for p in phrases), home
        # nested phrases: the words of another routine's phrase (its own or the generic
        # pool's) inside one of the home's own
        contents = [(set(p.split()), r) for r, ps in routines.items() for p in ps
                    if " so " not in p]
        generic = [(set(p.split()), r) for r, ps in ROUTINES.items() for p in ps]
        assert any(a < b and ra != rb for a, ra in contents + generic for b, rb in contents), \
            home
    untaught = {p for home in UNTAUGHT.values() for ps in home.values() for p in ps}
    assert {"ring corey", "wake me at four for a feed", "feed bramley",
            "football training at eight", "patio lights off"} <= untaught


def test_no_wrapper_word_or_frame_is_an_earlier_sets():
    checks.check_new_wrappers(SET, _earlier_wrappers(), SHARED_WORDS, MULTI_WRAPPING)


def test_every_wrapper_says_nothing_the_labels_see():
    checks.check_wrappers_say_nothing(SET, "ring rory")
    checks.check_wrappers_say_nothing(SET, "hallway lights on low")


def test_the_guards_strip_the_new_wrappers_and_fold_synonyms():
    taught = Taught([("feed waffle", "Waffle"), ("ring rory", "Rory"),
                     ("football training at seven", "Training"),
                     ("driveway lights on", "Driveway"), ("lights on", "Lights"),
                     ("unlock the van", "Van")])
    for text in ("sorry, i was miles away, feed waffle", "feed waffle, where's my phone?",
                 "ring rory, don't worry about the hall", "football training at 7",
                 "feed waffle, the baby's finally asleep",
                 "unlock the van because we've got visitors",
                 "driveway lights on, the washing up is for later",
                 "lights on, the ironing pile can wait till sunday",
                 "feed waffle, not the compost caddy though", "engine off, ring rory",
                 "driveway lights on, meter's off", "we need you to unlock the van",
                 "oh, that reminds me, feed waffle", "just a sec, sprog, ring rory",
                 "football training at seven, i'm cream crackered",
                 "feed waffle, up to my forearms in a u-bend", "quickly, feed waffle"):
        assert taught.is_phrase(text), text
    for text in ("feed waffle, we did it already", "feed waffle? did that run?",
                 "feed waffle, not yet", "feed waffle was fun yesterday, wasn't it",
                 "ring corey", "football training at eight", "feed pudding",
                 "i said feed waffle and the whole flat went dark",
                 "feed waffle, and it woke the baby again",
                 "feed waffle, what does that actually do?", "driveway lights off",
                 "sorry, i was miles away, feed waffle, not yet"):
        assert not taught.is_phrase(text), text


def test_the_new_out_of_scope_kinds_say_something_else_around_a_taught_phrase():
    taught = Taught([("feed waffle", "Waffle"), ("order copper pipe from the merchant", "M")])
    for kind in NEW_OUT_OF_SCOPE:
        for template in KIND_TEMPLATES[kind]:
            for phrase in ("feed waffle", "order copper pipe from the merchant"):
                text = template.format(p=phrase)
                assert phrase in text and not taught.is_phrase(text), text
    # (done already says it is done, "did it run" asks whether it ran, "not yet" puts it
    # off, looking back is of a time gone, and the two-clause kinds say a second clause
    # of what came of it or what it is)
    assert all(re.search(r"\b(already|done|sorted)\b", t) for t in KIND_TEMPLATES["already done"])
    assert all(re.search(r"\bdid\b|\bhas it\b", t) and t.endswith("?")
               for t in KIND_TEMPLATES["did it run"])
    assert all(re.search(r"\b(not|wait|hang fire)\b", t) for t in KIND_TEMPLATES["not yet"])
    assert all(re.search(r"\b(yesterday|christmas|last|saturday|remember)\b", t)
               for t in KIND_TEMPLATES["looking back"])
    for kind in ("story in two clauses", "complaint in two clauses", "question in two clauses"):
        assert all(re.search(r", |\band\b| it ", t.replace("{p}", "X"))
                   for t in KIND_TEMPLATES[kind])
    assert all("?" in t for t in KIND_TEMPLATES["question in two clauses"])


def test_a_real_request_for_what_a_taught_phrase_does_is_not_out_of_scope():
    taught = Taught([("feed waffle", "Waffle"), ("pull the blackout blind down", "Blinds"),
                     ("tv time", "TV")])
    assert taught.holds_same("could you close the blinds please")
    assert not taught.holds_same("turn on the coffee machine")
    assert says_nearly(SET, "start tv", taught) and not taught.holds_phrase("start tv")
    cab = Taught([("warm up the cab", "Cab"), ("start the steriliser", "Steriliser")])
    assert says_nearly(SET, "turn my cab on", cab)
    assert says_nearly(SET, "switch the steriliser on", cab)
    assert not says_nearly(SET, "turn off my cab now", cab)


def test_a_near_sibling_is_never_a_held_out_case_already():
    phrases = [("ring rory", "Rory"), ("football training at seven", "Training")]
    made = blind.near_siblings(SET, phrases, Taught(phrases), {"ring ronan"})
    assert "ring ronan" not in made and "ring reece" in made
    assert "football training at six" in made
    made = blind.near_siblings(SET, [("ring rory", "M"), ("ring ronan", "N")],
                               Taught([("ring rory", "M"), ("ring ronan", "N")]), set())
    assert "ring ronan" not in made


def test_misrecognised_writing_keeps_names_numbers_and_words():
    rng = random.Random(5)
    seen = {misrecognised("switch the baby monitor on", rng) for _ in range(80)}
    assert "switch the babymonitor on" in seen, seen
    for text in seen:
        assert all(kept(w, text, "switch the baby monitor on")
                   for w in must_keep("switch the baby monitor on")), text
    seen = {misrecognised("start the steriliser", rng) for _ in range(40)}
    assert "start the sterilizer" in seen, seen
    assert kept("seven", "football training at 7", "football training at seven")
    assert not kept("seven", "football training at eight", "football training at seven")
    assert not kept("rory", "ring corey", "ring rory")


def test_a_clause_of_the_speakers_own_never_bears_on_its_phrase(homes):
    assert not fits("i do need you to {}", "who's on the intercom")
    assert fits("{}, i need you on this", "who's on the intercom")
    assert not fits("{}, where's my phone?", "ring rory")
    assert not fits("{}, has somebody seen to the goldfish?", "feed waffle")
    assert not fits("{}, the baby's finally asleep", "play isla's lullabies")
    assert not fits("{}, don't worry about the hall", "hallway lights on low")
    assert not fits("{} because we've got visitors", "what's the boiler pressure")
    assert not fits("{}, the washing up is for later", "put the dishwasher on")
    assert fits("{}, where's my phone?", "feed waffle")
    assert fits("{}, the baby's finally asleep", "feed waffle")
    assert fits("{} because we've got visitors", "unlock the van")
    assert fits("{}, while i think of it", "who's on the intercom")
    checks.check_reasons(SET, homes)
    # (every clause a clash names is said by some wrapper: checked by check_reasons)
    assert set(REASON_CLASHES) >= {"need you to", "where's my phone", "baby's finally asleep"}


def test_the_wrap_guard_refuses_wrappers_that_complete_another_phrase():
    home = [("lights on", "Lights"), ("driveway lights on", "Driveway"),
            ("ring rory", "Rory"), ("text ines and marco", "Both"), ("text ines", "Ines")]
    assert wrap_ok("engine off, lights on", "lights on", "Lights", home)
    assert wrap_ok("engine off, driveway lights on", "driveway lights on", "Driveway", home)
    assert not wrap_ok("driveway, lights on", "lights on", "Lights", home)
    assert not wrap_ok("ring rory, text ines and marco", "ring rory", "Rory", home)


def test_the_noisy_guard_refuses_siblings():
    home = [("football training at seven", "Training"), ("lights on", "Lights"),
            ("patio lights on", "Patio"), ("immersion heater on", "Immersion"),
            ("heating on", "Warm up")]
    assert not noisy_ok("football training at eight", "football training at seven",
                        "Training", home)
    assert not noisy_ok("lights on", "patio lights on", "Patio", home)
    assert not noisy_ok("heating on", "immersion heater on", "Immersion", home)
    assert noisy_ok("football training at 7", "football training at seven", "Training", home)
    assert noisy_ok("patio lights on", "patio lights on", "Patio", home)


def _unwrapped(text: str) -> list[tuple[str, str]]:
    """(template, the row inside it) for each aside template ``text`` is said in."""
    out = []
    for template in aside_templates():
        before, after = template.split("{}")
        if text.startswith(before) and text.endswith(after):
            out.append((template, text[len(before): len(text) - len(after)]))
    return out


@NEEDS_DATASETS
def test_real_requests_are_a_refilled_row_beside_a_clause_of_the_speakers_own(homes):
    # a dataset row with one device or place slot given another source's value, said
    # beside one of this set's own clauses; no sentence a dataset or another split has
    rows = dataset_rows()
    values = source_values()
    originals = {_words(r[0].format(*r[2])) for r in rows}
    refills = {_words(refilled(frame, own, i, v))
               for frame, kinds, own, source, _ in rows
               for i, kind in enumerate(kinds) if kind in SLOTS
               for (other, k), vs in values.items() if other != source and k == kind
               for v in vs if plain_name(v)} - originals
    used = used_texts()
    templates = Counter()
    for home in homes.values():
        real = [c for c in home.cases if c.kind in ("real request",
                                                    "real request, shares a word")]
        assert len(real) == 200
        for case in real:
            assert _words(case.utterance) not in originals | used, case
            inside = [(t, row) for t, row in _unwrapped(case.utterance)
                      if _words(row) in refills]
            assert inside, case
            assert fits(*inside[0]), case
            templates[inside[0][0]] += 1
    assert len(templates) >= 20, templates


@NEEDS_DATASETS
def test_the_row_is_refilled_from_another_source_and_said_beside_a_clause():
    rows = [("turn off the {}", ("device",), ("fan",), "hwu64", "iot_wemo_off"),
            ("lights off in the {}", ("place",), ("kitchen",), "hwu64", "iot_hue_lightoff")]
    rng = random.Random(3)
    made = [text for text, _ in zip(with_an_aside(rows, rng), range(40), strict=False)]
    values = source_values()
    theirs = {(kind, v) for (source, kind), vs in values.items() if source != "hwu64"
              for v in vs}
    assert len(made) == 40
    for text in made:
        inside = _unwrapped(text)
        assert inside, text
        row = inside[0][1]
        said = re.fullmatch(r"turn off the (.+)", row) or re.fullmatch(r"lights off in the (.+)",
                                                                       row)
        assert said, text
        kind = "device" if row.startswith("turn") else "place"
        assert (kind, said[1]) in theirs and said[1] not in ("fan", "kitchen"), text
    assert refilled("turn {} the {}", ("on", "fan"), 1, "lamp") == "turn on the lamp"


def test_no_other_split_draws_on_the_nineteenth_pool():
    pools = [pool for m in _earlier_texts()[4:] for table in (
        getattr(m, f"{m.__name__.split('_')[2].upper()}_ROUTINES"), m.UNTAUGHT)
        for pool in table.values()]
    checks.check_pool_is_new(SET, [*checks.earlier_pools(), *pools], OTHER_SPLITS)


def test_the_benchmark_reports_the_nineteenth_kinds(capsys):
    checks.check_benchmark_reports(SET, "Waffle", ("state of something else", "need you to"),
                                   "eighteenth, nineteenth", capsys)


def test_the_benchmark_reports_the_new_out_of_scope_kinds():
    import resolver

    outcomes = [(None, "run", "Waffle", "not yet"),
                (None, "reject", None, "not yet"),
                (None, "clarify", None, "did it run"),
                (None, "reject", None, WRAPPED_OUT["already done"])]
    summary = resolver._summarise(outcomes)
    assert summary["by_kind"]["not yet"]["run"] == 50.0
    assert summary["by_kind"]["did it run"]["clarify"] == 100.0
    assert summary["by_kind"][WRAPPED_OUT["already done"]]["reject"] == 100.0
    assert set(NINETEENTH_IN_SCOPE) <= set(resolver.RIGHT_KINDS)
    assert set(NINETEENTH_KINDS) >= set(WRAPPED_OUT.values())


def test_a_transcript_is_lost_when_nothing_tells_its_phrase_apart():
    # (the shared judge of heard transcripts, over this set's words, for when they are made)
    def lost(said, heard, phrases, routine):
        return blind.lost(SET, said, heard, phrases, routine)

    home = [("football training at seven", "Training"), ("lights on", "Lights"),
            ("patio lights on", "Patio"), ("waffle's tea", "Waffle")]
    assert lost("football training at seven", "", home, "Training")
    assert lost("football training at seven", "Football training at eight.", home, "Training")
    assert lost("patio lights on", "Lights on.", home, "Patio")
    assert not lost("football training at seven", "Football training at 7.", home, "Training")
    assert not lost("waffle's tea", "Quickly, waffles tea.", home, "Waffle")


def test_the_heard_guard_drops_requests_the_recogniser_made_a_phrase():
    became_phrase = blind.became_phrase
    taught = Taught([("start the steriliser", "Steriliser"), ("feed waffle", "Waffle")])
    assert became_phrase("steriliser", "Start the steriliser.", taught)
    assert became_phrase("aha, ducky, feed waffle, not yet", "Aha, ducky, feed waffle.",
                         taught)
    assert not became_phrase("aha, ducky, feed waffle, not yet",
                             "Aha, ducky, feed waffle, not yet.", taught)
    assert not became_phrase("steriliser", "Steriliser.", taught)
